/* tokens.c: tokenisation with byte offsets. Words split French elisions (l',
 * d', qu') and English possessives off; numbers keep their inner separators
 * (13'000, 3,5, 15H00, 04/12/2021, 2021-12-04); every other mark is a token. */
#include "frise/text.h"
#include "frise/utf8.h"
#include <string.h>

static int cp_at(const char *s, size_t n, size_t i, int32_t *cp) {
  if (i >= n) {
    *cp = 0;
    return 0;
  }
  int l = frise_utf8_decode(s, n, i, cp);
  return l > 0 ? l : 1;
}

static int is_word_cp(int32_t cp) { return frise_cp_is_alpha(cp) || frise_cp_is_digit(cp); }

static int is_elision(const char *s, size_t n) {
  static const char *const prefixes[] = {"l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu",
                                         "lorsqu", "puisqu", "quoiqu", "presqu", NULL};
  char low[16];
  if (n >= sizeof low / 2) return 0;
  frise_utf8_lower(s, n, low);
  for (int k = 0; prefixes[k]; k++)
    if (strcmp(low, prefixes[k]) == 0) return 1;
  return 0;
}

/* End of a number starting at i: digits with inner separators followed by digits. */
static size_t scan_number(const char *s, size_t n, size_t i) {
  while (i < n) {
    char c = s[i];
    if (c >= '0' && c <= '9') {
      i++;
      continue;
    }
    int sep = c == '.' || c == ',' || c == ':' || c == '\'' || c == '/' || c == '-';
    int hour = (c == 'h' || c == 'H') && i + 2 < n + 0 && s[i + 1] >= '0' && s[i + 1] <= '9';
    if ((sep || hour) && i + 1 < n && s[i + 1] >= '0' && s[i + 1] <= '9') {
      i += 1;
      continue;
    }
    break;
  }
  return i;
}

static void push(frise_doc *d, size_t *cap, size_t start, size_t end, int kind) {
  if (d->n_tokens == *cap) {
    size_t ncap = *cap ? *cap * 2 : 256;
    d->tokens = frise_arena_grow(d->arena, d->tokens, *cap, ncap, sizeof *d->tokens);
    *cap = ncap;
  }
  frise_token *t = &d->tokens[d->n_tokens++];
  t->start = (uint32_t)start;
  t->end = (uint32_t)end;
  t->kind = (uint8_t)kind;
  t->flags = 0;
  if (kind == FRISE_TOK_WORD) {
    int32_t cp;
    frise_utf8_decode(d->text, end, start, &cp);
    if (frise_cp_is_upper(cp)) {
      t->flags |= FRISE_TOKF_UPPER_INITIAL;
      int all = end - start > 1;
      for (size_t i = start; i < end && all;) {
        int l = cp_at(d->text, end, i, &cp);
        if (frise_cp_is_lower(cp)) all = 0;
        i += (size_t)l;
      }
      if (all) t->flags |= FRISE_TOKF_ALL_CAPS;
    }
  }
}

void frise_text_tokenise(frise_doc *d) {
  const char *s = d->text;
  size_t n = d->len, i = 0, cap = 0;
  d->tokens = NULL;
  d->n_tokens = 0;
  while (i < n) {
    int32_t cp;
    int l = cp_at(s, n, i, &cp);
    if (cp == ' ' || cp == '\n') {
      i++;
      continue;
    }
    if (frise_cp_is_digit(cp)) {
      size_t e = scan_number(s, n, i);
      /* glued unit letters (15H, 2e, 1er, 90s) stay with the number */
      while (e < n && ((s[e] | 32) >= 'a' && (s[e] | 32) <= 'z')) e++;
      push(d, &cap, i, e, FRISE_TOK_NUM);
      i = e;
      continue;
    }
    if (!is_word_cp(cp)) {
      push(d, &cap, i, i + (size_t)l, FRISE_TOK_PUNCT);
      i += (size_t)l;
      continue;
    }
    size_t e = i;
    for (;;) {
      int32_t c;
      int cl = cp_at(s, n, e, &c);
      if (cl && is_word_cp(c)) {
        e += (size_t)cl;
        continue;
      }
      if (c == '\'' && e + 1 < n) {
        int32_t after;
        cp_at(s, n, e + 1, &after);
        if (!is_word_cp(after)) break;
        if (is_elision(s + i, e - i)) { /* l'Ukraine: "l'" is a token of its own */
          push(d, &cap, i, e + 1, FRISE_TOK_WORD);
          d->tokens[d->n_tokens - 1].flags |= FRISE_TOKF_ELIDED;
          i = e + 1;
          e = i;
          continue;
        }
        if ((s[e + 1] | 32) == 's' && (e + 2 >= n || !is_word_cp((unsigned char)s[e + 2])))
          break; /* Biden's: possessive split off */
        e += 1;   /* aujourd'hui, don't */
        continue;
      }
      break;
    }
    push(d, &cap, i, e, FRISE_TOK_WORD);
    i = e;
  }
}
