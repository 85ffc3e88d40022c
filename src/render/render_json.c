/* render_json.c: the timeline as JSON (schema in doc/timeline-formats.md).
 * Machine-facing: sentence text is written as given (not detokenised), docs
 * are referred to by id, one entry or document per line for diffable output. */
#include "frise/json.h"
#include "render_internal.h"

static void json_doc_id(render_ctx *c, size_t i) {
  const frise_tl_doc *d = render_doc(c, i);
  render_json_cstr(c, d ? d->id : NULL);
}

static void json_doc_ids(render_ctx *c, const size_t *ids, size_t n) {
  frise_buf_putc(c->out, '[');
  for (size_t k = 0; ids && k < n; k++) {
    if (k) frise_buf_putc(c->out, ',');
    json_doc_id(c, ids[k]);
  }
  frise_buf_putc(c->out, ']');
}

static void json_sentence(render_ctx *c, const frise_tl_sentence *s) {
  frise_buf *o = c->out;
  frise_buf_puts(o, "{\"text\":");
  render_json_cstr(c, s->text ? s->text : "");
  if (s->said) {
    frise_buf_puts(o, ",\"said\":");
    render_json_cstr(c, s->said);
  }
  frise_buf_puts(o, ",\"doc\":");
  json_doc_id(c, s->doc);
  frise_buf_printf(o, ",\"sentence\":%u,\"start\":%u,\"end\":%u,\"also\":", s->sentence, s->start,
                   s->end);
  json_doc_ids(c, s->also, s->n_also);
  if (s->context_before) {
    frise_buf_puts(o, ",\"context_before\":");
    render_json_cstr(c, s->context_before);
  }
  if (s->context_after) {
    frise_buf_puts(o, ",\"context_after\":");
    render_json_cstr(c, s->context_after);
  }
  frise_buf_putc(o, '}');
}

static void json_date(render_ctx *c, const frise_date *d) {
  char iso[24];
  if (render_date(d, iso) == 0) frise_buf_puts(c->out, "null");
  else frise_json_cstr(c->out, iso);
}

static void json_entry(render_ctx *c, const frise_tl_entry *e) {
  frise_buf *o = c->out;
  frise_buf_puts(o, "{\"date\":");
  json_date(c, &e->date);
  frise_buf_printf(o, ",\"granularity\":\"%s\",\"summary\":[", render_granularity(&e->date));
  for (size_t k = 0; e->summary && k < e->n_summary; k++) {
    if (k) frise_buf_putc(o, ',');
    json_sentence(c, &e->summary[k]);
  }
  frise_buf_puts(o, "],\"sources\":");
  json_doc_ids(c, e->sources, e->n_sources);
  frise_buf_printf(o, ",\"articles\":%zu,\"score\":", e->n_articles);
  render_json_number(o, e->score);
  frise_buf_putc(o, '}');
}

static void json_document(render_ctx *c, const frise_tl_doc *d) {
  frise_buf *o = c->out;
  frise_buf_puts(o, "{\"id\":");
  render_json_cstr(c, d->id);
  frise_buf_puts(o, ",\"title\":");
  render_json_cstr(c, d->title);
  frise_buf_puts(o, ",\"url\":");
  render_json_cstr(c, d->url);
  frise_buf_puts(o, ",\"publisher\":");
  render_json_cstr(c, d->publisher);
  frise_buf_puts(o, ",\"date\":");
  json_date(c, &d->dct);
  frise_buf_puts(o, ",\"lang\":");
  render_json_cstr(c, d->lang);
  frise_buf_putc(o, '}');
}

void render_json(render_ctx *c) {
  const frise_timeline *t = c->t;
  frise_buf *o = c->out;
  frise_buf_puts(o, "{\"title\":");
  render_json_cstr(c, t->title);
  frise_buf_puts(o, ",\"story\":");
  render_json_cstr(c, t->story_id);
  frise_buf_puts(o, ",\n\"timeline\":[");
  for (size_t k = 0; t->entries && k < t->n_entries; k++) {
    frise_buf_puts(o, k ? ",\n  " : "\n  ");
    json_entry(c, &t->entries[k]);
  }
  frise_buf_puts(o, "],\n\"documents\":[");
  for (size_t k = 0; t->docs && k < t->n_docs; k++) {
    frise_buf_puts(o, k ? ",\n  " : "\n  ");
    json_document(c, &t->docs[k]);
  }
  frise_buf_puts(o, "]}\n");
}
