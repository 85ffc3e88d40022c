/* lexicon.c: a pack's words compiled into one open-addressing hash table of
 * folded keys, plus the literal words its rules mention and the prefixes of
 * multi-word keys, so the unit builder pays one probe per ordinary token.
 * Built once per pack under a mutex, then read-only and shared by threads. */
#include "tx.h"
#include "frise/utf8.h"
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
  tx_entry e;
  uint8_t used, prefix, word; /* slot in use; key is a multi-word prefix; key is a word */
} slot;

struct tx_lexicon {
  const struct frise_timex_pack *pack;
  slot *slots;
  size_t mask;
  uint32_t next_id;
  char *strings;      /* folded keys, one allocation */
  size_t str_len, str_cap;
};

#define MAX_PACKS 8
static tx_lexicon lexicons[MAX_PACKS];
static int n_lexicons;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

static uint32_t hash(const char *s, size_t n) {
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 16777619u;
  return h;
}

static slot *probe(const tx_lexicon *lx, const char *key, size_t n) {
  for (size_t h = hash(key, n) & lx->mask;; h = (h + 1) & lx->mask) {
    slot *s = &lx->slots[h];
    if (!s->used || (strncmp(s->e.word, key, n) == 0 && s->e.word[n] == 0)) return s;
  }
}

/* Keys are stored in one growing pool; offsets are fixed up when it moves. */
static const char *intern(tx_lexicon *lx, const char *s, size_t n) {
  char *k = malloc(n + 1);
  if (!k) abort();
  memcpy(k, s, n);
  k[n] = 0;
  return k;
}

static slot *insert(tx_lexicon *lx, const char *key, size_t n) {
  slot *s = probe(lx, key, n);
  if (!s->used) {
    s->used = 1;
    s->e.word = intern(lx, key, n);
    s->e.id = ++lx->next_id;
  }
  return s;
}

/* Word boundaries inside a multi-word key: after a space, '-', '\'' or '.'. */
static void add_prefixes(tx_lexicon *lx, const char *key, size_t n) {
  int words = 1;
  for (size_t i = 0; i < n; i++) {
    int boundary = key[i] == ' ' || key[i] == '-' || key[i] == '\'' || key[i] == '.';
    if (!boundary || i == 0) continue;
    size_t plen = key[i] == ' ' ? i : i + (key[i] != '-' && key[i] != '.' ? 1 : 0);
    if (key[i] == '-' || key[i] == '.') { /* "apres" then "apres-" */
      insert(lx, key, i)->prefix = 1;
      insert(lx, key, i + 1)->prefix = 1;
    } else if (plen) insert(lx, key, plen)->prefix = 1;
    words++;
  }
  (void)words;
}

static size_t fold(const char *s, size_t n, char *out, size_t cap) {
  if (2 * n + 1 > cap) return 0;
  return frise_utf8_fold(s, n, out);
}

static void add_word(tx_lexicon *lx, const frise_timex_word *w) {
  char key[256];
  size_t n = fold(w->word, strlen(w->word), key, sizeof key);
  if (!n) return;
  slot *s = insert(lx, key, n);
  s->word = 1;
  if (s->e.cls == TX_NONE || s->e.cls == TX_WORD) {
    s->e.cls = w->cls;
    s->e.val = w->val;
  } else if (!s->e.cls2) { /* a second listing of the same word gives its other reading */
    s->e.cls2 = w->cls;
    s->e.val2 = w->val;
  }
  if (w->cls2) {
    s->e.cls2 = w->cls2;
    s->e.val2 = w->val2;
  }
  s->e.flags |= w->flags;
  add_prefixes(lx, key, n);
}

/* Rule literals become TX_WORD entries so patterns can compare entry ids. */
static void add_literals(tx_lexicon *lx, const char *pattern) {
  const char *p = pattern;
  while (*p) {
    while (*p == ' ') p++;
    const char *e = p;
    while (*e && *e != ' ') e++;
    const char *a = p;
    while (a < e) {
      const char *b = a;
      while (b < e && *b != '|') b++;
      const char *w = a, *we = b;
      if (w < we && *w == '!') w++;
      if (we > w && we[-1] == '?') we--;
      if (w < we && !(*w >= 'A' && *w <= 'Z')) {
        char key[128], lit[128];
        size_t ln = (size_t)(we - w) < sizeof lit - 1 ? (size_t)(we - w) : sizeof lit - 1;
        for (size_t i = 0; i < ln; i++) lit[i] = w[i] == '_' ? ' ' : w[i];
        size_t n = fold(lit, ln, key, sizeof key);
        if (n) {
          slot *s = insert(lx, key, n);
          s->word = 1;
          if (s->e.cls == TX_NONE) s->e.cls = TX_WORD;
          add_prefixes(lx, key, n);
        }
      }
      a = b + (b < e);
    }
    p = e;
  }
}

static void build(tx_lexicon *lx, const struct frise_timex_pack *p) {
  size_t n = 0;
  for (const frise_timex_word *w = p->words; w && w->word; w++) n += 4;
  for (const frise_timex_rule *r = p->rules; r && r->pattern; r++) n += 8;
  size_t cap = 64;
  while (cap < n * 3) cap <<= 1;
  lx->pack = p;
  lx->slots = calloc(cap, sizeof *lx->slots);
  if (!lx->slots) abort();
  lx->mask = cap - 1;
  for (const frise_timex_word *w = p->words; w && w->word; w++) add_word(lx, w);
  for (const frise_timex_rule *r = p->rules; r && r->pattern; r++) add_literals(lx, r->pattern);
}

const tx_lexicon *tx_lexicon_get(const struct frise_timex_pack *p) {
  if (!p) return NULL;
  pthread_mutex_lock(&lock);
  tx_lexicon *found = NULL;
  for (int k = 0; k < n_lexicons && !found; k++)
    if (lexicons[k].pack == p) found = &lexicons[k];
  if (!found && n_lexicons < MAX_PACKS) {
    found = &lexicons[n_lexicons++];
    build(found, p);
  }
  pthread_mutex_unlock(&lock);
  return found;
}

const tx_entry *tx_lexicon_find(const tx_lexicon *lx, const char *key, size_t n) {
  slot *s = probe(lx, key, n);
  return s->used && s->word ? &s->e : NULL;
}

int tx_lexicon_starts_multi(const tx_lexicon *lx, const char *key, size_t n) {
  slot *s = probe(lx, key, n);
  return s->used && s->prefix;
}

const struct frise_timex_pack *tx_lexicon_pack(const tx_lexicon *lx) { return lx->pack; }
