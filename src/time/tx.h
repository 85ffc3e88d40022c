/* tx.h: internals of the temporal tagger shared by its modules: the language
 * pack format (struct frise_timex_pack, filled by lex_<lang>.c), the lexical
 * units the rules see, the compiled rules and the semantic frame a match
 * fills. The engine (lexicon.c, units.c, rules.c, tense.c, resolve.c, timex.c,
 * collection.c) has no language branches: everything language-specific sits
 * in a pack (lex_fr.c, lex_en.c), and packs.c lists the packs. */
#ifndef FRISE_TX_H
#define FRISE_TX_H
#include "frise/doc.h"
#include <stdint.h>
#include <string.h>

/* Word classes a lexicon entry (or a digit token) can carry. */
typedef enum {
  TX_NONE = 0,
  TX_WORD,    /* known word with no class: only matched as a literal */
  TX_DET,     /* le, la, l', the */
  TX_NUM,     /* cardinal: digits or number words; val (fval for decimals) */
  TX_ORD,     /* ordinal: 1er, premier, first, 4th, XXe */
  TX_MONTH,   /* val 1..12 */
  TX_WDAY,    /* val 1..7 (ISO) */
  TX_UNIT,    /* val: TXU_* */
  TX_POD,     /* part of day, val: TXP_* */
  TX_SEASON,  /* val: TXS_* */
  TX_REL,     /* dernier/prochain/last/next: val -1 / +1; -2 / +2 from the narrative date */
  TX_THIS,    /* ce, cette, this, current: same period (val 1: of the narrative date, that) */
  TX_DEICTIC, /* hier/aujourd'hui/demain: val = day offset from the anchor */
  TX_REF,     /* maintenant, autrefois, bientôt: val -1 PAST, 0 PRESENT, +1 FUTURE */
  TX_MOD,     /* début, fin, vers, au moins: val TXM_* */
  TX_EVERY,   /* chaque, tous, every, each */
  TX_AGO,     /* il y a, ago: duration before the anchor */
  TX_IN,      /* dans, in (+ duration): after the anchor */
  TX_LATER,   /* plus tard, later, après: after the narrative anchor */
  TX_EARLIER, /* plus tôt, earlier, avant: before the narrative anchor */
  TX_NARR,    /* veille, lendemain: val = day offset from the narrative date */
  TX_CLOCK,   /* glued clock 15H00, 10:30, midi: val = minutes since midnight */
  TX_HOURW,   /* h, heure(s), o'clock: after a number, makes a clock time */
  TX_AMPM,    /* a.m. / p.m.; du matin, du soir: val 0 / 12 */
  TX_DATE,    /* numeric date 04/12/2021, 2021-12-04: val = yyyymmdd */
  TX_DECADE,  /* 1990s, années: val = first year or 0 for "années" */
  TX_CENTURY, /* siècle, century */
  TX_FUZZY,   /* plusieurs, quelques, several, few: unknown quantity */
  TX_TZ,      /* GMT, UTC, heure de Paris */
  TX_HOLIDAY, /* holiday: val = month * 100 + day (Noël = 1225), or for the nth weekday of a
               month 10000 + month * 100 + nth * 10 + weekday, nth 5 = last, 6 = the first
               after the first Monday (Thanksgiving 11144, Election Day 11162), or for a
               movable feast 20100 + days from Easter Sunday (Pentecôte 20149) */
  TX_REPORT,  /* the reporting period of financial news: the quarter, the latest period */
  TX_NCLASS
} tx_class;

enum { TXU_SEC = 1, TXU_MIN, TXU_HOUR, TXU_DAY, TXU_WEEK, TXU_MONTH, TXU_QUARTER, TXU_HALF,
       TXU_YEAR, TXU_DECADE, TXU_CENTURY, TXU_WEEKEND, TXU_MILLENNIUM,
       TXU_ANY /* "for a while": a span of unknown unit, PXX */ };
enum { TXP_MO = 1, TXP_MI, TXP_AF, TXP_EV, TXP_NI, TXP_DT };
enum { TXS_SP = 1, TXS_SU, TXS_FA, TXS_WI };
enum { TXM_START = 1, TXM_MID, TXM_END, TXM_APPROX, TXM_LESS, TXM_MORE, TXM_EQ_LESS, TXM_EQ_MORE,
       TXM_ON_OR_AFTER, TXM_BEFORE, TXM_AFTER };

/* Entry flags. */
enum {
  TXF_AMBIG = 1,   /* month word that is also a common word (mars, May, sept) */
  TXF_ABBR = 2,    /* abbreviation: may swallow a following '.' */
  TXF_PLURAL = 4,  /* plural unit (jours, years) */
  TXF_APPROX = 16, /* approximate number: une cinquantaine */
  TXF_HALF = 32,   /* adds a half to the quantity before it: two and a half years */
  TXF_BYNAME = 64  /* only rules naming the word match it, not its class: daily is no UNIT in "a daily" */
};

typedef struct {
  const char *word;      /* folded (lower-case, no accents) form; spaces between words */
  uint8_t cls, cls2;     /* class and an alternative class (0 if none) */
  int16_t val, val2;     /* values for cls and cls2 */
  uint8_t flags;         /* TXF_* */
} frise_timex_word;

/* A rule: a pattern over units and the type of what it finds. Pattern syntax
 * (see doc/timex.md): space-separated elements; an element is a CLASS name,
 * a CLASS:constraint (NUM:day, NUM:year, NUM:hour, NUM:min, MONTH:safe), a
 * literal folded word or punctuation, or alternatives joined by '|'. A
 * trailing '?' makes the element optional; a leading '!' keeps it out of the
 * span (context only, at either end). */
typedef struct {
  const char *pattern;
  uint8_t type;          /* FRISE_TIMEX_* */
  uint16_t flags;        /* TXR_* */
} frise_timex_rule;

#define TX_REJECT 15  /* rule type: what it matches is not a timex (ages: de 37 ans) */
enum {
  TXR_HABIT = 1,     /* in the present or with no tense cue, the season in general: "la demande augmente en été" */
  TXR_NEEDMONTH = 2, /* a bare day: kept only when a following date gives its month */
  TXR_LATEST = 8,   /* "this past spring", "this coming fall": the nearest one that way, maybe this year's */
  TXR_FREQ = 4,     /* SET whose number is a frequency (deux fois par an) */
  TXR_CURRENT = 16, /* a bare unit names the current one: "for the year" is this year */
  TXR_AHEAD = 32,   /* the rule looks forward whatever the verb: "by August" */
  TXR_FIRST = 64,   /* a range or alternative: the first quantity and unit give the value */
  TXR_THAT = 128,   /* anaphoric: "cette année-là" is the year the narrative is in */
  TXR_BEHIND = 256, /* the context puts it before the anchor, never the nearest after: "since year-end" */
  TXR_SOMEDAY = 512, /* "will one day be": an unnamed day, FUTURE_REF (PAST_REF in a past clause) */
  TXR_IN_AHEAD = 1024, /* "redeemed in five years": with a future cue, the day that far ahead; else a duration */
  TXR_FROM_NOW = 2048  /* "two weeks from now": that far after the anchor, whatever the verb */
};

/* Tense cues: words or word endings that mark the tense of a clause. */
/* A past perfect auxiliary (had): past, and it outranks a nearer future cue. */
#define TX_TENSE_PERFECT (-2)
/* A plan in a past form (planned, scheduled): ahead ("scheduled for Friday",
 * "the vote Friday is expected"), but a past verb after a fronted date ("On
 * Friday, the council planned..."). */
#define TX_TENSE_PLAN 3
/* A form of be: a past form right after it is a participle ("would be paid",
 * "is held"), not a past tense. */
#define TX_TENSE_BE 4
/* A determiner: a past form right after it is an adjective ("the planned
 * merger"). Neither this nor TX_TENSE_BE is a tense by itself. */
#define TX_TENSE_DET 5
/* An adverb, which may sit between the determiner and the adjective. */
#define TX_TENSE_ADV 6
/* A present auxiliary of the perfect: past when a past participle follows
 * ("a parlé", "est parti", "s'est réuni"), the present otherwise ("a lieu",
 * "sont incertains", "est voté": a present passive). HAVE takes any
 * participle, ETRE only the pack's verbs of motion or a reflexive. */
#define TX_TENSE_HAVE 7
#define TX_TENSE_ETRE 8

/* What tells a perfect from a present after TX_TENSE_HAVE and TX_TENSE_ETRE. */
typedef struct {
  const char *const *endings;    /* past participle endings: é, i, u, is, it, ert... */
  const char *const *short_participles; /* too short for an ending to tell: eu, vu, dû */
  const char *const *etre_verbs; /* starts of the participles that take être: part, arriv, ven... */
  const char *const *adverbs;    /* words that may sit between: pas, déjà, encore */
  const char *const *reflexive;  /* s', se: "s'est réuni" is a perfect */
  const char *const *not_participles; /* nouns that end like one: "a lieu", "a droit" */
} frise_timex_perfect;
typedef struct {
  const char *form;  /* folded word, or ending when suffix is 1 */
  int8_t tense;      /* -1 past, +1 future, 0 present, or a TX_TENSE_* kind above */
  uint8_t suffix;    /* 1: matches words ending with form (min. stem 3 letters) */
} frise_timex_tense;

struct frise_timex_pack {
  int version;                          /* 1 */
  const char *lang;                     /* "fr" */
  const frise_timex_word *words;        /* terminated by {NULL} */
  const frise_timex_rule *rules;        /* terminated by {NULL} */
  const frise_timex_tense *tenses;      /* terminated by {NULL} */
  int numeric_day_first;                /* 04/12/2021 is 4 December */
  char decimal_sep;                     /* ',' or '.' */
  const char *const *ordinal_suffixes;  /* 1er, 2e, 3ème / 1st, 2nd: NULL-terminated */
  int conventions;                      /* TXC_*: annotation conventions of the language */
  /* The preposition that joins a narrative day to the event it counts from
   * ("la veille [de] l'ouverture"), then the determiners that may follow it
   * ([l']). NULL-terminated, folded; no links: no event anchors. */
  const char *const *event_links;
  const char *const *event_dets;
  /* When non-NULL, what may follow the event word (besides punctuation):
   * "the day before the vote on taxes" names an event, "the day before the
   * president travels" is a clause. */
  const char *const *event_ends;
  const frise_timex_perfect *perfect;   /* NULL: the pack has no TX_TENSE_HAVE/ETRE cues */
  /* Ranges of weekdays, whose second end is not before the first: the word
   * between them ("au", "to") or the word opening the pair ("entre",
   * "between"); NULL-terminated, folded. */
  const char *const *range_to;
  const char *const *range_open;
  /* The word between a reporting period (TX_REPORT) and the day it closes
   * on ("the quarter ended July 31"); NULL-terminated, folded; NULL: none.
   * That quarter is the calendar one holding most of its months. */
  const char *const *period_ends;
  /* A present form of be just before the expression, maybe with one of the
   * links between, makes a schedule: "the vote is on Thursday", "les
   * élections sont en novembre" look ahead. NULL-terminated, folded. */
  const char *const *copula_now;
  const char *const *copula_links;
  /* A sentence opening with one of these words turns to another company or
   * story ("Separately, Acme reported ..."): the reporting quarter set so far
   * no longer holds. NULL-terminated, folded; NULL: none. */
  const char *const *topic_shifts;
  /* Future cues that are also nouns: right after a past ending they are its
   * object ("announced plans to ..."), not a tense. NULL-terminated, folded. */
  const char *const *cue_nouns;
};

/* Annotation conventions that differ between the French and English corpora. */
enum {
  TXC_POD_TIME = 1,       /* dimanche soir is a TIME (FTiB); else a DATE (TimeBank) */
  TXC_WEEKS_AS_DAYS = 2,  /* il y a une semaine is a day; else an ISO week */
  TXC_WEEKDAY_PAST = 4,   /* a weekday with no tense cue is in the past; else the nearest */
  TXC_DECADE_DET = 8,     /* "the 1990s" is 199, a bare "1990s" 199X (TimeBank); else always 199X */
  TXC_NEAR_MONTHS = 16,   /* a month name up to 3 months away (1 against a tense cue) is that one */
  TXC_DURATION_TB = 32,   /* TimeBank duration units: two decades P20Y, two quarters P2Q */
  TXC_REPORT_YEAR = 64    /* after a named quarter, "a year earlier" is that quarter a year before */
};

/* The pack for a language code ("fr"), or NULL (packs.c, the manifest). */
const struct frise_timex_pack *tx_pack_find(const char *lang);

/* ---- lexicon (lexicon.c) ---- */
typedef struct tx_lexicon tx_lexicon;
typedef struct tx_entry {
  const char *word;
  uint8_t cls, cls2, flags, multi; /* multi: number of words in the key */
  int16_t val, val2;
  uint32_t id;
} tx_entry;

/* The compiled lexicon of a pack (built once, immutable, shared by threads). */
const tx_lexicon *tx_lexicon_get(const struct frise_timex_pack *p);
const tx_entry *tx_lexicon_find(const tx_lexicon *lx, const char *key, size_t n);
int tx_lexicon_starts_multi(const tx_lexicon *lx, const char *key, size_t n);
const struct frise_timex_pack *tx_lexicon_pack(const tx_lexicon *lx);
uint32_t tx_lexicon_max_id(const tx_lexicon *lx);
const tx_entry *tx_lexicon_entry(const tx_lexicon *lx, uint32_t id); /* NULL if none */
/* Hash of a folded key, eight bytes at a time (keys are short). */
static inline uint64_t tx_hash_mix(uint64_t h, uint64_t w) {
  h = (h ^ w) * 0xff51afd7ed558ccdull;
  return h ^ (h >> 32);
}
/* With `padded`, the tail is one eight-byte load and a mask, not a byte copy
 * the CPU must stall on: only for keys with eight readable bytes past
 * s + n - 1 (scratch keys), little-endian only. Both give the same hash. */
static inline uint32_t tx_hash_any(const char *s, size_t n, int padded) {
  uint64_t h = 0x9E3779B97F4A7C15ull ^ n;
  for (; n >= 8; s += 8, n -= 8) {
    uint64_t w;
    memcpy(&w, s, 8);
    h = tx_hash_mix(h, w);
  }
  if (n) {
    uint64_t w = 0;
    if (padded) {
      memcpy(&w, s, 8);
      w &= (1ull << (8 * n)) - 1;
    } else {
      memcpy(&w, s, n);
    }
    h = tx_hash_mix(h, w);
  }
  return (uint32_t)h;
}
static inline uint32_t tx_hash(const char *s, size_t n) { return tx_hash_any(s, n, 0); }
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
static inline uint32_t tx_hash_padded(const char *s, size_t n) { return tx_hash_any(s, n, 1); }
#else
static inline uint32_t tx_hash_padded(const char *s, size_t n) { return tx_hash(s, n); }
#endif
/* One probe: the entry for key (or NULL) and whether key starts a longer one.
 * key must have eight readable bytes past its end (tx_hash_padded). */
const tx_entry *tx_lexicon_lookup(const tx_lexicon *lx, const char *key, size_t n, int *is_prefix);

/* ---- units (units.c) ---- */
typedef struct {
  uint32_t start, end;     /* bytes in text */
  uint32_t tok, ntok;      /* tokens covered */
  uint32_t sent;           /* sentence index */
  const tx_entry *e;       /* lexicon entry or NULL */
  uint8_t cls, cls2;
  uint8_t ndigits;         /* for digit numbers: count of digits (0 for words) */
  uint8_t upper;           /* written with an upper-case initial */
  uint8_t sent_first;      /* first token of its sentence */
  int32_t val, val2;
  double fval;             /* decimals: 30,4 */
  uint8_t has_frac;
  uint8_t words;           /* a number written in words (deux mille quatorze) */
  uint8_t plain;           /* ASCII only: "a" (has) and not "à" (to), which fold alike */
} tx_unit;

/* Builds the units of a document; returns the count. *out is malloc'ed:
 * the caller frees it (scratch that dies with the call, not the document). */
size_t tx_units_build(frise_doc *d, const tx_lexicon *lx, tx_unit **out);

/* ---- rules (rules.c) ---- */
typedef struct tx_rules tx_rules;
const tx_rules *tx_rules_get(const tx_lexicon *lx);

/* The semantic frame a match fills. -1 (or TX_UNSET) means absent. */
#define TX_UNSET (-9999)
typedef struct {
  int y, m, d, wd, hh, mm, pod, season, unit, dir, dayoff, ref, mod, every, ago, in, later,
      earlier, narr, ord, decade, century, ampm, fuzzy, det, quarter, half;
  double n;                 /* quantity */
  int has_frac;
  int type;                 /* FRISE_TIMEX_* from the rule */
  int rule_flags;
  int yy2;                  /* the year was written with two digits */
  int unit_plural;
  int report;               /* names the reporting period (TX_REPORT) */
  int narr_rel;             /* the direction counts from the narrative date (following, previous) */
  int nth, nth_wd;          /* floating holiday: the nth (5: last) weekday nth_wd of month m; 0 if none */
  int easter;               /* movable feast: days from Easter Sunday; TX_UNSET if none */
} tx_frame;

typedef struct {
  uint32_t u0, u1;          /* units [u0, u1) in the span */
  tx_frame f;
} tx_match;

/* Longest match of any rule starting at unit i; returns 1 and fills m. */
int tx_rules_match(const tx_rules *r, const tx_unit *u, size_t n, size_t i, tx_match *m);

/* ---- resolution (resolve.c) ---- */
typedef struct {
  frise_date dct;           /* the anchor for deictic expressions */
  frise_date dct_lo, dct_hi;/* interval of possible DCT days when dct is coarse */
  frise_date narrative;     /* last date the narrative set (prec DAY or coarser) */
  int narrative_year;       /* year of the last date named, even a bare year (0: none): "that year" */
  int tense;                /* -1, 0, +1 around the expression; 2 = unknown */
  int conventions;          /* TXC_* of the pack */
  const char *lang;
  int period_y, period_q;   /* last quarter the document named (0: none): the reporting period */
  int period_months;        /* else the months of a longer one ("the nine months"), 0: none */
} tx_context;

/* Normalises a frame into x (value, mod, freq, quant, point, anchor). */
void tx_resolve(const tx_frame *f, const tx_context *c, frise_timex *x);
/* ---- tense (tense.c) ---- */
/* The pack's cue table, measured once per pack and kept (packs are immutable). */
const void *tx_tense_table(const struct frise_timex_pack *p);
/* Token t lower-cased into low (96 bytes), its length; 0 when t is out of
 * range or longer than 40 bytes (no cue word is). */
size_t tx_token_lower(const frise_doc *d, size_t t, char *low);
/* 1 when the folded word w (n bytes) is in the NULL-terminated list. */
int tx_word_in(const char *const *list, const char *w, size_t n);
/* Tense of the clause around units [u0,u1): -1, 0, +1, or 2 (no cue). */
/* memo: one byte per token, zeroed by the caller, reused across calls (or NULL). */
int tx_tense_at(const frise_doc *d, const struct frise_timex_pack *p, const void *cue_table,
                uint8_t *memo, const tx_unit *u, size_t nu, size_t u0, size_t u1);

#endif
