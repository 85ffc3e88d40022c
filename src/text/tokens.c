/* tokens.c: tokenisation with byte offsets. Words split French elisions (l',
 * d', qu') and English possessives off; numbers keep their inner separators
 * (13'000, 3,5, 15H00, 04/12/2021, 2021-12-04); every other mark is a token. */
#include "frise/text.h"
#include "frise/utf8.h"
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* ASCII classes, so the common bytes never reach the Unicode tables. */
enum { C_OTHER = 0, C_SPACE = 1, C_DIGIT = 2, C_ALPHA = 3 };
static const unsigned char ascii_class[256] = { /* bytes >= 0x80: C_OTHER */
  [' '] = C_SPACE, ['\n'] = C_SPACE,
  ['0'] = C_DIGIT, ['1'] = C_DIGIT, ['2'] = C_DIGIT, ['3'] = C_DIGIT, ['4'] = C_DIGIT,
  ['5'] = C_DIGIT, ['6'] = C_DIGIT, ['7'] = C_DIGIT, ['8'] = C_DIGIT, ['9'] = C_DIGIT,
#define L(c) [c] = C_ALPHA, [c - 32] = C_ALPHA
  L('a'), L('b'), L('c'), L('d'), L('e'), L('f'), L('g'), L('h'), L('i'), L('j'), L('k'), L('l'),
  L('m'), L('n'), L('o'), L('p'), L('q'), L('r'), L('s'), L('t'), L('u'), L('v'), L('w'), L('x'),
  L('y'), L('z'),
#undef L
};

/* End of the run of ASCII letters and digits starting at e. Sixteen bytes at
 * a time where SSE2 exists: the end of a word is then found without one
 * mispredicted branch per word, the tokeniser's main cost on news text. */
static inline size_t scan_ascii_word(const char *s, size_t n, size_t e) {
#ifdef __SSE2__
  const __m128i lo_d = _mm_set1_epi8('0' - 1), hi_d = _mm_set1_epi8('9' + 1);
  const __m128i lo_a = _mm_set1_epi8('a' - 1), hi_a = _mm_set1_epi8('z' + 1);
  const __m128i case_bit = _mm_set1_epi8(0x20);
  while (e + 16 <= n) {
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + e));
    __m128i low = _mm_or_si128(v, case_bit); /* bytes >= 0x80 stay negative: no match */
    __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(v, lo_d), _mm_cmplt_epi8(v, hi_d));
    __m128i alpha = _mm_and_si128(_mm_cmpgt_epi8(low, lo_a), _mm_cmplt_epi8(low, hi_a));
    unsigned stop = ~(unsigned)_mm_movemask_epi8(_mm_or_si128(digit, alpha)) & 0xFFFFu;
    if (stop) return e + (size_t)__builtin_ctz(stop);
    e += 16;
  }
#endif
  while (ascii_class[(unsigned char)s[e]] >= C_DIGIT) e++; /* stops at s[n] == 0 */
  return e;
}

static inline int cp_at(const char *s, size_t n, size_t i, int32_t *cp) {
  if (i >= n) {
    *cp = 0;
    return 0;
  }
  unsigned char c = (unsigned char)s[i];
  if (c < 0x80) {
    *cp = c;
    return 1;
  }
  if (c >= 0xC2 && c <= 0xDF && i + 1 < n && ((unsigned char)s[i + 1] & 0xC0) == 0x80) {
    *cp = (int32_t)(c & 0x1F) << 6 | ((unsigned char)s[i + 1] & 0x3F); /* é, à, ç inline */
    return 2;
  }
  int l = frise_utf8_decode(s, n, i, cp);
  return l > 0 ? l : 1;
}

static inline int is_word_cp(int32_t cp) {
  if (cp < 0x80) return cp >= 0 && ascii_class[cp] >= C_DIGIT;
  if (cp >= 0xC0 && cp < 0x250) return cp != 0xD7 && cp != 0xF7; /* as frise_cp_is_alpha */
  return frise_cp_is_alpha(cp);
}

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

/* Case flags of a word that does not start with an ASCII lower-case letter
 * (kept out of line: push stays small enough to inline). */
static __attribute__((noinline)) uint8_t word_flags(const char *text, size_t start, size_t end) {
  int32_t cp;
  if ((unsigned char)text[start] < 0x80) cp = (unsigned char)text[start];
  else frise_utf8_decode(text, end, start, &cp);
  if (!frise_cp_is_upper(cp)) return 0;
  uint8_t flags = FRISE_TOKF_UPPER_INITIAL;
  int all = end - start > 1;
  for (size_t i = start; i < end && all;) {
    int l = cp_at(text, end, i, &cp);
    if (frise_cp_is_lower(cp)) all = 0;
    i += (size_t)l;
  }
  if (all) flags |= FRISE_TOKF_ALL_CAPS;
  return flags;
}

static __attribute__((noinline)) void grow_tokens(frise_doc *d, size_t *cap) {
  size_t ncap = *cap ? *cap * 2 : 256;
  d->tokens = frise_arena_grow(d->arena, d->tokens, *cap, ncap, sizeof *d->tokens);
  *cap = ncap;
}

static inline void push(frise_doc *d, size_t *cap, size_t start, size_t end, int kind) {
  if (d->n_tokens == *cap) grow_tokens(d, cap);
  frise_token *t = &d->tokens[d->n_tokens++];
  t->start = (uint32_t)start;
  t->end = (uint32_t)end;
  t->kind = (uint8_t)kind;
  t->flags = 0;
  if (kind == FRISE_TOK_WORD && (unsigned)((unsigned char)d->text[start] - 'a') >= 26u)
    t->flags = word_flags(d->text, start, end);
}

void frise_text_tokenise(frise_doc *d) {
  const char *s = d->text;
  size_t n = d->len, i = 0;
  /* About one token per five bytes in news text: sized once, grown rarely. */
  size_t cap = n / 4 + 16;
  d->tokens = frise_arena_alloc(d->arena, cap * sizeof *d->tokens);
  d->n_tokens = 0;
  while (i < n) {
    int32_t cp;
    int l = cp_at(s, n, i, &cp);
    if (cp == ' ' || cp == '\n') {
      i++;
      continue;
    }
    if (cp >= '0' && cp <= '9') {
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
      e = scan_ascii_word(s, n, e);
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
