/* features.c: what an article contributes to story clustering: its stemmed
 * content words (stopwords out), proper names (capitalised words not opening
 * a sentence, folded so that French and English spellings without accents
 * meet), numbers, and a MinHash sketch of its 4-word shingles for duplicates.
 * Stems are cached per (language, word) so Snowball runs once per word form. */
#include "frise/utf8.h"
#include "story_internal.h"
#include <stdlib.h>
#include <string.h>

#define SHINGLE 4
#define CACHE_LOG2 16
#define MAX_WORD 60       /* longer tokens (URLs, glued junk) are not terms */
#define N_LANGS 8
#define SEED_NAME 0x4E414D45u
#define SEED_NUMBER 0x4E554D42u

typedef struct {
  uint64_t key;   /* word hash ^ language salt; 0 = free */
  uint64_t stem;  /* hash of the stem; 0 = stopword */
} stem_slot;

struct features {
  const frise_lang *const *packs;
  frise_stemmer *stemmers[N_LANGS];
  int stemmer_tried[N_LANGS];
  stem_slot *cache;
  /* per-article scratch, reused */
  item_term *terms;
  size_t n_terms, cap_terms;
  uint32_t *index;        /* open addressing over terms: index + 1, 0 = free */
  size_t index_cap;       /* power of two */
  frise_buf surfaces;
};

features *features_new(void) {
  features *f = calloc(1, sizeof *f);
  if (!f) return NULL;
  f->packs = frise_lang_all();
  f->cache = calloc((size_t)1 << CACHE_LOG2, sizeof *f->cache);
  f->index_cap = 1024;
  f->index = calloc(f->index_cap, sizeof *f->index);
  frise_buf_init(&f->surfaces);
  if (!f->cache || !f->index) {
    features_free(f);
    return NULL;
  }
  return f;
}

void features_free(features *f) {
  if (!f) return;
  for (int i = 0; i < N_LANGS; i++) frise_stemmer_free(f->stemmers[i]);
  free(f->cache);
  free(f->terms);
  free(f->index);
  frise_buf_free(&f->surfaces);
  free(f);
}

static int lang_index(const features *f, const char *code) {
  int fallback = 0;
  for (int i = 0; f->packs[i] && i < N_LANGS; i++) {
    if (strcmp(f->packs[i]->code, code) == 0) return i;
    if (strcmp(f->packs[i]->code, "en") == 0) fallback = i;
  }
  return fallback;
}

static frise_stemmer *stemmer_for(features *f, int li) {
  if (!f->stemmer_tried[li]) {
    f->stemmer_tried[li] = 1;
    f->stemmers[li] = frise_stemmer_new(f->packs[li]->code);
  }
  return f->stemmers[li];
}

/* Hash of the stem of a lower-cased word, 0 for stopwords; cached. */
static uint64_t stem_of(features *f, int li, uint64_t word_hash, const char *low, size_t n) {
  uint64_t key = (word_hash ^ ((uint64_t)(li + 1) * 0x9E3779B97F4A7C15ull)) | 1;
  stem_slot *sl = &f->cache[key & (((size_t)1 << CACHE_LOG2) - 1)];
  if (sl->key == key) return sl->stem;
  uint64_t stem = 0;
  if (!frise_lang_is_stopword(f->packs[li], low, n)) {
    frise_stemmer *st = stemmer_for(f, li);
    size_t sl_len = n;
    const char *s = st ? frise_stemmer_stem(st, low, n, &sl_len) : low;
    stem = frise_hash_bytes((uint64_t)(li + 1), s, sl_len) | 1;
  }
  sl->key = key;  /* a collision overwrites: the cache only saves work */
  sl->stem = stem;
  return stem;
}

static void index_grow(features *f) {
  free(f->index);
  f->index_cap *= 2;
  f->index = calloc(f->index_cap, sizeof *f->index);
  if (!f->index) abort();
  for (size_t i = 0; i < f->n_terms; i++) {
    size_t h = (size_t)f->terms[i].term & (f->index_cap - 1);
    while (f->index[h]) h = (h + 1) & (f->index_cap - 1);
    f->index[h] = (uint32_t)(i + 1);
  }
}

static void add_term(features *f, uint64_t term, int kind, const char *surface, size_t n) {
  size_t h = (size_t)term & (f->index_cap - 1);
  for (; f->index[h]; h = (h + 1) & (f->index_cap - 1)) {
    item_term *t = &f->terms[f->index[h] - 1];
    if (t->term == term) {
      t->tf += 1;
      return;
    }
  }
  if (f->n_terms == f->cap_terms) {
    f->cap_terms = f->cap_terms ? f->cap_terms * 2 : 256;
    f->terms = realloc(f->terms, f->cap_terms * sizeof *f->terms);
    if (!f->terms) abort();
  }
  item_term *t = &f->terms[f->n_terms++];
  t->term = term;
  t->tf = 1;
  t->kind = (uint8_t)kind;
  t->surface = (uint32_t)f->surfaces.len;
  frise_buf_append(&f->surfaces, surface, n);
  frise_buf_putc(&f->surfaces, 0);
  f->index[h] = (uint32_t)f->n_terms;
  if (f->n_terms * 2 > f->index_cap) index_grow(f);
}

/* A capitalised word is a name unless it opens a sentence or a quotation. */
static int is_name(const frise_doc *d, size_t t, size_t first) {
  const frise_token *tok = &d->tokens[t];
  if (!(tok->flags & FRISE_TOKF_UPPER_INITIAL) || t == first) return 0;
  const frise_token *prev = &d->tokens[t - 1];
  if (prev->kind != FRISE_TOK_PUNCT) return 1;
  unsigned char c = (unsigned char)d->text[prev->start];
  return !(c == '`' || c == '"' || c == '\'' || c == '(' || c == ':' || c == '-' ||
           c == 0xE2 /* “ – — */);
}

static void add_shingle(frise_minhash *m, const uint64_t *win, int n) {
  uint64_t h = 0;
  for (int k = 0; k < n; k++) h = frise_mix64(h ^ win[k]) + (uint64_t)k;
  frise_minhash_add(m, h);
}

typedef struct {
  uint64_t win[SHINGLE];
  int n_win;          /* words seen, capped at SHINGLE */
} shingler;

static void shingle_push(shingler *sh, frise_minhash *m, uint64_t word) {
  if (sh->n_win == SHINGLE) memmove(sh->win, sh->win + 1, (SHINGLE - 1) * sizeof *sh->win);
  else sh->n_win++;
  sh->win[sh->n_win - 1] = word;
  if (sh->n_win == SHINGLE) add_shingle(m, sh->win, SHINGLE);
}

/* A name's spelling key, shared by French and English transcriptions:
 * folded, "ou" -> "u", "ph" -> "f", doubled letters single, final vowels
 * dropped: Moubarak/Mubarak, Libye/Libya, Égypte/Egypt, Tunisie/Tunisia,
 * Souleimane/Suleiman meet. Rewrites k[0..n) in place; returns the length. */
static size_t name_key(char *k, size_t n) {
  size_t o = 0;
  for (size_t i = 0; i < n; i++) {
    char c = k[i];
    if (c == 'o' && i + 1 < n && k[i + 1] == 'u') continue;       /* ou -> u */
    if (c == 'p' && i + 1 < n && k[i + 1] == 'h') c = 'f', i++;   /* ph -> f */
    if (o > 0 && k[o - 1] == c) continue;                         /* doubled */
    k[o++] = c;
  }
  while (o > 2 && strchr("aeiouy", k[o - 1])) o--;
  k[o] = 0;
  return o;
}

/* Lower-cases a token; ASCII (most tokens) without decoding. */
static size_t lower(const char *s, size_t n, char *out) {
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c >= 0x80) return frise_utf8_lower(s, n, out);
    out[i] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
  }
  out[n] = 0;
  return n;
}

static void token_features(features *f, const frise_doc *d, int li, size_t t, size_t first,
                           shingler *sh, frise_minhash *m) {
  const frise_token *tok = &d->tokens[t];
  size_t n = tok->end - tok->start;
  const char *s = d->text + tok->start;
  if (tok->kind == FRISE_TOK_PUNCT || n > MAX_WORD) return;
  char low[2 * MAX_WORD + 1];
  size_t ln = lower(s, n, low);
  uint64_t wh = frise_hash_bytes(0, low, ln);
  shingle_push(sh, m, wh);
  if (tok->kind == FRISE_TOK_NUM) {
    if (n >= 2) add_term(f, frise_hash_bytes(SEED_NUMBER, s, n) | 1, TERM_NUMBER, s, n);
    return;
  }
  if (tok->flags & FRISE_TOKF_ELIDED || ln < 2) return;
  uint64_t stem = stem_of(f, li, wh, low, ln);
  if (!stem) return;
  add_term(f, stem, TERM_WORD, low, ln);
  if (is_name(d, t, first)) {
    char fold[2 * MAX_WORD + 1];
    size_t fn = name_key(fold, frise_utf8_fold(s, n, fold));
    add_term(f, frise_hash_bytes(SEED_NAME, fold, fn) | 1, TERM_NAME, s, n);
  }
}

static frise_stories_item *item_from_scratch(features *f) {
  frise_stories_item *it = calloc(1, sizeof *it);
  if (!it) abort();
  it->n_terms = f->n_terms;
  it->terms = malloc((f->n_terms ? f->n_terms : 1) * sizeof *it->terms);
  it->surfaces = malloc(f->surfaces.len + 1);
  if (!it->terms || !it->surfaces) abort();
  if (f->n_terms) memcpy(it->terms, f->terms, f->n_terms * sizeof *it->terms);
  if (f->surfaces.len) memcpy(it->surfaces, f->surfaces.data, f->surfaces.len);
  it->surfaces[f->surfaces.len] = 0;
  return it;
}

static void set_date(frise_stories_item *it, const frise_doc *d) {
  it->date = d->dct;
  it->day = INT64_MIN;
  if (d->dct.prec == FRISE_PREC_NONE) return;
  int m = d->dct.prec >= FRISE_PREC_MONTH ? d->dct.month : 1;
  int day = d->dct.prec >= FRISE_PREC_DAY ? d->dct.day : 1;
  it->day = frise_days_from_civil(d->dct.year, m, day);
}

frise_stories_item *features_extract(features *f, const frise_doc *d) {
  f->n_terms = 0;
  frise_buf_clear(&f->surfaces);
  memset(f->index, 0, f->index_cap * sizeof *f->index);
  int li = lang_index(f, d->lang[0] ? d->lang : "en");
  frise_minhash m;
  frise_minhash_init(&m);
  shingler sh = {{0}, 0};
  if (d->n_sentences == 0) {
    for (size_t t = 0; t < d->n_tokens; t++) token_features(f, d, li, t, 0, &sh, &m);
  }
  for (size_t k = 0; k < d->n_sentences; k++) {
    const frise_sentence *se = &d->sentences[k];
    for (size_t t = se->tok_first; t < se->tok_first + se->tok_count && t < d->n_tokens; t++)
      token_features(f, d, li, t, se->tok_first, &sh, &m);
  }
  if (sh.n_win > 0 && sh.n_win < SHINGLE) add_shingle(&m, sh.win, sh.n_win); /* very short text */
  frise_minhash_finish(&m);
  frise_stories_item *it = item_from_scratch(f);
  it->sketch = m;
  it->id = strdup(d->id ? d->id : "");
  if (!it->id) abort();
  set_date(it, d);
  return it;
}
