/* tlsum.h: timeline summarisation. Builds a frise_timeline from annotated
 * documents (all in memory, or streamed into an index): dates are ranked by how often, in how many
 * articles and by how many publishers they are referred to (text dates first,
 * publication days for sentences that report the day's news), and each date
 * gets an extractive summary (central, on-query, non-redundant sentences).
 * No I/O: the CLI, the story module and servers call it on any subset. */
#ifndef FRISE_TLSUM_H
#define FRISE_TLSUM_H
#include <stddef.h>
#include "frise/date.h"
#include "frise/doc.h"
#include "frise/timeline.h"

typedef struct {
  const char *const *query;  /* query words (borrowed); stemmed like the text */
  size_t n_query;
  size_t n_dates;            /* entries wanted; 0: chosen from the collection */
  size_t n_sentences;        /* sentences per date; 0: 1 or 2 by support */
  frise_date from, to;       /* inclusive bounds; prec NONE: open */
  int days_only;             /* no month-level entries (gold timelines are daily) */
  const char *title;         /* copied into the timeline; may be NULL */
  const char *story_id;      /* copied into the timeline; may be NULL */
} frise_tl_opts;

/* Defaults: no query, automatic sizes, open range, months allowed. */
void frise_tl_opts_init(frise_tl_opts *o);

/* What the builder learns once from a collection (sentence vectors, dated
 * mentions, publication counts, the texts it may quote) so several timelines
 * (one per query or per gold timeline's constraints) are built without
 * re-reading it. Documents are added one at a time as they stream in and may
 * be freed right after: the index copies what it needs (about the size of
 * the text), not the annotations. Caller owns; frise_tl_index_free. */
typedef struct frise_tl_index frise_tl_index;
frise_tl_index *frise_tl_index_new(void);       /* NULL on OOM */
/* Indexes one annotated document (frise_annotate done); d stays the
 * caller's. Returns 0, or -1 once sealed. */
int frise_tl_index_add(frise_tl_index *ix, const frise_doc *d);
/* Ends the adding (weights, sorting). Idempotent; builds need it. */
void frise_tl_index_seal(frise_tl_index *ix);
/* new + add each + seal. */
frise_tl_index *frise_tl_index_of(frise_doc *const *docs, size_t n);
void frise_tl_index_free(frise_tl_index *ix);   /* NULL is a no-op */

/* Builds one timeline from a sealed index (NULL if not sealed). Caller owns;
 * frise_timeline_free. The timeline copies every string it shows; its docs
 * array lists only the documents it cites. */
frise_timeline *frise_tl_index_build(const frise_tl_index *ix, const frise_tl_opts *opts);

/* Convenience: index, build, free the index. */
frise_timeline *frise_timeline_build(frise_doc *const *docs, size_t n, const frise_tl_opts *opts);

#endif
