/* dct_pool.h: lets a stream of annotated documents borrow publication dates
 * from their collection. Dated documents pass straight through (the pool
 * keeps a small stub of each: id, date, full-date expressions); documents
 * without a date are held until the end of the stream, then dated by
 * frise_timex_infer_collection and handed on. Memory: one stub per dated
 * document and the held documents themselves (at most max_held; past that a
 * document without a date passes through undated, with nothing inferred). */
#ifndef FRISE_DCT_POOL_H
#define FRISE_DCT_POOL_H
#include <stddef.h>
#include "frise/doc.h"
#include "frise/reader.h"

typedef struct frise_dct_pool frise_dct_pool;

frise_dct_pool *frise_dct_pool_new(size_t max_held);  /* caller owns; NULL on OOM */
void frise_dct_pool_free(frise_dct_pool *p);           /* frees held documents too */
/* Offers an annotated document. Returns 1 if the pool took it (ownership
 * passes to the pool), 0 if the caller keeps it and should process it now. */
int frise_dct_pool_offer(frise_dct_pool *p, frise_doc *d);
/* Dates the held documents from the collection and hands each to sink (which
 * takes ownership), in arrival order. Returns the sink's first nonzero value. */
int frise_dct_pool_flush(frise_dct_pool *p, frise_doc_sink sink, void *user);

#endif
