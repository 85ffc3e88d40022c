/* render.c: frise_timeline_render's dispatch table and the helpers the
 * renderers share (see render_internal.h). */
#include <math.h>
#include <string.h>
#include <strings.h>
#include "frise/detok.h"
#include "frise/json.h"
#include "frise/utf8.h"
#include "render_internal.h"

typedef struct {
  const char *name;
  void (*render)(render_ctx *c);
} render_format;

static const render_format formats[] = {
    {"json", render_json}, {"md", render_md},     {"markdown", render_md},
    {"csv", render_csv},   {"timelinejs", render_timelinejs}, {"html", render_html},
};

const char *const frise_timeline_formats[] = {"json", "md", "csv", "timelinejs", "html", NULL};

int frise_timeline_render(const frise_timeline *t, const char *format, frise_buf *out) {
  if (!t || !format || !out) return -1;
  for (size_t k = 0; k < sizeof formats / sizeof *formats; k++) {
    if (strcasecmp(format, formats[k].name) != 0) continue;
    render_ctx c;
    render_ctx_init(&c, t, out);
    formats[k].render(&c);
    render_ctx_free(&c);
    return 0;
  }
  return -1;
}

void render_ctx_init(render_ctx *c, const frise_timeline *t, frise_buf *out) {
  c->t = t;
  c->out = out;
  c->state = NULL;
  frise_buf_init(&c->valid);
  frise_buf_init(&c->clean);
  frise_buf_init(&c->valid2);
  frise_buf_init(&c->line);
}

void render_ctx_free(render_ctx *c) {
  frise_buf_free(&c->valid);
  frise_buf_free(&c->clean);
  frise_buf_free(&c->valid2);
  frise_buf_free(&c->line);
}

const frise_tl_doc *render_doc(const render_ctx *c, size_t i) {
  return c->t->docs && i < c->t->n_docs ? &c->t->docs[i] : NULL;
}

const char *render_valid(frise_buf *scratch, const char *s) {
  if (!s) return NULL;
  size_t n = strlen(s);
  if (frise_utf8_validate(s, n) == n) return s;
  frise_buf_clear(scratch);
  frise_utf8_repair(s, n, scratch);
  return scratch->data;
}

const char *render_clean(render_ctx *c, const char *text, const char *lang) {
  text = render_valid(&c->valid, text ? text : "");
  frise_buf_clear(&c->clean);
  frise_buf_reserve(&c->clean, 1);
  c->clean.data[0] = '\0';
  frise_text_detokenise(text, strlen(text), lang, &c->clean);
  return c->clean.data;
}

const char *render_sentence_text(render_ctx *c, const frise_tl_sentence *s) {
  const frise_tl_doc *d = render_doc(c, s->doc);
  if (!s->said || !s->said[0]) return render_clean(c, s->text, d ? d->lang : NULL);
  frise_buf_clear(&c->line);
  frise_buf_puts(&c->line, s->text ? s->text : "");
  frise_buf_puts(&c->line, s->said);
  return render_clean(c, c->line.data, d ? d->lang : NULL);
}

size_t render_date(const frise_date *d, char *out) {
  frise_date shown = *d;
  if (shown.prec > FRISE_PREC_DAY) shown.prec = FRISE_PREC_DAY, shown.hour = shown.minute = 0;
  int n = frise_date_format(&shown, out, 24);
  if (n < 0) n = 0, out[0] = '\0';
  return (size_t)n;
}

const char *render_granularity(const frise_date *d) {
  switch (d->prec) {
  case FRISE_PREC_YEAR: return "year";
  case FRISE_PREC_MONTH: return "month";
  case FRISE_PREC_DAY:
  case FRISE_PREC_MINUTE: return "day";
  default: return "unknown";
  }
}

int render_url_ok(const char *url) {
  return url && (strncasecmp(url, "http://", 7) == 0 || strncasecmp(url, "https://", 8) == 0);
}

const char *render_doc_label(const frise_tl_doc *d) {
  if (!d) return "?";
  if (d->title && d->title[0]) return d->title;
  return d->id ? d->id : "?";
}

void render_json_number(frise_buf *out, double x) {
  if (!isfinite(x)) frise_buf_puts(out, "null");
  else frise_buf_printf(out, "%.6g", x);
}

void render_json_cstr(render_ctx *c, const char *s) {
  frise_json_cstr(c->out, render_valid(&c->valid2, s));
}

void render_html_textn(frise_buf *out, const char *s, size_t n) {
  size_t run = 0;
  for (size_t i = 0; i < n; i++) {
    const char *rep;
    switch (s[i]) {
    case '&': rep = "&amp;"; break;
    case '<': rep = "&lt;"; break;
    case '>': rep = "&gt;"; break;
    case '"': rep = "&quot;"; break;
    case '\'': rep = "&#39;"; break;
    default:
      /* C0 controls other than tab and newlines are not allowed in HTML text. */
      if ((unsigned char)s[i] >= 0x20 || s[i] == '\t' || s[i] == '\n' || s[i] == '\r') continue;
      rep = "";
    }
    frise_buf_append(out, s + run, i - run);
    frise_buf_puts(out, rep);
    run = i + 1;
  }
  frise_buf_append(out, s + run, n - run);
}

void render_html_text(render_ctx *c, frise_buf *out, const char *s) {
  s = render_valid(&c->valid2, s);
  if (s) render_html_textn(out, s, strlen(s));
}
