/* strmap.h: a small open-addressing map from byte strings to uint32 values,
 * used by the ROUGE scorer to intern tokens and terms. Keys are copied into
 * the map's own arena; the map is single-threaded. Internal to src/eval. */
#ifndef FRISE_EVAL_STRMAP_H
#define FRISE_EVAL_STRMAP_H
#include <stddef.h>
#include <stdint.h>
#include "frise/arena.h"

typedef struct {
  const char *key;  /* NULL: empty slot; owned by the map's arena */
  uint32_t len;
  uint32_t value;
  uint64_t hash;
} frise_strmap_slot;

typedef struct {
  frise_arena *arena;       /* owns the keys */
  frise_strmap_slot *slots; /* malloc'd, power-of-two size */
  size_t cap, n;
} frise_strmap;

void frise_strmap_init(frise_strmap *m);   /* empty map */
void frise_strmap_free(frise_strmap *m);   /* releases slots and keys */
/* Returns the slot holding key, or NULL if absent. Borrowed: valid until the
 * next insertion (the key itself lives as long as the map). */
frise_strmap_slot *frise_strmap_get(const frise_strmap *m, const char *key, size_t len);
/* Inserts key with value unless present; returns its slot (same lifetime as
 * above) and sets *added (may be NULL) to 1 when the key is new. */
frise_strmap_slot *frise_strmap_put(frise_strmap *m, const char *key, size_t len, uint32_t value,
                                    int *added);

#endif
