/* rouge_stopwords.c: the stopword lists the ROUGE scorer removes (the `-s`
 * option of ROUGE-1.5.5). Written for frise: common function words, auxiliary
 * verbs, pronouns, frequent adverbs and single letters. ROUGE-1.5.5 ships its
 * own, longer English list (about 570 words); ours is shorter, so scores may
 * differ slightly from official figures (see doc/eval-timeline.md).
 * Words are separated by spaces; the French list is in lower-case UTF-8 and
 * holds the pieces left by splitting at apostrophes (l, d, qu, jusqu). */
#include "frise/rouge.h"
#include <string.h>

static const char english[] =
    /* articles, determiners, quantifiers */
    "a an the this that these those some any each every either neither no none all both "
    "several many much more most few fewer least less little enough such own other others "
    "another same certain various "
    /* pronouns */
    "i me my mine myself we us our ours ourselves you your yours yourself yourselves he him his "
    "himself she her hers herself it its itself they them their theirs themselves one ones "
    "oneself who whom whose which what whatever whichever whoever whomever someone somebody "
    "something somewhere anyone anybody anything anywhere everyone everybody everything "
    "everywhere nobody nothing nowhere "
    /* prepositions */
    "about above across after against along alongside amid amidst among amongst around as at "
    "before behind below beneath beside besides between beyond by despite down during except "
    "for from in inside into like near of off on onto out outside over past per since than "
    "through throughout till to toward towards under underneath unlike until unto up upon via "
    "with within without "
    /* conjunctions and connectives */
    "and but or nor so yet if unless whether while whilst although though because since once "
    "whereas whereby wherein whereupon whenever wherever hence thus therefore thereby therein "
    "thereafter thereupon otherwise however moreover furthermore nevertheless nonetheless "
    "meanwhile accordingly consequently instead rather else "
    /* auxiliaries and light verbs */
    "be am is are was were been being have has had having do does did doing done will would "
    "shall should can could may might must ought need needs get gets got getting go goes going "
    "gone went let lets say says said saying see seen seem seems seemed "
    "become becomes became come comes came use used "
    /* adverbs */
    "not very too also just only even still already again ever never always often sometimes "
    "usually perhaps maybe quite almost nearly really actually indeed here there where when why "
    "how now then soon later away back well far further yes forth upward downward "
    "especially particularly mainly mostly merely simply probably possibly certainly clearly "
    "likely unlikely together apart across anyhow anyway somehow somewhat sometime "
    /* frequent adjectives that carry little content */
    "new old first last next former latter second third able available "
    "according regarding concerning following given "
    /* number words */
    "one two three four five "
    /* contraction pieces left after punctuation is removed */
    "s t d ll m re ve can cannot "
    /* single letters */
    "b c e f g h j k l n o p q r u v w x y z";

static const char french[] =
    /* articles and determiners */
    "le la les l un une des du de d au aux ce cet cette ces mon ma mes ton ta tes son sa ses "
    "notre nos votre vos leur leurs quel quelle quels quelles chaque plusieurs certains "
    "certaines tout toute tous toutes aucun aucune autre autres même mêmes tel telle tels "
    "telles "
    /* pronouns */
    "je j me m moi tu te t toi il ils elle elles on nous vous se s soi lui eux y en ceci cela "
    "ça celui celle ceux celles qui que qu quoi dont où lequel laquelle lesquels lesquelles "
    "auquel duquel rien personne chacun chacune quelqu quelque quelques "
    /* prepositions */
    "à a dans par pour sur sous avec sans chez vers entre contre depuis pendant avant après "
    "devant derrière selon malgré parmi envers hors jusqu jusque dès outre via "
    /* conjunctions */
    "et ou mais donc or ni car si comme quand lorsque lorsqu puisque puisqu quoique tandis "
    "afin ainsi alors aussi cependant pourtant toutefois néanmoins sinon soit "
    /* être and avoir, and frequent auxiliaries */
    "être est sont était étaient été étant sera seront serait seraient fut furent soit soient "
    "suis es sommes êtes avoir ai as avons avez ont avait avaient eu ayant aura auront aurait "
    "auraient eut eurent ait aient fait faire font peut peuvent pouvait pu doit doivent devait "
    "dit dire "
    /* adverbs */
    "ne n pas plus moins très trop peu beaucoup bien mal déjà encore toujours jamais souvent "
    "ici là puis ensuite enfin aujourd hui non oui cependant surtout notamment seulement "
    "également environ près loin tant autant "
    /* single letters left by elision or initials */
    "c b e f g h k o p q r u v w x z";

static const char *list_for(const char *lang) {
  if (lang && strcmp(lang, "fr") == 0) return french;
  return english;
}

int frise_rouge_stopwords_each(const char *lang, void (*fn)(const char *w, size_t n, void *user),
                               void *user) {
  const char *p = list_for(lang);
  int count = 0;
  while (*p) {
    while (*p == ' ') p++;
    const char *w = p;
    while (*p && *p != ' ') p++;
    if (p > w) {
      fn(w, (size_t)(p - w), user);
      count++;
    }
  }
  return count;
}
