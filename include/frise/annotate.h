/* annotate.h: the per-document pipeline (text layer, then annotators) and the
 * writers of annotated documents (JSON Lines, TimeML). */
#ifndef FRISE_ANNOTATE_H
#define FRISE_ANNOTATE_H
#include "frise/buf.h"
#include "frise/doc.h"

/* Layers of the per-document pipeline; the text layer always runs. */
enum {
  FRISE_LAYER_TIMEX = 1,     /* temporal expressions (and an inferred DCT) */
  FRISE_LAYER_ENTITIES = 2,  /* people, organisations, places */
  FRISE_LAYER_QUOTES = 4,    /* quotes and speakers (implies entities) */
  FRISE_LAYER_ALL = 7
};
/* Runs every per-document annotator on d, in order. */
void frise_annotate(frise_doc *d);
/* Runs the text layer and the annotators named in `layers` (FRISE_LAYER_*):
 * stages that need only dates skip the costlier entity and quote passes. */
void frise_annotate_layers(frise_doc *d, unsigned layers);
/* Appends d as one JSON line (with trailing newline) to out. */
void frise_write_jsonl(const frise_doc *d, frise_buf *out);
/* Appends d as an ISO-TimeML document with frise's TIMEX3 tags. */
void frise_write_timeml(const frise_doc *d, frise_buf *out);

#endif
