/* frise_bench.c: throughput of one pipeline stage over the given inputs.
 *
 *   frise_bench read|text|annotate PATH...
 *
 * read:     the readers only (files, UTF-8 check, JSON, normalised text);
 * text:     read + the text layer (tokens, language, sentences, roles);
 * annotate: read + frise_annotate + the JSON Lines writer (into a buffer
 *           that is thrown away, so output I/O is not measured).
 * digest:   read + text layer, then one line per document with a hash of its
 *           text, offset map, tokens, sentences and language: run it before
 *           and after a speed change to prove the output did not change.
 * A separate binary rather than a CLI option: the CLI stays what users need,
 * and the stages are timed in one process without output costs. Prints one
 * line: documents, input MB (file bytes), seconds, MB/s, peak RSS. */
#include "frise/annotate.h"
#include "frise/reader.h"
#include "frise/text.h"
#include <ftw.h>
#include <malloc.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>

typedef enum { STAGE_READ, STAGE_TEXT, STAGE_ANNOTATE, STAGE_DIGEST } stage;
typedef struct {
  stage st;
  long docs;
  size_t body, sentences, tokens, timexes;
  frise_buf out;
} bench;

static uint64_t fnv(uint64_t h, const void *p, size_t n) {
  const unsigned char *u = p;
  for (size_t i = 0; i < n; i++) h = (h ^ u[i]) * 1099511628211u;
  return h;
}

static void digest(const frise_doc *d) {
  uint64_t h = fnv(1469598103934665603u, d->text, d->len);
  h = fnv(h, d->text_to_raw, (d->len + 1) * sizeof *d->text_to_raw);
  for (size_t k = 0; k < d->n_tokens; k++) {
    const frise_token *t = &d->tokens[k];
    uint32_t v[4] = {t->start, t->end, t->kind, t->flags};
    h = fnv(h, v, sizeof v);
  }
  for (size_t k = 0; k < d->n_sentences; k++) {
    const frise_sentence *s = &d->sentences[k];
    uint32_t v[6] = {s->start, s->end, s->tok_first, s->tok_count, s->paragraph, s->flags};
    h = fnv(h, v, sizeof v);
  }
  printf("%s %s %zu %zu %zu %016llx\n", d->id, d->lang, d->len, d->n_tokens, d->n_sentences,
         (unsigned long long)fnv(h, d->lang, strlen(d->lang)));
}

static int on_doc(frise_doc *d, void *user) {
  bench *b = user;
  b->docs++;
  b->body += d->raw_len;
  if (b->st == STAGE_TEXT || b->st == STAGE_DIGEST) frise_text_prepare(d);
  if (b->st == STAGE_DIGEST) digest(d);
  else if (b->st == STAGE_ANNOTATE) {
    frise_annotate(d);
    frise_buf_clear(&b->out);
    frise_write_jsonl(d, &b->out);
  }
  b->sentences += d->n_sentences;
  b->tokens += d->n_tokens;
  b->timexes += d->n_timexes;
  frise_doc_free(d);
  return 0;
}

static size_t total_bytes;
static int add_size(const char *path, const struct stat *st, int flag, struct FTW *f) {
  (void)path, (void)f;
  if (flag == FTW_F && S_ISREG(st->st_mode)) total_bytes += (size_t)st->st_size;
  return 0;
}

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int main(int argc, char **argv) {
  if (argc < 3) {
    fprintf(stderr, "usage: frise_bench read|text|annotate|digest PATH...\n");
    return 2;
  }
  bench b = {0};
  if (strcmp(argv[1], "read") == 0) b.st = STAGE_READ;
  else if (strcmp(argv[1], "text") == 0) b.st = STAGE_TEXT;
  else if (strcmp(argv[1], "annotate") == 0) b.st = STAGE_ANNOTATE;
  else if (strcmp(argv[1], "digest") == 0) b.st = STAGE_DIGEST;
  else {
    fprintf(stderr, "frise_bench: unknown stage '%s'\n", argv[1]);
    return 2;
  }
  /* The same allocator policy as the frise program (src/cli/main.c). */
  mallopt(M_MMAP_THRESHOLD, 64 << 20);
  mallopt(M_TRIM_THRESHOLD, 128 << 20);
  for (int k = 2; k < argc; k++) nftw(argv[k], add_size, 16, FTW_PHYS);
  frise_buf_init(&b.out);
  frise_diag diag;
  frise_diag_init(&diag, stderr);
  diag.quiet = 1;
  frise_read_opts o;
  frise_read_opts_init(&o, &diag);
  double t0 = now();
  frise_read_paths(&o, (const char *const *)argv + 2, (size_t)(argc - 2), on_doc, &b);
  double secs = now() - t0;
  frise_buf_free(&b.out);
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  double mb = (double)total_bytes / 1e6;
  double cpu = (double)ru.ru_utime.tv_sec + (double)ru.ru_utime.tv_usec / 1e6 +
               (double)ru.ru_stime.tv_sec + (double)ru.ru_stime.tv_usec / 1e6;
  if (b.st == STAGE_DIGEST) return 0;
  printf("stage=%s docs=%ld input_MB=%.1f body_MB=%.1f wall_s=%.2f cpu_s=%.2f MB/s_wall=%.1f "
         "MB/s_cpu=%.1f peak_RSS_MB=%.1f sentences=%zu tokens=%zu timexes=%zu rejected=%ld\n",
         argv[1], b.docs, mb, (double)b.body / 1e6, secs, cpu, secs > 0 ? mb / secs : 0.0,
         cpu > 0 ? mb / cpu : 0.0,
         (double)ru.ru_maxrss / 1024.0, b.sentences, b.tokens, b.timexes, diag.rejected);
  return 0;
}
