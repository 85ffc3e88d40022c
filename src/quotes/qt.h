/* qt.h: shared state of the quotes annotator (internal): the document, its
 * entities, the lexicon cues of its tokens, and which tokens lie inside quotes. */
#ifndef FRISE_QT_H
#define FRISE_QT_H
#include "frise/entities.h"
#include "frise/quotes.h"
#include "../ner/ner_lex.h"
#include <string.h>

typedef struct {
  frise_doc *d;
  const frise_entities *E;
  uint32_t *fl;           /* NW_* per token, filled on demand: read with QFL() */
  const ner_lexicon *lx;
  uint8_t *in_quote;      /* 1 for tokens between quote marks (marks included) */
  uint8_t *quoted_sentence; /* 1 for sentences holding a quote mark */
  frise_quote *q;
  size_t n, cap;
} qt_ctx;

/* A speaker candidate found in a reporting clause. */
enum { QS_NONE, QS_MENTION, QS_PRONOUN, QS_ROLE,
       QS_PHRASE /* unresolved words naming the source: "la même source" */ };
typedef struct {
  int kind;
  size_t at;  /* mention index (QS_MENTION) or first token (the others) */
  size_t verb;
  size_t cue_first, cue_last;  /* tokens of the attribution */
} qt_subject;

#define QFL(x, i) ner_flags_at((x)->lx, (x)->d, (x)->fl, (i))

/* 1 if token i is exactly the punctuation mark (inline: called on every mark). */
static inline int qt_is_mark(const qt_ctx *x, size_t i, const char *mark) {
  const frise_token *t = &x->d->tokens[i];
  size_t n = strlen(mark);
  return t->kind == FRISE_TOK_PUNCT && t->end - t->start == n && x->d->text[t->start] == mark[0] &&
         memcmp(x->d->text + t->start, mark, n) == 0;
}
/* Attribution of the quote whose marks are tokens open and close; fills q's
 * speaker fields (speaker -1 and confidence 0 when none is found). */
void qt_attribute(qt_ctx *x, size_t open, size_t close, frise_quote *q);
/* Resolves a subject to an entity index or -1, setting *conf and *name. */
int32_t qt_resolve(qt_ctx *x, const qt_subject *s, size_t before_tok, float *conf, const char **name);

#endif
