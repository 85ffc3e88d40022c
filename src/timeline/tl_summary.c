/* tl_summary.c: the summary of one date. Candidates are the sentences that
 * mention it plus the undated, reporting opening sentences of that day's and
 * the next day's articles; they are scored by cosine to the date's TF-IDF
 * centroid (query words, lead position) and taken best first unless they
 * repeat a sentence already in the timeline. Work is bounded by the
 * candidate cap, never by the collection. */
#include <math.h>
#include <stdlib.h>
#include "tl_internal.h"

static int summary_ok(const tl_run *r, uint32_t s) {
  const tl_sent *ts = &r->ix->sents[s];
  return (ts->flags & TL_SF_SUMMARY) && !(ts->flags & TL_SF_BOILER) && r->doc_rel[ts->doc] &&
         (r->p.offquery > 0 || tl_has_query(r, s));
}

static void cands_add(tl_cands *c, uint32_t s, int pub, uint8_t mflags) {
  if (c->n >= TL_MAX_CANDIDATES) return;
  c->sent[c->n] = s, c->from_pub[c->n] = (uint8_t)pub, c->mflags[c->n] = mflags, c->n++;
}

/* Opening sentences of articles published on the day or the next, undated
 * and reporting (past tense): they tell that day's news. */
static void add_pub_cands(const tl_run *r, const tl_date *by_key, size_t n_by_key, int32_t key,
                          tl_cands *c) {
  const frise_tl_index *ix = r->ix;
  for (int off = 0; off < 2; off++) {
    const tl_date *pd = tl_find_day(by_key, n_by_key, key + off);
    if (!pd) continue;
    for (uint32_t k = pd->p_first; k < pd->p_end; k++) {
      uint32_t doc = ix->by_pub[k], s0 = ix->doc_first[doc];
      for (uint32_t s = s0; s < ix->doc_first[doc + 1] && s < s0 + TL_CLIP_SENTS; s++) {
        const tl_sent *ts = &ix->sents[s];
        if (!(ts->flags & TL_SF_DATED) && (ts->flags & TL_SF_REPORTS) && summary_ok(r, s))
          cands_add(c, s, 1, 0);
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

/* How well a sentence tells the date's own event, whatever its topic words:
 * a past-tense sentence naming the day (not announcing it) beats one that
 * names it among others; direct and reported speech comment on events;
 * at equal centrality a shorter sentence says the same in fewer words
 * (summaries are read, and scored, per word). */
static double event_factor(const tl_run *r, const tl_sent *ts, int from_pub, uint8_t mflags) {
  double f = 1;
  if (!from_pub && (ts->flags & TL_SF_REPORTS) && !(mflags & (TL_MF_FUTURE | TL_MF_CLOCK))) f *= 1 + r->p.w_event;
  if (ts->n_dates > 1) f /= 1 + r->p.w_multi * (ts->n_dates - 1);
  if (ts->flags & TL_SF_QUOTE) f *= r->p.w_quote;
  if (ts->flags & TL_SF_SPEECH) f *= r->p.w_speech;
  if (r->p.w_len != 0) f *= pow(r->p.len_ref / (ts->n_words > 8 ? ts->n_words : 8), r->p.w_len);
  return f;
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
    if (r->p.offquery > 0 && !tl_has_query(r, c->sent[i])) sc *= r->p.offquery;
    /* news put the event first: lead sentences tell it, later ones comment */
    sc *= 1 + r->p.w_lead / (1.0 + ts->sent);
    sc *= event_factor(r, ts, c->from_pub[i], c->mflags[i]);
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

static int cmp_ranked(const void *a, const void *b) {
  const tl_ranked *x = a, *y = b;
  if (x->score != y->score) return x->score > y->score ? -1 : 1;
  return x->cand < y->cand ? -1 : x->cand > y->cand;
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
    if (summary_ok(r, s)) cands_add(c, s, 0, r->ix->mentions[m].flags);
  }
  c->n_ment = c->n;
  if (!tl_key_is_month(dt->key)) add_pub_cands(r, by_key, n_by_key, dt->key, c);
}

size_t tl_summarise_date(tl_run *r, const tl_date *dt, tl_cands *c, tl_ranked *ranked, size_t k,
                         uint32_t *picked) {
  gather(r, dt, r->by_key, r->n_by_key, c);
  return c->n ? summarise(r, c, ranked, k, picked) : 0;
}
