/* timex.h: the temporal tagger. Finds temporal expressions in a prepared
 * document (text layer done) and normalises them to TIMEX3 values anchored on
 * the publication date, filling d->timexes in the document's arena. */
#ifndef FRISE_TIMEX_H
#define FRISE_TIMEX_H
#include "frise/doc.h"

/* Annotates one document. When d->dct is unknown it infers one from the
 * document (setting dct_source = FRISE_DCT_INFERRED and dct_evidence) or leaves
 * it unknown; it never uses today's date. */
void frise_timex_annotate(frise_doc *d);
/* Collection-level DCT inference, after frise_timex_annotate on every
 * document: an undated document sharing explicit day-month dates with a dated
 * one takes its publication month; else, when all dated documents share one
 * year, that year. Sets dct_source = FRISE_DCT_INFERRED and dct_evidence and
 * re-annotates the documents it dates. The array and documents are borrowed. */
void frise_timex_infer_collection(frise_doc *const *docs, size_t n);
const char *frise_timex_type_name(frise_timex_type t);  /* "DATE", ... */
const char *frise_anchor_name(frise_anchor a);          /* "dct", ... */

#endif
