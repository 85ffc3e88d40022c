/* annotate.h: the per-document pipeline (text layer, then annotators) and the
 * writers of annotated documents (JSON Lines, TimeML). */
#ifndef FRISE_ANNOTATE_H
#define FRISE_ANNOTATE_H
#include "frise/buf.h"
#include "frise/doc.h"

/* Runs every per-document annotator on d, in order. */
void frise_annotate(frise_doc *d);
/* Appends d as one JSON line (with trailing newline) to out. */
void frise_write_jsonl(const frise_doc *d, frise_buf *out);
/* Appends d as an ISO-TimeML document with frise's TIMEX3 tags. */
void frise_write_timeml(const frise_doc *d, frise_buf *out);

#endif
