/* tl_internal.h: what the timeline builder's files share: the collection
 * index (sentence vectors, dated mentions) and the per-language cues that say
 * whether an undated sentence reports its publication day's news. */
#ifndef FRISE_TL_INTERNAL_H
#define FRISE_TL_INTERNAL_H
#include <stdint.h>
#include "frise/arena.h"
#include "frise/tlsum.h"

/* Dates are int32 keys: a day is its day number since 1970-01-01; a month
 * sits above TL_MONTH_BASE (year*12 + month-1) so days and months never mix. */
#define TL_MONTH_BASE 100000000
#define TL_NO_KEY INT32_MIN
int32_t tl_key_of(const frise_date *d, int days_only); /* TL_NO_KEY if too vague */
frise_date tl_key_date(int32_t key);
static inline int tl_key_is_month(int32_t key) { return key >= TL_MONTH_BASE; }

enum {
  TL_SF_REPORTS = 1,  /* past/perfect tense or "today": tells the day's news */
  TL_SF_SUMMARY = 2,  /* may be shown: body sentence of a readable length */
  TL_SF_DATED = 4     /* refers to at least one day or month */
};

typedef struct {
  uint32_t doc, sent;            /* document and its sentence index */
  uint32_t body;                 /* text offset where it starts, after any dateline */
  uint32_t term_first, n_terms;  /* into ix->terms/weights, ids ascending */
  uint16_t n_words;              /* words, for length limits */
  uint8_t flags;                 /* TL_SF_* */
} tl_sent;

enum {
  TL_MF_CLOCK = 1,    /* only a clock time ("17h45"): live-blog stamps, weak evidence */
  TL_MF_SAME_DAY = 2, /* the article's own publication day ("today", "ce mardi") */
  TL_MF_FUTURE = 4    /* after the publication day: announced, may not happen */
};
typedef struct {
  int32_t key;    /* date referred to */
  uint32_t sent;  /* index into ix->sents */
  uint8_t flags;  /* TL_MF_* */
} tl_mention;

typedef struct {   /* string -> dense id, open addressing; keys in the arena */
  const char **keys;
  uint32_t *lens, *ids;
  size_t cap, n;
} tl_vocab;

struct frise_tl_index {
  frise_arena *arena;
  frise_doc *const *docs;     /* borrowed */
  size_t n_docs;
  uint32_t *doc_source;       /* publisher id of each document */
  size_t n_sources;
  int32_t *doc_pub;           /* day key of publication or TL_NO_KEY */
  uint32_t *doc_first;        /* first tl_sent of each document; [n_docs] = n_sents */
  uint32_t *by_pub;           /* document indexes sorted by doc_pub */
  tl_sent *sents;
  size_t n_sents;
  uint32_t *terms;            /* stem ids */
  float *weights;             /* tf-idf, unit length per sentence */
  size_t n_terms;
  tl_vocab vocab;             /* stems */
  tl_vocab sources;           /* publisher names */
  tl_mention *mentions;       /* sorted by key, then sentence */
  size_t n_mentions;
  char lang[4];               /* majority language: stems the query */
};

/* Vocabulary: returns the id of s[0..n), adding it when add is set (else
 * UINT32_MAX when absent). */
uint32_t tl_vocab_id(frise_arena *a, tl_vocab *v, const char *s, size_t n, int add);

/* Tense cues for a sentence's lower-cased words (NULL-free array of n
 * pointers/lengths): 1 when it reports a past or present-perfect event or says
 * "today". lang: "fr", "en"; other languages: 1 (no evidence against). */
int tl_sentence_reports(const char *lang, const char *const *words, const size_t *lens, size_t n);

/* Cosine of two sentence vectors (both unit length). */
float tl_sent_cos(const frise_tl_index *ix, uint32_t a, uint32_t b);

#endif
