/* cmd_eval_stories.c: `frise eval stories GOLD SYS [--json] [--intruders]`:
 * B-cubed, V-measure and mixing of a story clustering (`id<TAB>label`
 * files; SYS is what `frise stories --format tsv` writes). */
#include "cli.h"
#include "frise/buf.h"
#include "frise/json.h"
#include "frise/story_eval.h"
#include <stdio.h>
#include <stdlib.h>

static const cli_opt spec[] = {
  {"json", OPT_FLAG, NULL, "print the scores as one JSON object", NULL},
  {"intruders", OPT_FLAG, NULL,
   "also list the items outside their system cluster's majority gold label", NULL},
  {NULL, 0, NULL, NULL, NULL}};

typedef struct {
  int json;
  size_t n;
} intruder_out;

static void print_intruder(const char *id, const char *gold, const char *sys, const char *maj,
                           void *ctx) {
  intruder_out *o = ctx;
  if (o->json) {
    frise_buf b;
    frise_buf_init(&b);
    frise_buf_puts(&b, o->n ? ", {\"id\": " : "{\"id\": ");
    frise_json_cstr(&b, id);
    frise_buf_puts(&b, ", \"gold\": ");
    frise_json_cstr(&b, gold);
    frise_buf_puts(&b, ", \"sys\": ");
    frise_json_cstr(&b, sys);
    frise_buf_puts(&b, ", \"majority\": ");
    frise_json_cstr(&b, maj);
    frise_buf_putc(&b, '}');
    fwrite(b.data, 1, b.len, stdout);
    frise_buf_free(&b);
  } else {
    printf("intruder\t%s\t%s\t%s\t%s\n", id, gold, sys, maj);
  }
  o->n++;
}

int cmd_eval_stories(int argc, char **argv) {
  cli_args a;
  int rc = cli_parse("eval stories", "GOLD SYS [--json] [--intruders]", spec, argc, argv, &a);
  if (rc || a.n_positional != 2) {
    if (!rc) fprintf(stderr, "frise eval stories: needs GOLD and SYS files (id<TAB>label lines)\n");
    free(a.positional);
    return rc > 0 ? 0 : FRISE_EXIT_USAGE;
  }
  frise_diag diag;
  frise_diag_init(&diag, stderr);
  frise_story_scores sc;
  int json = cli_flag(spec, &a, "json"), list = cli_flag(spec, &a, "intruders");
  intruder_out io = {json, 0};
  if (json && list) fputs("{\"intruder_list\": [", stdout);
  if (frise_story_eval_files_ex(a.positional[0], a.positional[1], &diag, &sc,
                                list ? print_intruder : NULL, &io) != 0) {
    if (json && list) fputs("]}\n", stdout);
    free(a.positional);
    return FRISE_EXIT_FATAL;
  }
  if (json)
    printf("%s\"bcubed_precision\": %.4f, \"bcubed_recall\": %.4f, \"bcubed_f1\": %.4f, "
           "\"homogeneity\": %.4f, \"completeness\": %.4f, \"v_measure\": %.4f, \"items\": %zu, "
           "\"gold_clusters\": %zu, \"sys_clusters\": %zu, \"missing\": %zu, \"extra\": %zu, "
           "\"mixed_clusters\": %zu, \"intruders\": %zu}\n",
           list ? "], " : "{", sc.bcubed_p, sc.bcubed_r, sc.bcubed_f1, sc.homogeneity,
           sc.completeness, sc.v_measure, sc.n_items, sc.n_gold, sc.n_sys, sc.missing, sc.extra,
           sc.n_mixed, sc.n_intruders);
  else
    printf("items %zu (gold clusters %zu, system clusters %zu; missing %zu, extra %zu)\n"
           "B-cubed    P %.4f  R %.4f  F1 %.4f\n"
           "V-measure  h %.4f  c %.4f  V  %.4f\n"
           "Mixing     %zu system clusters hold two gold labels or more; %zu items are outside "
           "their cluster's majority label\n",
           sc.n_items, sc.n_gold, sc.n_sys, sc.missing, sc.extra, sc.bcubed_p, sc.bcubed_r,
           sc.bcubed_f1, sc.homogeneity, sc.completeness, sc.v_measure, sc.n_mixed,
           sc.n_intruders);
  free(a.positional);
  return 0;
}
