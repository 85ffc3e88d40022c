/* tl_trim.c: what a timeline line leaves out of the sentence it quotes. A
 * line is a contiguous slice of the source sentence (never rewritten, so its
 * byte span still points at exactly what is shown); only the edges that a
 * reader of a dated timeline does not need are cut: an attribution tail
 * (", officials said on Tuesday."), a closing parenthetical aside or
 * relative clause, and a short leading adverbial ("On Tuesday,",
 * "Meanwhile,", "Dans la soirée,").
 * Knowledge lives in the language's timeline pack (tl_pack_<lang>.c); the
 * code only walks the tokens. */
#include <string.h>
#include "frise/utf8.h"
#include "tl_internal.h"

#define TL_LEAD_WORDS 6    /* a longer opening clause carries content of its own */
#define TL_KEEP_WORDS 6    /* what is left must still be a readable line */

static int tok_text_is(const frise_doc *d, uint32_t t, const char *s) {
  size_t n = d->tokens[t].end - d->tokens[t].start;
  return strlen(s) == n && memcmp(d->text + d->tokens[t].start, s, n) == 0;
}

static int is_comma(const frise_doc *d, uint32_t t) { return tok_text_is(d, t, ","); }

static int is_word(const frise_doc *d, uint32_t t) { return d->tokens[t].kind == FRISE_TOK_WORD; }

static size_t count_words(const frise_doc *d, uint32_t first, uint32_t end) {
  size_t n = 0;
  for (uint32_t t = first; t < end; t++) n += is_word(d, t);
  return n;
}

/* Lower-cased words of [first, end) into the caller's buffers (at most max). */
static size_t lower_words(const frise_doc *d, uint32_t first, uint32_t end, char (*low)[64],
                          const char **words, size_t *lens, size_t max) {
  size_t n = 0;
  for (uint32_t t = first; t < end && n < max; t++) {
    size_t len = d->tokens[t].end - d->tokens[t].start;
    if (!is_word(d, t) || len >= 31) continue;
    lens[n] = frise_utf8_lower(d->text + d->tokens[t].start, len, low[n]);
    words[n] = low[n];
    n++;
  }
  return n;
}

/* Final punctuation of the sentence: where the kept text must end at the latest. */
static uint32_t strip_final(const frise_doc *d, uint32_t first, uint32_t end) {
  while (end > first && d->tokens[end - 1].kind == FRISE_TOK_PUNCT && !tok_text_is(d, end - 1, ")") &&
         !tok_text_is(d, end - 1, "-RRB-"))
    end--;
  return end;
}

/* ", officials said on Tuesday." / ", according to the police.": the last
 * comma opens a short tail that only says who told it. */
static uint32_t tail_cut(const frise_doc *d, const struct frise_tl_pack *p, const char *lang, uint32_t first,
                         uint32_t end) {
  uint32_t c = end;
  while (c > first && !is_comma(d, c - 1)) c--;
  if (c <= first) return end;
  c--;  /* the comma */
  if (count_words(d, first, c) < TL_KEEP_WORDS) return end;
  char low[12][64];
  const char *words[12];
  size_t lens[12], n = lower_words(d, c + 1, end, low, words, lens, 12);
  if (n == 0 || n > 10) return end;
  if (tl_attribution_tail(lang, words, lens, n) || (p && tl_word_in(p->tail_open, words[0], lens[0])))
    return c;
  return end;
}

/* ", which ended late": the last comma opens a relative
 * clause of background; the line keeps what comes before it when that is
 * long enough to stand alone. */
static uint32_t relative_cut(const frise_doc *d, const struct frise_tl_pack *p, uint32_t first, uint32_t end) {
  uint32_t c = end;
  while (c > first && !is_comma(d, c - 1)) c--;
  if (c <= first || !p) return end;
  c--;
  if (count_words(d, first, c) < 2 * TL_KEEP_WORDS) return end;
  char low[1][64];
  const char *w[1];
  size_t l[1];
  if (lower_words(d, c + 1, end, low, w, l, 1) != 1) return end;
  return tl_word_in(p->rel, w[0], l[0]) ? c : end;
}

/* "... the rig ( owned by Transocean )." : an aside closing the sentence. */
static uint32_t paren_cut(const frise_doc *d, uint32_t first, uint32_t end) {
  uint32_t e = strip_final(d, first, end);
  if (e <= first || !(tok_text_is(d, e - 1, ")") || tok_text_is(d, e - 1, "-RRB-"))) return end;
  for (uint32_t t = e - 1; t-- > first;) {
    if (tok_text_is(d, t, ")") || tok_text_is(d, t, "-RRB-")) return end;  /* nested: leave it */
    if (tok_text_is(d, t, "(") || tok_text_is(d, t, "-LRB-"))
      return count_words(d, first, t) >= TL_KEEP_WORDS ? t : end;
  }
  return end;
}

/* "On Tuesday ,", "Meanwhile ,", "Selon l'AFP ,": a short opening adverbial
 * before the first comma; the entry's date already says when. */
static uint32_t lead_cut(const frise_doc *d, const struct frise_tl_pack *p, uint32_t first, uint32_t end) {
  uint32_t c = first;
  size_t words = 0;
  for (; c < end && !is_comma(d, c) && words <= TL_LEAD_WORDS; c++) {
    /* "Saturday : The yacht Bob ,", "Last updated : 19 January ,": not an adverbial */
    if (d->tokens[c].kind == FRISE_TOK_PUNCT) return first;
    words += is_word(d, c);
  }
  if (c >= end || !is_comma(d, c) || words == 0 || words > TL_LEAD_WORDS) return first;
  if (count_words(d, c + 1, end) < TL_KEEP_WORDS) return first;
  char low[1][64];
  const char *w[1];
  size_t l[1];
  int ok = p && lower_words(d, first, c, low, w, l, 1) == 1 && tl_word_in(p->lead, w[0], l[0]);
  /* nor may it open on a second adverbial ("After markets closed , with the
   * Dow down ...": the comma was inside a longer opening) */
  ok = ok && lower_words(d, c + 1, end, low, w, l, 1) == 1 && !tl_word_in(p->no_start, w[0], l[0]) &&
       !tl_word_in(p->lead, w[0], l[0]);
  return ok ? c + 1 : first;
}

tl_tok_span tl_trim(const frise_doc *d, uint32_t first, uint32_t end, unsigned what) {
  tl_tok_span sp = {first, end};
  if (end > d->n_tokens || first >= end || !what) return sp;
  const char *lang = d->lang[0] ? d->lang : "en";
  const struct frise_tl_pack *p = tl_pack(lang);
  if (what & TL_TRIM_TAIL) sp.end = tail_cut(d, p, lang, sp.first, sp.end);
  if (what & TL_TRIM_PAREN) sp.end = paren_cut(d, sp.first, sp.end);
  if (what & TL_TRIM_REL) sp.end = relative_cut(d, p, sp.first, sp.end);
  if (what & TL_TRIM_LEAD) sp.first = lead_cut(d, p, sp.first, sp.end);
  return sp;
}
