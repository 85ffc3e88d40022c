/* eval_timex.h: TempEval-3 scoring of TIMEX3 annotations (task A).
 * A gold and a system TimeML document are compared over the TIMEX3 elements
 * inside <TEXT> (the DCT is not scored):
 *  - strict match: identical character span;
 *  - relaxed match: overlapping spans, paired one-to-one (strict pairs first);
 *  - type and value are judged over the relaxed matches: accuracy = correct /
 *    relaxed matches, and, as TE3-evaluation.py does, attribute P = accuracy ×
 *    relaxed P, attribute R = accuracy × relaxed R, attribute F1 = accuracy ×
 *    relaxed F1 (equivalently correct/sys, correct/gold).
 * Counts add up over documents (micro-average), as in the official scorer.
 * Offsets handed to callers are in characters (code points) of the text. */
#ifndef FRISE_EVAL_TIMEX_H
#define FRISE_EVAL_TIMEX_H
#include <stddef.h>
#include "frise/buf.h"
#include "frise/reader.h"

typedef struct {
  long docs;            /* gold documents scored */
  long docs_no_sys;     /* of which without a system file */
  long docs_text_diff;  /* of which whose texts differ */
  long gold, sys;       /* TIMEX3 counted (non-empty spans inside TEXT) */
  long strict, relaxed; /* one-to-one matches; relaxed includes strict */
  long type_ok, value_ok; /* attribute agreement over relaxed matches */
  /* Breakdown by TIMEX3 type (FRISE_TXT_*): gold and system counts, and by
   * the gold timex's type, its strict/relaxed matches and correct values. */
  long by_type_gold[5], by_type_sys[5], by_type_strict[5], by_type_relaxed[5], by_type_value_ok[5];
} frise_timex_counts;

/* Type index of a TIMEX3 type attribute: DATE, TIME, DURATION, SET, other. */
enum { FRISE_TXT_DATE, FRISE_TXT_TIME, FRISE_TXT_DURATION, FRISE_TXT_SET, FRISE_TXT_OTHER };
int frise_timex_type_index(const char *type);
extern const char *const frise_timex_type_labels[5];

typedef struct { double p, r, f; } frise_prf;
typedef struct {
  frise_prf strict, relaxed, type, value;
  double type_acc, value_acc;  /* over relaxed matches; 0 when none */
} frise_timex_scores;

/* One error for error analysis (--details). Strings are borrowed from the
 * parsed documents and valid during the callback only. */
typedef enum {
  FRISE_TXERR_MISS,   /* gold timex with no overlapping system timex */
  FRISE_TXERR_FALSE,  /* system timex overlapping no gold timex */
  FRISE_TXERR_SPAN,   /* relaxed but not strict match */
  FRISE_TXERR_TYPE,   /* matched, type differs */
  FRISE_TXERR_VALUE   /* matched, value differs */
} frise_txerr_kind;

typedef struct {
  size_t start, end;            /* character offsets in the document text */
  const char *text; size_t len; /* the covered text (bytes) */
  const char *type, *value;     /* "" when absent */
  /* Up to ~40 bytes of text on each side, within the line, cut at character
   * boundaries: enough to see why a tagger erred. */
  const char *before; size_t before_len;
  const char *after; size_t after_len;
} frise_txerr_side;

typedef struct {
  frise_txerr_kind kind;
  const char *doc;              /* file name relative to the gold folder */
  const frise_txerr_side *gold; /* NULL for FALSE */
  const frise_txerr_side *sys;  /* NULL for MISS */
} frise_txerr;

typedef void (*frise_txerr_fn)(const frise_txerr *e, void *user);

/* Scores one document pair into c (sys may be NULL: no system output). Calls
 * on_err (if not NULL) for every miss, false alarm, span or attribute error.
 * Does not count c->docs* (the caller knows about files). Linear in the number
 * of timexes plus the text length, apart from sorting. */
void frise_timex_eval_doc(const frise_tml *gold, const frise_tml *sys, const char *doc,
                          frise_timex_counts *c, frise_txerr_fn on_err, void *user);
void frise_timex_scores_compute(const frise_timex_counts *c, frise_timex_scores *s);
/* Readable table / one JSON object (with a final newline). */
void frise_timex_report_text(const frise_timex_counts *c, frise_buf *out);
void frise_timex_report_json(const frise_timex_counts *c, frise_buf *out);
/* Character offset of the first difference of two texts, or -1 if equal. */
long frise_timex_text_diff(const char *a, size_t an, const char *b, size_t bn);

#endif
