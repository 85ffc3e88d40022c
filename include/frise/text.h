/* text.h: the text layer. Normalisation (NFC, one apostrophe and quote form,
 * spaces), sentence splitting, tokenisation, Snowball stemming and language
 * identification. Functions fill layers of a frise_doc in its arena. */
#ifndef FRISE_TEXT_H
#define FRISE_TEXT_H
#include <stddef.h>
#include <stdint.h>
#include "frise/buf.h"
#include "frise/doc.h"

/* Normalises in[0..n) into out, appending for each output byte the input
 * offset it came from into map (map may be NULL). Rules: NFC; ’‘ʼ` -> ';
 * « “ „ and opening " -> “; » ” and closing " -> ”; NBSP, thin and other
 * spaces -> ' '; soft hyphen and zero-width characters dropped; CRLF -> LF. */
void frise_text_normalise(const char *in, size_t n, frise_buf *out, uint32_t **map,
                          size_t *map_cap);

/* Fills d->tokens. */
void frise_text_tokenise(frise_doc *d);
/* Fills d->sentences (needs tokens); uses the language pack's abbreviations. */
void frise_text_split_sentences(frise_doc *d);
/* Sets d->lang unless d->lang_given: "fr" or "en" by stopword evidence. */
void frise_text_detect_lang(frise_doc *d);
/* Runs detect_lang, tokenise and split_sentences. */
void frise_text_prepare(frise_doc *d);

/* Snowball stemmer for a language; thread-confined: one per worker.
 * frise_stemmer_stem returns a pointer valid until the next call. */
typedef struct frise_stemmer frise_stemmer;
frise_stemmer *frise_stemmer_new(const char *lang);  /* NULL if unknown */
void frise_stemmer_free(frise_stemmer *s);
const char *frise_stemmer_stem(frise_stemmer *s, const char *word, size_t n, size_t *out_len);

#endif
