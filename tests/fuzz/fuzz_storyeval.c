/* fuzz_storyeval.c: libFuzzer target: the `id<TAB>label` reader and scorer of
 * `frise eval stories`. The input is split at its first 0xFE byte (or in the
 * middle) into GOLD and SYS; scores must stay in [0, 1], the intruders
 * reported must match their count, and GOLD against itself must be perfect. */
#include "frise/story_eval.h"
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static void count_intruder(const char *id, const char *gold, const char *sys, const char *maj,
                           void *ctx) {
  if (!id || !gold || !sys || !maj || strcmp(gold, maj) == 0) __builtin_trap();
  (*(size_t *)ctx)++;
}

static void check(const frise_story_scores *s) {
  const double v[] = {s->bcubed_p, s->bcubed_r, s->bcubed_f1, s->homogeneity, s->completeness,
                      s->v_measure};
  for (size_t i = 0; i < sizeof v / sizeof *v; i++)
    if (!(v[i] >= -1e-9 && v[i] <= 1 + 1e-9)) __builtin_trap();
  if (s->n_intruders > s->n_items || s->n_mixed > s->n_sys || s->missing > s->n_items)
    __builtin_trap();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static FILE *devnull;
  if (!devnull) devnull = fopen("/dev/null", "w");
  frise_diag diag;
  frise_diag_init(&diag, devnull ? devnull : stderr);
  diag.quiet = 1;
  const char *text = (const char *)data;
  const uint8_t *cut = memchr(data, 0xFE, size);
  size_t gold_len = cut ? (size_t)(cut - data) : size / 2;
  size_t sys_off = cut ? gold_len + 1 : gold_len;
  frise_story_scores s;
  size_t seen = 0;
  frise_story_eval_text(text, gold_len, text + sys_off, size - sys_off, &diag, &s, count_intruder,
                        &seen);
  check(&s);
  if (seen != s.n_intruders) __builtin_trap();
  frise_story_eval_text(text, gold_len, text, gold_len, &diag, &s, NULL, NULL);
  check(&s);
  if (s.n_items && (s.bcubed_p < 1 - 1e-9 || s.bcubed_r < 1 - 1e-9 || s.n_mixed || s.missing))
    __builtin_trap();
  return 0;
}
