/* dct_pool.c: documents without a date wait for the rest of their collection. */
#include "frise/dct_pool.h"
#include "frise/timex.h"
#include <stdlib.h>
#include <string.h>

typedef struct {
  frise_doc **docs;
  size_t n, cap;
} doc_list;

struct frise_dct_pool {
  doc_list held, stubs;
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

static void drop_all(doc_list *l) {
  for (size_t i = 0; i < l->n; i++) frise_doc_free(l->docs[i]);
  free(l->docs);
  memset(l, 0, sizeof *l);
}

frise_dct_pool *frise_dct_pool_new(size_t max_held) {
  frise_dct_pool *p = calloc(1, sizeof *p);
  if (p) p->max_held = max_held;
  return p;
}

void frise_dct_pool_free(frise_dct_pool *p) {
  if (!p) return;
  drop_all(&p->held);
  drop_all(&p->stubs);
  free(p);
}

/* What frise_timex_infer_collection reads of a dated document. */
static frise_doc *date_stub(const frise_doc *d) {
  frise_doc *s = frise_doc_new();
  s->id = frise_doc_strdup(s, d->id);
  s->dct = d->dct, s->dct_source = d->dct_source;
  s->timexes = frise_arena_calloc(s->arena, d->n_timexes ? d->n_timexes : 1, sizeof *s->timexes);
  for (size_t k = 0; k < d->n_timexes; k++)
    if (strlen(d->timexes[k].value) == 10) s->timexes[s->n_timexes++] = d->timexes[k];
  return s;
}

int frise_dct_pool_offer(frise_dct_pool *p, frise_doc *d) {
  if (d->dct.prec >= FRISE_PREC_MONTH) {
    if (d->dct_source != FRISE_DCT_INFERRED) push(&p->stubs, date_stub(d));
    return 0;
  }
  if (p->held.n >= p->max_held) return 0;
  push(&p->held, d);
  return 1;
}

int frise_dct_pool_flush(frise_dct_pool *p, frise_doc_sink sink, void *user) {
  if (p->held.n) {
    doc_list all = {0};
    for (size_t i = 0; i < p->stubs.n; i++) push(&all, p->stubs.docs[i]);
    for (size_t i = 0; i < p->held.n; i++) push(&all, p->held.docs[i]);
    frise_timex_infer_collection(all.docs, all.n);
    free(all.docs);
  }
  int rc = 0;
  size_t i = 0;
  for (; i < p->held.n && !rc; i++) rc = sink(p->held.docs[i], user);
  for (; i < p->held.n; i++) frise_doc_free(p->held.docs[i]);
  free(p->held.docs);
  memset(&p->held, 0, sizeof p->held);
  drop_all(&p->stubs);
  return rc;
}
