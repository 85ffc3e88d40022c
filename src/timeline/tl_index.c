/* tl_index.c: the collection index behind timeline building: one sparse
 * TF-IDF vector per sentence (Snowball stems, stopwords out), the dates each
 * sentence refers to (from the temporal tagger's points), publishers,
 * publication days, datelines, boilerplate, and a copy of each document's
 * text and metadata. Documents stream in one at a time; sealing weighs and
 * sorts; then every build reads it. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "frise/lang.h"
#include "frise/text.h"
#include "frise/utf8.h"
#include "tl_internal.h"

#define TL_MAX_SENT_WORDS 256   /* longer "sentences" are lists or boilerplate */
#define TL_MIN_SUMMARY_WORDS 6
#define TL_MAX_SUMMARY_WORDS 60

/* ---- date keys ---- */

int32_t tl_key_of(const frise_date *d, int days_only) {
  if (d->prec >= FRISE_PREC_DAY) return (int32_t)frise_days_from_civil(d->year, d->month, d->day);
  if (d->prec == FRISE_PREC_MONTH && !days_only && d->year > 0)
    return TL_MONTH_BASE + d->year * 12 + d->month - 1;
  return TL_NO_KEY;
}

frise_date tl_key_date(int32_t key) {
  frise_date d = {0};
  if (tl_key_is_month(key)) {
    d.year = (key - TL_MONTH_BASE) / 12;
    d.month = (key - TL_MONTH_BASE) % 12 + 1;
    d.prec = FRISE_PREC_MONTH;
  } else {
    frise_civil_from_days(key, &d.year, &d.month, &d.day);
    d.prec = FRISE_PREC_DAY;
  }
  return d;
}

/* ---- vocabulary ---- */

static uint32_t hash_bytes(const char *s, size_t n) {
  uint32_t h = 2166136261u;  /* FNV-1a: short keys, good enough spread */
  for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 16777619u;
  return h;
}

static void vocab_grow(frise_arena *a, tl_vocab *v) {
  size_t cap = v->cap ? v->cap * 2 : 1024;
  const char **keys = frise_arena_calloc(a, cap, sizeof *keys);
  uint32_t *lens = frise_arena_calloc(a, cap, sizeof *lens);
  uint32_t *ids = frise_arena_calloc(a, cap, sizeof *ids);
  for (size_t i = 0; i < v->cap; i++) {
    if (!v->keys[i]) continue;
    size_t j = hash_bytes(v->keys[i], v->lens[i]) & (cap - 1);
    while (keys[j]) j = (j + 1) & (cap - 1);
    keys[j] = v->keys[i], lens[j] = v->lens[i], ids[j] = v->ids[i];
  }
  v->keys = keys, v->lens = lens, v->ids = ids, v->cap = cap;
}

uint32_t tl_vocab_id(frise_arena *a, tl_vocab *v, const char *s, size_t n, int add) {
  if (!add && v->cap == 0) return UINT32_MAX;  /* lookups never write */
  if (v->cap == 0 || (v->n + 1) * 2 > v->cap) {
    if (!add && v->cap) goto probe;
    vocab_grow(a, v);
  }
probe:;
  size_t j = hash_bytes(s, n) & (v->cap - 1);
  while (v->keys[j]) {
    if (v->lens[j] == n && memcmp(v->keys[j], s, n) == 0) return v->ids[j];
    j = (j + 1) & (v->cap - 1);
  }
  if (!add) return UINT32_MAX;
  v->keys[j] = frise_arena_strndup(a, s, n);
  v->lens[j] = (uint32_t)n;
  v->ids[j] = (uint32_t)v->n;
  return (uint32_t)v->n++;
}

/* ---- building ---- */

struct tl_builder {  /* growable arrays while indexing (heap, freed when sealed) */
  size_t cap_docs;   /* of ix->docs, doc_source, doc_pub, doc_first */
  tl_sent *sents; size_t n_sents, cap_sents;
  uint32_t *terms; float *tf; size_t n_terms, cap_terms;
  tl_mention *ment; size_t n_ment, cap_ment;
  uint32_t *timex_order; size_t cap_order;  /* current document's timexes by start */
  frise_stemmer *stem[4]; char stem_lang[4][4];
  size_t lang_count[4];
  unsigned trim;             /* TL_TRIM_* applied to what lines show */
};
typedef struct tl_builder tl_builder;

static void *grow(void *p, size_t *cap, size_t need, size_t elem) {
  if (need <= *cap) return p;
  size_t c = *cap ? *cap : 256;
  while (c < need) c *= 2;
  void *q = realloc(p, c * elem);
  if (!q) abort(); /* memory exhaustion is fatal (arena policy) */
  *cap = c;
  return q;
}

static frise_stemmer *stemmer_for(tl_builder *b, const char *lang) {
  for (int i = 0; i < 4; i++) {
    if (b->stem_lang[i][0] && strcmp(b->stem_lang[i], lang) == 0) {
      b->lang_count[i]++;
      return b->stem[i];
    }
    if (!b->stem_lang[i][0]) {
      snprintf(b->stem_lang[i], sizeof b->stem_lang[i], "%s", lang);
      b->stem[i] = frise_stemmer_new(lang);
      b->lang_count[i]++;
      return b->stem[i];
    }
  }
  return NULL;  /* more than four languages in one collection: no stemming */
}

/* Publisher: the reader's source field, else the id up to its first '/'. */
static uint32_t source_of(frise_tl_index *ix, const frise_doc *d) {
  const char *s = d->publisher;
  size_t n = s ? strlen(s) : 0;
  if (!n) {
    s = d->id ? d->id : "";
    const char *slash = strchr(s, '/');
    n = slash ? (size_t)(slash - s) : strlen(s);
  }
  return tl_vocab_id(ix->arena, &ix->sources, s, n, 1);
}

/* Adds the sentence's terms (sorted ids with counts) to the builder. */
static void add_terms(tl_builder *b, tl_sent *ts, uint32_t *ids, size_t n) {
  for (size_t i = 1; i < n; i++) { /* insertion sort: sentences are short */
    uint32_t x = ids[i];
    size_t j = i;
    while (j > 0 && ids[j - 1] > x) ids[j] = ids[j - 1], j--;
    ids[j] = x;
  }
  ts->term_first = (uint32_t)b->n_terms;
  for (size_t i = 0; i < n; i++) {
    if (i > 0 && ids[i] == ids[i - 1]) {
      b->tf[b->n_terms - 1] += 1;
      continue;
    }
    size_t cap = b->cap_terms;
    b->terms = grow(b->terms, &cap, b->n_terms + 1, sizeof *b->terms);
    b->tf = grow(b->tf, &b->cap_terms, b->n_terms + 1, sizeof *b->tf);
    b->terms[b->n_terms] = ids[i];
    b->tf[b->n_terms++] = 1;
  }
  ts->n_terms = (uint32_t)(b->n_terms - ts->term_first);
}

/* The document's timexes in text order (the tagger's order is not promised). */
static void order_timexes(tl_builder *b, const frise_doc *d) {
  b->timex_order = grow(b->timex_order, &b->cap_order, d->n_timexes + 1, sizeof *b->timex_order);
  for (size_t i = 0; i < d->n_timexes; i++) {  /* insertion sort: already sorted in practice */
    uint32_t x = (uint32_t)i;
    size_t j = i;
    while (j > 0 && d->timexes[b->timex_order[j - 1]].start > d->timexes[x].start)
      b->timex_order[j] = b->timex_order[j - 1], j--;
    b->timex_order[j] = x;
  }
}

/* The day a sentence naming several reports: the latest one not after its
 * publication (the news), else the earliest announced one. */
static int main_better(int32_t key, int32_t cur, int32_t pub) {
  if (cur == TL_NO_KEY) return 1;
  int past = pub == TL_NO_KEY || key <= pub, cur_past = pub == TL_NO_KEY || cur <= pub;
  if (past != cur_past) return past;
  return past ? key > cur : key < cur;
}

/* Dates the sentence refers to: DATE/TIME points at day or month precision,
 * never in captions or headings (a photo's date is not the story's). */
static void add_mentions(tl_builder *b, const frise_doc *d, const frise_sentence *s, tl_sent *ts,
                         uint32_t sent_index, int32_t pub, size_t *next_timex, int caption) {
  const uint32_t *order = b->timex_order;
  size_t k = *next_timex;
  while (k < d->n_timexes && d->timexes[order[k]].start < s->start) k++;
  *next_timex = k;
  if ((s->flags & FRISE_SENTF_HEADING) || caption) return;
  size_t first = b->n_ment;
  for (; k < d->n_timexes && d->timexes[order[k]].start < s->end; k++) {
    const frise_timex *x = &d->timexes[order[k]];
    /* calendar values only: PRESENT_REF ("now", often in quotes) names no day */
    if ((x->type != FRISE_TIMEX_DATE && x->type != FRISE_TIMEX_TIME) || x->value[0] < '0' ||
        x->value[0] > '9')
      continue;
    int32_t key = tl_key_of(&x->point, 0);
    if (key == TL_NO_KEY) continue;
    const char *tpos = strchr(x->value, 'T');
    uint8_t flags = (uint8_t)((tpos && tpos[1] >= '0' && tpos[1] <= '9' ? TL_MF_CLOCK : 0) |
                              (key == pub ? TL_MF_SAME_DAY : 0) |
                              (pub != TL_NO_KEY && !tl_key_is_month(key) && key > pub ? TL_MF_FUTURE : 0) |
                              (x->anchor != FRISE_ANCHOR_NONE ? TL_MF_RELATIVE : 0));
    size_t dup = first;
    while (dup < b->n_ment && b->ment[dup].key != key) dup++;
    if (dup < b->n_ment) { /* one mention per sentence and date; a real date beats a clock */
      b->ment[dup].flags &= flags | (uint8_t)~(TL_MF_CLOCK | TL_MF_RELATIVE);
      continue;
    }
    if (b->n_ment - first == 4) continue;
    b->ment = grow(b->ment, &b->cap_ment, b->n_ment + 1, sizeof *b->ment);
    b->ment[b->n_ment++] = (tl_mention){key, sent_index, flags};
    ts->flags |= TL_SF_DATED;
    ts->n_dates++;
    if (!tl_key_is_month(key) && main_better(key, ts->main_key, pub)) ts->main_key = key;
  }
}

/* ---- datelines ---- */

/* Wire copy often glues a dateline or time stamp to the first sentence
 * ("WASHINGTON | Wed May 26, 2010 12:13 pm EDT WASHINGTON (Reuters) - BP
 * said ...", "Friday 28 May 2010 10.27 BST The ..."). Summaries start after
 * it: these words are markup of the wire, not part of what happened. */
static const char *const stamp_ends[] = {"am", "pm", "a.m.", "p.m.", "edt", "est", "cdt", "cst",
                                          "pdt", "pst", "bst", "gmt", "cet", "cest", "utc", NULL};
static const char *const dashes[] = {"-", "--", "\xe2\x80\x94", "\xe2\x80\x93", NULL};

static int tok_is(const frise_doc *d, uint32_t t, const char *const *list) {
  const frise_token *k = &d->tokens[t];
  size_t n = k->end - k->start;
  char low[64];
  if (n >= 31) return 0;
  size_t l = frise_utf8_lower(d->text + k->start, n, low);
  for (; *list; list++)
    if (strlen(*list) == l && memcmp(*list, low, l) == 0) return 1;
  return 0;
}

static int tok_has_digit(const frise_doc *d, uint32_t t) {
  for (uint32_t i = d->tokens[t].start; i < d->tokens[t].end; i++)
    if (d->text[i] >= '0' && d->text[i] <= '9') return 1;
  return 0;
}

/* ")" or the PTB escape "-RRB-" (tokenised "-", "RRB", "-"); returns the
 * number of tokens ending at t, 0 if none. Same for "(" / "-LRB-". */
static uint32_t paren_at(const frise_doc *d, uint32_t first, uint32_t t, int close) {
  static const char *const open_p[] = {"(", NULL}, *const close_p[] = {")", NULL};
  static const char *const lrb[] = {"lrb", NULL}, *const rrb[] = {"rrb", NULL};
  if (tok_is(d, t, close ? close_p : open_p)) return 1;
  if (t >= first + 2 && tok_is(d, t, dashes) && tok_is(d, t - 1, close ? rrb : lrb) &&
      tok_is(d, t - 2, dashes))
    return 3;
  return 0;
}

/* A wire stamp is all capitals, numbers and zone words: a lower-case word
 * before a candidate cut means the cut would fall inside the sentence itself
 * ("ont débuté mardi vers 15H00 GMT, sur fond de ..."). */
static int stamp_like(const frise_doc *d, uint32_t from, uint32_t to) {
  for (uint32_t t = from; t < to; t++)
    if (d->tokens[t].kind == FRISE_TOK_WORD && !(d->tokens[t].flags & FRISE_TOKF_UPPER_INITIAL) &&
        !tok_is(d, t, stamp_ends))
      return 0;
  return 1;
}

/* "Photograph : Gerald Herbert/AP", "Photo : AFP": a picture credit glued to
 * the first sentence ends at the agency's name. */
static const char *const credit_words[] = {"photograph", "photo", "photographie", "crédit", NULL};
static const char *const agencies[] = {"ap", "afp", "reuters", "getty", "pa", "epa", "ansa", "dpa", "images", NULL};
static uint32_t credit_skip(const frise_doc *d, uint32_t first, uint32_t limit) {
  static const char *const colon[] = {":", NULL};
  if (first + 2 >= limit || !tok_is(d, first, credit_words) || !tok_is(d, first + 1, colon)) return first;
  for (uint32_t t = first + 2; t < limit && t < first + 10; t++) {
    const frise_token *k = &d->tokens[t];
    const char *slash = memchr(d->text + k->start, '/', k->end - k->start);
    if (tok_is(d, t, agencies)) return t + 1;
    if (slash) {  /* "Herbert\/AP": the agency after the slash */
      size_t n = (size_t)(d->text + k->end - slash - 1);
      char low[16];
      if (n > 0 && n < 16) {
        size_t l = frise_utf8_lower(slash + 1, n, low);
        for (const char *const *a = agencies; *a; a++)
          if (strlen(*a) == l && memcmp(*a, low, l) == 0) return t + 1;
      }
    }
  }
  return first;
}

/* First token of the sentence's body (tok_first when there is no dateline). */
static uint32_t dateline_skip(const frise_doc *d, const frise_sentence *s, unsigned trim) {
  uint32_t first = s->tok_first, end = s->tok_first + s->tok_count, cut = first;
  if (end > d->n_tokens || s->tok_count < 12) return first;
  uint32_t limit = first + 45 < end - 8 ? first + 45 : end - 8;  /* leave a body */
  if (trim & TL_TRIM_CREDIT) cut = credit_skip(d, first, limit);
  for (uint32_t t = first; t < limit; t++) {
    /* after a credit, only what follows it must look like a stamp */
    if (t > first && tok_is(d, t, dashes) && paren_at(d, first, t - 1, 1) && stamp_like(d, cut, t))
      cut = t + 1;
    else if (t > first && tok_is(d, t, stamp_ends) &&
             (tok_has_digit(d, t - 1) || tok_is(d, t - 1, stamp_ends)) && stamp_like(d, cut, t))
      cut = t + 1;
    else if (t > first && t <= first + 10 && tok_is(d, t, dashes) &&
             (d->tokens[first].flags & FRISE_TOKF_ALL_CAPS) && d->tokens[first].end - d->tokens[first].start > 1)
      cut = t + 1 + (t + 1 < limit && tok_is(d, t + 1, dashes));  /* "BARATARIA BAY, La. --" */
  }
  /* a leading parenthesis: "(AP) President ..." */
  uint32_t open = paren_at(d, first, first, 0) ? first + 1 : paren_at(d, first, first + 2, 0) == 3 ? first + 3 : 0;
  for (uint32_t u = open; open && u < open + 5 && u < limit; u++)
    if (paren_at(d, first, u, 1)) {
      if (u + 1 > cut) cut = u + 1;
      break;
    }
  return cut;
}

/* ---- direct speech ---- */

/* Quotation marks: which open, which close; '"' does both. */
static int quote_mark(const frise_doc *d, uint32_t t) {
  /* PTB text writes `` and '' (the tokeniser may split them in two) */
  static const char *const open_q[] = {"\xc2\xab", "\xe2\x80\x9c", "\xe2\x80\x9e", "``", "`", NULL};
  static const char *const close_q[] = {"\xc2\xbb", "\xe2\x80\x9d", "''", "'", NULL};
  static const char *const both_q[] = {"\"", NULL};
  if (d->tokens[t].kind == FRISE_TOK_WORD || d->tokens[t].kind == FRISE_TOK_NUM) return 0;
  return tok_is(d, t, open_q) ? 1 : tok_is(d, t, close_q) ? 2 : tok_is(d, t, both_q) ? 3 : 0;
}

/* Direct speech: the sentence opens with a quotation mark, or most of its
 * words are inside quotation marks. Such sentences comment on an event
 * ("« Nous ne prendrons aucun risque », a déclaré la préfète") more than
 * they tell it, and quotes are long. */
static int is_quote(const frise_doc *d, uint32_t first, uint32_t end) {
  size_t words = 0, quoted = 0;
  int in = 0, opens = 0;
  for (uint32_t t = first; t < end && t < d->n_tokens; t++) {
    int q = quote_mark(d, t);
    if (q) {
      if (t == first && q != 2) opens = 1;
      in = q == 1 ? 1 : q == 2 ? 0 : !in;
      continue;
    }
    if (d->tokens[t].kind != FRISE_TOK_WORD) continue;
    words++, quoted += in;
  }
  return opens || (words && quoted * 2 >= words);
}

/* Picture captions left in a page's text ("President Bush , left ,
 * finishes ...", "This image from video provided by BP shows ...", "( AP
 * Photo/...)"): they describe a picture, not the day's event. Phrases of
 * lower-cased tokens, separated by NULL, the list ending with two. */
static const char *const caption_cues[] = {
  ",", "left", ",", NULL, ",", "right", ",", NULL, "from", "left", NULL, "ap", "photo", NULL,
  "this", "image", NULL, "this", "photo", NULL, "in", "this", "photo", NULL, "pictured", NULL,
  "afp", "photo", NULL, "à", "gauche", ",", NULL, "à", "droite", ",", NULL, "sur", "cette", "photo", NULL,
  "photo", "d'archives", NULL, NULL};

static int phrase_at(const frise_doc *d, uint32_t t, uint32_t end, const char *const *ph) {
  for (; *ph; ph++, t++) {
    const char *one[2] = {*ph, NULL};
    if (t >= end || !tok_is(d, t, one)) return 0;
  }
  return 1;
}

static int is_caption(const frise_doc *d, const frise_sentence *s) {
  uint32_t first = s->tok_first, end = s->tok_first + s->tok_count;
  if (s->flags & FRISE_SENTF_CAPTION) return 1;
  if (end > d->n_tokens) return 0;
  char low[64];
  for (uint32_t t = first; t < end; t++) {
    size_t n = d->tokens[t].end - d->tokens[t].start;
    if (n >= 20) continue;  /* longer than any cue word */
    size_t l = frise_utf8_lower(d->text + d->tokens[t].start, n, low);  /* once per token */
    for (const char *const *ph = caption_cues; *ph; ph++) {
      if (strlen(*ph) == l && memcmp(*ph, low, l) == 0 && phrase_at(d, t + 1, end, ph + 1)) return 1;
      while (*ph) ph++;  /* to the phrase's NULL; the loop steps past it */
    }
  }
  return 0;
}

/* A timeline entry asserts what happened: a question ("when will the
 * internet be back ?") or a reader's comment on a web page ("... wrote :",
 * "4:53 pm | Reply", "11:31 AM | Report abuse") asks or reacts, it tells no news. */
static int tells_news(const frise_doc *d, const frise_sentence *s) {
  static const char *const qmark[] = {"?", NULL}, *const pipe[] = {"|", NULL};
  static const char *const reply[] = {"reply", "répondre", "report", "signaler", NULL}, *const wrote[] = {"wrote", "écrit", NULL};
  static const char *const colon[] = {":", NULL};
  uint32_t first = s->tok_first, end = s->tok_first + s->tok_count;
  if (end > d->n_tokens || first >= end) return 1;
  if (tok_is(d, end - 1, qmark) || (end - first > 1 && tok_is(d, end - 2, qmark))) return 0;
  for (uint32_t t = first; t + 1 < end; t++)
    if ((tok_is(d, t, pipe) && tok_is(d, t + 1, reply)) || (tok_is(d, t, wrote) && tok_is(d, t + 1, colon)))
      return 0;
  return 1;
}

/* What a line shows of the sentence: its body less the edges tl_trim cuts
 * (not for direct speech: a quote is shown whole or not at all), and the
 * matching bytes of the original. */
static void show_span(const tl_builder *b, const frise_doc *d, const frise_sentence *s, uint32_t body,
                      tl_sent *ts) {
  ts->show_start = ts->body, ts->show_end = ts->end;
  uint32_t end = s->tok_first + s->tok_count;
  if (b->trim && !(ts->flags & TL_SF_QUOTE) && end <= d->n_tokens && body < end) {
    tl_tok_span k = tl_trim(d, body, end, b->trim);
    if (k.first > body) ts->show_start = d->tokens[k.first].start;
    if (k.end < end) ts->show_end = d->tokens[k.end - 1].end;
    /* who said it stays with the line, apart from the text it is scored on */
    if ((b->trim & TL_TRIM_TAIL) && k.end < end && tl_trim(d, body, end, b->trim & ~TL_TRIM_TAIL).end > k.end)
      ts->said_end = ts->end;
  }
  frise_span raw = frise_doc_raw_span(d, (frise_span){ts->show_start, ts->show_end});
  ts->raw_start = raw.start, ts->raw_end = raw.end;
}

static void index_sentence(frise_tl_index *ix, tl_builder *b, const frise_doc *d, uint32_t di,
                           uint32_t si, frise_stemmer *st, size_t *next_timex) {
  int32_t pub = ix->doc_pub[di];
  const frise_sentence *s = &d->sentences[si];
  const frise_lang *lp = frise_lang_get(d->lang);
  b->sents = grow(b->sents, &b->cap_sents, b->n_sents + 1, sizeof *b->sents);
  tl_sent *ts = &b->sents[b->n_sents];
  memset(ts, 0, sizeof *ts);
  ts->doc = di, ts->sent = si, ts->main_key = TL_NO_KEY;
  uint32_t ids[TL_MAX_SENT_WORDS];
  const char *words[TL_MAX_SENT_WORDS];
  size_t lens[TL_MAX_SENT_WORDS];
  char low[TL_MAX_SENT_WORDS][64];
  size_t n_ids = 0, n_words = 0, comma_ids = 0, comma_words = 0;
  uint32_t body = dateline_skip(d, s, b->trim);
  ts->start = s->start, ts->end = s->end;
  ts->body = body < d->n_tokens && body > s->tok_first ? d->tokens[body].start : s->start;
  for (uint32_t t = body; t < s->tok_first + s->tok_count && t < d->n_tokens; t++) {
    const frise_token *tok = &d->tokens[t];
    size_t n = tok->end - tok->start;
    if (n == 1 && d->text[tok->start] == ',') comma_ids = n_ids, comma_words = n_words;
    if (tok->kind != FRISE_TOK_WORD || n >= 31 || n_words >= TL_MAX_SENT_WORDS) continue;
    size_t l = frise_utf8_lower(d->text + tok->start, n, low[n_words]);
    words[n_words] = low[n_words], lens[n_words] = l;
    n_words++;
    unsigned char c0 = (unsigned char)low[n_words - 1][0];
    /* PTB artefacts ("-lrb-", "'s", "n't") and one-letter words carry no topic. */
    if (l < 2 || !(c0 >= 0x80 || (c0 >= 'a' && c0 <= 'z') || (c0 >= '0' && c0 <= '9')) ||
        strchr(low[n_words - 1], '\'') == low[n_words - 1] + l - 2 ||
        frise_lang_is_stopword(lp, low[n_words - 1], l))
      continue;
    size_t sl = l;
    const char *stem = st ? frise_stemmer_stem(st, low[n_words - 1], l, &sl) : low[n_words - 1];
    ids[n_ids++] = tl_vocab_id(ix->arena, &ix->vocab, stem, sl, 1);
  }
  ts->n_words = (uint16_t)n_words;
  if (tl_sentence_reports(d->lang, words, lens, n_words)) ts->flags |= TL_SF_REPORTS;
  if (tl_sentence_speech(d->lang, words, lens, n_words)) ts->flags |= TL_SF_SPEECH;
  if (is_quote(d, body, s->tok_first + s->tok_count)) ts->flags |= TL_SF_QUOTE;
  if (!(s->flags & (FRISE_SENTF_CAPTION | FRISE_SENTF_HEADING | FRISE_SENTF_TITLE)) &&
      n_words >= TL_MIN_SUMMARY_WORDS && n_words <= TL_MAX_SUMMARY_WORDS)
    ts->flags |= TL_SF_SUMMARY;
  int caption = is_caption(d, s);
  if (!tells_news(d, s) || caption) ts->flags &= (uint8_t)~TL_SF_SUMMARY;
  /* ", a annoncé le chef de la diplomatie.", ", officials said.": who said
   * it is not what happened; the vector that selects keeps the event */
  if (comma_words >= TL_MIN_SUMMARY_WORDS && !(ts->flags & TL_SF_QUOTE) &&
      tl_attribution_tail(d->lang, words + comma_words, lens + comma_words, n_words - comma_words))
    n_ids = comma_ids;
  add_terms(b, ts, ids, n_ids);
  add_mentions(b, d, s, ts, (uint32_t)b->n_sents, pub, next_timex, caption);
  show_span(b, d, s, body, ts);
  b->n_sents++;
}

/* TF-IDF over sentences as the "documents", then unit length. */
static void weigh(frise_tl_index *ix, const float *tf) {
  size_t nv = ix->vocab.n;
  uint32_t *df = calloc(nv ? nv : 1, sizeof *df);
  if (!df) abort();
  for (size_t i = 0; i < ix->n_terms; i++) df[ix->terms[i]]++;
  for (size_t s = 0; s < ix->n_sents; s++) {
    tl_sent *ts = &ix->sents[s];
    double norm = 0;
    for (uint32_t i = ts->term_first; i < ts->term_first + ts->n_terms; i++) {
      /* IDF > 0 even for a word in every sentence (a one-sentence collection) */
      double w = (1 + log(tf[i])) * log((double)(ix->n_sents + 1) / df[ix->terms[i]]);
      ix->weights[i] = (float)w;
      norm += w * w;
    }
    norm = norm > 0 ? sqrt(norm) : 1;
    for (uint32_t i = ts->term_first; i < ts->term_first + ts->n_terms; i++)
      ix->weights[i] = (float)(ix->weights[i] / norm);
  }
  free(df);
}

static int cmp_mention(const void *a, const void *b) {
  const tl_mention *x = a, *y = b;
  if (x->key != y->key) return x->key < y->key ? -1 : 1;
  return x->sent < y->sent ? -1 : x->sent > y->sent;
}

typedef struct { int32_t key; uint32_t doc; } tl_pub;  /* sorts without globals */
static int cmp_pub(const void *a, const void *b) {
  const tl_pub *x = a, *y = b;
  if (x->key != y->key) return x->key < y->key ? -1 : 1;
  return x->doc < y->doc ? -1 : x->doc > y->doc;
}

static void sort_by_pub(frise_tl_index *ix) {
  ix->by_pub = frise_arena_alloc(ix->arena, (ix->n_docs + 1) * sizeof *ix->by_pub);
  tl_pub *tmp = malloc((ix->n_docs + 1) * sizeof *tmp);
  if (!tmp) abort();
  for (size_t i = 0; i < ix->n_docs; i++) tmp[i] = (tl_pub){ix->doc_pub[i], (uint32_t)i};
  qsort(tmp, ix->n_docs, sizeof *tmp, cmp_pub);
  for (size_t i = 0; i < ix->n_docs; i++) ix->by_pub[i] = tmp[i].doc;
  free(tmp);
}

/* Moves a scratch array into the arena (never NULL, even when empty). */
static void *to_arena(frise_arena *a, const void *p, size_t n, size_t elem) {
  void *q = frise_arena_alloc(a, (n + 1) * elem);
  if (n) memcpy(q, p, n * elem);
  return q;
}

/* Distinct dates each document names, from the mentions sorted by date: a
 * chronology or a readers' comments page names dozens. */
static void count_doc_dates(frise_tl_index *ix) {
  ix->doc_n_dates = frise_arena_calloc(ix->arena, ix->n_docs + 1, sizeof *ix->doc_n_dates);
  int32_t *last = malloc((ix->n_docs + 1) * sizeof *last);
  if (!last) abort();
  for (size_t i = 0; i <= ix->n_docs; i++) last[i] = TL_NO_KEY;
  for (size_t m = 0; m < ix->n_mentions; m++) {
    uint32_t doc = ix->sents[ix->mentions[m].sent].doc;
    if (last[doc] != ix->mentions[m].key) last[doc] = ix->mentions[m].key, ix->doc_n_dates[doc]++;
  }
  free(last);
}

static void finish(frise_tl_index *ix, tl_builder *b) {
  frise_arena *a = ix->arena;
  ix->n_sents = b->n_sents;
  ix->sents = to_arena(a, b->sents, b->n_sents, sizeof *ix->sents);
  ix->n_terms = b->n_terms;
  ix->terms = to_arena(a, b->terms, b->n_terms, sizeof *ix->terms);
  ix->weights = frise_arena_alloc(a, (b->n_terms + 1) * sizeof *ix->weights);
  weigh(ix, b->tf);
  if (b->n_ment) qsort(b->ment, b->n_ment, sizeof *b->ment, cmp_mention);
  ix->n_mentions = b->n_ment;
  ix->mentions = to_arena(a, b->ment, b->n_ment, sizeof *ix->mentions);
  count_doc_dates(ix);
  sort_by_pub(ix);
  size_t best = 0;
  for (int i = 1; i < 4; i++)
    if (b->lang_count[i] > b->lang_count[best]) best = (size_t)i;
  snprintf(ix->lang, sizeof ix->lang, "%s", b->stem_lang[best][0] ? b->stem_lang[best] : "en");
}

/* ---- boilerplate ---- */

typedef struct { uint64_t hash; uint32_t doc, sent; } tl_shash;
static int cmp_shash(const void *a, const void *b) {
  const tl_shash *x = a, *y = b;
  if (x->hash != y->hash) return x->hash < y->hash ? -1 : 1;
  if (x->doc != y->doc) return x->doc < y->doc ? -1 : 1;
  return x->sent < y->sent ? -1 : x->sent > y->sent;
}

static uint64_t sentence_hash(const frise_tl_index *ix, const tl_sent *ts) {
  const char *text = ix->docs[ts->doc].text;
  uint64_t h = 14695981039346656037ull;  /* FNV-1a 64 */
  for (uint32_t i = ts->body; i < ts->end; i++) h = (h ^ (unsigned char)text[i]) * 1099511628211ull;
  return h;
}

/* A sentence printed by 3+ articles published on different days is the
 * site's furniture (subscription notices, legal lines, "latest bulletin"):
 * its dates are not the story's and it is never a summary. Wire copies of
 * one day are not affected. Sort by text hash: O(n log n). */
static void mark_boilerplate(frise_tl_index *ix) {
  tl_shash *h = malloc((ix->n_sents + 1) * sizeof *h);
  if (!h) abort();
  ix->sent_hash = frise_arena_alloc(ix->arena, (ix->n_sents + 1) * sizeof *ix->sent_hash);
  for (size_t s = 0; s < ix->n_sents; s++) {
    h[s] = (tl_shash){sentence_hash(ix, &ix->sents[s]), ix->sents[s].doc, (uint32_t)s};
    ix->sent_hash[s] = h[s].hash;
  }
  qsort(h, ix->n_sents, sizeof *h, cmp_shash);
  for (size_t i = 0, j; i < ix->n_sents; i = j) {
    size_t docs = 0;
    int32_t lo = INT32_MAX, hi = INT32_MIN;
    for (j = i; j < ix->n_sents && h[j].hash == h[i].hash; j++) {
      docs += j == i || h[j].doc != h[j - 1].doc;
      int32_t pub = ix->doc_pub[h[j].doc];
      if (pub != TL_NO_KEY) lo = pub < lo ? pub : lo, hi = pub > hi ? pub : hi;
    }
    if (docs >= 3 && lo < hi)
      for (size_t k = i; k < j; k++) ix->sents[h[k].sent].flags |= TL_SF_BOILER;
  }
  free(h);
}

frise_tl_index *frise_tl_index_new(void) {
  frise_tl_index *ix = calloc(1, sizeof *ix);
  if (!ix) return NULL;
  ix->arena = frise_arena_new(1 << 20);
  ix->b = calloc(1, sizeof *ix->b);
  /* FRISE_TL_TRIM=<TL_TRIM_* bits> overrides the trims for a benchmark run */
  if (ix->b) ix->b->trim = getenv("FRISE_TL_TRIM") ? (unsigned)atoi(getenv("FRISE_TL_TRIM")) : TL_TRIM_DEFAULT;
  if (!ix->arena || !ix->b) {
    frise_arena_free(ix->arena);
    free(ix->b);
    free(ix);
    return NULL;
  }
  return ix;
}

static const char *copy_str(frise_arena *a, const char *s) { return s ? frise_arena_strdup(a, s) : NULL; }

/* The document's metadata and text, copied: the caller may free it after. */
static void keep_doc(frise_tl_index *ix, const frise_doc *d) {
  tl_doc *td = &ix->docs[ix->n_docs];
  td->id = frise_arena_strdup(ix->arena, d->id ? d->id : "");
  td->title = copy_str(ix->arena, d->title);
  td->url = copy_str(ix->arena, d->url);
  td->publisher = copy_str(ix->arena, d->publisher);
  td->lang = d->lang[0] ? frise_arena_strdup(ix->arena, d->lang) : NULL;
  td->dct = d->dct;
  td->text = frise_arena_strndup(ix->arena, d->text ? d->text : "", d->text ? d->len : 0);
}

/* The per-document arrays share one capacity. */
static void grow_docs(frise_tl_index *ix, size_t need) {
  tl_builder *b = ix->b;
  if (need <= b->cap_docs) return;
  size_t cap = b->cap_docs ? b->cap_docs * 2 : 64;
  while (cap < need) cap *= 2;
  ix->docs = realloc(ix->docs, cap * sizeof *ix->docs);
  ix->doc_source = realloc(ix->doc_source, cap * sizeof *ix->doc_source);
  ix->doc_pub = realloc(ix->doc_pub, cap * sizeof *ix->doc_pub);
  ix->doc_first = realloc(ix->doc_first, cap * sizeof *ix->doc_first);
  if (!ix->docs || !ix->doc_source || !ix->doc_pub || !ix->doc_first) abort();  /* OOM is fatal */
  b->cap_docs = cap;
}

int frise_tl_index_add(frise_tl_index *ix, const frise_doc *d) {
  tl_builder *b = ix->b;
  if (!b || !d || ix->n_docs >= UINT32_MAX - 1) return -1;
  size_t i = ix->n_docs;
  grow_docs(ix, i + 2);  /* + the sentinel doc_first[n_docs] */
  keep_doc(ix, d);
  ix->doc_source[i] = source_of(ix, d);
  ix->doc_pub[i] = d->dct.prec >= FRISE_PREC_DAY ? tl_key_of(&d->dct, 1) : TL_NO_KEY;
  ix->doc_first[i] = (uint32_t)b->n_sents;
  frise_stemmer *st = stemmer_for(b, d->lang[0] ? d->lang : "en");
  size_t next_timex = 0;
  order_timexes(b, d);
  for (size_t s = 0; s < d->n_sentences; s++) index_sentence(ix, b, d, (uint32_t)i, (uint32_t)s, st, &next_timex);
  ix->n_docs++;
  return 0;
}

void frise_tl_index_seal(frise_tl_index *ix) {
  tl_builder *b = ix ? ix->b : NULL;
  if (!b) return;
  grow_docs(ix, ix->n_docs + 1);
  ix->doc_first[ix->n_docs] = (uint32_t)b->n_sents;
  ix->n_sources = ix->sources.n;
  finish(ix, b);
  mark_boilerplate(ix);
  for (int i = 0; i < 4; i++) frise_stemmer_free(b->stem[i]);
  free(b->sents), free(b->terms), free(b->tf), free(b->ment), free(b->timex_order);
  free(b);
  ix->b = NULL;
}

frise_tl_index *frise_tl_index_of(frise_doc *const *docs, size_t n) {
  frise_tl_index *ix = frise_tl_index_new();
  for (size_t i = 0; ix && i < n; i++) frise_tl_index_add(ix, docs[i]);
  frise_tl_index_seal(ix);
  return ix;
}

void frise_tl_index_free(frise_tl_index *ix) {
  if (!ix) return;
  if (ix->b) {  /* freed unsealed */
    for (int i = 0; i < 4; i++) frise_stemmer_free(ix->b->stem[i]);
    free(ix->b->sents), free(ix->b->terms), free(ix->b->tf), free(ix->b->ment), free(ix->b->timex_order);
    free(ix->b);
  }
  free(ix->docs), free(ix->doc_source), free(ix->doc_pub), free(ix->doc_first);
  frise_arena_free(ix->arena);
  free(ix);
}

const char *tl_sent_text(const frise_tl_index *ix, frise_arena *a, uint32_t s, int from_body) {
  const tl_sent *ts = &ix->sents[s];
  uint32_t start = from_body ? ts->show_start : ts->start, end = from_body ? ts->show_end : ts->end;
  return frise_arena_strndup(a, ix->docs[ts->doc].text + start, end - start);
}

float tl_sent_cos(const frise_tl_index *ix, uint32_t a, uint32_t b) {
  const tl_sent *x = &ix->sents[a], *y = &ix->sents[b];
  uint32_t i = x->term_first, ie = i + x->n_terms, j = y->term_first, je = j + y->n_terms;
  float dot = 0;
  while (i < ie && j < je) {
    if (ix->terms[i] < ix->terms[j]) i++;
    else if (ix->terms[i] > ix->terms[j]) j++;
    else dot += ix->weights[i++] * ix->weights[j++];
  }
  return dot;
}
