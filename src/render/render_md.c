/* render_md.c: the timeline as Markdown (CommonMark): a heading per date in
 * ISO form, a bullet per sentence followed by its sources as links, and a
 * sources section at the end. Headings stay ISO ("## 2022-02-22", "## 2022-02")
 * because a timeline mixes French and English articles: an ISO date reads the
 * same in both, sorts, and keeps golden files stable. */
#include <string.h>
#include "render_internal.h"

/* Backslash-escapes the ASCII punctuation CommonMark could read as markup;
 * newlines become spaces so a sentence cannot break out of its bullet. */
static void md_text(render_ctx *c, const char *s) {
  s = render_valid(&c->valid2, s);
  if (!s) return;
  frise_buf *o = c->out;
  size_t run = 0, i = 0;
  for (; s[i]; i++) {
    char ch = s[i];
    if (!strchr("\\`*_[]<>&#~\r\n", ch)) continue;
    frise_buf_append(o, s + run, i - run);
    run = i + 1;
    if (ch == '\r' || ch == '\n') frise_buf_putc(o, ' ');
    else frise_buf_putc(o, '\\'), frise_buf_putc(o, ch);
  }
  frise_buf_append(o, s + run, i - run);
}

/* Percent-encodes the bytes that would end or confuse a link destination. */
static void md_url(render_ctx *c, const char *url) {
  static const char hex[] = "0123456789ABCDEF";
  url = render_valid(&c->valid2, url);
  for (const unsigned char *p = (const unsigned char *)url; *p; p++) {
    if (*p <= ' ' || *p >= 0x7f || strchr("()<>\"\\`[]", *p)) {
      char enc[3] = {'%', hex[*p >> 4], hex[*p & 15]};
      frise_buf_append(c->out, enc, 3);
    } else {
      frise_buf_putc(c->out, (char)*p);
    }
  }
}

static void md_doc_link(render_ctx *c, const frise_tl_doc *d) {
  if (!d) {
    frise_buf_putc(c->out, '?');
    return;
  }
  if (!render_url_ok(d->url)) {
    md_text(c, render_doc_label(d));
    return;
  }
  frise_buf_putc(c->out, '[');
  md_text(c, render_doc_label(d));
  frise_buf_puts(c->out, "](");
  md_url(c, d->url);
  frise_buf_putc(c->out, ')');
}

static void md_sentence(render_ctx *c, const frise_tl_sentence *s) {
  frise_buf *o = c->out;
  frise_buf_puts(o, "- ");
  md_text(c, render_sentence_text(c, s));
  frise_buf_puts(o, " \xe2\x80\x94 "); /* em dash between the sentence and its sources */
  md_doc_link(c, render_doc(c, s->doc));
  for (size_t k = 0; s->also && k < s->n_also; k++) {
    frise_buf_puts(o, ", ");
    md_doc_link(c, render_doc(c, s->also[k]));
  }
  frise_buf_putc(o, '\n');
}

static void md_entry(render_ctx *c, const frise_tl_entry *e) {
  char iso[24];
  frise_buf *o = c->out;
  if (render_date(&e->date, iso) == 0) strcpy(iso, "Undated");
  frise_buf_printf(o, "## %s\n\n", iso);
  for (size_t k = 0; e->summary && k < e->n_summary; k++) md_sentence(c, &e->summary[k]);
  if (!e->n_summary || !e->summary) frise_buf_puts(o, "- (no sentence)\n");
  frise_buf_putc(o, '\n');
}

static void md_source(render_ctx *c, size_t i, const frise_tl_doc *d) {
  char iso[24];
  frise_buf *o = c->out;
  frise_buf_printf(o, "%zu. ", i + 1);
  md_doc_link(c, d);
  if (d->publisher && d->publisher[0]) {
    frise_buf_puts(o, ", ");
    md_text(c, d->publisher);
  }
  if (render_date(&d->dct, iso)) frise_buf_printf(o, ", %s", iso);
  if (d->title && d->title[0] && d->id) { /* the label was the title: show the id too */
    frise_buf_puts(o, " (id ");
    md_text(c, d->id);
    frise_buf_putc(o, ')');
  }
  frise_buf_putc(o, '\n');
}

void render_md(render_ctx *c) {
  const frise_timeline *t = c->t;
  frise_buf *o = c->out;
  frise_buf_puts(o, "# ");
  md_text(c, t->title && t->title[0] ? t->title : "Timeline");
  frise_buf_puts(o, "\n\n");
  if (!t->entries || !t->n_entries) frise_buf_puts(o, "No dated events.\n\n");
  for (size_t k = 0; t->entries && k < t->n_entries; k++) md_entry(c, &t->entries[k]);
  if (!t->docs || !t->n_docs) return;
  frise_buf_puts(o, "## Sources\n\n");
  for (size_t k = 0; k < t->n_docs; k++) md_source(c, k, &t->docs[k]);
}
