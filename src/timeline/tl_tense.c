/* tl_tense.c: per-language cues telling whether an undated sentence reports
 * news of its publication day (past tense, present perfect, "today"), so it
 * may stand for that day in a timeline. Knowledge lives in the tables below;
 * the code only walks them. */
#include <string.h>
#include "tl_internal.h"

typedef struct {
  const char *code;
  const char *const *past_forms;   /* whole words: irregular pasts, "today" words */
  const char *const *aux;          /* auxiliaries of perfect tenses */
  const char *const *participle_endings; /* after an auxiliary (within 3 words) */
  const char *const *past_endings; /* regular simple past, any position */
  size_t min_stem;                 /* letters before a regular ending */
} tl_tense_pack;

static const char *const en_past[] = {
  "said", "told", "was", "were", "had", "did", "made", "took", "went", "came", "gave", "found",
  "left", "began", "fell", "rose", "saw", "knew", "held", "met", "won", "lost", "hit", "struck",
  "sent", "spoke", "wrote", "brought", "bought", "led", "fled", "broke", "caught", "chose",
  "drew", "drove", "ran", "sank", "shot", "stood", "threw", "thought", "became", "got", "put",
  "set", "cut", "quit", "spent", "paid", "sold", "kept", "felt", "built", "today", "tonight",
  "yesterday", NULL};
static const char *const en_aux[] = {"has", "have", "had", NULL};
static const char *const en_part[] = {"ed", "en", "ne", "wn", NULL};
static const char *const en_past_end[] = {"ed", NULL};

static const char *const fr_past[] = {
  "aujourd'hui", "hier", "était", "étaient", "avait", "avaient", "fut", "furent", "eut",
  "déclara", "annonça", "ce", NULL};
static const char *const fr_aux[] = {
  "a", "ont", "avait", "avaient", "est", "sont", "était", "étaient", "ai", "avons", "avez",
  "sommes", "été", "eu", NULL};
static const char *const fr_part[] = {
  "é", "ée", "és", "ées", "i", "ie", "is", "ies", "u", "ue", "us", "ues", "it", "ite",
  "ert", "erte", "int", "inte", NULL};
static const char *const fr_past_end[] = {NULL};

static const tl_tense_pack packs[] = {
  {"en", en_past, en_aux, en_part, en_past_end, 3},
  {"fr", fr_past, fr_aux, fr_part, fr_past_end, 2},
};

static int word_in(const char *const *list, const char *w, size_t n) {
  for (; *list; list++)
    if (strlen(*list) == n && memcmp(*list, w, n) == 0) return 1;
  return 0;
}

static int ends_with_any(const char *const *list, const char *w, size_t n, size_t min_stem) {
  for (; *list; list++) {
    size_t l = strlen(*list);
    if (n >= l + min_stem && memcmp(w + n - l, *list, l) == 0) return 1;
  }
  return 0;
}

int tl_sentence_reports(const char *lang, const char *const *words, const size_t *lens, size_t n) {
  const tl_tense_pack *p = NULL;
  for (size_t k = 0; k < sizeof packs / sizeof packs[0]; k++)
    if (strcmp(packs[k].code, lang) == 0) p = &packs[k];
  if (!p) return 1;
  for (size_t i = 0; i < n; i++) {
    /* "ce matin", "ce soir": French "ce" alone is too common; pair it. */
    if (lens[i] == 2 && memcmp(words[i], "ce", 2) == 0) {
      if (i + 1 < n && (word_in((const char *const[]){"matin", "soir", "midi", NULL}, words[i + 1],
                                lens[i + 1])))
        return 1;
      continue;
    }
    if (word_in(p->past_forms, words[i], lens[i])) return 1;
    if (ends_with_any(p->past_endings, words[i], lens[i], p->min_stem)) return 1;
    if (!word_in(p->aux, words[i], lens[i])) continue;
    for (size_t j = i + 1; j < n && j <= i + 3; j++)
      if (ends_with_any(p->participle_endings, words[j], lens[j], p->min_stem)) return 1;
  }
  return 0;
}

/* ---- reported speech ---- */

typedef struct {
  const char *code;
  const char *const *verbs;   /* speech verbs, as written after an auxiliary or in the past */
  const char *const *comp;    /* complementisers that open the reported clause */
  const char *const *after;   /* what may follow the verb of a tail (NULL: anything,
                                 as French puts the speaker after it: "a annoncé
                                 le ministre"); English "officials said on
                                 Tuesday" ends there, "you said the economy was
                                 sound" is a clause of its own */
  const char *const *weak;    /* verbs that attribute only with a partner ("fait"
                                 savoir): alone in a tail they are the event
                                 (", se fait tabasser à coups de rangers") */
} tl_speech_pack;

static const char *const fr_speech[] = {
  "indiqué", "déclaré", "affirmé", "estimé", "souligné", "expliqué", "annoncé", "précisé",
  "assuré", "dit", "ajouté", "jugé", "rappelé", "averti", "prévenu", "martelé", "insisté",
  "reconnu", "répété", "confié", "fait", "savoir", "déclare", "affirme", "estime", "indique",
  "souligne", "explique", "assure", "ajoute", "juge", "rappelle", "avertit", "dit", NULL};
static const char *const fr_comp[] = {"que", "qu", "qu'", "qu\xe2\x80\x99", NULL};
static const char *const en_speech[] = {
  "said", "says", "say", "told", "tells", "stated", "added", "warned", "claimed", "insisted",
  "argued", "believes", "believed", "acknowledged", "admitted", "stressed", "noted", "suggested",
  "explained", "maintained", NULL};
static const char *const en_comp[] = {"that", NULL};
static const char *const fr_weak[] = {"fait", NULL};
static const char *const en_after[] = {
  "on", "in", "at", "late", "early", "earlier", "later", "today", "yesterday", "tonight", "last",
  "this", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "during",
  "after", "before", "when", "while", "as", NULL};
static const char *const no_words[] = {NULL};

static const tl_speech_pack speech_packs[] = {
  {"en", en_speech, en_comp, en_after, no_words},
  {"fr", fr_speech, fr_comp, NULL, fr_weak},
};

/* How far after the verb the complementiser may come: "a indiqué le 22
 * février que" (three words between), "said on Tuesday that". */
#define TL_SPEECH_REACH 5

int tl_sentence_speech(const char *lang, const char *const *words, const size_t *lens, size_t n) {
  const tl_speech_pack *p = NULL;
  for (size_t k = 0; k < sizeof speech_packs / sizeof speech_packs[0]; k++)
    if (strcmp(speech_packs[k].code, lang) == 0) p = &speech_packs[k];
  if (!p) return 0;
  for (size_t i = 0; i < n; i++) {
    if (!word_in(p->verbs, words[i], lens[i])) continue;
    for (size_t j = i + 1; j < n && j <= i + TL_SPEECH_REACH; j++)
      if (word_in(p->comp, words[j], lens[j])) return 1;
  }
  return 0;
}

#define TL_TAIL_WORDS 10   /* longer after the comma: a clause of its own */

int tl_attribution_tail(const char *lang, const char *const *words, const size_t *lens, size_t n) {
  const tl_speech_pack *p = NULL;
  for (size_t k = 0; k < sizeof speech_packs / sizeof speech_packs[0]; k++)
    if (strcmp(speech_packs[k].code, lang) == 0) p = &speech_packs[k];
  if (!p || n < 2 || n > TL_TAIL_WORDS) return 0;
  int verb = 0;
  for (size_t i = 0; i < n; i++) {
    if (word_in(p->comp, words[i], lens[i])) return 0;  /* "said that ...": a clause follows */
    if (!word_in(p->verbs, words[i], lens[i]) || word_in(p->weak, words[i], lens[i])) continue;
    verb = !p->after || i + 1 == n || word_in(p->after, words[i + 1], lens[i + 1]);
  }
  return verb;
}
