/* candidates.c: finds candidate names in a sentence (runs of capitalised words
 * joined by particles) and the cues around them that type them: titles and
 * roles before a name, organisation cue words, places after a preposition.
 * One pass over the tokens; every word costs one hash probe. */
#include "ner_cand.h"
#include "frise/utf8.h"
#include <string.h>

#define LOOKBACK 6 /* tokens a title may sit before its name */

static const frise_token *tok(const ner_ctx *x, size_t i) { return &x->d->tokens[i]; }

/* Inline with a literal mark, so its length is a constant and the first byte
 * rejects most tokens before any compare: called on every punctuation token. */
static inline int is_punct(const ner_ctx *x, size_t i, const char *mark) {
  const frise_token *t = tok(x, i);
  size_t n = strlen(mark);
  return t->kind == FRISE_TOK_PUNCT && x->d->text[t->start] == mark[0] && t->end - t->start == n &&
         memcmp(x->d->text + t->start, mark, n) == 0;
}

/* Glued: nothing between the tokens; spaced: one space at most, no line break. */
static int glued(const ner_ctx *x, size_t a, size_t b) { return tok(x, a)->end == tok(x, b)->start; }
static int spaced(const ner_ctx *x, size_t a, size_t b) {
  uint32_t e = tok(x, a)->end, s = tok(x, b)->start;
  return s == e || (s == e + 1 && x->d->text[e] == ' ');
}

static int is_cap(const ner_ctx *x, size_t i) {
  const frise_token *t = tok(x, i);
  return t->kind == FRISE_TOK_WORD && (t->flags & FRISE_TOKF_UPPER_INITIAL) &&
         !(t->flags & FRISE_TOKF_ELIDED) && !x->timex[i];
}

static void mark_timexes(ner_ctx *x) {
  const frise_doc *d = x->d;
  for (size_t k = 0; k < d->n_timexes; k++) {
    size_t lo = 0, hi = d->n_tokens; /* first token ending after the timex start */
    while (lo < hi) {
      size_t mid = (lo + hi) / 2;
      if (d->tokens[mid].end <= d->timexes[k].start) lo = mid + 1;
      else hi = mid;
    }
    for (size_t i = lo; i < d->n_tokens && d->tokens[i].start < d->timexes[k].end; i++) x->timex[i] = 1;
  }
}

void ner_token_flags(ner_ctx *x) {
  frise_doc *d = x->d;
  x->tflags = frise_arena_alloc(d->arena, (d->n_tokens + 1) * sizeof *x->tflags);
  memset(x->tflags, 0xff, (d->n_tokens + 1) * sizeof *x->tflags); /* NER_FLAGS_UNKNOWN */
  x->timex = frise_arena_calloc(d->arena, d->n_tokens + 1, 1);
  mark_timexes(x);
}

/* Length of a joiner at j that links the run to a capitalised word after it,
 * or 0: "-" (Saint-Pétersbourg), "-en-" (Aix-en-Provence), a particle (van,
 * bin, al-), or de/du/of (with "la"/"l'") when the run allows it. */
static size_t joiner(const ner_ctx *x, size_t j, size_t end, int allow_de) {
  if (j + 1 >= end) return 0;
  uint32_t f = FL(x, j);
  if (is_punct(x, j, "-") && glued(x, j - 1, j) && glued(x, j, j + 1)) {
    if (is_cap(x, j + 1)) return 1;
    if (j + 3 < end && tok(x, j + 1)->kind == FRISE_TOK_WORD && is_punct(x, j + 2, "-") &&
        glued(x, j + 1, j + 2) && glued(x, j + 2, j + 3) && is_cap(x, j + 3))
      return 3;
    return 0;
  }
  if (tok(x, j)->kind != FRISE_TOK_WORD || (tok(x, j)->flags & FRISE_TOKF_UPPER_INITIAL)) return 0;
  if (!spaced(x, j - 1, j) && !(tok(x, j - 1)->kind == FRISE_TOK_WORD && glued(x, j - 1, j))) return 0;
  if (f & NW_PARTICLE) {
    if (is_cap(x, j + 1) && spaced(x, j, j + 1)) return 1;
    if (j + 2 < end && is_punct(x, j + 1, "-") && glued(x, j, j + 1) && is_cap(x, j + 2)) return 2;
    return 0;
  }
  if ((f & NW_PARTICLE_DE) && allow_de) {
    if (is_cap(x, j + 1) && (spaced(x, j, j + 1) || glued(x, j, j + 1))) return 1;
    if (j + 2 < end && (FL(x, j + 1) & NW_DET) && is_cap(x, j + 2)) return 2;
  }
  return 0;
}

/* An organisation named by a cue word goes on through adjectives and "de" +
 * one lower-case word: "Conseil de sécurité", "Cour pénale internationale". */
static size_t extend_org(const ner_ctx *x, size_t last, size_t end) {
  for (int words = 0; words < 3 && last + 1 < end; words++) {
    size_t j = last + 1;
    const frise_token *t = tok(x, j);
    if (t->kind != FRISE_TOK_WORD || !spaced(x, last, j) || (t->flags & FRISE_TOKF_UPPER_INITIAL)) break;
    if (FL(x, j) & NW_ADJ) {
      last = j;
      continue;
    }
    if (!(FL(x, j) & NW_PARTICLE_DE) || j + 1 >= end) break;
    const frise_token *n = tok(x, j + 1);
    if (n->kind != FRISE_TOK_WORD || (n->flags & FRISE_TOKF_UPPER_INITIAL) ||
        (FL(x, j + 1) & ~(uint32_t)(NW_COMPLEMENT | NW_ADJ | NW_ORG_CUE) & ((1u << NER_NAME_SHIFT) - 1)) ||
        !spaced(x, j, j + 1))
      break;
    last = j + 1;
  }
  return last;
}

/* Last token of the run of capitalised words starting at i. */
static size_t run_end(const ner_ctx *x, size_t i, size_t end) {
  size_t last = i;
  int allow_de = (FL(x, i) & (NW_ORG_CUE | NW_GIVEN)) != 0;
  for (size_t j = i + 1; j < end;) {
    /* a title inside a run starts a new name: "Louisiana Governor Bobby Jindal" */
    if (is_cap(x, j) && (FL(x, j) & (NW_TITLE | NW_HONORIFIC)) && !(FL(x, i) & (NW_TITLE | NW_HONORIFIC)))
      break;
    if (is_cap(x, j) && spaced(x, last, j)) {
      last = j++;
      continue;
    }
    size_t n = joiner(x, j, end, allow_de && last == i);
    if (!n) break;
    last = j + n;
    j = last + 1;
  }
  if (last == i && (FL(x, i) & NW_ORG_CUE)) last = extend_org(x, last, end);
  return last;
}

static int strippable(const ner_ctx *x, size_t i) {
  uint32_t f = FL(x, i);
  if (tok(x, i)->kind != FRISE_TOK_WORD) return 1;
  if (!(tok(x, i)->flags & FRISE_TOKF_UPPER_INITIAL)) return 1; /* a particle left in front */
  return (f & (NW_NOT_ENTITY | NW_TITLE | NW_HONORIFIC | NW_COMPLEMENT | NW_DET)) != 0;
}

static int gazetteer_type(const ner_ctx *x, size_t first, size_t last) {
  if (first == last) return NER_NAME_OF(FL(x, first)); /* one word: already in the cache */
  const char *s = x->d->text + tok(x, first)->start;
  return ner_name_type(x->lx, s, tok(x, last)->end - tok(x, first)->start);
}

/* Cues before the name: a title (possibly followed by adjectives, a
 * portfolio, a comma), an honorific, a place preposition. */
static void lookback(const ner_ctx *x, ner_cand *c, size_t sent_first) {
  size_t f = c->first;
  if (f == sent_first) return;
  uint32_t before = FL(x, f - 1);
  if ((before & NW_PLACE_PREP) || ((before & NW_DET) && f >= sent_first + 2 &&
                                   (FL(x, f - 2) & NW_PLACE_PREP)))
    c->weak = c->first == c->last ? NER_NAME_PLACE : 0;
  int of = (before & NW_PARTICLE_DE) ||
           ((before & NW_DET) && f >= sent_first + 2 && (FL(x, f - 2) & NW_PARTICLE_DE));
  int commas = 0;
  const char *adj = NULL;
  for (size_t k = f, steps = 0; k > sent_first && steps < LOOKBACK; steps++) {
    k--;
    uint32_t fl = FL(x, k);
    if (fl & (NW_TITLE | NW_HONORIFIC)) {
      if (of) c->role_of = 1;
      else {
        c->strong = NER_NAME_PERSON;
        if (fl & NW_TITLE) {
          c->role = ner_token_key(x->lx, x->d->text, x->d->tokens, k);
          c->role_adj = adj;
        }
      }
      return;
    }
    if (is_punct(x, k, ".") && k > sent_first && (FL(x, k - 1) & NW_HONORIFIC)) continue;
    if (is_punct(x, k, ",") && commas++ == 0 && k == f - 1) continue;
    if (fl & NW_ADJ) {
      adj = ner_word_key(x->lx, x->d->text + tok(x, k)->start, tok(x, k)->end - tok(x, k)->start);
      continue;
    }
    if (fl & (NW_PARTICLE_DE | NW_COMPLEMENT)) continue;
    /* "la porte-parole du gouvernement, X": a lower-case complement of the title */
    if (tok(x, k)->kind == FRISE_TOK_WORD && !(tok(x, k)->flags & FRISE_TOKF_UPPER_INITIAL) &&
        !(fl & NW_DET) && k > sent_first &&
        ((FL(x, k - 1) & NW_PARTICLE_DE) ||
         (k > sent_first + 1 && (FL(x, k - 1) & NW_DET) && (FL(x, k - 2) & NW_PARTICLE_DE))))
      continue;
    if ((fl & NW_DET) && !(tok(x, k)->flags & FRISE_TOKF_UPPER_INITIAL) && k + 1 < f) continue;
    return;
  }
}

/* Cues inside the name and right after it. */
static void inner_cues(const ner_ctx *x, ner_cand *c, size_t end, int gazetteer) {
  c->gazetteer = (uint8_t)gazetteer;
  int words = 0;
  for (size_t i = c->first; i <= c->last; i++) {
    if (tok(x, i)->kind != FRISE_TOK_WORD) continue;
    words++;
    if ((FL(x, i) & NW_ORG_CUE) && (tok(x, i)->flags & FRISE_TOKF_UPPER_INITIAL)) c->strong = NER_NAME_ORG;
  }
  if (FL(x, c->first) & NW_GIVEN) c->strong = NER_NAME_PERSON;
  const frise_token *t = tok(x, c->first);
  if (words == 1 && (t->flags & FRISE_TOKF_ALL_CAPS) && t->end - t->start <= 6 && !c->strong)
    c->strong = NER_NAME_ORG;
  size_t a = c->last + 1;
  if (a < end && (FL(x, a) & NW_AUX)) a++;
  if (a < end && (FL(x, a) & NW_REPORT) && !c->weak) c->weak = NER_NAME_PERSON;
  c->person_like = words > 1 && !c->gazetteer && c->strong != NER_NAME_ORG;
}

static ner_cand *push(ner_ctx *x) {
  if (x->n == x->cap) {
    size_t ncap = x->cap ? x->cap * 2 : 64;
    x->c = frise_arena_grow(x->d->arena, x->c, x->cap, ncap, sizeof *x->c);
    x->cap = ncap;
  }
  ner_cand *c = &x->c[x->n++];
  memset(c, 0, sizeof *c);
  c->entity = -1;
  return c;
}

/* A name directly after "Title of X," takes the title: "la porte-parole de Joe
 * Biden, Jen Psaki". */
static void apposition(ner_ctx *x, ner_cand *c, size_t sent_first) {
  if (x->n < 2 || c->first < 2 || !is_punct(x, c->first - 1, ",")) return;
  const ner_cand *p = &x->c[x->n - 2];
  if (p->first < sent_first || p->last + 2 != c->first || !p->role_of || c->strong == NER_NAME_ORG)
    return;
  c->strong = NER_NAME_PERSON;
  size_t k = p->first;
  while (k > sent_first && !(FL(x, k) & NW_TITLE)) k--;
  if (!c->role && (FL(x, k) & NW_TITLE)) c->role = ner_token_key(x->lx, x->d->text, x->d->tokens, k);
}

static void add_run(ner_ctx *x, size_t i, size_t last, size_t sent_first, size_t end, int initial,
                    int heading) {
  size_t first = i;
  int whole = gazetteer_type(x, first, last);
  while (!whole && first <= last && strippable(x, first)) {
    first++;
    if (first <= last) whole = gazetteer_type(x, first, last);
  }
  if (first > last) return;
  while (last > first && tok(x, last)->kind != FRISE_TOK_WORD) last--;
  int only_complements = 1;
  for (size_t k = first; k <= last; k++)
    if (tok(x, k)->kind == FRISE_TOK_WORD && !(FL(x, k) & (NW_COMPLEMENT | NW_NOT_ENTITY)))
      only_complements = 0;
  if (only_complements && !whole) return;
  const frise_token *t = tok(x, first);
  if (first == last && t->end - t->start < 2) return;
  ner_cand *c = push(x);
  c->first = (uint32_t)first;
  c->last = (uint32_t)last;
  lookback(x, c, sent_first);
  inner_cues(x, c, end, whole ? whole : gazetteer_type(x, first, last));
  int known = c->gazetteer || c->strong;
  if ((initial && first == i && first == last && !known) || (heading && !known)) c->unsure = 1;
  apposition(x, c, sent_first);
}

void ner_sentence_candidates(ner_ctx *x, const frise_sentence *s) {
  size_t begin = s->tok_first, end = s->tok_first + s->tok_count;
  int heading = (s->flags & (FRISE_SENTF_TITLE | FRISE_SENTF_HEADING)) != 0;
  int initial = 1; /* next word opens the sentence or a quotation */
  for (size_t i = begin; i < end; i++) {
    const frise_token *t = tok(x, i);
    if (t->kind == FRISE_TOK_PUNCT) {
      if (is_punct(x, i, "\xe2\x80\x9c") || is_punct(x, i, ":")) initial = 1;
      continue;
    }
    if (!is_cap(x, i)) {
      initial = 0;
      continue;
    }
    size_t last = run_end(x, i, end);
    add_run(x, i, last, begin, end, initial, heading);
    initial = 0;
    i = last;
  }
}
