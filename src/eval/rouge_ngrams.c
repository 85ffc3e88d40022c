/* rouge_ngrams.c: n-gram bags as sorted arrays of 64-bit keys; the clipped
 * match count of two bags is then a single merge, with no hash table. */
#include "frise/rouge.h"
#include <stdlib.h>

static int cmp_u64(const void *a, const void *b) {
  uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
  return (x > y) - (x < y);
}

void frise_rouge_bag_build(const uint32_t *ids, size_t n, int order, frise_arena *a,
                           frise_rouge_bag *out) {
  size_t m = order == 1 ? n : (n >= 2 ? n - 1 : 0);
  out->n = m;
  out->grams = m ? frise_arena_alloc(a, m * sizeof *out->grams) : NULL;
  for (size_t i = 0; i < m; i++)
    out->grams[i] = order == 1 ? ids[i] : ((uint64_t)ids[i] << 32) | ids[i + 1];
  if (m > 1) qsort(out->grams, m, sizeof *out->grams, cmp_u64);
}

size_t frise_rouge_bag_hits(const frise_rouge_bag *a, const frise_rouge_bag *b) {
  size_t i = 0, j = 0, hits = 0;
  while (i < a->n && j < b->n) {
    if (a->grams[i] < b->grams[j]) i++;
    else if (a->grams[i] > b->grams[j]) j++;
    else {
      hits++;
      i++;
      j++;
    }
  }
  return hits;
}
