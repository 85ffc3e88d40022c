/* render_tmp.c: stand-in JSON/Markdown writers so `frise timeline` can be
 * tested before the render branch lands; removed when it is merged. */
#include <string.h>
#include "frise/json.h"
#include "frise/timeline.h"

static void json_entry(const frise_timeline *t, const frise_tl_entry *e, frise_buf *out) {
  char d[24];
  frise_date_format(&e->date, d, sizeof d);
  frise_buf_printf(out, "{\"date\":\"%s\",\"n_articles\":%zu,\"score\":%.3f,\"summary\":[", d,
                   e->n_articles, e->score);
  for (size_t i = 0; i < e->n_summary; i++) {
    const frise_tl_sentence *s = &e->summary[i];
    frise_buf_puts(out, i ? ",{\"text\":" : "{\"text\":");
    frise_json_cstr(out, s->text);
    frise_buf_printf(out, ",\"doc\":%zu,\"sentence\":%u,\"start\":%u,\"end\":%u,\"also\":[", s->doc,
                     s->sentence, s->start, s->end);
    for (size_t k = 0; k < s->n_also; k++) frise_buf_printf(out, "%s%zu", k ? "," : "", s->also[k]);
    frise_buf_puts(out, "]}");
  }
  frise_buf_puts(out, "],\"sources\":[");
  for (size_t k = 0; k < e->n_sources; k++) frise_buf_printf(out, "%s%zu", k ? "," : "", e->sources[k]);
  frise_buf_puts(out, "]}");
  (void)t;
}

int frise_timeline_render(const frise_timeline *t, const char *format, frise_buf *out) {
  if (strcmp(format, "json") == 0) {
    frise_buf_puts(out, "{\"title\":");
    frise_json_cstr(out, t->title);
    frise_buf_puts(out, ",\"entries\":[");
    for (size_t i = 0; i < t->n_entries; i++) {
      if (i) frise_buf_putc(out, ',');
      json_entry(t, &t->entries[i], out);
    }
    frise_buf_puts(out, "],\"docs\":[");
    for (size_t i = 0; i < t->n_docs; i++) {
      frise_buf_puts(out, i ? ",{\"id\":" : "{\"id\":");
      frise_json_cstr(out, t->docs[i].id);
      frise_buf_putc(out, '}');
    }
    frise_buf_puts(out, "]}\n");
    return 0;
  }
  if (strcmp(format, "md") == 0) {
    for (size_t i = 0; i < t->n_entries; i++) {
      char d[24];
      frise_date_format(&t->entries[i].date, d, sizeof d);
      frise_buf_printf(out, "## %s\n\n", d);
      for (size_t k = 0; k < t->entries[i].n_summary; k++) {
        const frise_tl_sentence *s = &t->entries[i].summary[k];
        frise_buf_printf(out, "- %s [%s]\n", s->text, t->docs[s->doc].id);
      }
      frise_buf_putc(out, '\n');
    }
    return 0;
  }
  return -1;
}
