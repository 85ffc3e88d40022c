/* detok.h: undoes tokenisation artefacts so sentences read like prose.
 * Corpora tokenised the Penn Treebank way (TimeBank, TempEval, Timeline17)
 * carry "-LRB-", "``", "do n't", "word ,": renderers and the summariser show
 * the cleaned form. Pure functions; the caller owns every buffer. */
#ifndef FRISE_DETOK_H
#define FRISE_DETOK_H
#include <stddef.h>
#include "frise/arena.h"
#include "frise/buf.h"

/* Appends the cleaned form of s[0..n) to out (NUL-terminated) and returns the
 * bytes appended. Whitespace runs become one space; the result is trimmed.
 * lang ("fr", "en", NULL when unknown) only changes French typography: in
 * French the space before ; : ! ? % and inside « » is kept, and spaced curly
 * quotes “ x ” (what normalisation leaves of « x ») become « x » again;
 * elsewhere those spaces are removed. Clean prose comes back unchanged and
 * the function is idempotent, so it is safe to apply twice. */
size_t frise_text_detokenise(const char *s, size_t n, const char *lang, frise_buf *out);

/* Convenience: the cleaned copy of NUL-terminated s, allocated in a (valid
 * until the arena is reset or freed). NULL s gives NULL. */
char *frise_text_detokenise_dup(frise_arena *a, const char *s, const char *lang);

#endif
