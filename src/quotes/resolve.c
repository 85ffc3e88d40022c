/* resolve.c: turns the subject of a reporting clause into an entity. Names
 * are direct; a pronoun is the previous quote's speaker or the last person
 * mentioned; a role ("la porte-parole") is the person introduced with that
 * title, else unresolved if the role was introduced without a name ("un
 * responsable"), else the last person mentioned. Searches are bounded. */
#include "qt.h"
#include <string.h>

#define BACK_TOKENS 400     /* how far back a pronoun's antecedent may be */
#define BACK_MENTIONS 2000  /* how many mentions back a role's holder may be */

static const frise_token *tok(const qt_ctx *x, size_t i) { return &x->d->tokens[i]; }

static const ner_lexicon *lex(const qt_ctx *x) { return ner_lexicon_for(x->d->lang); }

/* Index of the first mention starting at or after token t. */
static size_t mention_index_at(const qt_ctx *x, size_t t) {
  size_t lo = 0, hi = x->E->n_mentions;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (x->E->mentions[mid].tok_first < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

static int32_t last_person(const qt_ctx *x, size_t before) {
  for (size_t m = mention_index_at(x, before); m-- > 0;) {
    const frise_mention *M = &x->E->mentions[m];
    if (M->tok_first + BACK_TOKENS < before) break;
    if (x->in_quote[M->tok_first]) continue;
    if (x->E->entities[M->entity].type == FRISE_ENT_PERSON) return (int32_t)M->entity;
  }
  return -1;
}

static const char *adj_key(const qt_ctx *x, size_t role_tok) {
  size_t a = role_tok + 1;
  if (a >= x->d->n_tokens || !(QFL(x, a) & NW_ADJ)) return NULL;
  return ner_word_key(lex(x), x->d->text + tok(x, a)->start, tok(x, a)->end - tok(x, a)->start);
}

static int32_t holder_of_role(const qt_ctx *x, const char *key, const char *adj, size_t before) {
  size_t m = mention_index_at(x, before);
  for (size_t steps = 0; m-- > 0 && steps < BACK_MENTIONS; steps++) {
    const frise_entity *e = &x->E->entities[x->E->mentions[m].entity];
    if (e->role == key && (!adj || !e->role_adj || e->role_adj == adj)) return (int32_t)x->E->mentions[m].entity;
  }
  return -1;
}

/* An earlier phrase with the same title ("un responsable de la Maison Blanche"). */
static int earlier_role(const qt_ctx *x, const char *key, const char *adj, size_t at) {
  for (size_t k = at, steps = 0; k > 0 && steps < BACK_TOKENS; steps++) {
    k--;
    if (!(QFL(x, k) & NW_TITLE) || x->in_quote[k]) continue;
    if (ner_token_key(lex(x), x->d->text, x->d->tokens, k) != key) continue;
    const char *a = adj_key(x, k);
    if (!adj || !a || a == adj) return 1;
  }
  return 0;
}

/* The words of a role phrase: from its determiner to its title (and adjective). */
static const char *role_phrase(const qt_ctx *x, size_t role_tok) {
  size_t first = role_tok, last = adj_key(x, role_tok) ? role_tok + 1 : role_tok;
  for (size_t k = role_tok; k > 0 && k + 5 > role_tok;) {
    k--;
    if (QFL(x, k) & (NW_DET | NW_INDEF)) {
      first = k;
      break;
    }
  }
  return frise_arena_strndup(x->d->arena, x->d->text + tok(x, first)->start,
                             tok(x, last)->end - tok(x, first)->start);
}

static int32_t resolve_pronoun(qt_ctx *x, size_t before, float *conf) {
  if (x->n > 0) {
    const frise_quote *p = &x->q[x->n - 1];
    size_t sp = frise_doc_sentence_at(x->d, p->end), sq = frise_doc_sentence_at(x->d, tok(x, before)->start);
    if (p->speaker >= 0 && sq <= sp + 2) {
      *conf *= 0.9f;
      return p->speaker;
    }
  }
  *conf *= 0.7f;
  return last_person(x, before);
}

static int32_t resolve_role(qt_ctx *x, size_t role_tok, size_t before, float *conf, const char **name) {
  const char *key = ner_token_key(lex(x), x->d->text, x->d->tokens, role_tok);
  const char *adj = adj_key(x, role_tok);
  for (size_t k = role_tok; k > 0 && k + 5 > role_tok;) /* "un responsable": someone unnamed */
    if (QFL(x, --k) & (NW_DET | NW_INDEF)) {
      if (!(QFL(x, k) & NW_DET)) {
        *name = role_phrase(x, role_tok);
        *conf *= 0.5f;
        return -1;
      }
      break;
    }
  int32_t e = key ? holder_of_role(x, key, adj, before) : -1;
  if (e >= 0) {
    *conf *= 0.9f;
    return e;
  }
  size_t from = role_tok < before ? role_tok : before;
  if (key && earlier_role(x, key, adj, from > 2 ? from - 2 : 0)) {
    *name = role_phrase(x, role_tok);
    *conf *= 0.5f;
    return -1;
  }
  *conf *= 0.6f;
  e = last_person(x, before);
  if (e < 0) *name = role_phrase(x, role_tok);
  return e;
}

int32_t qt_resolve(qt_ctx *x, const qt_subject *s, size_t before_tok, float *conf, const char **name) {
  int32_t e = -1;
  if (s->kind == QS_MENTION) e = (int32_t)x->E->mentions[s->at].entity;
  else if (s->kind == QS_PRONOUN) e = resolve_pronoun(x, before_tok, conf);
  else if (s->kind == QS_ROLE) e = resolve_role(x, s->at, before_tok, conf, name);
  else if (s->kind == QS_PHRASE) {
    const frise_token *t = x->d->tokens;
    *name = frise_arena_strndup(x->d->arena, x->d->text + t[s->at].start, t[s->cue_last].end - t[s->at].start);
    *conf *= 0.5f;
  }
  if (e >= 0) *name = x->E->entities[e].name;
  else if (!*name) *conf = 0;
  return e;
}
