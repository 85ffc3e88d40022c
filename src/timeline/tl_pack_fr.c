/* tl_pack_fr.c: what the timeline builder knows of French: the words that
 * show a sentence reports the news of its day, speech verbs and attribution
 * tails, and the edges a timeline line leaves out. Reached through
 * frise_lang_fr.timeline (src/lang/fr.c). */
#include "tl_internal.h"

static const char *const past[] = {
  "aujourd'hui", "hier", "était", "étaient", "avait", "avaient", "fut", "furent", "eut",
  "déclara", "annonça", NULL};
static const char *const aux[] = {
  "a", "ont", "avait", "avaient", "est", "sont", "était", "étaient", "ai", "avons", "avez",
  "sommes", "été", "eu", NULL};
static const char *const part[] = {
  "é", "ée", "és", "ées", "i", "ie", "is", "ies", "u", "ue", "us", "ues", "it", "ite",
  "ert", "erte", "int", "inte", NULL};
static const char *const speech[] = {
  "indiqué", "déclaré", "affirmé", "estimé", "souligné", "expliqué", "annoncé", "précisé",
  "assuré", "dit", "ajouté", "jugé", "rappelé", "averti", "prévenu", "martelé", "insisté",
  "reconnu", "répété", "confié", "fait", "savoir", "déclare", "affirme", "estime", "indique",
  "souligne", "explique", "assure", "ajoute", "juge", "rappelle", "avertit", "dit", NULL};
static const char *const comp[] = {"que", "qu", "qu'", "qu\xe2\x80\x99", NULL};
static const char *const weak[] = {"fait", NULL};
static const char *const lead[] = {
  "en", "après", "avant", "lors", "depuis", "alors", "mais", "cependant", "pourtant", "par",
  "selon", "dans", "à", "au", "aux", "hier", "aujourd'hui", "enfin", "ainsi", "toutefois",
  "dès", "outre", "d'après", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
  "dimanche", "jusqu'à", "pendant", "durant", "entre-temps", "parallèlement",
  "désormais", "début", "fin", "mi", NULL};
static const char *const tail_open[] = {"selon", "d'après", NULL};
static const char *const no_start[] = {"et", "ou", "que", "qu'", "qui", "où", "dont", NULL};
static const char *const rel[] = {"qui", "dont", "lequel", "laquelle", "lesquels", "lesquelles", NULL};
/* "ce matin", "ce soir": today; "ce" alone is too common to tell */
static const char *const this_words[] = {"ce", NULL};
static const char *const day_parts[] = {"matin", "soir", "midi", NULL};

const struct frise_tl_pack frise_tl_pack_fr = {
  .version = 1, .lang = "fr",
  .past_forms = past, .aux = aux, .participle_endings = part, .past_endings = NULL, .min_stem = 2,
  .this_words = this_words, .day_parts = day_parts,
  .speech_verbs = speech, .comp = comp, .tail_after = NULL, .weak_verbs = weak,
  .lead = lead, .tail_open = tail_open, .rel = rel, .no_start = no_start,
};
