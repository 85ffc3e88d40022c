/* stories.c: single-pass story clustering. Each article becomes a TF-IDF
 * vector (online IDF) of its strongest terms; candidate stories come from an
 * inverted index over story centroids; it joins the most similar story above
 * a threshold (a higher one for dormant stories) or starts a new one. A
 * centroid is a time-decayed sum of its articles' vectors, capped in size.
 * Near-duplicates are found first and only counted as extra sources. */
#include "story_internal.h"
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define MAX_EXACT 16        /* candidates whose full cosine is computed */
#define QUERY_TERMS 24      /* strongest article terms that look up candidate stories */
#define SURF_MAX 24         /* surface forms kept per story, for its label */
#define SURF_LEN 32
#define DF_WIDTH_LOG2 19
#define DF_HALVE_EVERY 200000
#define VISIT_EMA 0.05      /* weight of the latest candidacy in a story's mean visitor cosine */

/* Vectors use 32 bits of the 64-bit term hashes: a collision inside one
 * vector is rare and harmless, and centroids, most of the memory, halve. */
typedef struct { uint32_t term; float w; uint32_t idx; } cterm; /* idx: item term (article vectors) */
typedef struct { uint32_t term; float w; } centry;               /* centroid entry */
static inline uint32_t term32(uint64_t t) { return (uint32_t)(t >> 32) | 1; }
typedef struct { uint32_t term; char text[SURF_LEN]; uint8_t kind; } surface;
typedef struct {
  uint32_t slot;
  double partial;              /* dot product over the query terms */
} cand;

struct frise_story {
  char id[24];
  uint64_t created;            /* creation order */
  int64_t first_day, last_day; /* days of first and last (dated) articles */
  int64_t active_day;          /* latest article day, dated or not: dormancy */
  int64_t upd_day;             /* day the centroid was last decayed to */
  frise_date first, last;
  centry *c;                   /* centroid, sorted by term */
  uint32_t n_c;
  double norm;
  surface surf[SURF_MAX];
  int n_surf;
  uint64_t n_articles, n_dups;
  char **articles;             /* kept ids */
  size_t n_kept, cap_kept;
  char **dups, **dup_of;
  size_t n_dups_kept, cap_dups;
  int32_t prev, next;          /* LRU list of slots, head = most recent */
  uint32_t stamp;              /* last query that met it as a candidate */
  uint32_t cand;               /* its index among that query's candidates */
  int32_t slot;                /* its index in frise_stories.slots */
  double join_cos;             /* sum of the cosines of the articles that joined it */
  uint32_t n_joins;
  double visit_cos;            /* moving mean cosine of the articles it was an exact candidate of */
  uint32_t n_visits;
};

typedef struct {
  uint32_t term;               /* 0 = free */
  uint32_t *slots;
  uint32_t n, cap;
} posting;

typedef struct {
  uint64_t seq;                /* UINT64_MAX: empty */
  char *id, *orig;             /* orig: first occurrence's id (may be id) */
  char story[24];
  int32_t slot;                /* where its story lives, if still the same */
  uint64_t created;            /* ... i.e. if that slot's story has this creation number */
} recent;

struct frise_stories {
  frise_stories_opts o;
  features *feat;
  df_sketch *df;
  frise_dedup *dedup;
  recent *ring;                /* dup_window entries, parallel to the dedup ring */
  frise_story **slots;         /* NULL = free slot */
  size_t n_slots, n_live;
  int32_t *free_slots;         /* stack of freed slots */
  size_t n_free;
  int32_t lru_head, lru_tail;
  posting *post;               /* open addressing by term */
  size_t post_cap, post_used;
  uint32_t stamp;
  int64_t now;                 /* latest article day seen */
  uint64_t n_articles, n_dups, n_stories;
  const frise_story **order;   /* creation-ordered view for _at */
  int order_dirty;
  /* scratch */
  cand *cands;                 /* candidates of the current query */
  double exact_cos[MAX_EXACT]; /* the current query's cosine to each exact candidate */
  size_t cap_cands;
  cterm *vec, *merge, *vec2;
  size_t cap_vec, cap_merge, cap_vec2;
  char *dup_of;                /* last duplicate's first occurrence (out->dup_of) */
};

void frise_stories_opts_init(frise_stories_opts *o) {
  memset(o, 0, sizeof *o);
  o->threshold = 0.10;
  o->wake_threshold = 0.30;  /* threshold + 0.2 */
  o->half_life_days = 15;
  o->min_decay = 0.6;
  o->dormant_days = 60;
  o->wake_min_articles = 3;
  o->narrow_terms = 3;
  o->narrow_factor = 2.5;
  o->name_weight = 4;
  o->title_ratio_lo = 2;
  o->title_ratio_hi = 4;
  o->number_weight = 1;
  o->size_bonus = 0.2;
  o->size_cap = 10;
  o->contrast_min = 0.5;
  o->contrast_cap = 3;
  o->contrast_min_joins = 5;
  o->contrast_min_visits = 10;
  o->doc_terms = 200;
  o->centroid_terms = 600;
  o->max_stories = 10000;
  o->close_days = 180;
  o->keep_articles = 1;
  o->dup_threshold = 0.55;
  o->dup_window = 32768;
}

frise_stories *frise_stories_new(const frise_stories_opts *o) {
  frise_stories *s = calloc(1, sizeof *s);
  if (!s) return NULL;
  if (o) s->o = *o;
  else frise_stories_opts_init(&s->o);
  if (s->o.doc_terms < 8) s->o.doc_terms = 8;
  if (s->o.centroid_terms < s->o.doc_terms) s->o.centroid_terms = s->o.doc_terms;
  if (s->o.half_life_days <= 0) s->o.half_life_days = 1;
  if (s->o.dup_window == 0) s->o.dup_window = 1;
  s->feat = features_new();
  s->df = df_new(DF_WIDTH_LOG2, DF_HALVE_EVERY);
  s->dedup = frise_dedup_new(s->o.dup_window, s->o.dup_threshold);
  s->ring = calloc(s->o.dup_window, sizeof *s->ring);
  s->post_cap = 1024;
  s->post = calloc(s->post_cap, sizeof *s->post);
  if (!s->feat || !s->df || !s->dedup || !s->ring || !s->post) goto fail;
  for (size_t i = 0; i < s->o.dup_window; i++) s->ring[i].seq = UINT64_MAX;
  s->lru_head = s->lru_tail = -1;
  s->now = INT64_MIN;
  return s;
fail:
  frise_stories_free(s);
  return NULL;
}

static void story_free(frise_story *st) {
  if (!st) return;
  for (size_t i = 0; i < st->n_kept; i++) free(st->articles[i]);
  for (size_t i = 0; i < st->n_dups_kept; i++) free(st->dups[i]), free(st->dup_of[i]);
  free(st->articles);
  free(st->dups);
  free(st->dup_of);
  free(st->c);
  free(st);
}

void frise_stories_free(frise_stories *s) {
  if (!s) return;
  for (size_t i = 0; i < s->n_slots; i++) story_free(s->slots[i]);
  free(s->slots);
  free(s->free_slots);
  for (size_t i = 0; i < s->post_cap; i++) free(s->post[i].slots);
  free(s->post);
  if (s->ring)
    for (size_t i = 0; i < s->o.dup_window; i++) free(s->ring[i].id), free(s->ring[i].orig);
  free(s->ring);
  features_free(s->feat);
  df_free(s->df);
  frise_dedup_free(s->dedup);
  free(s->order);
  free(s->vec);
  free(s->merge);
  free(s->vec2);
  free(s->cands);
  free(s->dup_of);
  free(s);
}

/* ---------------- inverted index: term -> slots of stories ---------------- */

static posting *post_find(frise_stories *s, uint32_t term, int create);

static void post_rehash(frise_stories *s) {
  posting *old = s->post;
  size_t old_cap = s->post_cap;
  s->post_cap *= 2;
  s->post = calloc(s->post_cap, sizeof *s->post);
  if (!s->post) abort();
  s->post_used = 0;
  for (size_t i = 0; i < old_cap; i++)
    if (old[i].term) *post_find(s, old[i].term, 1) = old[i];
  free(old);
}

static posting *post_find(frise_stories *s, uint32_t term, int create) {
  size_t mask = s->post_cap - 1;
  for (size_t h = (size_t)frise_mix64(term) & mask;; h = (h + 1) & mask) {
    if (s->post[h].term == term) return &s->post[h];
    if (s->post[h].term == 0) {
      if (!create) return NULL;
      if ((s->post_used + 1) * 2 > s->post_cap) {
        post_rehash(s);
        return post_find(s, term, 1);
      }
      s->post_used++;
      s->post[h].term = term;
      return &s->post[h];
    }
  }
}

/* Linear probing deletion by backward shift, so no tombstones accumulate. */
static void post_delete(frise_stories *s, posting *p) {
  size_t mask = s->post_cap - 1, i = (size_t)(p - s->post);
  free(p->slots);
  memset(p, 0, sizeof *p);
  s->post_used--;
  for (size_t j = (i + 1) & mask; s->post[j].term; j = (j + 1) & mask) {
    size_t home = (size_t)frise_mix64(s->post[j].term) & mask;
    int movable = (j > i) ? (home <= i || home > j) : (home <= i && home > j);
    if (!movable) continue;
    s->post[i] = s->post[j];
    memset(&s->post[j], 0, sizeof s->post[j]);
    i = j;
  }
}

static void post_add(frise_stories *s, uint32_t term, uint32_t slot) {
  posting *p = post_find(s, term, 1);
  if (p->n == p->cap) {
    p->cap = p->cap ? p->cap * 2 : 4;
    p->slots = realloc(p->slots, p->cap * sizeof *p->slots);
    if (!p->slots) abort();
  }
  p->slots[p->n++] = slot;
}

static void post_remove(frise_stories *s, uint32_t term, uint32_t slot) {
  posting *p = post_find(s, term, 0);
  if (!p) return;
  for (uint32_t i = 0; i < p->n; i++)
    if (p->slots[i] == slot) {
      p->slots[i] = p->slots[--p->n];
      break;
    }
  if (p->n == 0) post_delete(s, p);
}

/* ---------------- LRU of stories ---------------- */

static void lru_unlink(frise_stories *s, int32_t slot) {
  frise_story *st = s->slots[slot];
  if (st->prev >= 0) s->slots[st->prev]->next = st->next;
  else s->lru_head = st->next;
  if (st->next >= 0) s->slots[st->next]->prev = st->prev;
  else s->lru_tail = st->prev;
  st->prev = st->next = -1;
}

static void lru_push_front(frise_stories *s, int32_t slot) {
  frise_story *st = s->slots[slot];
  st->prev = -1;
  st->next = s->lru_head;
  if (s->lru_head >= 0) s->slots[s->lru_head]->prev = slot;
  s->lru_head = slot;
  if (s->lru_tail < 0) s->lru_tail = slot;
}

static void story_close(frise_stories *s, int32_t slot) {
  frise_story *st = s->slots[slot];
  if (s->o.on_close) s->o.on_close(st, s->o.user);
  lru_unlink(s, slot);
  for (uint32_t i = 0; i < st->n_c; i++) post_remove(s, st->c[i].term, (uint32_t)slot);
  story_free(st);
  s->slots[slot] = NULL;
  s->free_slots[s->n_free++] = slot;
  s->n_live--;
  s->order_dirty = 1;
}

/* ---------------- vectors ---------------- */

static int by_weight_desc(const void *a, const void *b) {
  float x = ((const cterm *)a)->w, y = ((const cterm *)b)->w;
  if (x != y) return x < y ? 1 : -1;
  uint32_t p = ((const cterm *)a)->term, q = ((const cterm *)b)->term;
  return p < q ? -1 : p > q;
}

/* Sorts a vector by term: an inlined quicksort (median of three, insertion
 * sort below 16) instead of qsort, whose indirect compare showed in profiles. */
static void sort_by_term(cterm *v, size_t n) {
  while (n > 16) {
    uint32_t a = v[0].term, b = v[n / 2].term, c = v[n - 1].term;
    uint32_t pivot = a < b ? (b < c ? b : (a < c ? c : a)) : (a < c ? a : (b < c ? c : b));
    size_t i = 0, j = n - 1;
    for (;;) {
      while (v[i].term < pivot) i++;
      while (v[j].term > pivot) j--;
      if (i >= j) break;
      cterm t = v[i]; v[i] = v[j]; v[j] = t;
      i++, j--;
    }
    /* recurse into the smaller side, loop on the larger: bounded stack */
    if (j + 1 < n - j - 1) sort_by_term(v, j + 1), v += j + 1, n -= j + 1;
    else sort_by_term(v + j + 1, n - j - 1), n = j + 1;
  }
  for (size_t i = 1; i < n; i++) {
    cterm x = v[i];
    size_t k = i;
    for (; k > 0 && v[k - 1].term > x.term; k--) v[k] = v[k - 1];
    v[k] = x;
  }
}

/* Quickselect: moves the k strongest entries to v[0..k) (in no order). */
static void select_top(cterm *v, size_t n, size_t k) {
  size_t lo = 0, hi = n;
  while (k > lo && k < hi && hi - lo > 1) {
    cterm pivot = v[lo + (hi - lo) / 2];
    size_t i = lo, j = hi - 1;
    while (i <= j) { /* Hoare partition, strongest first */
      while (by_weight_desc(&v[i], &pivot) < 0) i++;
      while (by_weight_desc(&v[j], &pivot) > 0) j--;
      if (i <= j) {
        cterm t = v[i];
        v[i] = v[j], v[j] = t;
        i++;
        if (j == 0) break;
        j--;
      }
    }
    if (k <= j) hi = j + 1;
    else if (k >= i) lo = i;
    else break;
  }
}

static void reserve(cterm **v, size_t *cap, size_t n) {
  if (n <= *cap) return;
  *cap = n * 2;
  *v = realloc(*v, *cap * sizeof **v);
  if (!*v) abort();
}

/* A name's weight. A capitalised word whose word form (a stem, in any case)
 * is in many more recent articles than the name itself is a common word
 * inside a title: "Finance" of "Finance Ministry", "World" and "Bank",
 * "States", "House", "Conseil", "Révolution". As names (x name_weight) such
 * words tied unrelated stories of the same country or institution together
 * (a flu article from Tokyo and a finance story through "Japan", "Finance",
 * "Bank"). Participants keep the full weight: "Tokyo", "Obama", "Kadhafi"
 * are hardly ever lower-case words. One more sketch lookup, no lexicon. */
static double name_weight(const frise_stories *s, const item_term *t, uint32_t df) {
  double w = s->o.name_weight;
  double lo = s->o.title_ratio_lo, hi = s->o.title_ratio_hi;
  if (!t->word || hi <= lo || lo <= 0) return w;
  double ratio = (df_count(s->df, t->word) + 1.0) / (df + 1.0);
  if (ratio <= lo) return w;
  if (ratio >= hi) return 1.0;
  return w - (w - 1.0) * (ratio - lo) / (hi - lo);
}

/* The article's vector: sublinear tf * idf * kind weight, the strongest
 * doc_terms, L2-normalised; left in s->vec with its QUERY_TERMS strongest
 * first, by weight. */
static size_t doc_vector(frise_stories *s, const frise_stories_item *it) {
  reserve(&s->vec, &s->cap_vec, it->n_terms + 1);
  double kind_w[3] = {1.0, s->o.name_weight, s->o.number_weight};
  for (size_t i = 0; i < it->n_terms; i++) {
    const item_term *t = &it->terms[i];
    uint32_t df = df_count(s->df, t->term);
    double kw = t->kind == TERM_NAME ? name_weight(s, t, df) : kind_w[t->kind];
    s->vec[i].term = term32(t->term);
    s->vec[i].w = (float)((1.0 + log(t->tf)) * df_idf_of(s->df, df) * kw);
    s->vec[i].idx = (uint32_t)i;
  }
  size_t n = it->n_terms;
  if (n > s->o.doc_terms) {
    select_top(s->vec, n, s->o.doc_terms);
    n = s->o.doc_terms;
  }
  select_top(s->vec, n, QUERY_TERMS);
  qsort(s->vec, n < QUERY_TERMS ? n : QUERY_TERMS, sizeof *s->vec, by_weight_desc);
  double norm = 0;
  for (size_t i = 0; i < n; i++) norm += (double)s->vec[i].w * s->vec[i].w;
  norm = sqrt(norm);
  for (size_t i = 0; i < n && norm > 0; i++) s->vec[i].w = (float)(s->vec[i].w / norm);
  return n;
}

/* Dot product of a term-sorted vector with a story's centroid. */
/* Dot product of a term-sorted vector with a story's centroid; *sumsq gets
 * the sum of the squared per-term products (how spread the evidence is). */
static double dot(const cterm *v, size_t n, const frise_story *st, double *sumsq) {
  double sum = 0, sq = 0;
  size_t i = 0, j = 0;
  const centry *c = st->c;
  size_t m = st->n_c;
  while (i < n && j < m) { /* branch-light merge: only the rare match branches */
    uint32_t a = v[i].term, b = c[j].term;
    if (a == b) {
      double x = (double)v[i].w * c[j].w;
      sum += x, sq += x * x;
    }
    i += a <= b;
    j += b <= a;
  }
  *sumsq = sq;
  return sum;
}

static float centroid_weight(const frise_story *st, uint32_t term) {
  size_t lo = 0, hi = st->n_c;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (st->c[mid].term < term) lo = mid + 1;
    else hi = mid;
  }
  return lo < st->n_c && st->c[lo].term == term ? st->c[lo].w : 0.0f;
}

/* ---------------- assignment ---------------- */

typedef struct {
  int32_t slot;
  double sim;                  /* score: cosine, times the size bonus for an active story */
  int woke;
  double cos;                  /* plain cosine */
} match;

static int is_dormant(const frise_stories *s, const frise_story *st, int64_t day) {
  return day - st->active_day > s->o.dormant_days;
}

/* Established active stories attract a little more than new ones: without
 * this, a long story that drifts sheds sister stories at each turn. Capped,
 * so a huge story cannot swallow a neighbouring topic. */
static double size_bonus(const frise_stories *s, const frise_story *st) {
  double n = (double)st->n_articles, cap = (double)s->o.size_cap;
  return 1.0 + s->o.size_bonus * log(1.0 + (n < cap ? n : cap));
}

/* Catch-all stories. A story whose centroid shares common terms (countries,
 * institutions, leaders) with everything turns up among the exact candidates
 * of many articles unlike its members. Its contrast, the mean cosine of those
 * visitors over the mean cosine of the articles that joined it, is then low
 * (T17: the spring-2009 world-economy and US-politics stories stay near 0.4;
 * the stories most articles join, 0.65 to 0.85). A cosine at the threshold
 * says little about such a story, and joins just above it are how these took
 * in off-topic pages (Pakistan's press, China blogs, Guantanamo) by a few
 * names each: the threshold rises as the contrast falls, up to contrast_cap
 * times. A ratio of the story's own cosines, so no scale to tune per language
 * or corpus; stories with few joins or visits are left alone. */
static double contrast_factor(const frise_stories *s, const frise_story *st) {
  if (s->o.contrast_min <= 0 || st->n_joins < s->o.contrast_min_joins ||
      st->n_visits < s->o.contrast_min_visits || st->join_cos <= 0)
    return 1.0;
  double contrast = st->visit_cos / (st->join_cos / st->n_joins);
  if (contrast >= s->o.contrast_min) return 1.0;
  double f = contrast > 0 ? s->o.contrast_min / contrast : s->o.contrast_cap;
  return f < s->o.contrast_cap ? f : s->o.contrast_cap;
}

/* Folds the current query's cosines into its exact candidates' visitor
 * means, once the query is decided (an article is not judged by itself). */
static void note_visits(frise_stories *s, size_t n_exact) {
  for (size_t c = 0; c < n_exact; c++) {
    frise_story *st = s->slots[s->cands[c].slot];
    if (st->n_visits++ == 0) st->visit_cos = s->exact_cos[c];
    else st->visit_cos += VISIT_EMA * (s->exact_cos[c] - st->visit_cos);
  }
}

/* Best story for the vector: candidates share one of its QUERY_TERMS. The
 * vector in s->vec is by weight; sorted holds the same sorted by term. */
static int by_partial_desc(const void *a, const void *b) {
  const cand *x = a, *y = b;
  if (x->partial != y->partial) return x->partial < y->partial ? 1 : -1;
  return x->slot < y->slot ? -1 : x->slot > y->slot;
}

/* Quickselect: moves the k best candidates (by_partial_desc, a total
 * order) to c[0..k): hundreds of candidates are common, only k are kept. */
static void select_cands(cand *c, size_t n, size_t k) {
  size_t lo = 0, hi = n;
  while (hi - lo > 1) {
    cand pivot = c[lo + (hi - lo) / 2];
    size_t store = lo;
    for (size_t i = lo; i < hi; i++) /* three-way: better, equal, worse */
      if (by_partial_desc(&c[i], &pivot) < 0) {
        cand t = c[i]; c[i] = c[store]; c[store] = t;
        store++;
      }
    size_t eq = store;
    for (size_t i = store; i < hi; i++)
      if (by_partial_desc(&c[i], &pivot) == 0) {
        cand t = c[i]; c[i] = c[eq]; c[eq] = t;
        eq++;
      }
    if (k < store) hi = store;
    else if (k <= eq) return;
    else lo = eq;
  }
}

/* Candidates share one of the article's QUERY_TERMS; their partial dot
 * product over those terms ranks them, and only the best MAX_EXACT get the
 * full cosine (most stories that share a frequent term are far away). */
static match best_story(frise_stories *s, const cterm *sorted, size_t n, int64_t day) {
  match best = {-1, 0, 0, 0};
  size_t n_cand = 0;
  s->stamp++;
  for (size_t q = 0; q < n && q < QUERY_TERMS; q++) {
    posting *p = post_find(s, s->vec[q].term, 0);
    for (uint32_t k = 0; p && k < p->n; k++) {
      frise_story *st = s->slots[p->slots[k]];
      double part = st->norm > 0 ? s->vec[q].w * centroid_weight(st, s->vec[q].term) / st->norm : 0;
      if (st->stamp == s->stamp) {
        s->cands[st->cand].partial += part;
        continue;
      }
      st->stamp = s->stamp;
      if (n_cand == s->cap_cands) {
        s->cap_cands = s->cap_cands ? s->cap_cands * 2 : 256;
        s->cands = realloc(s->cands, s->cap_cands * sizeof *s->cands);
        if (!s->cands) abort();
      }
      st->cand = (uint32_t)n_cand;
      s->cands[n_cand++] = (cand){p->slots[k], part};
    }
  }
  for (size_t c = 0; c < n_cand; c++) { /* rank as the final score will */
    const frise_story *st = s->slots[s->cands[c].slot];
    if (!is_dormant(s, st, day)) s->cands[c].partial *= size_bonus(s, st);
  }
  size_t n_exact = n_cand < MAX_EXACT ? n_cand : MAX_EXACT;
  if (n_cand > n_exact) select_cands(s->cands, n_cand, n_exact);
  if (n_exact) qsort(s->cands, n_exact, sizeof *s->cands, by_partial_desc);
  /* An active story that qualifies beats any dormant one: what happened in
   * the last weeks is the likelier context, and a dormant story woken by an
   * article that also fits a live story is how topics got mixed. */
  match wake = {-1, 0, 1, 0};
  for (size_t c = 0; c < n_exact; c++) {
    frise_story *st = s->slots[s->cands[c].slot];
    double sq = 0, sum = st->norm > 0 ? dot(sorted, n, st, &sq) : 0;
    double sim = st->norm > 0 ? sum / st->norm : 0;
    s->exact_cos[c] = sim;
    /* Narrow evidence: when the match rests on a term or two (the effective
     * number of shared terms, sum^2 / sum of squares, is small: one name
     * such as a minister's or a company's shared by two unrelated articles),
     * it must be much closer to count. */
    double eff = sq > 0 ? sum * sum / sq : 0;
    double need_factor = eff < s->o.narrow_terms ? s->o.narrow_factor : 1.0;
    int dormant = is_dormant(s, st, day);
    if (dormant && st->n_articles < s->o.wake_min_articles) continue;
    if (!dormant) {
      need_factor *= contrast_factor(s, st);
      sim *= size_bonus(s, st);
    }
    if (sim < need_factor * (dormant ? s->o.wake_threshold : s->o.threshold)) continue;
    match *m = dormant ? &wake : &best;
    if (sim > m->sim || (sim == m->sim && st->created < s->slots[m->slot]->created)) {
      m->slot = (int32_t)s->cands[c].slot;
      m->sim = sim;
      m->cos = s->exact_cos[c];
    }
  }
  note_visits(s, n_exact);
  return best.slot >= 0 ? best : wake;
}

/* Keeps the k strongest of s->merge[0..m) in term order (ties at the cut
 * are broken by position, which is term order too); returns k. */
static size_t drop_weakest(frise_stories *s, size_t m, size_t k) {
  reserve(&s->vec2, &s->cap_vec2, m);
  memcpy(s->vec2, s->merge, m * sizeof *s->vec2);
  select_top(s->vec2, m, k);
  cterm cut = s->vec2[0];  /* the weakest kept: the minimum of the top k */
  for (size_t i = 1; i < k; i++)
    if (by_weight_desc(&s->vec2[i], &cut) > 0) cut = s->vec2[i];
  size_t o = 0;
  for (size_t i = 0; i < m && o < k; i++)
    if (by_weight_desc(&s->merge[i], &cut) <= 0) s->merge[o++] = s->merge[i];
  return o;
}

/* centroid = decay * centroid + v, capped to CENTROID_MAX strongest terms;
 * postings follow the terms that enter and leave. */
static void centroid_add(frise_stories *s, int32_t slot, const cterm *v, size_t n, int64_t day) {
  frise_story *st = s->slots[slot];
  double decay = 1.0;
  if (day > st->upd_day) {
    decay = pow(0.5, (double)(day - st->upd_day) / s->o.half_life_days);
    /* a sparse story must not forget all it was at each new article */
    if (decay < s->o.min_decay) decay = s->o.min_decay;
    st->upd_day = day;
  }
  reserve(&s->merge, &s->cap_merge, st->n_c + n + 1);
  size_t i = 0, j = 0, m = 0;
  while (i < st->n_c || j < n) {
    if (j == n || (i < st->n_c && st->c[i].term < v[j].term))
      s->merge[m++] = (cterm){st->c[i].term, (float)(st->c[i].w * decay), 0}, i++;
    else if (i == st->n_c || v[j].term < st->c[i].term) s->merge[m++] = v[j++];
    else s->merge[m++] = (cterm){v[j].term, (float)(st->c[i].w * decay + v[j].w), 0}, i++, j++;
  }
  if (m > s->o.centroid_terms) m = drop_weakest(s, m, s->o.centroid_terms);
  /* diff old and new term sets to update the postings */
  i = j = 0;
  while (i < st->n_c || j < m) {
    if (j == m || (i < st->n_c && st->c[i].term < s->merge[j].term))
      post_remove(s, st->c[i++].term, (uint32_t)slot);
    else if (i == st->n_c || s->merge[j].term < st->c[i].term)
      post_add(s, s->merge[j++].term, (uint32_t)slot);
    else i++, j++;
  }
  if (m > st->n_c) {
    st->c = realloc(st->c, m * sizeof *st->c);
    if (!st->c) abort();
  }
  for (size_t k = 0; k < m; k++) st->c[k] = (centry){s->merge[k].term, s->merge[k].w};
  st->n_c = (uint32_t)m;
  double norm = 0;
  for (size_t k = 0; k < m; k++) norm += (double)st->c[k].w * st->c[k].w;
  st->norm = sqrt(norm);
}

/* Keeps surface forms of the story's strongest terms for its label. */
static void remember_surfaces(frise_story *st, const frise_stories_item *it, const cterm *byw,
                              size_t n) {
  for (size_t q = 0; q < n && q < 10; q++) {
    const item_term *t = &it->terms[byw[q].idx];
    if (t->kind == TERM_NUMBER) continue;
    int have = 0, weakest = -1;
    uint32_t t32 = term32(t->term);
    float weakest_w = centroid_weight(st, t32);
    for (int k = 0; k < st->n_surf && !have; k++) {
      have = st->surf[k].term == t32;
      float w = centroid_weight(st, st->surf[k].term);
      if (w < weakest_w) weakest_w = w, weakest = k;
    }
    if (have) continue;
    int at = st->n_surf < SURF_MAX ? st->n_surf++ : weakest;
    if (at < 0) continue;
    st->surf[at].term = t32;
    st->surf[at].kind = t->kind;
    snprintf(st->surf[at].text, SURF_LEN, "%s", it->surfaces + t->surface);
  }
}

static void push_str(char ***v, size_t *n, size_t *cap, const char *x) {
  if (*n == *cap) {
    *cap = *cap ? *cap * 2 : 8;
    *v = realloc(*v, *cap * sizeof **v);
    if (!*v) abort();
  }
  (*v)[(*n)++] = strdup(x);
  if (!(*v)[*n - 1]) abort();
}

static void story_touch_date(frise_story *st, const frise_stories_item *it) {
  if (it->day == INT64_MIN) return;
  if (st->first.prec == FRISE_PREC_NONE || it->day < st->first_day) st->first = it->date, st->first_day = it->day;
  if (st->last.prec == FRISE_PREC_NONE || it->day > st->last_day) st->last = it->date, st->last_day = it->day;
}

static int32_t story_create(frise_stories *s, const frise_stories_item *it, int64_t day) {
  int32_t slot;
  if (s->n_free) slot = s->free_slots[--s->n_free];
  else {
    s->slots = realloc(s->slots, (s->n_slots + 1) * sizeof *s->slots);
    s->free_slots = realloc(s->free_slots, (s->n_slots + 1) * sizeof *s->free_slots);
    if (!s->slots || !s->free_slots) abort();
    slot = (int32_t)s->n_slots++;
  }
  frise_story *st = calloc(1, sizeof *st);
  if (!st) abort();
  snprintf(st->id, sizeof st->id, "s-%016llx", (unsigned long long)frise_hash_bytes(0x53544F52u, it->id, strlen(it->id)));
  st->created = s->n_stories++;
  st->first_day = st->last_day = st->active_day = st->upd_day = day;
  st->prev = st->next = -1;
  st->slot = slot;
  s->slots[slot] = st;
  s->n_live++;
  s->order_dirty = 1;
  lru_push_front(s, slot);
  return slot;
}

/* The ring of recent articles parallel to the dedup index: who they were,
 * whose copy, in which story. */
static void remember_recent(frise_stories *s, uint64_t seq, const char *id, const char *orig,
                            const char *story, int32_t slot, uint64_t created) {
  recent *r = &s->ring[seq % s->o.dup_window];
  free(r->id);
  free(r->orig);
  r->seq = seq;
  r->id = strdup(id);
  r->orig = strdup(orig);
  if (!r->id || !r->orig) abort();
  snprintf(r->story, sizeof r->story, "%s", story);
  r->slot = slot;
  r->created = created;
}

static int32_t find_slot(const frise_stories *s, const char *story_id) {
  for (size_t i = 0; i < s->n_slots; i++)
    if (s->slots[i] && strcmp(s->slots[i]->id, story_id) == 0) return (int32_t)i;
  return -1;
}

static void add_duplicate(frise_stories *s, const frise_stories_item *it, const recent *orig,
                          int64_t day, frise_story_assign *out) {
  s->n_dups++;
  free(s->dup_of);
  s->dup_of = strdup(orig->orig);
  if (!s->dup_of) abort();
  out->dup_of = s->dup_of;
  out->story_id = orig->story;  /* copied into the ring entry of it below */
  int32_t slot = orig->slot;
  frise_story *st = slot >= 0 && (size_t)slot < s->n_slots ? s->slots[slot] : NULL;
  if (!st || st->created != orig->created) return; /* its story has left memory: id still valid */
  st->n_dups++;
  if (day > st->active_day) st->active_day = day;
  story_touch_date(st, it);
  if (s->o.keep_articles) {
    if (st->n_dups_kept == st->cap_dups) {
      st->cap_dups = st->cap_dups ? st->cap_dups * 2 : 4;
      st->dups = realloc(st->dups, st->cap_dups * sizeof *st->dups);
      st->dup_of = realloc(st->dup_of, st->cap_dups * sizeof *st->dup_of);
      if (!st->dups || !st->dup_of) abort();
    }
    st->dups[st->n_dups_kept] = strdup(it->id);
    st->dup_of[st->n_dups_kept] = strdup(orig->orig);
    if (!st->dups[st->n_dups_kept] || !st->dup_of[st->n_dups_kept]) abort();
    st->n_dups_kept++;
  }
  lru_unlink(s, slot);
  lru_push_front(s, slot);
}

static int32_t add_article(frise_stories *s, const frise_stories_item *it, int64_t day,
                        frise_story_assign *out) {
  df_add_doc(s->df, it->terms, it->n_terms);
  size_t n = doc_vector(s, it);
  reserve(&s->merge, &s->cap_merge, n + 1);
  cterm *sorted = malloc((n + 1) * sizeof *sorted);
  if (!sorted) abort();
  if (n) {
    memcpy(sorted, s->vec, n * sizeof *sorted);
    sort_by_term(sorted, n);
  }
  match m = best_story(s, sorted, n, day);
  int32_t slot = m.slot;
  if (slot < 0) {
    slot = story_create(s, it, day);
    out->new_story = 1;
  } else {
    out->similarity = m.sim;
    out->woke = m.woke;
    s->slots[slot]->join_cos += m.cos;
    s->slots[slot]->n_joins++;
    lru_unlink(s, slot);
    lru_push_front(s, slot);
  }
  frise_story *st = s->slots[slot];
  centroid_add(s, slot, sorted, n, day);
  remember_surfaces(st, it, s->vec, n);
  free(sorted);
  st->n_articles++;
  if (day > st->active_day) st->active_day = day;
  story_touch_date(st, it);
  if (s->o.keep_articles) push_str(&st->articles, &st->n_kept, &st->cap_kept, it->id);
  out->story_id = st->id;
  return slot;
}

/* Closes the least recently updated stories beyond max_stories, and those
 * silent for close_days (the LRU tail is the one silent the longest). */
static void evict(frise_stories *s) {
  while (s->o.max_stories && s->n_live > s->o.max_stories && s->lru_tail >= 0)
    story_close(s, s->lru_tail);
  while (s->o.close_days > 0 && s->lru_tail >= 0 &&
         s->now - s->slots[s->lru_tail]->active_day > s->o.close_days)
    story_close(s, s->lru_tail);
}

void frise_stories_add_item(frise_stories *s, frise_stories_item *it, frise_story_assign *out) {
  frise_story_assign local;
  if (!out) out = &local;
  memset(out, 0, sizeof *out);
  int64_t day = it->day != INT64_MIN ? it->day : (s->now != INT64_MIN ? s->now : 0);
  if (day > s->now || s->now == INT64_MIN) s->now = day;
  s->n_articles++;
  uint64_t seq;
  double j;
  int64_t match_seq = frise_dedup_add(s->dedup, &it->sketch, &seq, &j);
  const recent *orig = match_seq >= 0 ? &s->ring[(uint64_t)match_seq % s->o.dup_window] : NULL;
  char story[24];
  if (orig && orig->seq == (uint64_t)match_seq) {
    add_duplicate(s, it, orig, day, out);
    out->similarity = j;
    snprintf(story, sizeof story, "%s", orig->story);
    char *orig_id = strdup(orig->orig);
    if (!orig_id) abort();
    remember_recent(s, seq, it->id, orig_id, story, orig->slot, orig->created);
    free(orig_id);
    out->story_id = s->ring[seq % s->o.dup_window].story;
  } else {
    int32_t slot = add_article(s, it, day, out);
    snprintf(story, sizeof story, "%s", out->story_id);
    remember_recent(s, seq, it->id, it->id, story, slot, s->slots[slot]->created);
    evict(s);
    out->story_id = s->ring[seq % s->o.dup_window].story;
  }
  frise_stories_item_free(it);
}

frise_stories_item *frise_stories_item_new(frise_stories *s, const frise_doc *d) {
  return features_extract(s->feat, d);
}

int64_t frise_stories_item_day(const frise_stories_item *it) { return it->day; }
const char *frise_stories_item_id(const frise_stories_item *it) { return it->id; }

void frise_stories_item_free(frise_stories_item *it) {
  if (!it) return;
  free(it->id);
  free(it->terms);
  free(it->surfaces);
  free(it);
}

void frise_stories_add(frise_stories *s, const frise_doc *d, frise_story_assign *out) {
  frise_stories_add_item(s, frise_stories_item_new(s, d), out);
}

static int by_created(const void *a, const void *b) {
  uint64_t x = (*(const frise_story *const *)a)->created, y = (*(const frise_story *const *)b)->created;
  return x < y ? -1 : x > y;
}

static void build_order(frise_stories *s) {
  if (!s->order_dirty && s->order) return;
  free(s->order);
  s->order = malloc((s->n_live + 1) * sizeof *s->order);
  if (!s->order) abort();
  size_t n = 0;
  for (size_t i = 0; i < s->n_slots; i++)
    if (s->slots[i]) s->order[n++] = s->slots[i];
  qsort(s->order, n, sizeof *s->order, by_created);
  s->order_dirty = 0;
}

void frise_stories_finish(frise_stories *s) {
  build_order(s);
  size_t n = s->n_live;
  const frise_story **order = malloc((n + 1) * sizeof *order);
  if (!order) abort();
  if (n) memcpy(order, s->order, n * sizeof *order);
  for (size_t i = 0; i < n; i++) story_close(s, order[i]->slot);
  free(order);
}

size_t frise_stories_count(const frise_stories *s) { return s->n_live; }

const frise_story *frise_stories_at(const frise_stories *s, size_t i) {
  build_order((frise_stories *)s);  /* a cache: logically const */
  return i < s->n_live ? s->order[i] : NULL;
}

const frise_story *frise_stories_find(const frise_stories *s, const char *story_id) {
  int32_t slot = find_slot(s, story_id);
  return slot >= 0 ? s->slots[slot] : NULL;
}

void frise_stories_stats(const frise_stories *s, uint64_t *articles, uint64_t *duplicates,
                         uint64_t *stories) {
  if (articles) *articles = s->n_articles;
  if (duplicates) *duplicates = s->n_dups;
  if (stories) *stories = s->n_stories;
}

/* ---------------- accessors ---------------- */

const char *frise_story_id(const frise_story *st) { return st->id; }
frise_date frise_story_first(const frise_story *st) { return st->first; }
frise_date frise_story_last(const frise_story *st) { return st->last; }
size_t frise_story_n_articles(const frise_story *st) { return (size_t)st->n_articles; }
size_t frise_story_n_kept(const frise_story *st) { return st->n_kept; }
const char *frise_story_article(const frise_story *st, size_t i) {
  return i < st->n_kept ? st->articles[i] : NULL;
}
size_t frise_story_n_duplicates(const frise_story *st) { return (size_t)st->n_dups; }
size_t frise_story_n_dups_kept(const frise_story *st) { return st->n_dups_kept; }
const char *frise_story_duplicate(const frise_story *st, size_t i, const char **dup_of) {
  if (i >= st->n_dups_kept) return NULL;
  if (dup_of) *dup_of = st->dup_of[i];
  return st->dups[i];
}

static int same_word(const char *a, const char *b) {
  return strcasecmp(a, b) == 0;
}

const char *frise_story_label(const frise_story *st, char *buf, size_t cap) {
  if (!cap) return buf;
  buf[0] = 0;
  int order[SURF_MAX], n = 0;
  for (int k = 0; k < st->n_surf; k++) order[n++] = k;
  for (int a = 1; a < n; a++) /* insertion sort by centroid weight, names first on ties */
    for (int b = a; b > 0; b--) {
      float wa = centroid_weight(st, st->surf[order[b]].term), wb = centroid_weight(st, st->surf[order[b - 1]].term);
      if (wa <= wb) break;
      int t = order[b]; order[b] = order[b - 1]; order[b - 1] = t;
    }
  size_t len = 0;
  int written = 0;
  for (int k = 0; k < n && written < 6; k++) {
    const surface *sf = &st->surf[order[k]];
    if (centroid_weight(st, sf->term) <= 0) continue;
    int seen = 0;
    for (int p = 0; p < k && !seen; p++) seen = same_word(st->surf[order[p]].text, sf->text);
    if (seen) continue;
    int w = snprintf(buf + len, cap - len, "%s%s", written ? ", " : "", sf->text);
    if (w < 0 || (size_t)w >= cap - len) break;
    len += (size_t)w;
    written++;
  }
  return buf;
}
