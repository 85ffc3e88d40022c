/* reader.h: turns inputs (files, folders, stdin) into documents. Formats are
 * chosen by extension and content: plain text with a `date` header, JSON Lines,
 * ISO-TimeML. Folders are walked recursively in sorted order. Bad input is
 * reported through the diag with file and line and never stops other input. */
#ifndef FRISE_READER_H
#define FRISE_READER_H
#include <stddef.h>
#include "frise/diag.h"
#include "frise/doc.h"

typedef struct {
  const char *lang;       /* "fr"/"en" to force, NULL or "auto" to detect */
  frise_date dct;         /* --dct: overrides/supplies when prec != NONE */
  size_t max_doc_bytes;   /* bigger documents are truncated (with a warning) */
  frise_diag *diag;       /* borrowed; required */
} frise_read_opts;

/* Receives each document; takes ownership (must frise_doc_free it).
 * Return 0 to go on, nonzero to stop reading. */
typedef int (*frise_doc_sink)(frise_doc *doc, void *user);

void frise_read_opts_init(frise_read_opts *o, frise_diag *diag);
/* Reads every path ("-" is stdin). Returns 0, or the sink's nonzero value. */
int frise_read_paths(const frise_read_opts *o, const char *const *paths, size_t n,
                     frise_doc_sink sink, void *user);
/* Reads one in-memory input as if it were the file `name` (fuzzing, servers). */
int frise_read_memory(const frise_read_opts *o, const char *name, const char *id,
                      const char *data, size_t n, frise_doc_sink sink, void *user);

/* ---- parsers shared with the scorers ---- */
/* A TIMEX3 element found in TimeML, with its span in the tag-stripped text. */
typedef struct {
  size_t start, end;
  const char *tid, *type, *value, *mod, *anchor, *freq, *quant; /* NULL if absent */
} frise_tml_timex;
typedef struct {
  const char *docid;
  const char *dct_value;     /* CREATION_TIME TIMEX3 value, NULL if none */
  char *text;                /* content of <TEXT>, tags removed, entities decoded */
  size_t text_len;
  size_t text_offset;        /* byte offset of <TEXT>'s content in the file */
  frise_tml_timex *timexes;  /* inside <TEXT> only */
  size_t n_timexes;
} frise_tml;
/* Parses TimeML into arena-owned parts. Returns 0, or -1 with *err set. */
int frise_tml_parse(frise_arena *a, const char *xml, size_t n, frise_tml *out, const char **err);

#endif
