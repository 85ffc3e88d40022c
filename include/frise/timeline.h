/* timeline.h: the timeline data model shared by the summariser (which builds
 * it) and the renderers (which write it as JSON, Markdown, CSV, TimelineJS or
 * HTML). A frise_timeline owns its arena; every string hangs off it. */
#ifndef FRISE_TIMELINE_H
#define FRISE_TIMELINE_H
#include <stddef.h>
#include <stdint.h>
#include "frise/arena.h"
#include "frise/buf.h"
#include "frise/date.h"

typedef struct {
  const char *id, *title, *url, *publisher; /* NULL when unknown (except id) */
  frise_date dct;
  const char *lang;            /* "fr", "en"; NULL when unknown. Added for the
                                  renderers (French typography, lang attributes);
                                  zero-initialised docs keep working. */
} frise_tl_doc;

typedef struct {
  const char *text;            /* what the line tells: the sentence less the edges a
                                  timeline leaves out (an attribution tail, an aside) */
  const char *said;            /* the attribution tail left out (", a précisé la
                                  préfète."), which the readable formats show after
                                  the text: who said it; NULL when there is none */
  size_t doc;                  /* index into frise_timeline.docs */
  uint32_t sentence;           /* sentence index in its document */
  uint32_t start, end;         /* byte span in the document's original text */
  const char *context_before;  /* neighbouring sentences, for the HTML view; may be NULL */
  const char *context_after;
  size_t *also;                /* other documents carrying the same sentence (wire copies) */
  size_t n_also;
} frise_tl_sentence;

typedef struct {
  frise_date date;             /* prec DAY, or MONTH when only the month is certain */
  frise_tl_sentence *summary;
  size_t n_summary;
  size_t *sources;             /* distinct documents cited by the summary */
  size_t n_sources;
  size_t n_articles;           /* articles that refer to this date */
  double score;                /* salience */
} frise_tl_entry;

typedef struct {
  frise_arena *arena;
  const char *title;           /* query or story label; may be NULL */
  const char *story_id;        /* when built for one story; may be NULL */
  frise_tl_entry *entries;     /* in date order */
  size_t n_entries;
  frise_tl_doc *docs;
  size_t n_docs;
} frise_timeline;

frise_timeline *frise_timeline_new(void);   /* caller owns; frise_timeline_free */
void frise_timeline_free(frise_timeline *t);

/* Renderers (src/render/, formats documented in doc/timeline-formats.md).
 * format: "json", "md" (or "markdown"), "csv", "timelinejs", "html".
 * Appends to out; returns 0, or -1 for an unknown format (out untouched).
 * Never fails on odd data: NULL strings, out-of-range doc indices, invalid
 * UTF-8 (replaced by U+FFFD) and non-finite scores are all rendered safely. */
int frise_timeline_render(const frise_timeline *t, const char *format, frise_buf *out);
/* Reads back a timeline written by the "json" renderer, so a saved timeline
 * can be rendered again in another format. Returns a new timeline (caller
 * owns; frise_timeline_free), or NULL with *err_msg (static) and *err_off (byte
 * offset; may be NULL) set. Summary sentences citing an id missing from
 * "documents" get a stub document with that id; a null doc stays out of range. */
frise_timeline *frise_timeline_from_json(const char *text, size_t n, size_t *err_off,
                                         const char **err_msg);
/* The format names, NULL-terminated, for help texts and option checks. */
extern const char *const frise_timeline_formats[];

#endif
