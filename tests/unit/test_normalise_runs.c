/* test_normalise_runs.c: the bulk paths of the normaliser keep the byte map
 * exact, and an ASCII character before a multi-byte one is normalised like
 * any other (a tab before an en dash used to stay a tab). */
#include "harness.h"
#include "frise/text.h"
#include "frise/utf8.h"
#include <stdlib.h>
#include <utf8proc.h>

static void norm(const char *in, frise_buf *out, uint32_t **map) {
  size_t cap = 0;
  frise_buf_clear(out);
  free(*map);
  *map = NULL;
  frise_text_normalise(in, strlen(in), out, map, &cap);
}

static void test_ascii_run_map(void) {
  frise_buf b;
  frise_buf_init(&b);
  uint32_t *map = NULL;
  norm("Le 3 mars\r\nfin", &b, &map);
  CHECK_STR(b.data, "Le 3 mars\nfin");
  for (uint32_t k = 0; k < 9; k++) CHECK_INT(map[k], k);
  CHECK_INT(map[9], 10); /* "\r\n" -> "\n": the CR is dropped, the LF kept */
  CHECK_INT(map[10], 11);
  norm("caf\xC3\xA9 \xC2\xA0x", &b, &map);
  CHECK_STR(b.data, "caf\xC3\xA9  x");
  CHECK_INT(map[3], 3);
  CHECK_INT(map[4], 3); /* both bytes of é map to its first byte */
  CHECK_INT(map[6], 6); /* NBSP -> ' ' */
  CHECK_INT(map[7], 8);
  free(map);
  frise_buf_free(&b);
}

static void test_ascii_before_multibyte(void) {
  frise_buf b;
  frise_buf_init(&b);
  uint32_t *map = NULL;
  norm("a\t\xE2\x80\x93 b", &b, &map); /* TAB, EN DASH */
  CHECK_STR(b.data, "a \xE2\x80\x93 b");
  norm("dit \"\xE2\x80\xA6\" fin", &b, &map); /* a quote before an ellipsis */
  CHECK_STR(b.data, "dit \xE2\x80\x9C\xE2\x80\xA6\xE2\x80\x9D fin");
  norm("e\xCC\x81t\xC3\xA9", &b, &map); /* e + combining acute: composed */
  CHECK_STR(b.data, "\xC3\xA9t\xC3\xA9");
  free(map);
  frise_buf_free(&b);
}

/* Invalid bytes never leave the documented bounds or reach the text. */
static void test_invalid_bytes(void) {
  char out[2 * 4 + 1];
  CHECK_INT(frise_utf8_lower("\xff\xfe\xC3\x80", 4, out), 4); /* ?, ? and U+00E0 */
  CHECK_STR(out, "??" "\xC3\xA0");
  CHECK_INT(frise_utf8_fold("\xff\xff\xff\xff", 4, out), 4);
  frise_buf b;
  frise_buf_init(&b);
  uint32_t *map = NULL;
  norm("a\xff\xCC\x81" "b", &b, &map); /* invalid byte, then a combining acute */
  CHECK_INT(frise_utf8_validate(b.data, b.len), b.len);
  free(map);
  frise_buf_free(&b);
}

/* The Latin fast path of frise_cp_is_alpha agrees with the Unicode tables. */
static void test_latin_alpha(void) {
  int bad = 0;
  for (int32_t cp = 0; cp < 0x800; cp++) {
    utf8proc_category_t c = utf8proc_category(cp);
    int alpha = c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_ME;
    if (cp < 0x80) alpha = (cp | 32) >= 'a' && (cp | 32) <= 'z';
    if (alpha != frise_cp_is_alpha(cp) && bad++ < 5) fprintf(stderr, "U+%04X\n", (unsigned)cp);
  }
  CHECK_INT(bad, 0);
}

TEST_MAIN(T(test_ascii_run_map), T(test_ascii_before_multibyte), T(test_latin_alpha), T(test_invalid_bytes))
