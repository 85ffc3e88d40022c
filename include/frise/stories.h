/* stories.h: groups a stream of articles into stories in one pass, in
 * publication order, and marks near-duplicates (wire copies, re-publications)
 * as extra sources of their first occurrence. Memory is bounded by a window of
 * stories (least recently updated ones are closed first), a window of recent
 * sketches for duplicates and a fixed-size document-frequency sketch: it runs
 * on an endless stream. Story ids are derived from the first article's id
 * ("s-" + 12 hex digits), so they do not change when articles are appended. */
#ifndef FRISE_STORIES_H
#define FRISE_STORIES_H
#include <stddef.h>
#include <stdint.h>
#include "frise/date.h"
#include "frise/doc.h"

typedef struct frise_story frise_story;     /* one story; borrowed from its frise_stories */
typedef struct frise_stories frise_stories; /* the clusterer; caller owns */

/* Called with each story leaving memory (evicted or at frise_stories_finish);
 * the story is valid during the call only. */
typedef void (*frise_story_close_fn)(const frise_story *st, void *user);

typedef struct {
  double threshold;        /* cosine needed to join an active story */
  double wake_threshold;   /* cosine needed to wake a dormant story */
  double half_life_days;   /* a story's centroid halves its old weight this fast */
  double min_decay;        /* ... but keeps at least this share at each article */
  int dormant_days;        /* no article for this long: the story is dormant */
  uint64_t wake_min_articles; /* a dormant story of fewer articles is never woken:
                              one or two articles and two months of silence are
                              not an ongoing story, and such a wake mixes topics */
  double narrow_terms;     /* a match resting on fewer effective shared terms than this ... */
  double narrow_factor;    /* ... needs this many times the threshold */
  double name_weight;      /* weight of proper names against words */
  double title_ratio_lo;   /* a capitalised word whose word form (any case) is in this many */
  double title_ratio_hi;   /* ... to this many times more recent articles than the name is
                              loses its name weight, linearly down to a word's at hi: it is a
                              common word in a title ("Finance Ministry", "World Bank",
                              "Conseil"), not a participant ("Tokyo", "Carstens"); 0: off */
  double number_weight;    /* weight of numbers against words */
  double size_bonus;       /* an active story of n articles scores sim * (1 + bonus * ln(1 + min(n, cap))) */
  size_t size_cap;
  double contrast_min;     /* a story's contrast is the mean cosine of the articles that had it
                              among their exact candidates over the mean cosine of those that
                              joined it; under this (a catch-all: considered by many articles
                              unlike its members) a join needs threshold * min / contrast, at
                              most contrast_cap times the threshold; 0: off */
  double contrast_cap;
  uint32_t contrast_min_joins; /* ... judged once it has this many joins ... */
  uint32_t contrast_min_visits; /* ... and this many candidacies */
  size_t doc_terms;        /* strongest terms kept per article vector */
  size_t centroid_terms;   /* terms kept per story centroid */
  size_t max_stories;      /* stories kept in memory (0: no limit) */
  int close_days;          /* a story silent this long is closed for good (0: never) */
  int keep_articles;       /* keep article ids in stories (for output) */
  double dup_threshold;    /* estimated Jaccard of shingles for a duplicate */
  size_t dup_window;       /* recent articles a duplicate is looked for among */
  frise_story_close_fn on_close; /* may be NULL */
  void *user;              /* passed to on_close */
} frise_stories_opts;

/* Defaults (tuned on Timeline17 and ML-Crisis development data, doc/stories.md). */
void frise_stories_opts_init(frise_stories_opts *o);

/* Caller owns; frise_stories_free. NULL on allocation failure. */
frise_stories *frise_stories_new(const frise_stories_opts *o);
/* Closes (on_close) nothing: call frise_stories_finish first to get them. */
void frise_stories_free(frise_stories *s);

/* The outcome of adding one article. Strings are valid until the next call
 * on s that adds, finishes or frees. */
typedef struct {
  const char *story_id;    /* story the article belongs to */
  const char *dup_of;      /* id of the first occurrence when a duplicate, else NULL */
  int new_story;           /* 1 if the article started the story */
  int woke;                /* 1 if it woke a dormant story */
  double similarity;       /* cosine to the story (joins), Jaccard (duplicates), 0 (new) */
} frise_story_assign;

/* A prepared article (features and duplicate sketch extracted, the document
 * no longer needed): lets a caller reorder articles by date in a bounded
 * buffer before adding them. Caller owns until it is passed to _add_item. */
typedef struct frise_stories_item frise_stories_item;
/* d must have been through frise_text_prepare. Never NULL (aborts on OOM). */
frise_stories_item *frise_stories_item_new(frise_stories *s, const frise_doc *d);
int64_t frise_stories_item_day(const frise_stories_item *it); /* days since 1970, INT64_MIN if no date */
const char *frise_stories_item_id(const frise_stories_item *it); /* borrowed from the item */
void frise_stories_item_free(frise_stories_item *it);
/* Adds the item (and frees it). *out may be NULL. */
void frise_stories_add_item(frise_stories *s, frise_stories_item *it, frise_story_assign *out);
/* Item_new + add_item. */
void frise_stories_add(frise_stories *s, const frise_doc *d, frise_story_assign *out);
/* Closes every story still in memory (on_close, oldest first) and empties s. */
void frise_stories_finish(frise_stories *s);

/* Stories in memory, in order of creation. Borrowed; valid until the next
 * add, finish or free. */
size_t frise_stories_count(const frise_stories *s);
const frise_story *frise_stories_at(const frise_stories *s, size_t i);
const frise_story *frise_stories_find(const frise_stories *s, const char *story_id);
/* Articles seen, duplicates among them, stories created, in total. */
void frise_stories_stats(const frise_stories *s, uint64_t *articles, uint64_t *duplicates,
                         uint64_t *stories);

/* Accessors. Strings are borrowed from the story. */
const char *frise_story_id(const frise_story *st);
/* Its most telling words and names, comma separated ("oil, BP, spill, Gulf").
 * Written into buf (cap bytes, NUL-terminated); returns buf. */
const char *frise_story_label(const frise_story *st, char *buf, size_t cap);
frise_date frise_story_first(const frise_story *st); /* earliest article date (prec NONE if none) */
frise_date frise_story_last(const frise_story *st);
/* Distinct articles (duplicates excluded), in order of arrival. Ids are only
 * kept with keep_articles; n_articles counts them all the same. */
size_t frise_story_n_articles(const frise_story *st);
size_t frise_story_n_kept(const frise_story *st);
const char *frise_story_article(const frise_story *st, size_t i);
/* Duplicates: the article and the first occurrence it copies. */
size_t frise_story_n_duplicates(const frise_story *st);
size_t frise_story_n_dups_kept(const frise_story *st);
const char *frise_story_duplicate(const frise_story *st, size_t i, const char **dup_of);

#endif
