/* test_json_hostile.c: the JSON parser on hostile strings (bugs the fuzzer
 * found or could find): error offsets stay inside the input, broken
 * surrogates become U+FFFD without eating what follows, escapes at the end. */
#include "harness.h"
#include "frise/json.h"

static frise_json *parse(frise_arena *a, const char *s, size_t *off, const char **msg) {
  return frise_json_parse(a, s, strlen(s), off, msg);
}

static void test_error_offsets(void) {
  frise_arena *a = frise_arena_new(0);
  const char *cases[] = {"\"\xff\\", "\"abc\\", "\"", "{\"a\":\"b", "[1,", "\"\\u12", NULL};
  for (int k = 0; cases[k]; k++) {
    size_t off = 99;
    const char *msg = NULL;
    CHECK(parse(a, cases[k], &off, &msg) == NULL);
    CHECK(off <= strlen(cases[k]));
    CHECK(msg != NULL);
  }
  frise_arena_free(a);
}

static void test_surrogates(void) {
  frise_arena *a = frise_arena_new(0);
  frise_json *v = parse(a, "\"\\uD800\\u0041|\\uD83D\\uDE00|\\uDC00|\\u0000\"", NULL, NULL);
  CHECK(v && v->type == FRISE_JSTR);
  if (v) CHECK_STR(v->str, "\xEF\xBF\xBD" "A|\xF0\x9F\x98\x80|\xEF\xBF\xBD|\xEF\xBF\xBD");
  frise_arena_free(a);
}

static void test_escapes(void) {
  frise_arena *a = frise_arena_new(0);
  frise_json *v = parse(a, "[\"a\\\"b\\\\\",\"\\\\\\\\\",\"x\\ty\\/\"]", NULL, NULL);
  CHECK(v && v->type == FRISE_JARR && v->len == 3);
  if (v && v->len == 3) {
    CHECK_STR(v->items[0]->str, "a\"b\\");
    CHECK_STR(v->items[1]->str, "\\\\");
    CHECK_STR(v->items[2]->str, "x\ty/");
  }
  size_t off;
  const char *msg;
  CHECK(parse(a, "\"a\x01\"", &off, &msg) == NULL);
  CHECK_INT(off, 2);
  frise_arena_free(a);
}

TEST_MAIN(T(test_error_offsets), T(test_surrogates), T(test_escapes))
