/* tl_salience.c: which dates matter. Candidate dates are the days the text
 * names, the publication days and the days before them; each is scored from
 * its mentions (per-article votes by mention kind, capped per article),
 * distinct publishers and its publication count. One pass over the sorted
 * mentions; stamps count distinct articles and publishers without sets. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include "tl_internal.h"

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

/* Weight of one mention by its kind (TL_MF_*). */
static double mention_weight(const tl_run *r, uint8_t f) {
  return (f & TL_MF_CLOCK ? r->p.w_clock : 1.0) * (f & TL_MF_SAME_DAY ? r->p.w_same : 1.0) *
         (f & TL_MF_FUTURE ? r->p.w_future : 1.0) * (f & TL_MF_RELATIVE ? r->p.w_relative : 1.0);
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
    const tl_sent *ts = &ix->sents[ix->mentions[m].sent];
    uint32_t doc = ts->doc;
    if (!r->doc_rel[doc] || (ts->flags & TL_SF_BOILER)) continue;
    double w = mention_weight(r, ix->mentions[m].flags);
    int32_t pub = ix->doc_pub[doc];
    if (r->p.w_far > 0 && pub != TL_NO_KEY && !tl_key_is_month(dt->key) && pub > dt->key)
      w *= 1 + r->p.w_far * log(1 + (pub - dt->key) / 30.0);  /* recalled long after: a landmark */
    uint32_t nd = ix->doc_n_dates[doc];
    if (r->p.w_many > 0 && nd > r->p.many_ref) w *= pow(r->p.many_ref / nd, r->p.w_many);
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
    const tl_date *pd = tl_key_is_month(dt.key) ? NULL : tl_find_day(r->by_key, r->n_by_key, dt.key);
    if (pd) dt.p_first = pd->p_first, dt.p_end = pd->p_end;
    score_date(r, &dt);
    r->dates[r->n_dates++] = dt;
  }
  free(keys);
}

const tl_date *tl_find_day(const tl_date *sorted, size_t n, int32_t key) {
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (sorted[mid].key < key) lo = mid + 1;
    else hi = mid;
  }
  return lo < n && sorted[lo].key == key ? &sorted[lo] : NULL;
}

static int cmp_score(const void *a, const void *b) {
  const tl_date *x = a, *y = b;
  if (x->score != y->score) return x->score > y->score ? -1 : 1;
  return x->key < y->key ? -1 : x->key > y->key;  /* deterministic ties: earlier first */
}

void tl_rank_dates(tl_run *r) {
  collect_dates(r);
  qsort(r->dates, r->n_dates, sizeof *r->dates, cmp_score);
}
