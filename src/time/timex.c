/* timex.c: the tagger's driver. Builds units, runs the rules left to right
 * (longest match, no overlap), reads the tense around each match, bounds or
 * infers the publication date from the document's own absolute dates, then
 * resolves every match in reading order, keeping the narrative date that
 * "la veille" or "two days later" refer to. */
#include "frise/timex.h"
#include "frise/lang.h"
#include "frise/utf8.h"
#include "tx.h"
#include <stdio.h>
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

/* ---- tense ---- */

static int tense_of_word(const struct frise_timex_pack *p, const char *w, size_t n) {
  for (const frise_timex_tense *t = p->tenses; t && t->form; t++) {
    size_t l = strlen(t->form);
    if (!t->suffix) {
      if (l == n && memcmp(t->form, w, n) == 0) return t->tense;
    } else if (n >= l + 2 && memcmp(t->form, w + n - l, l) == 0) {
      return t->tense;
    }
  }
  return 2;
}

int tx_tense_at(const frise_doc *d, const struct frise_timex_pack *p, const tx_unit *u, size_t nu,
                size_t u0, size_t u1) {
  (void)nu;
  uint32_t s = u[u0].sent;
  if (s >= d->n_sentences) return 2;
  size_t first = d->sentences[s].tok_first, last = first + d->sentences[s].tok_count;
  size_t t0 = u[u0].tok, t1 = u[u1 - 1].tok + u[u1 - 1].ntok;
  for (size_t dist = 1; dist <= 12; dist++) {
    size_t cand[2] = {t0 >= first + dist ? t0 - dist : (size_t)-1, t1 + dist - 1 < last ? t1 + dist - 1 : (size_t)-1};
    for (int k = 0; k < 2; k++) {
      if (cand[k] == (size_t)-1) continue;
      const frise_token *t = &d->tokens[cand[k]];
      size_t n = t->end - t->start;
      if (t->kind != FRISE_TOK_WORD || n > 30) continue;
      char low[64];
      size_t ln = frise_utf8_lower(d->text + t->start, n, low);
      int v = tense_of_word(p, low, ln);
      if (v != 2) return v;
    }
  }
  return 2;
}

/* ---- matching ---- */

static size_t find_all(const tx_rules *rules, const tx_unit *u, size_t nu, found *out, size_t cap) {
  size_t n = 0;
  for (size_t i = 0; i < nu && n < cap;) {
    tx_match m;
    if (tx_rules_match(rules, u, nu, i, &m)) {
      tx_match inner; /* a rule with leading context must not hide a longer one */
      if (m.u0 > i && tx_rules_match(rules, u, nu, m.u0, &inner) && inner.u1 > m.u1) m = inner;
      out[n].m = m;
      out[n].drop = m.f.type == TX_REJECT;
      n++;
      i = m.u1 > i ? m.u1 : i + 1;
    } else {
      i++;
    }
  }
  return n;
}

/* "lundi 20, mardi 21 et mercredi 22 avril", "du 21 au 25 décembre": a day
 * without a month takes the month (and year) of the next date of its list. */
static void share_months(found *f, size_t n, const tx_unit *u) {
  for (size_t k = n; k-- > 0;) {
    tx_frame *a = &f[k].m.f;
    if (a->d == TX_UNSET || a->m != TX_UNSET || a->dayoff != TX_UNSET) continue;
    if (k + 1 < n && u[f[k + 1].m.u0].sent == u[f[k].m.u0].sent &&
        f[k + 1].m.u0 - f[k].m.u1 <= 3 && f[k + 1].m.f.m != TX_UNSET && f[k + 1].m.f.d != TX_UNSET) {
      a->m = f[k + 1].m.f.m;
      a->y = f[k + 1].m.f.y;
    } else if (a->rule_flags & TXR_NEEDMONTH) {
      f[k].drop = 1;
    }
  }
}

/* ---- the publication date ---- */

static int explicit_day(const tx_frame *f) {
  return f->y != TX_UNSET && f->m != TX_UNSET && f->d != TX_UNSET && !f->yy2;
}

static frise_date last_day_of(frise_date x) {
  frise_date e = x;
  if (x.prec == FRISE_PREC_YEAR) e.month = 12;
  e.day = frise_days_in_month(e.year, e.month);
  e.prec = FRISE_PREC_DAY;
  return e;
}

/* When the DCT is coarse, the latest absolute past date of the document is a
 * lower bound: the article was written after what it reports. */
static void bound_dct(frise_doc *d, const found *f, size_t n, tx_context *c) {
  c->dct = d->dct;
  memset(&c->dct_lo, 0, sizeof c->dct_lo);
  memset(&c->dct_hi, 0, sizeof c->dct_hi);
  if (d->dct.prec != FRISE_PREC_MONTH && d->dct.prec != FRISE_PREC_YEAR) return;
  frise_date lo = {d->dct.year, d->dct.prec == FRISE_PREC_YEAR ? 1 : d->dct.month, 1, 0, 0, FRISE_PREC_DAY};
  frise_date hi = last_day_of(d->dct);
  for (size_t k = 0; k < n; k++) {
    const tx_frame *x = &f[k].m.f;
    if (f[k].drop || !explicit_day(x) || (f[k].tense > 0 && f[k].tense != 2)) continue;
    if (x->d > frise_days_in_month(x->y, x->m)) continue;
    frise_date day = {x->y, x->m, x->d, 0, 0, FRISE_PREC_DAY};
    if (frise_date_cmp(&day, &lo) > 0 && frise_date_cmp(&day, &hi) <= 0) lo = day;
  }
  c->dct_lo = lo;
  c->dct_hi = hi;
}

/* No DCT: the latest absolute date the document reports (with its year) gives
 * the month it was written in; the evidence says which words. */
static void infer_dct(frise_doc *d, const found *f, size_t n, const tx_unit *u) {
  int best = -1;
  frise_date bd = {0};
  for (size_t k = 0; k < n; k++) {
    const tx_frame *x = &f[k].m.f;
    if (f[k].drop || x->y == TX_UNSET || x->m == TX_UNSET || x->yy2) continue;
    if (f[k].tense > 0 && f[k].tense != 2) continue;
    frise_date day = {x->y, x->m, x->d == TX_UNSET ? 1 : x->d, 0, 0, FRISE_PREC_DAY};
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

static void emit(frise_doc *d, found *f, size_t n, const tx_unit *u, tx_context *c) {
  d->timexes = frise_arena_calloc(d->arena, n ? n : 1, sizeof *d->timexes);
  d->n_timexes = 0;
  memset(&c->narrative, 0, sizeof c->narrative);
  frise_date seen[8]; /* the day each weekday was last resolved to */
  memset(seen, 0, sizeof seen);
  for (size_t k = 0; k < n; k++) {
    if (f[k].drop) continue;
    frise_timex *x = &d->timexes[d->n_timexes];
    c->tense = f[k].tense;
    tx_frame fr = f[k].m.f;
    int wd = fr.wd != TX_UNSET && fr.wd >= 1 && fr.wd <= 7 ? fr.wd : 0;
    /* a weekday named again in the same article is the same day */
    if (wd && fr.d == TX_UNSET && fr.dir == TX_UNSET && fr.dayoff == TX_UNSET && !fr.every &&
        seen[wd].prec == FRISE_PREC_DAY && fr.type != FRISE_TIMEX_SET)
      fr.y = seen[wd].year, fr.m = seen[wd].month, fr.d = seen[wd].day;
    tx_resolve(&fr, c, x);
    if (wd && x->point.prec >= FRISE_PREC_DAY) {
      seen[wd] = x->point;
      seen[wd].prec = FRISE_PREC_DAY;
    }
    if (!x->value[0]) continue;
    x->start = u[f[k].m.u0].start;
    x->end = u[f[k].m.u1 - 1].end;
    d->n_timexes++;
    if ((x->type == FRISE_TIMEX_DATE || x->type == FRISE_TIMEX_TIME) &&
        x->point.prec >= FRISE_PREC_MONTH) {
      c->narrative = x->point;
      if (c->narrative.prec == FRISE_PREC_MINUTE) c->narrative.prec = FRISE_PREC_DAY;
    }
  }
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
  size_t cap = nu / 2 + 4;
  found *f = frise_arena_alloc(d->arena, cap * sizeof *f);
  size_t n = find_all(rules, u, nu, f, cap);
  for (size_t k = 0; k < n; k++) f[k].tense = tx_tense_at(d, p, u, nu, f[k].m.u0, f[k].m.u1);
  share_months(f, n, u);
  if (d->dct.prec == FRISE_PREC_NONE) infer_dct(d, f, n, u);
  tx_context c;
  memset(&c, 0, sizeof c);
  c.lang = p->lang;
  c.conventions = p->conventions;
  bound_dct(d, f, n, &c);
  emit(d, f, n, u, &c);
}
