/* qt.h: shared state of the quotes annotator (internal): the document, its
 * entities, the lexicon cues of its tokens, and which tokens lie inside quotes. */
#ifndef FRISE_QT_H
#define FRISE_QT_H
#include "frise/entities.h"
#include "frise/quotes.h"
#include "../ner/ner_lex.h"

typedef struct {
  frise_doc *d;
  const frise_entities *E;
  const uint32_t *fl;     /* NW_* per token */
  uint8_t *in_quote;      /* 1 for tokens between quote marks (marks included) */
  frise_quote *q;
  size_t n, cap;
} qt_ctx;

/* A speaker candidate found in a reporting clause. */
enum { QS_NONE, QS_MENTION, QS_PRONOUN, QS_ROLE };
typedef struct {
  int kind;
  size_t at;  /* mention index (QS_MENTION) or token index (QS_PRONOUN, QS_ROLE) */
  size_t verb;
  size_t cue_first, cue_last;  /* tokens of the attribution */
} qt_subject;

int qt_is_mark(const qt_ctx *x, size_t i, const char *mark);
/* Attribution of the quote whose marks are tokens open and close; fills q's
 * speaker fields (speaker -1 and confidence 0 when none is found). */
void qt_attribute(qt_ctx *x, size_t open, size_t close, frise_quote *q);
/* Resolves a subject to an entity index or -1, setting *conf and *name. */
int32_t qt_resolve(qt_ctx *x, const qt_subject *s, size_t before_tok, float *conf, const char **name);

#endif
