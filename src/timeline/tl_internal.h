/* tl_internal.h: what the timeline builder's files share: the collection
 * index (sentence vectors, dated mentions, copied texts), the per-language
 * cues that say whether an undated sentence reports its publication day's
 * news, and the state of one build. */
#ifndef FRISE_TL_INTERNAL_H
#define FRISE_TL_INTERNAL_H
#include <stdint.h>
#include "frise/arena.h"
#include "frise/timeline.h"
#include "frise/tlsum.h"

/* Dates are int32 keys: a day is its day number since 1970-01-01; a month
 * sits above TL_MONTH_BASE (year*12 + month-1) so days and months never mix. */
#define TL_MONTH_BASE 100000000
#define TL_NO_KEY INT32_MIN
int32_t tl_key_of(const frise_date *d, int days_only); /* TL_NO_KEY if too vague */
frise_date tl_key_date(int32_t key);
static inline int tl_key_is_month(int32_t key) { return key >= TL_MONTH_BASE; }

enum {
  TL_SF_REPORTS = 1,  /* past/perfect tense or "today": tells the day's news */
  TL_SF_SUMMARY = 2,  /* may be shown: body sentence of a readable length */
  TL_SF_DATED = 4,    /* refers to at least one day or month */
  TL_SF_BOILER = 8,   /* same text in 3+ articles of different days: site
                         boilerplate ("Conformément à la loi du 6 janvier 1978") */
  TL_SF_QUOTE = 16,   /* direct speech: opens with a quotation mark or is mostly
                         quoted; it comments on the event rather than telling it */
  TL_SF_SPEECH = 32   /* reported speech in the main clause ("a indiqué que",
                         "said that"): tells what was said, not what happened */
};

typedef struct {
  uint32_t doc, sent;            /* document and its sentence index */
  uint32_t start, end;           /* its span in the document's text */
  uint32_t body;                 /* text offset where it starts, after any dateline */
  uint32_t show_start, show_end; /* what a timeline line shows: [body, end) less the
                                    edges tl_trim cuts */
  uint32_t raw_start, raw_end;   /* [show_start, show_end) in the original bytes */
  uint32_t said_end;             /* > show_end: [show_end, said_end) is the attribution tail cut */
  uint32_t term_first, n_terms;  /* into ix->terms/weights, ids ascending */
  uint16_t n_words;              /* words, for length limits */
  uint8_t flags;                 /* TL_SF_* */
  uint8_t n_dates;               /* distinct dates it refers to (at most 4 kept) */
  int32_t main_key;              /* the day it reports when it names several: the latest
                                    one not after publication ("closed since March 11,
                                    will be demolished, officials said on Tuesday") */
} tl_sent;

enum {
  TL_MF_CLOCK = 1,    /* only a clock time ("17h45"): live-blog stamps, weak evidence */
  TL_MF_SAME_DAY = 2, /* the article's own publication day ("today", "ce mardi") */
  TL_MF_FUTURE = 4,   /* after the publication day: announced, may not happen */
  TL_MF_RELATIVE = 8  /* resolved from context ("mardi"), not written in full */
};
typedef struct {
  int32_t key;    /* date referred to */
  uint32_t sent;  /* index into ix->sents */
  uint8_t flags;  /* TL_MF_* */
} tl_mention;

typedef struct {   /* string -> dense id, open addressing; keys in the arena */
  const char **keys;
  uint32_t *lens, *ids;
  size_t cap, n;
} tl_vocab;

typedef struct {   /* what a timeline shows of a document, copied at indexing */
  const char *id, *title, *url, *publisher, *lang;  /* NULL when unknown (except id) */
  frise_date dct;
  const char *text;           /* normalised text: summaries and context */
} tl_doc;

struct tl_builder;

struct frise_tl_index {
  frise_arena *arena;
  struct tl_builder *b;       /* while documents are added; NULL once sealed */
  tl_doc *docs;
  size_t n_docs;
  uint32_t *doc_source;       /* publisher id of each document */
  size_t n_sources;
  int32_t *doc_pub;           /* day key of publication or TL_NO_KEY */
  uint32_t *doc_n_dates;      /* distinct dates each document names (chronologies, comment pages: many) */
  uint32_t *doc_first;        /* first tl_sent of each document; [n_docs] = n_sents */
  uint32_t *by_pub;           /* document indexes sorted by doc_pub */
  tl_sent *sents;
  size_t n_sents;
  uint32_t *terms;            /* stem ids */
  float *weights;             /* tf-idf, unit length per sentence */
  uint64_t *sent_hash;        /* hash of each sentence's body text (copies share it) */
  size_t n_terms;
  tl_vocab vocab;             /* stems */
  tl_vocab sources;           /* publisher names */
  tl_mention *mentions;       /* sorted by key, then sentence */
  size_t n_mentions;
  char lang[4];               /* majority language: stems the query */
};

/* Text of the index's sentence s (from body when from_body), in arena a. */
const char *tl_sent_text(const frise_tl_index *ix, frise_arena *a, uint32_t s, int from_body);

/* Vocabulary: returns the id of s[0..n), adding it when add is set (else
 * UINT32_MAX when absent). */
uint32_t tl_vocab_id(frise_arena *a, tl_vocab *v, const char *s, size_t n, int add);

/* Tense cues for a sentence's lower-cased words (NULL-free array of n
 * pointers/lengths): 1 when it reports a past or present-perfect event or says
 * "today". lang: "fr", "en"; other languages: 1 (no evidence against). */
int tl_sentence_reports(const char *lang, const char *const *words, const size_t *lens, size_t n);
/* 1 when the sentence's main clause reports speech: a speech verb followed
 * closely by a complementiser ("a indiqué le 22 février que", "said that").
 * An attribution tail (", a annoncé le ministre.") is not: the clause before
 * it tells the event. Other languages: 0. */
int tl_sentence_speech(const char *lang, const char *const *words, const size_t *lens, size_t n);
/* 1 when the words after a sentence's last comma are an attribution tail: a
 * speech verb within a few words ("a annoncé le ministre", "officials said"). */
int tl_attribution_tail(const char *lang, const char *const *words, const size_t *lens, size_t n);

/* What the builder knows of a language (tl_pack_<lang>.c, reached through
 * frise_lang.timeline): adding a language is adding a pack, not editing the
 * builder. Lists are folded (lower case) and NULL-terminated; a NULL list is
 * empty. */
struct frise_tl_pack {
  int version;                               /* 1 */
  const char *lang;                          /* "fr" */
  /* a sentence that reports the news of its day (tl_sentence_reports) */
  const char *const *past_forms;             /* whole words: irregular pasts, "today" words */
  const char *const *aux;                    /* auxiliaries of perfect tenses */
  const char *const *participle_endings;     /* after an auxiliary (within 3 words) */
  const char *const *past_endings;           /* regular simple past, any position */
  size_t min_stem;                           /* letters before an ending */
  const char *const *this_words, *const *day_parts; /* "ce" + "matin": today */
  /* reported speech and attribution tails */
  const char *const *speech_verbs;           /* as written after an auxiliary or in the past */
  const char *const *comp;                   /* complementisers that open the reported clause */
  const char *const *tail_after;             /* what may follow a tail's verb (NULL: anything,
                                                as French puts the speaker after it) */
  const char *const *weak_verbs;             /* attribute only with a partner ("fait" savoir) */
  /* the edges a line leaves out (tl_trim.c) */
  const char *const *lead;                   /* words opening a leading adverbial */
  const char *const *tail_open;              /* tails without a verb: "according", "selon" */
  const char *const *rel;                    /* words opening a closing relative clause */
  const char *const *no_start;               /* words a line may not open on */
};
/* The pack of a language code, or NULL (no knowledge: no cue, no trim);
 * tl_packs.c lists the packs. */
const struct frise_tl_pack *tl_pack(const char *lang);
/* 1 when w (n bytes) is in list (NULL: empty). */
int tl_word_in(const char *const *list, const char *w, size_t n);

/* tl_trim.c: the edges of a sentence a timeline line leaves out, each a
 * bit of `what`: an attribution tail (", officials said on Tuesday.",
 * ", according to police."), a closing parenthetical aside, a closing
 * relative clause (", which ..."), a short leading adverbial opened by a
 * table word ("Meanwhile,", "On Tuesday,"). Returns the kept token range
 * inside [first, end): a contiguous slice, so its byte span is exact.
 * TL_TRIM_CREDIT is the index's: a picture credit glued before the first
 * sentence ("Photograph : Gerald Herbert/AP") is skipped like a dateline.
 * FRISE_TL_TRIM=<bits> overrides TL_TRIM_DEFAULT for a benchmark run. */
enum { TL_TRIM_TAIL = 1, TL_TRIM_PAREN = 2, TL_TRIM_LEAD = 4, TL_TRIM_CREDIT = 32, TL_TRIM_REL = 64 };
#define TL_TRIM_DEFAULT (TL_TRIM_TAIL | TL_TRIM_PAREN | TL_TRIM_LEAD | TL_TRIM_CREDIT | TL_TRIM_REL)
typedef struct { uint32_t first, end; } tl_tok_span;
tl_tok_span tl_trim(const frise_doc *d, uint32_t first, uint32_t end, unsigned what);

/* Cosine of two sentence vectors (both unit length). */
float tl_sent_cos(const frise_tl_index *ix, uint32_t a, uint32_t b);

/* ---- building one timeline (tl_build.c, tl_salience.c, tl_summary.c,
 * tl_provenance.c share the state of one build) ---- */

#define TL_CLIP_SENTS 5        /* opening sentences of an article that may tell its day */
#define TL_MAX_CANDIDATES 600  /* per date: bounds the centroid and redundancy work */
#define TL_MAX_ALSO 32
#define TL_AUTO_MAX_DATES 30

/* The builder's weights, tuned on the development topics (doc/timeline.md).
 * Named so that a run can override them: FRISE_TL_PARAMS="w_pub=1,spread=0"
 * (a benchmarking hook, not a user option). */
typedef struct {
  double w_sent;      /* per mentioning sentence (at most doc_cap per article) */
  double w_doc;       /* per mentioning article (its strongest mention) */
  double w_src;       /* publisher diversity: * (1 + w_src log(sources)) */
  double w_pub;       /* per article published that day */
  double w_month;     /* month entries against days */
  double w_clock;     /* mention that is only a clock time ("17h45") */
  double w_same;      /* mention of the article's own day ("today") */
  double w_future;    /* mention of a later day (announced) */
  double doc_cap;     /* mentions counted per article and date */
  double w_pub_sent;  /* publication reports against mentions in the centroid */
  double offquery;    /* score factor of a candidate without a query word (0: excluded) */
  double w_lead;      /* bonus of an article's first sentences: 1 + w_lead / (1 + index) */
  double redundancy;  /* cosine above which a sentence repeats one already chosen */
  double wire;        /* cosine above which another article's sentence is a copy */
  double spread;      /* first-pass gap between dates, in mean spacings */
  double w_relative;  /* mention resolved from context ("Tuesday") against a full date */
  double w_far;       /* look-backs weigh 1 + w_far log(1 + months later) */
  double w_len;       /* summary length: score * (len_ref / words)^w_len (shorter wins at equal content) */
  double len_ref;     /* words of a sentence neither favoured nor penalised by w_len */
  double w_quote;     /* score factor of direct speech (TL_SF_QUOTE) */
  double w_speech;    /* score factor of reported speech (TL_SF_SPEECH) */
  double w_event;     /* bonus of a sentence telling the date's event: it names the
                         date, not as an announcement, and is in a past tense */
  double w_self;      /* share of a candidate's own vector in its centrality (0: the others only) */
  double w_fresh;     /* bonus of a sentence written on the date or within two days after */
  double fresh_pub;   /* 1: the bonus also goes to undated reports of the day */
  double w_ann;       /* score factor of a sentence announcing the date (written before it) */
  double w_multi;     /* score / (1 + w_multi (dates named - 1)) for a sentence naming
                         several days, when this day is not the one it reports
                         (main_key): the others are background */
  double w_many;      /* an article naming n > many_ref distinct dates weighs
                         (many_ref / n)^w_many in each date's salience */
  double many_ref;
} tl_params;

typedef struct {
  int32_t key;
  uint32_t m_first, m_end;   /* its mentions in ix->mentions */
  uint32_t p_first, p_end;   /* documents published that day, in ix->by_pub */
  uint32_t n_docs;           /* articles supporting it */
  double score;
} tl_date;

typedef struct {   /* state of one build */
  const frise_tl_index *ix;
  const frise_tl_opts *o;
  tl_params p;
  uint32_t *query; size_t n_query;
  uint8_t *doc_rel;          /* document has a query word (all 1 without a query) */
  uint32_t *doc_stamp, *src_stamp, stamp;
  uint32_t *doc_hits;        /* mentions of the current date per document */
  double *doc_best;          /* its strongest mention of the current date */
  uint32_t *doc_list;        /* documents met for the current date */
  tl_date *dates; size_t n_dates;
  float *centroid, *cent_pub; uint32_t *touched; size_t n_touched;
  uint32_t *chosen; size_t n_chosen, cap_chosen;   /* sentences in the timeline so far */
  int32_t from, to;          /* day keys, inclusive */
  tl_date *by_key;           /* publication days in key order (all, even out of range) */
  size_t n_by_key;
} tl_run;

typedef struct tl_hidx { uint64_t hash; uint32_t cand; } tl_hidx;
typedef struct {   /* candidate sentences of one date */
  uint32_t *sent; float *score; uint8_t *from_pub;
  uint8_t *mflags;           /* TL_MF_* of its mention of the date (0 for reports) */
  size_t n, n_ment;          /* all, and how many (the first) mention the date */
  int32_t date;              /* the date's key */
  uint8_t *dup;              /* same text as an earlier candidate (a wire copy): one voice */
  struct tl_hidx *hs;        /* scratch: candidates sorted by text hash */
} tl_cands;
typedef struct { uint32_t cand; float score; } tl_ranked;

/* tl_build.c */
int tl_has_query(const tl_run *r, uint32_t sent);   /* 1 without a query */
uint32_t tl_min_support(const tl_run *r);           /* articles a date needs */
/* tl_salience.c: fills r->dates with the candidate dates in range, scored,
 * most salient first. */
void tl_rank_dates(tl_run *r);
/* The entry of a date-ordered list with this key, or NULL. */
const tl_date *tl_find_day(const tl_date *sorted, size_t n, int32_t key);
/* tl_summary.c: gathers and scores the date's candidates into c, chooses up
 * to k non-redundant ones into picked; returns how many. */
size_t tl_summarise_date(tl_run *r, const tl_date *dt, tl_cands *c, tl_ranked *ranked, size_t k,
                         uint32_t *picked);
/* tl_provenance.c: the entry's summary (text, spans, context, wire copies)
 * and sources; doc_map maps collection documents to t->docs. */
void tl_fill_entry(const tl_run *r, frise_timeline *t, uint32_t *doc_map, const tl_cands *c,
                   frise_tl_entry *e, const uint32_t *picked, size_t n);

#endif
