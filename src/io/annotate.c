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

static void write_timexes(const frise_doc *d, frise_buf *out) {
  frise_buf_puts(out, ",\"timexes\":[");
  for (size_t k = 0; k < d->n_timexes; k++) {
    const frise_timex *x = &d->timexes[k];
    frise_buf_printf(out, "%s{\"start\":%u,\"end\":%u,\"text\":", k ? "," : "", x->start, x->end);
    frise_json_str(out, d->text + x->start, x->end - x->start);
    frise_buf_printf(out, ",\"type\":\"%s\",\"value\":", frise_timex_type_name(x->type));
    frise_json_cstr(out, x->value);
    if (x->mod[0]) {
      frise_buf_puts(out, ",\"mod\":");
      frise_json_cstr(out, x->mod);
    }
    if (x->freq[0]) {
      frise_buf_puts(out, ",\"freq\":");
      frise_json_cstr(out, x->freq);
    }
    if (x->quant[0]) {
      frise_buf_puts(out, ",\"quant\":");
      frise_json_cstr(out, x->quant);
    }
    frise_buf_printf(out, ",\"anchor\":\"%s\"}", frise_anchor_name(x->anchor));
  }
  frise_buf_putc(out, ']');
}

/* Appends key and an unsigned number without printf: entities are many. */
static void put_uint(frise_buf *out, const char *key, uint32_t v) {
  char tmp[12];
  size_t i = sizeof tmp;
  do tmp[--i] = (char)('0' + v % 10);
  while ((v /= 10) != 0);
  frise_buf_puts(out, key);
  frise_buf_append(out, tmp + i, sizeof tmp - i);
}

static void write_entities(const frise_doc *d, frise_buf *out) {
  const frise_entities *L = frise_entities_get(d);
  if (!L) return;
  frise_buf_puts(out, ",\"entities\":[");
  for (size_t k = 0; k < L->n_mentions; k++) {
    const frise_mention *m = &L->mentions[k];
    const frise_entity *e = &L->entities[m->entity];
    put_uint(out, k ? ",{\"start\":" : "{\"start\":", m->start);
    put_uint(out, ",\"end\":", m->end);
    frise_buf_puts(out, ",\"text\":");
    frise_json_str(out, d->text + m->start, m->end - m->start);
    frise_buf_puts(out, ",\"type\":\"");
    frise_buf_puts(out, frise_entity_type_name(e->type));
    put_uint(out, "\",\"id\":", m->entity);
    frise_buf_puts(out, ",\"name\":");
    frise_json_cstr(out, e->name);
    frise_buf_putc(out, '}');
  }
  frise_buf_putc(out, ']');
}

static void write_quotes(const frise_doc *d, frise_buf *out) {
  const frise_quotes *L = frise_quotes_get(d);
  if (!L) return;
  frise_buf_puts(out, ",\"quotes\":[");
  for (size_t k = 0; k < L->n_quotes; k++) {
    const frise_quote *q = &L->quotes[k];
    frise_buf_printf(out, "%s{\"start\":%u,\"end\":%u,\"text\":", k ? "," : "", q->start, q->end);
    frise_json_str(out, d->text + q->start, q->end - q->start);
    frise_buf_puts(out, ",\"speaker\":");
    if (q->speaker_name) frise_json_cstr(out, q->speaker_name);
    else frise_buf_puts(out, "null");
    if (q->speaker >= 0) frise_buf_printf(out, ",\"speaker_id\":%d", q->speaker);
    else frise_buf_puts(out, ",\"speaker_id\":null");
    frise_buf_puts(out, ",\"verb\":");
    if (q->verb) frise_json_cstr(out, q->verb);
    else frise_buf_puts(out, "null");
    if (q->cue_end > q->cue_start) frise_buf_printf(out, ",\"cue_start\":%u,\"cue_end\":%u", q->cue_start, q->cue_end);
    else frise_buf_puts(out, ",\"cue_start\":null,\"cue_end\":null");
    frise_buf_printf(out, ",\"kind\":\"%s\",\"confidence\":%.2f}", q->direct ? "direct" : "indirect",
                     (double)q->confidence);
  }
  frise_buf_putc(out, ']');
}

void frise_write_jsonl(const frise_doc *d, frise_buf *out) {
  frise_buf_puts(out, "{\"id\":");
  frise_json_cstr(out, d->id);
  frise_buf_puts(out, ",\"source\":");
  frise_json_cstr(out, d->path);
  if (d->line) frise_buf_printf(out, ",\"line\":%ld", d->line);
  if (d->url) {
    frise_buf_puts(out, ",\"url\":");
    frise_json_cstr(out, d->url);
  }
  write_dct(d, out);
  frise_buf_puts(out, ",\"lang\":");
  frise_json_cstr(out, d->lang);
  frise_buf_puts(out, ",\"title\":");
  frise_json_cstr(out, d->title);
  frise_buf_printf(out, ",\"length\":%zu,\"sentences\":[", d->len);
  for (size_t k = 0; k < d->n_sentences; k++)
    frise_buf_printf(out, "%s[%u,%u]", k ? "," : "", d->sentences[k].start, d->sentences[k].end);
  frise_buf_putc(out, ']');
  write_timexes(d, out);
  write_entities(d, out);
  write_quotes(d, out);
  frise_buf_puts(out, "}\n");
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
