/* fuzz_tlsum.c: libFuzzer target: a hostile JSON Lines collection streamed
 * through annotation into the timeline index, then timelines built with and
 * without constraints and rendered. Checks the builder's invariants: entries
 * in date order, sentence spans ordered, cited documents in range. */
#include "frise/annotate.h"
#include "frise/reader.h"
#include "frise/tlsum.h"
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static int index_sink(frise_doc *d, void *user) {
  frise_annotate_layers(d, FRISE_LAYER_TIMEX);  /* timelines need dates, not entities */
  frise_tl_index_add(user, d);
  frise_doc_free(d);
  return 0;
}

static void check(const frise_timeline *t) {
  for (size_t i = 0; i < t->n_entries; i++) {
    const frise_tl_entry *e = &t->entries[i];
    if (i && frise_date_cmp(&t->entries[i - 1].date, &e->date) > 0) __builtin_trap();
    for (size_t k = 0; k < e->n_summary; k++) {
      const frise_tl_sentence *s = &e->summary[k];
      if (s->start > s->end || s->doc >= t->n_docs || !s->text) __builtin_trap();
      for (size_t j = 0; j < s->n_also; j++)
        if (s->also[j] >= t->n_docs) __builtin_trap();
    }
    for (size_t k = 0; k < e->n_sources; k++)
      if (e->sources[k] >= t->n_docs) __builtin_trap();
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  FILE *null = fopen("/dev/null", "w");
  frise_diag diag;
  frise_diag_init(&diag, null);
  frise_read_opts o;
  frise_read_opts_init(&o, &diag);
  frise_tl_index *ix = frise_tl_index_new();
  frise_read_memory(&o, "fuzz.jsonl", "fuzz", (const char *)data, size, index_sink, ix);
  frise_tl_index_seal(ix);
  static const char *const query[] = {"pont", "bridge"};
  frise_tl_opts opts[3];
  for (int i = 0; i < 3; i++) frise_tl_opts_init(&opts[i]);
  opts[1].query = query, opts[1].n_query = 2, opts[1].n_dates = 4, opts[1].n_sentences = 2;
  opts[2].n_dates = 3, opts[2].days_only = 1;
  opts[2].from = (frise_date){2020, 1, 1, 0, 0, FRISE_PREC_DAY};
  opts[2].to = (frise_date){2026, 12, 31, 0, 0, FRISE_PREC_DAY};
  frise_buf out;
  frise_buf_init(&out);
  for (int i = 0; i < 3; i++) {
    frise_timeline *t = frise_tl_index_build(ix, &opts[i]);
    if (!t) __builtin_trap();
    check(t);
    frise_buf_clear(&out);
    frise_timeline_render(t, "json", &out);
    frise_timeline_free(t);
  }
  frise_buf_free(&out);
  frise_tl_index_free(ix);
  fclose(null);
  return 0;
}
