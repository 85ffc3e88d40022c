/* attribution.c: finds the reporting clause of a quote (after it: "», a
 * déclaré X"; before it: "X a déclaré : «"; around it: "selon X") and the
 * speaker it names: an entity, a pronoun (the previous speaker or the last
 * person mentioned) or a role ("la porte-parole": the person given that title
 * earlier, or the last person mentioned). */
#include "qt.h"
#include "frise/lang.h"
#include <string.h>

#define POST_WINDOW 12     /* tokens after the quote a reporting clause may span */
#define PRE_WINDOW 20      /* tokens before the quote its reporting verb may sit */
#define SUBJECT_WINDOW 12  /* tokens before a verb its subject may sit */
#define ACCORDING_WINDOW 50 /* tokens around the quote where "selon X" may sit */

static const frise_token *tok(const qt_ctx *x, size_t i) { return &x->d->tokens[i]; }


static int is_stop(const qt_ctx *x, size_t i) {
  return qt_is_mark(x, i, ".") || qt_is_mark(x, i, "!") || qt_is_mark(x, i, "?") ||
         qt_is_mark(x, i, ";") || qt_is_mark(x, i, "\xe2\x80\x9c") || qt_is_mark(x, i, "\xe2\x80\x9d") ||
         qt_is_mark(x, i, "`");
}

static int mention_at(const qt_ctx *x, size_t i) { return x->E->mention_at_tok[i]; }

static int is_speaker_entity(const qt_ctx *x, int m) { return m >= 0; }

static int is_person(const qt_ctx *x, int m) {
  return x->E->entities[x->E->mentions[m].entity].type == FRISE_ENT_PERSON;
}

/* "la porte-parole", "le président russe", "the spokesman": title at i with a
 * determiner at most four tokens before it. */
static int role_at(const qt_ctx *x, size_t i, size_t lo) {
  if (!(QFL(x, i) & NW_TITLE) || mention_at(x, i) >= 0) return 0;
  for (size_t k = i; k > lo && k + 5 > i;) {
    k--;
    if (QFL(x, k) & (NW_DET | NW_INDEF)) return 1;
  }
  return 0;
}

/* "se dire prêt" is not speech: "s'est dit", "se dit". */
static int is_report(const qt_ctx *x, size_t v) {
  if (!(QFL(x, v) & NW_REPORT) || (QFL(x, v) & NW_ACCORDING)) return 0;
  if (x->in_quote[v]) return 0;
  if (v >= 2 && (QFL(x, v - 1) & NW_AUX) && x->d->text[tok(x, v - 2)->start] == 's' &&
      tok(x, v - 2)->end - tok(x, v - 2)->start <= 3)
    return 0;
  return 1;
}

/* "la même source", "l'exécutif américain": a definite determiner and up to
 * three lower-case words, none a function word; QS_NONE otherwise. */
static qt_subject phrase_at(const qt_ctx *x, size_t k, size_t v, size_t end) {
  qt_subject s = {QS_NONE, 0, v, v, v};
  if (k >= end || !(QFL(x, k) & NW_DET) || (tok(x, k)->flags & FRISE_TOKF_UPPER_INITIAL)) return s;
  const frise_lang *lang = frise_lang_get(x->d->lang);
  size_t last = k;
  for (size_t j = k + 1; j < end && j < k + 4; j++) {
    const frise_token *t = tok(x, j);
    if (t->kind != FRISE_TOK_WORD || (t->flags & FRISE_TOKF_UPPER_INITIAL) || (QFL(x, j) & (NW_REPORT | NW_THAT)))
      break;
    int function = frise_lang_is_stopword(lang, x->d->text + t->start, t->end - t->start) &&
                   !(QFL(x, j) & NW_ADJ);
    if (function && j == k + 1) return s;
    if (function) break;
    last = j;
  }
  if (last == k) return s;
  return (qt_subject){QS_PHRASE, k, v, v < k ? v : k, last};
}

/* Subject right after the verb: "a déclaré Antony Blinken", "said the spokesman". */
static qt_subject subject_after(const qt_ctx *x, size_t v, size_t end) {
  qt_subject s = {QS_NONE, 0, v, v, v};
  for (size_t k = v + 1, skipped = 0; k < end && skipped <= 5; k++) {
    int m = mention_at(x, k);
    if (is_speaker_entity(x, m)) {
      s = (qt_subject){QS_MENTION, (size_t)m, v, v, x->E->mentions[m].tok_last};
      return s;
    }
    for (size_t r = k; r < end && r < k + 5; r++)
      if (role_at(x, r, k > 0 ? k - 1 : 0)) {
        s = (qt_subject){QS_ROLE, r, v, v, r};
        return s;
      }
    /* "le communiqué de la Maison Blanche": a lower-case head noun and its "de" */
    int noun = tok(x, k)->kind == FRISE_TOK_WORD && !(tok(x, k)->flags & FRISE_TOKF_UPPER_INITIAL) &&
               k + 1 < end && (QFL(x, k + 1) & NW_PARTICLE_DE);
    if (!(QFL(x, k) & (NW_ADVERB | NW_DET | NW_INDEF | NW_PARTICLE_DE)) && !noun) return s;
    skipped++;
  }
  return s;
}

/* A preposition, not the auxiliary its folded form may equal ("à", "a"). */
static int is_prep(const qt_ctx *x, size_t k) { return (QFL(x, k) & (NW_PLACE_PREP | NW_AUX)) == NW_PLACE_PREP; }

/* "CBS's « Face the Nation »", "CBS' `` Face the Nation ''" */
static int is_possessive(const qt_ctx *x, size_t k) {
  const frise_token *t = tok(x, k);
  return (t->end - t->start == 2 && memcmp(x->d->text + t->start, "'s", 2) == 0) || qt_is_mark(x, k, "'");
}

/* A name after "par"/"by" or a preposition of place (with its determiner). */
static int governed(const qt_ctx *x, size_t first) {
  if (first == 0) return 0;
  size_t k = first - 1;
  if ((QFL(x, k) & NW_DET) && k > 0) k--;
  return (QFL(x, k) & NW_AGENT) || is_prep(x, k);
}

/* Only auxiliaries and adverbs between token a and the verb v. */
static int next_to_verb(const qt_ctx *x, size_t a, size_t v) {
  for (size_t k = a + 1; k < v; k++)
    if (!(QFL(x, k) & (NW_AUX | NW_ADVERB))) return 0;
  return 1;
}

/* Nearest subject before the verb, back to lo: mention, pronoun or role. An
 * organisation or place gives way to a person named before it in apposition
 * ("Oleksiy Danilov, le chef du Conseil de sécurité, a déclaré"). */
static qt_subject subject_before(const qt_ctx *x, size_t v, size_t lo) {
  qt_subject s = {QS_NONE, 0, v, v, v};
  for (size_t k = v, steps = 0; k > lo && steps < SUBJECT_WINDOW; steps++) {
    k--;
    if (is_stop(x, k)) break;
    int m = mention_at(x, k);
    if (is_speaker_entity(x, m) && governed(x, x->E->mentions[m].tok_first)) {
      k = x->E->mentions[m].tok_first; /* "soutenus par la Russie", "à Moscou": not the subject */
      continue;
    }
    if (is_speaker_entity(x, m)) {
      const frise_mention *M = &x->E->mentions[m];
      if (x->E->entities[M->entity].type == FRISE_ENT_PLACE && !next_to_verb(x, M->tok_last, v)) {
        k = M->tok_first; /* a place speaks only as the subject: "Moscou a averti" */
        continue;
      }
      if (!is_person(x, m)) {
        if (!s.kind) s = (qt_subject){QS_MENTION, (size_t)m, v, M->tok_first, v};
        k = M->tok_first;
        continue;
      }
      if (s.kind && !qt_is_mark(x, M->tok_last + 1, ",")) break;
      return (qt_subject){QS_MENTION, (size_t)m, v, M->tok_first, v};
    }
    if (s.kind) continue;
    if (QFL(x, k) & NW_PRONOUN) return (qt_subject){QS_PRONOUN, k, v, k, v};
    if (role_at(x, k, lo)) return (qt_subject){QS_ROLE, k, v, k > 0 ? k - 1 : k, v};
  }
  return s;
}

/* Clause after the closing mark: only short reporting words may come first. */
static qt_subject post_clause(const qt_ctx *x, size_t close) {
  size_t n = x->d->n_tokens, end = close + 1 + POST_WINDOW < n ? close + 1 + POST_WINDOW : n;
  for (size_t v = close + 1; v < end; v++) {
    if (is_stop(x, v)) break;
    if ((QFL(x, v) & NW_ACCORDING) && v + 1 < end) { /* "», selon la Maison Blanche" */
      qt_subject a = subject_after(x, v, end);
      if (!a.kind) a = phrase_at(x, v + 1, v, end);
      return a;
    }
    if (is_report(x, v)) {
      qt_subject s = subject_before(x, v, close + 1);
      qt_subject a = subject_after(x, v, end);
      if (s.kind == QS_PRONOUN || s.kind == QS_MENTION || a.kind) return a.kind && s.kind != QS_PRONOUN &&
                                                                                  s.kind != QS_MENTION ? a : s;
      if (!s.kind) s = phrase_at(x, v + 1, v, end);
      return s;
    }
    uint32_t f = QFL(x, v);
    int ok = qt_is_mark(x, v, ",") || qt_is_mark(x, v, "-") || qt_is_mark(x, v, "'") || mention_at(x, v) >= 0 ||
             (f & (NW_AUX | NW_ADVERB | NW_PRONOUN | NW_DET | NW_INDEF | NW_TITLE | NW_ADJ | NW_HONORIFIC |
                   NW_PARTICLE_DE | NW_COMPLEMENT));
    if (!ok) break;
  }
  return (qt_subject){QS_NONE, 0, 0, 0, 0};
}

/* French closing attribution further in the sentence: "« ... » dans un
 * avenir proche, a indiqué la Maison Blanche." A comma, then the verb with
 * its subject inverted after it. */
static qt_subject late_clause(const qt_ctx *x, size_t close, size_t hi) {
  size_t end = close + 1 + ACCORDING_WINDOW < hi ? close + 1 + ACCORDING_WINDOW : hi;
  for (size_t v = close + 1; v < end; v++) {
    if (x->in_quote[v]) continue; /* « a », et « b », a indiqué X */
    if (is_stop(x, v)) break;
    if (!is_report(x, v)) continue;
    size_t k = v;
    while (k > close + 1 && (QFL(x, k - 1) & (NW_AUX | NW_ADVERB)) && !qt_is_mark(x, k - 1, ",")) k--;
    if (!qt_is_mark(x, k - 1, ",")) continue;
    qt_subject a = subject_after(x, v, end);
    if (a.kind == QS_MENTION || a.kind == QS_ROLE) return a;
  }
  return (qt_subject){QS_NONE, 0, 0, 0, 0};
}

/* Clause before the opening mark: "X a déclaré : «", "a déclaré qu'il n'y
 * avait « pas de plans »". */
static qt_subject pre_clause(const qt_ctx *x, size_t open, size_t lo) {
  for (size_t v = open, steps = 0; v > lo && steps < PRE_WINDOW; steps++) {
    v--;
    if (is_stop(x, v)) break;
    if (!is_report(x, v)) continue;
    qt_subject s = subject_before(x, v, lo);
    if (!s.kind) s = subject_after(x, v, open);
    return s;
  }
  return (qt_subject){QS_NONE, 0, 0, 0, 0};
}

/* "selon X", "d'après X", "according to X" anywhere in the quote's sentence. */
static qt_subject according_clause(const qt_ctx *x, size_t lo, size_t hi) {
  for (size_t k = lo; k < hi; k++) {
    if (!(QFL(x, k) & NW_ACCORDING) || x->in_quote[k]) continue;
    qt_subject s = subject_after(x, k + (k + 1 < hi && tok(x, k + 1)->kind == FRISE_TOK_WORD &&
                                         !(QFL(x, k + 1) & (NW_DET | NW_INDEF)) &&
                                         mention_at(x, k + 1) < 0),
                                 hi);
    if (!s.kind) s = phrase_at(x, k + 1, k, hi);
    if (s.kind) {
      s.verb = k;
      s.cue_first = k;
      return s;
    }
  }
  return (qt_subject){QS_NONE, 0, 0, 0, 0};
}

static void sentence_bounds(const qt_ctx *x, size_t open, size_t close, size_t *lo, size_t *hi) {
  size_t s1 = frise_doc_sentence_at(x->d, tok(x, open)->start);
  size_t s2 = frise_doc_sentence_at(x->d, tok(x, close)->start);
  *lo = s1 < x->d->n_sentences ? x->d->sentences[s1].tok_first : 0;
  *hi = s2 < x->d->n_sentences ? x->d->sentences[s2].tok_first + x->d->sentences[s2].tok_count
                               : x->d->n_tokens;
}

/* A quote in the same sentence as the previous, attributed one, with no
 * clause of its own, shares its speaker: « convaincu » qu'un dialogue « efficace ». */
static int same_sentence_speech(qt_ctx *x, size_t open, frise_quote *q) {
  if (x->n == 0) return 0;
  const frise_quote *p = &x->q[x->n - 1];
  if (!p->speaker_name || !p->direct ||
      frise_doc_sentence_at(x->d, p->start) != frise_doc_sentence_at(x->d, tok(x, open)->start))
    return 0;
  q->speaker = p->speaker;
  q->speaker_name = p->speaker_name;
  q->verb = p->verb;
  q->cue_start = p->cue_start;
  q->cue_end = p->cue_end;
  q->confidence = p->confidence * 0.9f;
  return 1;
}

/* A quote opening its sentence right after an attributed quote, with no
 * clause of its own, continues the same speech. */
static void continuation(qt_ctx *x, size_t open, frise_quote *q) {
  if (x->n == 0 || x->q[x->n - 1].speaker < 0) return;
  const frise_quote *p = &x->q[x->n - 1];
  size_t s = frise_doc_sentence_at(x->d, tok(x, open)->start);
  size_t sp = frise_doc_sentence_at(x->d, p->end);
  if (s >= x->d->n_sentences || s > sp + 2) return;
  size_t first = x->d->sentences[s].tok_first; /* the mark, or the first of `` */
  if (first != open && !(first + 1 == open && qt_is_mark(x, first, "`"))) return;
  q->speaker = p->speaker;
  q->speaker_name = p->speaker_name;
  q->confidence = 0.5f;
}

void qt_attribute(qt_ctx *x, size_t open, size_t close, frise_quote *q) {
  size_t lo, hi;
  sentence_bounds(x, open, close, &lo, &hi);
  float base = 0.9f;
  /* after a preposition or a name, quoted words are a title ("sur « l'état de
   * l'Union »", "à CBS « Face the Nation »"): only a clause after them counts */
  size_t b = open > 1 && qt_is_mark(x, open, "`") && qt_is_mark(x, open - 1, "`") ? open - 1 : open;
  int title = b > 0 && close - open <= 7 && (is_prep(x, b - 1) || mention_at(x, b - 1) >= 0 || is_possessive(x, b - 1));
  qt_subject s = post_clause(x, close);
  if (title && !s.kind) s = late_clause(x, close, hi), base = 0.7f;
  q->speaker = -1;
  if (title && !s.kind) return;
  if (!s.kind) s = pre_clause(x, open, lo), base = 0.8f;
  /* "selon" is sought near the quote only: a sentence may hold many quotes */
  size_t alo = open > lo + ACCORDING_WINDOW ? open - ACCORDING_WINDOW : lo;
  size_t ahi = close + ACCORDING_WINDOW < hi ? close + ACCORDING_WINDOW : hi;
  if (!s.kind) s = according_clause(x, alo, ahi), base = 0.8f;
  if (!s.kind) s = late_clause(x, close, hi), base = 0.7f;
  q->speaker = -1;
  if (!s.kind) {
    if (!same_sentence_speech(x, open, q)) continuation(x, open, q);
    return;
  }
  float conf = base;
  const char *name = NULL;
  q->speaker = qt_resolve(x, &s, open, &conf, &name);
  q->speaker_name = name;
  q->confidence = conf;
  const frise_token *v = tok(x, s.verb);
  q->verb = frise_arena_strndup(x->d->arena, x->d->text + v->start, v->end - v->start);
  q->cue_start = tok(x, s.cue_first)->start;
  q->cue_end = tok(x, s.cue_last)->end;
}
