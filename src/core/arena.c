/* arena.c: block-list bump allocator. */
#include "frise/arena.h"
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct block {
  struct block *next;
  size_t cap, used;
  max_align_t data[];
} block;

struct frise_arena {
  block *head;
  size_t first;
  size_t total;
};

static void oom(void) {
  fputs("frise: out of memory\n", stderr);
  abort();
}

static block *block_new(size_t cap) {
  block *b = malloc(sizeof(block) + cap);
  if (!b) oom();
  b->next = NULL;
  b->cap = cap;
  b->used = 0;
  return b;
}

frise_arena *frise_arena_new(size_t first_block) {
  frise_arena *a = malloc(sizeof *a);
  if (!a) return NULL;
  a->first = first_block ? first_block : 4096;
  a->head = NULL;
  a->total = 0;
  return a;
}

void frise_arena_free(frise_arena *a) {
  if (!a) return;
  for (block *b = a->head, *next; b; b = next) {
    next = b->next;
    free(b);
  }
  free(a);
}

void frise_arena_reset(frise_arena *a) {
  if (!a || !a->head) return;
  block *largest = a->head;
  for (block *b = a->head; b; b = b->next)
    if (b->cap > largest->cap) largest = b;
  for (block *b = a->head, *next; b; b = next) {
    next = b->next;
    if (b != largest) free(b);
  }
  largest->next = NULL;
  largest->used = 0;
  a->head = largest;
  a->total = 0;
}

void *frise_arena_alloc(frise_arena *a, size_t n) {
  const size_t align = sizeof(max_align_t);
  n = (n + align - 1) / align * align;
  if (n == 0) n = align;
  block *b = a->head;
  if (!b || b->cap - b->used < n) {
    size_t cap = b ? b->cap * 2 : a->first;
    if (cap < n) cap = n;
    if (cap > ((size_t)1 << 26) && n < ((size_t)1 << 26)) cap = (size_t)1 << 26;
    block *nb = block_new(cap);
    nb->next = b;
    a->head = b = nb;
  }
  void *p = (char *)b->data + b->used;
  b->used += n;
  a->total += n;
  return p;
}

void *frise_arena_calloc(frise_arena *a, size_t count, size_t size) {
  if (size && count > SIZE_MAX / size) oom();
  void *p = frise_arena_alloc(a, count * size);
  memset(p, 0, count * size);
  return p;
}

char *frise_arena_strndup(frise_arena *a, const char *s, size_t n) {
  char *p = frise_arena_alloc(a, n + 1);
  if (n) memcpy(p, s, n);
  p[n] = 0;
  return p;
}

char *frise_arena_strdup(frise_arena *a, const char *s) {
  return s ? frise_arena_strndup(a, s, strlen(s)) : NULL;
}

void *frise_arena_grow(frise_arena *a, void *old, size_t old_n, size_t new_n, size_t elem) {
  if (elem && new_n > SIZE_MAX / elem) oom();
  void *p = frise_arena_alloc(a, new_n * elem);
  if (old && old_n) memcpy(p, old, (old_n < new_n ? old_n : new_n) * elem);
  return p;
}

size_t frise_arena_used(const frise_arena *a) { return a ? a->total : 0; }
