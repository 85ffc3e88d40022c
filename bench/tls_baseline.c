/* tls_baseline.c: a trivial timeline summariser to check that the TILSE
 * scorer gives plausible figures. For each gold timeline of a topic it
 * picks as many days as the gold has: the busiest publication days within
 * the gold's first and last date; for each, the first k sentences of the
 * day's first article (k: the gold's mean sentences per day, rounded).
 * With --oracle-dates it takes the gold's own days instead (an upper bound
 * for date selection), each summarised by the first article published that
 * day, or on the nearest publication day when there is none.
 * Writes one frise JSON timeline per gold timeline into OUT_DIR, named as
 * `frise eval timeline` expects.
 *   usage: tls_baseline [--oracle-dates] TOPIC_DIR OUT_DIR   (TOPIC_DIR holds
 *          articles.jsonl and timelines.jsonl, as in ../shared/corpora/t17-dev/bpoil) */
#include "frise/frise.h"
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_SENTS 8

typedef struct {
  int64_t day;
  size_t order;
  char *sents[MAX_SENTS];
  size_t n_sents;
} article;

typedef struct {
  article *v;
  size_t n, cap;
} articles;

static int keep(frise_doc *d, void *user) {
  articles *a = user;
  if (d->dct.prec >= FRISE_PREC_DAY) {
    frise_text_prepare(d);
    if (a->n == a->cap) {
      a->cap = a->cap ? a->cap * 2 : 256;
      a->v = realloc(a->v, a->cap * sizeof *a->v);
      if (!a->v) abort();
    }
    article *x = &a->v[a->n];
    memset(x, 0, sizeof *x);
    x->day = frise_days_from_civil(d->dct.year, d->dct.month, d->dct.day);
    x->order = a->n++;
    for (size_t k = 0; k < d->n_sentences && x->n_sents < MAX_SENTS; k++) {
      const frise_sentence *s = &d->sentences[k];
      if (s->end > s->start) x->sents[x->n_sents++] = strndup(d->text + s->start, s->end - s->start);
    }
  }
  frise_doc_free(d);
  return 0;
}

typedef struct {
  int64_t day;
  size_t count, first; /* articles that day; index of the first one */
} day_count;

static int by_count(const void *a, const void *b) {
  const day_count *x = a, *y = b;
  if (x->count != y->count) return x->count > y->count ? -1 : 1;
  return (x->day > y->day) - (x->day < y->day);
}

static int by_day(const void *a, const void *b) {
  const day_count *x = a, *y = b;
  return (x->day > y->day) - (x->day < y->day);
}

/* The gold's own days, each with the first article of that day or of the
 * nearest publication day (the earlier one on a tie). */
static size_t oracle_days(const articles *a, const frise_tle_timeline *g, day_count *days) {
  size_t nd = 0;
  for (size_t d = 0; d < g->n_dates && a->n; d++) {
    int64_t want = g->dates[d].day, best_gap = INT64_MAX;
    size_t best = 0;
    for (size_t i = 0; i < a->n; i++) {
      int64_t gap = a->v[i].day > want ? a->v[i].day - want : want - a->v[i].day;
      if (gap < best_gap) best_gap = gap, best = i;
    }
    days[nd++] = (day_count){want, 1, best};
  }
  return nd;
}

static int oracle;

static void write_timeline(const articles *a, const frise_tle_timeline *g, const char *out_dir) {
  size_t l = g->n_dates, total = 0;
  if (!l) return;
  for (size_t d = 0; d < l; d++) total += g->dates[d].n_sents;
  size_t k = (size_t)lround((double)total / (double)l);
  if (k < 1) k = 1;
  int64_t lo = g->dates[0].day, hi = g->dates[l - 1].day;
  day_count *days = calloc(a->n + l + 1, sizeof *days);
  size_t nd = 0;
  for (size_t i = 0; i < a->n && !oracle; i++) { /* articles are in day order */
    if (a->v[i].day < lo || a->v[i].day > hi) continue;
    if (nd && days[nd - 1].day == a->v[i].day) days[nd - 1].count++;
    else days[nd++] = (day_count){a->v[i].day, 1, i};
  }
  if (oracle) nd = oracle_days(a, g, days);
  qsort(days, nd, sizeof *days, by_count);
  if (nd > l) nd = l;
  qsort(days, nd, sizeof *days, by_day);
  frise_buf b;
  frise_buf_init(&b);
  frise_buf_puts(&b, "{\"timeline\": [");
  for (size_t d = 0; d < nd; d++) {
    int y, m, dd;
    frise_civil_from_days(days[d].day, &y, &m, &dd);
    frise_buf_printf(&b, "%s{\"date\": \"%04d-%02d-%02d\", \"granularity\": \"day\", \"summary\": [",
                     d ? ", " : "", y, m, dd);
    const article *x = &a->v[days[d].first];
    for (size_t s = 0; s < x->n_sents && s < k; s++) {
      frise_buf_puts(&b, s ? ", {\"text\": " : "{\"text\": ");
      frise_json_cstr(&b, x->sents[s]);
      frise_buf_putc(&b, '}');
    }
    frise_buf_puts(&b, "]}");
  }
  frise_buf_puts(&b, "], \"documents\": []}\n");
  char name[1024], path[2048];
  frise_tle_sys_name(g->name, name, sizeof name);
  snprintf(path, sizeof path, "%s/%s", out_dir, name);
  FILE *f = fopen(path, "wb");
  if (!f || fwrite(b.data, 1, b.len, f) != b.len) fprintf(stderr, "tls_baseline: cannot write %s\n", path);
  if (f) fclose(f);
  frise_buf_free(&b);
  free(days);
}

static int by_article_day(const void *a, const void *b) {
  const article *x = a, *y = b;
  if (x->day != y->day) return x->day < y->day ? -1 : 1;
  return (x->order > y->order) - (x->order < y->order);
}

int main(int argc, char **argv) {
  if (argc == 4 && strcmp(argv[1], "--oracle-dates") == 0) {
    oracle = 1;
    argv++, argc--;
  }
  if (argc != 3) {
    fprintf(stderr, "usage: tls_baseline [--oracle-dates] TOPIC_DIR OUT_DIR\n");
    return 2;
  }
  char arts[2048], tls[2048];
  snprintf(arts, sizeof arts, "%s/articles.jsonl", argv[1]);
  snprintf(tls, sizeof tls, "%s/timelines.jsonl", argv[1]);
  frise_diag diag;
  frise_diag_init(&diag, stderr);
  diag.quiet = 1;
  frise_read_opts o;
  frise_read_opts_init(&o, &diag);
  articles a = {0};
  const char *paths[] = {arts};
  frise_read_paths(&o, paths, 1, keep, &a);
  qsort(a.v, a.n, sizeof *a.v, by_article_day);
  frise_tle_file *gold = frise_tle_file_read(tls, &diag);
  for (size_t t = 0; gold && t < gold->n; t++) write_timeline(&a, &gold->timelines[t], argv[2]);
  frise_tle_file_free(gold);
  for (size_t i = 0; i < a.n; i++)
    for (size_t s = 0; s < a.v[i].n_sents; s++) free(a.v[i].sents[s]);
  free(a.v);
  return gold ? 0 : 1;
}
