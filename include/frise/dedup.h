/* dedup.h: near-duplicate detection. A document is a set of word shingles;
 * MinHash (one-permutation hashing with densification: one hash per shingle)
 * sketches it, and LSH banding over a bounded window of recent sketches finds
 * earlier documents whose estimated Jaccard similarity passes a threshold. */
#ifndef FRISE_DEDUP_H
#define FRISE_DEDUP_H
#include <stddef.h>
#include <stdint.h>

#define FRISE_MINHASH_K 128   /* bins of the sketch */
#define FRISE_LSH_ROWS 4      /* bins per band: 32 bands of 4 */

typedef struct {
  uint32_t v[FRISE_MINHASH_K];
  uint32_t n_shingles;        /* shingles added (duplicates included) */
} frise_minhash;

void frise_minhash_init(frise_minhash *m);
/* Adds one shingle, given as a 64-bit hash of its words. */
void frise_minhash_add(frise_minhash *m, uint64_t shingle);
/* Fills empty bins from their neighbours; call once, after the last add. */
void frise_minhash_finish(frise_minhash *m);
/* Estimated Jaccard similarity of two finished sketches, in [0, 1]. */
double frise_minhash_jaccard(const frise_minhash *a, const frise_minhash *b);

/* Index of the last `window` sketches. Caller owns; frise_dedup_free. */
typedef struct frise_dedup frise_dedup;
frise_dedup *frise_dedup_new(size_t window, double threshold);
void frise_dedup_free(frise_dedup *d);
/* Looks m up among the indexed sketches, then indexes it under the next
 * sequence number (0, 1, 2, ...; *seq receives it, may be NULL). Returns the
 * sequence number of the most similar earlier sketch whose estimated Jaccard
 * is >= threshold (*jaccard receives it, may be NULL), or -1. Empty sketches
 * (no shingle) are never duplicates. */
int64_t frise_dedup_add(frise_dedup *d, const frise_minhash *m, uint64_t *seq, double *jaccard);

#endif
