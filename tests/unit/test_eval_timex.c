/* test_eval_timex.c: the TempEval-3 timex metric on small TimeML snippets. */
#include "harness.h"
#include "frise/arena.h"
#include "frise/eval_timex.h"
#include <math.h>

static frise_arena *arena;

static frise_tml parse(const char *text) {
  frise_tml t;
  const char *err = NULL;
  int rc = frise_tml_parse(arena, text, strlen(text), &t, &err);
  CHECK(rc == 0);
  return t;
}

static int near(double a, double b) { return fabs(a - b) < 1e-9; }

#define DOC(body) "<TimeML><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2022-01-01\"/></DCT><TEXT>" body "</TEXT></TimeML>"

static void test_identical(void) {
  arena = frise_arena_new(4096);
  frise_tml g = parse(DOC("Le <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2022-01-02\">2 janvier</TIMEX3>."));
  frise_timex_counts c = {0};
  frise_timex_eval_doc(&g, &g, "d", &c, NULL, NULL);
  CHECK_INT(c.gold, 1);
  CHECK_INT(c.sys, 1);
  CHECK_INT(c.strict, 1);
  CHECK_INT(c.relaxed, 1);
  CHECK_INT(c.value_ok, 1);
  frise_timex_scores s;
  frise_timex_scores_compute(&c, &s);
  CHECK(near(s.strict.f, 1) && near(s.value.f, 1) && near(s.type_acc, 1));
  frise_arena_free(arena);
}

typedef struct { int n; frise_txerr_kind kinds[16]; size_t gstart[16], sstart[16]; } errs;
static void collect_err(const frise_txerr *e, void *user) {
  errs *x = user;
  if (x->n >= 16) return;
  x->kinds[x->n] = e->kind;
  x->gstart[x->n] = e->gold ? e->gold->start : (size_t)-1;
  x->sstart[x->n] = e->sys ? e->sys->start : (size_t)-1;
  x->n++;
}

/* The numbers of tests/data/eval/timex (a.tml), with accents before the
 * spans: reported offsets are characters, not bytes. */
static void test_mixed(void) {
  arena = frise_arena_new(4096);
  frise_tml g = parse(DOC("Dès <TIMEX3 type=\"DATE\" value=\"2022-03-03\">3 mars</TIMEX3>, puis "
                          "<TIMEX3 type=\"TIME\" value=\"2022-03-07TMO\">lundi matin</TIMEX3> et pendant "
                          "<TIMEX3 type=\"DURATION\" value=\"P2D\">deux jours</TIMEX3>. "
                          "<TIMEX3 type=\"SET\" value=\"P1W\">Chaque semaine</TIMEX3>."));
  frise_tml s = parse(DOC("Dès <TIMEX3 type=\"DATE\" value=\"2022-03-03\">3 mars</TIMEX3>, "
                          "<TIMEX3 type=\"DATE\" value=\"X\">puis</TIMEX3> "
                          "<TIMEX3 type=\"DATE\" value=\"2022-03-07\">lundi</TIMEX3> matin et "
                          "<TIMEX3 type=\"DURATION\" value=\"P2D\">pendant deux jours</TIMEX3>. Chaque semaine."));
  frise_timex_counts c = {0};
  errs e = {0};
  frise_timex_eval_doc(&g, &s, "d", &c, collect_err, &e);
  CHECK_INT(c.gold, 4);
  CHECK_INT(c.sys, 4);
  CHECK_INT(c.strict, 1);
  CHECK_INT(c.relaxed, 3);
  CHECK_INT(c.type_ok, 2);
  CHECK_INT(c.value_ok, 2);
  frise_timex_scores sc;
  frise_timex_scores_compute(&c, &sc);
  CHECK(near(sc.relaxed.p, 0.75) && near(sc.relaxed.r, 0.75));
  CHECK(near(sc.type_acc, 2.0 / 3));
  CHECK(near(sc.value.f, sc.value_acc * sc.relaxed.f)); /* TE3: attribute F1 = acc × relaxed F1 */
  CHECK_INT(c.by_type_gold[FRISE_TXT_TIME], 1);
  CHECK_INT(c.by_type_relaxed[FRISE_TXT_TIME], 1);
  CHECK_INT(c.by_type_strict[FRISE_TXT_TIME], 0);
  CHECK_INT(c.by_type_value_ok[FRISE_TXT_TIME], 0);
  CHECK_INT(c.by_type_sys[FRISE_TXT_DATE], 3);
  CHECK_INT(c.by_type_relaxed[FRISE_TXT_SET], 0);
  CHECK_INT(frise_timex_type_index("DURATION"), FRISE_TXT_DURATION);
  CHECK_INT(frise_timex_type_index(NULL), FRISE_TXT_OTHER);
  /* span+type+value for "lundi", span for "deux jours", miss, false alarm */
  CHECK_INT(e.n, 6);
  CHECK_INT(e.kinds[0], FRISE_TXERR_SPAN);
  CHECK_INT(e.gstart[0], 17); /* "Dès 3 mars, puis " is 17 characters (18 bytes) */
  CHECK_INT(e.kinds[4], FRISE_TXERR_MISS);
  CHECK_INT(e.kinds[5], FRISE_TXERR_FALSE);
  CHECK_INT(e.sstart[5], 12);
  frise_arena_free(arena);
}

/* One-to-one: two system timexes inside one gold timex give one relaxed match
 * and one false alarm; empty elements are not scored. */
static void test_one_to_one(void) {
  arena = frise_arena_new(4096);
  frise_tml g = parse(DOC("<TIMEX3 type=\"DATE\" value=\"2022-01-03T20\">lundi 3 janvier au soir</TIMEX3>"
                          "<TIMEX3 type=\"DURATION\" value=\"P1D\"/>."));
  frise_tml s = parse(DOC("<TIMEX3 type=\"DATE\" value=\"2022-01-03\">lundi 3 janvier</TIMEX3> au "
                          "<TIMEX3 type=\"TIME\" value=\"TEV\">soir</TIMEX3>."));
  frise_timex_counts c = {0};
  frise_timex_eval_doc(&g, &s, "d", &c, NULL, NULL);
  CHECK_INT(c.gold, 1);
  CHECK_INT(c.sys, 2);
  CHECK_INT(c.strict, 0);
  CHECK_INT(c.relaxed, 1);
  CHECK_INT(c.type_ok, 1);
  CHECK_INT(c.value_ok, 0);
  /* No system document at all. */
  frise_timex_counts none = {0};
  frise_timex_eval_doc(&g, NULL, "d", &none, NULL, NULL);
  CHECK_INT(none.gold, 1);
  CHECK_INT(none.sys, 0);
  frise_timex_scores sc;
  frise_timex_scores_compute(&none, &sc);
  CHECK(near(sc.strict.p, 0) && near(sc.strict.f, 0) && near(sc.type_acc, 0));
  frise_arena_free(arena);
}

/* Nested and out-of-order system spans still match (the scan window). */
static void test_nested(void) {
  arena = frise_arena_new(4096);
  frise_tml g = parse(DOC("aa <TIMEX3 type=\"DATE\" value=\"1\">bb</TIMEX3> cc "
                          "<TIMEX3 type=\"DATE\" value=\"2\">dd</TIMEX3>"));
  /* A long system span covering everything, then two short ones. */
  frise_tml s = g;
  frise_tml_timex xs[3] = {{0, 11, NULL, "DATE", "0", NULL, NULL, NULL, NULL},
                           {3, 5, NULL, "DATE", "1", NULL, NULL, NULL, NULL},
                           {9, 11, NULL, "DATE", "2", NULL, NULL, NULL, NULL}};
  s.timexes = xs;
  s.n_timexes = 3;
  frise_timex_counts c = {0};
  frise_timex_eval_doc(&g, &s, "d", &c, NULL, NULL);
  CHECK_INT(c.strict, 2);
  CHECK_INT(c.relaxed, 2);
  CHECK_INT(c.value_ok, 2);
  CHECK_INT(c.sys, 3);
  frise_arena_free(arena);
}

/* Texts differing in a character's byte length (NBSP for a space) still line
 * up: spans are compared in characters. */
static void test_char_offsets(void) {
  arena = frise_arena_new(4096);
  frise_tml g = parse(DOC("le\xC2\xA0<TIMEX3 type=\"DATE\" value=\"X\">lundi</TIMEX3>"));
  frise_tml s = parse(DOC("le <TIMEX3 type=\"DATE\" value=\"X\">lundi</TIMEX3>"));
  frise_timex_counts c = {0};
  frise_timex_eval_doc(&g, &s, "d", &c, NULL, NULL);
  CHECK_INT(c.strict, 1);
  CHECK_INT(frise_timex_text_diff(g.text, g.text_len, s.text, s.text_len), 2);
  frise_arena_free(arena);
}

static void test_text_diff(void) {
  CHECK_INT(frise_timex_text_diff("abc", 3, "abc", 3), -1);
  CHECK_INT(frise_timex_text_diff("été x", 7, "été y", 7), 4);
  CHECK_INT(frise_timex_text_diff("ab", 2, "abc", 3), 2);
}

static void test_report(void) {
  frise_timex_counts c = {0};
  c.docs = 1, c.gold = 4, c.sys = 2, c.strict = 1, c.relaxed = 2, c.type_ok = 2, c.value_ok = 1;
  frise_buf b;
  frise_buf_init(&b);
  frise_timex_report_json(&c, &b);
  CHECK(strstr(b.data, "\"relaxed\":{\"precision\":1.0000,\"recall\":0.5000,\"f1\":0.6667}") != NULL);
  CHECK(strstr(b.data, "\"value_accuracy\":0.5000,\"by_gold_type\":{\"DATE\":") != NULL);
  frise_buf_clear(&b);
  frise_timex_report_text(&c, &b);
  CHECK(strstr(b.data, "relaxed     100.00   50.00   66.67") != NULL);
  frise_buf_free(&b);
}

TEST_MAIN(T(test_identical), T(test_mixed), T(test_one_to_one), T(test_nested), T(test_char_offsets), T(test_text_diff),
          T(test_report))
