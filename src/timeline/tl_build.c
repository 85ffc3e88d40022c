/* tl_build.c: builds one timeline from a collection index. Three steps:
 * (1) date salience: every day (or month) the collection refers to is scored
 * from its text mentions (sentences, articles, distinct publishers) and its
 * publication burst; (2) candidates: sentences that mention the date, plus the
 * opening sentences of that day's (and the next day's) articles when they
 * report it without naming another date; (3) per date, the candidates closest
 * to the candidate set's TF-IDF centroid, on-query and not redundant with any
 * sentence already chosen. Walks dates by salience until enough entries have
 * a summary. Costs: sorting the mentions; each date touches only its own
 * candidates (capped), so nothing is quadratic in the collection. */
#include <math.h>
#include <stddef.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include "frise/text.h"
#include "frise/utf8.h"
#include "tl_internal.h"

#define TL_CLIP_SENTS 5        /* opening sentences of an article that may tell its day */
#define TL_MAX_CANDIDATES 600  /* per date: bounds the centroid and redundancy work */
#define TL_MAX_ALSO 32
#define TL_AUTO_MAX_DATES 30

/* The builder's weights, tuned on the development topics (doc/timeline.md).
 * Named so that a run can override them: FRISE_TL_PARAMS="w_pub=1,spread=0"
 * (a benchmarking hook, not a user option). */
typedef struct {
  double w_sent;      /* per mentioning sentence (at most doc_cap per article) */
  double w_doc;       /* per mentioning article (its strongest mention) */
  double w_src;       /* damping by distinct publishers: * (1 + w_src log(1 + sources)) */
  double w_pub;       /* per article published that day */
  double w_month;     /* month entries against days */
  double w_clock;     /* mention that is only a clock time ("17h45") */
  double w_same;      /* mention of the article's own day ("today") */
  double w_future;    /* mention of a later day (announced) */
  double doc_cap;     /* mentions counted per article and date */
  double w_pub_sent;  /* publication reports against mentions in the centroid */
  double offquery;    /* score factor of a candidate without a query word (0: excluded) */
  double w_lead;      /* bonus of an article's first sentences: 1 + w_lead / (1 + index) */
  double redundancy;  /* cosine above which a sentence repeats one already chosen */
  double wire;        /* cosine above which another article's sentence is a copy */
  double spread;      /* first-pass gap between dates, in mean spacings */
} tl_params;

typedef struct { const char *name; size_t offset; double value; } tl_param_def;
#define TL_P(name, v) {#name, offsetof(tl_params, name), v}
static const tl_param_def param_defs[] = {
  TL_P(w_sent, 1.0),  TL_P(w_doc, 1.0),     TL_P(w_src, 0.5),       TL_P(w_pub, 0.5),
  TL_P(w_month, 0.3), TL_P(w_clock, 0.2),   TL_P(w_same, 0.25),     TL_P(w_future, 0.5),
  TL_P(doc_cap, 1),   TL_P(w_pub_sent, 2.0), TL_P(offquery, 0.3),   TL_P(w_lead, 0.5),
  TL_P(redundancy, 0.5), TL_P(wire, 0.8),   TL_P(spread, 0.2),
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

typedef struct {
  int32_t key;
  uint32_t m_first, m_end;   /* its mentions in ix->mentions */
  uint32_t p_first, p_end;   /* documents published that day, in ix->by_pub */
  uint32_t n_docs;           /* articles supporting it */
  double score;
} tl_date;

typedef struct {   /* state of one build */
  const frise_tl_index *ix;
  const frise_tl_opts *o;
  tl_params p;
  uint32_t *query; size_t n_query;
  uint8_t *doc_rel;          /* document has a query word (all 1 without a query) */
  uint32_t *doc_stamp, *src_stamp, stamp;
  uint32_t *doc_hits;        /* mentions of the current date per document */
  double *doc_best;          /* its strongest mention of the current date */
  uint32_t *doc_list;        /* documents met for the current date */
  tl_date *dates; size_t n_dates;
  float *centroid, *cent_pub; uint32_t *touched; size_t n_touched;
  uint32_t *chosen; size_t n_chosen, cap_chosen;   /* sentences in the timeline so far */
  int32_t from, to;          /* day keys, inclusive */
  tl_date *by_key;           /* publication days in key order (all, even out of range) */
  size_t n_by_key;
} tl_run;

static int has_query(const tl_run *r, uint32_t s) {
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
      r->doc_rel[d] = (uint8_t)has_query(r, s);
  }
}

static int key_in_range(const tl_run *r, int32_t key) {
  if (key == TL_NO_KEY) return 0;
  if (tl_key_is_month(key)) {
    if (r->o->days_only) return 0;
    frise_date m = tl_key_date(key);
    int32_t first = (int32_t)frise_days_from_civil(m.year, m.month, 1);
    int32_t last = first + frise_days_in_month(m.year, m.month) - 1;
    return last >= r->from && first <= r->to;
  }
  return key >= r->from && key <= r->to;
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

/* Stamps count distinct documents and publishers in one pass without sets. */
static double mention_weight(const tl_run *r, uint8_t f) {
  return (f & TL_MF_CLOCK ? r->p.w_clock : 1.0) * (f & TL_MF_SAME_DAY ? r->p.w_same : 1.0) *
         (f & TL_MF_FUTURE ? r->p.w_future : 1.0);
}

/* Stamps count distinct documents and publishers in one pass without sets.
 * *votes: each article's strongest mention (look-back > announcement >
 * same-day > clock time); *sents: mentions, at most doc_cap per article. */
static void count_support(tl_run *r, tl_date *dt, double *sents, double *votes, uint32_t *docs,
                          uint32_t *srcs) {
  const frise_tl_index *ix = r->ix;
  size_t n_list = 0;
  r->stamp++;
  for (uint32_t m = dt->m_first; m < dt->m_end; m++) {
    uint32_t doc = ix->sents[ix->mentions[m].sent].doc;
    if (!r->doc_rel[doc]) continue;
    double w = mention_weight(r, ix->mentions[m].flags);
    if (r->doc_stamp[doc] != r->stamp) {
      r->doc_stamp[doc] = r->stamp, r->doc_hits[doc] = 0, r->doc_best[doc] = w, (*docs)++;
      r->doc_list[n_list++] = doc;
    } else if (w > r->doc_best[doc]) r->doc_best[doc] = w;
    /* one live blog repeating a day must not outweigh several articles */
    if (++r->doc_hits[doc] <= r->p.doc_cap) *sents += w;
    uint32_t src = ix->doc_source[doc];
    if (r->src_stamp[src] != r->stamp) r->src_stamp[src] = r->stamp, (*srcs)++;
  }
  for (size_t i = 0; i < n_list; i++) *votes += r->doc_best[r->doc_list[i]];
}

static void score_date(tl_run *r, tl_date *dt) {
  const frise_tl_index *ix = r->ix;
  double sents = 0, votes = 0;
  uint32_t docs = 0, srcs = 0, pub = 0;
  count_support(r, dt, &sents, &votes, &docs, &srcs);
  for (uint32_t k = dt->p_first; k < dt->p_end; k++) {
    uint32_t doc = ix->by_pub[k];
    if (!r->doc_rel[doc]) continue;
    pub++;
    if (r->doc_stamp[doc] != r->stamp) r->doc_stamp[doc] = r->stamp, docs++;
  }
  dt->n_docs = docs;
  /* Text mentions weigh most (a day many articles look back to is an event);
   * distinct publishers damp one outlet's repetition; a publication burst
   * adds evidence for days the text does not name. */
  double mention = r->p.w_sent * sents + r->p.w_doc * votes;
  dt->score = mention * (1 + r->p.w_src * log(srcs ? srcs : 1)) + r->p.w_pub * pub;
  if (tl_key_is_month(dt->key)) dt->score *= r->p.w_month;
  if (getenv("FRISE_TL_DEBUG")) {
    frise_date d = tl_key_date(dt->key);
    fprintf(stderr, "DATE %04d-%02d-%02d score=%.2f sents=%.2f votes=%.2f docs=%u srcs=%u pub=%u\n",
            d.year, d.month, d.day, dt->score, sents, votes, docs, srcs, pub);
  }
}

static int cmp_i32(const void *a, const void *b) {
  int32_t x = *(const int32_t *)a, y = *(const int32_t *)b;
  return x < y ? -1 : x > y;
}

static uint32_t mention_lower(const frise_tl_index *ix, int32_t key) {
  size_t lo = 0, hi = ix->n_mentions;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (ix->mentions[mid].key < key) lo = mid + 1;
    else hi = mid;
  }
  return (uint32_t)lo;
}

static const tl_date *find_date(const tl_date *sorted, size_t n, int32_t key);

/* Dates = days the text names ∪ publication days ∪ the days before them
 * (a morning article reports the previous day), each with its mentions
 * and its publications. */
static void collect_dates(tl_run *r) {
  const frise_tl_index *ix = r->ix;
  size_t cap = ix->n_mentions + 2 * r->n_by_key + 1, n = 0;
  int32_t *keys = malloc(cap * sizeof *keys);
  r->dates = calloc(cap, sizeof *r->dates);
  if (!keys || !r->dates) abort();
  for (size_t m = 0; m < ix->n_mentions; m++)
    if (m == 0 || ix->mentions[m].key != ix->mentions[m - 1].key) keys[n++] = ix->mentions[m].key;
  for (size_t p = 0; p < r->n_by_key; p++) keys[n++] = r->by_key[p].key, keys[n++] = r->by_key[p].key - 1;
  qsort(keys, n, sizeof *keys, cmp_i32);
  for (size_t i = 0; i < n; i++) {
    if ((i > 0 && keys[i] == keys[i - 1]) || !key_in_range(r, keys[i])) continue;
    tl_date dt = {0};
    dt.key = keys[i];
    dt.m_first = mention_lower(ix, dt.key);
    dt.m_end = mention_lower(ix, dt.key + 1);
    const tl_date *pd = tl_key_is_month(dt.key) ? NULL : find_date(r->by_key, r->n_by_key, dt.key);
    if (pd) dt.p_first = pd->p_first, dt.p_end = pd->p_end;
    score_date(r, &dt);
    r->dates[r->n_dates++] = dt;
  }
  free(keys);
}

static int cmp_score(const void *a, const void *b) {
  const tl_date *x = a, *y = b;
  if (x->score != y->score) return x->score > y->score ? -1 : 1;
  return x->key < y->key ? -1 : x->key > y->key;  /* deterministic ties: earlier first */
}

/* ---- candidates and summary of one date ---- */

typedef struct {
  uint32_t *sent; float *score; uint8_t *from_pub;
  size_t n, n_ment;
} tl_cands;

static int summary_ok(const tl_run *r, uint32_t s) {
  const tl_sent *ts = &r->ix->sents[s];
  return (ts->flags & TL_SF_SUMMARY) && r->doc_rel[ts->doc] && (r->p.offquery > 0 || has_query(r, s));
}

static void cands_add(tl_cands *c, uint32_t s, int pub) {
  if (c->n >= TL_MAX_CANDIDATES) return;
  c->sent[c->n] = s, c->from_pub[c->n] = (uint8_t)pub, c->n++;
}

static const tl_date *find_date(const tl_date *sorted, size_t n, int32_t key) {
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (sorted[mid].key < key) lo = mid + 1;
    else hi = mid;
  }
  return lo < n && sorted[lo].key == key ? &sorted[lo] : NULL;
}

/* Opening sentences of articles published on the day or the next, undated
 * and reporting (past tense): they tell that day's news. */
static void add_pub_cands(const tl_run *r, const tl_date *by_key, size_t n_by_key, int32_t key,
                          tl_cands *c) {
  const frise_tl_index *ix = r->ix;
  for (int off = 0; off < 2; off++) {
    const tl_date *pd = find_date(by_key, n_by_key, key + off);
    if (!pd) continue;
    for (uint32_t k = pd->p_first; k < pd->p_end; k++) {
      uint32_t doc = ix->by_pub[k], s0 = ix->doc_first[doc];
      for (uint32_t s = s0; s < ix->doc_first[doc + 1] && s < s0 + TL_CLIP_SENTS; s++) {
        const tl_sent *ts = &ix->sents[s];
        if (!(ts->flags & TL_SF_DATED) && (ts->flags & TL_SF_REPORTS) && summary_ok(r, s))
          cands_add(c, s, 1);
      }
    }
  }
}

static void centroid_add(tl_run *r, float *cent, uint32_t s, float w) {
  const frise_tl_index *ix = r->ix;
  const tl_sent *ts = &ix->sents[s];
  for (uint32_t i = ts->term_first; i < ts->term_first + ts->n_terms; i++) {
    uint32_t t = ix->terms[i];
    if (r->centroid[t] == 0 && r->cent_pub[t] == 0) r->touched[r->n_touched++] = t;
    cent[t] += w * ix->weights[i];
    if (cent[t] == 0) cent[t] = 1e-30f; /* keep it marked as touched */
  }
}

/* Mentions and publication sentences each contribute their mean, so a day
 * with many reports but few look-backs is not drowned (and vice versa). */
static double build_centroid(tl_run *r, const tl_cands *c) {
  size_t n_pub = c->n - c->n_ment;
  for (size_t i = 0; i < c->n; i++) {
    if (c->from_pub[i]) centroid_add(r, r->cent_pub, c->sent[i], (float)(r->p.w_pub_sent / (double)n_pub));
    else centroid_add(r, r->centroid, c->sent[i], (float)(1.0 / (double)c->n_ment));
  }
  double norm = 0;
  for (size_t k = 0; k < r->n_touched; k++) {
    uint32_t t = r->touched[k];
    float m = r->centroid[t], p = r->cent_pub[t];
    r->centroid[t] = m + p;
    r->cent_pub[t] = 0;
    norm += (double)r->centroid[t] * r->centroid[t];
  }
  return norm > 0 ? sqrt(norm) : 1;
}

static void score_cands(tl_run *r, tl_cands *c) {
  double norm = build_centroid(r, c);
  const frise_tl_index *ix = r->ix;
  for (size_t i = 0; i < c->n; i++) {
    const tl_sent *ts = &ix->sents[c->sent[i]];
    double dot = 0;
    for (uint32_t k = ts->term_first; k < ts->term_first + ts->n_terms; k++)
      dot += (double)ix->weights[k] * r->centroid[ix->terms[k]];
    double sc = dot / norm;
    if (r->p.offquery > 0 && !has_query(r, c->sent[i])) sc *= r->p.offquery;
    /* news put the event first: lead sentences tell it, later ones comment */
    sc *= 1 + r->p.w_lead / (1.0 + ts->sent);
    c->score[i] = (float)sc;
  }
  for (size_t k = 0; k < r->n_touched; k++) r->centroid[r->touched[k]] = 0;
  r->n_touched = 0;
}

static int redundant(const tl_run *r, uint32_t s) {
  for (size_t k = 0; k < r->n_chosen; k++)
    if (tl_sent_cos(r->ix, s, r->chosen[k]) > r->p.redundancy) return 1;
  return 0;
}

static void choose(tl_run *r, uint32_t s) {
  if (r->n_chosen == r->cap_chosen) {
    r->cap_chosen = r->cap_chosen ? r->cap_chosen * 2 : 64;
    r->chosen = realloc(r->chosen, r->cap_chosen * sizeof *r->chosen);
    if (!r->chosen) abort();
  }
  r->chosen[r->n_chosen++] = s;
}


static uint32_t min_support(const tl_run *r);

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

/* ---- filling the timeline ---- */

typedef struct { uint32_t cand; float score; } tl_ranked;
static int cmp_ranked(const void *a, const void *b) {
  const tl_ranked *x = a, *y = b;
  if (x->score != y->score) return x->score > y->score ? -1 : 1;
  return x->cand < y->cand ? -1 : x->cand > y->cand;
}

static size_t map_doc(const tl_run *r, frise_timeline *t, uint32_t *doc_map, uint32_t doc) {
  if (doc_map[doc] != UINT32_MAX) return doc_map[doc];
  const frise_doc *d = r->ix->docs[doc];
  frise_arena *a = t->arena;
  t->docs = frise_arena_grow(a, t->docs, t->n_docs, t->n_docs + 1, sizeof *t->docs);
  frise_tl_doc *td = &t->docs[t->n_docs];
  td->id = frise_arena_strdup(a, d->id ? d->id : "");
  td->title = d->title ? frise_arena_strdup(a, d->title) : NULL;
  td->url = d->url ? frise_arena_strdup(a, d->url) : NULL;
  td->publisher = d->publisher ? frise_arena_strdup(a, d->publisher) : NULL;
  td->dct = d->dct;
  td->lang = d->lang[0] ? frise_arena_strdup(a, d->lang) : NULL;
  doc_map[doc] = (uint32_t)t->n_docs;
  return t->n_docs++;
}

static const char *sentence_text(frise_arena *a, const frise_doc *d, size_t si) {
  if (si >= d->n_sentences) return NULL;
  const frise_sentence *s = &d->sentences[si];
  return frise_arena_strndup(a, d->text + s->start, s->end - s->start);
}

/* Wire copies: other articles' candidates saying nearly the same thing. */
static void fill_also(const tl_run *r, frise_timeline *t, uint32_t *doc_map, const tl_cands *c,
                      uint32_t s, frise_tl_sentence *out) {
  size_t also[TL_MAX_ALSO], n = 0;
  uint32_t doc = r->ix->sents[s].doc;
  for (size_t i = 0; i < c->n && n < TL_MAX_ALSO; i++) {
    uint32_t o = c->sent[i], odoc = r->ix->sents[o].doc;
    if (odoc == doc || tl_sent_cos(r->ix, s, o) < r->p.wire) continue;
    size_t m = map_doc(r, t, doc_map, odoc);
    int dup = 0;
    for (size_t k = 0; k < n; k++) dup |= also[k] == m;
    if (!dup) also[n++] = m;
  }
  out->n_also = n;
  out->also = n ? frise_arena_alloc(t->arena, n * sizeof *out->also) : NULL;
  if (n) memcpy(out->also, also, n * sizeof *also);
}

static void fill_sentence(const tl_run *r, frise_timeline *t, uint32_t *doc_map, const tl_cands *c,
                          uint32_t s, frise_tl_sentence *out) {
  const tl_sent *ts = &r->ix->sents[s];
  const frise_doc *d = r->ix->docs[ts->doc];
  const frise_sentence *fs = &d->sentences[ts->sent];
  out->doc = map_doc(r, t, doc_map, ts->doc);
  out->sentence = ts->sent;
  out->text = frise_arena_strndup(t->arena, d->text + ts->body, fs->end - ts->body);
  frise_span raw = frise_doc_raw_span(d, (frise_span){ts->body, fs->end});
  out->start = raw.start, out->end = raw.end;
  out->context_before = ts->sent > 0 ? sentence_text(t->arena, d, ts->sent - 1) : NULL;
  out->context_after = sentence_text(t->arena, d, ts->sent + 1);
  fill_also(r, t, doc_map, c, s, out);
}

static void fill_sources(frise_timeline *t, frise_tl_entry *e) {
  size_t cap = 0;
  for (size_t i = 0; i < e->n_summary; i++) cap += 1 + e->summary[i].n_also;
  e->sources = frise_arena_alloc(t->arena, (cap + 1) * sizeof *e->sources);
  e->n_sources = 0;
  for (size_t i = 0; i < e->n_summary; i++)
    for (size_t j = 0; j <= e->summary[i].n_also; j++) {
      size_t doc = j == 0 ? e->summary[i].doc : e->summary[i].also[j - 1];
      int dup = 0;
      for (size_t k = 0; k < e->n_sources; k++) dup |= e->sources[k] == doc;
      if (!dup) e->sources[e->n_sources++] = doc;
    }
}

/* Chooses up to k sentences for one date; returns how many. */
static size_t summarise(tl_run *r, tl_cands *c, tl_ranked *ranked, size_t k, uint32_t *picked) {
  score_cands(r, c);
  for (size_t i = 0; i < c->n; i++) ranked[i] = (tl_ranked){(uint32_t)i, c->score[i]};
  qsort(ranked, c->n, sizeof *ranked, cmp_ranked);
  size_t n = 0;
  for (size_t i = 0; i < c->n && n < k; i++) {
    uint32_t s = c->sent[ranked[i].cand];
    if (ranked[i].score <= 0 || redundant(r, s)) continue;
    choose(r, s);
    picked[n++] = s;
  }
  return n;
}

static void gather(tl_run *r, const tl_date *dt, const tl_date *by_key, size_t n_by_key, tl_cands *c) {
  c->n = 0;
  for (uint32_t m = dt->m_first; m < dt->m_end; m++) {
    uint32_t s = r->ix->mentions[m].sent;
    if (summary_ok(r, s)) cands_add(c, s, 0);
  }
  c->n_ment = c->n;
  if (!tl_key_is_month(dt->key)) add_pub_cands(r, by_key, n_by_key, dt->key, c);
}

/* Date order; a month comes before the days inside it (it frames them). */
static long entry_order(const frise_date *d) {
  return (long)d->year * 10000 + d->month * 100 + (d->prec >= FRISE_PREC_DAY ? d->day : 0);
}

static int cmp_entry(const void *a, const void *b) {
  long x = entry_order(&((const frise_tl_entry *)a)->date), y = entry_order(&((const frise_tl_entry *)b)->date);
  return x < y ? -1 : x > y;
}

static frise_timeline *emit_timeline(tl_run *r, const tl_date *by_key, size_t n_by_key, size_t want) {
  frise_timeline *t = frise_timeline_new();
  if (!t) return NULL;
  frise_arena *a = t->arena;
  if (r->o->title) t->title = frise_arena_strdup(a, r->o->title);
  if (r->o->story_id) t->story_id = frise_arena_strdup(a, r->o->story_id);
  t->entries = frise_arena_calloc(a, want + 1, sizeof *t->entries);
  uint32_t *doc_map = malloc((r->ix->n_docs + 1) * sizeof *doc_map);
  tl_cands c = {malloc(TL_MAX_CANDIDATES * sizeof *c.sent), malloc(TL_MAX_CANDIDATES * sizeof *c.score),
                malloc(TL_MAX_CANDIDATES), 0, 0};
  tl_ranked *ranked = malloc(TL_MAX_CANDIDATES * sizeof *ranked);
  if (!doc_map || !c.sent || !c.score || !c.from_pub || !ranked) abort();
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
      if (tried[i] || (pass < 2 && dt->n_docs < min_support(r))) continue;
      if (pass == 0 && near_chosen(keys, t->n_entries, dt->key, gap)) continue;
      tried[i] = 1;
      gather(r, dt, by_key, n_by_key, &c);
      if (c.n == 0) continue;
      size_t k = r->o->n_sentences ? r->o->n_sentences : dt->n_docs >= 4 ? 2 : 1;
      uint32_t picked[64];
      if (k > 64) k = 64;
      size_t n = summarise(r, &c, ranked, k, picked);
      if (n == 0) continue;
      keys[t->n_entries] = dt->key;
      frise_tl_entry *e = &t->entries[t->n_entries++];
      e->date = tl_key_date(dt->key);
      e->score = dt->score;
      e->n_articles = dt->n_docs;
      e->summary = frise_arena_calloc(a, n, sizeof *e->summary);
      e->n_summary = n;
      for (size_t j = 0; j < n; j++) fill_sentence(r, t, doc_map, &c, picked[j], &e->summary[j]);
      fill_sources(t, e);
    }
  free(tried), free(keys);
  qsort(t->entries, t->n_entries, sizeof *t->entries, cmp_entry);
  free(doc_map), free(c.sent), free(c.score), free(c.from_pub), free(ranked);
  return t;
}

/* Articles a date needs in automatic mode: one in a handful of articles,
 * more in a big collection so passing mentions do not make entries. */
static uint32_t min_support(const tl_run *r) {
  size_t n_docs = r->ix->n_docs;
  return n_docs >= 50 ? 3 : n_docs >= 10 ? 2 : 1;
}

static size_t auto_dates(const tl_run *r) {
  uint32_t need = min_support(r);
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
  collect_dates(&r);
  qsort(r.dates, r.n_dates, sizeof *r.dates, cmp_score);
  size_t want = opts->n_dates ? opts->n_dates : auto_dates(&r);
  frise_timeline *t = emit_timeline(&r, r.by_key, r.n_by_key, want);
  run_free(&r);
  return t;
}

frise_timeline *frise_timeline_build(frise_doc *const *docs, size_t n, const frise_tl_opts *opts) {
  frise_tl_index *ix = frise_tl_index_new(docs, n);
  if (!ix) return NULL;
  frise_timeline *t = frise_tl_index_build(ix, opts);
  frise_tl_index_free(ix);
  return t;
}

void frise_tl_opts_init(frise_tl_opts *o) { memset(o, 0, sizeof *o); }
