/* arena.h: bump allocator. One arena owns every string and array of a document
 * (or of a worker's scratch space); nothing in it is freed alone. Reset keeps
 * the largest block so a worker reuses memory across documents. */
#ifndef FRISE_ARENA_H
#define FRISE_ARENA_H
#include <stddef.h>

typedef struct frise_arena frise_arena;

frise_arena *frise_arena_new(size_t first_block);   /* caller owns; NULL on OOM */
void frise_arena_free(frise_arena *a);               /* NULL is a no-op */
void frise_arena_reset(frise_arena *a);              /* forget all, keep one block */
/* Aligned allocation, valid until reset/free; aborts on OOM (documented policy:
 * frise treats memory exhaustion as fatal). */
void *frise_arena_alloc(frise_arena *a, size_t n);
void *frise_arena_calloc(frise_arena *a, size_t count, size_t size);
char *frise_arena_strndup(frise_arena *a, const char *s, size_t n);
char *frise_arena_strdup(frise_arena *a, const char *s);
/* Grows an arena array: returns a copy of old (old_n elems) with room for new_n. */
void *frise_arena_grow(frise_arena *a, void *old, size_t old_n, size_t new_n, size_t elem);
size_t frise_arena_used(const frise_arena *a);

#endif
