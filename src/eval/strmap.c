/* strmap.c: open addressing with linear probing; grows at 50% load so that
 * probes stay short. FNV-1a is enough for words. */
#include "eval/strmap.h"
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint64_t hash_bytes(const char *s, size_t n) {
  uint64_t h = 1469598103934665603ULL;
  for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 1099511628211ULL;
  return h;
}

void frise_strmap_init(frise_strmap *m) {
  memset(m, 0, sizeof *m);
}

void frise_strmap_free(frise_strmap *m) {
  if (!m) return;
  free(m->slots);
  frise_arena_free(m->arena);
  memset(m, 0, sizeof *m);
}

static frise_strmap_slot *find(const frise_strmap *m, const char *key, size_t len, uint64_t h) {
  size_t mask = m->cap - 1;
  for (size_t i = (size_t)h & mask;; i = (i + 1) & mask) {
    frise_strmap_slot *s = &m->slots[i];
    if (!s->key) return s;
    if (s->hash == h && s->len == len && memcmp(s->key, key, len) == 0) return s;
  }
}

static void grow(frise_strmap *m) {
  size_t old_cap = m->cap;
  frise_strmap_slot *old = m->slots;
  m->cap = old_cap ? old_cap * 2 : 1024;
  m->slots = calloc(m->cap, sizeof *m->slots);
  if (!m->slots) {
    fputs("frise: out of memory\n", stderr);
    abort();
  }
  for (size_t i = 0; i < old_cap; i++)
    if (old[i].key) *find(m, old[i].key, old[i].len, old[i].hash) = old[i];
  free(old);
}

frise_strmap_slot *frise_strmap_get(const frise_strmap *m, const char *key, size_t len) {
  if (!m->cap) return NULL;
  frise_strmap_slot *s = find(m, key, len, hash_bytes(key, len));
  return s->key ? s : NULL;
}

frise_strmap_slot *frise_strmap_put(frise_strmap *m, const char *key, size_t len, uint32_t value,
                                    int *added) {
  if (!m->arena) m->arena = frise_arena_new(1 << 16);
  if ((m->n + 1) * 2 > m->cap) grow(m);
  uint64_t h = hash_bytes(key, len);
  frise_strmap_slot *s = find(m, key, len, h);
  if (added) *added = !s->key;
  if (!s->key) {
    s->key = frise_arena_strndup(m->arena, key, len);
    s->len = (uint32_t)len;
    s->hash = h;
    s->value = value;
    m->n++;
  }
  return s;
}
