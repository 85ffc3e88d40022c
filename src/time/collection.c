/* collection.c: publication dates inferred across a collection. A document
 * with no date that names the same day-and-month dates as a dated document of
 * its collection (the same story told twice) was written in the same month;
 * failing that, when every dated document shares one year, so does it. The
 * documents so dated are annotated again against their new DCT. */
#include "frise/timex.h"
#include <stdio.h>
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

static int shared(const int *a, size_t na, const int *b, size_t nb, int *first) {
  int count = 0;
  for (size_t i = 0; i < na; i++)
    for (size_t j = 0; j < nb; j++)
      if (a[i] == b[j]) {
        if (!count) *first = a[i];
        count++;
      }
  return count;
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

void frise_timex_infer_collection(frise_doc *const *docs, size_t n) {
  int mine[MAX_KEYS], theirs[MAX_KEYS];
  for (size_t k = 0; k < n; k++) {
    frise_doc *d = docs[k];
    if (dated(d) || (d->dct.prec >= FRISE_PREC_MONTH)) continue;
    size_t nm = day_keys(d, mine);
    int best = 0, best_key = 0;
    size_t best_doc = n;
    for (size_t j = 0; j < n && nm; j++) {
      if (j == k || !dated(docs[j]) || docs[j]->dct.prec < FRISE_PREC_MONTH) continue;
      int key = 0, s = shared(mine, nm, theirs, day_keys(docs[j], theirs), &key);
      if (s > best) best = s, best_key = key, best_doc = j;
    }
    char ev[200];
    if (best_doc < n) {
      frise_date dct = docs[best_doc]->dct;
      dct.prec = FRISE_PREC_MONTH, dct.day = dct.hour = dct.minute = 0;
      snprintf(ev, sizeof ev, "collection: shares the date %02d-%02d with %s, published %04d-%02d",
               best_key / 100, best_key % 100, docs[best_doc]->id ? docs[best_doc]->id : "?",
               dct.year, dct.month);
      adopt(d, dct, ev);
    } else if (d->dct.prec == FRISE_PREC_NONE) {
      int y = common_year(docs, n);
      if (!y) continue;
      snprintf(ev, sizeof ev, "collection: every dated document is from %04d", y);
      adopt(d, (frise_date){y, 0, 0, 0, 0, FRISE_PREC_YEAR}, ev);
    }
  }
}
