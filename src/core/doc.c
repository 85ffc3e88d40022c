/* doc.c: document lifetime and the text/raw offset map. */
#include "frise/doc.h"
#include "frise/buf.h"
#include "frise/text.h"
#include <stdlib.h>
#include <string.h>

frise_doc *frise_doc_new(void) { return frise_doc_new_sized(16384); }

frise_doc *frise_doc_new_sized(size_t first_block) {
  frise_arena *a = frise_arena_new(first_block);
  if (!a) return NULL;
  frise_doc *d = frise_arena_calloc(a, 1, sizeof *d);
  d->arena = a;
  d->text = "";
  return d;
}

void frise_doc_free(frise_doc *d) {
  if (d) frise_arena_free(d->arena);
}

const char *frise_doc_strdup(frise_doc *d, const char *s) { return frise_arena_strdup(d->arena, s); }

void frise_doc_set_body(frise_doc *d, const char *body, size_t n) {
  d->raw = frise_arena_strndup(d->arena, body, n);
  d->raw_len = n;
  frise_buf out;
  frise_buf_init(&out);
  uint32_t *map = NULL;
  size_t map_cap = 0;
  frise_text_normalise(d->raw, n, &out, &map, &map_cap);
  d->text = frise_arena_strndup(d->arena, out.data ? out.data : "", out.len);
  d->len = out.len;
  d->text_to_raw = frise_arena_alloc(d->arena, (out.len + 1) * sizeof *d->text_to_raw);
  if (out.len) memcpy(d->text_to_raw, map, out.len * sizeof *map);
  d->text_to_raw[out.len] = (uint32_t)n;
  free(map);
  frise_buf_free(&out);
}

frise_span frise_doc_raw_span(const frise_doc *d, frise_span s) {
  frise_span r = {0, 0};
  if (!d->text_to_raw || s.start > d->len || s.end > d->len) return r;
  r.start = d->text_to_raw[s.start];
  /* end maps past the last source byte of the span's last character */
  r.end = s.end < d->len ? d->text_to_raw[s.end] : (uint32_t)d->raw_len;
  if (r.end < r.start) r.end = r.start;
  return r;
}

size_t frise_doc_sentence_at(const frise_doc *d, uint32_t off) {
  size_t lo = 0, hi = d->n_sentences;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (d->sentences[mid].end <= off) lo = mid + 1;
    else hi = mid;
  }
  if (lo < d->n_sentences && d->sentences[lo].start <= off) return lo;
  return d->n_sentences;
}
