/* render_internal.h: what the timeline renderers share: one context per call
 * (with scratch buffers reused across sentences, so rendering allocates only
 * a few growing buffers), safe lookups, date labels and text cleaning. */
#ifndef FRISE_RENDER_INTERNAL_H
#define FRISE_RENDER_INTERNAL_H
#include "frise/buf.h"
#include "frise/timeline.h"

typedef struct {
  const frise_timeline *t;
  frise_buf *out;
  frise_buf valid;  /* scratch: UTF-8-repaired copy of the current string */
  frise_buf clean;  /* scratch: detokenised copy of the current sentence */
  frise_buf valid2; /* scratch: a second repaired string alive at the same time */
  frise_buf line;   /* scratch: a line's text joined to who said it */
  const void *state; /* the running renderer's own data (HTML: its UI strings) */
} render_ctx;

void render_ctx_init(render_ctx *c, const frise_timeline *t, frise_buf *out);
void render_ctx_free(render_ctx *c);

/* The renderers, one per file. */
void render_json(render_ctx *c);
void render_md(render_ctx *c);
void render_csv(render_ctx *c);
void render_timelinejs(render_ctx *c);
void render_html(render_ctx *c);

/* Document i, or NULL when i is out of range (a summariser bug must not crash). */
const frise_tl_doc *render_doc(const render_ctx *c, size_t i);
/* s if it is valid UTF-8, else a repaired copy in scratch (valid until the next
 * call with the same scratch). NULL stays NULL. */
const char *render_valid(frise_buf *scratch, const char *s);
/* The sentence text, followed by who said it when the line left that out,
 * repaired and detokenised for reading, in c->clean (valid until the next
 * call). Never NULL. */
const char *render_sentence_text(render_ctx *c, const frise_tl_sentence *s);
/* Same for any text (context sentences); NULL reads as "". */
const char *render_clean(render_ctx *c, const char *text, const char *lang);
/* ISO label of an entry date at day or month precision ("2022-02-22",
 * "2022-02"; minutes are dropped, no date gives ""). out needs 24 bytes. */
size_t render_date(const frise_date *d, char *out);
/* "day", "month", "year" or "unknown". */
const char *render_granularity(const frise_date *d);
/* 1 when url is an absolute http(s) URL, the only kind rendered as a link:
 * a "javascript:" URL from a hostile feed must never become clickable. */
int render_url_ok(const char *url);
/* The label shown for a document: its title, else its id. */
const char *render_doc_label(const frise_tl_doc *d);
/* Writes a JSON number for x, or null when x is not finite. */
void render_json_number(frise_buf *out, double x);
/* Writes s (NULL: null) as a JSON string, after UTF-8 repair. */
void render_json_cstr(render_ctx *c, const char *s);
/* HTML-escapes s (NULL writes nothing), after UTF-8 repair: & < > " '. */
void render_html_text(render_ctx *c, frise_buf *out, const char *s);
/* HTML-escapes s[0..n) as is (the caller knows it is valid UTF-8). */
void render_html_textn(frise_buf *out, const char *s, size_t n);

#endif
