/* test_reader.c: formats, headers, titles, ids and diagnostics. */
#include "frise/reader.h"
#include "harness.h"
#include <stdlib.h>

typedef struct {
  frise_doc *docs[8];
  int n;
} collected;

static int collect(frise_doc *d, void *user) {
  collected *c = user;
  if (c->n < 8) c->docs[c->n++] = d;
  else frise_doc_free(d);
  return 0;
}

static void drop(collected *c) {
  for (int k = 0; k < c->n; k++) frise_doc_free(c->docs[k]);
  c->n = 0;
}

static collected read_mem(const char *name, const char *data, frise_diag *diag) {
  collected c = {{0}, 0};
  frise_read_opts o;
  frise_read_opts_init(&o, diag);
  frise_read_memory(&o, name, name, data, strlen(data), collect, &c);
  return c;
}

static FILE *null_sink(void) { return fopen("/dev/null", "w"); }

static void test_text_header(void) {
  frise_diag diag;
  FILE *f = null_sink();
  frise_diag_init(&diag, f);
  collected c = read_mem("a.txt", "  date 2021-12 Un titre court\nLe corps du texte.", &diag);
  CHECK_INT(c.n, 1);
  CHECK(c.docs[0]->dct.prec == FRISE_PREC_MONTH && c.docs[0]->dct.month == 12);
  CHECK_STR(c.docs[0]->title, "Un titre court");
  CHECK_STR(c.docs[0]->text, "Un titre court\nLe corps du texte.");
  CHECK_INT(c.docs[0]->raw_offset, 15);
  drop(&c);
  c = read_mem("b.txt", "date 2022-13-45 Texte.\nSuite.", &diag);
  CHECK(c.n == 1 && c.docs[0]->dct.prec == FRISE_PREC_NONE && diag.warnings == 1);
  drop(&c);
  c = read_mem("c.txt", "Date de publication inconnue, texte.", &diag);
  CHECK(c.n == 1 && c.docs[0]->dct.prec == FRISE_PREC_NONE && c.docs[0]->text[0] == 'D');
  drop(&c);
  c = read_mem("d.txt", "date 2021-12-07T15:30 Corps.", &diag);
  CHECK(c.n == 1 && c.docs[0]->dct.prec == FRISE_PREC_MINUTE && c.docs[0]->dct.minute == 30);
  drop(&c);
  fclose(f);
}

static void test_jsonl(void) {
  frise_diag diag;
  FILE *f = null_sink();
  frise_diag_init(&diag, f);
  collected c = read_mem("x.jsonl",
                         "{\"id\":\"a\",\"date\":\"2021-04\",\"text\":\"Bonjour.\",\"url\":\"http://e/1\"}\n"
                         "{\"id\":\"b\", broken\n"
                         "\n"
                         "{\"text\":\"Hello there.\",\"lang\":\"en\",\"source\":\"wire\"}\n"
                         "{\"id\":\"c\"}\n",
                         &diag);
  CHECK_INT(c.n, 2);
  CHECK_INT(diag.rejected, 2);
  CHECK_STR(c.docs[0]->id, "a");
  CHECK_STR(c.docs[0]->url, "http://e/1");
  CHECK_STR(c.docs[1]->id, "x.jsonl:4");
  CHECK_STR(c.docs[1]->publisher, "wire");
  CHECK(c.docs[1]->lang_given && strcmp(c.docs[1]->lang, "en") == 0);
  drop(&c);
  fclose(f);
}

static void test_timeml(void) {
  frise_diag diag;
  FILE *f = null_sink();
  frise_diag_init(&diag, f);
  collected c = read_mem("t.tml",
                         "<?xml version=\"1.0\"?><TimeML><DOCID>x</DOCID><DCT><TIMEX3 tid=\"t0\" "
                         "type=\"DATE\" value=\"1999-05-17\" functionInDocument=\"CREATION_TIME\"/></DCT>"
                         "<TEXT>Il part <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1999-05-18\">demain</TIMEX3> "
                         "&amp; revient.</TEXT></TimeML>",
                         &diag);
  CHECK_INT(c.n, 1);
  CHECK_STR(c.docs[0]->text, "Il part demain & revient.");
  CHECK(c.docs[0]->dct.prec == FRISE_PREC_DAY && c.docs[0]->dct.day == 17);
  drop(&c);
  frise_arena *a = frise_arena_new(0);
  frise_tml tml;
  const char *err;
  const char *x = "<TEXT>a <TIMEX3 tid=\"t1\" type='TIME' value=\"T10\">b</TIMEX3> c</TEXT>";
  CHECK(frise_tml_parse(a, x, strlen(x), &tml, &err) == 0);
  CHECK(tml.n_timexes == 1 && tml.timexes[0].start == 2 && tml.timexes[0].end == 3);
  CHECK_STR(tml.timexes[0].type, "TIME");
  CHECK(frise_tml_parse(a, "<TEXT>open", 10, &tml, &err) == -1);
  frise_arena_free(a);
  fclose(f);
}

static void test_bad_inputs(void) {
  frise_diag diag;
  FILE *f = null_sink();
  frise_diag_init(&diag, f);
  collected c = read_mem("e.txt", "  \n ", &diag);
  CHECK(c.n == 0 && diag.rejected == 1);
  frise_read_opts o;
  frise_read_opts_init(&o, &diag);
  frise_read_memory(&o, "bin.dat", NULL, "ab\0cd", 5, collect, &c);
  CHECK(c.n == 0 && diag.rejected == 2);
  c = read_mem("u.txt", "caf\xC3 cr\xE8me.", &diag);
  CHECK(c.n == 1 && diag.warnings == 1);
  CHECK(strstr(c.docs[0]->text, "\xEF\xBF\xBD") != NULL);
  drop(&c);
  fclose(f);
}

TEST_MAIN(T(test_text_header), T(test_jsonl), T(test_timeml), T(test_bad_inputs))
