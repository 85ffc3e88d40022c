/* entities.h: rule-based named entities (people, organisations, places). One
 * pass over a prepared, time-tagged document finds mentions as byte spans into
 * d->text and merges aliases within the document ("Joe Biden", "Biden") into
 * one entity with a per-document id. The layer lives in d->layers[0]. */
#ifndef FRISE_ENTITIES_H
#define FRISE_ENTITIES_H
#include <stddef.h>
#include <stdint.h>
#include "frise/doc.h"


typedef enum { FRISE_ENT_PERSON, FRISE_ENT_ORG, FRISE_ENT_PLACE } frise_entity_type;

typedef struct {
  uint32_t start, end;          /* span of the name in d->text (titles excluded) */
  uint32_t tok_first, tok_last; /* token indices of the name, inclusive */
  uint32_t entity;              /* index into frise_entities.entities */
} frise_mention;

typedef struct {
  const char *name;        /* canonical name: the longest mention's text */
  frise_entity_type type;  /* decided from the cues of all its mentions */
  const char *role;        /* folded title seen before it ("porte-parole"), or NULL */
  const char *role_adj;    /* word qualifying the role ("russe"), or NULL */
  uint32_t first_mention;  /* index into mentions */
} frise_entity;

typedef struct {
  frise_mention *mentions; size_t n_mentions;  /* in text order */
  frise_entity *entities;  size_t n_entities;
  int32_t *mention_at_tok; /* d->n_tokens entries: mention covering the token, or -1 */
  uint32_t *word_flags;     /* d->n_tokens entries: lexicon cues of each token, filled on
                               demand; for the quotes pass (internal, see src/ner) */
} frise_entities;

/* Annotates d (text layer and temporal tagger done) and stores the layer in
 * d->layers[FRISE_SLOT_ENTITIES], in the document's arena. */
void frise_entities_annotate(frise_doc *d);
/* The layer, borrowed from d (valid until frise_doc_free), or NULL if absent. */
const frise_entities *frise_entities_get(const frise_doc *d);
const char *frise_entity_type_name(frise_entity_type t);  /* "PERSON", ... */

#endif
