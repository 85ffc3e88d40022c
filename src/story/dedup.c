/* dedup.c: MinHash sketches and an LSH index with bounded memory: a ring of
 * the last `window` sketches and a 4-way bucketed table per band hash whose
 * oldest entry is overwritten, so nothing grows with the stream. */
#include "frise/dedup.h"
#include "story_hash.h"
#include <stdlib.h>
#include <string.h>

#define EMPTY_BIN UINT32_MAX
#define N_BANDS (FRISE_MINHASH_K / FRISE_LSH_ROWS)
#define WAYS 4
#define MAX_CANDIDATES 64

void frise_minhash_init(frise_minhash *m) {
  for (int i = 0; i < FRISE_MINHASH_K; i++) m->v[i] = EMPTY_BIN;
  m->n_shingles = 0;
}

/* One permutation: the top bits pick the bin, the low bits are the value. */
void frise_minhash_add(frise_minhash *m, uint64_t shingle) {
  uint64_t h = frise_mix64(shingle);
  unsigned bin = (unsigned)(h >> 57);  /* 7 bits: 128 bins */
  uint32_t v = (uint32_t)h;
  if (v == EMPTY_BIN) v--;
  if (v < m->v[bin]) m->v[bin] = v;
  m->n_shingles++;
}

/* Rotation densification (Shrivastava and Li, 2014): an empty bin borrows the
 * next non-empty bin's value, salted by the distance, so two sketches with the
 * same non-empty pattern still agree bin for bin. */
void frise_minhash_finish(frise_minhash *m) {
  if (m->n_shingles == 0) return;
  uint32_t orig[FRISE_MINHASH_K];
  memcpy(orig, m->v, sizeof orig);
  for (int i = 0; i < FRISE_MINHASH_K; i++) {
    if (orig[i] != EMPTY_BIN) continue;
    int j = i, dist = 0;
    while (orig[j] == EMPTY_BIN) j = (j + 1) % FRISE_MINHASH_K, dist++;
    m->v[i] = (uint32_t)frise_mix64((uint64_t)orig[j] * 0x9E3779B97F4A7C15ull + (uint64_t)dist);
  }
}

double frise_minhash_jaccard(const frise_minhash *a, const frise_minhash *b) {
  if (a->n_shingles == 0 || b->n_shingles == 0) return 0.0;
  int same = 0;
  for (int i = 0; i < FRISE_MINHASH_K; i++) same += a->v[i] == b->v[i];
  return (double)same / FRISE_MINHASH_K;
}

typedef struct {
  uint32_t seq1;          /* seq + 1 of an entry (mod 2^32), 0 = free */
  uint32_t tag;           /* high bits of its band hash: only true band matches are verified */
} slot;

typedef struct {
  uint64_t seq;           /* UINT64_MAX: never filled */
  frise_minhash sketch;
} ring_entry;

struct frise_dedup {
  size_t window;
  double threshold;
  ring_entry *ring;       /* window entries, seq % window */
  slot *table;            /* n_buckets * WAYS */
  size_t n_buckets;       /* power of two */
  uint64_t next_seq;
};

frise_dedup *frise_dedup_new(size_t window, double threshold) {
  if (window == 0) window = 1;
  frise_dedup *d = calloc(1, sizeof *d);
  if (!d) goto fail;
  d->window = window;
  d->threshold = threshold;
  d->ring = malloc(window * sizeof *d->ring);
  /* a bucket of WAYS slots per WAYS (entry, band) pairs */
  size_t want = window * N_BANDS / WAYS, nb = 1024;
  while (nb < want) nb <<= 1;
  d->n_buckets = nb;
  d->table = calloc(nb * WAYS, sizeof *d->table);
  if (!d->ring || !d->table) goto fail;
  for (size_t i = 0; i < window; i++) d->ring[i].seq = UINT64_MAX;
  return d;
fail:
  frise_dedup_free(d);
  return NULL;
}

void frise_dedup_free(frise_dedup *d) {
  if (!d) return;
  free(d->ring);
  free(d->table);
  free(d);
}

static uint64_t band_hash(const frise_minhash *m, int band) {
  uint64_t h = 0x51ED27A3u + (uint64_t)band;
  for (int r = 0; r < FRISE_LSH_ROWS; r++)
    h = frise_mix64(h ^ m->v[band * FRISE_LSH_ROWS + r]);
  return h;
}

/* The ring entry holding seq, or NULL when it has left the window. Table
 * entries hold seq + 1 modulo 2^32; the ring check rejects wrapped ones. */
static const ring_entry *entry_for(const frise_dedup *d, uint32_t stored) {
  if (stored == 0 || d->next_seq == 0) return NULL;
  uint64_t last = d->next_seq - 1;
  uint64_t seq = (last & ~(uint64_t)UINT32_MAX) | (uint32_t)(stored - 1);
  if (seq > last) seq -= (uint64_t)1 << 32;
  const ring_entry *e = &d->ring[seq % d->window];
  return e->seq == seq ? e : NULL;
}

static int64_t best_match(const frise_dedup *d, const frise_minhash *m, double *jaccard) {
  uint64_t seen[MAX_CANDIDATES];
  int n_seen = 0;
  int64_t best = -1;
  double best_j = -1;
  for (int b = 0; b < N_BANDS; b++) {
    uint64_t h = band_hash(m, b);
    slot *bucket = &d->table[(h & (d->n_buckets - 1)) * WAYS];
    for (int w = 0; w < WAYS; w++) {
      if (bucket[w].tag != (uint32_t)(h >> 32)) continue;
      const ring_entry *e = entry_for(d, bucket[w].seq1);
      if (!e) continue;
      int dup = 0;
      for (int k = 0; k < n_seen && !dup; k++) dup = seen[k] == e->seq;
      if (dup || n_seen == MAX_CANDIDATES) continue;
      seen[n_seen++] = e->seq;
      double j = frise_minhash_jaccard(m, &e->sketch);
      if (j >= d->threshold && (j > best_j || (j == best_j && (int64_t)e->seq < best)))
        best = (int64_t)e->seq, best_j = j;
    }
  }
  if (jaccard) *jaccard = best >= 0 ? best_j : 0.0;
  return best;
}

/* Inserts into each band's bucket, replacing a free or the oldest way. */
static void index_entry(frise_dedup *d, const frise_minhash *m, uint64_t seq) {
  for (int b = 0; b < N_BANDS; b++) {
    uint64_t h = band_hash(m, b);
    slot *bucket = &d->table[(h & (d->n_buckets - 1)) * WAYS];
    int victim = 0;
    uint64_t oldest = UINT64_MAX;
    for (int w = 0; w < WAYS; w++) {
      const ring_entry *e = entry_for(d, bucket[w].seq1);
      uint64_t age = e ? e->seq : 0;
      if (!e) { victim = w; break; }
      if (age < oldest) oldest = age, victim = w;
    }
    bucket[victim] = (slot){(uint32_t)(seq + 1), (uint32_t)(h >> 32)};
  }
}

int64_t frise_dedup_add(frise_dedup *d, const frise_minhash *m, uint64_t *seq, double *jaccard) {
  uint64_t s = d->next_seq++;
  if (seq) *seq = s;
  if (jaccard) *jaccard = 0.0;
  if (m->n_shingles == 0) return -1;
  int64_t best = best_match(d, m, jaccard);
  ring_entry *e = &d->ring[s % d->window];
  e->seq = s;
  e->sketch = *m;
  index_entry(d, m, s);
  return best;
}
