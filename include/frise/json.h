/* json.h: JSON writing helpers (into a frise_buf) and a small DOM parser whose
 * values live in a caller-provided arena. The parser reports the byte offset
 * and reason of the first error, never crashes on hostile input, and bounds
 * nesting depth. */
#ifndef FRISE_JSON_H
#define FRISE_JSON_H
#include <stddef.h>
#include "frise/arena.h"
#include "frise/buf.h"

/* Writes s as a JSON string literal (with quotes), escaping as needed. */
void frise_json_str(frise_buf *b, const char *s, size_t n);
void frise_json_cstr(frise_buf *b, const char *s); /* NULL writes null */

typedef enum { FRISE_JNULL, FRISE_JFALSE, FRISE_JTRUE, FRISE_JNUM, FRISE_JSTR,
               FRISE_JARR, FRISE_JOBJ } frise_jtype;

typedef struct frise_json frise_json;
struct frise_json {
  frise_jtype type;
  double num;
  char *str;          /* JSTR: decoded UTF-8, NUL-terminated; len below */
  size_t len;         /* JSTR: bytes; JARR/JOBJ: number of items */
  frise_json **items; /* JARR/JOBJ: values */
  char **keys;        /* JOBJ: keys, parallel to items */
};

/* Parses text[0..n). Returns the root (in arena) or NULL; on error *err_off
 * receives the byte offset and *err_msg a static description. */
frise_json *frise_json_parse(frise_arena *a, const char *text, size_t n,
                             size_t *err_off, const char **err_msg);
const frise_json *frise_json_get(const frise_json *obj, const char *key); /* borrowed or NULL */
const char *frise_json_string(const frise_json *v); /* JSTR's text, else NULL */

#endif
