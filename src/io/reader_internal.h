/* reader_internal.h: what the format readers share with the path walker. */
#ifndef FRISE_READER_INTERNAL_H
#define FRISE_READER_INTERNAL_H
#include <stdint.h>
#include "frise/buf.h"
#include "frise/reader.h"

typedef struct {
  const frise_read_opts *o;
  frise_doc_sink sink;
  void *user;
  int stop;                 /* the sink's nonzero answer */
  uint64_t *ids;            /* open-addressing set of id hashes seen this run */
  size_t ids_cap, ids_n;
} read_ctx;

typedef enum { FMT_TEXT, FMT_JSONL, FMT_TML } input_format;

/* Each takes a whole input already checked for NUL bytes and emptiness. */
void frise_read_text(read_ctx *c, const char *name, const char *id, const char *data, size_t n);
void frise_read_tml(read_ctx *c, const char *name, const char *id, const char *data, size_t n);
/* JSON Lines are streamed: one line at a time from f. */
void frise_read_jsonl_stream(read_ctx *c, const char *name, FILE *f);
void frise_read_jsonl_memory(read_ctx *c, const char *name, const char *data, size_t n);

/* Finishes a document built by a reader: applies --dct and --lang, hands it on. */
void frise_reader_emit(read_ctx *c, frise_doc *d);
/* Parses a date given by the input; warns and leaves prec NONE if impossible. */
void frise_reader_set_dct(read_ctx *c, frise_doc *d, const char *where, const char *s, size_t n);
/* Repairs invalid UTF-8 in place of data (into tmp) with one warning. */
const char *frise_reader_check_utf8(read_ctx *c, const char *where, const char *data, size_t *n,
                                    frise_buf *tmp);

#endif
