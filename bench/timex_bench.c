/* timex_bench.c: throughput of the temporal tagger alone and with the text
 * layer, on one core (CPU time):
 *
 *   cc -std=c11 -D_GNU_SOURCE -O2 -Iinclude -Isrc -o build/timex_bench bench/timex_bench.c \
 *      build/libfrise.a -lutf8proc -lstemmer -lm -lpthread
 *   build/timex_bench ARTICLES.jsonl...   (e.g. the seven articles.jsonl files of
 *                                          ../shared/corpora/t17-dev and mlcrisis-fr-dev)
 *
 * Documents are read first (not timed), then the text layer runs once and the
 * tagger three times; MB are bytes of normalised text. */
#include "frise/reader.h"
#include "frise/text.h"
#include "frise/timex.h"
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

typedef struct {
  frise_doc **docs;
  size_t n, cap, bytes;
} corpus;

static int keep(frise_doc *d, void *user) {
  corpus *c = user;
  if (c->n == c->cap) {
    c->cap = c->cap ? c->cap * 2 : 1024;
    frise_doc **grown = realloc(c->docs, c->cap * sizeof *c->docs);
    if (!grown) abort();
    c->docs = grown;
  }
  c->docs[c->n++] = d;
  c->bytes += d->len;
  return 0;
}

static double cpu_seconds(void) {
  struct timespec t;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: timex_bench PATH...\n");
    return 2;
  }
  frise_diag diag;
  frise_diag_init(&diag, stderr);
  diag.quiet = 1;
  frise_read_opts o;
  frise_read_opts_init(&o, &diag);
  corpus c = {0};
  frise_read_paths(&o, (const char *const *)argv + 1, (size_t)argc - 1, keep, &c);
  double t0 = cpu_seconds();
  for (size_t k = 0; k < c.n; k++) frise_text_prepare(c.docs[k]);
  double t1 = cpu_seconds();
  size_t timexes = 0;
  for (int rep = 0; rep < 3; rep++)
    for (size_t k = 0; k < c.n; k++) {
      frise_timex_annotate(c.docs[k]);
      timexes += c.docs[k]->n_timexes;
    }
  double t2 = cpu_seconds(), mb = (double)c.bytes / 1e6, text = t1 - t0, tag = (t2 - t1) / 3;
  printf("docs=%zu text_MB=%.1f text_layer_MB/s=%.1f tagger_MB/s=%.1f both_MB/s=%.1f timexes=%zu\n",
         c.n, mb, mb / text, mb / tag, mb / (text + tag), timexes / 3);
  for (size_t k = 0; k < c.n; k++) frise_doc_free(c.docs[k]);
  free(c.docs);
  return 0;
}
