/* tl_packs.c: the manifest of the timeline builder's language packs. Adding
 * a language is writing src/timeline/tl_pack_<code>.c and listing it here
 * (the strong reference also makes the static library keep the pack's
 * object, so the weak hook in src/lang/<code>.c resolves). */
#include <string.h>
#include "tl_internal.h"

extern const struct frise_tl_pack frise_tl_pack_fr, frise_tl_pack_en;

static const struct frise_tl_pack *const packs[] = {&frise_tl_pack_fr, &frise_tl_pack_en, NULL};

const struct frise_tl_pack *tl_pack(const char *lang) {
  for (int k = 0; lang && packs[k]; k++)
    if (strcmp(packs[k]->lang, lang) == 0) return packs[k];
  return NULL;
}
