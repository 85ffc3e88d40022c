/* lang.c: the registry of language packs and fast word-list look-ups. Tables
 * are hashed on first use (before any worker threads start: frise_lang_get is
 * called by the readers first). */
#include "frise/lang.h"
#include "frise/utf8.h"
#include <stdint.h>
#include <string.h>
#include <strings.h>
#include <strings.h>

extern const frise_lang frise_lang_fr, frise_lang_en;
static const frise_lang *const packs[] = {&frise_lang_fr, &frise_lang_en, NULL};

#define SLOTS 2048 /* per list; lists stay well under half of this */
typedef struct {
  const char *const *list;
  const char *slot[SLOTS];
} wordset;

static wordset sets[8];
static int n_sets;

static uint32_t hash(const char *s, size_t n) {
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 16777619u;
  return h;
}

static wordset *set_for(const char *const *list) {
  for (int k = 0; k < n_sets; k++)
    if (sets[k].list == list) return &sets[k];
  if (n_sets == (int)(sizeof sets / sizeof *sets)) return NULL;
  wordset *w = &sets[n_sets++];
  w->list = list;
  for (int i = 0; list[i]; i++) {
    uint32_t h = hash(list[i], strlen(list[i])) & (SLOTS - 1);
    while (w->slot[h]) h = (h + 1) & (SLOTS - 1);
    w->slot[h] = list[i];
  }
  return w;
}

static int in_set(const char *const *list, const char *word, size_t n) {
  if (!list) return 0;
  wordset *w = set_for(list);
  if (!w) return 0;
  for (uint32_t h = hash(word, n) & (SLOTS - 1); w->slot[h]; h = (h + 1) & (SLOTS - 1))
    if (strncmp(w->slot[h], word, n) == 0 && w->slot[h][n] == 0) return 1;
  return 0;
}

const frise_lang *frise_lang_get(const char *name) {
  if (!name) return NULL;
  for (int p = 0; packs[p]; p++) {
    if (strcasecmp(packs[p]->code, name) == 0) return packs[p];
    for (int a = 0; packs[p]->aliases && packs[p]->aliases[a]; a++)
      if (strcasecmp(packs[p]->aliases[a], name) == 0) return packs[p];
  }
  return NULL;
}

const frise_lang *const *frise_lang_all(void) {
  for (int p = 0; packs[p]; p++) { /* warm the hash tables */
    set_for(packs[p]->stopwords);
    set_for(packs[p]->abbreviations);
  }
  return packs;
}

int frise_lang_is_stopword(const frise_lang *l, const char *word, size_t n) {
  return l && in_set(l->stopwords, word, n);
}

int frise_lang_is_abbreviation(const frise_lang *l, const char *word, size_t n) {
  return l && in_set(l->abbreviations, word, n);
}
