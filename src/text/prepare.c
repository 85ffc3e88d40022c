/* prepare.c: the text layer's entry point, language identification and the
 * roles of sentences (title, photo caption, heading, quoted speech). */
#include "frise/lang.h"
#include "frise/text.h"
#include "frise/utf8.h"
#include <string.h>

#define LANGID_MAX_TOKENS 600
#define LANGID_CHECK_EVERY 128 /* tokens between checks for a clear winner */
#define LANGID_SURE 24         /* stopwords the leader needs ... */
#define LANGID_LEAD 4          /* ... and how many times the runner-up's */

/* A clear winner: most articles are settled in their first 128 tokens, and
 * reading 600 for every one was a sixteenth of the dates-only annotation. */
static int clear_winner(const int *score, int n_packs) {
  int first = 0, second = 0;
  for (int p = 0; p < n_packs; p++)
    if (score[p] > first) second = first, first = score[p];
    else if (score[p] > second) second = score[p];
  return first >= LANGID_SURE && first >= LANGID_LEAD * second;
}

void frise_text_detect_lang(frise_doc *d) {
  if (d->lang_given && d->lang[0]) return;
  const frise_lang *const *packs = frise_lang_all();
  int score[8] = {0}, n_packs = 0;
  while (packs[n_packs] && n_packs < 8) n_packs++;
  size_t n = d->n_tokens < LANGID_MAX_TOKENS ? d->n_tokens : LANGID_MAX_TOKENS;
  for (size_t t = 0; t < n; t++) { /* lower-case each token once, for all packs */
    const frise_token *tok = &d->tokens[t];
    size_t l = tok->end - tok->start;
    if (tok->kind != FRISE_TOK_WORD || l > 24) continue;
    char low[64];
    size_t ll = frise_utf8_lower(d->text + tok->start, l, low);
    for (int p = 0; p < n_packs; p++) score[p] += frise_lang_is_stopword(packs[p], low, ll);
    if ((t + 1) % LANGID_CHECK_EVERY == 0 && clear_winner(score, n_packs)) break;
  }
  int best = -1, best_score = 0;
  for (int p = 0; p < n_packs; p++)
    if (score[p] > best_score) best = p, best_score = score[p];
  const char *code = best >= 0 ? packs[best]->code : "fr";
  strncpy(d->lang, code, sizeof d->lang - 1);
}

/* Photo credits close captions: "( AFP / MANDEL NGAN )", "(Photo Reuters)". */
static int is_caption(const frise_doc *d, const frise_sentence *s) {
  static const char *const credits[] = {"AFP", "Reuters", "REUTERS", "AP Photo", "Getty", "EPA",
                                        "Photo", "photo", "Crédit", "Credit", "Keystone", NULL};
  if (s->end - s->start < 4 || d->text[s->end - 1] != ')') return 0;
  size_t open = s->end - 1;
  while (open > s->start && d->text[open] != '(') open--;
  if (d->text[open] != '(' || s->end - open > 80) return 0;
  for (int k = 0; credits[k]; k++) {
    size_t cl = strlen(credits[k]);
    for (size_t i = open; i + cl <= s->end; i++)
      if (memcmp(d->text + i, credits[k], cl) == 0) return 1;
  }
  return 0;
}

static int ends_with_terminal(const frise_doc *d, const frise_sentence *s) {
  size_t e = s->end;
  while (e > s->start) {
    unsigned char c = (unsigned char)d->text[e - 1];
    if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';') return 1;
    if (c == ')' || c == '\'' || c == 0x9D || c == 0x80 || c == 0xE2) {
      e--;
      continue;
    }
    return (c == 0xA6 && e >= 3 && (unsigned char)d->text[e - 3] == 0xE2); /* … */
  }
  return 0;
}

/* Does s hold “ (E2 80 9C)? memchr on its first byte is much faster than
 * memmem on the many sentences without one. */
static int has_open_quote(const char *s, size_t n) {
  const char *end = s + n;
  for (const char *p = s; (p = memchr(p, 0xE2, (size_t)(end - p))) != NULL; p++)
    if (end - p >= 3 && (unsigned char)p[1] == 0x80 && (unsigned char)p[2] == 0x9C) return 1;
  return 0;
}

static void mark_roles(frise_doc *d) {
  for (size_t k = 0; k < d->n_sentences; k++) {
    frise_sentence *s = &d->sentences[k];
    int alone = (k == 0 || d->sentences[k - 1].paragraph != s->paragraph ||
                 memchr(d->text + d->sentences[k - 1].end, '\n', s->start - d->sentences[k - 1].end)) &&
                (k + 1 == d->n_sentences || d->sentences[k + 1].paragraph != s->paragraph ||
                 memchr(d->text + s->end, '\n', d->sentences[k + 1].start - s->end));
    if (is_caption(d, s)) s->flags |= FRISE_SENTF_CAPTION;
    else if (alone && !ends_with_terminal(d, s) && s->end - s->start < 160)
      s->flags |= k == 0 && d->title ? FRISE_SENTF_TITLE : FRISE_SENTF_HEADING;
    if (has_open_quote(d->text + s->start, s->end - s->start))
      s->flags |= FRISE_SENTF_QUOTE;
  }
}

void frise_text_prepare(frise_doc *d) {
  frise_text_tokenise(d);
  frise_text_detect_lang(d);
  frise_text_split_sentences(d);
  mark_roles(d);
}
