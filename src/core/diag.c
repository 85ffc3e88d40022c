/* diag.c: input diagnostics, in the file:line: level: message form. */
#include "frise/diag.h"
#include <stdarg.h>

void frise_diag_init(frise_diag *d, FILE *out) {
  d->out = out ? out : stderr;
  d->quiet = 0;
  d->warnings = 0;
  d->rejected = 0;
}

static void emit(frise_diag *d, const char *where, const char *level, const char *fmt, va_list ap) {
  fprintf(d->out, "%s: %s: ", where ? where : "frise", level);
  vfprintf(d->out, fmt, ap);
  fputc('\n', d->out);
}

void frise_diag_warn(frise_diag *d, const char *where, const char *fmt, ...) {
  d->warnings++;
  if (d->quiet) return;
  va_list ap;
  va_start(ap, fmt);
  emit(d, where, "warning", fmt, ap);
  va_end(ap);
}

void frise_diag_reject(frise_diag *d, const char *where, const char *fmt, ...) {
  d->rejected++;
  va_list ap;
  va_start(ap, fmt);
  emit(d, where, "error", fmt, ap);
  va_end(ap);
}
