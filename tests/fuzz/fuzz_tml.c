/* fuzz_tml.c: libFuzzer target: the TimeML reader and the whole pipeline, then
 * the TimeML parser and the timex scorer on the same input (scored against
 * itself: every count must agree, a check on the matcher). */
#include "fuzz_common.h"
#include "frise/arena.h"
#include "frise/eval_timex.h"

/* Checks an error report: context and span inside the document's text. */
static const frise_tml *current;
static void on_err(const frise_txerr *e, void *user) {
  (void)user;
  const frise_txerr_side *x = e->gold ? e->gold : e->sys;
  const char *lo = current->text, *hi = current->text + current->text_len;
  if (x->before < lo || x->before + x->before_len != x->text || x->text + x->len != x->after ||
      x->after + x->after_len > hi || x->start > x->end)
    __builtin_trap();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  fuzz_read("fuzz.tml", data, size);
  frise_arena *a = frise_arena_new(4096);
  frise_tml t;
  const char *err;
  if (frise_tml_parse(a, (const char *)data, size, &t, &err) == 0) {
    frise_timex_counts c = {0};
    frise_timex_eval_doc(&t, &t, "fuzz", &c, NULL, NULL);
    if (c.strict != c.gold || c.relaxed != c.gold || c.value_ok != c.gold) __builtin_trap();
    current = &t; /* every gold timex a miss, every one reported with its context */
    frise_timex_counts none = {0};
    frise_timex_eval_doc(&t, NULL, "fuzz", &none, on_err, NULL);
    if (none.relaxed || none.gold != c.gold) __builtin_trap();
  }
  frise_arena_free(a);
  return 0;
}
