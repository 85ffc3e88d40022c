/* lexicon.c: folds a language's NER tables and its reporting verbs into one
 * open-addressing hash table (folded key -> flags and gazetteer type). Built
 * once per language under a lock; read-only afterwards. */
#include "ner_lex.h"
#include "frise/doc.h"
#include "frise/lang.h"
#include "frise/utf8.h"
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#define KEY_MAX 96 /* longer words or names are never listed */

typedef struct {
  const char *key; /* folded, owned by the lexicon */
  uint32_t flags;
  int name_type;
} slot;

struct ner_lexicon {
  const ner_pack *pack;
  slot *slots;
  size_t mask;
};

extern const ner_pack frise_ner_pack_fr, frise_ner_pack_en;
static const ner_pack *const packs[] = {&frise_ner_pack_fr, &frise_ner_pack_en, NULL};
static ner_lexicon lexicons[2];
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

static uint32_t hash(const char *s, size_t n) {
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 16777619u;
  return h;
}

static size_t fold(const char *s, size_t n, char *out) {
  if (n == 0 || n * 2 + 1 > KEY_MAX * 2 + 1) return 0;
  return frise_utf8_fold(s, n, out);
}

static slot *probe(const ner_lexicon *lx, const char *key, size_t n) {
  size_t h = hash(key, n) & lx->mask;
  while (lx->slots[h].key && !(strncmp(lx->slots[h].key, key, n) == 0 && lx->slots[h].key[n] == 0))
    h = (h + 1) & lx->mask;
  return &lx->slots[h];
}

static slot *insert(ner_lexicon *lx, const char *word) {
  char key[KEY_MAX * 2 + 1];
  size_t n = fold(word, strlen(word), key);
  if (!n) return NULL;
  slot *s = probe(lx, key, n);
  if (!s->key) {
    char *k = malloc(n + 1); /* lives as long as the program, like the table */
    if (!k) abort();
    memcpy(k, key, n + 1);
    s->key = k;
  }
  return s;
}

static void build(ner_lexicon *lx, const ner_pack *p) {
  const frise_lang *lang = frise_lang_get(p->lang);
  size_t n = 0;
  for (const ner_list *l = p->lists; l->words; l++)
    for (int k = 0; l->words[k]; k++) n++;
  for (const ner_gazetteer *g = p->gazetteer; g->names; g++)
    for (int k = 0; g->names[k]; k++) n++;
  for (int k = 0; lang && lang->reporting_verbs && lang->reporting_verbs[k]; k++) n++;
  size_t cap = 256;
  while (cap < n * 3) cap <<= 1;
  lx->slots = calloc(cap, sizeof *lx->slots);
  if (!lx->slots) abort();
  lx->mask = cap - 1;
  for (const ner_list *l = p->lists; l->words; l++)
    for (int k = 0; l->words[k]; k++) {
      slot *s = insert(lx, l->words[k]);
      if (s) s->flags |= l->flags;
    }
  for (const ner_gazetteer *g = p->gazetteer; g->names; g++)
    for (int k = 0; g->names[k]; k++) {
      slot *s = insert(lx, g->names[k]);
      if (s) s->name_type = g->type;
    }
  for (int k = 0; lang && lang->reporting_verbs && lang->reporting_verbs[k]; k++) {
    slot *s = insert(lx, lang->reporting_verbs[k]);
    if (s) s->flags |= NW_REPORT;
  }
  lx->pack = p; /* set last: marks the lexicon built */
}

const ner_lexicon *ner_lexicon_for(const char *lang) {
  int k = 0;
  for (int i = 0; packs[i]; i++)
    if (lang && strcmp(packs[i]->lang, lang) == 0) k = i;
  pthread_mutex_lock(&lock);
  if (!lexicons[k].pack) build(&lexicons[k], packs[k]);
  pthread_mutex_unlock(&lock);
  return &lexicons[k];
}

static const slot *find(const ner_lexicon *lx, const char *s, size_t n) {
  char key[KEY_MAX * 2 + 1];
  size_t kn = fold(s, n, key);
  if (!kn) return NULL;
  const slot *sl = probe(lx, key, kn);
  return sl->key ? sl : NULL;
}

uint32_t ner_word_flags(const ner_lexicon *lx, const char *s, size_t n) {
  const slot *sl = find(lx, s, n);
  return sl ? sl->flags : 0;
}

int ner_name_type(const ner_lexicon *lx, const char *s, size_t n) {
  const slot *sl = find(lx, s, n);
  return sl ? sl->name_type : NER_NAME_NONE;
}

const char *ner_word_key(const ner_lexicon *lx, const char *s, size_t n) {
  const slot *sl = find(lx, s, n);
  return sl ? sl->key : NULL;
}

const char *ner_token_key(const ner_lexicon *lx, const char *text, const void *tokens, size_t i) {
  const frise_token *t = tokens;
  if (i >= 2 && t[i - 1].kind == FRISE_TOK_PUNCT && text[t[i - 1].start] == '-' &&
      t[i - 2].end == t[i - 1].start && t[i - 1].end == t[i].start && t[i - 2].kind == FRISE_TOK_WORD) {
    const char *k = ner_word_key(lx, text + t[i - 2].start, t[i].end - t[i - 2].start);
    if (k) return k;
  }
  return ner_word_key(lx, text + t[i].start, t[i].end - t[i].start);
}
