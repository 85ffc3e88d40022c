/* normalise.c: one canonical form for the text every annotator reads, with a
 * byte map back to the original. NFC is applied per cluster (a starter and its
 * combining marks), which keeps the map exact and the ASCII path fast. */
#include "frise/text.h"
#include "frise/utf8.h"
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

typedef struct {
  frise_buf *out;
  uint32_t **map;
  size_t *cap;
} sink;

static void emit(sink *s, const char *p, size_t n, size_t from) {
  frise_buf_append(s->out, p, n);
  if (!s->map) return;
  if (s->out->len > *s->cap) {
    size_t cap = *s->cap ? *s->cap : 1024;
    while (cap < s->out->len) cap *= 2;
    uint32_t *m = realloc(*s->map, cap * sizeof *m);
    if (!m) abort();
    *s->map = m;
    *s->cap = cap;
  }
  for (size_t k = s->out->len - n; k < s->out->len; k++) (*s->map)[k] = (uint32_t)from;
}

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

void frise_text_normalise(const char *in, size_t n, frise_buf *out, uint32_t **map, size_t *map_cap) {
  sink s = {out, map, map_cap};
  frise_buf_reserve(out, n);
  size_t i = 0;
  if (n >= 3 && (unsigned char)in[0] == 0xEF && (unsigned char)in[1] == 0xBB &&
      (unsigned char)in[2] == 0xBF)
    i = 3;
  while (i < n) {
    unsigned char c = (unsigned char)in[i];
    if (c < 0x80 && (i + 1 >= n || (unsigned char)in[i + 1] < 0xCC)) {
      if (c == '\r') emit(&s, "\n", (i + 1 < n && in[i + 1] == '\n') ? 0 : 1, i);
      else if (c == '"') emit(&s, opens_quote(out, in, n, i + 1) ? "\xE2\x80\x9C" : "\xE2\x80\x9D", 3, i);
      else if (c == '\t' || c == '\f' || c == '\v') emit(&s, " ", 1, i);
      else if (c == 0) emit(&s, " ", 1, i);
      else emit(&s, in + i, 1, i);
      i++;
      continue;
    }
    int32_t cp;
    int l = frise_utf8_decode(in, n, i, &cp);
    size_t len = l > 0 ? (size_t)l : 1;
    size_t j = i + len;
    int32_t next;
    int nl;
    while (j < n && (nl = frise_utf8_decode(in, n, j, &next)) > 0 && is_combining(next)) j += (size_t)nl;
    if (j > i + len) { /* a cluster with combining marks: compose it */
      utf8proc_uint8_t *composed = NULL;
      utf8proc_ssize_t k = utf8proc_map((const utf8proc_uint8_t *)in + i, (utf8proc_ssize_t)(j - i),
                                        &composed, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
      if (k > 0) emit(&s, (const char *)composed, (size_t)k, i);
      else emit(&s, in + i, j - i, i);
      free(composed);
      i = j;
      continue;
    }
    const char *rep = canonical(cp);
    if (rep) emit(&s, rep, strlen(rep), i);
    else if (l < 0) emit(&s, "\xEF\xBF\xBD", 3, i);
    else emit(&s, in + i, len, i);
    i += len;
  }
}
