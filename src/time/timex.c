/* timex.c: the tagger's driver. Builds units, runs the rules left to right
 * (longest match, no overlap), reads the tense around each match, bounds or
 * infers the publication date from the document's own absolute dates, then
 * resolves every match in reading order, keeping the narrative date that
 * "la veille" or "two days later" refer to. */
#include "frise/timex.h"
#include "frise/lang.h"
#include "frise/text.h"
#include "tx.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
  tx_match m;
  int tense;
  int drop;
} found;

const char *frise_timex_type_name(frise_timex_type t) {
  static const char *names[] = {"DATE", "TIME", "DURATION", "SET"};
  return (unsigned)t <= FRISE_TIMEX_SET ? names[t] : "DATE";
}

const char *frise_anchor_name(frise_anchor a) {
  static const char *names[] = {"none", "dct", "narrative"};
  return (unsigned)a <= FRISE_ANCHOR_NARRATIVE ? names[a] : "none";
}

/* "get around Wednesday's ruling": a possessive date names an event already
 * known, so the clause's verb says nothing about which Wednesday it was. */
static int possessive_after(const frise_doc *d, const tx_unit *u, const tx_match *m) {
  const tx_unit *last = &u[m->u1 - 1];
  size_t t = last->tok + last->ntok;
  if (t >= d->n_tokens || d->tokens[t].start != last->end) return 0;
  const char *s = d->text + d->tokens[t].start;
  size_t n = d->tokens[t].end - d->tokens[t].start;
  return (n == 2 && s[0] == '\'' && (s[1] == 's' || s[1] == 'S')) || (n == 1 && s[0] == '\'');
}

/* Only dates that a tense can move need one: durations, references, years
 * and deictic days do not look at the verb. */
static int needs_tense(const tx_frame *f) {
  if (f->rule_flags & TXR_IN_AHEAD) return 1; /* a duration, or a date when ahead */
  if (f->type != FRISE_TIMEX_DATE && f->type != FRISE_TIMEX_TIME) return 0;
  return f->wd != TX_UNSET || f->m != TX_UNSET || f->d != TX_UNSET || f->season != TX_UNSET ||
         f->unit != TX_UNSET || f->nth;
}

/* ---- matching ---- */

/* "22 heures." alone as a sentence (a live report's time stamp) is a time of
 * day, not a duration. */
static void stamp_to_clock(const tx_unit *u, size_t nu, tx_match *m) {
  tx_frame *f = &m->f;
  if (f->type != FRISE_TIMEX_DURATION || f->unit != TXU_HOUR || f->n < 0 || f->n > 24 ||
      f->n != (int)f->n || f->mod != TX_UNSET || f->fuzzy || !u[m->u0].sent_first)
    return;
  size_t e = m->u1;
  int alone = e == nu || u[e].sent != u[m->u0].sent ||
              (u[e].end == u[e].start + 1 && (e + 1 == nu || u[e + 1].sent != u[m->u0].sent));
  if (!alone) return;
  f->type = FRISE_TIMEX_TIME;
  f->hh = (int)f->n, f->mm = 0;
  f->unit = TX_UNSET, f->n = -1;
}

/* "four flights a week", "50,000 records a year": a count, a noun, then
 * "a" and a unit is a rate, a SET (P1W), not a duration. */
static void rate_after_count(const tx_unit *u, tx_match *m) {
  tx_frame *f = &m->f;
  if (f->type != FRISE_TIMEX_DURATION || f->unit == TX_UNSET || m->u0 < 2 || m->u1 != m->u0 + 2) return;
  const tx_unit *a = &u[m->u0], *noun = &u[m->u0 - 1], *count = &u[m->u0 - 2];
  if (a->cls == TX_NUM && a->val == 1 && !a->ndigits && a->end - a->start <= 2 && !noun->e &&
      noun->sent == a->sent && count->sent == a->sent && count->cls == TX_NUM)
    f->type = FRISE_TIMEX_SET;
}

/* All matches; *outp is malloc'ed scratch (the caller frees it). */
static size_t find_all(const tx_rules *rules, const tx_unit *u, size_t nu, found **outp) {
  size_t n = 0, cap = 0;
  found *out = NULL;
  for (size_t i = 0; i < nu;) {
    tx_match m;
    if (tx_rules_match(rules, u, nu, i, &m)) {
      if (n == cap) {
        size_t ncap = cap ? cap * 2 : 32;
        found *grown = realloc(out, ncap * sizeof *out);
        if (!grown) abort();
        out = grown;
        cap = ncap;
      }
      tx_match inner; /* a rule with leading context must not hide a longer one */
      if (m.u0 > i && tx_rules_match(rules, u, nu, m.u0, &inner) && inner.u1 > m.u1) m = inner;
      stamp_to_clock(u, nu, &m);
      rate_after_count(u, &m);
      out[n].m = m;
      out[n].drop = m.f.type == TX_REJECT;
      n++;
      i = m.u1 > i ? m.u1 : i + 1;
    } else {
      i++;
    }
  }
  *outp = out;
  return n;
}

/* Tokens between two matches (units may stand for runs of words). */
static size_t token_gap(const tx_unit *u, const tx_match *a, const tx_match *b) {
  size_t end = u[a->u1 - 1].tok + u[a->u1 - 1].ntok, start = u[b->u0].tok;
  return start > end ? start - end : 0;
}

/* Matches prev and k sit in one sentence with exactly one token between them
 * ("March 3 , the day before", "Monday to Wednesday"): the one at tok(k) - 1. */
static int one_token_apart(const found *f, size_t prev, size_t k, const tx_unit *u) {
  return u[f[prev].m.u0].sent == u[f[k].m.u0].sent && token_gap(u, &f[prev].m, &f[k].m) == 1;
}

/* The token just after match prev: the one between it and a match one token
 * apart ("to" in "Monday to Wednesday"). */
static size_t token_after(const found *f, size_t prev, const tx_unit *u) {
  const tx_unit *end = &u[f[prev].m.u1 - 1];
  return end->tok + end->ntok;
}

/* "lundi 20, mardi 21 et mercredi 22 avril", "du 21 au 25 décembre": a day
 * without a month takes the month (and year) of the next date of its list;
 * in English order, "April 24 and 25", of the date just before it. */
static void share_months(found *f, size_t n, const tx_unit *u) {
  for (size_t k = n; k-- > 0;) {
    tx_frame *a = &f[k].m.f;
    if (a->d == TX_UNSET || a->m != TX_UNSET || a->dayoff != TX_UNSET) continue;
    if (k + 1 < n && u[f[k + 1].m.u0].sent == u[f[k].m.u0].sent &&
        token_gap(u, &f[k].m, &f[k + 1].m) <= 3 && f[k + 1].m.f.m != TX_UNSET && f[k + 1].m.f.d != TX_UNSET) {
      a->m = f[k + 1].m.f.m;
      a->y = f[k + 1].m.f.y;
    } else if (k > 0 && (a->rule_flags & TXR_NEEDMONTH) && u[f[k - 1].m.u0].sent == u[f[k].m.u0].sent &&
               token_gap(u, &f[k - 1].m, &f[k].m) <= 1 && f[k - 1].m.f.m != TX_UNSET &&
               f[k - 1].m.f.d != TX_UNSET && f[k - 1].m.f.d < a->d) {
      a->m = f[k - 1].m.f.m; /* April 24 and 25 */
      a->y = f[k - 1].m.f.y;
    } else if ((a->rule_flags & TXR_NEEDMONTH) && a->wd == TX_UNSET) {
      f[k].drop = 1; /* "lundi 3" keeps: its weekday finds the month */
    }
  }
}

/* "Vers 0 h 40, jeudi": a clock time takes the day named right after it. */
static void share_days(found *f, size_t n, const tx_unit *u) {
  for (size_t k = 0; k + 1 < n; k++) {
    tx_frame *a = &f[k].m.f;
    const tx_frame *b = &f[k + 1].m.f;
    if (a->hh == TX_UNSET || a->d != TX_UNSET || a->wd != TX_UNSET || a->dayoff != TX_UNSET ||
        a->narr != TX_UNSET)
      continue;
    if (u[f[k + 1].m.u0].sent != u[f[k].m.u0].sent || token_gap(u, &f[k].m, &f[k + 1].m) > 2) continue;
    if (b->wd == TX_UNSET && b->d == TX_UNSET && b->dayoff == TX_UNSET) continue;
    a->wd = b->wd, a->d = b->d, a->m = b->m, a->y = b->y, a->dayoff = b->dayoff, a->dir = b->dir;
  }
}

/* "on Monday and Tuesday nights", "les lundis et mardis soir": a bare
 * weekday coordinated with a recurring one (one word between) recurs too,
 * at the same part of the day. */
static void share_recurrence(found *f, size_t n, const tx_unit *u) {
  for (size_t k = 0; k + 1 < n; k++) {
    tx_frame *a = &f[k].m.f;
    const tx_frame *b = &f[k + 1].m.f;
    if (a->type != FRISE_TIMEX_DATE || a->wd == TX_UNSET || a->d != TX_UNSET || a->pod != TX_UNSET ||
        a->dir != TX_UNSET || b->type != FRISE_TIMEX_SET || b->wd == TX_UNSET || f[k].drop || f[k + 1].drop)
      continue;
    if (u[f[k + 1].m.u0].sent != u[f[k].m.u0].sent || token_gap(u, &f[k].m, &f[k + 1].m) != 1) continue;
    a->type = FRISE_TIMEX_SET, a->pod = b->pod;
  }
}

/* ---- the publication date ---- */

static frise_date last_day_of(frise_date x) {
  frise_date e = x;
  if (x.prec == FRISE_PREC_YEAR) e.month = 12;
  e.day = frise_days_in_month(e.year, e.month);
  e.prec = FRISE_PREC_DAY;
  return e;
}

/* When the DCT is coarse, the document's own dates bound it: the article was
 * written after the latest date it reports in the past (or with its year, as
 * captions do) and before a date it announces in the future tense. A
 * contradiction (a misread tense) drops the upper bound. */
static void bound_dct(frise_doc *d, const found *f, size_t n, tx_context *c) {
  c->dct = d->dct;
  memset(&c->dct_lo, 0, sizeof c->dct_lo);
  memset(&c->dct_hi, 0, sizeof c->dct_hi);
  if (d->dct.prec != FRISE_PREC_MONTH && d->dct.prec != FRISE_PREC_YEAR) return;
  frise_date first = {d->dct.year, d->dct.prec == FRISE_PREC_YEAR ? 1 : d->dct.month, 1, 0, 0, FRISE_PREC_DAY};
  frise_date last = last_day_of(d->dct);
  frise_date lo = first, hi = last;
  for (size_t k = 0; k < n; k++) {
    const tx_frame *x = &f[k].m.f;
    if (f[k].drop || x->m == TX_UNSET || x->d == TX_UNSET || x->dir != TX_UNSET || x->yy2 ||
        x->dayoff != TX_UNSET || x->narr != TX_UNSET)
      continue;
    int y = x->y != TX_UNSET ? x->y : d->dct.year;
    if (x->d > frise_days_in_month(y, x->m)) continue;
    frise_date day = {y, x->m, x->d, 0, 0, FRISE_PREC_DAY};
    if (frise_date_cmp(&day, &first) < 0 || frise_date_cmp(&day, &last) > 0) continue;
    int future = f[k].tense == 1, past = f[k].tense == -1 || (x->y != TX_UNSET && !future);
    if (past && frise_date_cmp(&day, &lo) > 0) lo = day;
    if (future && frise_date_cmp(&day, &hi) < 0) hi = day;
  }
  if (frise_date_cmp(&lo, &hi) > 0) hi = last;
  c->dct_lo = lo;
  c->dct_hi = hi;
}

/* No DCT: the latest absolute date the document reports (with its year) gives
 * the month it was written in; the evidence says which words. */
/* "mardi 7 décembre" without a year, in a text that names years up to ymax:
 * the one year in [ymax, ymax + 7] whose 7 December is a Tuesday, or 0. */
static int year_of_weekday_pair(const tx_frame *x, int ymax) {
  if (!ymax || x->wd == TX_UNSET || x->m == TX_UNSET || x->d == TX_UNSET || x->y != TX_UNSET) return 0;
  int found_year = 0;
  for (int y = ymax; y <= ymax + 7; y++) {
    if (x->d > frise_days_in_month(y, x->m) || frise_weekday(y, x->m, x->d) != x->wd) continue;
    if (found_year) return 0;
    found_year = y;
  }
  return found_year;
}

static void infer_dct(frise_doc *d, const found *f, size_t n, const tx_unit *u) {
  int best = -1, ymax = 0;
  frise_date bd = {0};
  for (size_t k = 0; k < n; k++)
    if (!f[k].drop && f[k].m.f.y != TX_UNSET && !f[k].m.f.yy2 && f[k].m.f.y > ymax && f[k].tense != 1)
      ymax = f[k].m.f.y;
  for (size_t k = 0; k < n; k++) {
    const tx_frame *x = &f[k].m.f;
    int y = x->y != TX_UNSET ? x->y : year_of_weekday_pair(x, ymax);
    if (f[k].drop || !y || y == TX_UNSET || x->m == TX_UNSET || x->yy2) continue;
    if (f[k].tense > 0 && f[k].tense != 2) continue;
    frise_date day = {y, x->m, x->d == TX_UNSET ? 1 : x->d, 0, 0, FRISE_PREC_DAY};
    if (day.day > frise_days_in_month(day.year, day.month)) continue;
    if (best < 0 || frise_date_cmp(&day, &bd) > 0) best = (int)k, bd = day;
  }
  if (best < 0) return;
  d->dct = (frise_date){bd.year, bd.month, 0, 0, 0, FRISE_PREC_MONTH};
  d->dct_source = FRISE_DCT_INFERRED;
  const tx_unit *a = &u[f[best].m.u0], *b = &u[f[best].m.u1 - 1];
  char ev[160];
  int len = (int)(b->end - a->start) > 100 ? 100 : (int)(b->end - a->start);
  snprintf(ev, sizeof ev, "latest date reported in the text: \"%.*s\"", len, d->text + a->start);
  d->dct_evidence = frise_arena_strdup(d->arena, ev);
}

/* ---- driver ---- */

static const struct frise_timex_pack *pack_for(const frise_doc *d) {
  const frise_lang *l = frise_lang_get(d->lang[0] ? d->lang : "fr");
  if (l && l->timex) return l->timex;
  return tx_pack_find(l ? l->code : "fr");
}

/* A remembered weekday is reused unless the clause's tense points the other
 * way from the publication day: "would look for ways around Wednesday's
 * ruling", then "the decision was announced Wednesday". */
static int agrees(const frise_date *day, const tx_context *c, int tense) {
  if (tense != -1 && tense != 1) return 1;
  if (c->dct.prec < FRISE_PREC_DAY) return 1;
  frise_date a = c->dct;
  a.prec = FRISE_PREC_DAY, a.hour = a.minute = 0;
  int cmp = frise_date_cmp(day, &a);
  return tense < 0 ? cmp <= 0 : cmp >= 0;
}

/* "à la veille de la manifestation du 30 juin": la veille counts from the
 * date named just after it, when there is one, not from the last date told. */
static int day_named_after(const found *f, size_t n, size_t k, const tx_unit *u, const tx_context *c,
                           frise_date *out) {
  if (f[k].m.f.narr == TX_UNSET || k + 1 >= n || f[k + 1].drop) return 0;
  const tx_frame *b = &f[k + 1].m.f;
  if (b->m == TX_UNSET || b->d == TX_UNSET || u[f[k + 1].m.u0].sent != u[f[k].m.u0].sent ||
      token_gap(u, &f[k].m, &f[k + 1].m) > 5)
    return 0;
  tx_context scratch = *c;
  scratch.tense = f[k + 1].tense;
  frise_timex t;
  tx_resolve(b, &scratch, &t);
  if (t.point.prec < FRISE_PREC_DAY) return 0;
  *out = t.point;
  out->prec = FRISE_PREC_DAY;
  return 1;
}

/* A weekday named again in the same article is the same day: fills the frame
 * from the remembered day. */
static void recall_weekday(tx_frame *fr, const frise_date *seen, const tx_context *c, int tense) {
  int wd = fr->wd != TX_UNSET && fr->wd >= 1 && fr->wd <= 7 ? fr->wd : 0;
  if (wd && fr->d == TX_UNSET && fr->dir == TX_UNSET && fr->dayoff == TX_UNSET && !fr->every &&
      seen[wd].prec == FRISE_PREC_DAY && fr->type != FRISE_TIMEX_SET && agrees(&seen[wd], c, tense))
    fr->y = seen[wd].year, fr->m = seen[wd].month, fr->d = seen[wd].day;
}

/* "10:35 a.m. (0735 GMT) Friday": a bare clock takes the day named just after
 * it in the same sentence. Returns that day, or a date of precision NONE. */
static frise_date day_after_clock(const found *f, size_t n, size_t k, const tx_unit *u,
                                  const frise_date *seen, const tx_context *c) {
  frise_date none = {0};
  const tx_frame *fr = &f[k].m.f;
  if (fr->hh == TX_UNSET || fr->d != TX_UNSET || fr->wd != TX_UNSET || fr->dayoff != TX_UNSET ||
      fr->m != TX_UNSET || fr->type == FRISE_TIMEX_SET || k + 1 >= n || f[k + 1].drop)
    return none;
  const found *nx = &f[k + 1];
  uint32_t s = u[f[k].m.u0].sent, ns = u[nx->m.u0].sent;
  /* the splitter may have cut after "a.m."; a day named just before wins: "samedi 4, à 18 h 30" */
  int cut = ns == s + 1 && u[f[k].m.u1 - 1].cls == TX_AMPM;
  if ((ns != s && !cut) || nx->m.u0 - f[k].m.u1 > 6) return none;
  if (k > 0 && !f[k - 1].drop && u[f[k - 1].m.u0].sent == s &&
      (f[k - 1].m.f.wd != TX_UNSET || f[k - 1].m.f.d != TX_UNSET || f[k - 1].m.f.dayoff != TX_UNSET))
    return none;
  tx_frame g = nx->m.f;
  if (g.wd == TX_UNSET && g.dayoff == TX_UNSET && (g.m == TX_UNSET || g.d == TX_UNSET)) return none;
  tx_context c2 = *c;
  c2.tense = (g.rule_flags & TXR_AHEAD) ? 1 : (g.rule_flags & TXR_BEHIND) ? -1 : nx->tense;
  recall_weekday(&g, seen, &c2, nx->tense);
  frise_timex tmp;
  memset(&tmp, 0, sizeof tmp);
  tx_resolve(&g, &c2, &tmp);
  if (tmp.point.prec < FRISE_PREC_DAY) return none;
  frise_date day = tmp.point;
  day.prec = FRISE_PREC_DAY, day.hour = day.minute = 0;
  return day;
}

static int word_at_in(const frise_doc *d, size_t t, const char *const *list) {
  char low[96];
  size_t n = tx_token_lower(d, t, low);
  return n && tx_word_in(list, low, n);
}

/* ---- event anchors ---- */

/* the event's other mentions share this much of its stem; they are looked
 * for this many sentences back at most (farther, the same noun is as likely
 * another event) */
enum { EVENT_PREFIX = 6, EVENT_MIN = 4, EVENT_SENTENCES = 4 };

/* The event word is a noun, not the subject of a clause: what follows it is
 * punctuation, the end, or one of the pack's event_ends (no list: anything). */
static int event_ends_here(const frise_doc *d, const struct frise_timex_pack *p, size_t t) {
  if (!p->event_ends || t >= d->n_tokens || d->tokens[t].kind != FRISE_TOK_WORD) return 1;
  return word_at_in(d, t, p->event_ends);
}

/* The event a narrative day names: "la veille de l'ouverture" -> ouverture.
 * The link must follow the span at once ("la veille au soir" names none), a
 * determiner may follow it. Writes the start of the event word's stem, which
 * its other mentions share (ouverture, ouverte: ouvert). */
static size_t event_prefix(const frise_doc *d, const struct frise_timex_pack *p, const tx_unit *u,
                           const tx_match *m, frise_stemmer **stem, char *out) {
  const tx_unit *last = &u[m->u1 - 1];
  size_t t = last->tok + last->ntok;
  for (int at = 0; t < d->n_tokens && at < 3; t++, at++) {
    char low[96];
    size_t ln = d->tokens[t].kind == FRISE_TOK_WORD ? tx_token_lower(d, t, low) : 0;
    if (!ln) return 0;
    if (at == 0) {
      if (!tx_word_in(p->event_links, low, ln)) return 0;
      continue;
    }
    if (at == 1 && tx_word_in(p->event_dets, low, ln)) continue;
    if (ln < EVENT_MIN || !event_ends_here(d, p, t + 1)) return 0;
    if (!*stem && !(*stem = frise_stemmer_new(d->lang))) return 0;
    size_t sl;
    const char *st = frise_stemmer_stem(*stem, low, ln, &sl);
    if (!st || sl < EVENT_MIN) return 0;
    size_t k = sl < EVENT_PREFIX ? sl : EVENT_PREFIX;
    memcpy(out, st, k);
    return k;
  }
  return 0;
}

static int sentence_mentions(const frise_doc *d, uint32_t s, const char *prefix, size_t k) {
  const frise_sentence *sn = &d->sentences[s];
  for (size_t t = sn->tok_first; t < sn->tok_first + sn->tok_count; t++) {
    char low[96];
    if (d->tokens[t].kind == FRISE_TOK_WORD && d->tokens[t].end - d->tokens[t].start >= k &&
        tx_token_lower(d, t, low) >= k && memcmp(low, prefix, k) == 0)
      return 1;
  }
  return 0;
}

/* "La veille de l'ouverture" after "la passerelle a été ouverte samedi 7
 * juin": the day before the 7th, not before the last date told. The event is
 * dated by the latest earlier day whose sentence mentions a word starting like
 * it (ouverture, ouverte); no such sentence, no change. */
static int event_day(const frise_doc *d, const struct frise_timex_pack *p, const found *f, size_t k,
                     const tx_unit *u, const frise_date *day_of, frise_stemmer **stem, frise_date *out) {
  char prefix[EVENT_PREFIX];
  size_t len = f[k].m.f.narr != TX_UNSET && p && p->event_links ? event_prefix(d, p, u, &f[k].m, stem, prefix) : 0;
  if (!len) return 0;
  uint32_t here = u[f[k].m.u0].sent;
  for (size_t j = k; j-- > 0;) {
    uint32_t s = u[f[j].m.u0].sent;
    if (s + EVENT_SENTENCES < here) break;
    if (f[j].drop || day_of[j].prec != FRISE_PREC_DAY || s == here || s >= d->n_sentences) continue;
    if (sentence_mentions(d, s, prefix, len)) {
      *out = day_of[j];
      return 1;
    }
  }
  return 0;
}

/* "March 3, the day before the vote", "le 6 juin, la veille de l'ouverture":
 * a relative day set off by a comma after a date names that same date. */
static int appositive_day(const frise_doc *d, const found *f, size_t k, size_t prev, const tx_unit *u,
                          const frise_date *day_of, frise_date *out) {
  if (f[k].m.f.narr == TX_UNSET || prev == (size_t)-1 || day_of[prev].prec != FRISE_PREC_DAY ||
      !one_token_apart(f, prev, k, u))
    return 0;
  const frise_token *t = &d->tokens[u[f[k].m.u0].tok - 1];
  if (t->end != t->start + 1 || d->text[t->start] != ',') return 0;
  *out = day_of[prev];
  return 1;
}

/* "the quarter ended July 31": the calendar quarter holding most of the three
 * months that close on that day (May to July: the second), not the one before
 * the DCT; it becomes the reporting period. A quarter the document named
 * before ("its fiscal first quarter") stays the period: it is the one meant. */
static void quarter_ended(const frise_doc *d, const struct frise_timex_pack *p, const found *f, size_t k,
                          size_t prev, const tx_unit *u, frise_timex *quarter, const frise_timex *day,
                          tx_context *c) {
  const tx_frame *q = &f[prev].m.f;
  if (c->period_y || !p->period_ends || !q->report || q->unit != TXU_QUARTER || q->ord != TX_UNSET ||
      q->y != TX_UNSET || day->point.prec < FRISE_PREC_DAY || !one_token_apart(f, prev, k, u) ||
      !word_at_in(d, u[f[k].m.u0].tok - 1, p->period_ends))
    return;
  int y = day->point.year, mid = day->point.month - 1; /* the middle month of the three */
  if (mid == 0) mid = 12, y--;
  int qn = (mid - 1) / 3 + 1;
  c->period_y = y, c->period_q = qn;
  snprintf(quarter->value, sizeof quarter->value, "%04d-Q%d", y, qn);
  quarter->point = (frise_date){y, 0, 0, 0, 0, FRISE_PREC_YEAR};
}

/* "entre lundi et mercredi", "from Monday to Wednesday": the second weekday
 * of a range is not before the first; read alone it may have been (the
 * Wednesday of the report when the Monday is next week's). A list ("made
 * Friday and Thursday") keeps its order. */
static void order_weekday_pair(const frise_doc *d, const struct frise_timex_pack *p, const found *f, size_t k,
                               size_t prev, const tx_unit *u, const frise_timex *before, frise_timex *x) {
  const tx_frame *a = &f[prev].m.f, *b = &f[k].m.f;
  int weekday_only = a->wd != TX_UNSET && b->wd != TX_UNSET && a->d == TX_UNSET && b->d == TX_UNSET &&
                     a->dir == TX_UNSET && b->dir == TX_UNSET;
  if (!weekday_only || !one_token_apart(f, prev, k, u))
    return;
  size_t first = u[f[prev].m.u0].tok, link = token_after(f, prev, u);
  if (!word_at_in(d, link, p->range_to) && !(first > 0 && word_at_in(d, first - 1, p->range_open))) return;
  if (before->point.prec != FRISE_PREC_DAY || x->point.prec != FRISE_PREC_DAY || strlen(x->value) != 10 ||
      frise_date_cmp(&x->point, &before->point) >= 0)
    return;
  frise_date_add_days(&x->point, 7);
  frise_date_format(&x->point, x->value, sizeof x->value);
}

/* "this year through August", "1989 to March": a month that closes a
 * range opened by a year is in that year, whatever the tense says. */
static void month_of_year_range(const frise_doc *d, const struct frise_timex_pack *p, const found *f, size_t k,
                                size_t prev, const tx_unit *u, const frise_timex *year, frise_timex *x) {
  const tx_frame *b = &f[k].m.f;
  if (b->m == TX_UNSET || b->y != TX_UNSET || b->d != TX_UNSET || b->wd != TX_UNSET || !p->range_to ||
      year->type != FRISE_TIMEX_DATE || year->point.prec != FRISE_PREC_YEAR || strlen(year->value) != 4 ||
      x->point.prec != FRISE_PREC_MONTH || x->point.year == year->point.year || !one_token_apart(f, prev, k, u))
    return;
  if (!word_at_in(d, token_after(f, prev, u), p->range_to)) return;
  x->point.year = year->point.year;
  snprintf(x->value, sizeof x->value, "%04d-%02d", x->point.year, x->point.month);
}

/* "For the nine months, ... In the year-earlier period, ...": once the
 * report has moved on from a quarter to a span of months, the year-ago
 * period is that span (TimeBank writes it as a duration, P9M). */
static void period_in_months(const tx_frame *fr, const tx_context *c, frise_timex *x) {
  if (!fr->report || fr->unit != TXU_YEAR || !(fr->earlier || fr->ago) || fr->y != TX_UNSET ||
      !c->period_months || c->period_y)
    return;
  x->type = FRISE_TIMEX_DURATION;
  snprintf(x->value, sizeof x->value, "P%dM", c->period_months);
  memset(&x->point, 0, sizeof x->point);
  x->anchor = FRISE_ANCHOR_NONE;
}

/* The reporting period a financial article is about. The first recent
 * quarter named is the one reported on; later ones are comparisons; one
 * named with a future cue ("expected to continue into the fourth quarter")
 * is a forecast when that quarter is not over. A span of six months or more
 * ("the nine months") ends the quarter's reign. */
static void note_period(const tx_frame *fr, int tense, const frise_timex *x, tx_context *c) {
  int qy, qn;
  char tail;
  const frise_date *t = &c->dct;
  if (!c->period_y && fr->ord != TX_UNSET && sscanf(x->value, "%4d-Q%1d%c", &qy, &qn, &tail) == 2 &&
      qn >= 1 && qn <= 4 && (t->prec < FRISE_PREC_YEAR || (qy >= t->year - 1 && qy <= t->year)) &&
      !(tense == 1 && t->prec >= FRISE_PREC_MONTH && qy * 4 + qn >= t->year * 4 + (t->month + 2) / 3))
    c->period_y = qy, c->period_q = qn, c->period_months = 0;
  if (x->type == FRISE_TIMEX_DURATION && fr->unit == TXU_MONTH && fr->n >= 6) {
    c->period_y = c->period_q = 0;
    c->period_months = fr->n < 12 && fr->n == (int)fr->n ? (int)fr->n : 0;
  }
}

/* A sentence after match prev, up to match k's, opens with a topic shift
 * ("Separately, ..."): the reporting period named before is another firm's. */
static int topic_shift_between(const frise_doc *d, const struct frise_timex_pack *p, const found *f, size_t prev,
                               size_t k, const tx_unit *u) {
  if (!p->topic_shifts || prev == (size_t)-1) return 0;
  for (uint32_t s = u[f[prev].m.u0].sent + 1; s <= u[f[k].m.u0].sent && s < d->n_sentences; s++)
    if (d->sentences[s].tok_count && word_at_in(d, d->sentences[s].tok_first, p->topic_shifts)) return 1;
  return 0;
}

static void emit(frise_doc *d, found *f, size_t n, const tx_unit *u, tx_context *c) {
  d->timexes = frise_arena_calloc(d->arena, n ? n : 1, sizeof *d->timexes);
  d->n_timexes = 0;
  memset(&c->narrative, 0, sizeof c->narrative);
  c->narrative_year = 0;
  frise_date seen[8]; /* the day each weekday was last resolved to */
  memset(seen, 0, sizeof seen);
  const struct frise_timex_pack *p = pack_for(d);
  frise_date *day_of = frise_arena_calloc(d->arena, n ? n : 1, sizeof *day_of); /* each match's day */
  frise_stemmer *stem = NULL; /* made on the first event named, rare */
  size_t last_k = (size_t)-1;  /* the match of the last timex emitted */
  for (size_t k = 0; k < n; k++) {
    if (f[k].drop) continue;
    frise_timex *x = &d->timexes[d->n_timexes];
    c->tense = (f[k].m.f.rule_flags & TXR_AHEAD) ? 1 : (f[k].m.f.rule_flags & TXR_BEHIND) ? -1 : f[k].tense;
    tx_frame fr = f[k].m.f;
    if (topic_shift_between(d, p, f, last_k, k, u)) c->period_y = c->period_q = c->period_months = 0;
    if ((fr.rule_flags & TXR_IN_AHEAD) && c->tense == 1) /* a range ahead is no one day: FUTURE_REF */
      fr.in = 1, fr.fuzzy = (fr.rule_flags & TXR_FIRST) != 0;
    if (fr.rule_flags & TXR_FROM_NOW) fr.in = 1, fr.ref = TX_UNSET; /* "now" is the anchor, not the value */
    int wd = fr.wd != TX_UNSET && fr.wd >= 1 && fr.wd <= 7 ? fr.wd : 0;
    recall_weekday(&fr, seen, c, f[k].tense);
    frise_date saved = c->narrative, later = day_after_clock(f, n, k, u, seen, c), after;
    if (later.prec == FRISE_PREC_DAY) c->narrative = later;
    else if (day_named_after(f, n, k, u, c, &after)) c->narrative = after;
    else if (appositive_day(d, f, k, last_k, u, day_of, &after)) c->narrative = after, fr.narr = 0;
    else if (event_day(d, p, f, k, u, day_of, &stem, &after)) c->narrative = after;
    tx_resolve(&fr, c, x);
    period_in_months(&fr, c, x);
    if (d->n_timexes > 0 && last_k != (size_t)-1) {
      order_weekday_pair(d, p, f, k, last_k, u, x - 1, x);
      month_of_year_range(d, p, f, k, last_k, u, x - 1, x);
      quarter_ended(d, p, f, k, last_k, u, x - 1, x, c);
    }
    c->narrative = saved;
    if ((x->type == FRISE_TIMEX_DATE || x->type == FRISE_TIMEX_TIME) && x->point.prec >= FRISE_PREC_DAY) {
      day_of[k] = x->point;
      day_of[k].prec = FRISE_PREC_DAY, day_of[k].hour = day_of[k].minute = 0;
    }
    if (wd && x->point.prec >= FRISE_PREC_DAY && !fr.narr_rel) { /* "the previous Friday" is another one */
      seen[wd] = x->point;
      seen[wd].prec = FRISE_PREC_DAY;
    }
    if (!x->value[0]) continue;
    note_period(&fr, f[k].tense, x, c);
    x->start = u[f[k].m.u0].start;
    x->end = u[f[k].m.u1 - 1].end;
    d->n_timexes++;
    last_k = k;
    if ((x->type == FRISE_TIMEX_DATE || x->type == FRISE_TIMEX_TIME) && x->point.prec >= FRISE_PREC_YEAR &&
        x->anchor == FRISE_ANCHOR_NONE)
      c->narrative_year = x->point.year; /* an explicit date, not one computed from the DCT */
    if ((x->type == FRISE_TIMEX_DATE || x->type == FRISE_TIMEX_TIME) &&
        x->point.prec >= FRISE_PREC_MONTH) {
      c->narrative = x->point;
      if (c->narrative.prec == FRISE_PREC_MINUTE) c->narrative.prec = FRISE_PREC_DAY;
    }
  }
  if (stem) frise_stemmer_free(stem);
}

void frise_timex_annotate(frise_doc *d) {
  d->timexes = NULL;
  d->n_timexes = 0;
  const struct frise_timex_pack *p = pack_for(d);
  const tx_lexicon *lx = tx_lexicon_get(p);
  const tx_rules *rules = tx_rules_get(lx);
  if (!rules || !d->n_tokens) return;
  tx_unit *u = NULL;
  size_t nu = tx_units_build(d, lx, &u);
  found *f = NULL;
  size_t n = find_all(rules, u, nu, &f);
  share_months(f, n, u);
  share_days(f, n, u); /* before the tenses: "midnight on Friday" needs one as a day */
  share_recurrence(f, n, u);
  const void *lens = tx_tense_table(p);
  uint8_t *memo = calloc(d->n_tokens + 1, 1);
  if (!memo) abort();
  for (size_t k = 0; k < n; k++)
    f[k].tense = needs_tense(&f[k].m.f) && !possessive_after(d, u, &f[k].m)
                     ? tx_tense_at(d, p, lens, memo, u, nu, f[k].m.u0, f[k].m.u1)
                     : 2;
  free(memo);
  if (d->dct.prec == FRISE_PREC_NONE) infer_dct(d, f, n, u);
  tx_context c;
  memset(&c, 0, sizeof c);
  c.lang = p->lang;
  c.conventions = p->conventions;
  bound_dct(d, f, n, &c);
  emit(d, f, n, u, &c);
  free(f);
  free(u);
}
