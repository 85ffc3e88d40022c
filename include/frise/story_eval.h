/* story_eval.h: scoring a clustering of articles into stories against gold
 * labels: B-cubed precision, recall and F1 (Bagga and Baldwin, 1998) and the
 * V-measure with its homogeneity and completeness (Rosenberg and Hirschberg,
 * 2007). Inputs are `id<TAB>label` lines (extra columns ignored). */
#ifndef FRISE_STORY_EVAL_H
#define FRISE_STORY_EVAL_H
#include <stddef.h>
#include "frise/diag.h"

typedef struct {
  double bcubed_p, bcubed_r, bcubed_f1;
  double homogeneity, completeness, v_measure;
  size_t n_items;            /* gold items scored */
  size_t n_gold, n_sys;      /* clusters */
  size_t missing;            /* gold items absent from SYS (scored as singletons) */
  size_t extra;              /* SYS items absent from GOLD (ignored) */
  size_t n_mixed;            /* system clusters holding items of two gold labels or more */
  size_t n_intruders;        /* items outside their system cluster's majority gold label */
} frise_story_scores;

/* gold[i], sys[i]: cluster numbers of item i (any non-negative integers). */
void frise_story_eval(const size_t *gold, const size_t *sys, size_t n, frise_story_scores *out);
/* One item outside its system cluster's majority gold label (see
 * frise_story_eval_files): strings valid during the callback only. */
typedef void (*frise_story_intruder_fn)(const char *id, const char *gold_label,
                                        const char *sys_label, const char *majority_label,
                                        void *ctx);
/* Reads both files and scores them. Returns 0, or -1 if a file cannot be read
 * (reported through diag, as are malformed lines, which are skipped). */
int frise_story_eval_files(const char *gold_path, const char *sys_path, frise_diag *diag,
                           frise_story_scores *out);
/* The same, and calls on_intruder (if not NULL) for every intruder, grouped
 * by system cluster; a tie for the majority goes to the label seen first in GOLD. */
int frise_story_eval_files_ex(const char *gold_path, const char *sys_path, frise_diag *diag,
                              frise_story_scores *out, frise_story_intruder_fn on_intruder,
                              void *ctx);
/* The same on texts in memory (`id<TAB>label` lines); malformed lines are
 * reported as "gold:LINE" or "sys:LINE". */
void frise_story_eval_text(const char *gold, size_t gold_len, const char *sys, size_t sys_len,
                           frise_diag *diag, frise_story_scores *out,
                           frise_story_intruder_fn on_intruder, void *ctx);

#endif
