/* render_timelinejs.c: the timeline in TimelineJS3's JSON format
 * (timeline.knightlab.com/docs/json-format.html), loadable as is:
 * {"title":{"text":{...}},"events":[{"start_date":{"year","month","day"},
 * "text":{"headline","text"},"unique_id"}]}. Date parts are strings as in the
 * official examples; a month-granularity entry omits "day" so TimelineJS shows
 * it as a month. TimelineJS renders "headline" and "text" as HTML, so every
 * piece of data is HTML-escaped before it is JSON-escaped. Undated entries
 * are left out (TimelineJS requires a start_date). */
#include "frise/json.h"
#include "frise/utf8.h"
#include "render_internal.h"
#include <string.h>

enum { HEADLINE_MAX = 90 }; /* bytes of a sentence shown as an event headline */

/* JSON-escapes the HTML accumulated in html, then clears it. */
static void tljs_flush(render_ctx *c, frise_buf *html) {
  frise_json_str(c->out, html->data ? html->data : "", html->len);
  frise_buf_clear(html);
}

/* The first sentence cut at a word boundary: TimelineJS headlines are large. */
static void tljs_headline(render_ctx *c, frise_buf *html, const char *text) {
  size_t n = strlen(text);
  if (n <= HEADLINE_MAX) {
    render_html_text(c, html, text);
    return;
  }
  size_t cut = frise_utf8_char_start(text, HEADLINE_MAX);
  size_t space = cut;
  while (space > HEADLINE_MAX / 2 && text[space] != ' ') space--;
  if (text[space] == ' ') cut = space;
  render_html_textn(html, text, cut);
  frise_buf_puts(html, "\xe2\x80\xa6");
}

static void tljs_doc_link(render_ctx *c, frise_buf *html, const frise_tl_doc *d) {
  if (d && render_url_ok(d->url)) {
    frise_buf_puts(html, "<a href=\"");
    render_html_text(c, html, d->url);
    frise_buf_puts(html, "\" target=\"_blank\" rel=\"noopener\">");
    render_html_text(c, html, render_doc_label(d));
    frise_buf_puts(html, "</a>");
  } else {
    render_html_text(c, html, render_doc_label(d));
  }
}

static void tljs_body(render_ctx *c, frise_buf *html, const frise_tl_entry *e) {
  frise_buf_puts(html, "<ul>");
  for (size_t k = 0; e->summary && k < e->n_summary; k++) {
    const frise_tl_sentence *s = &e->summary[k];
    frise_buf_puts(html, "<li>");
    render_html_text(c, html, render_sentence_text(c, s));
    frise_buf_puts(html, " <small>(");
    tljs_doc_link(c, html, render_doc(c, s->doc));
    for (size_t j = 0; s->also && j < s->n_also; j++) {
      frise_buf_puts(html, ", ");
      tljs_doc_link(c, html, render_doc(c, s->also[j]));
    }
    frise_buf_puts(html, ")</small></li>");
  }
  frise_buf_puts(html, "</ul>");
}

static void tljs_event(render_ctx *c, frise_buf *html, const frise_tl_entry *e, size_t index) {
  frise_buf *o = c->out;
  char iso[24];
  render_date(&e->date, iso);
  frise_buf_printf(o, "{\"start_date\":{\"year\":\"%d\"", e->date.year);
  if (e->date.prec >= FRISE_PREC_MONTH) frise_buf_printf(o, ",\"month\":\"%d\"", e->date.month);
  if (e->date.prec >= FRISE_PREC_DAY) frise_buf_printf(o, ",\"day\":\"%d\"", e->date.day);
  frise_buf_puts(o, "},\"text\":{\"headline\":");
  if (e->summary && e->n_summary) tljs_headline(c, html, render_sentence_text(c, &e->summary[0]));
  else frise_buf_puts(html, iso);
  tljs_flush(c, html);
  frise_buf_puts(o, ",\"text\":");
  tljs_body(c, html, e);
  tljs_flush(c, html);
  frise_buf_printf(o, "},\"unique_id\":\"d-%s-%zu\"}", iso, index);
}

static void tljs_title(render_ctx *c, frise_buf *html) {
  const frise_timeline *t = c->t;
  frise_buf_puts(c->out, "{\"text\":{\"headline\":");
  render_html_text(c, html, t->title && t->title[0] ? t->title : "Timeline");
  tljs_flush(c, html);
  frise_buf_puts(c->out, ",\"text\":");
  size_t n_sentences = 0;
  for (size_t k = 0; t->entries && k < t->n_entries; k++) n_sentences += t->entries[k].n_summary;
  frise_buf_printf(html, "%zu dates, %zu sentences from %zu articles", t->n_entries, n_sentences,
                   t->n_docs);
  tljs_flush(c, html);
  frise_buf_puts(c->out, "}}");
}

void render_timelinejs(render_ctx *c) {
  const frise_timeline *t = c->t;
  frise_buf html;
  frise_buf_init(&html);
  frise_buf_puts(c->out, "{\"title\":");
  tljs_title(c, &html);
  frise_buf_puts(c->out, ",\n\"events\":[");
  int first = 1;
  for (size_t k = 0; t->entries && k < t->n_entries; k++) {
    const frise_tl_entry *e = &t->entries[k];
    if (e->date.prec == FRISE_PREC_NONE) continue;
    frise_buf_puts(c->out, first ? "\n  " : ",\n  ");
    first = 0;
    tljs_event(c, &html, e, k);
  }
  frise_buf_puts(c->out, "]}\n");
  frise_buf_free(&html);
}
