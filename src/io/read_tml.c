/* read_tml.c: ISO-TimeML. A small, forgiving XML scanner: the DCT from <DCT>,
 * the text of <TEXT> with its tags removed and entities decoded, and the
 * TIMEX3 elements inside it (for the scorers). Never reads past the input. */
#include "reader_internal.h"
#include "frise/utf8.h"
#include <stdlib.h>
#include <string.h>

static const char *find(const char *s, size_t n, size_t from, const char *needle) {
  if (from > n) return NULL;
  return memmem(s + from, n - from, needle, strlen(needle));
}

/* Value of attribute `name` in the tag text [s, e), arena-copied, or NULL. */
static const char *attr(frise_arena *a, const char *s, const char *e, const char *name) {
  size_t nl = strlen(name);
  for (const char *p = s; p + nl + 2 < e; p++) {
    if ((p == s || p[-1] == ' ' || p[-1] == '\t' || p[-1] == '\n') && memcmp(p, name, nl) == 0) {
      const char *q = p + nl;
      while (q < e && *q == ' ') q++;
      if (q >= e || *q != '=') continue;
      q++;
      while (q < e && *q == ' ') q++;
      if (q >= e || (*q != '"' && *q != '\'')) continue;
      char quote = *q++;
      const char *end = memchr(q, quote, (size_t)(e - q));
      if (!end) return NULL;
      return frise_arena_strndup(a, q, (size_t)(end - q));
    }
  }
  return NULL;
}

/* Decodes one entity at s[i] ('&'); appends to out; returns bytes consumed. */
static size_t entity(const char *s, size_t n, size_t i, frise_buf *out) {
  static const struct { const char *name; const char *text; } named[] = {
    {"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"}, {NULL, NULL}};
  for (int k = 0; named[k].name; k++) {
    size_t l = strlen(named[k].name);
    if (i + l <= n && memcmp(s + i, named[k].name, l) == 0) {
      frise_buf_puts(out, named[k].text);
      return l;
    }
  }
  if (i + 3 < n && s[i + 1] == '#') {
    size_t j = i + 2;
    int hex = s[j] == 'x' || s[j] == 'X';
    j += (size_t)hex;
    long cp = 0;
    size_t start = j;
    while (j < n && j - start < 8 && s[j] != ';') {
      char ch = s[j];
      int v = ch >= '0' && ch <= '9' ? ch - '0'
            : hex && (ch | 32) >= 'a' && (ch | 32) <= 'f' ? (ch | 32) - 'a' + 10 : -1;
      if (v < 0) break;
      cp = cp * (hex ? 16 : 10) + v;
      j++;
    }
    if (j < n && s[j] == ';' && j > start) {
      char u[4];
      int l = frise_utf8_encode(cp > 0 && cp <= 0x10FFFF ? (int32_t)cp : 0xFFFD, u);
      frise_buf_append(out, u, (size_t)l);
      return j + 1 - i;
    }
  }
  frise_buf_putc(out, '&');
  return 1;
}

static int tag_is(const char *s, const char *e, const char *name) {
  size_t l = strlen(name);
  return (size_t)(e - s) >= l && memcmp(s, name, l) == 0 &&
         (s + l == e || s[l] == ' ' || s[l] == '>' || s[l] == '/' || s[l] == '\n' || s[l] == '\t');
}

static void strip_text(frise_arena *a, const char *s, size_t n, frise_tml *out) {
  frise_buf b;
  frise_buf_init(&b);
  size_t cap = 0, open = (size_t)-1;
  for (size_t i = 0; i < n;) {
    if (s[i] == '&') {
      i += entity(s, n, i, &b);
      continue;
    }
    if (s[i] != '<') {
      frise_buf_putc(&b, s[i++]);
      continue;
    }
    const char *gt = memchr(s + i, '>', n - i);
    if (!gt) break;
    const char *t = s + i + 1, *e = gt;
    if (tag_is(t, e, "TIMEX3")) {
      if (out->n_timexes == cap) {
        cap = cap ? cap * 2 : 16;
        out->timexes = frise_arena_grow(a, out->timexes, out->n_timexes, cap, sizeof *out->timexes);
      }
      frise_tml_timex *x = &out->timexes[out->n_timexes];
      memset(x, 0, sizeof *x);
      x->start = x->end = b.len;
      x->tid = attr(a, t, e, "tid");
      x->type = attr(a, t, e, "type");
      x->value = attr(a, t, e, "value");
      x->mod = attr(a, t, e, "mod");
      x->anchor = attr(a, t, e, "anchorTimeID");
      x->freq = attr(a, t, e, "freq");
      x->quant = attr(a, t, e, "quant");
      if (e[-1] == '/') out->n_timexes++;
      else open = out->n_timexes++;
    } else if (tag_is(t, e, "/TIMEX3") && open != (size_t)-1) {
      out->timexes[open].end = b.len;
      open = (size_t)-1;
    }
    i = (size_t)(gt - s) + 1;
  }
  out->text = frise_arena_strndup(a, b.data ? b.data : "", b.len);
  out->text_len = b.len;
  frise_buf_free(&b);
}

int frise_tml_parse(frise_arena *a, const char *xml, size_t n, frise_tml *out, const char **err) {
  memset(out, 0, sizeof *out);
  const char *p = find(xml, n, 0, "<DOCID>");
  if (p) {
    const char *q = find(xml, n, (size_t)(p - xml), "</DOCID>");
    if (q) out->docid = frise_arena_strndup(a, p + 7, (size_t)(q - p - 7));
  }
  const char *dct = find(xml, n, 0, "<DCT>");
  if (dct) {
    const char *end = find(xml, n, (size_t)(dct - xml), "</DCT>");
    const char *tx = find(xml, n, (size_t)(dct - xml), "<TIMEX3");
    if (end && tx && tx < end) {
      const char *gt = memchr(tx, '>', (size_t)(end - tx));
      if (gt) out->dct_value = attr(a, tx + 1, gt, "value");
    }
  }
  const char *t = find(xml, n, 0, "<TEXT>");
  if (!t) {
    *err = "no <TEXT> element";
    return -1;
  }
  size_t start = (size_t)(t - xml) + 6;
  const char *te = find(xml, n, start, "</TEXT>");
  if (!te) {
    *err = "<TEXT> is not closed";
    return -1;
  }
  out->text_offset = start;
  strip_text(a, xml + start, (size_t)(te - xml) - start, out);
  return 0;
}

void frise_read_tml(read_ctx *c, const char *name, const char *id, const char *data, size_t n) {
  frise_buf tmp;
  frise_buf_init(&tmp);
  data = frise_reader_check_utf8(c, name, data, &n, &tmp);
  frise_doc *d = frise_doc_new();
  frise_tml tml;
  const char *err = NULL;
  if (frise_tml_parse(d->arena, data, n, &tml, &err) != 0) {
    frise_diag_reject(c->o->diag, name, "not a TimeML document: %s; skipped", err);
    frise_doc_free(d);
    frise_buf_free(&tmp);
    return;
  }
  d->id = frise_doc_strdup(d, id);
  d->path = frise_doc_strdup(d, name);
  d->raw_offset = tml.text_offset;
  if (tml.dct_value) frise_reader_set_dct(c, d, name, tml.dct_value, strlen(tml.dct_value));
  frise_doc_set_body(d, tml.text, tml.text_len);
  frise_buf_free(&tmp);
  frise_reader_emit(c, d);
}
