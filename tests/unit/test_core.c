/* test_core.c: calendar, JSON, UTF-8, arena. */
#include "frise/arena.h"
#include "frise/date.h"
#include "frise/json.h"
#include "frise/utf8.h"
#include "harness.h"

static void test_calendar(void) {
  CHECK_INT(frise_days_from_civil(1970, 1, 1), 0);
  CHECK_INT(frise_weekday(2021, 12, 30), 4); /* a Thursday */
  CHECK_INT(frise_weekday(2022, 2, 22), 2);
  int y, m, d;
  frise_civil_from_days(frise_days_from_civil(2000, 2, 29) + 1, &y, &m, &d);
  CHECK(y == 2000 && m == 3 && d == 1);
  int wy, w;
  frise_iso_week(2021, 1, 3, &wy, &w); /* belongs to 2020-W53 */
  CHECK(wy == 2020 && w == 53);
  frise_iso_week(2021, 12, 7, &wy, &w);
  CHECK(wy == 2021 && w == 49);
  CHECK_INT(frise_days_in_month(2100, 2), 28);
  frise_date dt = {2021, 1, 31, 0, 0, FRISE_PREC_DAY};
  frise_date_add_months(&dt, 1);
  CHECK(dt.month == 2 && dt.day == 28);
  frise_date_add_months(&dt, -14);
  CHECK(dt.year == 2019 && dt.month == 12);
}

static void test_date_parse(void) {
  frise_date d;
  char buf[32];
  size_t used;
  CHECK_INT(frise_date_parse("2022-02", 7, &d, &used), FRISE_DATE_OK);
  CHECK(d.prec == FRISE_PREC_MONTH && used == 7);
  frise_date_format(&d, buf, sizeof buf);
  CHECK_STR(buf, "2022-02");
  CHECK_INT(frise_date_parse("2021-12-07T15:00:00Z", 20, &d, &used), FRISE_DATE_OK);
  CHECK(d.prec == FRISE_PREC_MINUTE && used == 20);
  frise_date_format(&d, buf, sizeof buf);
  CHECK_STR(buf, "2021-12-07T15:00");
  CHECK_INT(frise_date_parse("2022-13-45", 10, &d, &used), FRISE_DATE_IMPOSSIBLE);
  CHECK_INT(frise_date_parse("2021-02-29", 10, &d, &used), FRISE_DATE_IMPOSSIBLE);
  CHECK_INT(frise_date_parse("20x2", 4, &d, &used), FRISE_DATE_SYNTAX);
  CHECK_INT(frise_date_parse("2022-1", 6, &d, &used), FRISE_DATE_SYNTAX);
  CHECK_INT(frise_date_parse("2021", 4, &d, &used), FRISE_DATE_OK);
  CHECK_STR(frise_precision_name(d.prec), "year");
}

static void test_json(void) {
  frise_arena *a = frise_arena_new(0);
  const char *src = "{\"id\": 7, \"t\": \"a\\u00e9\\ud83d\\ude00\\n\", \"l\": [1, true, null], \"o\": {}}";
  size_t off;
  const char *msg;
  frise_json *v = frise_json_parse(a, src, strlen(src), &off, &msg);
  CHECK(v && v->type == FRISE_JOBJ && v->len == 4);
  CHECK_STR(frise_json_string(frise_json_get(v, "t")), "a\xC3\xA9\xF0\x9F\x98\x80\n");
  CHECK(frise_json_get(v, "l")->len == 3);
  CHECK(frise_json_parse(a, "{\"a\":}", 6, &off, &msg) == NULL && off == 5);
  CHECK(frise_json_parse(a, "[1] x", 5, &off, &msg) == NULL);
  char deep[200];
  memset(deep, '[', sizeof deep);
  CHECK(frise_json_parse(a, deep, sizeof deep, &off, &msg) == NULL);
  CHECK(frise_json_parse(a, "\"\\ud800\"", 8, &off, &msg)->len == 3); /* lone surrogate -> U+FFFD */
  frise_buf b;
  frise_buf_init(&b);
  frise_json_str(&b, "q\"\\\x01", 4);
  CHECK_STR(b.data, "\"q\\\"\\\\\\u0001\"");
  frise_buf_free(&b);
  frise_arena_free(a);
}

static void test_utf8(void) {
  const char bad[] = "ok\xC3(\xE2\x82\xAC\xF0\x9F";
  CHECK_INT(frise_utf8_validate(bad, sizeof bad - 1), 2);
  frise_buf b;
  frise_buf_init(&b);
  CHECK_INT(frise_utf8_repair(bad, sizeof bad - 1, &b), 2);
  CHECK_STR(b.data, "ok\xEF\xBF\xBD(\xE2\x82\xAC\xEF\xBF\xBD");
  frise_buf_free(&b);
  CHECK_INT(frise_utf8_validate("\xC0\xAF", 2), 0); /* overlong */
  CHECK_INT(frise_utf8_validate("\xED\xA0\x80", 3), 0); /* surrogate */
  char out[64];
  frise_utf8_fold("\xC3\x89t\xC3\xA9 F\xC3\xA9vrier", 14, out);
  CHECK_STR(out, "ete fevrier");
}

static void test_arena(void) {
  frise_arena *a = frise_arena_new(64);
  char *big = frise_arena_alloc(a, 100000);
  memset(big, 1, 100000);
  int *xs = frise_arena_calloc(a, 10, sizeof *xs);
  CHECK(xs[9] == 0);
  xs = frise_arena_grow(a, xs, 10, 20, sizeof *xs);
  CHECK(xs[9] == 0);
  frise_arena_reset(a);
  CHECK_INT(frise_arena_used(a), 0);
  CHECK_STR(frise_arena_strdup(a, "x"), "x");
  frise_arena_free(a);
  frise_arena_free(NULL);
}

TEST_MAIN(T(test_calendar), T(test_date_parse), T(test_json), T(test_utf8), T(test_arena))
