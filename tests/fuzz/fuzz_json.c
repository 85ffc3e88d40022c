/* fuzz_json.c: libFuzzer target: the JSON parser, and the string writer on
 * every string it decodes (the output must parse back to the same bytes). */
#include "frise/json.h"
#include <stdint.h>
#include <string.h>

static void walk(const frise_json *v, frise_buf *b, frise_arena *a, int depth) {
  if (!v || depth > 100) return;
  if (v->type == FRISE_JSTR) {
    if (strlen(v->str) != v->len) __builtin_trap(); /* decoded strings are NUL-free */
    frise_buf_clear(b);
    frise_json_str(b, v->str, v->len);
    frise_json *back = frise_json_parse(a, b->data, b->len, NULL, NULL);
    if (!back || back->type != FRISE_JSTR || back->len != v->len || memcmp(back->str, v->str, v->len))
      __builtin_trap();
  }
  if (v->type == FRISE_JARR || v->type == FRISE_JOBJ)
    for (size_t k = 0; k < v->len; k++) walk(v->items[k], b, a, depth + 1);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  frise_arena *a = frise_arena_new(4096);
  size_t off = 0;
  const char *msg = NULL;
  frise_json *v = frise_json_parse(a, (const char *)data, size, &off, &msg);
  if (!v && (off > size || !msg)) __builtin_trap();
  frise_buf b;
  frise_buf_init(&b);
  walk(v, &b, a, 0);
  frise_buf_free(&b);
  frise_arena_free(a);
  return 0;
}
