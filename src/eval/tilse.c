/* tilse.c: the TILSE timeline metrics over prepared n-gram bags. Every
 * timeline is first turned into, for each day, sorted bags of ROUGE unigrams
 * and bigrams and of whitespace tokens (the latter feed TILSE's quick ROUGE-1
 * estimate used to align days); metrics are then merges of sorted arrays. */
#include "frise/eval_timeline.h"
#include "eval/strmap.h"
#include "frise/json.h"
#include "frise/utf8.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct frise_tle_scorer {
  frise_rouge_mode mode;
  const char *lang;      /* "en", "fr", or NULL for a guess per task */
  frise_rouge *en, *fr;  /* created on first use */
  frise_strmap raw;      /* whitespace tokens, case kept, as TILSE's sent.split() */
  frise_arena *scratch;  /* reset for every task */
  frise_rouge_seq day_seq, all_seq, raw_seq;
};

typedef struct {
  int64_t day;
  frise_rouge_bag g[2];  /* ROUGE-1 and ROUGE-2 n-grams of the day's summary */
  frise_rouge_bag raw;   /* whitespace tokens, for the alignment cost */
} prep_day;

typedef struct {
  prep_day *days;
  size_t n;
  frise_rouge_bag concat[2]; /* all days' summaries in date order, as one text */
} prep_tl;

frise_tle_scorer *frise_tle_scorer_new(const frise_tle_opts *o) {
  frise_tle_opts def = {FRISE_ROUGE_ASCII, NULL};
  if (!o) o = &def;
  const char *lang = o->lang && strcmp(o->lang, "auto") != 0 ? o->lang : NULL;
  if (o->mode == FRISE_ROUGE_ASCII) lang = "en"; /* ROUGE-1.5.5 knows only English */
  if (lang && strcmp(lang, "en") != 0 && strcmp(lang, "fr") != 0) return NULL;
  if (o->mode != FRISE_ROUGE_ASCII && o->mode != FRISE_ROUGE_UNICODE) return NULL;
  frise_tle_scorer *s = calloc(1, sizeof *s);
  if (!s) return NULL;
  s->mode = o->mode;
  s->lang = lang;
  s->scratch = frise_arena_new(1 << 16);
  if (!s->scratch) goto fail;
  frise_strmap_init(&s->raw);
  return s;
fail:
  free(s);
  return NULL;
}

void frise_tle_scorer_free(frise_tle_scorer *s) {
  if (!s) return;
  frise_rouge_free(s->en);
  frise_rouge_free(s->fr);
  frise_strmap_free(&s->raw);
  frise_arena_free(s->scratch);
  frise_rouge_seq_free(&s->day_seq);
  frise_rouge_seq_free(&s->all_seq);
  frise_rouge_seq_free(&s->raw_seq);
  free(s);
}

static frise_rouge *tokeniser(frise_tle_scorer *s, const char *lang) {
  frise_rouge **slot = strcmp(lang, "fr") == 0 ? &s->fr : &s->en;
  if (!*slot) *slot = frise_rouge_new(s->mode, lang);
  if (!*slot) {
    fputs("frise: cannot create the ROUGE tokeniser (libstemmer)\n", stderr);
    abort();
  }
  return *slot;
}

/* Unicode mode without --lang: French when the gold timeline has more French
 * than English stopwords. */
static const char *task_lang(frise_tle_scorer *s, const frise_tle_timeline *gold) {
  if (s->lang) return s->lang;
  size_t en = 0, fr = 0;
  frise_rouge *ren = tokeniser(s, "en"), *rfr = tokeniser(s, "fr");
  for (size_t d = 0; d < gold->n_dates; d++)
    for (size_t k = 0; k < gold->dates[d].n_sents; k++) {
      const char *t = gold->dates[d].sents[k];
      en += frise_rouge_count_stopwords(ren, t, strlen(t));
      fr += frise_rouge_count_stopwords(rfr, t, strlen(t));
    }
  return fr > en ? "fr" : "en";
}

/* Bytes of the whitespace character at t[i..n), or 0: what Python's
 * str.split() splits on (ASCII space and controls, U+0085, U+00A0, U+1680,
 * U+2000..U+200A, U+2028, U+2029, U+202F, U+205F, U+3000). */
static size_t space_len(const char *t, size_t n, size_t i) {
  unsigned char c = (unsigned char)t[i];
  if (c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f)) return 1;
  if (c < 0xc2) return 0;
  int32_t cp;
  int len = frise_utf8_decode(t, n, i, &cp);
  if (len < 2) return 0;
  int space = cp == 0x85 || cp == 0xa0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200a) ||
              cp == 0x2028 || cp == 0x2029 || cp == 0x202f || cp == 0x205f || cp == 0x3000;
  return space ? (size_t)len : 0;
}

/* Interns the whitespace-separated tokens of text, as TILSE's sent.split(). */
static void raw_tokens(frise_tle_scorer *s, const char *t, frise_rouge_seq *seq) {
  size_t i = 0, n = strlen(t), w;
  while (i < n) {
    while (i < n && (w = space_len(t, n, i))) i += w;
    size_t b = i;
    while (i < n && !space_len(t, n, i)) i++;
    if (i > b) frise_rouge_seq_push(seq, frise_strmap_put(&s->raw, t + b, i - b, (uint32_t)s->raw.n, NULL)->value);
  }
}

static void prepare(frise_tle_scorer *s, frise_rouge *r, const frise_tle_timeline *tl, prep_tl *out) {
  out->n = tl->n_dates;
  out->days = frise_arena_calloc(s->scratch, tl->n_dates ? tl->n_dates : 1, sizeof *out->days);
  s->all_seq.n = 0;
  for (size_t d = 0; d < tl->n_dates; d++) {
    const frise_tle_date *src = &tl->dates[d];
    prep_day *p = &out->days[d];
    p->day = src->day;
    s->day_seq.n = s->raw_seq.n = 0;
    for (size_t k = 0; k < src->n_sents; k++) {
      frise_rouge_terms(r, src->sents[k], strlen(src->sents[k]), &s->day_seq);
      raw_tokens(s, src->sents[k], &s->raw_seq);
    }
    frise_rouge_bag_build(s->day_seq.ids, s->day_seq.n, 1, s->scratch, &p->g[0]);
    frise_rouge_bag_build(s->day_seq.ids, s->day_seq.n, 2, s->scratch, &p->g[1]);
    frise_rouge_bag_build(s->raw_seq.ids, s->raw_seq.n, 1, s->scratch, &p->raw);
    for (size_t k = 0; k < s->day_seq.n; k++) frise_rouge_seq_push(&s->all_seq, s->day_seq.ids[k]);
  }
  frise_rouge_bag_build(s->all_seq.ids, s->all_seq.n, 1, s->scratch, &out->concat[0]);
  frise_rouge_bag_build(s->all_seq.ids, s->all_seq.n, 2, s->scratch, &out->concat[1]);
}

static double f_score(double p, double r) {
  return p + r == 0 ? 0 : 2 * p * r / (p + r);
}

static frise_prf prf(double p_num, double p_den, double r_num, double r_den) {
  frise_prf x;
  x.p = p_den == 0 ? 0 : p_num / p_den;
  x.r = r_den == 0 ? 0 : r_num / r_den;
  x.f = f_score(x.p, x.r);
  return x;
}

static void score_concat(const prep_tl *sys, const prep_tl *gold, frise_tle_scores *out) {
  for (int k = 0; k < 2; k++) {
    double h = (double)frise_rouge_bag_hits(&sys->concat[k], &gold->concat[k]);
    out->rouge[FRISE_TLE_CONCAT][k] = prf(h, (double)sys->concat[k].n, h, (double)gold->concat[k].n);
  }
}

/* Matches only between summaries of the same day. */
static void score_agreement(const prep_tl *sys, const prep_tl *gold, frise_tle_scores *out) {
  for (int k = 0; k < 2; k++) {
    double hits = 0, p_den = 0, r_den = 0;
    for (size_t i = 0; i < sys->n; i++) p_den += (double)sys->days[i].g[k].n;
    for (size_t j = 0; j < gold->n; j++) r_den += (double)gold->days[j].g[k].n;
    for (size_t i = 0, j = 0; i < sys->n && j < gold->n;) {
      if (sys->days[i].day < gold->days[j].day) i++;
      else if (sys->days[i].day > gold->days[j].day) j++;
      else hits += (double)frise_rouge_bag_hits(&sys->days[i++].g[k], &gold->days[j++].g[k]);
    }
    out->rouge[FRISE_TLE_AGREEMENT][k] = prf(hits, p_den, hits, r_den);
  }
}

/* TILSE's util.compute_rouge_approximation with one reference: ROUGE-1 F1 on
 * whitespace tokens, no stemming, case kept. */
static double approx_rouge1(const frise_rouge_bag *sys, const frise_rouge_bag *gold) {
  double match = (double)frise_rouge_bag_hits(sys, gold);
  double p = sys->n == 0 ? 0 : match / (double)sys->n;
  double r = gold->n == 0 ? 0 : match / (double)gold->n;
  return p + r == 0 ? 0 : 2 * p * r / (p + r);
}

static double day_discount(int64_t a, int64_t b) {
  return 1.0 / ((double)llabs(a - b) + 1.0);
}

/* align+ m:1: each system day goes to the gold day of least cost (for
 * precision) and each gold day to the system day of least cost (for recall);
 * cost = (1 - discount) * (1 - approximate ROUGE-1); the first of equal
 * minima wins, as numpy's argmin. Fills row_arg[sys->n] and col_arg[gold->n]. */
static void align(frise_tle_scorer *s, const prep_tl *sys, const prep_tl *gold, size_t *row_arg,
                  size_t *col_arg) {
  double *col_min = frise_arena_calloc(s->scratch, gold->n + 1, sizeof *col_min);
  for (size_t i = 0; i < sys->n; i++) {
    double row_min = 0;
    for (size_t j = 0; j < gold->n; j++) {
      double date_factor = 1.0 - day_discount(sys->days[i].day, gold->days[j].day);
      double content_factor = 1.0 - approx_rouge1(&sys->days[i].raw, &gold->days[j].raw);
      double c = date_factor * content_factor;
      if (j == 0 || c < row_min) row_min = c, row_arg[i] = j;
      if (i == 0 || c < col_min[j]) col_min[j] = c, col_arg[j] = i;
    }
  }
}

/* Matches of aligned pairs are weighted by the discount. */
static void score_align_m1(frise_tle_scorer *s, const prep_tl *sys, const prep_tl *gold,
                           frise_tle_scores *out) {
  size_t *row_arg = frise_arena_calloc(s->scratch, sys->n + 1, sizeof *row_arg);
  size_t *col_arg = frise_arena_calloc(s->scratch, gold->n + 1, sizeof *col_arg);
  align(s, sys, gold, row_arg, col_arg);
  for (int k = 0; k < 2; k++) {
    double p_num = 0, p_den = 0, r_num = 0, r_den = 0;
    for (size_t i = 0; i < sys->n; i++) {
      const prep_day *a = &sys->days[i];
      if (gold->n) {
        const prep_day *b = &gold->days[row_arg[i]];
        p_num += day_discount(a->day, b->day) * (double)frise_rouge_bag_hits(&a->g[k], &b->g[k]);
      }
      p_den += (double)a->g[k].n;
    }
    for (size_t j = 0; j < gold->n; j++) {
      const prep_day *b = &gold->days[j];
      if (sys->n) {
        const prep_day *a = &sys->days[col_arg[j]];
        r_num += day_discount(a->day, b->day) * (double)frise_rouge_bag_hits(&a->g[k], &b->g[k]);
      }
      r_den += (double)b->g[k].n;
    }
    out->rouge[FRISE_TLE_ALIGN_M1][k] = prf(p_num, p_den, r_num, r_den);
  }
}

static void score_dates(const prep_tl *sys, const prep_tl *gold, frise_tle_scores *out) {
  size_t both = 0;
  for (size_t i = 0, j = 0; i < sys->n && j < gold->n;) {
    if (sys->days[i].day < gold->days[j].day) i++;
    else if (sys->days[i].day > gold->days[j].day) j++;
    else both++, i++, j++;
  }
  out->date = prf((double)both, (double)sys->n, (double)both, (double)gold->n);
}

void frise_tle_score(frise_tle_scorer *s, const frise_tle_timeline *gold,
                     const frise_tle_timeline *sys, frise_tle_scores *out) {
  memset(out, 0, sizeof *out);
  frise_arena_reset(s->scratch);
  const char *lang = task_lang(s, gold);
  frise_rouge *r = tokeniser(s, lang);
  prep_tl g, y;
  prepare(s, r, gold, &g);
  prepare(s, r, sys, &y);
  score_concat(&y, &g, out);
  score_agreement(&y, &g, out);
  score_align_m1(s, &y, &g, out);
  score_dates(&y, &g, out);
  out->n_tasks = 1;
  out->sys_dates = sys->n_dates;
  out->gold_dates = gold->n_dates;
  out->lang = strcmp(lang, "fr") == 0 ? "fr" : "en";
}

static void put_day(frise_buf *b, int64_t day) {
  int y, m, d;
  frise_civil_from_days(day, &y, &m, &d);
  frise_buf_printf(b, "%04d-%02d-%02d", y, m, d);
}

/* One line of the alignment: a day, the day it aligns to, the gap, and the
 * ROUGE-1 and ROUGE-2 matches over the first day's n-grams. */
static void explain_link(frise_buf *b, const prep_day *from, const prep_day *to, const prep_day *sys_day,
                         const prep_day *gold_day) {
  frise_buf_puts(b, "  ");
  put_day(b, from->day);
  frise_buf_puts(b, "  ");
  if (!to) {
    frise_buf_puts(b, "(none)\n");
    return;
  }
  put_day(b, to->day);
  int64_t gap = llabs(from->day - to->day);
  frise_buf_printf(b, " %5lld  %4zu/%-4zu %4zu/%-4zu\n", (long long)gap,
                   frise_rouge_bag_hits(&sys_day->g[0], &gold_day->g[0]), from->g[0].n,
                   frise_rouge_bag_hits(&sys_day->g[1], &gold_day->g[1]), from->g[1].n);
}

void frise_tle_explain(frise_tle_scorer *s, const frise_tle_timeline *gold,
                       const frise_tle_timeline *sys, frise_buf *out) {
  frise_arena_reset(s->scratch);
  frise_rouge *r = tokeniser(s, task_lang(s, gold));
  prep_tl g, y;
  prepare(s, r, gold, &g);
  prepare(s, r, sys, &y);
  size_t *row_arg = frise_arena_calloc(s->scratch, y.n + 1, sizeof *row_arg);
  size_t *col_arg = frise_arena_calloc(s->scratch, g.n + 1, sizeof *col_arg);
  align(s, &y, &g, row_arg, col_arg);
  frise_buf_printf(out, "task %s: %zu system days, %zu gold days\n", gold->name, y.n, g.n);
  frise_buf_puts(out, "  system      aligned to    gap   R1 match/system-grams  R2 (precision side)\n");
  for (size_t i = 0; i < y.n; i++)
    explain_link(out, &y.days[i], g.n ? &g.days[row_arg[i]] : NULL, &y.days[i],
                 g.n ? &g.days[row_arg[i]] : NULL);
  frise_buf_puts(out, "  gold        aligned from  gap   R1 match/gold-grams    R2 (recall side)\n");
  for (size_t j = 0; j < g.n; j++)
    explain_link(out, &g.days[j], y.n ? &y.days[col_arg[j]] : NULL, y.n ? &y.days[col_arg[j]] : NULL,
                 &g.days[j]);
}

static void avg_prf(frise_prf *acc, const frise_prf *x, size_t n, int last) {
  acc->p += x->p;
  acc->r += x->r;
  if (last) {
    acc->p /= (double)n;
    acc->r /= (double)n;
    acc->f = f_score(acc->p, acc->r);
  }
}

void frise_tle_average(const frise_tle_scores *tasks, size_t n, frise_tle_scores *out) {
  memset(out, 0, sizeof *out);
  out->lang = n ? tasks[0].lang : "en";
  for (size_t t = 0; t < n; t++) {
    int last = t + 1 == n;
    for (int m = 0; m < FRISE_TLE_N_METRICS; m++)
      for (int k = 0; k < 2; k++) avg_prf(&out->rouge[m][k], &tasks[t].rouge[m][k], n, last);
    avg_prf(&out->date, &tasks[t].date, n, last);
    out->sys_dates += tasks[t].sys_dates;
    out->gold_dates += tasks[t].gold_dates;
    if (tasks[t].lang && out->lang && strcmp(tasks[t].lang, out->lang) != 0) out->lang = "mixed";
  }
  out->n_tasks = n;
}

static void json_prf(frise_buf *b, const char *key, const frise_prf *x) {
  frise_buf_printf(b, "\"%s\": {\"p\": %.6f, \"r\": %.6f, \"f\": %.6f}", key, x->p, x->r, x->f);
}

void frise_tle_scores_json(const frise_tle_scores *s, frise_buf *out) {
  static const char *names[FRISE_TLE_N_METRICS] = {"concat", "agreement", "align_m1"};
  frise_buf_printf(out, "{\"tasks\": %zu, \"lang\": ", s->n_tasks);
  frise_json_cstr(out, s->lang);
  for (int m = 0; m < FRISE_TLE_N_METRICS; m++) {
    frise_buf_printf(out, ", \"%s\": {", names[m]);
    json_prf(out, "rouge1", &s->rouge[m][0]);
    frise_buf_puts(out, ", ");
    json_prf(out, "rouge2", &s->rouge[m][1]);
    frise_buf_putc(out, '}');
  }
  frise_buf_puts(out, ", ");
  json_prf(out, "date", &s->date);
  frise_buf_printf(out, ", \"sys_dates\": %zu, \"gold_dates\": %zu}", s->sys_dates, s->gold_dates);
}
