/* ner_lex.h: the entity and quote lexicons (internal). Each language lists its
 * cue words and gazetteer as readable tables (src/ner/lex_<code>.c); they are
 * folded (lower case, no accents) into one hash table per language, built once
 * on first use, so every look-up during annotation is one probe. */
#ifndef FRISE_NER_LEX_H
#define FRISE_NER_LEX_H
#include <stddef.h>
#include <stdint.h>
#include "frise/doc.h"

enum {
  NW_TITLE = 1u << 0,       /* role or title naming a person: président, spokesman */
  NW_HONORIFIC = 1u << 1,   /* M., Mme, Mr: a person's name follows */
  NW_ORG_CUE = 1u << 2,     /* ministère, University, Inc: the name is an organisation */
  NW_PLACE_PREP = 1u << 3,  /* à, en, in: a capitalised word after it is likely a place */
  NW_PARTICLE = 1u << 4,    /* van, von, bin: always joins two capitalised words */
  NW_PARTICLE_DE = 1u << 5, /* de, du, of: joins only after an organisation cue or given name */
  NW_GIVEN = 1u << 6,       /* given name: the name is a person */
  NW_NOT_ENTITY = 1u << 7,  /* capitalised but never an entity alone: Les, Russes, I */
  NW_COMPLEMENT = 1u << 8,  /* ministry portfolio: Affaires, Défense, State */
  NW_REPORT = 1u << 9,      /* reporting verb or participle */
  NW_PRONOUN = 1u << 10,    /* subject pronoun: il, elle, he, she */
  NW_AUX = 1u << 11,        /* auxiliary between subject and participle: a, has */
  NW_ADVERB = 1u << 12,     /* may sit inside a reporting clause: toutefois, also */
  NW_DET = 1u << 13,        /* determiner opening a role phrase: le, la, the */
  NW_THAT = 1u << 14,       /* complementiser of indirect speech: que, that */
  NW_ACCORDING = 1u << 15,  /* selon, according: the next name is the source */
  NW_ADJ = 1u << 16,        /* nationality adjective qualifying a role: russe */
  NW_INDEF = 1u << 17,      /* indefinite determiner: un, une, a, an */
  NW_AGENT = 1u << 18       /* par, by: the name after it is not the subject */
};

typedef struct {
  const char *const *words;  /* NULL-terminated */
  uint32_t flags;            /* NW_* given to every word */
} ner_list;

enum { NER_NAME_NONE = 0, NER_NAME_PERSON, NER_NAME_ORG, NER_NAME_PLACE };
typedef struct {
  const char *const *names;  /* full names as written, NULL-terminated */
  int type;                  /* NER_NAME_* */
} ner_gazetteer;

typedef struct ner_pack {
  const char *lang;
  const ner_list *lists;          /* terminated by {NULL, 0} */
  const ner_gazetteer *gazetteer; /* terminated by {NULL, 0} */
} ner_pack;

typedef struct ner_lexicon ner_lexicon;
/* The lexicon of a language ("fr", "en"; French when unknown). Static: valid
 * for the life of the program; thread-safe to get and to read. */
const ner_lexicon *ner_lexicon_for(const char *lang);
/* frise_utf8_fold (same bytes out, out has room for 2n + 1), faster on ASCII
 * and the accented letters of Latin-1; call it after ner_lexicon_for (which
 * builds its table under the lock). */
size_t ner_fold(const char *s, size_t n, char *out);
/* NW_* flags of a word as written (folded here); 0 if unknown. */
uint32_t ner_word_flags(const ner_lexicon *lx, const char *s, size_t n);
/* NER_NAME_* of a full name as written; NER_NAME_NONE if not listed. */
int ner_name_type(const ner_lexicon *lx, const char *s, size_t n);
/* The lexicon's own folded copy of s if s is a listed word, else NULL. */
const char *ner_word_key(const ner_lexicon *lx, const char *s, size_t n);
/* NW_* flags of token i of document d (a frise_doc), looked up on first use
 * and kept in cache (n_tokens entries, initialised to NER_FLAGS_UNKNOWN): only
 * the words rules actually inspect cost a probe. Hyphenated titles
 * ("porte-parole") give their flags to their last word. */
#define NER_FLAGS_UNKNOWN UINT32_MAX
#define NER_NAME_SHIFT 24 /* the cache also keeps a word's NER_NAME_* in bits 24-25 */
#define NER_NAME_OF(flags) ((int)(((flags) >> NER_NAME_SHIFT) & 3))
uint32_t ner_flags_lookup(const ner_lexicon *lx, const void *d, uint32_t *cache, size_t i);
/* Inline: the rules read the same few tokens many times, and a cache hit
 * should cost a load, not a call. */
static inline uint32_t ner_flags_at(const ner_lexicon *lx, const void *d, uint32_t *cache, size_t i) {
  if (i >= ((const frise_doc *)d)->n_tokens) return 0;
  return cache[i] != NER_FLAGS_UNKNOWN ? cache[i] : ner_flags_lookup(lx, d, cache, i);
}

/* Key of the word at token i of text, or of the hyphenated compound it ends
 * ("porte-parole" for "parole"), or NULL if neither is listed. */
const char *ner_token_key(const ner_lexicon *lx, const char *text, const void *tokens, size_t i);

#endif
