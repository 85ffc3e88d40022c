/* lang.c: the registry of language packs and fast word-list look-ups. Tables
 * are hashed on first use (before any worker threads start: frise_lang_get is
 * called by the readers first). */
#include "frise/lang.h"
#include "frise/utf8.h"
#include <stdint.h>
#include <string.h>
#include <strings.h>

extern const frise_lang frise_lang_fr, frise_lang_en;
static const frise_lang *const packs[] = {&frise_lang_fr, &frise_lang_en, NULL};

#define SLOTS 2048 /* per list; lists stay well under half of this */
typedef struct {
  const char *const *list;
  const char *slot[SLOTS];
  uint16_t len[SLOTS];  /* byte length of slot's word: compared before the bytes */
  size_t max_len;       /* longer words cannot be in the list */
} wordset;

static wordset sets[8];
static int n_sets;
/* The sets of the registered packs, by pack index, filled by frise_lang_all
 * so that look-ups need no search. */
static wordset *stop_sets[8], *abbr_sets[8];

/* Length and three bytes (first, middle, last): enough to spread short word
 * lists, and much cheaper than hashing every byte on each look-up. */
static uint32_t hash(const char *s, size_t n) {
  if (n == 0) return 0;
  uint32_t h = (uint32_t)n * 0x9E3779B1u;
  h ^= (uint32_t)(unsigned char)s[0] | (uint32_t)(unsigned char)s[n / 2] << 8 |
       (uint32_t)(unsigned char)s[n - 1] << 16;
  h *= 0x85EBCA6Bu;
  return h ^ (h >> 15);
}

static wordset *set_for(const char *const *list) {
  for (int k = 0; k < n_sets; k++)
    if (sets[k].list == list) return &sets[k];
  if (n_sets == (int)(sizeof sets / sizeof *sets)) return NULL;
  wordset *w = &sets[n_sets++];
  w->list = list;
  for (int i = 0; list[i]; i++) {
    size_t l = strlen(list[i]);
    uint32_t h = hash(list[i], l) & (SLOTS - 1);
    while (w->slot[h]) h = (h + 1) & (SLOTS - 1);
    w->slot[h] = list[i];
    w->len[h] = (uint16_t)(l < 65535 ? l : 65535);
    if (l > w->max_len) w->max_len = l;
  }
  return w;
}

static int in_wordset(const wordset *w, const char *word, size_t n) {
  if (!w || n == 0 || n > w->max_len) return 0;
  for (uint32_t h = hash(word, n) & (SLOTS - 1); w->slot[h]; h = (h + 1) & (SLOTS - 1))
    if (w->len[h] == n && memcmp(w->slot[h], word, n) == 0) return 1;
  return 0;
}

static int pack_index(const frise_lang *l) {
  for (int p = 0; packs[p]; p++)
    if (packs[p] == l) return p;
  return -1;
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
    if (packs[p]->stopwords) stop_sets[p] = set_for(packs[p]->stopwords);
    if (packs[p]->abbreviations) abbr_sets[p] = set_for(packs[p]->abbreviations);
  }
  return packs;
}

int frise_lang_is_stopword(const frise_lang *l, const char *word, size_t n) {
  if (!l || !l->stopwords) return 0;
  int p = pack_index(l);
  return in_wordset(p >= 0 && stop_sets[p] ? stop_sets[p] : set_for(l->stopwords), word, n);
}

int frise_lang_is_abbreviation(const frise_lang *l, const char *word, size_t n) {
  if (!l || !l->abbreviations) return 0;
  int p = pack_index(l);
  return in_wordset(p >= 0 && abbr_sets[p] ? abbr_sets[p] : set_for(l->abbreviations), word, n);
}
