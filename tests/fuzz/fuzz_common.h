/* fuzz_common.h: what every reader fuzz target shares: reader options whose
 * diagnostics go nowhere, and a sink that runs the whole per-document
 * pipeline and both writers on each document, so the fuzzer reaches the text
 * layer, the annotators and the output code through every reader. */
#ifndef FRISE_FUZZ_COMMON_H
#define FRISE_FUZZ_COMMON_H
#include "frise/annotate.h"
#include "frise/arena.h"
#include "frise/reader.h"
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static frise_buf fuzz_out;

static int fuzz_sink(frise_doc *d, void *user) {
  (void)user;
  frise_annotate(d);
  frise_buf_clear(&fuzz_out);
  frise_write_jsonl(d, &fuzz_out);
  /* The TimeML written must give back the document's text, timex for timex:
   * `frise eval timex` relies on it to line system files up with gold ones. */
  frise_buf_clear(&fuzz_out);
  frise_write_timeml(d, &fuzz_out);
  frise_arena *a = frise_arena_new(4096);
  frise_tml t;
  const char *err;
  if (frise_tml_parse(a, fuzz_out.data, fuzz_out.len, &t, &err) != 0) __builtin_trap();
  if (t.text_len != d->raw_len || memcmp(t.text, d->raw, d->raw_len) != 0) __builtin_trap();
  if (t.n_timexes > d->n_timexes) __builtin_trap();
  frise_arena_free(a);
  /* The spans must stay inside the text: a cheap invariant check. */
  for (size_t k = 0; k < d->n_sentences; k++)
    if (d->sentences[k].start > d->sentences[k].end || d->sentences[k].end > d->len) __builtin_trap();
  for (size_t k = 0; k < d->n_tokens; k++)
    if (d->tokens[k].start >= d->tokens[k].end || d->tokens[k].end > d->len) __builtin_trap();
  for (size_t k = 0; k < d->n_timexes; k++)
    if (d->timexes[k].start > d->timexes[k].end || d->timexes[k].end > d->len) __builtin_trap();
  frise_doc_free(d);
  return 0;
}

/* Reads data as if it were the file `name`. */
static int fuzz_read(const char *name, const uint8_t *data, size_t size) {
  static FILE *devnull;
  if (!devnull) devnull = fopen("/dev/null", "w");
  frise_diag diag;
  frise_diag_init(&diag, devnull);
  frise_read_opts o;
  frise_read_opts_init(&o, &diag);
  o.max_doc_bytes = 1 << 20;
  frise_read_memory(&o, name, NULL, (const char *)data, size, fuzz_sink, NULL);
  frise_buf_free(&fuzz_out);
  return 0;
}

#endif
