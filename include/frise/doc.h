/* doc.h: the document model. A frise_doc owns its arena; every string and
 * array hanging off it lives there and dies with frise_doc_free. Annotations are
 * byte spans [start, end) into the normalised text `text`; `text_to_raw` maps
 * them back to the original bytes `raw` so outputs can cite the source exactly.
 * Fields are filled by the readers and annotators; other code reads them. */
#ifndef FRISE_DOC_H
#define FRISE_DOC_H
#include <stddef.h>
#include <stdint.h>
#include "frise/arena.h"
#include "frise/date.h"

typedef struct { uint32_t start, end; } frise_span;

enum { FRISE_TOK_WORD = 1, FRISE_TOK_NUM = 2, FRISE_TOK_PUNCT = 3 };
enum { FRISE_TOKF_UPPER_INITIAL = 1, FRISE_TOKF_ALL_CAPS = 2, FRISE_TOKF_ELIDED = 4 };
typedef struct {
  uint32_t start, end;
  uint8_t kind;   /* FRISE_TOK_* */
  uint8_t flags;  /* FRISE_TOKF_* */
} frise_token;

enum { FRISE_SENTF_TITLE = 1, FRISE_SENTF_CAPTION = 2, FRISE_SENTF_HEADING = 4,
       FRISE_SENTF_QUOTE = 8 /* contains quoted speech */ };
typedef struct {
  uint32_t start, end;         /* trimmed of surrounding space */
  uint32_t tok_first, tok_count;
  uint32_t paragraph;          /* index of its paragraph (blank-line separated) */
  uint8_t flags;               /* FRISE_SENTF_* */
} frise_sentence;

typedef enum { FRISE_TIMEX_DATE, FRISE_TIMEX_TIME, FRISE_TIMEX_DURATION, FRISE_TIMEX_SET } frise_timex_type;
typedef enum { FRISE_ANCHOR_NONE, FRISE_ANCHOR_DCT, FRISE_ANCHOR_NARRATIVE } frise_anchor;
typedef struct {
  uint32_t start, end;      /* span in text */
  frise_timex_type type;
  frise_anchor anchor;
  char value[40];           /* TIMEX3 value: "2022-02-22", "P3D", "PAST_REF" */
  char mod[16];             /* TIMEX3 mod ("START", "APPROX", ...) or "" */
  char freq[16];            /* SET frequency ("1W") or "" */
  char quant[16];           /* SET quant ("EVERY") or "" */
  frise_date point;         /* the calendar point it denotes (prec NONE if none):
                               what timelines attach sentences to */
} frise_timex;

typedef enum {
  FRISE_DCT_NONE = 0,   /* unknown, nothing inferred */
  FRISE_DCT_GIVEN,      /* from the input (header, JSON field, TimeML DCT) */
  FRISE_DCT_OVERRIDE,   /* from --dct */
  FRISE_DCT_INFERRED    /* inferred from the document or collection */
} frise_dct_source;

typedef struct frise_doc {
  frise_arena *arena;       /* owns everything below */
  const char *id;           /* stable id (see README: ids) */
  const char *path;         /* file it came from ("-" for stdin) */
  long line;                /* 1-based line for JSON Lines, 0 for whole files */
  const char *url, *title;  /* NULL when unknown */
  const char *publisher;    /* JSON "source" field, NULL when unknown */
  char lang[4];             /* "fr", "en" */
  int lang_given;           /* 1 if lang came from the input or the CLI */

  const char *raw;          /* original body bytes (after UTF-8 repair) */
  size_t raw_len;
  size_t raw_offset;        /* where raw starts in the file (header skipped) */
  char *text;               /* normalised text, NUL-terminated */
  size_t len;
  uint32_t *text_to_raw;    /* len+1 entries: raw offset of each text byte */

  frise_date dct;           /* publication date; prec NONE when unknown */
  frise_dct_source dct_source;
  const char *dct_evidence; /* why an inferred DCT was chosen, or NULL */

  frise_sentence *sentences; size_t n_sentences;
  frise_token *tokens;       size_t n_tokens;
  frise_timex *timexes;      size_t n_timexes;
  void *layers[8];          /* later annotators' layers, by FRISE_SLOT_* */
} frise_doc;

/* Slots of frise_doc.layers: one per annotator that keeps a layer there. */
enum { FRISE_SLOT_ENTITIES = 0, FRISE_SLOT_QUOTES = 1 };

/* Creates an empty document with its own arena; caller owns, frise_doc_free. */
frise_doc *frise_doc_new(void);
void frise_doc_free(frise_doc *d);
/* Copies body into the doc as raw and builds the normalised text and its map. */
void frise_doc_set_body(frise_doc *d, const char *body, size_t n);
/* Copies s into the doc's arena (convenience for readers). */
const char *frise_doc_strdup(frise_doc *d, const char *s);
/* Byte span of the text back in raw. */
frise_span frise_doc_raw_span(const frise_doc *d, frise_span text_span);
/* Index of the sentence containing byte off, or n_sentences. */
size_t frise_doc_sentence_at(const frise_doc *d, uint32_t off);

#endif
