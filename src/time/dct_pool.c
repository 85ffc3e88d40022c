/* dct_pool.c: documents without a date wait for the rest of their collection.
 * Dated documents leave a compact stub (id, date, full dates named) in a ring
 * of the most recent MAX_STUBS, so memory stays bounded on endless streams;
 * stubs become small documents only when there is something to date. */
#include "frise/dct_pool.h"
#include "frise/timex.h"
#include <stdlib.h>
#include <string.h>

#define MAX_STUBS 50000
#define STUB_DATES 16 /* full dates kept per stub: enough to recognise a shared event */

typedef struct {
  char *id;
  frise_date dct;
  frise_dct_source source;
  int n_dates;
  char dates[STUB_DATES][11]; /* "2022-02-24" or "XXXX-02-24" */
} stub;

typedef struct {
  frise_doc **docs;
  size_t n, cap;
} doc_list;

struct frise_dct_pool {
  doc_list held;
  stub *ring;       /* MAX_STUBS slots, allocated on first use */
  size_t n_stubs, next;
  size_t max_held;
};

static void push(doc_list *l, frise_doc *d) {
  if (l->n == l->cap) {
    l->cap = l->cap ? l->cap * 2 : 64;
    frise_doc **p = realloc(l->docs, l->cap * sizeof *p);
    if (!p) abort();
    l->docs = p;
  }
  l->docs[l->n++] = d;
}

frise_dct_pool *frise_dct_pool_new(size_t max_held) {
  frise_dct_pool *p = calloc(1, sizeof *p);
  if (p) p->max_held = max_held;
  return p;
}

static void free_stubs(frise_dct_pool *p) {
  for (size_t i = 0; i < p->n_stubs; i++) free(p->ring[i].id);
  free(p->ring);
  p->ring = NULL;
  p->n_stubs = p->next = 0;
}

void frise_dct_pool_free(frise_dct_pool *p) {
  if (!p) return;
  for (size_t i = 0; i < p->held.n; i++) frise_doc_free(p->held.docs[i]);
  free(p->held.docs);
  free_stubs(p);
  free(p);
}

static void add_stub(frise_dct_pool *p, const frise_doc *d) {
  if (!p->ring && !(p->ring = calloc(MAX_STUBS, sizeof *p->ring))) abort();
  stub *s = &p->ring[p->next];
  if (p->n_stubs == MAX_STUBS) free(s->id); /* the oldest makes room */
  else p->n_stubs++;
  p->next = (p->next + 1) % MAX_STUBS;
  s->id = strdup(d->id ? d->id : "");
  if (!s->id) abort();
  s->dct = d->dct, s->source = d->dct_source, s->n_dates = 0;
  for (size_t k = 0; k < d->n_timexes && s->n_dates < STUB_DATES; k++)
    if (strlen(d->timexes[k].value) == 10) memcpy(s->dates[s->n_dates++], d->timexes[k].value, 11);
}

int frise_dct_pool_offer(frise_dct_pool *p, frise_doc *d) {
  if (d->dct.prec >= FRISE_PREC_MONTH) {
    if (d->dct_source != FRISE_DCT_INFERRED) add_stub(p, d);
    return 0;
  }
  if (p->held.n >= p->max_held) return 0;
  push(&p->held, d);
  return 1;
}

/* What frise_timex_infer_collection reads of a dated document. */
static frise_doc *stub_doc(const stub *s) {
  frise_doc *d = frise_doc_new_sized(1024);
  d->id = frise_doc_strdup(d, s->id);
  d->dct = s->dct, d->dct_source = s->source;
  d->timexes = frise_arena_calloc(d->arena, STUB_DATES, sizeof *d->timexes);
  for (int k = 0; k < s->n_dates; k++) memcpy(d->timexes[d->n_timexes++].value, s->dates[k], 11);
  return d;
}

int frise_dct_pool_flush(frise_dct_pool *p, frise_doc_sink sink, void *user) {
  if (p->held.n) {
    doc_list all = {0};
    for (size_t i = 0; i < p->n_stubs; i++) push(&all, stub_doc(&p->ring[i]));
    size_t n_stub_docs = all.n;
    for (size_t i = 0; i < p->held.n; i++) push(&all, p->held.docs[i]);
    frise_timex_infer_collection(all.docs, all.n);
    for (size_t i = 0; i < n_stub_docs; i++) frise_doc_free(all.docs[i]);
    free(all.docs);
  }
  free_stubs(p);
  int rc = 0;
  size_t i = 0;
  for (; i < p->held.n && !rc; i++) rc = sink(p->held.docs[i], user);
  for (; i < p->held.n; i++) frise_doc_free(p->held.docs[i]);
  free(p->held.docs);
  memset(&p->held, 0, sizeof p->held);
  return rc;
}
