/* normalise.c: one canonical form for the text every annotator reads, with a
 * byte map back to the original. NFC is applied per cluster (a starter and its
 * combining marks), which keeps the map exact and the ASCII path fast. */
#include "frise/text.h"
#include "frise/utf8.h"
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

typedef struct {
  frise_buf *out;
  uint32_t **map;
  size_t *cap;
} sink;

/* Room for `extra` more output bytes (and their map entries). */
static void reserve(sink *s, size_t extra) {
  frise_buf_reserve(s->out, extra);
  if (!s->map || s->out->len + extra <= *s->cap) return;
  size_t cap = *s->cap ? *s->cap : 1024;
  while (cap < s->out->len + extra) cap *= 2;
  uint32_t *m = realloc(*s->map, cap * sizeof *m);
  if (!m) abort();
  *s->map = m;
  *s->cap = cap;
}

/* Appends p[0..n), every byte coming from input offset `from`. */
static void emit(sink *s, const char *p, size_t n, size_t from) {
  reserve(s, n);
  memcpy(s->out->data + s->out->len, p, n);
  if (s->map)
    for (size_t k = 0; k < n; k++) (*s->map)[s->out->len + k] = (uint32_t)from;
  s->out->len += n;
}

/* Appends the unchanged input run in[i..j): byte k comes from offset k. The
 * common case (plain ASCII and ordinary letters) goes through here in bulk. */
static void emit_run(sink *s, const char *in, size_t i, size_t j) {
  size_t n = j - i;
  reserve(s, n);
  memcpy(s->out->data + s->out->len, in + i, n);
  if (s->map) {
    uint32_t *m = *s->map + s->out->len;
    size_t k = 0;
#ifdef __SSE2__
    __m128i v = _mm_add_epi32(_mm_set1_epi32((int)(uint32_t)i), _mm_set_epi32(3, 2, 1, 0));
    for (; k + 4 <= n; k += 4, v = _mm_add_epi32(v, _mm_set1_epi32(4)))
      _mm_storeu_si128((__m128i *)(void *)(m + k), v);
#endif
    for (; k < n; k++) m[k] = (uint32_t)(i + k);
  }
  s->out->len += n;
}

/* ASCII bytes copied as they are: all but NUL, TAB, VT, FF, CR and '"'; 0 for
 * every byte >= 0x80. */
static const unsigned char plain_ascii[256] = {
#define R16(v) v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v
  0, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 0, 0, 0, 1, 1, /* NUL, TAB, LF kept, VT, FF, CR */
  R16(1),
  1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* '"' */
  R16(1), R16(1), R16(1), R16(1), R16(1),
#undef R16
};

static int is_combining(int32_t cp) {
  if (cp < 0x300) return 0;
  utf8proc_category_t c = utf8proc_category(cp);
  return c == UTF8PROC_CATEGORY_MN || c == UTF8PROC_CATEGORY_MC || c == UTF8PROC_CATEGORY_ME;
}

/* Replacement for a code point: "" to drop, NULL to keep it. */
static const char *canonical(int32_t cp) {
  switch (cp) {
  case 0x2019: case 0x2018: case 0x02BC: case 0x2032: return "'";
  case 0x00AB: case 0x201C: case 0x201E: case 0x201F: return "\xE2\x80\x9C"; /* “ */
  case 0x00BB: case 0x201D: return "\xE2\x80\x9D";                            /* ” */
  case 0x00A0: case 0x202F: case 0x2007: case 0x2009: case 0x200A: case 0x2002:
  case 0x2003: case 0x2004: case 0x2005: case 0x2006: case 0x2008: case 0x3000:
  case 0x205F: case 0x0085: return " ";
  case 0x2028: case 0x2029: return "\n";
  case 0x00AD: case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF: return "";
  default: return NULL;
  }
}

static int opens_quote(const frise_buf *out, const char *in, size_t n, size_t next) {
  char prev = out->len ? out->data[out->len - 1] : ' ';
  int prev_space = prev == ' ' || prev == '\n' || prev == '\t' || prev == '(' || prev == '[' ||
                   prev == '-' || prev == '/' ||
                   (out->len >= 3 && (unsigned char)out->data[out->len - 3] == 0xE2 &&
                    (unsigned char)out->data[out->len - 1] == 0x9C);
  int next_space = next >= n || in[next] == ' ' || in[next] == '\n' || in[next] == '\t';
  return prev_space && !next_space;
}

/* End of the run of plain ASCII bytes starting at i (16 at a time with SSE2). */
static inline size_t plain_run(const char *in, size_t n, size_t i) {
#ifdef __SSE2__
  while (i + 16 <= n) {
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(in + i));
    __m128i bad = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\r')), _mm_cmpeq_epi8(v, _mm_set1_epi8('"')));
    bad = _mm_or_si128(bad, _mm_cmpeq_epi8(v, _mm_set1_epi8('\t')));
    bad = _mm_or_si128(bad, _mm_cmpeq_epi8(v, _mm_set1_epi8('\f')));
    bad = _mm_or_si128(bad, _mm_cmpeq_epi8(v, _mm_set1_epi8('\v')));
    bad = _mm_or_si128(bad, _mm_cmpeq_epi8(v, _mm_setzero_si128()));
    unsigned stop = (unsigned)_mm_movemask_epi8(bad) | (unsigned)_mm_movemask_epi8(v); /* v: bytes >= 0x80 */
    if (stop) return i + (size_t)__builtin_ctz(stop);
    i += 16;
  }
#endif
  while (i < n && plain_ascii[(unsigned char)in[i]]) i++;
  return i;
}

/* One ASCII byte that is not followed by a combining mark. */
static void emit_ascii(sink *s, const char *in, size_t n, size_t i) {
  char c = in[i];
  if (c == '\r') emit(s, "\n", (i + 1 < n && in[i + 1] == '\n') ? 0 : 1, i);
  else if (c == '"') emit(s, opens_quote(s->out, in, n, i + 1) ? "\xE2\x80\x9C" : "\xE2\x80\x9D", 3, i);
  else if (c == '\t' || c == '\f' || c == '\v' || c == 0) emit(s, " ", 1, i);
  else emit(s, in + i, 1, i);
}

void frise_text_normalise(const char *in, size_t n, frise_buf *out, uint32_t **map, size_t *map_cap) {
  sink s = {out, map, map_cap};
  reserve(&s, n);
  size_t i = 0;
  if (n >= 3 && (unsigned char)in[0] == 0xEF && (unsigned char)in[1] == 0xBB &&
      (unsigned char)in[2] == 0xBF)
    i = 3;
  while (i < n) {
    /* Bulk: a run of plain ASCII, minus its last byte if a byte that may
     * start a combining mark (>= 0xCC) follows (that byte needs the cluster). */
    size_t j = plain_run(in, n, i);
    if (j < n && (unsigned char)in[j] >= 0xCC && j > i) j--;
    if (j > i) {
      emit_run(&s, in, i, j);
      i = j;
      continue;
    }
    unsigned char c = (unsigned char)in[i];
    if (c < 0x80 && (i + 1 >= n || (unsigned char)in[i + 1] < 0xCC)) {
      emit_ascii(&s, in, n, i);
      i++;
      continue;
    }
    int32_t cp;
    int l = frise_utf8_decode(in, n, i, &cp);
    size_t len = l > 0 ? (size_t)l : 1;
    size_t k = i + len;
    int32_t next;
    int nl;
    /* An invalid byte starts no cluster: it becomes U+FFFD alone (composing
     * it would fail and copy the invalid byte into the text). */
    while (l > 0 && k < n && (nl = frise_utf8_decode(in, n, k, &next)) > 0 && is_combining(next))
      k += (size_t)nl;
    if (k > i + len) { /* a cluster with combining marks: compose it */
      utf8proc_uint8_t *composed = NULL;
      utf8proc_ssize_t m = utf8proc_map((const utf8proc_uint8_t *)in + i, (utf8proc_ssize_t)(k - i),
                                        &composed, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
      if (m > 0) emit(&s, (const char *)composed, (size_t)m, i);
      else emit(&s, in + i, k - i, i);
      free(composed);
      i = k;
      continue;
    }
    if (c < 0x80) { /* ASCII before a non-combining character that starts >= 0xCC */
      emit_ascii(&s, in, n, i);
      i++;
      continue;
    }
    const char *rep = canonical(cp);
    if (rep) emit(&s, rep, strlen(rep), i);
    else if (l < 0) emit(&s, "\xEF\xBF\xBD", 3, i);
    else emit(&s, in + i, len, i);
    i += len;
  }
  reserve(&s, 0);
  out->data[out->len] = 0;
}
