/* sentences.c: sentence splitting over tokens. A full stop ends a sentence
 * unless it follows an abbreviation, an initial or sits inside a number; quoted
 * speech that spans several sentences stays one unit (up to a bound); blank
 * lines end everything; a line break ends a sentence unless the next line
 * continues it in lower case (hard-wrapped text). */
#include "frise/lang.h"
#include "frise/text.h"
#include "frise/utf8.h"
#include <string.h>

#define MAX_QUOTED_SENTENCE 700 /* bytes; a longer quote is split normally */

static int tok_is(const frise_doc *d, size_t t, const char *s) {
  size_t l = strlen(s);
  return d->tokens[t].end - d->tokens[t].start == l && memcmp(d->text + d->tokens[t].start, s, l) == 0;
}

/* Terminals and closers are punctuation tokens of one byte or one 3-byte
 * character: the length test skips every word cheaply. */
static int is_terminal(const frise_doc *d, size_t t) {
  uint32_t l = d->tokens[t].end - d->tokens[t].start;
  if (l != 1 && l != 3) return 0;
  return tok_is(d, t, ".") || tok_is(d, t, "!") || tok_is(d, t, "?") || tok_is(d, t, "\xE2\x80\xA6");
}

static int is_closer(const frise_doc *d, size_t t) {
  uint32_t l = d->tokens[t].end - d->tokens[t].start;
  if (l != 1 && l != 3) return 0;
  return tok_is(d, t, "\xE2\x80\x9D") || tok_is(d, t, ")") || tok_is(d, t, "]") || tok_is(d, t, "'");
}

static inline int lines_between(const frise_doc *d, size_t from, size_t to) {
  if (to - from == 1) return d->text[from] == '\n'; /* the usual single space */
  int nl = 0;
  for (size_t i = from; i < to; i++) nl += d->text[i] == '\n';
  return nl;
}

static int32_t first_cp(const frise_doc *d, size_t t) {
  int32_t cp;
  frise_utf8_decode(d->text, d->len, d->tokens[t].start, &cp);
  return cp;
}

/* Does the '.' at token t end a sentence? */
static int period_ends(const frise_doc *d, const frise_lang *lang, size_t t) {
  if (t == 0) return 1;
  const frise_token *prev = &d->tokens[t - 1];
  int glued = prev->end == d->tokens[t].start;
  if (glued && prev->kind == FRISE_TOK_WORD) {
    size_t pl = prev->end - prev->start;
    int32_t cp;
    int cl = frise_utf8_decode(d->text, d->len, prev->start, &cp);
    if ((size_t)cl == pl && frise_cp_is_upper(cp)) return 0; /* initial: J. Biden */
    if (frise_lang_is_abbreviation(lang, d->text + prev->start, pl)) return 0;
  }
  return 1;
}

static int next_starts_sentence(const frise_doc *d, size_t t) {
  if (t >= d->n_tokens) return 1;
  int32_t cp = first_cp(d, t);
  if (frise_cp_is_lower(cp)) return 0;
  if (cp == ',' || cp == ';' || cp == ':' || cp == ')') return 0;
  return 1;
}

typedef struct {
  frise_doc *d;
  size_t cap;
  size_t first_tok;
  uint32_t paragraph;
} builder;

static void close_sentence(builder *b, size_t end_tok) {
  frise_doc *d = b->d;
  if (end_tok <= b->first_tok) return;
  if (d->n_sentences == b->cap) {
    size_t ncap = b->cap ? b->cap * 2 : 32;
    d->sentences = frise_arena_grow(d->arena, d->sentences, b->cap, ncap, sizeof *d->sentences);
    b->cap = ncap;
  }
  frise_sentence *s = &d->sentences[d->n_sentences++];
  s->start = d->tokens[b->first_tok].start;
  s->end = d->tokens[end_tok - 1].end;
  s->tok_first = (uint32_t)b->first_tok;
  s->tok_count = (uint32_t)(end_tok - b->first_tok);
  s->paragraph = b->paragraph;
  s->flags = 0;
  b->first_tok = end_tok;
}

void frise_text_split_sentences(frise_doc *d) {
  const frise_lang *lang = frise_lang_get(d->lang[0] ? d->lang : "fr");
  if (!lang) lang = frise_lang_get("fr");
  builder b = {d, 0, 0, 0};
  d->sentences = NULL;
  d->n_sentences = 0;
  int quote_depth = 0;
  for (size_t t = 0; t < d->n_tokens; t++) {
    if (t > b.first_tok) { /* line structure between t-1 and t */
      int nl = lines_between(d, d->tokens[t - 1].end, d->tokens[t].start);
      if (nl >= 2) {
        close_sentence(&b, t);
        b.paragraph++;
        quote_depth = 0;
      } else if (nl == 1 && !(frise_cp_is_lower(first_cp(d, t)) && !is_terminal(d, t - 1))) {
        close_sentence(&b, t);
        quote_depth = 0;
      }
    }
    /* Quotes and terminals are 1- or 3-byte tokens: words skip the tests. */
    uint32_t tl = d->tokens[t].end - d->tokens[t].start;
    if (tl != 1 && tl != 3) continue;
    if (tok_is(d, t, "\xE2\x80\x9C")) quote_depth++;
    else if (tok_is(d, t, "\xE2\x80\x9D") && quote_depth > 0) quote_depth--;
    if (!is_terminal(d, t)) continue;
    size_t end = t + 1;
    while (end < d->n_tokens && (is_terminal(d, end) || is_closer(d, end)) &&
           lines_between(d, d->tokens[end - 1].end, d->tokens[end].start) == 0) {
      if (tok_is(d, end, "\xE2\x80\x9D") && quote_depth > 0) quote_depth--;
      end++;
    }
    size_t mark = t;
    t = end - 1; /* the run of marks and closers is consumed once, whatever follows */
    if (tok_is(d, mark, ".") && !period_ends(d, lang, mark)) continue;
    if (!next_starts_sentence(d, end)) continue;
    int long_quote = d->tokens[mark].end - d->tokens[b.first_tok].start > MAX_QUOTED_SENTENCE;
    if (quote_depth > 0 && !long_quote) continue;
    if (long_quote) quote_depth = 0;
    close_sentence(&b, end);
  }
  close_sentence(&b, d->n_tokens);
}
