/* lang.h: language packs. All knowledge of a language (stopwords, abbreviations,
 * reporting verbs, temporal lexicon, timeline cues) sits in a pack of readable tables
 * compiled into the binary; the engine has no language branches. Packs are
 * static and immutable: callers borrow them for the life of the program. */
#ifndef FRISE_LANG_H
#define FRISE_LANG_H
#include <stddef.h>

#define FRISE_LANG_PACK_VERSION 1

struct frise_timex_pack;  /* defined by the temporal tagger (src/time) */
struct frise_tl_pack;     /* defined by the timeline builder (src/timeline) */

typedef struct frise_lang {
  int version;                       /* FRISE_LANG_PACK_VERSION */
  const char *code;                  /* "fr" */
  const char *const *aliases;        /* "fra", "french", ...; NULL-terminated */
  const char *stemmer;               /* Snowball algorithm name */
  const char *const *stopwords;      /* lower-case, NULL-terminated */
  const char *const *abbreviations;  /* tokens followed by '.' that do not end a
                                        sentence (without the dot), NULL-terminated */
  const char *const *reporting_verbs;/* lemmas/forms signalling quotes */
  const struct frise_timex_pack *timex;
  const struct frise_tl_pack *timeline; /* NULL: the timeline builder reads no cue */
} frise_lang;

/* Looks up a pack by code or alias, case-insensitively; NULL if none. */
const frise_lang *frise_lang_get(const char *name);
/* The packs, NULL-terminated. */
const frise_lang *const *frise_lang_all(void);
/* 1 if word (lower-cased) is in the NULL-terminated sorted-on-demand list. */
int frise_lang_is_stopword(const frise_lang *l, const char *word, size_t n);
int frise_lang_is_abbreviation(const frise_lang *l, const char *word, size_t n);

#endif
