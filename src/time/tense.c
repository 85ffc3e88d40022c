/* tense.c: the tense around a temporal expression, read from the pack's cue
 * words (will, a parlé, -ed, -rait) nearest to it in its sentence, with the
 * few word-order checks that tell a verb from a participle or an adjective.
 * No parser: a cue table per pack, memoised per token. */
#include "frise/lang.h"
#include "frise/utf8.h"
#include "tx.h"
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

/* Tense of one word: 2 when it is no cue; *weak is set for ending-only cues.
 * Cue lengths are measured once per pack (packs are few and immutable). */
typedef struct {
  const struct frise_timex_pack *pack;
  uint16_t len[256];
  uint8_t edge[256];  /* bit 1: a word cue starts with this byte; bit 2: an ending ends with it */
} tense_lengths;

static const tense_lengths *cue_lengths(const struct frise_timex_pack *p) {
  static tense_lengths cache[4];
  static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
  const tense_lengths *hit = NULL;
  pthread_mutex_lock(&lock);
  for (int k = 0; k < 4 && !hit; k++) {
    if (cache[k].pack == p) hit = &cache[k];
    else if (!cache[k].pack) {
      for (int j = 0; j < 255 && p->tenses && p->tenses[j].form; j++) {
        const char *form = p->tenses[j].form;
        size_t l = strlen(form);
        cache[k].len[j] = (uint16_t)l;
        if (!l) continue;
        if (p->tenses[j].suffix) cache[k].edge[(unsigned char)form[l - 1]] |= 2;
        else cache[k].edge[(unsigned char)form[0]] |= 1;
      }
      cache[k].pack = p;
      hit = &cache[k];
    }
  }
  pthread_mutex_unlock(&lock);
  return hit;
}

static int tense_of_word(const struct frise_timex_pack *p, const uint16_t *lens, const char *w,
                         size_t n, int *weak) {
  *weak = 0;
  int j = 0;
  for (const frise_timex_tense *t = p->tenses; t && t->form && j < 255; t++, j++) {
    size_t l = lens ? lens[j] : strlen(t->form);
    if (!t->suffix) {
      if (l == n && t->form[0] == w[0] && memcmp(t->form, w, n) == 0) return t->tense;
    } else if (n >= l + 2 && memcmp(t->form, w + n - l, l) == 0) {
      *weak = 1;
      return t->tense;
    }
  }
  return 2;
}

static int tense_of_token(const frise_doc *d, const struct frise_timex_pack *p,
                          const tense_lengths *cues, size_t ti, int *weak) {
  const frise_token *t = &d->tokens[ti];
  size_t n = t->end - t->start;
  *weak = 0;
  if (t->kind != FRISE_TOK_WORD || n > 30) return 2;
  /* most words neither start like a cue word nor end like a cue ending */
  const uint8_t *edge = cues->edge;
  unsigned char c0 = (unsigned char)d->text[t->start], cz = (unsigned char)d->text[t->end - 1];
  if (c0 >= 'A' && c0 <= 'Z') c0 += 32;
  if (cz >= 'A' && cz <= 'Z') cz += 32;
  if (c0 < 0x80 && cz < 0x80 && !(edge[c0] & 1) && !(edge[cz] & 2)) return 2;
  char low[64];
  size_t ln = frise_utf8_lower(d->text + t->start, n, low);
  int v = tense_of_word(p, cues->len, low, ln, weak);
  /* an ending on a capitalised word is a name, not a verb: United, Ahmed (a
   * headline in capitals keeps its verbs) */
  const char *s = d->text + t->start;
  if (*weak && (t->flags & FRISE_TOKF_UPPER_INITIAL) && n > 1 && s[1] >= 'a' && s[1] <= 'z')
    v = 2, *weak = 0;
  return v;
}

/* Memoised per token: 0 = not yet read, else 1 + (tense + 2) + 16 * weak. */
static int cue_at(const frise_doc *d, const struct frise_timex_pack *p, const tense_lengths *lens,
                  uint8_t *memo, size_t ti, int *weak) {
  if (memo && memo[ti]) {
    *weak = memo[ti] >= 16;
    return (memo[ti] & 15) - 3;
  }
  int v = tense_of_token(d, p, lens, ti, weak);
  if (memo) memo[ti] = (uint8_t)(1 + (v + 2) + 16 * (*weak != 0));
  return v;
}

static int is_reporting_verb(const frise_doc *d, size_t ti) {
  const frise_lang *l = frise_lang_get(d->lang);
  if (!l || !l->reporting_verbs || ti >= d->n_tokens) return 0;
  const frise_token *t = &d->tokens[ti];
  size_t n = t->end - t->start;
  for (const char *const *v = l->reporting_verbs; *v; v++)
    if (strlen(*v) == n && memcmp(*v, d->text + t->start, n) == 0) return 1;
  return 0;
}

static int comma_between(const frise_doc *d, size_t from, size_t to) {
  for (size_t t = from; t < to; t++)
    if (d->tokens[t].end - d->tokens[t].start == 1 && d->text[d->tokens[t].start] == ',') return 1;
  return 0;
}

/* ", a précisé le conseil" / ", officials said": a reporting clause after the
 * expression dates the report, not the event, so its tense is not the one
 * that places the expression. */
static int in_reporting_clause(const frise_doc *d, size_t t1, size_t cue) {
  return comma_between(d, t1, cue) && (is_reporting_verb(d, cue) || is_reporting_verb(d, cue + 1));
}

/* "had been due to expire Friday", "until Thursday they had not called": a
 * past perfect close by puts the plan or the wait behind us, whatever
 * scheduling word sits nearer. */
static int perfect_near(const frise_doc *d, const struct frise_timex_pack *p, const tense_lengths *lens,
                        uint8_t *memo, size_t first, size_t last, size_t t0, size_t t1) {
  size_t lo = t0 >= first + 6 ? t0 - 6 : first, hi = t1 + 6 < last ? t1 + 6 : last;
  for (size_t t = lo; t < hi; t++) {
    int weak;
    if ((t < t0 || t >= t1) && cue_at(d, p, lens, memo, t, &weak) == TX_TENSE_PERFECT) return 1;
  }
  return 0;
}

static int attributive(const frise_doc *d, const struct frise_timex_pack *p, const tense_lengths *lens,
                       uint8_t *memo, size_t first, size_t t) {
  int w;
  if (t < first + 1) return 0;
  int before = cue_at(d, p, lens, memo, t - 1, &w);
  if (before == TX_TENSE_ADV && t >= first + 2) before = cue_at(d, p, lens, memo, t - 2, &w);
  return before == TX_TENSE_DET;
}

int tx_word_in(const char *const *list, const char *w, size_t n) {
  for (const char *const *l = list; l && *l; l++)
    if (strlen(*l) == n && memcmp(*l, w, n) == 0) return 1;
  return 0;
}

size_t tx_token_lower(const frise_doc *d, size_t t, char *low) {
  if (t >= d->n_tokens) return 0;
  const frise_token *tk = &d->tokens[t];
  size_t n = tk->end - tk->start;
  return n <= 40 ? frise_utf8_lower(d->text + tk->start, n, low) : 0;
}

static size_t folded_word(const frise_doc *d, size_t t, char *low) {
  return t < d->n_tokens && d->tokens[t].kind == FRISE_TOK_WORD ? tx_token_lower(d, t, low) : 0;
}

static int ends_with_any(const char *const *list, const char *w, size_t n) {
  for (const char *const *e = list; e && *e; e++) {
    size_t l = strlen(*e);
    if (n >= l + 2 && memcmp(w + n - l, *e, l) == 0) return 1;
  }
  return 0;
}

static int starts_with_any(const char *const *list, const char *w, size_t n) {
  for (const char *const *e = list; e && *e; e++) {
    size_t l = strlen(*e);
    if (n >= l && memcmp(w, *e, l) == 0) return 1;
  }
  return 0;
}

/* The tense an auxiliary at t gives its clause: -1 for a perfect, 0 for a
 * present (see TX_TENSE_HAVE). */
static int perfect_or_present(const frise_doc *d, const struct frise_timex_pack *p, int kind, size_t first,
                              size_t last, size_t t) {
  const frise_timex_perfect *pf = p->perfect;
  char low[96];
  size_t n = 0, at = t + 1;
  if (!pf) return 0;
  for (int skip = 0; at < last && skip < 3; at++, skip++) {
    n = folded_word(d, at, low);
    if (!n || !tx_word_in(pf->adverbs, low, n)) break;
  }
  if (at >= last || !n) return 0;
  if (tx_word_in(pf->not_participles, low, n)) return 0;
  int participle = ends_with_any(pf->endings, low, n) || tx_word_in(pf->short_participles, low, n);
  if (kind == TX_TENSE_HAVE) return participle ? -1 : 0;
  if (starts_with_any(pf->etre_verbs, low, n)) return -1;
  char before[96];
  size_t nb = t > first ? folded_word(d, t - 1, before) : 0;
  return nb && tx_word_in(pf->reflexive, before, nb) && participle ? -1 : 0;
}

/* "the vote is on Thursday": a present be right before the expression (one
 * link word may sit between) schedules it. */
static int scheduled_by_copula(const frise_doc *d, const struct frise_timex_pack *p, size_t first, size_t t0) {
  char low[96];
  if (!p->copula_now || t0 < first + 1) return 0;
  size_t at = t0 - 1, n = tx_token_lower(d, at, low);
  if (n && p->copula_links && tx_word_in(p->copula_links, low, n) && at > first)
    n = tx_token_lower(d, --at, low);
  return n && tx_word_in(p->copula_now, low, n);
}

int tx_tense_at(const frise_doc *d, const struct frise_timex_pack *p, const void *cue_table,
                uint8_t *memo, const tx_unit *u, size_t nu, size_t u0, size_t u1) {
  const tense_lengths *lens = cue_table;
  (void)nu;
  uint32_t s = u[u0].sent;
  if (s >= d->n_sentences) return 2;
  size_t first = d->sentences[s].tok_first, last = first + d->sentences[s].tok_count;
  size_t t0 = u[u0].tok, t1 = u[u1 - 1].tok + u[u1 - 1].ntok;
  if (scheduled_by_copula(d, p, first, t0)) return 1;
  /* "In January, a week after the anniversary of ..., a bombing killed":
   * a fronted expression set off by a comma belongs to the main verb,
   * which may come late */
  size_t reach = t0 <= first + 1 && t1 < last && comma_between(d, t1, t1 + 1) ? 30 : 12;
  for (size_t dist = 1; dist <= reach; dist++) {
    size_t cand[2] = {t0 >= first + dist && dist <= 12 ? t0 - dist : (size_t)-1,
                      t1 + dist - 1 < last ? t1 + dist - 1 : (size_t)-1};
    for (int k = 0; k < 2; k++) {
      if (cand[k] == (size_t)-1) continue;
      int weak, v = cue_at(d, p, lens, memo, cand[k], &weak);
      if (v == TX_TENSE_HAVE || v == TX_TENSE_ETRE) v = perfect_or_present(d, p, v, first, last, cand[k]);
      if (v == 2 || v >= TX_TENSE_BE || (k == 1 && in_reporting_clause(d, t1, cand[k]))) continue;
      /* "would be paid": a past form after a form of be is a participle, not a tense */
      if (v == -1 && !weak && cand[k] > first) {
        int w2;
        if (cue_at(d, p, lens, memo, cand[k] - 1, &w2) == TX_TENSE_BE) continue;
      }
      /* "the planned merger", "a still unspecified date": an ending after a
       * determiner (an adverb may sit between) is an adjective */
      if (attributive(d, p, lens, memo, first, cand[k])) continue;
      /* an ending (-ed, -ait) yields to an auxiliary just before it: will be named */
      for (size_t back = 1; weak && back <= 2 && cand[k] >= first + back; back++) {
        int w2, a = cue_at(d, p, lens, memo, cand[k] - back, &w2);
        if (a != 2 && a < TX_TENSE_BE && !w2) return a == TX_TENSE_PERFECT ? -1 : a == TX_TENSE_PLAN ? 1 : a;
      }
      /* "were planning", "was going to": a past auxiliary before a word that
       * looks ahead looks ahead */
      if (v == -1 && !weak && cand[k] + 1 < last) {
        int w2, nx = cue_at(d, p, lens, memo, cand[k] + 1, &w2);
        if (nx == 1 || nx == TX_TENSE_PLAN) v = nx;
      }
      /* "announced plans", "unveiled plans to": a word that looks ahead right
       * after a past ending is that verb's object */
      if (v == 1 && cand[k] > first && p->cue_nouns) {
        char low[96];
        size_t ln = tx_token_lower(d, cand[k], low);
        int w2, pv = cue_at(d, p, lens, memo, cand[k] - 1, &w2);
        if (pv == -1 && w2 && ln && tx_word_in(p->cue_nouns, low, ln)) v = -1;
      }
      if (v == TX_TENSE_PLAN) v = k == 1 && comma_between(d, t1, cand[k]) ? -1 : 1;
      if (v == 1 && perfect_near(d, p, lens, memo, first, last, t0, t1)) return -1;
      return v == TX_TENSE_PERFECT ? -1 : v;
    }
  }
  return 2;
}

const void *tx_tense_table(const struct frise_timex_pack *p) { return cue_lengths(p); }
