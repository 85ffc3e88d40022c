/* rouge_tokens.c: ROUGE preprocessing. Each distinct raw token is looked up
 * once: a cache maps it to its term id (or to "stopword"), so stemming costs
 * one call per word type, not per occurrence. */
#include "frise/rouge.h"
#include "frise/buf.h"
#include "frise/utf8.h"
#include "eval/strmap.h"
#include <libstemmer.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define STOP UINT32_MAX
/* ROUGE-1.5.5 stems only tokens longer than this many characters. */
#define MIN_STEM_CHARS 3
/* Tokens longer than this are kept whole: no word is that long, and the
 * stemmer's work is then bounded. */
#define MAX_STEM_BYTES 128

struct frise_rouge {
  frise_rouge_mode mode;
  struct sb_stemmer *stemmer;
  frise_strmap raw;     /* lower-cased token -> term id or STOP */
  frise_strmap terms;   /* stemmed form -> term id */
  const char **names;   /* term id -> stemmed form (keys owned by terms) */
  size_t n_names, cap_names;
  frise_buf tok;        /* scratch: the token being built */
};

static void oom(void) {
  fputs("frise: out of memory\n", stderr);
  abort();
}

void frise_rouge_seq_push(frise_rouge_seq *s, uint32_t id) {
  if (s->n == s->cap) {
    size_t cap = s->cap ? s->cap * 2 : 64;
    uint32_t *p = realloc(s->ids, cap * sizeof *p);
    if (!p) oom();
    s->ids = p;
    s->cap = cap;
  }
  s->ids[s->n++] = id;
}

void frise_rouge_seq_free(frise_rouge_seq *s) {
  if (!s) return;
  free(s->ids);
  memset(s, 0, sizeof *s);
}

static void add_stopword(const char *w, size_t n, void *user) {
  frise_rouge *r = user;
  frise_strmap_put(&r->raw, w, n, STOP, NULL);
}

frise_rouge *frise_rouge_new(frise_rouge_mode mode, const char *lang) {
  if (!lang) lang = "en";
  int fr = strcmp(lang, "fr") == 0;
  if ((!fr && strcmp(lang, "en") != 0) || (mode != FRISE_ROUGE_ASCII && mode != FRISE_ROUGE_UNICODE) ||
      (fr && mode == FRISE_ROUGE_ASCII))
    return NULL;
  frise_rouge *r = calloc(1, sizeof *r);
  if (!r) return NULL;
  r->mode = mode;
  /* ROUGE-1.5.5 uses the original Porter algorithm, not Snowball English. */
  r->stemmer = sb_stemmer_new(fr ? "french" : "porter", "UTF_8");
  if (!r->stemmer) goto fail;
  frise_strmap_init(&r->raw);
  frise_strmap_init(&r->terms);
  frise_buf_init(&r->tok);
  frise_rouge_stopwords_each(lang, add_stopword, r);
  return r;
fail:
  free(r);
  return NULL;
}

void frise_rouge_free(frise_rouge *r) {
  if (!r) return;
  sb_stemmer_delete(r->stemmer);
  frise_strmap_free(&r->raw);
  frise_strmap_free(&r->terms);
  free(r->names);
  frise_buf_free(&r->tok);
  free(r);
}

const char *frise_rouge_term(const frise_rouge *r, uint32_t id) {
  return id < r->n_names ? r->names[id] : NULL;
}

static uint32_t intern_term(frise_rouge *r, const char *s, size_t n) {
  int added = 0;
  frise_strmap_slot *slot = frise_strmap_put(&r->terms, s, n, (uint32_t)r->n_names, &added);
  if (!added) return slot->value;
  if (r->n_names == r->cap_names) {
    size_t cap = r->cap_names ? r->cap_names * 2 : 1024;
    const char **p = realloc(r->names, cap * sizeof *p);
    if (!p) oom();
    r->names = p;
    r->cap_names = cap;
  }
  r->names[r->n_names++] = slot->key; /* keys live as long as the map */
  return slot->value;
}

/* Term id of a lower-cased token of nchars characters, through the cache. */
static uint32_t lookup(frise_rouge *r, const char *tok, size_t n, size_t nchars) {
  frise_strmap_slot *hit = frise_strmap_get(&r->raw, tok, n);
  if (hit) return hit->value;
  uint32_t id;
  if (nchars > MIN_STEM_CHARS && n <= MAX_STEM_BYTES) {
    const sb_symbol *st = sb_stemmer_stem(r->stemmer, (const sb_symbol *)tok, (int)n);
    if (!st) oom();
    id = intern_term(r, (const char *)st, (size_t)sb_stemmer_length(r->stemmer));
  } else {
    id = intern_term(r, tok, n);
  }
  frise_strmap_put(&r->raw, tok, n, id, NULL);
  return id;
}

/* Calls emit on each lower-cased token of text. ASCII mode reproduces
 * ROUGE-1.5.5, which works on bytes: a UTF-8 letter's bytes are not in
 * [a-z0-9] and split the word. */
typedef void (*emit_fn)(frise_rouge *r, const char *tok, size_t n, size_t nchars, void *user);

static void scan_ascii(frise_rouge *r, const char *text, size_t n, emit_fn emit, void *user) {
  size_t i = 0;
  while (i < n) {
    while (i < n && !((text[i] >= 'a' && text[i] <= 'z') || (text[i] >= 'A' && text[i] <= 'Z') ||
                      (text[i] >= '0' && text[i] <= '9')))
      i++;
    frise_buf_clear(&r->tok);
    while (i < n && ((text[i] >= 'a' && text[i] <= 'z') || (text[i] >= 'A' && text[i] <= 'Z') ||
                     (text[i] >= '0' && text[i] <= '9'))) {
      char c = text[i++];
      frise_buf_putc(&r->tok, (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c);
    }
    if (r->tok.len) emit(r, r->tok.data, r->tok.len, r->tok.len, user);
  }
}

static int is_word_cp(int32_t cp) {
  return frise_cp_is_alpha(cp) || frise_cp_is_digit(cp);
}

static void scan_unicode(frise_rouge *r, const char *text, size_t n, emit_fn emit, void *user) {
  size_t i = 0, nchars = 0;
  frise_buf_clear(&r->tok);
  while (i <= n) {
    int32_t cp = 0;
    int len = i < n ? frise_utf8_decode(text, n, i, &cp) : 1;
    if (len < 1) len = 1; /* invalid byte: a separator */
    if (i < n && is_word_cp(cp)) {
      char enc[4];
      int k = frise_utf8_encode(frise_cp_tolower(cp), enc);
      frise_buf_append(&r->tok, enc, (size_t)k);
      nchars++;
    } else if (r->tok.len) {
      emit(r, r->tok.data, r->tok.len, nchars, user);
      frise_buf_clear(&r->tok);
      nchars = 0;
    }
    i += (size_t)len;
  }
}

static void scan(frise_rouge *r, const char *text, size_t n, emit_fn emit, void *user) {
  if (r->mode == FRISE_ROUGE_ASCII) scan_ascii(r, text, n, emit, user);
  else scan_unicode(r, text, n, emit, user);
}

typedef struct {
  frise_rouge_seq *seq;
  size_t added;
} terms_ctx;

static void emit_term(frise_rouge *r, const char *tok, size_t n, size_t nchars, void *user) {
  terms_ctx *c = user;
  uint32_t id = lookup(r, tok, n, nchars);
  if (id == STOP) return;
  frise_rouge_seq_push(c->seq, id);
  c->added++;
}

size_t frise_rouge_terms(frise_rouge *r, const char *text, size_t n, frise_rouge_seq *seq) {
  terms_ctx c = {seq, 0};
  scan(r, text, n, emit_term, &c);
  return c.added;
}

static void emit_stop(frise_rouge *r, const char *tok, size_t n, size_t nchars, void *user) {
  (void)nchars;
  frise_strmap_slot *hit = frise_strmap_get(&r->raw, tok, n);
  if (hit && hit->value == STOP) (*(size_t *)user)++;
}

size_t frise_rouge_count_stopwords(frise_rouge *r, const char *text, size_t n) {
  size_t count = 0;
  scan(r, text, n, emit_stop, &count);
  return count;
}
