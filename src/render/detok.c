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
    {"\xe2\x80\x98", "\xe2\x80\x98", GLUE_RIGHT}, {"\xe2\x80\x9e", "\xe2\x80\x9e", GLUE_RIGHT},
};

/* English clitics split off by PTB tokenisers ("do n't", "John 's"). */
static const char *const left_clitics[] = {
    "n't", "n\xe2\x80\x99t", "'s", "'re", "'ve", "'ll", "'d", "'m", "'",
    "\xe2\x80\x99s", "\xe2\x80\x99re", "\xe2\x80\x99ve", "\xe2\x80\x99ll", "\342\200\231d",
    "\xe2\x80\x99m", "\xe2\x80\x99", "...",
};

/* French elided words a tokeniser may have split from the next word ("l' homme"). */
static const char *const elisions[] = {
    "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu",
    "aujourd",
};

/* English contractions PTB splits in two ("gonna" -> "gon na"): the second
 * half glues back only after the first. */
static const detok_pair split_words[] = {{"gon", "na"}, {"wan", "na"}, {"got", "ta"}, {"lem", "me"}};

/* Escapes of the older Treebank releases, inside tokens ("1\/2", "\*"). */
static const detok_pair slash_escapes[] = {{"\\/", "/"}, {"\\*", "*"}};

#define COUNT(a) (sizeof(a) / sizeof *(a))

static int is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

static int token_is(const char *s, size_t n, const char *word) {
  return strlen(word) == n && strncasecmp(s, word, n) == 0;
}

/* Byte classes, so the per-token tests are table lookups, not strchr scans. */
enum { C_CLOSE = 1, C_OPEN = 2, C_HIGH = 4, C_MAYBE_SPECIAL = 8 };
static const unsigned char byte_class[256] = {
    ['.'] = C_CLOSE | C_MAYBE_SPECIAL, [','] = C_CLOSE, [';'] = C_CLOSE | C_HIGH,
    [':'] = C_CLOSE | C_HIGH, ['!'] = C_CLOSE | C_HIGH, ['?'] = C_CLOSE | C_HIGH,
    ['%'] = C_CLOSE | C_HIGH, [')'] = C_CLOSE, [']'] = C_CLOSE, ['}'] = C_CLOSE,
    ['('] = C_OPEN, ['['] = C_OPEN, ['{'] = C_OPEN, ['$'] = C_OPEN,
    ['n'] = C_MAYBE_SPECIAL, ['N'] = C_MAYBE_SPECIAL, ['\''] = C_MAYBE_SPECIAL,
    [0xe2] = C_MAYBE_SPECIAL, /* curly apostrophe */
};

static int all_of(const char *s, size_t n, unsigned char cls) {
  for (size_t i = 0; i < n; i++)
    if (!(byte_class[(unsigned char)s[i]] & cls)) return 0;
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

static int is_apostrophe(const char *s, size_t n) {
  return (n == 1 && s[0] == '\'') || (n == 3 && memcmp(s, "\xe2\x80\x99", 3) == 0);
}

static int is_elision_stem(const char *s, size_t n) {
  for (size_t k = 0; k < COUNT(elisions); k++)
    if (token_is(s, n, elisions[k])) return 1;
  return 0;
}

static int classify(const char *s, size_t n, int french) {
  /* Most tokens are words: reject them on their first byte before the tables. */
  if (byte_class[(unsigned char)s[0]] & C_MAYBE_SPECIAL) {
    for (size_t k = 0; k < COUNT(left_clitics); k++)
      if (token_is(s, n, left_clitics[k])) return GLUE_LEFT;
  }
  /* French keeps a space before high punctuation and "%"; the rest glues. */
  if (all_of(s, n, C_CLOSE)) return french && (byte_class[(unsigned char)s[0]] & C_HIGH) ? 0 : GLUE_LEFT;
  if (all_of(s, n, C_OPEN)) return GLUE_RIGHT;
  if ((s[n - 1] == '\'' || (unsigned char)s[n - 1] == 0x99) && is_elision(s, n)) return GLUE_RIGHT;
  return 0;
}

/* Appends token s[0..n) with bracket and slash escapes replaced. */
static void put_token(frise_buf *out, const char *s, size_t n) {
  size_t run = 0;
  for (size_t i = 0; i < n; i++) {
    if (s[i] == '\\' && i + 1 < n) {
      for (size_t k = 0; k < COUNT(slash_escapes); k++) {
        if (s[i + 1] != slash_escapes[k].from[1]) continue;
        frise_buf_append(out, s + run, i - run);
        frise_buf_puts(out, slash_escapes[k].to);
        run = i + 2;
        i++;
        break;
      }
      continue;
    }
    if (i + 5 > n || s[i] != '-' || s[i + 4] != '-') continue;
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

/* Spaced curly double quotes, “ x ”, are what a normaliser leaves of « x »:
 * French gets its guillemets back (spaces kept), elsewhere the quotes hug
 * their words. The closing one may carry punctuation ("”,"). Returns the glue,
 * or -1 when tok is not such a quote; *mark replaces its first 3 bytes. */
static int curly_quote(const char *tok, size_t len, int french, const char **mark) {
  if (len < 3 || memcmp(tok, "\xe2\x80", 2) != 0) return -1;
  if (len == 3 && (unsigned char)tok[2] == 0x9c) {
    *mark = french ? "\xc2\xab" : "\xe2\x80\x9c";
    return french ? 0 : GLUE_RIGHT;
  }
  if ((unsigned char)tok[2] == 0x9d && (len == 3 || all_of(tok + 3, len - 3, C_CLOSE))) {
    *mark = french ? "\xc2\xbb" : "\xe2\x80\x9d";
    return french ? 0 : GLUE_LEFT;
  }
  return -1;
}

/* The token after position i: its start in *start, its length returned. */
static size_t peek_token(const char *s, size_t n, size_t i, size_t *start) {
  while (i < n && is_space(s[i])) i++;
  *start = i;
  while (i < n && !is_space(s[i])) i++;
  return i - *start;
}

/* 1 when the token after position i is absent or only closing punctuation. */
static int next_is_end_or_close(const char *s, size_t n, size_t i) {
  size_t start, len = peek_token(s, n, i, &start);
  return len == 0 || all_of(s + start, len, C_CLOSE);
}

/* "we ` re": a backquote typed for an apostrophe, before a clitic's tail. */
static int next_is_clitic_tail(const char *s, size_t n, size_t i) {
  static const char *const tails[] = {"s", "re", "ve", "ll", "d", "m", "t"};
  size_t start, len = peek_token(s, n, i, &start);
  for (size_t k = 0; k < COUNT(tails); k++)
    if (token_is(s + start, len, tails[k])) return 1;
  return 0;
}

/* "na" after "gon": the tail of a contraction PTB split in two. */
static int split_word_tail(const char *prev, size_t prev_len, const char *tok, size_t len) {
  for (size_t k = 0; prev && k < COUNT(split_words); k++)
    if (token_is(prev, prev_len, split_words[k].from) && token_is(tok, len, split_words[k].to)) return 1;
  return 0;
}

size_t frise_text_detokenise(const char *s, size_t n, const char *lang, frise_buf *out) {
  size_t before = out->len;
  int french = lang && strncasecmp(lang, "fr", 2) == 0;
  int prev_glue_right = 1; /* nothing before the first token */
  int double_open = 0;     /* parity of straight double quotes seen */
  const char *prev = NULL; /* previous token, for "gon na" */
  size_t prev_len = 0;
  frise_buf_reserve(out, n + 1);
  for (size_t i = 0; i < n;) {
    while (i < n && is_space(s[i])) i++;
    if (i >= n) break;
    size_t start = i;
    while (i < n && !is_space(s[i])) i++;
    const char *tok = s + start;
    size_t len = i - start;
    const char *text = NULL, *mark = NULL;
    int glue = bracket_glue(tok, len);
    if (glue < 0) glue = curly_quote(tok, len, french, &mark);
    for (size_t k = 0; glue < 0 && strchr("`'-\xe2", tok[0]) && k < COUNT(token_map); k++)
      if (token_is(tok, len, token_map[k].from)) text = token_map[k].to, glue = token_map[k].glue;
    if (glue < 0 && len == 1 && tok[0] == '"') {
      /* Parity decides, except that a quote ending the text or followed by
       * punctuation closes (the sentence began inside a quotation). */
      int closes = double_open || next_is_end_or_close(s, n, i);
      glue = closes ? GLUE_LEFT : GLUE_RIGHT;
      double_open = !closes;
    }
    if (glue == GLUE_RIGHT && len == 1 && tok[0] == '`' && prev && next_is_clitic_tail(s, n, i))
      glue = GLUE_LEFT | GLUE_RIGHT;
    if (glue < 0) glue = classify(tok, len, french);
    if (glue == 0 && len == 2 && split_word_tail(prev, prev_len, tok, len)) glue = GLUE_LEFT;
    /* "L ' intérieur": an apostrophe split from an elided word glues both ways. */
    if (glue == GLUE_LEFT && is_apostrophe(tok, len) && prev && is_elision_stem(prev, prev_len))
      glue = GLUE_LEFT | GLUE_RIGHT;
    /* "D.C. ." : PTB repeats the full stop after an abbreviation ending a sentence. */
    if (len == 1 && tok[0] == '.' && prev && prev[prev_len - 1] == '.' && !text) {
      prev = tok, prev_len = len;
      continue;
    }
    if (!prev_glue_right && !(glue & GLUE_LEFT)) frise_buf_putc(out, ' ');
    if (text) frise_buf_puts(out, text);
    else if (mark) frise_buf_puts(out, mark), put_token(out, tok + 3, len - 3);
    else put_token(out, tok, len);
    prev_glue_right = (glue & GLUE_RIGHT) != 0;
    prev = tok, prev_len = len;
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
