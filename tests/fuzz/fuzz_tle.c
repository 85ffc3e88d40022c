/* fuzz_tle.c: libFuzzer target: the timeline readers of `frise eval timeline`
 * (jsonl, frise JSON, as-shipped text) and the scorer on what they read: every
 * timeline against itself (must score 1 wherever it has n-grams, never above)
 * and against a fixed one, in ASCII and Unicode modes. */
#include "frise/eval_timeline.h"
#include <stdint.h>
#include <stdio.h>

static void check_range(const frise_tle_scores *s) {
  for (int m = 0; m < FRISE_TLE_N_METRICS; m++)
    for (int k = 0; k < 2; k++)
      if (!(s->rouge[m][k].p >= 0 && s->rouge[m][k].p <= 1 + 1e-9 && s->rouge[m][k].r >= 0 &&
            s->rouge[m][k].r <= 1 + 1e-9))
        __builtin_trap();
  if (s->date.p < 0 || s->date.p > 1 || s->date.r < 0 || s->date.r > 1) __builtin_trap();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static FILE *devnull;
  if (!devnull) devnull = fopen("/dev/null", "w");
  frise_diag d;
  frise_diag_init(&d, devnull);
  frise_tle_file *f = frise_tle_file_parse("fuzz", (const char *)data, size, &d);
  static const char fixed_txt[] = "2020-01-01\nthe river rose over the banks\n---\n2020-01-05\nrain fell\n---\n";
  frise_tle_file *fixed = frise_tle_file_parse("fixed.txt", fixed_txt, sizeof fixed_txt - 1, &d);
  for (int mode = 0; mode < 2 && f; mode++) {
    frise_tle_opts o = {mode ? FRISE_ROUGE_UNICODE : FRISE_ROUGE_ASCII, NULL};
    frise_tle_scorer *sc = frise_tle_scorer_new(&o);
    for (size_t t = 0; t < f->n; t++) {
      frise_tle_scores s;
      frise_tle_score(sc, &f->timelines[t], &f->timelines[t], &s);
      check_range(&s);
      if (f->timelines[t].n_dates && s.date.f != 1) __builtin_trap();
      frise_tle_score(sc, &f->timelines[t], &fixed->timelines[0], &s);
      check_range(&s);
      frise_tle_score(sc, &fixed->timelines[0], &f->timelines[t], &s);
      check_range(&s);
    }
    frise_tle_scorer_free(sc);
  }
  frise_tle_file_free(f);
  frise_tle_file_free(fixed);
  return 0;
}
