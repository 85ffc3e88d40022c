/* test_tlsum.c: the timeline builder on a small hand-written collection.
 * Timexes are placed by hand (not by the tagger) so these tests pin down the
 * builder alone: text dates, caption exclusion, wire copies, query, range,
 * tense fallback, provenance spans. */
#include <stdlib.h>
#include "frise/reader.h"
#include "frise/text.h"
#include "frise/tlsum.h"
#include "harness.h"
#include "timeline/tl_internal.h"

typedef struct {
  frise_doc *docs[16];
  size_t n;
} coll;

static int collect(frise_doc *d, void *user) {
  coll *c = user;
  if (c->n < 16) c->docs[c->n++] = d;
  else frise_doc_free(d);
  return 0;
}

static void coll_free(coll *c) {
  for (size_t i = 0; i < c->n; i++) frise_doc_free(c->docs[i]);
  c->n = 0;
}

/* Marks every occurrence of phrase in d as a DATE timex denoting the day. */
static void add_timex(frise_doc *d, const char *phrase, int y, int m, int day) {
  size_t n = strlen(phrase);
  for (const char *p = strstr(d->text, phrase); p; p = strstr(p + n, phrase)) {
    d->timexes = frise_arena_grow(d->arena, d->timexes, d->n_timexes, d->n_timexes + 1, sizeof *d->timexes);
    frise_timex *x = &d->timexes[d->n_timexes++];
    memset(x, 0, sizeof *x);
    x->start = (uint32_t)(p - d->text), x->end = x->start + (uint32_t)n;
    x->type = FRISE_TIMEX_DATE;
    x->point = (frise_date){y, m, day, 0, 0, day ? FRISE_PREC_DAY : FRISE_PREC_MONTH};
    snprintf(x->value, sizeof x->value, day ? "%04d-%02d-%02d" : "%04d-%02d", y, m, day);
  }
}

static const char *corpus =
  "{\"id\":\"a1\",\"date\":\"2025-03-05\",\"source\":\"Wire One\",\"lang\":\"en\",\"text\":"
  "\"The old dam on the Sorgue river collapsed on March 3 after days of heavy rain. "
  "Rescue teams evacuated four villages downstream of the dam. "
  "A photo of the dam taken on March 1 shows the cracks.\"}\n"
  "{\"id\":\"b1\",\"date\":\"2025-03-05\",\"source\":\"Wire Two\",\"lang\":\"en\",\"text\":"
  "\"The old dam on the Sorgue river collapsed on March 3 after days of heavy rain. "
  "Engineers had warned about the dam for years.\"}\n"
  "{\"id\":\"c1\",\"date\":\"2025-03-10\",\"source\":\"Daily Three\",\"lang\":\"en\",\"text\":"
  "\"The regional council voted on March 9 to rebuild the dam within two years. "
  "The collapse of the dam on March 3 flooded four villages.\"}\n"
  "{\"id\":\"d1\",\"date\":\"2025-03-12\",\"source\":\"Sports Four\",\"lang\":\"en\",\"text\":"
  "\"The local football club won its match against the league leaders on March 11 in a thrilling game.\"}\n"
  "{\"id\":\"e1\",\"date\":\"2025-03-20\",\"source\":\"Daily Three\",\"lang\":\"en\",\"text\":"
  "\"Workers began clearing the mud left by the dam flood in the lower valley. "
  "The dam inquiry will open next month with public hearings.\"}\n";

static coll load(void) {
  coll c = {{0}, 0};
  frise_diag diag;
  FILE *f = fopen("/dev/null", "w");
  frise_diag_init(&diag, f);
  frise_read_opts o;
  frise_read_opts_init(&o, &diag);
  frise_read_memory(&o, "t.jsonl", "t", corpus, strlen(corpus), collect, &c);
  fclose(f);
  for (size_t i = 0; i < c.n; i++) {
    frise_text_prepare(c.docs[i]);
    add_timex(c.docs[i], "March 3", 2025, 3, 3);
    add_timex(c.docs[i], "March 9", 2025, 3, 9);
    add_timex(c.docs[i], "March 11", 2025, 3, 11);
    add_timex(c.docs[i], "March 1 ", 2025, 3, 1);
  }
  /* the photo line is a caption */
  frise_doc *a = c.docs[0];
  a->sentences[a->n_sentences - 1].flags |= FRISE_SENTF_CAPTION;
  return c;
}

static const frise_tl_entry *entry_on(const frise_timeline *t, int y, int m, int d) {
  for (size_t i = 0; i < t->n_entries; i++)
    if (t->entries[i].date.year == y && t->entries[i].date.month == m && t->entries[i].date.day == d)
      return &t->entries[i];
  return NULL;
}

static const char *const dam_query[] = {"dam"};

static void test_text_dates_and_provenance(void) {
  coll c = load();
  CHECK_INT(c.n, 5);
  frise_tl_opts o;
  frise_tl_opts_init(&o);
  o.query = dam_query, o.n_query = 1;
  frise_timeline *t = frise_timeline_build(c.docs, c.n, &o);
  const frise_tl_entry *e = entry_on(t, 2025, 3, 3);
  CHECK(e != NULL);
  if (e) {
    CHECK(e->n_summary >= 1);
    CHECK_INT(e->n_articles, 3);
    const frise_tl_sentence *s = &e->summary[0];
    CHECK(strstr(s->text, "collapsed on March 3") != NULL);
    const frise_doc *src = NULL;
    for (size_t i = 0; i < c.n; i++)
      if (strcmp(c.docs[i]->id, t->docs[s->doc].id) == 0) src = c.docs[i];
    CHECK(src != NULL);
    /* the span cites the original bytes exactly */
    if (src) CHECK(strncmp(src->raw + s->start, s->text, s->end - s->start) == 0);
    CHECK_INT(s->sentence, 0);
    /* the wire copy collapses into one sentence citing both outlets */
    CHECK_INT(s->n_also, 1);
    CHECK(e->n_sources >= 2);
    CHECK(s->context_after != NULL && strstr(s->context_after, "") != NULL);
  }
  CHECK(entry_on(t, 2025, 3, 9) != NULL);
  CHECK(entry_on(t, 2025, 3, 1) == NULL);   /* caption date */
  CHECK(entry_on(t, 2025, 3, 11) == NULL);  /* off-query */
  for (size_t i = 1; i < t->n_entries; i++)
    CHECK(frise_date_cmp(&t->entries[i - 1].date, &t->entries[i].date) < 0);
  frise_timeline_free(t);
  coll_free(&c);
}

static void test_constraints(void) {
  coll c = load();
  frise_tl_index *ix = frise_tl_index_of(c.docs, c.n);
  frise_tl_opts o;
  frise_tl_opts_init(&o);
  o.query = dam_query, o.n_query = 1;
  o.n_dates = 1, o.n_sentences = 2, o.days_only = 1;
  frise_timeline *t = frise_tl_index_build(ix, &o);
  CHECK_INT(t->n_entries, 1);
  if (t->n_entries) {
    CHECK_INT(t->entries[0].date.day, 3);   /* the most salient day */
    CHECK(t->entries[0].n_summary <= 2);
  }
  frise_timeline_free(t);
  o.n_dates = 10;
  o.from = (frise_date){2025, 3, 8, 0, 0, FRISE_PREC_DAY};
  o.to = (frise_date){2025, 3, 31, 0, 0, FRISE_PREC_DAY};
  t = frise_tl_index_build(ix, &o);
  CHECK(t->n_entries >= 1);
  for (size_t i = 0; i < t->n_entries; i++) {
    CHECK(t->entries[i].date.day >= 8);
    CHECK(t->entries[i].date.prec == FRISE_PREC_DAY);
  }
  /* the undated past-tense report of 20 March stands for its day (or the
   * day before); the future-tense sentence never does */
  int found = 0;
  for (size_t i = 0; i < t->n_entries; i++)
    for (size_t k = 0; k < t->entries[i].n_summary; k++) {
      found |= strstr(t->entries[i].summary[k].text, "began clearing") != NULL;
      CHECK(strstr(t->entries[i].summary[k].text, "will open") == NULL);
    }
  CHECK(found);
  frise_timeline_free(t);
  frise_tl_index_free(ix);
  coll_free(&c);
}

static void test_empty(void) {
  frise_timeline *t = frise_timeline_build(NULL, 0, NULL);
  CHECK(t != NULL);
  if (t) CHECK_INT(t->n_entries, 0);
  frise_timeline_free(t);
  frise_tl_index_free(NULL);
  /* an index builds only once sealed, and takes no document after */
  coll c = load();
  frise_tl_index *ix = frise_tl_index_new();
  CHECK_INT(frise_tl_index_add(ix, c.docs[0]), 0);
  CHECK(frise_tl_index_build(ix, NULL) == NULL);
  frise_tl_index_seal(ix);
  frise_tl_index_seal(ix);
  CHECK_INT(frise_tl_index_add(ix, c.docs[1]), -1);
  coll_free(&c);  /* the index keeps its own copies */
  t = frise_tl_index_build(ix, NULL);
  CHECK(t != NULL);
  frise_timeline_free(t);
  frise_tl_index_free(ix);
  frise_tl_index_free(frise_tl_index_new());  /* unsealed */
}

static int reports(const char *lang, const char *sentence) {
  const char *w[32];
  size_t l[32], n = 0;
  char buf[256];
  snprintf(buf, sizeof buf, "%s", sentence);
  for (char *p = strtok(buf, " "); p && n < 32; p = strtok(NULL, " ")) w[n] = p, l[n] = strlen(p), n++;
  return tl_sentence_reports(lang, w, l, n);
}

static void test_tense(void) {
  CHECK(reports("en", "the minister said the plan was dead"));
  CHECK(reports("en", "the company has agreed to pay"));
  CHECK(reports("en", "rain closes roads today"));
  CHECK(!reports("en", "the inquiry will open next month"));
  CHECK(reports("fr", "le ministre a annoncé sa démission"));
  CHECK(reports("fr", "les manifestants sont partis"));
  CHECK(reports("fr", "la réunion se tient aujourd'hui"));
  CHECK(!reports("fr", "la réunion se tiendra la semaine prochaine"));
  CHECK(reports("xx", "anything"));
}

static void test_keys(void) {
  frise_date d = {2024, 2, 29, 0, 0, FRISE_PREC_DAY}, m = {2024, 2, 0, 0, 0, FRISE_PREC_MONTH};
  frise_date y = {2024, 0, 0, 0, 0, FRISE_PREC_YEAR};
  frise_date back = tl_key_date(tl_key_of(&d, 0));
  CHECK(back.year == 2024 && back.month == 2 && back.day == 29 && back.prec == FRISE_PREC_DAY);
  back = tl_key_date(tl_key_of(&m, 0));
  CHECK(back.year == 2024 && back.month == 2 && back.prec == FRISE_PREC_MONTH);
  CHECK(tl_key_of(&m, 1) == TL_NO_KEY);
  CHECK(tl_key_of(&y, 0) == TL_NO_KEY);
}

/* A wire dateline is not part of the summary; the cited span starts after it. */
static void test_dateline(void) {
  static const char *wire =
    "{\"id\":\"w1\",\"date\":\"2025-05-02\",\"source\":\"Wire One\",\"lang\":\"en\",\"text\":"
    "\"VALMORIN , France | Fri May 2 , 2025 4:56 pm EDT VALMORIN -LRB- Wire -RRB- - The regional "
    "council approved the new bridge over the Sorgue river on May 1 after a long debate .\"}\n";
  coll c = {{0}, 0};
  frise_diag diag;
  FILE *f = fopen("/dev/null", "w");
  frise_diag_init(&diag, f);
  frise_read_opts o;
  frise_read_opts_init(&o, &diag);
  frise_read_memory(&o, "w.jsonl", "w", wire, strlen(wire), collect, &c);
  fclose(f);
  CHECK_INT(c.n, 1);
  if (c.n) {
    frise_text_prepare(c.docs[0]);
    add_timex(c.docs[0], "May 1", 2025, 5, 1);
    frise_timeline *t = frise_timeline_build(c.docs, c.n, NULL);
    const frise_tl_entry *e = entry_on(t, 2025, 5, 1);
    CHECK(e != NULL);
    if (e) {
      CHECK(strncmp(e->summary[0].text, "The regional council", 20) == 0);
      CHECK(strncmp(c.docs[0]->raw + e->summary[0].start, "The regional council", 20) == 0);
    }
    frise_timeline_free(t);
  }
  coll_free(&c);
}

/* A month entry frames its days: it comes first. */
static void test_month_order(void) {
  coll c = load();
  add_timex(c.docs[4], "next month", 2025, 3, 0);  /* a month-precision point */
  frise_tl_opts o;
  frise_tl_opts_init(&o);
  o.n_dates = 10;
  frise_timeline *t = frise_timeline_build(c.docs, c.n, &o);
  int month_at = -1, first_march_day = -1;
  for (size_t i = 0; i < t->n_entries; i++) {
    const frise_date *d = &t->entries[i].date;
    if (d->prec == FRISE_PREC_MONTH && d->month == 3 && month_at < 0) month_at = (int)i;
    if (d->prec == FRISE_PREC_DAY && d->month == 3 && first_march_day < 0) first_march_day = (int)i;
  }
  CHECK(month_at >= 0);
  CHECK(first_march_day >= 0);
  CHECK(month_at < first_march_day);
  frise_timeline_free(t);
  coll_free(&c);
}

/* The same legal line in articles of different days is furniture: its date
 * never makes an entry. */
static void test_boilerplate(void) {
  static const char *site =
    "{\"id\":\"s1\",\"date\":\"2025-06-01\",\"lang\":\"en\",\"text\":\"The ferry service to the "
    "island resumed on June 1 after the storm damaged the harbour. Subscribers may cancel under the "
    "consumer law of January 6 1978 at any time.\"}\n"
    "{\"id\":\"s2\",\"date\":\"2025-06-03\",\"lang\":\"en\",\"text\":\"Harbour repairs will cost "
    "more than expected, the port authority said on June 2 in a statement. Subscribers may cancel "
    "under the consumer law of January 6 1978 at any time.\"}\n"
    "{\"id\":\"s3\",\"date\":\"2025-06-05\",\"lang\":\"en\",\"text\":\"The island council "
    "thanked the harbour workers on June 4 for their quick repairs. Subscribers may cancel under the "
    "consumer law of January 6 1978 at any time.\"}\n";
  coll c = {{0}, 0};
  frise_diag diag;
  FILE *f = fopen("/dev/null", "w");
  frise_diag_init(&diag, f);
  frise_read_opts o;
  frise_read_opts_init(&o, &diag);
  frise_read_memory(&o, "s.jsonl", "s", site, strlen(site), collect, &c);
  fclose(f);
  CHECK_INT(c.n, 3);
  for (size_t i = 0; i < c.n; i++) {
    frise_text_prepare(c.docs[i]);
    add_timex(c.docs[i], "January 6 1978", 1978, 1, 6);
    add_timex(c.docs[i], "June 1", 2025, 6, 1);
    add_timex(c.docs[i], "June 2", 2025, 6, 2);
    add_timex(c.docs[i], "June 4", 2025, 6, 4);
  }
  frise_tl_opts opts;
  frise_tl_opts_init(&opts);
  opts.n_dates = 10;
  frise_timeline *t = frise_timeline_build(c.docs, c.n, &opts);
  CHECK(entry_on(t, 1978, 1, 6) == NULL);
  CHECK(entry_on(t, 2025, 6, 2) != NULL);
  for (size_t i = 0; i < t->n_entries; i++)
    for (size_t k = 0; k < t->entries[i].n_summary; k++)
      CHECK(strstr(t->entries[i].summary[k].text, "Subscribers") == NULL);
  frise_timeline_free(t);
  coll_free(&c);
}

static int speech(const char *lang, const char *sentence) {
  const char *w[40];
  size_t l[40], n = 0;
  char buf[320];
  snprintf(buf, sizeof buf, "%s", sentence);
  for (char *p = strtok(buf, " "); p && n < 40; p = strtok(NULL, " ")) w[n] = p, l[n] = strlen(p), n++;
  return tl_sentence_speech(lang, w, l, n);
}

/* Reported speech in the main clause, not an attribution tail. */
static void test_speech(void) {
  CHECK(speech("fr", "la porte-parole a indiqué le 22 février que le président refusait"));
  CHECK(!speech("fr", "la rencontre a été annulée le 22 au soir a annoncé le ministre"));
  CHECK(speech("en", "the minister said on tuesday that the plan was dead"));
  CHECK(!speech("en", "the bridge will be demolished officials said"));
  CHECK(!speech("xx", "anything said that"));
}

static int tail(const char *lang, const char *words) {
  const char *w[16];
  size_t l[16], n = 0;
  char buf[160];
  snprintf(buf, sizeof buf, "%s", words);
  for (char *p = strtok(buf, " "); p && n < 16; p = strtok(NULL, " ")) w[n] = p, l[n] = strlen(p), n++;
  return tl_attribution_tail(lang, w, l, n);
}

/* Words after the last comma: who said it, or a clause of its own. */
static void test_attribution_tail(void) {
  CHECK(tail("fr", "a annoncé le chef de la diplomatie américain"));
  CHECK(tail("en", "officials said on Tuesday"));
  CHECK(!tail("en", "said that the bridge would be rebuilt"));
  CHECK(!tail("en", "after the storm damaged the harbour"));
  CHECK(!tail("en", "the minister said it again and again and again and again"));
  CHECK(!tail("fr", "se fait tabasser à coups de rangers"));  /* "fait" alone is the event */
  CHECK(tail("fr", "a fait savoir le ministère"));
  CHECK(!tail("en", "you said the economy was sound"));  /* a clause of its own */
  CHECK(tail("en", "the coast guard said late on Tuesday"));
}

static coll load_text(const char *jsonl) {
  coll c = {{0}, 0};
  frise_diag diag;
  FILE *f = fopen("/dev/null", "w");
  frise_diag_init(&diag, f);
  frise_read_opts o;
  frise_read_opts_init(&o, &diag);
  frise_read_memory(&o, "e.jsonl", "e", jsonl, strlen(jsonl), collect, &c);
  fclose(f);
  for (size_t i = 0; i < c.n; i++) frise_text_prepare(c.docs[i]);
  return c;
}

/* Each day's sentence tells that day's event: the closure order rather than
 * the quote that follows it in the same report, and the demolition
 * announcement (carried by two sites: one voice, not two) for the day it was
 * made, not for the day the bridge closed, which it only recalls. */
static void test_event_sentence(void) {
  static const char *news =
    "{\"id\":\"f1\",\"date\":\"2025-03-12\",\"lang\":\"fr\",\"text\":\"La préfecture a ordonné "
    "mardi la fermeture immédiate du pont de la Sorgue après la découverte de fissures sur deux piles. "
    "« Nous ne prendrons aucun risque avec la sécurité des habitants du pont », a déclaré la préfète "
    "lors d'une conférence de presse.\"}\n"
    "{\"id\":\"w1\",\"date\":\"2025-04-30\",\"source\":\"Wire One\",\"lang\":\"en\",\"text\":\"The "
    "Sorgue bridge in Valmorin, closed since March 11 after cracks were found, will be demolished, "
    "officials said on Tuesday. An engineering report found the cables too corroded for repairs.\"}\n"
    "{\"id\":\"w2\",\"date\":\"2025-04-30\",\"source\":\"Wire Two\",\"lang\":\"en\",\"text\":\"The "
    "Sorgue bridge in Valmorin, closed since March 11 after cracks were found, will be demolished, "
    "officials said on Tuesday. A new bridge will take two years to build.\"}\n";
  coll c = load_text(news);
  CHECK_INT(c.n, 3);
  add_timex(c.docs[0], "mardi", 2025, 3, 11);
  for (size_t i = 1; i < c.n; i++) {
    add_timex(c.docs[i], "March 11", 2025, 3, 11);
    add_timex(c.docs[i], "Tuesday", 2025, 4, 29);
  }
  frise_tl_opts o;
  frise_tl_opts_init(&o);
  o.n_dates = 2, o.n_sentences = 1;
  frise_timeline *t = frise_timeline_build(c.docs, c.n, &o);
  const frise_tl_entry *closed = entry_on(t, 2025, 3, 11), *demolished = entry_on(t, 2025, 4, 29);
  CHECK(closed != NULL && demolished != NULL);
  if (closed) CHECK(strncmp(closed->summary[0].text, "La préfecture a ordonné", 24) == 0);
  if (demolished) CHECK(strncmp(demolished->summary[0].text, "The Sorgue bridge", 17) == 0);
  frise_timeline_free(t);
  coll_free(&c);
}

/* A question or a reader's comment asks or reacts: never a summary. */
static void test_questions(void) {
  static const char *page =
    "{\"id\":\"q1\",\"date\":\"2025-03-04\",\"lang\":\"en\",\"text\":\"Why did the old dam on the "
    "Sorgue river collapse on March 3 after the rain ? The old dam on the Sorgue river collapsed on "
    "March 3 after days of rain. At 9:12 on March 4, Riverfan wrote : the old dam on the Sorgue river "
    "collapsed on March 3, I saw it.\"}\n";
  coll c = load_text(page);
  CHECK_INT(c.n, 1);
  if (c.n) add_timex(c.docs[0], "March 3", 2025, 3, 3);
  frise_tl_opts o;
  frise_tl_opts_init(&o);
  o.n_dates = 1, o.n_sentences = 3;
  frise_timeline *t = frise_timeline_build(c.docs, c.n, &o);
  const frise_tl_entry *e = entry_on(t, 2025, 3, 3);
  CHECK(e != NULL);
  if (e) {
    CHECK_INT(e->n_summary, 1);
    CHECK(strncmp(e->summary[0].text, "The old dam", 11) == 0);
  }
  frise_timeline_free(t);
  coll_free(&c);
}


/* The text of tokens [r.first, r.end) of d. */
static void span_text(const frise_doc *d, tl_tok_span r, char *out, size_t cap) {
  size_t n = r.end > r.first ? d->tokens[r.end - 1].end - d->tokens[r.first].start : 0;
  if (n >= cap) n = cap - 1;
  memcpy(out, r.end > r.first ? d->text + d->tokens[r.first].start : "", n);
  out[n] = 0;
}

/* What a line leaves out of its sentence: each trim alone, and all. */
static void test_trim(void) {
  static const char *jsonl =
    "{\"id\":\"t1\",\"date\":\"2025-03-05\",\"lang\":\"en\",\"text\":\"Meanwhile , the regional council "
    "approved the new bridge over the Sorgue river , officials said on Tuesday . The council approved "
    "the new bridge over the Sorgue river ( built in 1920 ) . The council approved the new bridge over "
    "the Sorgue river at its spring session , which ended late . The council approved it , "
    "according to the mayor .\"}\n"
    "{\"id\":\"t2\",\"date\":\"2025-03-05\",\"lang\":\"fr\",\"text\":\"Dans la soirée , le conseil "
    "régional a approuvé le nouveau pont sur la Sorgue , a annoncé la préfète . Depuis la crue du 3 mars , "
    "qui a emporté le vieux pont , les habitants font un détour de vingt kilomètres .\"}\n"
    "{\"id\":\"t3\",\"date\":\"2025-03-05\",\"lang\":\"en\",\"text\":\"Saturday : The yacht Bob , "
    "owned by the council chairman , sailed past the broken dam on the river .\"}\n";
  coll c = load_text(jsonl);
  CHECK_INT(c.n, 3);
  if (c.n < 3) { coll_free(&c); return; }
  const frise_doc *d = c.docs[0];
  CHECK_INT(d->n_sentences, 4);
  if (d->n_sentences != 4) { coll_free(&c); return; }
  char buf[256];
  const frise_sentence *s = &d->sentences[0];
  uint32_t f = s->tok_first, e = s->tok_first + s->tok_count;
  span_text(d, tl_trim(d, f, e, TL_TRIM_TAIL), buf, sizeof buf);
  CHECK_STR(buf, "Meanwhile , the regional council approved the new bridge over the Sorgue river");
  span_text(d, tl_trim(d, f, e, TL_TRIM_LEAD), buf, sizeof buf);
  CHECK_STR(buf, "the regional council approved the new bridge over the Sorgue river , officials said on Tuesday .");
  span_text(d, tl_trim(d, f, e, 0), buf, sizeof buf);
  CHECK(strncmp(buf, "Meanwhile", 9) == 0 && buf[strlen(buf) - 1] == '.');
  s = &d->sentences[1], f = s->tok_first, e = s->tok_first + s->tok_count;
  span_text(d, tl_trim(d, f, e, TL_TRIM_PAREN), buf, sizeof buf);
  CHECK_STR(buf, "The council approved the new bridge over the Sorgue river");
  s = &d->sentences[2], f = s->tok_first, e = s->tok_first + s->tok_count;
  span_text(d, tl_trim(d, f, e, TL_TRIM_REL), buf, sizeof buf);
  CHECK_STR(buf, "The council approved the new bridge over the Sorgue river at its spring session");
  /* too little would be left before the comma: kept whole */
  s = &d->sentences[3], f = s->tok_first, e = s->tok_first + s->tok_count;
  span_text(d, tl_trim(d, f, e, TL_TRIM_DEFAULT), buf, sizeof buf);
  CHECK_STR(buf, "The council approved it , according to the mayor .");
  const frise_doc *fr = c.docs[1];
  s = &fr->sentences[0], f = s->tok_first, e = s->tok_first + s->tok_count;
  span_text(fr, tl_trim(fr, f, e, TL_TRIM_DEFAULT), buf, sizeof buf);
  CHECK_STR(buf, "le conseil régional a approuvé le nouveau pont sur la Sorgue");
  /* a lead cut must not leave the line opening on "qui" */
  CHECK_INT(fr->n_sentences, 2);
  if (fr->n_sentences == 2) {
    s = &fr->sentences[1], f = s->tok_first, e = s->tok_first + s->tok_count;
    span_text(fr, tl_trim(fr, f, e, TL_TRIM_LEAD), buf, sizeof buf);
    CHECK(strncmp(buf, "Depuis la crue", 14) == 0);
  }
  /* an opening with punctuation inside is no adverbial */
  const frise_doc *y = c.docs[2];
  s = &y->sentences[0], f = s->tok_first, e = s->tok_first + s->tok_count;
  span_text(y, tl_trim(y, f, e, TL_TRIM_LEAD), buf, sizeof buf);
  CHECK(strncmp(buf, "Saturday :", 10) == 0);
  coll_free(&c);
}

/* Through the builder: the line is trimmed and its span cites exactly it. */
static void test_trim_provenance(void) {
  static const char *jsonl =
    "{\"id\":\"p1\",\"date\":\"2025-03-05\",\"lang\":\"en\",\"text\":\"Photograph : Jean Valmor/AP The old "
    "dam on the Sorgue river collapsed on March 3 after days of heavy rain , officials said on Wednesday "
    ".\"}\n";
  coll c = load_text(jsonl);
  CHECK_INT(c.n, 1);
  if (c.n) add_timex(c.docs[0], "March 3", 2025, 3, 3);
  frise_timeline *t = frise_timeline_build(c.docs, c.n, NULL);
  const frise_tl_entry *e = entry_on(t, 2025, 3, 3);
  CHECK(e != NULL);
  if (e && c.n) {
    const frise_tl_sentence *s = &e->summary[0];
    CHECK_STR(s->text, "The old dam on the Sorgue river collapsed on March 3 after days of heavy rain");
    CHECK_INT((int)(s->end - s->start), (int)strlen(s->text));
    CHECK(strncmp(c.docs[0]->raw + s->start, s->text, s->end - s->start) == 0);
  }
  frise_timeline_free(t);
  coll_free(&c);
}

/* A picture caption left in the text ("..., left, ...") and a reader's
 * comment ("| Report abuse") neither date nor fill an entry. */
static void test_captions_comments(void) {
  static const char *page =
    "{\"id\":\"k1\",\"date\":\"2025-03-05\",\"lang\":\"en\",\"text\":\"Mayor Anne Valmor , left , "
    "visits the broken dam on the Sorgue river on March 1 with engineers . Posted by : Riverfan | "
    "March 4 , 2025 9:12 AM | Report abuse The old dam on the Sorgue river was a disgrace . The old "
    "dam on the Sorgue river collapsed on March 3 after days of heavy rain .\"}\n";
  coll c = load_text(page);
  CHECK_INT(c.n, 1);
  if (c.n) add_timex(c.docs[0], "March 1 ", 2025, 3, 1), add_timex(c.docs[0], "March 3", 2025, 3, 3);
  frise_tl_opts o;
  frise_tl_opts_init(&o);
  o.n_dates = 3, o.n_sentences = 3;
  frise_timeline *t = frise_timeline_build(c.docs, c.n, &o);
  CHECK(entry_on(t, 2025, 3, 1) == NULL);
  for (size_t i = 0; t && i < t->n_entries; i++)
    for (size_t j = 0; j < t->entries[i].n_summary; j++) {
      CHECK(strstr(t->entries[i].summary[j].text, "left") == NULL);
      CHECK(strstr(t->entries[i].summary[j].text, "disgrace") == NULL);
    }
  frise_timeline_free(t);
  coll_free(&c);
}

/* An article naming sixty dates (a chronology, a comments page) weighs less
 * in each of them than two articles telling one day. */
static void test_many_dates(void) {
  frise_buf b;
  frise_buf_init(&b);
  frise_buf_puts(&b, "{\"id\":\"chrono/1\",\"date\":\"2025-07-01\",\"lang\":\"en\",\"text\":\"");
  char day[32];
  for (int i = 0; i < 60; i++) {
    int y, m, dday;
    frise_civil_from_days(frise_days_from_civil(2025, 1, 2) + 3 * i, &y, &m, &dday);
    snprintf(day, sizeof day, "%04d-%02d-%02d", y, m, dday);
    frise_buf_printf(&b, "On %s the council met to discuss the dam . ", day);
  }
  frise_buf_puts(&b, "\"}\n");
  for (int k = 0; k < 2; k++)
    frise_buf_printf(&b, "{\"id\":\"wire/%d\",\"date\":\"2025-07-02\",\"lang\":\"en\",\"text\":\"The dam "
                         "on the Sorgue river was closed on June 30 after the inspection .\"}\n", k);
  coll c = load_text(b.data);
  frise_buf_free(&b);
  CHECK_INT(c.n, 3);
  if (c.n == 3) {
    for (int i = 0; i < 60; i++) {
      int y, m, dday;
      frise_civil_from_days(frise_days_from_civil(2025, 1, 2) + 3 * i, &y, &m, &dday);
      snprintf(day, sizeof day, "%04d-%02d-%02d", y, m, dday);
      add_timex(c.docs[0], day, y, m, dday);
    }
    add_timex(c.docs[1], "June 30", 2025, 6, 30), add_timex(c.docs[2], "June 30", 2025, 6, 30);
  }
  frise_tl_opts o;
  frise_tl_opts_init(&o);
  o.n_dates = 1, o.n_sentences = 1;
  frise_timeline *t = frise_timeline_build(c.docs, c.n, &o);
  CHECK(entry_on(t, 2025, 6, 30) != NULL);
  frise_timeline_free(t);
  /* without the discount, the chronology's oldest day (a landmark recalled
   * six months later) would win */
  setenv("FRISE_TL_PARAMS", "w_many=0", 1);
  t = frise_timeline_build(c.docs, c.n, &o);
  unsetenv("FRISE_TL_PARAMS");
  CHECK(t && t->n_entries == 1 && entry_on(t, 2025, 6, 30) == NULL);
  frise_timeline_free(t);
  coll_free(&c);
}

TEST_MAIN(T(test_text_dates_and_provenance), T(test_constraints), T(test_empty), T(test_tense),
          T(test_keys), T(test_dateline), T(test_month_order), T(test_boilerplate),
          T(test_speech), T(test_attribution_tail), T(test_event_sentence), T(test_questions),
          T(test_trim), T(test_trim_provenance), T(test_captions_comments), T(test_many_dates))
