/* fr.c: the French language pack (general tables; the temporal lexicon is in
 * src/time/lex_fr.c and hooked in through .timex; the timeline cues are src/timeline/tl_pack_fr.c,
 * hooked in through .timeline). */
#include "frise/lang.h"
#include <stddef.h>

static const char *const aliases[] = {"fra", "fre", "french", "francais", "français", NULL};

static const char *const stopwords[] = {
  "a", "à", "afin", "ai", "ainsi", "alors", "après", "au", "aucun", "aucune", "aujourd'hui",
  "auprès", "aussi", "autre", "autres", "aux", "avaient", "avait", "avant", "avec", "avoir",
  "c'", "ce", "ceci", "cela", "celle", "celles", "celui", "cependant", "ces", "cet", "cette",
  "ceux", "chaque", "chez", "comme", "comment", "d'", "dans", "de", "depuis", "des", "deux",
  "donc", "dont", "du", "elle", "elles", "en", "encore", "entre", "est", "et", "été", "être",
  "eu", "eux", "fait", "faire", "fois", "font", "ici", "il", "ils", "j'", "je", "jusqu'", "l'",
  "la", "le", "les", "leur", "leurs", "lors", "lui", "m'", "mais", "me", "même", "mêmes", "mes",
  "moi", "mon", "n'", "ne", "ni", "non", "nos", "notre", "nous", "on", "ont", "ou", "où", "par",
  "parce", "pas", "peu", "peut", "plus", "pour", "pourquoi", "puis", "qu'", "quand", "que",
  "quel", "quelle", "quelles", "quels", "qui", "quoi", "s'", "sa", "sans", "se", "selon", "ses",
  "si", "sien", "son", "sont", "sous", "sur", "ta", "tandis", "te", "tes", "toi", "ton", "tous",
  "tout", "toute", "toutes", "très", "tu", "un", "une", "vers", "via", "vos", "votre", "vous",
  "y", "été", "étaient", "était", "étant", "sera", "seront", "serait", "ainsi", "déjà", NULL};

/* Followed by a full stop, these do not end a sentence (case-sensitive). */
static const char *const abbreviations[] = {
  "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Dr", "Drs", "Pr", "Me", "Mgr", "St", "Ste",
  "etc", "cf", "p", "pp", "vol", "n", "no", "art", "av", "bd", "boul", "env", "ex", "fig",
  "hab", "janv", "févr", "fév", "avr", "juil", "sept", "oct", "nov", "déc", "lun", "mar",
  "mer", "jeu", "ven", "sam", "dim", "C", "J", "Cie", "Ets", "Gén", "Gal", "Col", "Lt", "Cdt",
  "Capt", "Sgt", "Inc", "Ltd", "Corp", "Jr", "Sr", "cap", "chap", "éd", "coll", "dir", "trad",
  "min", "max", "tél", "apr", "av", "env", "resp", "vs", "c", "ca", NULL};

static const char *const reporting_verbs[] = {
  "déclaré", "dit", "affirmé", "indiqué", "annoncé", "souligné", "ajouté", "expliqué",
  "estimé", "assuré", "précisé", "rappelé", "averti", "prévenu", "martelé", "insisté",
  "poursuivi", "confié", "jugé", "répondu", "reconnu", "démenti", "dénoncé", "lancé",
  "déclare", "dit", "affirme", "indique", "annonce", "souligne", "ajoute", "explique",
  "déclarait", "disait", "affirmait", "expliquait", "ajoutait", "estime", "assure", "précise",
  "rappelle", "insiste", "martèle", "avertit", "prévient", "confie", "juge", "répond",
  "reconnaît", "dément", "dénonce", "lance", "poursuit", "conclut", "conclu", "raconté",
  "raconte", "témoigné", "témoigne", "commenté", "commente", "confirmé", "confirme",
  "répété", "répète", "écrit", "tweeté", "déploré", "déplore", "regretté", "regrette",
  "admis", "admet", "plaidé", "plaide", "argué", "fait valoir", "observé", "noté", "relevé",
  "ironisé", "promis", "promet", "menacé", "dit-il", "dit-elle", "déclarant", "affirmant",
  "ajoutant", "expliquant", "estimant", "soulignant", "précisant", "assurant", "insistant",
  "rappelant", "indiquant", "annonçant", "jugeant", "dénonçant", "prévenant", "avertissant",
  "s'exclame", "exclamé", NULL};

extern const struct frise_timex_pack frise_timex_pack_fr __attribute__((weak));
extern const struct frise_tl_pack frise_tl_pack_fr __attribute__((weak));

const frise_lang frise_lang_fr = {
  FRISE_LANG_PACK_VERSION, "fr", aliases, "french", stopwords, abbreviations, reporting_verbs,
  &frise_timex_pack_fr, &frise_tl_pack_fr};
