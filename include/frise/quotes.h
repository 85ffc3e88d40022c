/* quotes.h: quoted speech and its speakers. Finds direct quotes (text between
 * “ and ” after normalisation) and explicit indirect speech ("X a annoncé que
 * ..."), and attributes each to an entity through its reporting clause. Needs
 * the entities layer. The layer lives in d->layers[1]. */
#ifndef FRISE_QUOTES_H
#define FRISE_QUOTES_H
#include <stddef.h>
#include <stdint.h>
#include "frise/doc.h"


typedef struct {
  uint32_t start, end;         /* the quoted words (inside the marks) in d->text */
  uint32_t cue_start, cue_end; /* the attribution (verb and speaker), or 0,0 */
  int32_t speaker;             /* entity index, or -1 when unresolved */
  const char *speaker_name;    /* entity name or the words naming the speaker, or NULL */
  const char *verb;            /* the reporting word as written, or NULL */
  float confidence;            /* 0 (no speaker) .. 1 */
  uint8_t direct;              /* 1: between quote marks; 0: indirect speech */
} frise_quote;

typedef struct {
  frise_quote *quotes; size_t n_quotes;  /* in text order */
} frise_quotes;

/* Annotates d (runs frise_entities_annotate first if its layer is absent) and
 * stores the layer in d->layers[FRISE_SLOT_QUOTES], in the document's arena. */
void frise_quotes_annotate(frise_doc *d);
/* The layer, borrowed from d (valid until frise_doc_free), or NULL if absent. */
const frise_quotes *frise_quotes_get(const frise_doc *d);

#endif
