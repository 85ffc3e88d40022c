/* tl_tense.c: cues telling whether an undated sentence reports news of its
 * publication day (past tense, present perfect, "today"), so it may stand
 * for that day in a timeline, and whether it is reported speech. Knowledge
 * lives in the language's timeline pack (tl_pack_<lang>.c); the code only
 * walks its tables. */
#include <string.h>
#include "tl_internal.h"

int tl_word_in(const char *const *list, const char *w, size_t n) {
  for (; list && *list; list++)
    if (strlen(*list) == n && memcmp(*list, w, n) == 0) return 1;
  return 0;
}

static int ends_with_any(const char *const *list, const char *w, size_t n, size_t min_stem) {
  for (; list && *list; list++) {
    size_t l = strlen(*list);
    if (n >= l + min_stem && memcmp(w + n - l, *list, l) == 0) return 1;
  }
  return 0;
}

int tl_sentence_reports(const char *lang, const char *const *words, const size_t *lens, size_t n) {
  const struct frise_tl_pack *p = tl_pack(lang);
  if (!p) return 1;
  for (size_t i = 0; i < n; i++) {
    /* "ce matin", "ce soir": the word alone is too common; pair it */
    if (tl_word_in(p->this_words, words[i], lens[i])) {
      if (i + 1 < n && tl_word_in(p->day_parts, words[i + 1], lens[i + 1])) return 1;
      continue;
    }
    if (tl_word_in(p->past_forms, words[i], lens[i])) return 1;
    if (ends_with_any(p->past_endings, words[i], lens[i], p->min_stem)) return 1;
    if (!tl_word_in(p->aux, words[i], lens[i])) continue;
    for (size_t j = i + 1; j < n && j <= i + 3; j++)
      if (ends_with_any(p->participle_endings, words[j], lens[j], p->min_stem)) return 1;
  }
  return 0;
}

/* ---- reported speech ---- */

/* How far after the verb the complementiser may come: "a indiqué le 22
 * février que" (three words between), "said on Tuesday that". */
#define TL_SPEECH_REACH 5

int tl_sentence_speech(const char *lang, const char *const *words, const size_t *lens, size_t n) {
  const struct frise_tl_pack *p = tl_pack(lang);
  if (!p) return 0;
  for (size_t i = 0; i < n; i++) {
    if (!tl_word_in(p->speech_verbs, words[i], lens[i])) continue;
    for (size_t j = i + 1; j < n && j <= i + TL_SPEECH_REACH; j++)
      if (tl_word_in(p->comp, words[j], lens[j])) return 1;
  }
  return 0;
}

#define TL_TAIL_WORDS 10   /* longer after the comma: a clause of its own */

int tl_attribution_tail(const char *lang, const char *const *words, const size_t *lens, size_t n) {
  const struct frise_tl_pack *p = tl_pack(lang);
  if (!p || n < 2 || n > TL_TAIL_WORDS) return 0;
  int verb = 0;
  for (size_t i = 0; i < n; i++) {
    if (tl_word_in(p->comp, words[i], lens[i])) return 0;  /* "said that ...": a clause follows */
    if (!tl_word_in(p->speech_verbs, words[i], lens[i]) || tl_word_in(p->weak_verbs, words[i], lens[i])) continue;
    verb = !p->tail_after || i + 1 == n || tl_word_in(p->tail_after, words[i + 1], lens[i + 1]);
  }
  return verb;
}
