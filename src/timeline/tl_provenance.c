/* tl_provenance.c: what a timeline entry cites. Each summary sentence gets
 * its document, sentence index, byte span in the original text (after any
 * dateline), neighbouring sentences and the other articles carrying the same
 * sentence (wire copies); the timeline copies every string it shows and
 * lists only the documents it cites. */
#include <string.h>
#include "tl_internal.h"

static size_t map_doc(const tl_run *r, frise_timeline *t, uint32_t *doc_map, uint32_t doc) {
  if (doc_map[doc] != UINT32_MAX) return doc_map[doc];
  const tl_doc *d = &r->ix->docs[doc];
  frise_arena *a = t->arena;
  t->docs = frise_arena_grow(a, t->docs, t->n_docs, t->n_docs + 1, sizeof *t->docs);
  frise_tl_doc *td = &t->docs[t->n_docs];
  td->id = frise_arena_strdup(a, d->id);
  td->title = d->title ? frise_arena_strdup(a, d->title) : NULL;
  td->url = d->url ? frise_arena_strdup(a, d->url) : NULL;
  td->publisher = d->publisher ? frise_arena_strdup(a, d->publisher) : NULL;
  td->dct = d->dct;
  td->lang = d->lang ? frise_arena_strdup(a, d->lang) : NULL;
  doc_map[doc] = (uint32_t)t->n_docs;
  return t->n_docs++;
}

/* Wire copies: other articles' candidates saying nearly the same thing. */
static void fill_also(const tl_run *r, frise_timeline *t, uint32_t *doc_map, const tl_cands *c,
                      uint32_t s, frise_tl_sentence *out) {
  size_t also[TL_MAX_ALSO], n = 0;
  uint32_t doc = r->ix->sents[s].doc;
  for (size_t i = 0; i < c->n && n < TL_MAX_ALSO; i++) {
    uint32_t o = c->sent[i], odoc = r->ix->sents[o].doc;
    if (odoc == doc || tl_sent_cos(r->ix, s, o) < r->p.wire) continue;
    size_t m = map_doc(r, t, doc_map, odoc);
    int dup = 0;
    for (size_t k = 0; k < n; k++) dup |= also[k] == m;
    if (!dup) also[n++] = m;
  }
  out->n_also = n;
  out->also = n ? frise_arena_alloc(t->arena, n * sizeof *out->also) : NULL;
  if (n) memcpy(out->also, also, n * sizeof *also);
}

static void fill_sentence(const tl_run *r, frise_timeline *t, uint32_t *doc_map, const tl_cands *c,
                          uint32_t s, frise_tl_sentence *out) {
  const frise_tl_index *ix = r->ix;
  const tl_sent *ts = &ix->sents[s];
  out->doc = map_doc(r, t, doc_map, ts->doc);
  out->sentence = ts->sent;
  out->text = tl_sent_text(ix, t->arena, s, 1);
  out->said = ts->said_end > ts->show_end
                  ? frise_arena_strndup(t->arena, ix->docs[ts->doc].text + ts->show_end, ts->said_end - ts->show_end)
                  : NULL;
  out->start = ts->raw_start, out->end = ts->raw_end;
  /* neighbours: the document's sentences are consecutive in the index */
  out->context_before = ts->sent > 0 ? tl_sent_text(ix, t->arena, s - 1, 0) : NULL;
  out->context_after = s + 1 < ix->doc_first[ts->doc + 1] ? tl_sent_text(ix, t->arena, s + 1, 0) : NULL;
  fill_also(r, t, doc_map, c, s, out);
}

static void fill_sources(frise_timeline *t, frise_tl_entry *e) {
  size_t cap = 0;
  for (size_t i = 0; i < e->n_summary; i++) cap += 1 + e->summary[i].n_also;
  e->sources = frise_arena_alloc(t->arena, (cap + 1) * sizeof *e->sources);
  e->n_sources = 0;
  for (size_t i = 0; i < e->n_summary; i++)
    for (size_t j = 0; j <= e->summary[i].n_also; j++) {
      size_t doc = j == 0 ? e->summary[i].doc : e->summary[i].also[j - 1];
      int dup = 0;
      for (size_t k = 0; k < e->n_sources; k++) dup |= e->sources[k] == doc;
      if (!dup) e->sources[e->n_sources++] = doc;
    }
}

void tl_fill_entry(const tl_run *r, frise_timeline *t, uint32_t *doc_map, const tl_cands *c,
                   frise_tl_entry *e, const uint32_t *picked, size_t n) {
  e->summary = frise_arena_calloc(t->arena, n, sizeof *e->summary);
  e->n_summary = n;
  for (size_t j = 0; j < n; j++) fill_sentence(r, t, doc_map, c, picked[j], &e->summary[j]);
  fill_sources(t, e);
}
