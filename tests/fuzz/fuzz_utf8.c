/* fuzz_utf8.c: libFuzzer target: the UTF-8 and text functions on raw bytes,
 * which the readers never hand them (they repair UTF-8 first): validate and
 * repair, lower-case and fold within their documented 2n+1 bytes, the
 * normaliser's output (valid UTF-8, map inside the input), Snowball stemming,
 * and the text layer on a body set without a reader. */
#include "frise/text.h"
#include "frise/utf8.h"
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const char *s = (const char *)data;
  if (size > 1 << 16) return 0;
  frise_buf b;
  frise_buf_init(&b);
  size_t bad = frise_utf8_validate(s, size);
  size_t count = frise_utf8_repair(s, size, &b);
  if ((bad == size) != (count == 0)) __builtin_trap();
  if (frise_utf8_validate(b.data ? b.data : "", b.len) != b.len) __builtin_trap();

  char *out = malloc(2 * size + 1);
  if (!out) return 0;
  if (frise_utf8_lower(s, size, out) > 2 * size) __builtin_trap();
  if (frise_utf8_fold(s, size, out) > 2 * size) __builtin_trap();
  free(out);

  frise_buf_clear(&b);
  uint32_t *map = NULL;
  size_t cap = 0;
  frise_text_normalise(s, size, &b, &map, &cap);
  if (frise_utf8_validate(b.data ? b.data : "", b.len) != b.len) __builtin_trap();
  for (size_t k = 0; k < b.len; k++)
    if (map[k] >= size || (k && map[k] < map[k - 1])) __builtin_trap();
  free(map);
  frise_buf_free(&b);

  static frise_stemmer *st;
  if (!st) st = frise_stemmer_new(size && (data[0] & 1) ? "en" : "fr");
  size_t len;
  if (st && !frise_stemmer_stem(st, s, size, &len)) __builtin_trap();

  frise_doc *d = frise_doc_new();
  frise_doc_set_body(d, s, size);
  frise_text_prepare(d);
  frise_doc_free(d);
  return 0;
}
