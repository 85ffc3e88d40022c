/* detok.c: undoes Penn-Treebank-style tokenisation for display (see detok.h).
 * The text is cut at ASCII whitespace; each token is mapped (-LRB- -> "(")
 * and classified as gluing to its left neighbour (", . n't 's"), to its right
 * one ("( `` l'"), or neither; tokens are then rejoined with single spaces
 * where neither side glues. One pass, no allocation beyond out. */
#include "frise/detok.h"
#include <string.h>
#include <strings.h>

enum { GLUE_LEFT = 1, GLUE_RIGHT = 2 };

typedef struct {
  const char *from, *to;
} detok_pair;

/* Bracket escapes; they may sit inside a token ("-LRB-AFP-RRB-"). */
static const detok_pair bracket_escapes[] = {
    {"-LRB-", "("}, {"-RRB-", ")"}, {"-LSB-", "["}, {"-RSB-", "]"}, {"-LCB-", "{"}, {"-RCB-", "}"},
};

/* Whole tokens rewritten, with how they glue. */
typedef struct {
  const char *from, *to;
  int glue;
} detok_token;

static const detok_token token_map[] = {
    {"``", "\"", GLUE_RIGHT}, {"''", "\"", GLUE_LEFT}, {"`", "'", GLUE_RIGHT},
    {"--", "\xe2\x80\x94", 0},
};

/* English clitics split off by PTB tokenisers ("do n't", "John 's"). */
static const char *const left_clitics[] = {
    "n't", "n\xe2\x80\x99t", "'s", "'re", "'ve", "'ll", "'d", "'m", "'",
    "\xe2\x80\x99s", "\xe2\x80\x99re", "\xe2\x80\x99ve", "\xe2\x80\x99ll", ("\xe2\x80\x99" "d"),
    "\xe2\x80\x99m", "\xe2\x80\x99", "%", "...",
};

/* French elided words a tokeniser may have split from the next word ("l' homme"). */
static const char *const elisions[] = {
    "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu",
};

#define COUNT(a) (sizeof(a) / sizeof *(a))

static int is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

static int token_is(const char *s, size_t n, const char *word) {
  return strlen(word) == n && strncasecmp(s, word, n) == 0;
}

static int all_of(const char *s, size_t n, const char *set) {
  for (size_t i = 0; i < n; i++)
    if (!s[i] || !strchr(set, s[i])) return 0;
  return n > 0;
}

/* "l'" or "qu’": an elided French word waiting for its noun. */
static int is_elision(const char *s, size_t n) {
  size_t stem;
  if (n >= 2 && s[n - 1] == '\'') stem = n - 1;
  else if (n >= 4 && memcmp(s + n - 3, "\xe2\x80\x99", 3) == 0) stem = n - 3;
  else return 0;
  for (size_t k = 0; k < COUNT(elisions); k++)
    if (token_is(s, stem, elisions[k])) return 1;
  return 0;
}

static int classify(const char *s, size_t n, int french) {
  for (size_t k = 0; k < COUNT(left_clitics); k++)
    if (token_is(s, n, left_clitics[k])) return GLUE_LEFT;
  /* French keeps a space before high punctuation; the rest always glues. */
  if (all_of(s, n, ".,;:!?)]}")) return french && strchr(";:!?", s[0]) ? 0 : GLUE_LEFT;
  if (all_of(s, n, "([{$")) return GLUE_RIGHT;
  if (is_elision(s, n)) return GLUE_RIGHT;
  return 0;
}

/* Appends token s[0..n) with bracket escapes replaced. */
static void put_token(frise_buf *out, const char *s, size_t n) {
  size_t run = 0;
  for (size_t i = 0; i + 5 <= n; i++) {
    if (s[i] != '-' || s[i + 4] != '-') continue;
    for (size_t k = 0; k < COUNT(bracket_escapes); k++) {
      if (strncasecmp(s + i, bracket_escapes[k].from, 5) != 0) continue;
      frise_buf_append(out, s + run, i - run);
      frise_buf_puts(out, bracket_escapes[k].to);
      run = i + 5;
      i += 4;
      break;
    }
  }
  frise_buf_append(out, s + run, n - run);
}

/* Escapes count as brackets for gluing: "-LRB-" glues right like "(". */
static int bracket_glue(const char *s, size_t n) {
  if (n != 5) return -1;
  for (size_t k = 0; k < COUNT(bracket_escapes); k++)
    if (strncasecmp(s, bracket_escapes[k].from, 5) == 0)
      return strchr("([{", bracket_escapes[k].to[0]) ? GLUE_RIGHT : GLUE_LEFT;
  return -1;
}

size_t frise_text_detokenise(const char *s, size_t n, const char *lang, frise_buf *out) {
  size_t before = out->len;
  int french = lang && strncasecmp(lang, "fr", 2) == 0;
  int prev_glue_right = 1; /* nothing before the first token */
  int double_open = 0;     /* parity of straight double quotes seen */
  frise_buf_reserve(out, n + 1);
  for (size_t i = 0; i < n;) {
    while (i < n && is_space(s[i])) i++;
    if (i >= n) break;
    size_t start = i;
    while (i < n && !is_space(s[i])) i++;
    const char *tok = s + start;
    size_t len = i - start;
    const char *text = NULL;
    int glue = bracket_glue(tok, len);
    for (size_t k = 0; glue < 0 && k < COUNT(token_map); k++)
      if (token_is(tok, len, token_map[k].from)) text = token_map[k].to, glue = token_map[k].glue;
    if (glue < 0 && len == 1 && tok[0] == '"') {
      glue = double_open ? GLUE_LEFT : GLUE_RIGHT;
      double_open = !double_open;
    }
    if (glue < 0) glue = classify(tok, len, french);
    if (!prev_glue_right && !(glue & GLUE_LEFT)) frise_buf_putc(out, ' ');
    if (text) frise_buf_puts(out, text);
    else put_token(out, tok, len);
    prev_glue_right = (glue & GLUE_RIGHT) != 0;
  }
  if (out->data) out->data[out->len] = '\0';
  return out->len - before;
}

char *frise_text_detokenise_dup(frise_arena *a, const char *s, const char *lang) {
  if (!s) return NULL;
  frise_buf b;
  frise_buf_init(&b);
  frise_text_detokenise(s, strlen(s), lang, &b);
  char *copy = frise_arena_strndup(a, b.data ? b.data : "", b.len);
  frise_buf_free(&b);
  return copy;
}
