/* annotate.c: the per-document pipeline and the writers of annotated
 * documents (JSON Lines with byte spans; TimeML over the original text). */
#include "frise/annotate.h"
#include "frise/entities.h"
#include "frise/json.h"
#include "frise/quotes.h"
#include "frise/text.h"
#include "frise/timex.h"
#include <string.h>

void frise_annotate_layers(frise_doc *d, unsigned layers) {
  frise_text_prepare(d);
  if (layers & FRISE_LAYER_TIMEX) frise_timex_annotate(d);
  if (layers & (FRISE_LAYER_ENTITIES | FRISE_LAYER_QUOTES)) frise_entities_annotate(d);
  if (layers & FRISE_LAYER_QUOTES) frise_quotes_annotate(d);
}

void frise_annotate(frise_doc *d) { frise_annotate_layers(d, FRISE_LAYER_ALL); }

static void write_dct(const frise_doc *d, frise_buf *out) {
  char v[32];
  frise_buf_puts(out, ",\"dct\":");
  if (d->dct.prec == FRISE_PREC_NONE || d->dct_source == FRISE_DCT_INFERRED) frise_buf_puts(out, "null");
  else {
    frise_date_format(&d->dct, v, sizeof v);
    frise_json_cstr(out, v);
  }
  frise_buf_puts(out, ",\"dct_precision\":");
  frise_json_cstr(out, d->dct_source == FRISE_DCT_INFERRED ? "unknown" : frise_precision_name(d->dct.prec));
  if (d->dct_source == FRISE_DCT_INFERRED) {
    frise_date_format(&d->dct, v, sizeof v);
    frise_buf_puts(out, ",\"dct_inferred\":{\"value\":");
    frise_json_cstr(out, v);
    frise_buf_puts(out, ",\"precision\":");
    frise_json_cstr(out, frise_precision_name(d->dct.prec));
    frise_buf_puts(out, ",\"evidence\":");
    frise_json_cstr(out, d->dct_evidence);
    frise_buf_putc(out, '}');
  }
}

/* ---- JSON Lines writer ----
 * Numbers are formatted by hand and literals appended with their length known
 * at compile time: printf was the writer's main cost (one call per sentence
 * span). Each section reserves its worst case once, then writes in place. */

/* frise_buf_append inlined for the common case (room left): the writer makes
 * millions of small appends. Keeps the buffer NUL-terminated like the core. */
static inline void put_mem(frise_buf *out, const char *s, size_t n) {
  if (out->len + n + 1 > out->cap) {
    frise_buf_append(out, s, n);
    return;
  }
  memcpy(out->data + out->len, s, n);
  out->len += n;
  out->data[out->len] = 0;
}

static inline void put_chr(frise_buf *out, char c) { put_mem(out, &c, 1); }
static inline void put_str(frise_buf *out, const char *s) { put_mem(out, s, strlen(s)); }

#define PUT_LIT(out, lit) put_mem((out), (lit), sizeof(lit) - 1)

/* A JSON string: text needing no escape (nearly all) is copied whole, the
 * rest goes through frise_json_str; the bytes written are the same. */
static void put_json(frise_buf *out, const char *s, size_t n) {
  /* eight bytes at a time: any byte < 0x20, '"' or '\\' sends the word to the
   * byte loop (the classic "has zero byte" tests, exact for "any") */
  const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w, q, b;
    memcpy(&w, s + i, 8);
    q = w ^ (ones * '"');
    b = w ^ (ones * '\\');
    if ((((w - ones * 0x20) & ~w) | ((q - ones) & ~q) | ((b - ones) & ~b)) & highs) break;
  }
  for (; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c < 0x20 || c == '"' || c == '\\') {
      frise_json_str(out, s, n);
      return;
    }
  }
  frise_buf_reserve(out, n + 2);
  put_chr(out, '"');
  put_mem(out, s, n);
  put_chr(out, '"');
}

static void put_json_c(frise_buf *out, const char *s) {
  if (!s) PUT_LIT(out, "null");
  else put_json(out, s, strlen(s));
}

/* "00" "01" ... "99": numbers are written two digits per division. */
static const char digit_pairs[] =
    "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
    "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
    "8081828384858687888990919293949596979899";

static int n_digits(uint64_t v) {
  int n = 1;
  while (v >= 100) v /= 100, n += 2;
  return n + (v >= 10);
}

/* Writes v in place at p (the caller reserved 20 bytes); returns the end. */
static char *put_u64_at(char *p, uint64_t v) {
  char *e = p + n_digits(v), *q = e;
  while (v >= 100) {
    q -= 2;
    memcpy(q, digit_pairs + 2 * (v % 100), 2);
    v /= 100;
  }
  if (v >= 10) {
    q -= 2;
    memcpy(q, digit_pairs + 2 * v, 2);
  } else *--q = (char)('0' + v);
  return e;
}

static char *put_u32_at(char *p, uint32_t v) { return put_u64_at(p, v); }

static void put_u64(frise_buf *out, uint64_t v) {
  frise_buf_reserve(out, 20);
  out->len = (size_t)(put_u64_at(out->data + out->len, v) - out->data);
  out->data[out->len] = 0;
}

static void put_i64(frise_buf *out, int64_t v) {
  if (v < 0) put_chr(out, '-');
  put_u64(out, v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v);
}

/* Appends key and an unsigned number: entities are many. */
static void put_uint(frise_buf *out, const char *key, uint32_t v) {
  put_str(out, key);
  put_u64(out, v);
}

/* The exact output of printf("%.2f", v) for a float v in [0, 1e6): the float
 * times 100 is exact in a double (24 + 7 bits), so the rounding below sees
 * the same value printf does and breaks exact ties to even as glibc does. */
static void put_fixed2(frise_buf *out, float f) {
  double v = (double)f;
  if (!(v >= 0 && v < 1e6)) { /* negative, huge or NaN: leave it to printf */
    frise_buf_printf(out, "%.2f", v);
    return;
  }
  double h = v * 100.0, whole = (double)(uint64_t)h, r = h - whole;
  uint64_t k = (uint64_t)whole;
  if (r > 0.5 || (r == 0.5 && (k & 1))) k++;
  put_u64(out, k / 100);
  char frac[3] = {'.', (char)('0' + k % 100 / 10), (char)('0' + k % 10)};
  put_mem(out, frac, 3);
}

static void write_timexes(const frise_doc *d, frise_buf *out) {
  PUT_LIT(out, ",\"timexes\":[");
  for (size_t k = 0; k < d->n_timexes; k++) {
    const frise_timex *x = &d->timexes[k];
    put_uint(out, k ? ",{\"start\":" : "{\"start\":", x->start);
    put_uint(out, ",\"end\":", x->end);
    PUT_LIT(out, ",\"text\":");
    put_json(out, d->text + x->start, x->end - x->start);
    PUT_LIT(out, ",\"type\":\"");
    put_str(out, frise_timex_type_name(x->type));
    PUT_LIT(out, "\",\"value\":");
    put_json_c(out, x->value);
    if (x->mod[0]) {
      PUT_LIT(out, ",\"mod\":");
      put_json_c(out, x->mod);
    }
    if (x->freq[0]) {
      PUT_LIT(out, ",\"freq\":");
      put_json_c(out, x->freq);
    }
    if (x->quant[0]) {
      PUT_LIT(out, ",\"quant\":");
      put_json_c(out, x->quant);
    }
    PUT_LIT(out, ",\"anchor\":\"");
    put_str(out, frise_anchor_name(x->anchor));
    PUT_LIT(out, "\"}");
  }
  put_chr(out, ']');
}

static void write_entities(const frise_doc *d, frise_buf *out) {
  const frise_entities *L = frise_entities_get(d);
  if (!L) return;
  PUT_LIT(out, ",\"entities\":[");
  for (size_t k = 0; k < L->n_mentions; k++) {
    const frise_mention *m = &L->mentions[k];
    const frise_entity *e = &L->entities[m->entity];
    put_uint(out, k ? ",{\"start\":" : "{\"start\":", m->start);
    put_uint(out, ",\"end\":", m->end);
    PUT_LIT(out, ",\"text\":");
    put_json(out, d->text + m->start, m->end - m->start);
    PUT_LIT(out, ",\"type\":\"");
    put_str(out, frise_entity_type_name(e->type));
    put_uint(out, "\",\"id\":", m->entity);
    PUT_LIT(out, ",\"name\":");
    put_json_c(out, e->name);
    put_chr(out, '}');
  }
  put_chr(out, ']');
}

static void write_quotes(const frise_doc *d, frise_buf *out) {
  const frise_quotes *L = frise_quotes_get(d);
  if (!L) return;
  PUT_LIT(out, ",\"quotes\":[");
  for (size_t k = 0; k < L->n_quotes; k++) {
    const frise_quote *q = &L->quotes[k];
    put_uint(out, k ? ",{\"start\":" : "{\"start\":", q->start);
    put_uint(out, ",\"end\":", q->end);
    PUT_LIT(out, ",\"text\":");
    put_json(out, d->text + q->start, q->end - q->start);
    PUT_LIT(out, ",\"speaker\":");
    if (q->speaker_name) put_json_c(out, q->speaker_name);
    else PUT_LIT(out, "null");
    PUT_LIT(out, ",\"speaker_id\":");
    if (q->speaker >= 0) put_i64(out, q->speaker);
    else PUT_LIT(out, "null");
    PUT_LIT(out, ",\"verb\":");
    if (q->verb) put_json_c(out, q->verb);
    else PUT_LIT(out, "null");
    if (q->cue_end > q->cue_start) {
      put_uint(out, ",\"cue_start\":", q->cue_start);
      put_uint(out, ",\"cue_end\":", q->cue_end);
    } else PUT_LIT(out, ",\"cue_start\":null,\"cue_end\":null");
    PUT_LIT(out, ",\"kind\":\"");
    if (q->direct) PUT_LIT(out, "direct");
    else PUT_LIT(out, "indirect");
    PUT_LIT(out, "\",\"confidence\":");
    put_fixed2(out, q->confidence);
    put_chr(out, '}');
  }
  put_chr(out, ']');
}

/* "[start,end]" per sentence: one reserve for all of them (at most 24 bytes
 * each), then digits written in place. */
static void write_sentences(const frise_doc *d, frise_buf *out) {
  frise_buf_reserve(out, d->n_sentences * 24 + 2);
  char *p = out->data + out->len;
  for (size_t k = 0; k < d->n_sentences; k++) {
    if (k) *p++ = ',';
    *p++ = '[';
    p = put_u32_at(p, d->sentences[k].start);
    *p++ = ',';
    p = put_u32_at(p, d->sentences[k].end);
    *p++ = ']';
  }
  *p++ = ']';
  out->len = (size_t)(p - out->data);
  out->data[out->len] = 0;
}

void frise_write_jsonl(const frise_doc *d, frise_buf *out) {
  PUT_LIT(out, "{\"id\":");
  put_json_c(out, d->id);
  PUT_LIT(out, ",\"source\":");
  put_json_c(out, d->path);
  if (d->line) {
    PUT_LIT(out, ",\"line\":");
    put_i64(out, d->line);
  }
  if (d->url) {
    PUT_LIT(out, ",\"url\":");
    put_json_c(out, d->url);
  }
  write_dct(d, out);
  PUT_LIT(out, ",\"lang\":");
  put_json_c(out, d->lang);
  PUT_LIT(out, ",\"title\":");
  put_json_c(out, d->title);
  PUT_LIT(out, ",\"length\":");
  put_u64(out, d->len);
  PUT_LIT(out, ",\"sentences\":[");
  write_sentences(d, out);
  write_timexes(d, out);
  write_entities(d, out);
  write_quotes(d, out);
  PUT_LIT(out, "}\n");
}

static void xml_escape(frise_buf *out, const char *s, size_t n) {
  size_t run = 0;
  for (size_t i = 0; i < n; i++) {
    const char *rep = s[i] == '<' ? "&lt;" : s[i] == '>' ? "&gt;" : s[i] == '&' ? "&amp;" : NULL;
    if (!rep) continue;
    frise_buf_append(out, s + run, i - run);
    frise_buf_puts(out, rep);
    run = i + 1;
  }
  frise_buf_append(out, s + run, n - run);
}

static void xml_attr(frise_buf *out, const char *name, const char *v) {
  if (!v || !*v) return;
  frise_buf_printf(out, " %s=\"", name);
  for (const char *p = v; *p; p++) {
    if (*p == '"') frise_buf_puts(out, "&quot;");
    else if (*p == '&') frise_buf_puts(out, "&amp;");
    else if (*p == '<') frise_buf_puts(out, "&lt;");
    else frise_buf_putc(out, *p);
  }
  frise_buf_putc(out, '"');
}

/* The text written is the document's original body, so that character offsets
 * agree with the input TimeML; tags sit at the raw offsets of frise's spans. */
void frise_write_timeml(const frise_doc *d, frise_buf *out) {
  char dct[32] = "";
  frise_date_format(&d->dct, dct, sizeof dct);
  frise_buf_puts(out, "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>");
  xml_escape(out, d->id, strlen(d->id));
  frise_buf_puts(out, "</DOCID>\n<DCT><TIMEX3 tid=\"t0\" type=\"DATE\"");
  xml_attr(out, "value", dct);
  frise_buf_puts(out, " temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\"/></DCT>\n<TEXT>");
  size_t pos = 0;
  for (size_t k = 0; k < d->n_timexes; k++) {
    const frise_timex *x = &d->timexes[k];
    frise_span r = frise_doc_raw_span(d, (frise_span){x->start, x->end});
    if (r.start < pos) continue; /* overlapping spans cannot nest in TimeML */
    xml_escape(out, d->raw + pos, r.start - pos);
    frise_buf_printf(out, "<TIMEX3 tid=\"t%zu\" type=\"%s\"", k + 1, frise_timex_type_name(x->type));
    xml_attr(out, "value", x->value);
    xml_attr(out, "mod", x->mod);
    xml_attr(out, "freq", x->freq);
    xml_attr(out, "quant", x->quant);
    if (x->anchor == FRISE_ANCHOR_DCT) frise_buf_puts(out, " anchorTimeID=\"t0\"");
    frise_buf_putc(out, '>');
    xml_escape(out, d->raw + r.start, r.end - r.start);
    frise_buf_puts(out, "</TIMEX3>");
    pos = r.end;
  }
  xml_escape(out, d->raw + pos, d->raw_len - pos);
  frise_buf_puts(out, "</TEXT>\n</TimeML>\n");
}
