/* tl_build.c: builds one timeline from a collection index: the query and
 * range, the weights, then the walk over dates by salience (tl_salience.c)
 * that gives each date a summary (tl_summary.c) with its provenance
 * (tl_provenance.c) until enough entries are made, spreading dates by the
 * requested density. Costs: sorting the mentions; each date touches only its
 * own candidates (capped), so nothing is quadratic in the collection. */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include "frise/lang.h"
#include "frise/text.h"
#include "frise/utf8.h"
#include "tl_internal.h"

typedef struct { const char *name; size_t offset; double value; } tl_param_def;
#define TL_P(name, v) {#name, offsetof(tl_params, name), v}
static const tl_param_def param_defs[] = {
  TL_P(w_sent, 1.0),  TL_P(w_doc, 1.0),     TL_P(w_src, 0.5),       TL_P(w_pub, 0.5),
  TL_P(w_month, 0.3), TL_P(w_clock, 0.2),   TL_P(w_same, 0.25),     TL_P(w_future, 0.5),
  TL_P(doc_cap, 1),   TL_P(w_pub_sent, 2.0), TL_P(offquery, 0.3),   TL_P(w_lead, 0.5),
  TL_P(redundancy, 0.5), TL_P(wire, 0.8),   TL_P(spread, 0.2),    TL_P(w_relative, 0.5), TL_P(w_far, 1.0),
  TL_P(w_len, 0.0),   TL_P(len_ref, 25),    TL_P(w_quote, 0.5),    TL_P(w_speech, 0.9),
  TL_P(w_event, 0.0), TL_P(w_multi, 0.3), TL_P(w_self, 0.0), TL_P(w_ann, 0.7), TL_P(w_fresh, 0.0), TL_P(fresh_pub, 0.0),
  TL_P(w_many, 0.3), TL_P(many_ref, 10),
};

static tl_params params_default(void) {
  tl_params p;
  size_t n = sizeof param_defs / sizeof param_defs[0];
  for (size_t i = 0; i < n; i++) *(double *)((char *)&p + param_defs[i].offset) = param_defs[i].value;
  const char *e = getenv("FRISE_TL_PARAMS");
  while (e && *e) {
    size_t len = strcspn(e, "=,");
    for (size_t i = 0; i < n && e[len] == '='; i++)
      if (strlen(param_defs[i].name) == len && strncmp(e, param_defs[i].name, len) == 0)
        *(double *)((char *)&p + param_defs[i].offset) = strtod(e + len + 1, NULL);
    e += strcspn(e, ",");
    e += *e == ',';
  }
  return p;
}

int tl_has_query(const tl_run *r, uint32_t s) {
  if (!r->n_query) return 1;
  const tl_sent *ts = &r->ix->sents[s];
  for (uint32_t i = ts->term_first; i < ts->term_first + ts->n_terms; i++)
    for (size_t q = 0; q < r->n_query; q++)
      if (r->ix->terms[i] == r->query[q]) return 1;
  return 0;
}

static void stem_query(tl_run *r) {
  frise_stemmer *st = frise_stemmer_new(r->ix->lang);
  r->query = calloc(r->o->n_query + 1, sizeof *r->query);
  if (!r->query) abort();
  char low[256];
  for (size_t k = 0; k < r->o->n_query; k++) {
    const char *w = r->o->query[k];
    size_t n = strlen(w);
    if (n == 0 || n > 100) continue;
    size_t l = frise_utf8_lower(w, n, low), sl = l;
    if (frise_lang_is_stopword(frise_lang_get(r->ix->lang), low, l)) continue;  /* as in the index */
    const char *stem = st ? frise_stemmer_stem(st, low, l, &sl) : low;
    /* absent from the collection: it can match nothing, but still counts as a query */
    uint32_t id = tl_vocab_id(r->ix->arena, (tl_vocab *)&r->ix->vocab, stem, sl, 0);
    r->query[r->n_query++] = id;
  }
  frise_stemmer_free(st);
}

static void mark_relevant_docs(tl_run *r) {
  const frise_tl_index *ix = r->ix;
  r->doc_rel = calloc(ix->n_docs + 1, 1);
  if (!r->doc_rel) abort();
  for (size_t d = 0; d < ix->n_docs; d++) {
    if (!r->n_query) { r->doc_rel[d] = 1; continue; }
    for (uint32_t s = ix->doc_first[d]; s < ix->doc_first[d + 1] && !r->doc_rel[d]; s++)
      r->doc_rel[d] = (uint8_t)tl_has_query(r, s);
  }
}

static void set_range(tl_run *r) {
  r->from = INT32_MIN + 1, r->to = TL_MONTH_BASE - 1;
  if (r->o->from.prec >= FRISE_PREC_YEAR) {
    const frise_date *f = &r->o->from;
    r->from = (int32_t)frise_days_from_civil(f->year, f->prec >= FRISE_PREC_MONTH ? f->month : 1,
                                             f->prec >= FRISE_PREC_DAY ? f->day : 1);
  }
  if (r->o->to.prec >= FRISE_PREC_YEAR) {
    const frise_date *t = &r->o->to;
    int m = t->prec >= FRISE_PREC_MONTH ? t->month : 12;
    r->to = (int32_t)frise_days_from_civil(t->year, m, t->prec >= FRISE_PREC_DAY ? t->day
                                                                                : frise_days_in_month(t->year, m));
  }
}

/* Days kept between chosen dates in the first pass: a fraction of the mean
 * spacing the request implies (range / dates), so a dense request (a date
 * every day) is not spread and a sparse one covers its whole range. */
static int spread_gap(const tl_run *r, size_t want) {
  /* without bounds, the publication span: a birthday recalled in one
   * article must not stretch the range the dates are spread over */
  int32_t lo = r->n_by_key ? r->by_key[0].key : 0, hi = r->n_by_key ? r->by_key[r->n_by_key - 1].key : 0;
  if (r->o->from.prec != FRISE_PREC_NONE) lo = r->from;
  if (r->o->to.prec != FRISE_PREC_NONE) hi = r->to;
  if (want == 0 || lo >= hi) return 0;
  return (int)(r->p.spread * (double)(hi - lo) / (double)want);
}

static int near_chosen(const int32_t *keys, size_t n, int32_t key, int gap) {
  if (tl_key_is_month(key)) return 0;
  for (size_t i = 0; i < n; i++)
    if (!tl_key_is_month(keys[i]) && abs(keys[i] - key) <= gap) return 1;
  return 0;
}

/* Date order; a month comes before the days inside it (it frames them). */
static long entry_order(const frise_date *d) {
  return (long)d->year * 10000 + d->month * 100 + (d->prec >= FRISE_PREC_DAY ? d->day : 0);
}

static int cmp_entry(const void *a, const void *b) {
  long x = entry_order(&((const frise_tl_entry *)a)->date), y = entry_order(&((const frise_tl_entry *)b)->date);
  return x < y ? -1 : x > y;
}

static frise_timeline *emit_timeline(tl_run *r, size_t want) {
  frise_timeline *t = frise_timeline_new();
  if (!t) return NULL;
  frise_arena *a = t->arena;
  if (r->o->title) t->title = frise_arena_strdup(a, r->o->title);
  if (r->o->story_id) t->story_id = frise_arena_strdup(a, r->o->story_id);
  t->entries = frise_arena_calloc(a, want + 1, sizeof *t->entries);
  uint32_t *doc_map = malloc((r->ix->n_docs + 1) * sizeof *doc_map);
  tl_cands c = {malloc(TL_MAX_CANDIDATES * sizeof *c.sent), malloc(TL_MAX_CANDIDATES * sizeof *c.score),
                malloc(TL_MAX_CANDIDATES), malloc(TL_MAX_CANDIDATES), 0, 0, 0, NULL, NULL};
  tl_ranked *ranked = malloc(TL_MAX_CANDIDATES * sizeof *ranked);
  c.dup = malloc(TL_MAX_CANDIDATES), c.hs = malloc(TL_MAX_CANDIDATES * sizeof *c.hs);
  if (!doc_map || !c.sent || !c.score || !c.from_pub || !c.mflags || !c.dup || !c.hs || !ranked) abort();
  memset(doc_map, 0xff, (r->ix->n_docs + 1) * sizeof *doc_map);
  /* Pass 0 keeps chosen days apart in proportion to the requested density
   * (a burst's next day often tells the same event again); pass 1 fills
   * what is left in salience order. */
  int gap = spread_gap(r, want);
  uint8_t *tried = calloc(r->n_dates + 1, 1);
  int32_t *keys = calloc(want + 1, sizeof *keys);
  if (!tried || !keys) abort();
  /* Pass 2 (only when a number of dates was asked for) takes dates with
   * less support than min_support, which the first passes leave out. */
  for (int pass = gap > 0 ? 0 : 1; pass < (r->o->n_dates ? 3 : 2); pass++)
    for (size_t i = 0; i < r->n_dates && t->n_entries < want; i++) {
      const tl_date *dt = &r->dates[i];
      if (tried[i] || (pass < 2 && dt->n_docs < tl_min_support(r))) continue;
      if (pass == 0 && near_chosen(keys, t->n_entries, dt->key, gap)) continue;
      tried[i] = 1;
      size_t k = r->o->n_sentences ? r->o->n_sentences : dt->n_docs >= 4 ? 2 : 1;
      uint32_t picked[64];
      if (k > 64) k = 64;
      size_t n = tl_summarise_date(r, dt, &c, ranked, k, picked);
      if (n == 0) continue;
      keys[t->n_entries] = dt->key;
      frise_tl_entry *e = &t->entries[t->n_entries++];
      e->date = tl_key_date(dt->key);
      e->score = dt->score;
      e->n_articles = dt->n_docs;
      tl_fill_entry(r, t, doc_map, &c, e, picked, n);
    }
  free(tried), free(keys);
  qsort(t->entries, t->n_entries, sizeof *t->entries, cmp_entry);
  free(doc_map), free(c.sent), free(c.score), free(c.from_pub), free(c.mflags), free(c.dup), free(c.hs), free(ranked);
  return t;
}

/* Articles a date needs in automatic mode: one in a handful of articles,
 * more in a big collection so passing mentions do not make entries. */
uint32_t tl_min_support(const tl_run *r) {
  size_t n_docs = r->ix->n_docs;
  return n_docs >= 50 ? 3 : n_docs >= 10 ? 2 : 1;
}

static size_t auto_dates(const tl_run *r) {
  uint32_t need = tl_min_support(r);
  size_t n = 0;
  for (size_t i = 0; i < r->n_dates; i++) n += r->dates[i].n_docs >= need;
  return n < TL_AUTO_MAX_DATES ? n : TL_AUTO_MAX_DATES;
}

static void run_free(tl_run *r) {
  free(r->query), free(r->doc_rel), free(r->doc_stamp), free(r->doc_hits), free(r->doc_best), free(r->doc_list), free(r->src_stamp), free(r->dates), free(r->by_key);
  free(r->centroid), free(r->cent_pub), free(r->touched), free(r->chosen);
}

frise_timeline *frise_tl_index_build(const frise_tl_index *ix, const frise_tl_opts *opts) {
  frise_tl_opts defaults;
  if (!ix || ix->b) return NULL;  /* not sealed */
  if (!opts) frise_tl_opts_init(&defaults), opts = &defaults;
  tl_run r = {0};
  r.ix = ix, r.o = opts, r.p = params_default();
  set_range(&r);
  stem_query(&r);
  mark_relevant_docs(&r);
  r.doc_stamp = calloc(ix->n_docs + 1, sizeof *r.doc_stamp);
  r.doc_hits = calloc(ix->n_docs + 1, sizeof *r.doc_hits);
  r.doc_best = calloc(ix->n_docs + 1, sizeof *r.doc_best);
  r.doc_list = calloc(ix->n_docs + 1, sizeof *r.doc_list);
  r.src_stamp = calloc(ix->n_sources + 1, sizeof *r.src_stamp);
  r.centroid = calloc(ix->vocab.n + 1, sizeof *r.centroid);
  r.cent_pub = calloc(ix->vocab.n + 1, sizeof *r.cent_pub);
  r.touched = calloc(ix->vocab.n + 1, sizeof *r.touched);
  if (!r.doc_stamp || !r.doc_hits || !r.doc_best || !r.doc_list || !r.src_stamp || !r.centroid || !r.cent_pub || !r.touched) abort();
  /* by_key: every publication day, even out of range, for next-day reports */
  r.by_key = calloc(ix->n_docs + 1, sizeof *r.by_key);
  if (!r.by_key) abort();
  for (size_t p = 0; p < ix->n_docs;) {
    int32_t key = ix->doc_pub[ix->by_pub[p]];
    size_t q = p;
    while (q < ix->n_docs && ix->doc_pub[ix->by_pub[q]] == key) q++;
    if (key != TL_NO_KEY) r.by_key[r.n_by_key++] = (tl_date){.key = key, .p_first = (uint32_t)p, .p_end = (uint32_t)q};
    p = q;
  }
  tl_rank_dates(&r);
  size_t want = opts->n_dates ? opts->n_dates : auto_dates(&r);
  frise_timeline *t = emit_timeline(&r, want);
  run_free(&r);
  return t;
}

frise_timeline *frise_timeline_build(frise_doc *const *docs, size_t n, const frise_tl_opts *opts) {
  frise_tl_index *ix = frise_tl_index_of(docs, n);
  if (!ix) return NULL;
  frise_timeline *t = frise_tl_index_build(ix, opts);
  frise_tl_index_free(ix);
  return t;
}

void frise_tl_opts_init(frise_tl_opts *o) { memset(o, 0, sizeof *o); }
