/* timeline.c: timeline lifetime. */
#include "frise/timeline.h"

frise_timeline *frise_timeline_new(void) {
  frise_arena *a = frise_arena_new(65536);
  if (!a) return NULL;
  frise_timeline *t = frise_arena_calloc(a, 1, sizeof *t);
  t->arena = a;
  return t;
}

void frise_timeline_free(frise_timeline *t) {
  if (t) frise_arena_free(t->arena);
}
