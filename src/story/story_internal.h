/* story_internal.h: pieces shared by the story modules (features.c extracts an
 * article's terms and sketch, df.c keeps document frequencies, stories.c
 * clusters). Not a public header. */
#ifndef FRISE_STORY_INTERNAL_H
#define FRISE_STORY_INTERNAL_H
#include "frise/buf.h"
#include "frise/dedup.h"
#include "frise/lang.h"
#include "frise/stories.h"
#include "frise/text.h"
#include "story_hash.h"

enum { TERM_WORD = 0, TERM_NAME = 1, TERM_NUMBER = 2 };

typedef struct {
  uint64_t term;      /* hash of the stem (per language), folded name or number */
  uint64_t word;      /* names: the term of the same word as a word (its stem), else 0 */
  uint32_t surface;   /* offset of its first surface form in item->surfaces */
  uint16_t tf;        /* occurrences (saturates) */
  uint8_t kind;       /* TERM_* */
} item_term;

struct frise_stories_item {
  char *id;
  int64_t day;              /* INT64_MIN when the article has no date */
  frise_date date;
  item_term *terms;         /* distinct terms, in order of first occurrence */
  size_t n_terms;
  char *surfaces;           /* NUL-separated surface forms */
  frise_minhash sketch;
};

/* ---- features.c: extraction state (stemmers, stem cache, scratch) ---- */
typedef struct features features;
features *features_new(void);
void features_free(features *f);
frise_stories_item *features_extract(features *f, const frise_doc *d);

/* ---- df.c: document frequencies in a count-min sketch (conservative
 * update), halved every `halve_every` documents so old vocabulary fades ---- */
typedef struct df_sketch df_sketch;
df_sketch *df_new(size_t width_log2, uint64_t halve_every);
void df_free(df_sketch *s);
/* Counts one document's distinct terms. */
void df_add_doc(df_sketch *s, const item_term *terms, size_t n);
/* Estimated number of (recent) documents holding the term. */
uint32_t df_count(const df_sketch *s, uint64_t term);
/* Smoothed inverse document frequency of a term, or of a df_count. */
double df_idf(const df_sketch *s, uint64_t term);
double df_idf_of(const df_sketch *s, uint32_t df);

#endif
