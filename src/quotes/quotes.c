/* quotes.c: the quotes annotator. Pairs quote marks (“ ” after
 * normalisation) into direct quotes, finds explicit indirect speech ("Peskov a
 * annoncé que ...") in sentences without quote marks, and attributes both
 * through src/quotes/attribution.c. Stores the layer in d->layers[1]. */
#include "frise/quotes.h"
#include "qt.h"
#include <stdlib.h>
#include <string.h>

#define OPEN "\xe2\x80\x9c"
#define CLOSE "\xe2\x80\x9d"

static frise_quote *push(qt_ctx *x) {
  if (x->n == x->cap) {
    size_t ncap = x->cap ? x->cap * 2 : 16;
    x->q = frise_arena_grow(x->d->arena, x->q, x->cap, ncap, sizeof *x->q);
    x->cap = ncap;
  }
  frise_quote *q = &x->q[x->n];
  memset(q, 0, sizeof *q);
  q->speaker = -1;
  return q;
}

/* 1 if tokens i and i+1 are the same mark glued: the `` '' quotes of
 * tokenised corpora (Penn Treebank style). */
static size_t doubled(const qt_ctx *x, size_t i, const char *mark) {
  return i + 1 < x->d->n_tokens && qt_is_mark(x, i, mark) && qt_is_mark(x, i + 1, mark) &&
         x->d->tokens[i].end == x->d->tokens[i + 1].start;
}

/* Marks tokens inside quotes and returns, in pairs (open, close), the token
 * indices of each quote's marks; an opening mark without its closing one is
 * dropped, a stray closing mark ignored. */
static size_t pair_marks(qt_ctx *x, size_t **pairs) {
  frise_doc *d = x->d;
  size_t n = 0, cap = 0, open = SIZE_MAX;
  *pairs = NULL;
  for (size_t i = 0; i < d->n_tokens; i++) {
    if (d->tokens[i].kind != FRISE_TOK_PUNCT) continue;
    /* every mark below starts with one of these bytes: skip the rest cheaply */
    unsigned char c0 = (unsigned char)d->text[d->tokens[i].start];
    if (c0 != '`' && c0 != '\'' && c0 != 0xe2) continue;
    size_t w = doubled(x, i, "`");
    if (qt_is_mark(x, i, OPEN) || w) open = i + w;
    else if ((qt_is_mark(x, i, CLOSE) || doubled(x, i, "'")) && open != SIZE_MAX) {
      if (n + 2 > cap) {
        size_t ncap = cap ? cap * 2 : 32;
        *pairs = frise_arena_grow(d->arena, *pairs, cap, ncap, sizeof **pairs);
        cap = ncap;
      }
      (*pairs)[n++] = open;
      (*pairs)[n++] = i;
      memset(x->in_quote + open, 1, i - open + 1);
      open = SIZE_MAX;
    }
  }
  return n / 2;
}

static void add_direct(qt_ctx *x, size_t open, size_t close) {
  const frise_token *t = x->d->tokens;
  if (close == open + 1) return; /* empty quote */
  frise_quote *q = push(x);
  q->direct = 1;
  q->start = t[open].end;
  q->end = t[close].start;
  while (q->start < q->end && x->d->text[q->start] == ' ') q->start++;
  while (q->end > q->start && (x->d->text[q->end - 1] == ' ' || x->d->text[q->end - 1] == ',')) q->end--;
  qt_attribute(x, open, close, q); /* before n++: the pronoun rule reads the previous quote */
  x->n++;
}

/* "X a annoncé que ...", "X said on Monday that ...": a named entity, then
 * auxiliaries, adverbs or a comma, a reporting verb and que/that. Driven by
 * the mentions, so only the few words after each name are looked up. Returns
 * 1 if mention m opens a report (then added). */
static int indirect_after(qt_ctx *x, size_t m, size_t hi) {
  const frise_token *t = x->d->tokens;
  const frise_mention *M = &x->E->mentions[m];
  if (x->E->entities[M->entity].type == FRISE_ENT_PLACE || x->in_quote[M->tok_last]) return 0;
  size_t v = M->tok_last + 1;
  while (v < hi && v < M->tok_last + 5 && ((QFL(x, v) & (NW_AUX | NW_ADVERB)) || qt_is_mark(x, v, ",")) &&
         !(QFL(x, v) & NW_REPORT))
    v++;
  if (v >= hi || !(QFL(x, v) & NW_REPORT) || (QFL(x, v) & NW_ACCORDING)) return 0;
  size_t c = v + 1;
  while (c < hi && c < v + 4 && (QFL(x, c) & NW_ADVERB) && !(QFL(x, c) & NW_THAT)) c++;
  if (c + 1 >= hi || !(QFL(x, c) & NW_THAT)) return 0;
  frise_quote *q = push(x);
  uint32_t end = t[hi - 1].end;
  if (t[hi - 1].kind == FRISE_TOK_PUNCT && hi - 1 > c + 1) end = t[hi - 2].end;
  q->start = t[c + 1].start;
  q->end = end;
  q->cue_start = M->start;
  q->cue_end = t[c].end;
  q->speaker = (int32_t)M->entity;
  q->speaker_name = x->E->entities[q->speaker].name;
  q->verb = frise_arena_strndup(x->d->arena, x->d->text + t[v].start, t[v].end - t[v].start);
  q->confidence = 0.7f;
  x->n++;
  return 1;
}

/* One report per sentence, in sentences without quote marks. */
static void find_indirect(qt_ctx *x) {
  const frise_doc *d = x->d;
  size_t s = 0, done = SIZE_MAX;
  for (size_t m = 0; m < x->E->n_mentions; m++) {
    uint32_t tf = x->E->mentions[m].tok_first;
    while (s < d->n_sentences && d->sentences[s].tok_first + d->sentences[s].tok_count <= tf) s++;
    if (s >= d->n_sentences) break;
    if (s == done || x->quoted_sentence[s]) continue;
    if (indirect_after(x, m, d->sentences[s].tok_first + d->sentences[s].tok_count)) done = s;
  }
}

static int by_start(const void *a, const void *b) {
  const frise_quote *p = a, *q = b;
  return p->start < q->start ? -1 : p->start > q->start;
}

void frise_quotes_annotate(frise_doc *d) {
  if (!frise_entities_get(d)) frise_entities_annotate(d);
  qt_ctx x;
  memset(&x, 0, sizeof x);
  x.d = d;
  x.E = frise_entities_get(d);
  x.fl = x.E->word_flags;
  x.lx = ner_lexicon_for(d->lang);
  x.in_quote = frise_arena_calloc(d->arena, d->n_tokens + 1, 1);
  size_t *pairs;
  size_t np = pair_marks(&x, &pairs);
  size_t nd = 0;
  for (size_t k = 0; k < np; k++) add_direct(&x, pairs[2 * k], pairs[2 * k + 1]);
  nd = x.n;
  x.quoted_sentence = frise_arena_calloc(d->arena, d->n_sentences + 1, 1);
  for (size_t s = 0; s < d->n_sentences; s++) {
    const frise_sentence *S = &d->sentences[s];
    x.quoted_sentence[s] = S->tok_count && memchr(x.in_quote + S->tok_first, 1, S->tok_count) != NULL;
  }
  find_indirect(&x);
  if (x.n > nd) qsort(x.q, x.n, sizeof *x.q, by_start);
  frise_quotes *L = frise_arena_calloc(d->arena, 1, sizeof *L);
  L->quotes = x.q;
  L->n_quotes = x.n;
  d->layers[FRISE_SLOT_QUOTES] = L;
}

const frise_quotes *frise_quotes_get(const frise_doc *d) { return d ? d->layers[FRISE_SLOT_QUOTES] : NULL; }
