/* timex.c: placeholder tagger until the rule engine lands (issue 3). */
#include "frise/timex.h"

void frise_timex_annotate(frise_doc *d) { (void)d; }

const char *frise_timex_type_name(frise_timex_type t) {
  static const char *names[] = {"DATE", "TIME", "DURATION", "SET"};
  return (unsigned)t <= FRISE_TIMEX_SET ? names[t] : "DATE";
}

const char *frise_anchor_name(frise_anchor a) {
  static const char *names[] = {"none", "dct", "narrative"};
  return (unsigned)a <= FRISE_ANCHOR_NARRATIVE ? names[a] : "none";
}
