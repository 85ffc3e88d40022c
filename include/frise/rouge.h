/* rouge.h: ROUGE-N building blocks for the evaluation scorers. Text becomes a
 * sequence of term ids the way ROUGE-1.5.5 does it with -s -m (lower-case,
 * anything outside [a-z0-9] splits, stopwords removed, Porter stemming of
 * tokens longer than 3 characters), or, in Unicode mode, with accented
 * letters kept and the language's Snowball stemmer. N-gram bags are sorted
 * multisets so that matches are one merge. */
#ifndef FRISE_ROUGE_H
#define FRISE_ROUGE_H
#include <stddef.h>
#include <stdint.h>
#include "frise/arena.h"

typedef enum {
  FRISE_ROUGE_ASCII = 0,   /* ROUGE-1.5.5: bytes outside [A-Za-z0-9] split ("Égypte" -> "gypte") */
  FRISE_ROUGE_UNICODE = 1  /* letters and digits of any script, lower-cased with utf8proc */
} frise_rouge_mode;

/* A tokeniser with its vocabulary (term ids are shared by every text it sees,
 * so ids from one instance compare). Single-threaded. */
typedef struct frise_rouge frise_rouge;

/* lang: "en" or "fr" (stopword list and stemmer: Porter for English, Snowball
 * French for French); ASCII mode accepts only "en" (ROUGE-1.5.5 is English).
 * Returns NULL for an unknown language or mode. Caller owns: frise_rouge_free. */
frise_rouge *frise_rouge_new(frise_rouge_mode mode, const char *lang);
void frise_rouge_free(frise_rouge *r);  /* NULL is a no-op */

/* A growable sequence of term ids; the caller owns ids (frise_rouge_seq_free). */
typedef struct {
  uint32_t *ids;
  size_t n, cap;
} frise_rouge_seq;
void frise_rouge_seq_push(frise_rouge_seq *s, uint32_t id);
void frise_rouge_seq_free(frise_rouge_seq *s);

/* Appends the term ids of text[0..n) to seq; returns how many were appended.
 * Stopwords are dropped, so ROUGE-2 bigrams span them (as in ROUGE-1.5.5). */
size_t frise_rouge_terms(frise_rouge *r, const char *text, size_t n, frise_rouge_seq *seq);
/* The stemmed form of a term id; borrowed, valid while r lives. */
const char *frise_rouge_term(const frise_rouge *r, uint32_t id);
/* Number of stopword tokens in text (used to guess the language). */
size_t frise_rouge_count_stopwords(frise_rouge *r, const char *text, size_t n);
/* Calls fn on each word of a stopword list ("en" or "fr"); returns the count. */
int frise_rouge_stopwords_each(const char *lang, void (*fn)(const char *w, size_t n, void *user),
                               void *user);

/* A sorted multiset of n-grams (a unigram is its id; a bigram packs two ids). */
typedef struct {
  uint64_t *grams;  /* in the arena given to frise_rouge_bag_build */
  size_t n;
} frise_rouge_bag;

/* Builds the bag of order-grams (1 or 2) of ids[0..n) in arena a. */
void frise_rouge_bag_build(const uint32_t *ids, size_t n, int order, frise_arena *a,
                           frise_rouge_bag *out);
/* Clipped matches: the sum over n-grams of min(count in a, count in b). */
size_t frise_rouge_bag_hits(const frise_rouge_bag *a, const frise_rouge_bag *b);

#endif
