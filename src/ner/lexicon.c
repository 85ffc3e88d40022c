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
#define ASCII_FILTER_BITS 65536

static unsigned lower_ascii(unsigned char c) { return c >= 'A' && c <= 'Z' ? c + 32u : c; }

/* Bit of a folded ASCII key, or of an ASCII word as written (same bit). */
static size_t filter_bit(const char *s, size_t n) {
  size_t h = (n * 131 + lower_ascii((unsigned char)s[0])) * 131 + lower_ascii((unsigned char)s[n - 1]);
  return h & (ASCII_FILTER_BITS - 1);
}

static int filter_has(const uint8_t *f, size_t bit) { return (f[bit >> 3] >> (bit & 7)) & 1; }

typedef struct {
  const char *key; /* folded, owned by the lexicon */
  uint64_t key8;   /* a key of up to 8 bytes as one word (see word8), else 0 */
  size_t len;
  uint32_t flags;
  int name_type;
} slot;

struct ner_lexicon {
  const ner_pack *pack;
  slot *slots;
  uint32_t *tags;  /* hash | 1 of each used slot, 0 if empty: probes touch only this
                      small array until a tag matches (most words are not listed) */
  size_t mask;
  /* One bit per (length, first byte, last byte) of the plain-ASCII keys: an
   * ASCII word whose bit is clear is not listed, without hashing it (most
   * multi-word names and long words are not). */
  uint8_t ascii_filter[ASCII_FILTER_BITS / 8];
};

extern const ner_pack frise_ner_pack_fr, frise_ner_pack_en;
static const ner_pack *const packs[] = {&frise_ner_pack_fr, &frise_ner_pack_en, NULL};
static ner_lexicon lexicons[2];
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

/* Keys of up to 8 bytes (most words) are compared and hashed as one 64-bit
 * word holding their bytes in memory order, zero-padded: a look-up of a short
 * ASCII word then costs a load, a few bit operations and one compare. */
static uint64_t word8(const char *s, size_t n) {
  uint64_t w = 0;
  memcpy(&w, s, n);
  return w;
}

static uint32_t mix8(uint64_t w, size_t n) {
  w = (w ^ n) * 0x9e3779b97f4a7c15u;
  return (uint32_t)(w >> 32) ^ (uint32_t)w;
}

static uint32_t hash(const char *s, size_t n) {
  if (n <= 8) return mix8(word8(s, n), n);
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 16777619u;
  return h;
}

/* The fold of each two-byte character U+00C0..U+00FF (the accented letters
 * of French), taken from frise_utf8_fold itself once, so that the fast path
 * below gives the same bytes: [k][0] is the length, then the bytes. */
static char latin1_fold[64][4];
static int latin1_ready;

static void latin1_build(void) {
  if (latin1_ready) return;
  for (int k = 0; k < 64; k++) {
    char in[2] = {(char)0xc3, (char)(0x80 + k)}, out[8];
    size_t n = frise_utf8_fold(in, 2, out);
    latin1_fold[k][0] = (char)(n <= 3 ? n : 0); /* 0: not handled here */
    memcpy(latin1_fold[k] + 1, out, n <= 3 ? n : 0);
  }
  latin1_ready = 1;
}

size_t ner_fold(const char *s, size_t n, char *out) {
  size_t o = 0;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80) {
      out[o++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
      continue;
    }
    unsigned char c2 = i + 1 < n ? (unsigned char)s[i + 1] : 0;
    const char *f = latin1_ready && c == 0xc3 && (c2 & 0xc0) == 0x80 ? latin1_fold[c2 - 0x80] : NULL;
    if (!f || !f[0]) return frise_utf8_fold(s, n, out); /* anything else: the Unicode fold */
    memcpy(out + o, f + 1, (size_t)f[0]);
    o += (size_t)f[0];
    i++;
  }
  out[o] = 0;
  return o;
}

/* Folds s into out (room for 2n + 1 bytes); 0 if s is empty or too long. */
static size_t fold(const char *s, size_t n, char *out) {
  if (n == 0 || n > KEY_MAX) return 0;
  return ner_fold(s, n, out);
}

static slot *probe(const ner_lexicon *lx, const char *key, size_t n) {
  uint32_t tag = hash(key, n) | 1;
  size_t h = tag & lx->mask;
  for (; lx->tags[h]; h = (h + 1) & lx->mask)
    if (lx->tags[h] == tag && lx->slots[h].len == n && memcmp(lx->slots[h].key, key, n) == 0) break;
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
    s->key8 = n <= 8 ? word8(k, n) : 0;
    s->len = n;
    size_t i = 0;
    while (i < n && (unsigned char)k[i] < 0x80) i++;
    if (i == n) {
      size_t bit = filter_bit(k, n);
      lx->ascii_filter[bit >> 3] |= (uint8_t)(1u << (bit & 7));
    }
    lx->tags[s - lx->slots] = hash(key, n) | 1;
  }
  return s;
}

static void build(ner_lexicon *lx, const ner_pack *p) {
  latin1_build();
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
  lx->tags = calloc(cap, sizeof *lx->tags);
  if (!lx->slots || !lx->tags) abort();
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

static const slot *probe8(const ner_lexicon *lx, uint64_t w, size_t n) {
  uint32_t tag = mix8(w, n) | 1;
  for (size_t k = tag & lx->mask; lx->tags[k]; k = (k + 1) & lx->mask)
    if (lx->tags[k] == tag && lx->slots[k].len == n && lx->slots[k].key8 == w) return &lx->slots[k];
  return NULL;
}

/* Short word with 8 readable bytes at s: loaded whole, masked to n bytes,
 * lower-cased in parallel (ASCII only); 0 if s is not plain ASCII. */
static int find_short(const ner_lexicon *lx, const char *s, size_t n, const slot **out) {
  const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
  uint64_t w;
  memcpy(&w, s, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
  if (n < 8) w &= ~(uint64_t)0 << (8 * (8 - n));
#else
  if (n < 8) w &= ((uint64_t)1 << (8 * n)) - 1;
#endif
  if (w & highs) return 0;
  /* bytes are < 0x80, so these sums never carry into the next byte */
  uint64_t ge_a = w + ones * (0x80 - 'A'), gt_z = w + ones * (0x80 - 'Z' - 1);
  w |= (ge_a & ~gt_z & highs) >> 2; /* 0x80 >> 2 == 0x20: upper to lower case */
  *out = probe8(lx, w, n);
  return 1;
}

/* ASCII words (most of them) are hashed and compared lower-cased in place,
 * without the copy a fold makes; 0 if s is not plain ASCII. */
static int find_ascii(const ner_lexicon *lx, const char *s, size_t n, const slot **out) {
  if (!filter_has(lx->ascii_filter, filter_bit(s, n))) { /* not listed if plain ASCII */
    for (size_t i = 0; i < n; i++)
      if ((unsigned char)s[i] >= 0x80) return 0;
    *out = NULL;
    return 1;
  }
  if (n <= 8) {
    char low[8] = {0};
    for (size_t i = 0; i < n; i++) {
      unsigned char c = (unsigned char)s[i];
      if (c >= 0x80) return 0;
      low[i] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    *out = probe8(lx, word8(low, n), n);
    return 1;
  }
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c >= 0x80) return 0;
    h = (h ^ (unsigned char)(c >= 'A' && c <= 'Z' ? c + 32 : c)) * 16777619u;
  }
  uint32_t tag = h | 1;
  *out = NULL;
  for (size_t k = tag & lx->mask; lx->tags[k]; k = (k + 1) & lx->mask) {
    if (lx->tags[k] != tag || lx->slots[k].len != n) continue;
    size_t i = 0;
    while (i < n && lx->slots[k].key[i] == (char)((s[i] >= 'A' && s[i] <= 'Z') ? s[i] + 32 : s[i])) i++;
    if (i == n) {
      *out = &lx->slots[k];
      break;
    }
  }
  return 1;
}

/* readable: bytes that may be read from s (at least n). */
static const slot *find_in(const ner_lexicon *lx, const char *s, size_t n, size_t readable) {
  const slot *hit;
  if (n && n <= 8 && readable >= 8 && find_short(lx, s, n, &hit)) return hit;
  if (n && n <= KEY_MAX && find_ascii(lx, s, n, &hit)) return hit;
  char key[KEY_MAX * 2 + 1];
  size_t kn = fold(s, n, key);
  if (!kn) return NULL;
  const slot *sl = probe(lx, key, kn);
  return sl->key ? sl : NULL;
}

static const slot *find(const ner_lexicon *lx, const char *s, size_t n) { return find_in(lx, s, n, n); }

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

uint32_t ner_flags_lookup(const ner_lexicon *lx, const void *doc, uint32_t *cache, size_t i) {
  const frise_doc *d = doc;
  if (i >= d->n_tokens) return 0;
  if (cache[i] != NER_FLAGS_UNKNOWN) return cache[i];
  const frise_token *t = &d->tokens[i];
  uint32_t f = 0;
  if (t->kind == FRISE_TOK_WORD) {
    /* the text is NUL-terminated: len + 1 bytes may be read */
    const slot *sl = find_in(lx, d->text + t->start, t->end - t->start, d->len + 1 - t->start);
    if (sl) f = sl->flags | ((uint32_t)sl->name_type << NER_NAME_SHIFT);
    if (i >= 2 && t[-1].kind == FRISE_TOK_PUNCT && d->text[t[-1].start] == '-' && t[-2].end == t[-1].start &&
        t[-1].end == t->start && t[-2].kind == FRISE_TOK_WORD)
      f |= ner_word_flags(lx, d->text + t[-2].start, t->end - t[-2].start) & (NW_TITLE | NW_REPORT);
  }
  cache[i] = f;
  return f;
}
