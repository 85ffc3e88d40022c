/* tl_pack_en.c: what the timeline builder knows of English: the words that
 * show a sentence reports the news of its day, speech verbs and attribution
 * tails, and the edges a timeline line leaves out. Reached through
 * frise_lang_en.timeline (src/lang/en.c). */
#include "tl_internal.h"

static const char *const past[] = {
  "said", "told", "was", "were", "had", "did", "made", "took", "went", "came", "gave", "found",
  "left", "began", "fell", "rose", "saw", "knew", "held", "met", "won", "lost", "hit", "struck",
  "sent", "spoke", "wrote", "brought", "bought", "led", "fled", "broke", "caught", "chose",
  "drew", "drove", "ran", "sank", "shot", "stood", "threw", "thought", "became", "got", "put",
  "set", "cut", "quit", "spent", "paid", "sold", "kept", "felt", "built", "today", "tonight",
  "yesterday", NULL};
static const char *const aux[] = {"has", "have", "had", NULL};
static const char *const part[] = {"ed", "en", "ne", "wn", NULL};
static const char *const past_end[] = {"ed", NULL};
static const char *const speech[] = {
  "said", "says", "say", "told", "tells", "stated", "added", "warned", "claimed", "insisted",
  "argued", "believes", "believed", "acknowledged", "admitted", "stressed", "noted", "suggested",
  "explained", "maintained", NULL};
static const char *const comp[] = {"that", NULL};
static const char *const after[] = {
  "on", "in", "at", "late", "early", "earlier", "later", "today", "yesterday", "tonight", "last",
  "this", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "during",
  "after", "before", "when", "while", "as", NULL};
static const char *const lead[] = {
  "on", "in", "at", "after", "before", "when", "while", "as", "since", "following", "earlier",
  "later", "meanwhile", "however", "but", "also", "last", "yesterday", "today", "during",
  "despite", "then", "now", "still", "instead", "separately", "elsewhere", "overnight",
  "according", "early", "late", "monday", "tuesday", "wednesday", "thursday", "friday",
  "saturday", "sunday", "this", "until", "within", "amid", NULL};
static const char *const tail_open[] = {"according", NULL};
static const char *const no_start[] = {"and", "or", "that", "which", "who", "where", NULL};
static const char *const rel[] = {"which", "who", "whose", "whom", NULL};

const struct frise_tl_pack frise_tl_pack_en = {
  .version = 1, .lang = "en",
  .past_forms = past, .aux = aux, .participle_endings = part, .past_endings = past_end, .min_stem = 3,
  .speech_verbs = speech, .comp = comp, .tail_after = after, .weak_verbs = NULL,
  .lead = lead, .tail_open = tail_open, .rel = rel, .no_start = no_start,
};
