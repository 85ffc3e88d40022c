/* fuzz_timeline.c: reads the input as a JSON timeline and renders it in every
 * format; also detokenises the raw input. Traps when an output is not valid
 * UTF-8, when the json or timelinejs output does not parse back, or when
 * json -> timeline -> json is not stable. */
#include <stdint.h>
#include <string.h>
#include "frise/detok.h"
#include "frise/json.h"
#include "frise/timeline.h"
#include "frise/utf8.h"

static void check_json(const frise_buf *b) {
  frise_arena *a = frise_arena_new(b->len + 1024);
  size_t off;
  const char *msg;
  if (!frise_json_parse(a, b->data, b->len, &off, &msg)) __builtin_trap();
  frise_arena_free(a);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  frise_buf b;
  frise_buf_init(&b);
  frise_text_detokenise((const char *)data, size, "fr", &b);
  frise_buf_clear(&b);
  frise_text_detokenise((const char *)data, size, "en", &b);
  frise_buf_clear(&b);
  frise_timeline *t = frise_timeline_from_json((const char *)data, size, NULL, NULL);
  if (t) {
    for (const char *const *f = frise_timeline_formats; *f; f++) {
      frise_buf_clear(&b);
      if (frise_timeline_render(t, *f, &b) != 0) __builtin_trap();
      if (frise_utf8_validate(b.data, b.len) != b.len) __builtin_trap();
      if (!strcmp(*f, "json") || !strcmp(*f, "timelinejs")) check_json(&b);
    }
    frise_buf_clear(&b);
    frise_timeline_render(t, "json", &b);
    frise_timeline *again = frise_timeline_from_json(b.data, b.len, NULL, NULL);
    if (!again) __builtin_trap();
    frise_buf b2;
    frise_buf_init(&b2);
    frise_timeline_render(again, "json", &b2);
    if (b2.len != b.len || memcmp(b2.data, b.data, b.len) != 0) __builtin_trap();
    frise_buf_free(&b2);
    frise_timeline_free(again);
    frise_timeline_free(t);
  }
  frise_buf_free(&b);
  return 0;
}
