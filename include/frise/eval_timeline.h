/* eval_timeline.h: timeline summarisation scores as in TILSE (Martschat and
 * Markert 2017, 2018) and the news-tls protocol (Gholipour Ghalandari and
 * Ifrim 2020): ROUGE-1/2 under concat, agreement and align+ m:1, and date F1.
 * One task is one gold timeline against one system timeline; P and R are
 * averaged over tasks, and F1 is computed from the averages. */
#ifndef FRISE_EVAL_TIMELINE_H
#define FRISE_EVAL_TIMELINE_H
#include <stddef.h>
#include <stdint.h>
#include "frise/arena.h"
#include "frise/buf.h"
#include "frise/diag.h"
#include "frise/rouge.h"
#include "frise/timeline.h"

/* One day of a timeline and its summary sentences. */
typedef struct {
  int64_t day;          /* days since 1970-01-01 */
  const char **sents;   /* borrowed from the owner's arena */
  size_t n_sents;
} frise_tle_date;

/* A timeline as the scorer sees it: days in increasing order, each at most
 * once (sentences of repeated days are merged in reading order). */
typedef struct {
  const char *name;     /* gold: its "name"; otherwise the file name */
  const char *where;    /* file (and line) it came from, for messages */
  frise_tle_date *dates;
  size_t n_dates;
} frise_tle_timeline;

/* Every timeline of one file; owns all its strings through arena. */
typedef struct {
  frise_arena *arena;
  frise_tle_timeline *timelines;
  size_t n;
} frise_tle_file;

/* Reads GOLD or SYS timelines. Formats, told apart by content:
 *  - Timeline17 jsonl: one {"name", "timeline": [[date, [sentence, ...]], ...]} a line;
 *  - frise JSON: {"timeline": [{"date", "granularity", "summary": [{"text"}, ...]}, ...]}
 *    (month-granular entries are put on the 1st of the month, with a warning);
 *  - as-shipped text: a date line, one sentence a line, a line of dashes between dates.
 * Bad lines or entries are reported to diag with their file and line, and
 * skipped. Returns NULL (reported) when the file cannot be read or holds no
 * timeline at all. Caller owns the result: frise_tle_file_free. */
frise_tle_file *frise_tle_file_read(const char *path, frise_diag *diag);
/* The same over a buffer; path is used in messages and as the default name. */
frise_tle_file *frise_tle_file_parse(const char *path, const char *text, size_t n,
                                     frise_diag *diag);
void frise_tle_file_free(frise_tle_file *f);  /* NULL is a no-op */

/* Views a frise_timeline as a scorer timeline (for tuning in-process);
 * strings are borrowed from t, arrays allocated in a. */
void frise_tle_from_timeline(const frise_timeline *t, frise_arena *a, frise_tle_timeline *out);

/* File name of the system timeline for a gold timeline name in the one-file-
 * per-task layout: '/' becomes "__" and a final ".txt" becomes ".json"
 * ("bpoil_bbc/bbc.txt" -> "bpoil_bbc__bbc.json"). Returns the length; writes
 * at most cap bytes including the NUL. */
size_t frise_tle_sys_name(const char *gold_name, char *out, size_t cap);

typedef struct { double p, r, f; } frise_prf;

enum { FRISE_TLE_CONCAT, FRISE_TLE_AGREEMENT, FRISE_TLE_ALIGN_M1, FRISE_TLE_N_METRICS };

typedef struct {
  frise_prf rouge[FRISE_TLE_N_METRICS][2]; /* [metric][0: ROUGE-1, 1: ROUGE-2] */
  frise_prf date;                          /* exact-day date selection */
  size_t n_tasks;                          /* 1 for a task, the count for an average */
  size_t sys_dates, gold_dates;            /* summed over tasks for an average */
  const char *lang;                        /* "en" or "fr": the ROUGE pipeline used */
} frise_tle_scores;

typedef struct {
  frise_rouge_mode mode;  /* FRISE_ROUGE_ASCII (default, as ROUGE-1.5.5) or _UNICODE */
  const char *lang;       /* Unicode mode: "en", "fr", or NULL/"auto" to guess per task
                             from the gold timeline's stopwords; ignored in ASCII mode */
} frise_tle_opts;

typedef struct frise_tle_scorer frise_tle_scorer;
/* Returns NULL for a bad option (unknown language). Caller owns. */
frise_tle_scorer *frise_tle_scorer_new(const frise_tle_opts *o);
void frise_tle_scorer_free(frise_tle_scorer *s);  /* NULL is a no-op */

/* Scores one task. An empty system (or gold) timeline scores 0 where TILSE
 * would divide by zero. */
void frise_tle_score(frise_tle_scorer *s, const frise_tle_timeline *gold,
                     const frise_tle_timeline *sys, frise_tle_scores *out);
/* Writes the align+ m:1 alignment of one task, for people tuning a system:
 * each system day with the gold day it aligns to (precision side), each gold
 * day with the system day aligned to it (recall side), the gap in days and
 * the ROUGE-1/2 matches of the pair. */
void frise_tle_explain(frise_tle_scorer *s, const frise_tle_timeline *gold,
                       const frise_tle_timeline *sys, frise_buf *out);
/* Averages P and R over n task scores, then F1 from the averages. */
void frise_tle_average(const frise_tle_scores *tasks, size_t n, frise_tle_scores *out);

/* Writes scores as a JSON object {"concat": {"rouge1": {"p","r","f"}, ...}, "date": ...}. */
void frise_tle_scores_json(const frise_tle_scores *s, frise_buf *out);

#endif
