/* json.c: JSON string escaping and a bounded recursive-descent DOM parser. */
#include "frise/json.h"
#include "frise/utf8.h"
#include <stdlib.h>
#include <string.h>

void frise_json_str(frise_buf *b, const char *s, size_t n) {
  static const char hex[] = "0123456789abcdef";
  frise_buf_reserve(b, n + 2);
  frise_buf_putc(b, '"');
  size_t run = 0;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    frise_buf_append(b, s + run, i - run);
    run = i + 1;
    switch (c) {
    case '"': frise_buf_append(b, "\\\"", 2); break;
    case '\\': frise_buf_append(b, "\\\\", 2); break;
    case '\n': frise_buf_append(b, "\\n", 2); break;
    case '\t': frise_buf_append(b, "\\t", 2); break;
    case '\r': frise_buf_append(b, "\\r", 2); break;
    default: {
      char u[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
      frise_buf_append(b, u, 6);
    }
    }
  }
  frise_buf_append(b, s + run, n - run);
  frise_buf_putc(b, '"');
}

void frise_json_cstr(frise_buf *b, const char *s) {
  if (!s) frise_buf_puts(b, "null");
  else frise_json_str(b, s, strlen(s));
}

/* ---- parser ---- */
typedef struct {
  frise_arena *a;
  const char *s;
  size_t n, i;
  const char *err;
  int depth;
} parser;

#define MAX_DEPTH 64

static void skip_ws(parser *p) {
  while (p->i < p->n && (p->s[p->i] == ' ' || p->s[p->i] == '\t' || p->s[p->i] == '\n' ||
                         p->s[p->i] == '\r'))
    p->i++;
}

static frise_json *fail(parser *p, const char *msg) {
  if (!p->err) p->err = msg;
  return NULL;
}

static int hex4(parser *p, int32_t *out) {
  if (p->i + 4 > p->n) return 0;
  int32_t v = 0;
  for (int k = 0; k < 4; k++) {
    char c = p->s[p->i + k];
    v <<= 4;
    if (c >= '0' && c <= '9') v |= c - '0';
    else if (c >= 'a' && c <= 'f') v |= c - 'a' + 10;
    else if (c >= 'A' && c <= 'F') v |= c - 'A' + 10;
    else return 0;
  }
  p->i += 4;
  *out = v;
  return 1;
}

/* Offset of the closing quote of the string whose content starts at `start`,
 * or n. A quote closes the string when an even number of backslashes precedes
 * it: memchr finds the candidates, so long texts are scanned at memory speed. */
static size_t closing_quote(const char *s, size_t n, size_t start) {
  size_t i = start;
  for (;;) {
    const char *q = memchr(s + i, '"', n - i);
    if (!q) return n;
    size_t at = (size_t)(q - s), k = at;
    while (k > start && s[k - 1] == '\\') k--;
    if ((at - k) % 2 == 0) return at;
    i = at + 1;
  }
}

/* 1 for the bytes a string copies as they are: not control, '"' or '\\'. */
static const unsigned char plain_byte[256] = {
#define R16(v) v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v
  R16(0), R16(0), /* 0x00-0x1F: control characters */
  1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* 0x22 '"' */
  R16(1), R16(1),
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, /* 0x5C '\\' */
  R16(1), R16(1), R16(1), R16(1), R16(1), R16(1), R16(1), R16(1), R16(1), R16(1)
#undef R16
};

/* Parses a string at p->i (on the opening quote) into arena memory. */
static char *parse_string(parser *p, size_t *len) {
  p->i++;
  size_t start = p->i;
  size_t end = closing_quote(p->s, p->n, start);
  if (end >= p->n) {
    p->i = p->n;
    return (char *)fail(p, "unterminated string");
  }
  char *out = frise_arena_alloc(p->a, end - start + 1);
  size_t o = 0;
  p->i = start;
  while (p->s[p->i] != '"') {
    size_t run = p->i; /* copy plain bytes in bulk */
    while (plain_byte[(unsigned char)p->s[run]]) run++; /* stops at the closing quote */
    if (run > p->i) {
      memcpy(out + o, p->s + p->i, run - p->i);
      o += run - p->i;
      p->i = run;
      continue;
    }
    unsigned char c = (unsigned char)p->s[p->i];
    if (c < 0x20) return (char *)fail(p, "control character in string");
    char e = p->s[++p->i];
    p->i++;
    switch (e) {
    case '"': out[o++] = '"'; break;
    case '\\': out[o++] = '\\'; break;
    case '/': out[o++] = '/'; break;
    case 'b': out[o++] = '\b'; break;
    case 'f': out[o++] = '\f'; break;
    case 'n': out[o++] = '\n'; break;
    case 'r': out[o++] = '\r'; break;
    case 't': out[o++] = '\t'; break;
    case 'u': {
      int32_t cp;
      if (!hex4(p, &cp)) return (char *)fail(p, "bad \\u escape");
      if (cp >= 0xD800 && cp <= 0xDBFF) {
        int32_t lo;
        if (p->i + 6 <= p->n && p->s[p->i] == '\\' && p->s[p->i + 1] == 'u') {
          p->i += 2;
          if (!hex4(p, &lo)) return (char *)fail(p, "bad \\u escape");
          if (lo >= 0xDC00 && lo <= 0xDFFF) cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
          else {
            cp = 0xFFFD;
            p->i -= 6; /* not a low surrogate: decode that escape on its own next */
          }
        } else cp = 0xFFFD;
      } else if (cp >= 0xDC00 && cp <= 0xDFFF) cp = 0xFFFD;
      if (cp == 0) cp = 0xFFFD; /* keep strings NUL-free */
      char tmp[4];
      int k = frise_utf8_encode(cp, tmp);
      /* \uXXXX is 6 input bytes and at most 4 output bytes, so it fits */
      memcpy(out + o, tmp, (size_t)k);
      o += (size_t)k;
      break;
    }
    default: return (char *)fail(p, "bad escape");
    }
  }
  p->i++;
  out[o] = 0;
  *len = o;
  return out;
}

static frise_json *parse_value(parser *p);

static frise_json *new_value(parser *p, frise_jtype t) {
  frise_json *v = frise_arena_calloc(p->a, 1, sizeof *v);
  v->type = t;
  return v;
}

static frise_json *parse_container(parser *p, int is_obj) {
  if (++p->depth > MAX_DEPTH) return fail(p, "nesting too deep");
  frise_json *v = new_value(p, is_obj ? FRISE_JOBJ : FRISE_JARR);
  size_t cap = 0;
  char close = is_obj ? '}' : ']';
  p->i++;
  skip_ws(p);
  if (p->i < p->n && p->s[p->i] == close) {
    p->i++;
    p->depth--;
    return v;
  }
  for (;;) {
    char *key = NULL;
    if (is_obj) {
      skip_ws(p);
      if (p->i >= p->n || p->s[p->i] != '"') return fail(p, "expected key string");
      size_t kl;
      key = parse_string(p, &kl);
      if (!key) return NULL;
      skip_ws(p);
      if (p->i >= p->n || p->s[p->i] != ':') return fail(p, "expected ':'");
      p->i++;
    }
    frise_json *item = parse_value(p);
    if (!item) return NULL;
    if (v->len == cap) {
      size_t ncap = cap ? cap * 2 : 8;
      v->items = frise_arena_grow(p->a, v->items, cap, ncap, sizeof *v->items);
      if (is_obj) v->keys = frise_arena_grow(p->a, v->keys, cap, ncap, sizeof *v->keys);
      cap = ncap;
    }
    if (is_obj) v->keys[v->len] = key;
    v->items[v->len++] = item;
    skip_ws(p);
    if (p->i < p->n && p->s[p->i] == ',') {
      p->i++;
      continue;
    }
    if (p->i < p->n && p->s[p->i] == close) {
      p->i++;
      p->depth--;
      return v;
    }
    return fail(p, is_obj ? "expected ',' or '}'" : "expected ',' or ']'");
  }
}

static frise_json *parse_number(parser *p) {
  size_t start = p->i;
  if (p->s[p->i] == '-') p->i++;
  int digits = 0;
  while (p->i < p->n && ((p->s[p->i] >= '0' && p->s[p->i] <= '9') || p->s[p->i] == '.' ||
                         p->s[p->i] == 'e' || p->s[p->i] == 'E' || p->s[p->i] == '+' ||
                         p->s[p->i] == '-')) {
    digits += p->s[p->i] >= '0' && p->s[p->i] <= '9';
    p->i++;
  }
  if (!digits || p->i - start > 64) return fail(p, "bad number");
  char tmp[80];
  memcpy(tmp, p->s + start, p->i - start);
  tmp[p->i - start] = 0;
  char *end;
  double d = strtod(tmp, &end);
  if (*end) return fail(p, "bad number");
  frise_json *v = new_value(p, FRISE_JNUM);
  v->num = d;
  return v;
}

static int literal(parser *p, const char *word) {
  size_t l = strlen(word);
  if (p->i + l > p->n || memcmp(p->s + p->i, word, l) != 0) return 0;
  p->i += l;
  return 1;
}

static frise_json *parse_value(parser *p) {
  skip_ws(p);
  if (p->i >= p->n) return fail(p, "unexpected end of input");
  char c = p->s[p->i];
  if (c == '{') return parse_container(p, 1);
  if (c == '[') return parse_container(p, 0);
  if (c == '"') {
    frise_json *v = new_value(p, FRISE_JSTR);
    v->str = parse_string(p, &v->len);
    return v->str ? v : NULL;
  }
  if (c == '-' || (c >= '0' && c <= '9')) return parse_number(p);
  if (literal(p, "null")) return new_value(p, FRISE_JNULL);
  if (literal(p, "true")) return new_value(p, FRISE_JTRUE);
  if (literal(p, "false")) return new_value(p, FRISE_JFALSE);
  return fail(p, "unexpected character");
}

frise_json *frise_json_parse(frise_arena *a, const char *text, size_t n, size_t *err_off,
                             const char **err_msg) {
  parser p = {a, text, n, 0, NULL, 0};
  frise_json *v = parse_value(&p);
  if (v) {
    skip_ws(&p);
    if (p.i < p.n) v = fail(&p, "trailing characters after value");
  }
  if (!v) {
    if (err_off) *err_off = p.i;
    if (err_msg) *err_msg = p.err ? p.err : "parse error";
  }
  return v;
}

const frise_json *frise_json_get(const frise_json *obj, const char *key) {
  if (!obj || obj->type != FRISE_JOBJ) return NULL;
  for (size_t k = 0; k < obj->len; k++)
    if (strcmp(obj->keys[k], key) == 0) return obj->items[k];
  return NULL;
}

const char *frise_json_string(const frise_json *v) {
  return v && v->type == FRISE_JSTR ? v->str : NULL;
}
