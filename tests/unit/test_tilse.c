/* test_tilse.c: the TILSE metrics on tiny timelines whose scores are worked
 * out by hand from the definitions (comments give the arithmetic), and the
 * readers of the three timeline formats. */
#include "frise/eval_timeline.h"
#include "harness.h"
#include <math.h>

#define NEAR(a, b) CHECK(fabs((a) - (b)) < 1e-9)

static frise_tle_file *parse(const char *name, const char *text) {
  frise_diag d;
  frise_diag_init(&d, stderr);
  return frise_tle_file_parse(name, text, strlen(text), &d);
}

/* Gold: 01-01 "alpha beta gamma", 01-03 "delta epsilon".
 * System: 01-01 "alpha beta zeta", 01-02 "delta epsilon".
 * None of these words is a stopword or changed by Porter. */
static const char *gold_txt =
    "2020-01-01\nalpha beta gamma\n----------\n2020-01-03\ndelta epsilon\n----------\n";
static const char *sys_json =
    "{\"timeline\": [{\"date\": \"2020-01-01\", \"summary\": [{\"text\": \"alpha beta zeta\"}]},"
    " {\"date\": \"2020-01-02\", \"summary\": [{\"text\": \"delta epsilon\"}]}]}";

static void score_small(frise_tle_scores *s) {
  frise_tle_file *g = parse("gold.txt", gold_txt), *y = parse("sys.json", sys_json);
  CHECK(g && y);
  if (!g || !y) return;
  frise_tle_scorer *sc = frise_tle_scorer_new(NULL);
  frise_tle_score(sc, &g->timelines[0], &y->timelines[0], s);
  frise_tle_scorer_free(sc);
  frise_tle_file_free(g);
  frise_tle_file_free(y);
}

static void concat(void) {
  frise_tle_scores s;
  score_small(&s);
  /* unigrams: 4 of 5 match both ways */
  NEAR(s.rouge[FRISE_TLE_CONCAT][0].p, 0.8);
  NEAR(s.rouge[FRISE_TLE_CONCAT][0].r, 0.8);
  /* bigrams across days too: sys {ab, bz, zd, de}, gold {ab, bg, gd, de}: 2 of 4 */
  NEAR(s.rouge[FRISE_TLE_CONCAT][1].f, 0.5);
}

static void agreement(void) {
  frise_tle_scores s;
  score_small(&s);
  /* only 01-01 is shared: alpha, beta match; 5 unigrams each side */
  NEAR(s.rouge[FRISE_TLE_AGREEMENT][0].p, 0.4);
  NEAR(s.rouge[FRISE_TLE_AGREEMENT][0].r, 0.4);
  /* bigram "alpha beta" matches; 2 + 1 bigrams each side */
  NEAR(s.rouge[FRISE_TLE_AGREEMENT][1].p, 1.0 / 3);
  NEAR(s.rouge[FRISE_TLE_AGREEMENT][1].r, 1.0 / 3);
}

static void align_m1(void) {
  frise_tle_scores s;
  score_small(&s);
  /* 01-01 -> 01-01 (cost 0), 01-02 -> 01-03 (cost 0.5 * (1 - 1) = 0, vs 0.5 for
   * 01-01); matches weighted 1 and 1/2: ROUGE-1 (2 + 2/2) / 5, ROUGE-2 (1 + 1/2) / 3 */
  NEAR(s.rouge[FRISE_TLE_ALIGN_M1][0].p, 0.6);
  NEAR(s.rouge[FRISE_TLE_ALIGN_M1][0].r, 0.6);
  NEAR(s.rouge[FRISE_TLE_ALIGN_M1][0].f, 0.6);
  NEAR(s.rouge[FRISE_TLE_ALIGN_M1][1].p, 0.5);
  NEAR(s.rouge[FRISE_TLE_ALIGN_M1][1].r, 0.5);
}

static void dates(void) {
  frise_tle_scores s;
  score_small(&s);
  NEAR(s.date.p, 0.5);
  NEAR(s.date.r, 0.5);
  NEAR(s.date.f, 0.5);
  CHECK_INT(s.sys_dates, 2);
  CHECK_INT(s.gold_dates, 2);
}

/* Many system days to one gold day: precision counts each system day at its
 * own discount; recall takes, for the gold day, the system day of least cost. */
static void many_to_one(void) {
  frise_tle_file *g = parse("g.txt", "2020-01-10\nalpha beta\n---\n");
  frise_tle_file *y = parse("y.txt", "2020-01-09\nalpha\n---\n2020-01-10\nbeta\n---\n2020-01-12\nalpha beta\n---\n");
  frise_tle_scorer *sc = frise_tle_scorer_new(NULL);
  frise_tle_scores s;
  frise_tle_score(sc, &g->timelines[0], &y->timelines[0], &s);
  /* precision: 01-09 1 match * 1/2, 01-10 1 * 1, 01-12 2 * 1/3; over 4 unigrams */
  NEAR(s.rouge[FRISE_TLE_ALIGN_M1][0].p, (0.5 + 1 + 2.0 / 3) / 4);
  /* recall: costs for the gold day: 01-09 (1/2)(1 - 2/3), 01-10 0, 01-12 (2/3)(1 - 1):
   * 01-10 and 01-12 tie at 0 and the first wins: 1 match of 2 */
  NEAR(s.rouge[FRISE_TLE_ALIGN_M1][0].r, 0.5);
  /* bigrams: only 01-12 has one, at discount 1/3, over 1 system bigram;
   * recall uses 01-10, which has none */
  NEAR(s.rouge[FRISE_TLE_ALIGN_M1][1].p, 1.0 / 3);
  NEAR(s.rouge[FRISE_TLE_ALIGN_M1][1].r, 0);
  frise_tle_scorer_free(sc);
  frise_tle_file_free(g);
  frise_tle_file_free(y);
}

static void empty_system(void) {
  frise_tle_file *g = parse("g.txt", gold_txt), *y = parse("y.json", "{\"timeline\": []}");
  CHECK(y && y->n == 1 && y->timelines[0].n_dates == 0);
  frise_tle_scorer *sc = frise_tle_scorer_new(NULL);
  frise_tle_scores s;
  frise_tle_score(sc, &g->timelines[0], &y->timelines[0], &s);
  for (int m = 0; m < FRISE_TLE_N_METRICS; m++)
    for (int k = 0; k < 2; k++) CHECK(s.rouge[m][k].p == 0 && s.rouge[m][k].r == 0);
  CHECK(s.date.f == 0);
  /* and the other way round: no gold days */
  frise_tle_score(sc, &y->timelines[0], &g->timelines[0], &s);
  CHECK(s.rouge[FRISE_TLE_ALIGN_M1][0].p == 0 && s.date.p == 0);
  frise_tle_scorer_free(sc);
  frise_tle_file_free(g);
  frise_tle_file_free(y);
}

static void average_then_f1(void) {
  frise_tle_scores t[2];
  memset(t, 0, sizeof t);
  t[0].date = (frise_prf){1.0, 0.2, 0};
  t[1].date = (frise_prf){0.0, 0.6, 0};
  t[0].lang = t[1].lang = "en";
  frise_tle_scores avg;
  frise_tle_average(t, 2, &avg);
  /* P 0.5, R 0.4, F1 from the averages: 2 * 0.2 / 0.9 */
  NEAR(avg.date.p, 0.5);
  NEAR(avg.date.r, 0.4);
  NEAR(avg.date.f, 0.4 / 0.9);
  CHECK_INT(avg.n_tasks, 2);
}

static void read_jsonl_and_merge_days(void) {
  frise_tle_file *f = parse("t.jsonl",
      "{\"name\": \"a/b.txt\", \"timeline\": [[\"2020-01-02\", [\"x\", \"y\"]], [\"2020-01-01\", [\"z\"]], [\"2020-01-02\", [\"w\"]]]}\n"
      "\n{\"name\": \"c.txt\", \"timeline\": []}\n");
  CHECK(f && f->n == 2);
  if (!f || f->n != 2) return;
  const frise_tle_timeline *t = &f->timelines[0];
  CHECK_STR(t->name, "a/b.txt");
  CHECK_INT(t->n_dates, 2);
  CHECK_INT(t->dates[0].n_sents, 1);
  CHECK_INT(t->dates[1].n_sents, 3);
  CHECK_STR(t->dates[1].sents[2], "w"); /* reading order kept within a day */
  CHECK_INT(f->timelines[1].n_dates, 0);
  frise_tle_file_free(f);
}

static void bad_input_reported(void) {
  frise_diag d;
  frise_diag_init(&d, fopen("/dev/null", "w"));
  const char *txt = "not a date\nsentence\n---\n2020-02-30\nx\n---\n2020-03-01\nkept\n---\n";
  frise_tle_file *f = frise_tle_file_parse("b.txt", txt, strlen(txt), &d);
  CHECK(f && f->timelines[0].n_dates == 1);
  CHECK_INT(d.rejected, 2);
  frise_tle_file_free(f);
  CHECK(frise_tle_file_parse("e.txt", "", 0, &d) == NULL);
  CHECK(frise_tle_file_parse("j.json", "{\"timeline\": 3}", 15, &d) == NULL);
  fclose(d.out);
}

static void sys_names(void) {
  char out[64];
  frise_tle_sys_name("bpoil_bbc/bbc.txt", out, sizeof out);
  CHECK_STR(out, "bpoil_bbc__bbc.json");
  frise_tle_sys_name("fr/reference/egypt.txt", out, sizeof out);
  CHECK_STR(out, "fr__reference__egypt.json");
  frise_tle_sys_name("plain", out, sizeof out);
  CHECK_STR(out, "plain.json");
}

/* A frise_timeline built in memory scores like the same timeline read from text. */
static void from_frise_timeline(void) {
  frise_timeline *t = frise_timeline_new();
  t->n_entries = 2;
  t->entries = frise_arena_calloc(t->arena, 2, sizeof *t->entries);
  static const char *texts[] = {"alpha beta zeta", "delta epsilon"};
  for (int k = 0; k < 2; k++) {
    frise_tl_entry *e = &t->entries[k];
    e->date = (frise_date){2020, 1, k + 1, 0, 0, FRISE_PREC_DAY};
    e->n_summary = 1;
    e->summary = frise_arena_calloc(t->arena, 1, sizeof *e->summary);
    e->summary[0].text = texts[k];
  }
  frise_arena *a = frise_arena_new(0);
  frise_tle_timeline view;
  frise_tle_from_timeline(t, a, &view);
  CHECK_INT(view.n_dates, 2);
  frise_tle_file *g = parse("gold.txt", gold_txt);
  frise_tle_scorer *sc = frise_tle_scorer_new(NULL);
  frise_tle_scores s, ref;
  frise_tle_score(sc, &g->timelines[0], &view, &s);
  score_small(&ref);
  NEAR(s.rouge[FRISE_TLE_ALIGN_M1][0].f, ref.rouge[FRISE_TLE_ALIGN_M1][0].f);
  NEAR(s.rouge[FRISE_TLE_CONCAT][1].f, ref.rouge[FRISE_TLE_CONCAT][1].f);
  NEAR(s.date.f, ref.date.f);
  frise_tle_scorer_free(sc);
  frise_tle_file_free(g);
  frise_arena_free(a);
  frise_timeline_free(t);
}

TEST_MAIN(T(from_frise_timeline), T(concat), T(agreement), T(align_m1), T(dates), T(many_to_one), T(empty_system),
          T(average_then_f1), T(read_jsonl_and_merge_days), T(bad_input_reported), T(sys_names))
