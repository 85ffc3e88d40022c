/* cmd_eval_timeline.c: `frise eval timeline`: TILSE scores of system
 * timelines against gold timelines, one task per gold timeline, averaged
 * over every GOLD SYS pair given (so a whole dataset gives one table). */
#include "cli.h"
#include "frise/eval_timeline.h"
#include "frise/json.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static const cli_opt spec[] = {
  {"json", OPT_FLAG, NULL, "print JSON (average and per-task scores)", NULL},
  {"per-task", OPT_FLAG, NULL, "also print one line per task", NULL},
  {"explain", OPT_FLAG, NULL, "print each task's align+ m:1 alignment (to stderr)", NULL},
  {"unicode", OPT_FLAG, NULL, "Unicode tokens (accents kept); French stemmer and stopwords for French", NULL},
  {"lang", OPT_STRING, "en|fr|auto", "language of the texts with --unicode", "auto"},
  {"manifest", OPT_STRING, "FILE", "read GOLD SYS pairs from FILE, one pair a line", NULL},
  {"quiet", OPT_FLAG, NULL, "do not print warnings (errors still print)", NULL},
  {NULL, 0, NULL, NULL, NULL}};

typedef struct {
  char *name, *gold, *sys;  /* owned (malloc) */
  frise_tle_scores scores;
} task;

typedef struct {
  frise_tle_scorer *scorer;
  frise_diag *diag;
  int explain;
  task *tasks;
  size_t n, cap;
} run;

static char *dup(const char *s) {
  char *d = strdup(s ? s : "");
  if (!d) abort();
  return d;
}

static void add_task(run *r, const char *name, const char *gold, const char *sys,
                     const frise_tle_timeline *g, const frise_tle_timeline *y) {
  if (r->n == r->cap) {
    r->cap = r->cap ? r->cap * 2 : 16;
    r->tasks = realloc(r->tasks, r->cap * sizeof *r->tasks);
    if (!r->tasks) abort();
  }
  task *t = &r->tasks[r->n++];
  t->name = dup(name);
  t->gold = dup(gold);
  t->sys = dup(sys);
  frise_tle_score(r->scorer, g, y, &t->scores);
  if (r->explain) {
    frise_buf b;
    frise_buf_init(&b);
    frise_tle_explain(r->scorer, g, y, &b);
    fwrite(b.data, 1, b.len, stderr);
    frise_buf_free(&b);
  }
}

static int is_dir(const char *p) {
  struct stat st;
  return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

static const frise_tle_timeline empty_tl = {"empty", "empty", NULL, 0};

/* SYS is a folder with one file per gold timeline, named after it. */
static void pair_with_dir(run *r, const char *gold_path, const frise_tle_file *gold, const char *dir) {
  for (size_t k = 0; k < gold->n; k++) {
    const frise_tle_timeline *g = &gold->timelines[k];
    char name[1024], path[2048];
    frise_tle_sys_name(g->name, name, sizeof name);
    snprintf(path, sizeof path, "%s/%s", dir, name);
    frise_tle_file *sys = NULL;
    struct stat st;
    if (stat(path, &st) != 0)
      frise_diag_reject(r->diag, path, "no system timeline for gold '%s': scored as empty", g->name);
    else
      sys = frise_tle_file_read(path, r->diag);
    add_task(r, g->name, gold_path, path, g, sys ? &sys->timelines[0] : &empty_tl);
    frise_tle_file_free(sys);
  }
}

/* SYS is one file: one timeline against one, or several matched by name. */
static void pair_with_file(run *r, const char *gold_path, const frise_tle_file *gold, const char *sys_path) {
  frise_tle_file *sys = frise_tle_file_read(sys_path, r->diag);
  for (size_t k = 0; k < gold->n; k++) {
    const frise_tle_timeline *g = &gold->timelines[k], *y = &empty_tl;
    if (sys && gold->n == 1 && sys->n == 1) y = &sys->timelines[0];
    else if (sys) {
      for (size_t j = 0; j < sys->n; j++)
        if (strcmp(sys->timelines[j].name, g->name) == 0) y = &sys->timelines[j];
      if (y == &empty_tl)
        frise_diag_reject(r->diag, sys_path, "no system timeline named '%s': scored as empty (give a folder "
                          "with one file per gold timeline, see frise eval timeline --help)", g->name);
    }
    add_task(r, g->name, gold_path, sys_path, g, y);
  }
  frise_tle_file_free(sys);
}

static void score_pair(run *r, const char *gold_path, const char *sys_path) {
  frise_tle_file *gold = frise_tle_file_read(gold_path, r->diag);
  if (!gold) return;
  if (is_dir(sys_path)) pair_with_dir(r, gold_path, gold, sys_path);
  else pair_with_file(r, gold_path, gold, sys_path);
  frise_tle_file_free(gold);
}

/* Manifest: "GOLD SYS" a line; blank lines and # comments skipped; relative
 * paths are taken from the current directory. */
static int read_manifest(run *r, const char *path) {
  FILE *f = fopen(path, "r");
  if (!f) {
    frise_diag_reject(r->diag, path, "cannot open manifest");
    return -1;
  }
  char line[4096];
  size_t ln = 0;
  while (fgets(line, sizeof line, f)) {
    ln++;
    char gold[2048], sys[2048], extra[2];
    char *hash = strchr(line, '#');
    if (hash) *hash = 0;
    int got = sscanf(line, "%2047s %2047s %1s", gold, sys, extra);
    if (got <= 0) continue;
    if (got != 2) {
      char where[2100];
      snprintf(where, sizeof where, "%s:%zu", path, ln);
      frise_diag_reject(r->diag, where, "expected 'GOLD SYS'");
      continue;
    }
    score_pair(r, gold, sys);
  }
  fclose(f);
  return 0;
}

static void print_row(const char *label, const frise_prf *x) {
  printf("%-12s %6.4f %6.4f %6.4f   %6.4f %6.4f %6.4f\n", label, x[0].p, x[0].r, x[0].f, x[1].p,
         x[1].r, x[1].f);
}

static void print_table(const run *r, const frise_tle_scores *avg, int per_task, int unicode) {
  if (per_task) {
    printf("%-56s %7s %7s %7s %5s %5s\n", "task", "a+R1 F", "a+R2 F", "date F", "sys", "gold");
    for (size_t k = 0; k < r->n; k++) {
      const frise_tle_scores *s = &r->tasks[k].scores;
      printf("%-56s %7.4f %7.4f %7.4f %5zu %5zu\n", r->tasks[k].name,
             s->rouge[FRISE_TLE_ALIGN_M1][0].f, s->rouge[FRISE_TLE_ALIGN_M1][1].f, s->date.f,
             s->sys_dates, s->gold_dates);
    }
    putchar('\n');
  }
  printf("%zu tasks; ROUGE %s, %s stopwords and stemmer; P and R averaged over tasks\n",
         avg->n_tasks, unicode ? "Unicode" : "ASCII (as ROUGE-1.5.5 -s -m)", avg->lang);
  printf("%-12s %6s %6s %6s   %6s %6s %6s\n", "", "R1 P", "R1 R", "R1 F1", "R2 P", "R2 R", "R2 F1");
  print_row("concat", avg->rouge[FRISE_TLE_CONCAT]);
  print_row("agreement", avg->rouge[FRISE_TLE_AGREEMENT]);
  print_row("align+ m:1", avg->rouge[FRISE_TLE_ALIGN_M1]);
  printf("%-12s %6.4f %6.4f %6.4f   (system dates %zu, gold dates %zu)\n", "date", avg->date.p,
         avg->date.r, avg->date.f, avg->sys_dates, avg->gold_dates);
}

static void print_json(const run *r, const frise_tle_scores *avg) {
  frise_buf b;
  frise_buf_init(&b);
  frise_buf_puts(&b, "{\"average\": ");
  frise_tle_scores_json(avg, &b);
  frise_buf_puts(&b, ", \"tasks\": [");
  for (size_t k = 0; k < r->n; k++) {
    if (k) frise_buf_puts(&b, ", ");
    frise_buf_puts(&b, "{\"name\": ");
    frise_json_cstr(&b, r->tasks[k].name);
    frise_buf_puts(&b, ", \"gold\": ");
    frise_json_cstr(&b, r->tasks[k].gold);
    frise_buf_puts(&b, ", \"sys\": ");
    frise_json_cstr(&b, r->tasks[k].sys);
    frise_buf_puts(&b, ", \"scores\": ");
    frise_tle_scores_json(&r->tasks[k].scores, &b);
    frise_buf_putc(&b, '}');
  }
  frise_buf_puts(&b, "]}\n");
  fwrite(b.data, 1, b.len, stdout);
  frise_buf_free(&b);
}

int cmd_eval_timeline(int argc, char **argv) {
  cli_args a;
  int rc = cli_parse("eval timeline", "[OPTIONS] GOLD SYS [GOLD SYS ...]\n\n"
                     "GOLD: timelines.jsonl (one gold timeline a line) or one timeline .txt.\n"
                     "SYS: a frise JSON timeline, jsonl or .txt; when GOLD holds several timelines,\n"
                     "a folder with one file per gold timeline, named after its \"name\" with '/'\n"
                     "as \"__\" and .txt as .json (bpoil_bbc/bbc.txt -> SYS/bpoil_bbc__bbc.json).",
                     spec, argc, argv, &a);
  if (rc) {
    free(a.positional);
    return rc > 0 ? 0 : FRISE_EXIT_USAGE;
  }
  const char *manifest = cli_get(spec, &a, "manifest");
  if ((a.n_positional == 0 && !manifest) || a.n_positional % 2) {
    fprintf(stderr, "frise eval timeline: give GOLD SYS pairs (or --manifest FILE); see --help\n");
    free(a.positional);
    return FRISE_EXIT_USAGE;
  }
  int unicode = cli_flag(spec, &a, "unicode");
  frise_tle_opts o = {unicode ? FRISE_ROUGE_UNICODE : FRISE_ROUGE_ASCII, cli_get(spec, &a, "lang")};
  frise_diag diag;
  frise_diag_init(&diag, stderr);
  diag.quiet = cli_flag(spec, &a, "quiet");
  if (!unicode && cli_flag(spec, &a, "lang"))
    frise_diag_warn(&diag, "frise eval timeline", "--lang needs --unicode: the default ROUGE-1.5.5 "
                    "preprocessing is English-only");
  run r = {frise_tle_scorer_new(&o), &diag, cli_flag(spec, &a, "explain"), NULL, 0, 0};
  if (!r.scorer) {
    fprintf(stderr, "frise eval timeline: unknown language '%s' (en, fr or auto)\n", o.lang);
    free(a.positional);
    return FRISE_EXIT_USAGE;
  }
  if (manifest) read_manifest(&r, manifest);
  for (int k = 0; k + 1 < a.n_positional; k += 2) score_pair(&r, a.positional[k], a.positional[k + 1]);
  frise_tle_scores *all = calloc(r.n + 1, sizeof *all);
  if (!all) abort();
  for (size_t k = 0; k < r.n; k++) all[k] = r.tasks[k].scores;
  frise_tle_scores avg;
  frise_tle_average(all, r.n, &avg);
  if (cli_flag(spec, &a, "json")) print_json(&r, &avg);
  else print_table(&r, &avg, cli_flag(spec, &a, "per-task"), unicode);
  for (size_t k = 0; k < r.n; k++) free(r.tasks[k].name), free(r.tasks[k].gold), free(r.tasks[k].sys);
  free(r.tasks);
  free(all);
  frise_tle_scorer_free(r.scorer);
  free(a.positional);
  if (r.n == 0) return FRISE_EXIT_REJECTED;
  return cli_exit_status(&diag);
}
