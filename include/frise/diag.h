/* diag.h: diagnostics about inputs. Every message names its file (and line or
 * byte offset) and goes to the diagnostic sink (stderr by default). The counters
 * decide the exit status: any rejected input makes frise exit with 1. */
#ifndef FRISE_DIAG_H
#define FRISE_DIAG_H
#include <stdio.h>

typedef struct {
  FILE *out;        /* where messages go; borrowed */
  int quiet;        /* suppress warnings (errors still print) */
  long warnings;    /* input repaired or degraded, still processed */
  long rejected;    /* inputs (files, lines) that produced no document */
} frise_diag;

void frise_diag_init(frise_diag *d, FILE *out);
/* where: "file", "file:line" or "file@byte"; formatted like compilers do. */
void frise_diag_warn(frise_diag *d, const char *where, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void frise_diag_reject(frise_diag *d, const char *where, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Exit codes (documented in frise(1)). */
enum { FRISE_EXIT_OK = 0, FRISE_EXIT_REJECTED = 1, FRISE_EXIT_USAGE = 2, FRISE_EXIT_FATAL = 3 };

#endif
