/* stem.c: Snowball stemming through libstemmer, on lower-cased words. */
#include "frise/lang.h"
#include "frise/text.h"
#include "frise/utf8.h"
#include <libstemmer.h>
#include <stdlib.h>

struct frise_stemmer {
  struct sb_stemmer *sb;
  char low[256];
};

frise_stemmer *frise_stemmer_new(const char *lang) {
  const frise_lang *l = frise_lang_get(lang);
  if (!l || !l->stemmer) return NULL;
  frise_stemmer *s = calloc(1, sizeof *s);
  if (!s) return NULL;
  s->sb = sb_stemmer_new(l->stemmer, "UTF_8");
  if (!s->sb) {
    free(s);
    return NULL;
  }
  return s;
}

void frise_stemmer_free(frise_stemmer *s) {
  if (!s) return;
  sb_stemmer_delete(s->sb);
  free(s);
}

const char *frise_stemmer_stem(frise_stemmer *s, const char *word, size_t n, size_t *out_len) {
  /* Cut long words at a character boundary; word[cap] exists since n > cap
   * (never read word[n]: the word need not be NUL-terminated). */
  const size_t cap = (sizeof s->low - 1) / 2;
  if (n > cap) n = frise_utf8_char_start(word, cap);
  size_t l = frise_utf8_lower(word, n, s->low);
  const sb_symbol *r = sb_stemmer_stem(s->sb, (const sb_symbol *)s->low, (int)l);
  if (!r) { /* out of memory inside libstemmer: fall back to the lower-cased word */
    if (out_len) *out_len = l;
    return s->low;
  }
  if (out_len) *out_len = (size_t)sb_stemmer_length(s->sb);
  return (const char *)r;
}
