/* render_csv.c: the timeline as RFC 4180 CSV, one row per summary sentence:
 * date,granularity,sentence,doc,title,url,start,end. CRLF line ends; a field
 * is quoted when it holds a comma, a quote, CR or LF (quotes doubled). */
#include <string.h>
#include "render_internal.h"

static void csv_field(render_ctx *c, const char *s) {
  frise_buf *o = c->out;
  s = render_valid(&c->valid2, s);
  if (!s) return;
  if (!s[strcspn(s, ",\"\r\n")]) {
    frise_buf_puts(o, s);
    return;
  }
  frise_buf_putc(o, '"');
  for (; *s; s++) {
    if (*s == '"') frise_buf_putc(o, '"');
    frise_buf_putc(o, *s);
  }
  frise_buf_putc(o, '"');
}

static void csv_row(render_ctx *c, const char *iso, const char *gran, const frise_tl_sentence *s) {
  frise_buf *o = c->out;
  const frise_tl_doc *d = render_doc(c, s->doc);
  frise_buf_printf(o, "%s,%s,", iso, gran);
  csv_field(c, render_sentence_text(c, s));
  frise_buf_putc(o, ',');
  csv_field(c, d ? d->id : NULL);
  frise_buf_putc(o, ',');
  csv_field(c, d ? d->title : NULL);
  frise_buf_putc(o, ',');
  csv_field(c, d ? d->url : NULL);
  frise_buf_printf(o, ",%u,%u\r\n", s->start, s->end);
}

void render_csv(render_ctx *c) {
  const frise_timeline *t = c->t;
  frise_buf_puts(c->out, "date,granularity,sentence,doc,title,url,start,end\r\n");
  for (size_t k = 0; t->entries && k < t->n_entries; k++) {
    const frise_tl_entry *e = &t->entries[k];
    char iso[24];
    render_date(&e->date, iso);
    for (size_t j = 0; e->summary && j < e->n_summary; j++)
      csv_row(c, iso, render_granularity(&e->date), &e->summary[j]);
  }
}
