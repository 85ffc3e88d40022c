/* packs.c: the manifest of temporal packs compiled into frise. Adding a
 * language is writing src/time/lex_<code>.c and listing its pack here (the
 * strong reference also makes the static library keep the pack's object, so
 * the weak hook in src/lang/<code>.c resolves). */
#include "tx.h"
#include <string.h>

extern const struct frise_timex_pack frise_timex_pack_fr, frise_timex_pack_en;

static const struct frise_timex_pack *const packs[] = {&frise_timex_pack_fr, &frise_timex_pack_en,
                                                       NULL};

const struct frise_timex_pack *tx_pack_find(const char *lang) {
  for (int k = 0; packs[k]; k++)
    if (lang && strcmp(packs[k]->lang, lang) == 0) return packs[k];
  return NULL;
}
