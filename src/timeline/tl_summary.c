/* tl_summary.c: the summary of one date. Candidates are the sentences that
 * mention it plus the undated, reporting opening sentences of that day's and
 * the next day's articles; they are scored by cosine to the date's TF-IDF
 * centroid (query words, lead position) and taken best first unless they
 * repeat a sentence already in the timeline. Work is bounded by the
 * candidate cap, never by the collection. */
#include <math.h>
#include <stdio.h>
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
        /* a quote, undated, tells what someone thought of the news, not the news */
        if (!(ts->flags & (TL_SF_DATED | TL_SF_QUOTE)) && (ts->flags & TL_SF_REPORTS) && summary_ok(r, s))
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

static int cmp_hidx(const void *a, const void *b) {
  const tl_hidx *x = a, *y = b;
  if (x->hash != y->hash) return x->hash < y->hash ? -1 : 1;
  return x->cand < y->cand ? -1 : x->cand > y->cand;
}

/* Marks the candidates whose text repeats an earlier one (wire copies carried
 * by several sites): they are one voice in the centroid, so a copy does not
 * make its twin look central. Sorting by hash: no pairwise pass. */
static void mark_copies(const tl_run *r, tl_cands *c, size_t *n_ment, size_t *n_pub) {
  for (size_t i = 0; i < c->n; i++) c->hs[i] = (tl_hidx){r->ix->sent_hash[c->sent[i]], (uint32_t)i}, c->dup[i] = 0;
  qsort(c->hs, c->n, sizeof *c->hs, cmp_hidx);
  for (size_t i = 1; i < c->n; i++)
    if (c->hs[i].hash == c->hs[i - 1].hash) c->dup[c->hs[i].cand] = 1;
  *n_ment = *n_pub = 0;
  for (size_t i = 0; i < c->n; i++)
    if (!c->dup[i]) *(c->from_pub[i] ? n_pub : n_ment) += 1;
}

/* Weight of a candidate in the centroid: mentions and publication reports
 * each contribute their mean, so a day with many reports but few look-backs
 * is not drowned (and vice versa). */
static double cand_weight(const tl_run *r, const tl_cands *c, size_t i, size_t n_ment, size_t n_pub) {
  return c->from_pub[i] ? r->p.w_pub_sent / (double)(n_pub ? n_pub : 1) : 1.0 / (double)(n_ment ? n_ment : 1);
}

static double build_centroid(tl_run *r, tl_cands *c, size_t *n_ment, size_t *n_pub) {
  mark_copies(r, c, n_ment, n_pub);
  for (size_t i = 0; i < c->n; i++)
    if (!c->dup[i])
      centroid_add(r, c->from_pub[i] ? r->cent_pub : r->centroid, c->sent[i], (float)cand_weight(r, c, i, *n_ment, *n_pub));
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
static double event_factor(const tl_run *r, const tl_sent *ts, int from_pub, uint8_t mflags, int32_t key) {
  double f = 1;
  /* written on the day or just after: the report of the event, not a
   * passing look-back weeks later ("closed since March 11") */
  int32_t pub = r->ix->doc_pub[ts->doc];
  if (pub != TL_NO_KEY && !tl_key_is_month(key) && pub - key >= 0 && pub - key <= 2 && (!from_pub || r->p.fresh_pub > 0))
    f *= 1 + r->p.w_fresh;
  if (!from_pub && (ts->flags & TL_SF_REPORTS) && !(mflags & (TL_MF_FUTURE | TL_MF_CLOCK))) f *= 1 + r->p.w_event;
  if (mflags & TL_MF_FUTURE) f *= r->p.w_ann;
  if (ts->n_dates > 1 && key != ts->main_key) f /= 1 + r->p.w_multi * (ts->n_dates - 1);
  if (ts->flags & TL_SF_QUOTE) f *= r->p.w_quote;
  if (ts->flags & TL_SF_SPEECH) f *= r->p.w_speech;
  if (r->p.w_len != 0) f *= pow(r->p.len_ref / (ts->n_words > 8 ? ts->n_words : 8), r->p.w_len);
  return f;
}

static void score_cands(tl_run *r, tl_cands *c) {
  size_t n_ment, n_pub;
  double norm = build_centroid(r, c, &n_ment, &n_pub);
  const frise_tl_index *ix = r->ix;
  for (size_t i = 0; i < c->n; i++) {
    const tl_sent *ts = &ix->sents[c->sent[i]];
    double dot = 0;
    for (uint32_t k = ts->term_first; k < ts->term_first + ts->n_terms; k++)
      dot += (double)ix->weights[k] * r->centroid[ix->terms[k]];
    /* centrality is what the other candidates share with it: its own
     * weight in the centroid would make a lone report its own centroid */
    double self = cand_weight(r, c, i, n_ment, n_pub);
    double loo = dot - (1 - r->p.w_self) * self;
    /* a lone candidate keeps a small positive score: its date still has a summary */
    double sc = ((loo > 0 ? loo : 0) + 0.01 * dot) / norm;
    if (r->p.offquery > 0 && !tl_has_query(r, c->sent[i])) sc *= r->p.offquery;
    /* news put the event first: lead sentences tell it, later ones comment */
    sc *= 1 + r->p.w_lead / (1.0 + ts->sent);
    sc *= event_factor(r, ts, c->from_pub[i], c->mflags[i], c->date);
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

/* FRISE_TL_DEBUG=2: the date's best candidates, their score and features. */
static void trace_cands(const tl_run *r, const tl_cands *c, const tl_ranked *ranked) {
  const char *e = getenv("FRISE_TL_DEBUG");
  if (!e || atoi(e) < 2) return;
  fprintf(stderr, "CANDS %u\n", c->n ? (unsigned)c->date : 0);
  for (size_t i = 0; i < c->n && i < 8; i++) {
    size_t j = ranked[i].cand;
    const tl_sent *ts = &r->ix->sents[c->sent[j]];
    const char *text = r->ix->docs[ts->doc].text + ts->body;
    fprintf(stderr, "  cand %.4f %s m%02x f%02x w%u d%u %.70s\n", ranked[i].score, c->from_pub[j] ? "pub" : "men",
            c->mflags[j], ts->flags, ts->n_words, ts->n_dates, text);
  }
}

/* Chooses up to k sentences for one date; returns how many. */
static size_t summarise(tl_run *r, tl_cands *c, tl_ranked *ranked, size_t k, uint32_t *picked) {
  score_cands(r, c);
  for (size_t i = 0; i < c->n; i++) ranked[i] = (tl_ranked){(uint32_t)i, c->score[i]};
  qsort(ranked, c->n, sizeof *ranked, cmp_ranked);
  trace_cands(r, c, ranked);
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
  c->n = 0, c->date = dt->key;
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
