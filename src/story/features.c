/* features.c: what an article contributes to story clustering: its stemmed
 * content words (stopwords out), proper names (capitalised words not opening
 * a sentence, folded so that French and English spellings without accents
 * meet), numbers, and a MinHash sketch of its 4-word shingles for duplicates.
 * Stems are cached per (language, word) so Snowball runs once per word form. */
#include "frise/utf8.h"
#include "story_internal.h"
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define SHINGLE 4
#define CACHE_LOG2 16
#define MAX_WORD 60       /* longer tokens (URLs, glued junk) are not terms */
#define N_LANGS 8
#define SEED_NAME 0x4E414D45u
#define SEED_NUMBER 0x4E554D42u
#define BP_LOG2 21           /* boilerplate sketch: 2^21 one-byte counters (2 MB) */
#define BP_SAMPLE 4          /* one boilerplate shingle in 4 is looked up (a power of two) */
#define BP_SHINGLE 8         /* boilerplate is found on 8-word shingles: no common phrase is that long */
#define BP_SEEN 5            /* a shingle met in this many earlier articles is boilerplate */
#define BP_HALVE_EVERY 20000 /* articles between halvings: old boilerplate fades, no saturation */

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
  /* Boilerplate: a site's header, menu or "most read" box repeats, word for
   * word, on every page of the site, and is about another story than the
   * page. A count-min sketch (two probes, conservative update, halved every
   * BP_HALVE_EVERY articles) counts the articles each 4-word shingle was
   * met in; words covered only by shingles met in BP_SEEN earlier articles
   * are not terms. The duplicate sketch still sees every word. */
  uint8_t *bp;
  uint64_t bp_docs;
  uint64_t *wh;           /* per article: word hashes of its word tokens */
  uint32_t *wt;           /* ... their token indexes */
  uint32_t *wfirst;       /* ... their sentence's first token */
  uint8_t *wskip;         /* ... 1 if boilerplate */
  uint64_t *sh;           /* ... hashes of the sampled boilerplate shingles */
  uint32_t *spos;         /* ... and their first words */
  uint32_t *wlow;         /* ... offsets of the words lower-cased in lows */
  frise_buf lows;
  size_t cap_w;
};

features *features_new(void) {
  features *f = calloc(1, sizeof *f);
  if (!f) return NULL;
  f->packs = frise_lang_all();
  f->cache = calloc((size_t)1 << CACHE_LOG2, sizeof *f->cache);
  f->index_cap = 1024;
  f->index = calloc(f->index_cap, sizeof *f->index);
  frise_buf_init(&f->surfaces);
  frise_buf_init(&f->lows);
  f->bp = calloc((size_t)1 << BP_LOG2, 1);
  if (!f->cache || !f->index || !f->bp) {
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
  free(f->bp);
  free(f->wh);
  free(f->wt);
  free(f->wfirst);
  free(f->wskip);
  free(f->sh);
  free(f->spos);
  free(f->wlow);
  frise_buf_free(&f->lows);
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
static uint64_t stem_key(int li, uint64_t word_hash) {
  return (word_hash ^ ((uint64_t)(li + 1) * 0x9E3779B97F4A7C15ull)) | 1;
}

static stem_slot *stem_slot_of(features *f, uint64_t key) {
  return &f->cache[key & (((size_t)1 << CACHE_LOG2) - 1)];
}

static uint64_t stem_of(features *f, int li, uint64_t word_hash, const char *low, size_t n) {
  uint64_t key = stem_key(li, word_hash);
  stem_slot *sl = stem_slot_of(f, key);
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

static void add_term(features *f, uint64_t term, int kind, uint64_t word, const char *surface,
                     size_t n) {
  size_t h = (size_t)term & (f->index_cap - 1);
  for (; f->index[h]; h = (h + 1) & (f->index_cap - 1)) {
    item_term *t = &f->terms[f->index[h] - 1];
    if (t->term == term) {
      if (t->tf < UINT16_MAX) t->tf++;
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
  t->word = word;
  t->surface = (uint32_t)f->surfaces.len;
  frise_buf_append(&f->surfaces, surface, n);
  frise_buf_putc(&f->surfaces, 0);
  f->index[h] = (uint32_t)f->n_terms;
  if (f->n_terms * 2 > f->index_cap) index_grow(f);
}

/* Capitalised words that name no one: calendar words (English capitalises
 * months and weekdays, and datelines abbreviate them), time zones and the
 * wire services of bylines and datelines. As names (x name_weight) they tie
 * unrelated stories of the same month or agency together. Lower-case, sorted
 * (bsearch). They still count as ordinary words. */
static const char *const NOT_NAMES[] = {
  "afp", "août", "apr", "april", "aug", "august", "avril", "bst", "cest", "cet", "dec",
  "december", "dimanche", "décembre", "edt", "est", "feb", "february", "fri", "friday",
  "février", "gmt", "jan", "january", "janvier", "jeudi", "juillet", "juin", "jul", "july",
  "jun", "june", "lundi", "mar", "march", "mardi", "mars", "may", "mercredi", "mon", "monday",
  "nov", "november", "novembre", "oct", "october", "octobre", "pdt", "pst", "reuters", "samedi",
  "sat", "saturday", "sep", "sept", "september", "septembre", "sun", "sunday", "thu", "thursday",
  "tue", "tuesday", "utc", "vendredi", "wed", "wednesday"};

static int by_str(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static int not_a_name(const char *low) {
  const char *key = low;
  return bsearch(&key, NOT_NAMES, sizeof NOT_NAMES / sizeof *NOT_NAMES, sizeof *NOT_NAMES, by_str) != NULL;
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

static uint64_t shingle_hash(const uint64_t *win, size_t n) {
  uint64_t h = 0;
  for (size_t k = 0; k < n; k++) h = frise_mix64(h ^ win[k]) + (uint64_t)k;
  return h;
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
                           uint64_t wh, const char *low, size_t ln) {
  const frise_token *tok = &d->tokens[t];
  size_t n = tok->end - tok->start;
  const char *s = d->text + tok->start;
  if (tok->kind == FRISE_TOK_NUM) {
    if (n >= 2) add_term(f, frise_hash_bytes(SEED_NUMBER, s, n) | 1, TERM_NUMBER, 0, s, n);
    return;
  }
  if (tok->flags & FRISE_TOKF_ELIDED || ln < 2) return;
  uint64_t stem = stem_of(f, li, wh, low, ln);
  if (!stem) return;
  add_term(f, stem, TERM_WORD, 0, low, ln);
  if (is_name(d, t, first) && !not_a_name(low)) {
    char fold[2 * MAX_WORD + 1];
    size_t fn = name_key(fold, frise_utf8_fold(s, n, fold));
    add_term(f, frise_hash_bytes(SEED_NAME, fold, fn) | 1, TERM_NAME, stem, s, n);
  }
}

static void push_word(features *f, size_t *nw, const frise_doc *d, size_t t, size_t first) {
  const frise_token *tok = &d->tokens[t];
  size_t n = tok->end - tok->start;
  if (tok->kind == FRISE_TOK_PUNCT || n > MAX_WORD) return;
  if (*nw == f->cap_w) {
    f->cap_w = f->cap_w ? f->cap_w * 2 : 1024;
    f->wh = realloc(f->wh, f->cap_w * sizeof *f->wh);
    f->wt = realloc(f->wt, f->cap_w * sizeof *f->wt);
    f->wfirst = realloc(f->wfirst, f->cap_w * sizeof *f->wfirst);
    f->wskip = realloc(f->wskip, f->cap_w * sizeof *f->wskip);
    f->sh = realloc(f->sh, f->cap_w * sizeof *f->sh);
    f->spos = realloc(f->spos, f->cap_w * sizeof *f->spos);
    f->wlow = realloc(f->wlow, f->cap_w * sizeof *f->wlow);
    if (!f->wh || !f->wt || !f->wfirst || !f->wskip || !f->sh || !f->spos || !f->wlow) abort();
  }
  /* lower-cased once, kept for token_features */
  frise_buf_reserve(&f->lows, 2 * MAX_WORD + 2);
  char *low = f->lows.data + f->lows.len;
  size_t ln = lower(d->text + tok->start, n, low);
  low[ln] = 0;
  f->wlow[*nw] = (uint32_t)f->lows.len;
  f->lows.len += ln + 1;
  f->wh[*nw] = frise_hash_bytes(0, low, ln);
  f->wt[*nw] = (uint32_t)t;
  f->wfirst[*nw] = (uint32_t)first;
  f->wskip[*nw] = 0;
  (*nw)++;
}

/* The two counters of a shingle share one 64-byte line: one cache miss. */
static void bp_cells(features *f, uint64_t x, uint8_t **a, uint8_t **b) {
  uint8_t *line = f->bp + (((x >> 12) & (((size_t)1 << (BP_LOG2 - 6)) - 1)) << 6);
  size_t i = x & 63, j = (x >> 6) & 63;
  if (j == i) j = (i + 1) & 63;
  *a = line + i, *b = line + j;
}

/* Shingles of the article (into the MinHash sketch), boilerplate marks from
 * what earlier articles repeated, then this article's shingles counted.
 * Boilerplate shingles are BP_SHINGLE words, hashed as a rolling polynomial
 * (unsigned wrap-around), and only one in BP_SAMPLE is looked up and
 * counted: this keeps the sketch far from saturation on a long stream and
 * the cost low; a run of repeated samples is marked whole, gaps included. */
static void shingles_and_boilerplate(features *f, size_t nw, frise_minhash *m) {
  for (size_t i = 0; i < nw; i++) {
    size_t from = i + 1 >= SHINGLE ? i + 1 - SHINGLE : 0;
    if (i + 1 >= SHINGLE) frise_minhash_add(m, shingle_hash(f->wh + from, SHINGLE));
  }
  if (nw > 0 && nw < SHINGLE) frise_minhash_add(m, shingle_hash(f->wh, nw)); /* very short text */
  if (nw < BP_SHINGLE) return;
  const uint64_t P = 0x100000001B3ull;
  uint64_t top = 1, h = 0; /* top = P^(BP_SHINGLE - 1) */
  for (size_t k = 0; k < BP_SHINGLE; k++) h = h * P + f->wh[k], top = k ? top * P : 1;
  size_t n_sampled = 0, run_start = SIZE_MAX;
  for (size_t i = 0;; i++) { /* h: shingle of words i .. i + BP_SHINGLE - 1 */
    uint64_t x = frise_mix64(h);
    if ((x & (BP_SAMPLE - 1)) == 0) {
      uint8_t *a, *b;
      bp_cells(f, x >> 3, &a, &b);
      __builtin_prefetch(a); /* the sketch is larger than the L2 cache */
      f->sh[n_sampled] = x >> 3;
      f->spos[n_sampled++] = (uint32_t)i;
    }
    if (i + BP_SHINGLE >= nw) break;
    h = (h - f->wh[i] * top) * P + f->wh[i + BP_SHINGLE];
  }
  for (size_t k = 0; k < n_sampled; k++) {
    uint8_t *a, *b;
    bp_cells(f, f->sh[k], &a, &b);
    size_t i = f->spos[k];
    if ((*a < *b ? *a : *b) >= BP_SEEN) {
      if (run_start == SIZE_MAX) run_start = i;
      memset(f->wskip + run_start, 1, i + BP_SHINGLE - run_start);
    } else {
      run_start = SIZE_MAX;
    }
  }
  for (size_t k = 0; k < n_sampled; k++) { /* conservative update */
    uint8_t *a, *b;
    bp_cells(f, f->sh[k], &a, &b);
    uint8_t c = *a < *b ? *a : *b;
    if (c == UINT8_MAX) continue;
    if (*a == c) (*a)++;
    if (*b == c) (*b)++;
  }
  if (++f->bp_docs % BP_HALVE_EVERY == 0)
    for (size_t i = 0; i < (size_t)1 << BP_LOG2; i++) f->bp[i] >>= 1;
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
  size_t nw = 0;
  frise_buf_clear(&f->lows);
  if (d->n_sentences == 0)
    for (size_t t = 0; t < d->n_tokens; t++) push_word(f, &nw, d, t, 0);
  for (size_t k = 0; k < d->n_sentences; k++) {
    const frise_sentence *se = &d->sentences[k];
    for (size_t t = se->tok_first; t < se->tok_first + se->tok_count && t < d->n_tokens; t++)
      push_word(f, &nw, d, t, se->tok_first);
  }
  frise_minhash m;
  frise_minhash_init(&m);
  shingles_and_boilerplate(f, nw, &m);
  frise_minhash_finish(&m);
  /* Boilerplate is a page's minority: an article that mostly repeats earlier
   * ones is a re-publication or a follow-up quoting them, and keeps all its words. */
  size_t n_skip = 0;
  for (size_t i = 0; i < nw; i++) n_skip += f->wskip[i];
  if (n_skip * 2 > nw) memset(f->wskip, 0, nw);
  for (size_t i = 0; i < nw; i++) {
    /* the stem cache is larger than the L2 cache: ask for a later word's slot now */
    if (i + 8 < nw) __builtin_prefetch(stem_slot_of(f, stem_key(li, f->wh[i + 8])));
    if (!f->wskip[i]) {
      size_t end = i + 1 < nw ? f->wlow[i + 1] : f->lows.len; /* past the word's NUL */
      token_features(f, d, li, f->wt[i], f->wfirst[i], f->wh[i], f->lows.data + f->wlow[i],
                     end - f->wlow[i] - 1);
    }
  }
  frise_stories_item *it = item_from_scratch(f);
  it->sketch = m;
  it->id = strdup(d->id ? d->id : "");
  if (!it->id) abort();
  set_date(it, d);
  return it;
}
