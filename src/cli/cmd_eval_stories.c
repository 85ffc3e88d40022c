/* cmd_eval_stories.c: `frise eval stories GOLD SYS [--json]`: B-cubed and
 * V-measure of a story clustering (`id<TAB>label` files; SYS is what
 * `frise stories --format tsv` writes). */
#include "cli.h"
#include "frise/story_eval.h"
#include <stdio.h>
#include <stdlib.h>

static const cli_opt spec[] = {
  {"json", OPT_FLAG, NULL, "print the scores as one JSON object", NULL},
  {NULL, 0, NULL, NULL, NULL}};

int cmd_eval_stories(int argc, char **argv) {
  cli_args a;
  int rc = cli_parse("eval stories", "GOLD SYS [--json]", spec, argc, argv, &a);
  if (rc || a.n_positional != 2) {
    if (!rc) fprintf(stderr, "frise eval stories: needs GOLD and SYS files (id<TAB>label lines)\n");
    free(a.positional);
    return rc > 0 ? 0 : FRISE_EXIT_USAGE;
  }
  frise_diag diag;
  frise_diag_init(&diag, stderr);
  frise_story_scores sc;
  if (frise_story_eval_files(a.positional[0], a.positional[1], &diag, &sc) != 0) {
    free(a.positional);
    return FRISE_EXIT_FATAL;
  }
  if (cli_flag(spec, &a, "json"))
    printf("{\"bcubed_precision\": %.4f, \"bcubed_recall\": %.4f, \"bcubed_f1\": %.4f, "
           "\"homogeneity\": %.4f, \"completeness\": %.4f, \"v_measure\": %.4f, \"items\": %zu, "
           "\"gold_clusters\": %zu, \"sys_clusters\": %zu, \"missing\": %zu, \"extra\": %zu}\n",
           sc.bcubed_p, sc.bcubed_r, sc.bcubed_f1, sc.homogeneity, sc.completeness, sc.v_measure,
           sc.n_items, sc.n_gold, sc.n_sys, sc.missing, sc.extra);
  else
    printf("items %zu (gold clusters %zu, system clusters %zu; missing %zu, extra %zu)\n"
           "B-cubed    P %.4f  R %.4f  F1 %.4f\n"
           "V-measure  h %.4f  c %.4f  V  %.4f\n",
           sc.n_items, sc.n_gold, sc.n_sys, sc.missing, sc.extra, sc.bcubed_p, sc.bcubed_r,
           sc.bcubed_f1, sc.homogeneity, sc.completeness, sc.v_measure);
  free(a.positional);
  return 0;
}
