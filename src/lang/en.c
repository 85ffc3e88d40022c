/* en.c: the English language pack (general tables; the temporal lexicon is in
 * src/time/lex_en.c and hooked in through .timex; the timeline cues are src/timeline/tl_pack_en.c,
 * hooked in through .timeline). */
#include "frise/lang.h"
#include <stddef.h>

static const char *const aliases[] = {"eng", "english", NULL};

static const char *const stopwords[] = {
  "a", "about", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are",
  "as", "at", "be", "because", "been", "before", "being", "between", "both", "but", "by",
  "can", "could", "did", "do", "does", "doing", "down", "during", "each", "few", "for", "from",
  "further", "had", "has", "have", "having", "he", "her", "here", "hers", "him", "his", "how",
  "i", "if", "in", "into", "is", "it", "its", "itself", "just", "me", "more", "most", "my",
  "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours",
  "out", "over", "own", "same", "she", "should", "so", "some", "such", "than", "that", "the",
  "their", "theirs", "them", "then", "there", "these", "they", "this", "those", "through",
  "to", "too", "under", "until", "up", "very", "was", "we", "were", "what", "when", "where",
  "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your", "yours",
  "said", "says", NULL};

static const char *const abbreviations[] = {
  "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Sr", "Jr", "Gen", "Gov", "Sen", "Rep", "Lt", "Col",
  "Capt", "Sgt", "Maj", "Cmdr", "Adm", "Rev", "Hon", "Inc", "Ltd", "Corp", "Co", "Bros",
  "vs", "etc", "e.g", "i.e", "cf", "No", "no", "Nos", "Vol", "vol", "pp", "Fig", "fig",
  "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
  "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun", "U.S", "U.K",
  "U.N", "a.m", "p.m", "Mt", "Ft", "Ave", "Blvd", "Rd", "approx", "est", "dept", "Dept",
  "Univ", "Assn", "Calif", "Fla", "Ill", "Mass", "Mich", "Minn", "Penn", "Tenn", "Tex",
  "Va", "Wash", "Wis", "Ariz", "Colo", "Conn", "Del", "Ga", "Ind", "Kan", "Ky", "La", "Md",
  "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Wyo", NULL};

static const char *const reporting_verbs[] = {
  "said", "says", "told", "stated", "added", "announced", "declared", "explained", "warned",
  "insisted", "claimed", "argued", "noted", "reported", "confirmed", "denied", "tweeted",
  "wrote", "asked", "replied", "according", "say", "tell", "tells", "adds", "announces",
  "declares", "explains", "warns", "insists", "claims", "argues", "notes", "confirms", "denies",
  "writes", "replies", "stressed", "stresses", "acknowledged", "admitted", "recalled",
  "suggested", "promised", "vowed", "urged", "cautioned", "observed", "commented", "continued",
  "concluded", "testified", "estimated", "predicted", "emphasized", "emphasised", "maintained",
  "responded", "indicated", "assured", "saying", "adding", "telling", "explaining", "warning",
  "noting", "arguing", "insisting", NULL};

extern const struct frise_timex_pack frise_timex_pack_en __attribute__((weak));
extern const struct frise_tl_pack frise_tl_pack_en __attribute__((weak));

const frise_lang frise_lang_en = {
  FRISE_LANG_PACK_VERSION, "en", aliases, "english", stopwords, abbreviations, reporting_verbs,
  &frise_timex_pack_en, &frise_tl_pack_en};
