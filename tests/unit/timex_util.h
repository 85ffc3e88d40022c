/* timex_util.h: helpers for the tagger's tests: annotate a string with a
 * language and a DCT, then look timexes up by their text. */
#ifndef FRISE_TIMEX_UTIL_H
#define FRISE_TIMEX_UTIL_H
#include "frise/annotate.h"
#include "frise/doc.h"
#include "frise/timex.h"
#include <stdio.h>
#include <string.h>

/* Caller owns the document (frise_doc_free). dct may be NULL or "". */
static inline frise_doc *tx_doc(const char *text, const char *lang, const char *dct) {
  frise_doc *d = frise_doc_new();
  d->id = "test";
  frise_doc_set_body(d, text, strlen(text));
  snprintf(d->lang, sizeof d->lang, "%s", lang);
  d->lang_given = 1;
  if (dct && *dct) {
    frise_date_parse(dct, strlen(dct), &d->dct, NULL);
    d->dct_source = FRISE_DCT_GIVEN;
  }
  frise_annotate(d);
  return d;
}

/* The timex whose text is exactly `span` (the nth from 0), or NULL. */
static inline const frise_timex *tx_find(const frise_doc *d, const char *span, int nth) {
  size_t n = strlen(span);
  for (size_t k = 0; k < d->n_timexes; k++) {
    const frise_timex *x = &d->timexes[k];
    if (x->end - x->start == n && memcmp(d->text + x->start, span, n) == 0 && nth-- == 0) return x;
  }
  return NULL;
}

/* "value" of the timex with that text, "(none)" if not found. */
static inline const char *tx_value(const frise_doc *d, const char *span) {
  const frise_timex *x = tx_find(d, span, 0);
  return x ? x->value : "(none)";
}

/* Annotates text and returns the value of span in a static buffer. */
static inline const char *tx_one(const char *text, const char *lang, const char *dct, const char *span) {
  static char out[64];
  frise_doc *d = tx_doc(text, lang, dct);
  snprintf(out, sizeof out, "%s", tx_value(d, span));
  frise_doc_free(d);
  return out;
}

/* Number of timexes frise finds in text: 0 for words that only look like dates. */
static inline size_t tx_count(const char *text, const char *lang, const char *dct) {
  frise_doc *d = tx_doc(text, lang, dct);
  size_t n = d->n_timexes;
  frise_doc_free(d);
  return n;
}

/* Type name and mod of the timex with that text ("DATE", "START"). */
static inline const char *tx_type(const char *text, const char *lang, const char *dct, const char *span) {
  static char out[64];
  frise_doc *d = tx_doc(text, lang, dct);
  const frise_timex *x = tx_find(d, span, 0);
  snprintf(out, sizeof out, "%s%s%s", x ? frise_timex_type_name(x->type) : "(none)",
           x && x->mod[0] ? " " : "", x ? x->mod : "");
  frise_doc_free(d);
  return out;
}

#endif
