/* collection.c: publication dates inferred across a collection. A document
 * with no date that names the same day-and-month dates as a dated document of
 * its collection (the same story told twice) was written in the same month;
 * failing that, when every dated document shares one year, so does it. The
 * documents so dated are annotated again against their new DCT. */
#include "frise/timex.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_KEYS 64

/* Day-month keys (month * 100 + day) of a document's dates, from values like
 * 2022-02-24 or XXXX-02-24 (any year). */
static size_t day_keys(const frise_doc *d, int *keys) {
  size_t n = 0;
  for (size_t k = 0; k < d->n_timexes && n < MAX_KEYS; k++) {
    const char *v = d->timexes[k].value;
    if (strlen(v) != 10 || v[4] != '-' || v[7] != '-') continue;
    int m = (v[5] - '0') * 10 + (v[6] - '0'), day = (v[8] - '0') * 10 + (v[9] - '0');
    if (m < 1 || m > 12 || day < 1 || day > 31) continue;
    int key = m * 100 + day, dup = 0;
    for (size_t j = 0; j < n; j++) dup |= keys[j] == key;
    if (!dup) keys[n++] = key;
  }
  return n;
}

static int dated(const frise_doc *d) {
  return d->dct.prec != FRISE_PREC_NONE && d->dct_source != FRISE_DCT_INFERRED;
}

static void adopt(frise_doc *d, frise_date dct, const char *evidence) {
  d->dct = dct;
  d->dct_source = FRISE_DCT_INFERRED;
  d->dct_evidence = frise_doc_strdup(d, evidence);
  frise_timex_annotate(d);
}

static int common_year(frise_doc *const *docs, size_t n) {
  int year = 0;
  for (size_t k = 0; k < n; k++) {
    if (!dated(docs[k])) continue;
    if (year && docs[k]->dct.year != year) return 0;
    year = docs[k]->dct.year;
  }
  return year;
}

/* Dated documents of each day-month key (m * 100 + d, up to 1231). */
typedef struct {
  size_t *docs;
  size_t n, cap;
} bucket;

#define N_KEYS 1232

static void bucket_add(bucket *b, size_t doc) {
  if (b->n && b->docs[b->n - 1] == doc) return;
  if (b->n == b->cap) {
    b->cap = b->cap ? b->cap * 2 : 4;
    size_t *grown = realloc(b->docs, b->cap * sizeof *b->docs);
    if (!grown) abort();
    b->docs = grown;
  }
  b->docs[b->n++] = doc;
}

/* The dated document sharing the most keys with keys[0..nk), or n. */
static size_t best_match(const bucket *index, int *votes, size_t n, const int *keys, size_t nk,
                         int *shared_key) {
  size_t best = n;
  for (size_t i = 0; i < nk; i++) {
    const bucket *b = &index[keys[i]];
    for (size_t j = 0; j < b->n; j++) {
      size_t doc = b->docs[j];
      votes[doc]++;
      if (best == n || votes[doc] > votes[best] || (votes[doc] == votes[best] && doc < best))
        best = doc, *shared_key = keys[i];
    }
  }
  for (size_t i = 0; i < nk; i++) /* reset only what was touched */
    for (size_t j = 0; j < index[keys[i]].n; j++) votes[index[keys[i]].docs[j]] = 0;
  return best;
}

void frise_timex_infer_collection(frise_doc *const *docs, size_t n) {
  int keys[MAX_KEYS];
  bucket *index = calloc(N_KEYS, sizeof *index);
  int *votes = calloc(n ? n : 1, sizeof *votes);
  if (!index || !votes) abort();
  for (size_t j = 0; j < n; j++) {
    if (!dated(docs[j]) || docs[j]->dct.prec < FRISE_PREC_MONTH) continue;
    size_t nk = day_keys(docs[j], keys);
    for (size_t i = 0; i < nk; i++) bucket_add(&index[keys[i]], j);
  }
  int year = common_year(docs, n);
  for (size_t k = 0; k < n; k++) {
    frise_doc *d = docs[k];
    if (dated(d) || d->dct.prec >= FRISE_PREC_MONTH) continue;
    int key = 0;
    size_t nk = day_keys(d, keys);
    size_t best = best_match(index, votes, n, keys, nk, &key);
    char ev[200];
    if (best < n) {
      frise_date dct = docs[best]->dct;
      dct.prec = FRISE_PREC_MONTH, dct.day = dct.hour = dct.minute = 0;
      snprintf(ev, sizeof ev, "collection: shares the date %02d-%02d with %s, published %04d-%02d",
               key / 100, key % 100, docs[best]->id ? docs[best]->id : "?", dct.year, dct.month);
      adopt(d, dct, ev);
    } else if (d->dct.prec == FRISE_PREC_NONE && year) {
      snprintf(ev, sizeof ev, "collection: every dated document is from %04d", year);
      adopt(d, (frise_date){year, 0, 0, 0, 0, FRISE_PREC_YEAR}, ev);
    }
  }
  for (size_t i = 0; i < N_KEYS; i++) free(index[i].docs);
  free(index);
  free(votes);
}
