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
  uint32_t hash;              /* of the key, to skip most string compares */
  uint16_t len;               /* key length */
  uint8_t used, prefix, word; /* slot in use; key is a multi-word prefix; key is a word */
} slot;

struct tx_lexicon {
  const struct frise_timex_pack *pack;
  uint32_t *tags;     /* hash | 1 per used slot, 0 when empty: a probe of an
                         ordinary word touches only this small array */
  slot *slots;
  const tx_entry **by_id; /* entry of each id (1..next_id) */
  size_t mask;
  uint32_t next_id;
  /* one bit per 16 high bits of a key's hash: most words of a text are in
   * no pack, and this 8 KB stays in the L1 cache where the tags do not */
  uint64_t filter[1024];
};

static int filter_has(const tx_lexicon *lx, uint32_t hv) {
  uint32_t b = hv >> 16;
  return (lx->filter[b >> 6] >> (b & 63)) & 1;
}

#define MAX_PACKS 8
static tx_lexicon lexicons[MAX_PACKS];
static int n_lexicons;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

static uint32_t hash(const char *s, size_t n) { return tx_hash(s, n); }

static slot *probe(const tx_lexicon *lx, const char *key, size_t n) {
  uint32_t hv = hash(key, n), tag = hv | 1;
  for (size_t h = hv & lx->mask;; h = (h + 1) & lx->mask) {
    uint32_t t = lx->tags[h];
    if (!t) return &lx->slots[h];
    if (t != tag) continue;
    slot *s = &lx->slots[h];
    if (s->len == n && memcmp(s->e.word, key, n) == 0) return s;
  }
}

/* A key's own copy: lexicons live as long as the program (still reachable
 * from the static table at exit, so leak checkers do not count them). */
static const char *intern(const char *s, size_t n) {
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
    s->hash = hash(key, n);
    lx->tags[s - lx->slots] = s->hash | 1;
    lx->filter[(s->hash >> 16) >> 6] |= (uint64_t)1 << ((s->hash >> 16) & 63);
    s->len = (uint16_t)n;
    s->e.word = intern(key, n);
    s->e.id = ++lx->next_id;
    lx->by_id[s->e.id] = &s->e;
  }
  return s;
}

/* Word boundaries inside a multi-word key: after a space, '-', '\'' or '.'. */
static void add_prefixes(tx_lexicon *lx, const char *key, size_t n) {
  int words = 1;
  for (size_t i = 0; i < n; i++) {
    int boundary = key[i] == ' ' || key[i] == '-' || key[i] == '\'' || key[i] == '.';
    if (!boundary) continue;
    if (key[i] == '\'') { /* the tokeniser splits "year's" into year ' s */
      if (i) insert(lx, key, i)->prefix = 1;
      insert(lx, key, i + 1)->prefix = 1;
      words++;
      continue;
    }
    if (i == 0) continue;
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
      const char *colon = memchr(w, ':', (size_t)(we - w));
      if (colon && colon > w && !(*w >= 'A' && *w <= 'Z')) we = colon; /* a:plain */
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
  while (cap < n * 2) cap <<= 1; /* keys stay under a quarter of the slots */
  lx->pack = p;
  lx->slots = calloc(cap, sizeof *lx->slots);
  lx->tags = calloc(cap, sizeof *lx->tags);
  lx->by_id = calloc(cap + 1, sizeof *lx->by_id);
  if (!lx->slots || !lx->tags || !lx->by_id) abort();
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

/* The slot holding key (whose hash is hv), or NULL without touching the
 * slots array. */
static const slot *find_slot(const tx_lexicon *lx, const char *key, size_t n, uint32_t hv) {
  if (!filter_has(lx, hv)) return NULL;
  uint32_t tag = hv | 1;
  for (size_t h = hv & lx->mask;; h = (h + 1) & lx->mask) {
    uint32_t t = lx->tags[h];
    if (!t) return NULL;
    if (t != tag) continue;
    const slot *s = &lx->slots[h];
    if (s->len == n && memcmp(s->e.word, key, n) == 0) return s;
  }
}

const tx_entry *tx_lexicon_find(const tx_lexicon *lx, const char *key, size_t n) {
  const slot *s = find_slot(lx, key, n, hash(key, n));
  return s && s->word ? &s->e : NULL;
}

int tx_lexicon_starts_multi(const tx_lexicon *lx, const char *key, size_t n) {
  const slot *s = find_slot(lx, key, n, hash(key, n));
  return s && s->prefix;
}

const struct frise_timex_pack *tx_lexicon_pack(const tx_lexicon *lx) { return lx->pack; }

uint32_t tx_lexicon_max_id(const tx_lexicon *lx) { return lx->next_id; }

const tx_entry *tx_lexicon_lookup(const tx_lexicon *lx, const char *key, size_t n, int *is_prefix) {
  const slot *s = find_slot(lx, key, n, tx_hash_padded(key, n));
  *is_prefix = s && s->prefix;
  return s && s->word ? &s->e : NULL;
}

const tx_entry *tx_lexicon_entry(const tx_lexicon *lx, uint32_t id) {
  return id >= 1 && id <= lx->next_id ? lx->by_id[id] : NULL;
}
