/* utf8.c: UTF-8 decoding, validation, repair, and case/accent folding via utf8proc. */
#include "frise/utf8.h"
#include <string.h>
#include <utf8proc.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

int frise_utf8_decode(const char *s, size_t n, size_t i, int32_t *cp) {
  const unsigned char *u = (const unsigned char *)s + i;
  size_t left = n - i;
  unsigned char c = u[0];
  if (c < 0x80) {
    *cp = c;
    return 1;
  }
  int len;
  int32_t v, min;
  if ((c & 0xE0) == 0xC0) len = 2, v = c & 0x1F, min = 0x80;
  else if ((c & 0xF0) == 0xE0) len = 3, v = c & 0x0F, min = 0x800;
  else if ((c & 0xF8) == 0xF0) len = 4, v = c & 0x07, min = 0x10000;
  else goto bad;
  if (left < (size_t)len) goto bad;
  for (int k = 1; k < len; k++) {
    if ((u[k] & 0xC0) != 0x80) goto bad;
    v = (v << 6) | (u[k] & 0x3F);
  }
  if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) goto bad;
  *cp = v;
  return len;
bad:
  *cp = 0xFFFD;
  return -1;
}

int frise_utf8_encode(int32_t cp, char out[4]) {
  if (cp < 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  if (cp < 0x80) {
    out[0] = (char)cp;
    return 1;
  }
  if (cp < 0x800) {
    out[0] = (char)(0xC0 | (cp >> 6));
    out[1] = (char)(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = (char)(0xE0 | (cp >> 12));
    out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[2] = (char)(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = (char)(0xF0 | (cp >> 18));
  out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
  out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
  out[3] = (char)(0x80 | (cp & 0x3F));
  return 4;
}

size_t frise_utf8_validate(const char *s, size_t n) {
  size_t i = 0;
  while (i < n) {
#ifdef __SSE2__
    while (i + 16 <= n && !_mm_movemask_epi8(_mm_loadu_si128((const __m128i *)(const void *)(s + i))))
      i += 16; /* sixteen ASCII bytes at a time */
#endif
    while (i + 8 <= n) { /* eight ASCII bytes at a time */
      uint64_t w;
      memcpy(&w, s + i, 8);
      if (w & 0x8080808080808080u) break;
      i += 8;
    }
    if (i >= n) break;
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    /* Two-byte sequences (é, à, ç) inline: the rest of French text. C2..DF
     * and one continuation byte is exactly the valid two-byte form. */
    if (c >= 0xC2 && c <= 0xDF && i + 1 < n && ((unsigned char)s[i + 1] & 0xC0) == 0x80) {
      i += 2;
      continue;
    }
    int32_t cp;
    int l = frise_utf8_decode(s, n, i, &cp);
    if (l < 0) return i;
    i += (size_t)l;
  }
  return n;
}

size_t frise_utf8_repair(const char *s, size_t n, frise_buf *out) {
  size_t bad = 0, i = 0, run = 0;
  frise_buf_reserve(out, n);
  while (i < n) {
    if ((unsigned char)s[i] < 0x80) {
      i++;
      continue;
    }
    int32_t cp;
    int l = frise_utf8_decode(s, n, i, &cp);
    if (l > 0) {
      i += (size_t)l;
      continue;
    }
    frise_buf_append(out, s + run, i - run);
    frise_buf_append(out, "\xEF\xBF\xBD", 3);
    bad++;
    i++;
    while (i < n && ((unsigned char)s[i] & 0xC0) == 0x80) i++; /* one U+FFFD per bad run */
    run = i;
  }
  frise_buf_append(out, s + run, n - run);
  return bad;
}

size_t frise_utf8_char_start(const char *s, size_t i) {
  while (i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80) i--;
  return i;
}

int frise_cp_is_upper(int32_t cp) {
  return cp < 0x80 ? (cp >= 'A' && cp <= 'Z') : utf8proc_isupper(cp);
}
int frise_cp_is_lower(int32_t cp) {
  return cp < 0x80 ? (cp >= 'a' && cp <= 'z') : utf8proc_islower(cp);
}
int frise_cp_is_alpha(int32_t cp) {
  if (cp < 0x80) return (cp | 32) >= 'a' && (cp | 32) <= 'z';
  /* Latin-1 and Latin Extended-A/B, most of French: letters but for the
   * symbols below 0xC0 and × ÷ (tests/unit/test_normalise_runs.c checks
   * this against the Unicode tables). */
  if (cp < 0x250) return cp >= 0xC0 ? cp != 0xD7 && cp != 0xF7 : cp == 0xAA || cp == 0xB5 || cp == 0xBA;
  utf8proc_category_t c = utf8proc_category(cp);
  return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_ME;
}
int frise_cp_is_digit(int32_t cp) { return cp >= '0' && cp <= '9'; }
int32_t frise_cp_tolower(int32_t cp) {
  return cp < 0x80 ? ((cp >= 'A' && cp <= 'Z') ? cp + 32 : cp) : utf8proc_tolower(cp);
}

size_t frise_utf8_lower(const char *s, size_t n, char *out) {
  size_t o = 0, i = 0;
  while (i < n) {
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80) { /* ASCII needs no tables */
      out[o++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
      i++;
      continue;
    }
    int32_t cp;
    int l = frise_utf8_decode(s, n, i, &cp);
    i += l > 0 ? (size_t)l : 1;
    if (l < 0) { /* U+FFFD would triple an invalid byte and overrun out */
      out[o++] = '?';
      continue;
    }
    o += (size_t)frise_utf8_encode(frise_cp_tolower(cp), out + o);
  }
  out[o] = 0;
  return o;
}

/* Base letter of a Latin code point with diacritics, via canonical decomposition. */
static int32_t strip_accent(int32_t cp) {
  if (cp < 0xC0) return cp;
  if (cp == 0x153) return 'o';  /* œ: folded to its first letter; lexicons spell "oe" rarely */
  utf8proc_int32_t dst[4];
  int last = 0;
  utf8proc_ssize_t k = utf8proc_decompose_char(cp, dst, 4, UTF8PROC_DECOMPOSE, &last);
  return k >= 1 && dst[0] < 0x250 ? dst[0] : cp;
}

size_t frise_utf8_fold(const char *s, size_t n, char *out) {
  size_t o = 0, i = 0;
  while (i < n) {
    int32_t cp;
    int l = frise_utf8_decode(s, n, i, &cp);
    i += l > 0 ? (size_t)l : 1;
    if (l < 0) { /* as in frise_utf8_lower: keep within 2n+1 bytes */
      out[o++] = '?';
      continue;
    }
    o += (size_t)frise_utf8_encode(strip_accent(frise_cp_tolower(cp)), out + o);
  }
  out[o] = 0;
  return o;
}
