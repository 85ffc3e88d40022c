/* df.c: online document frequencies for IDF, in fixed memory: a count-min
 * sketch of DEPTH rows with conservative update (only the smallest counters
 * grow, which keeps over-estimates small), periodically halved so that the
 * frequencies follow the stream rather than its whole history. */
#include "story_internal.h"
#include <math.h>
#include <stdlib.h>

#define DEPTH 2

struct df_sketch {
  uint32_t *rows;       /* DEPTH * width counters */
  size_t width;         /* power of two */
  double n_docs;
  uint64_t since_halving, halve_every;
};

df_sketch *df_new(size_t width_log2, uint64_t halve_every) {
  df_sketch *s = calloc(1, sizeof *s);
  if (!s) return NULL;
  s->width = (size_t)1 << width_log2;
  s->halve_every = halve_every;
  s->rows = calloc(DEPTH * s->width, sizeof *s->rows);
  if (!s->rows) {
    free(s);
    return NULL;
  }
  return s;
}

void df_free(df_sketch *s) {
  if (!s) return;
  free(s->rows);
  free(s);
}

static size_t cell(const df_sketch *s, uint64_t term, int row) {
  uint64_t h = frise_mix64(term + 0x9E3779B97F4A7C15ull * (uint64_t)(row + 1));
  return (size_t)row * s->width + (size_t)(h & (s->width - 1));
}

static uint32_t estimate(const df_sketch *s, uint64_t term) {
  uint32_t m = UINT32_MAX;
  for (int r = 0; r < DEPTH; r++) {
    uint32_t v = s->rows[cell(s, term, r)];
    if (v < m) m = v;
  }
  return m;
}

static void halve(df_sketch *s) {
  for (size_t i = 0; i < DEPTH * s->width; i++) s->rows[i] >>= 1;
  s->n_docs /= 2;
  s->since_halving = 0;
}

void df_add_doc(df_sketch *s, const item_term *terms, size_t n) {
  if (s->halve_every && s->since_halving >= s->halve_every) halve(s);
  for (size_t i = 0; i < n; i++) {
    if (i + 8 < n) /* the rows are far larger than the caches: fetch ahead */
      for (int r = 0; r < DEPTH; r++) __builtin_prefetch(&s->rows[cell(s, terms[i + 8].term, r)], 1);
    uint32_t target = estimate(s, terms[i].term) + 1;
    for (int r = 0; r < DEPTH; r++) {
      uint32_t *c = &s->rows[cell(s, terms[i].term, r)];
      if (*c < target) *c = target;
    }
  }
  s->n_docs += 1;
  s->since_halving++;
}

uint32_t df_count(const df_sketch *s, uint64_t term) { return estimate(s, term); }

double df_idf(const df_sketch *s, uint64_t term) { return df_idf_of(s, estimate(s, term)); }

double df_idf_of(const df_sketch *s, uint32_t df) { return log((s->n_docs + 1.0) / (df + 0.5)); }
