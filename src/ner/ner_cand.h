/* ner_cand.h: candidate names found by src/ner/candidates.c and merged into
 * entities by src/ner/entities.c (internal). */
#ifndef FRISE_NER_CAND_H
#define FRISE_NER_CAND_H
#include "frise/doc.h"
#include "ner_lex.h"

typedef struct {
  uint32_t first, last;      /* name tokens, inclusive */
  uint8_t strong, weak;      /* NER_NAME_* voted by a strong / a weak cue, or 0 */
  uint8_t gazetteer;         /* NER_NAME_* if the whole name is listed */
  uint8_t unsure;            /* sentence-initial unknown word: kept only as an alias */
  uint8_t role_of;           /* complement of a title ("porte-parole de X") */
  uint8_t person_like;       /* multi-word name that may be shortened to its last word */
  const char *role, *role_adj;  /* lexicon keys, or NULL */
  int32_t entity;
} ner_cand;

typedef struct {
  frise_doc *d;
  const ner_lexicon *lx;
  uint32_t *tflags;  /* NW_* flags of each token, filled on demand: read with FL() */
  uint8_t *timex;    /* 1 where a token lies inside a temporal expression */
  ner_cand *c;
  size_t n, cap;
} ner_ctx;

#define FL(x, i) ner_flags_at((x)->lx, (x)->d, (x)->tflags, (i))

/* Allocates ctx->tflags (empty) and fills ctx->timex (arrays in the arena). */
void ner_token_flags(ner_ctx *x);
/* Appends the candidates of sentence s to ctx->c, in text order. */
void ner_sentence_candidates(ner_ctx *x, const frise_sentence *s);

#endif
