/* test_stories.c: MinHash and the LSH index, story clustering on tiny
 * invented articles, story id stability when articles are appended,
 * duplicates as extra sources, and the B-cubed / V-measure scorer. */
#include "frise/dedup.h"
#include "frise/stories.h"
#include "frise/story_eval.h"
#include "frise/text.h"
#include "harness.h"
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <unistd.h>

#define NEAR(a, b, eps) CHECK(fabs((double)(a) - (double)(b)) < (eps))

static void sketch_range(frise_minhash *m, uint64_t from, uint64_t to) {
  frise_minhash_init(m);
  for (uint64_t x = from; x < to; x++) frise_minhash_add(m, x * 0x9E3779B97F4A7C15ull + 7);
  frise_minhash_finish(m);
}

static void test_minhash_estimates(void) {
  frise_minhash a, b, c, d, e;
  sketch_range(&a, 0, 2000);
  sketch_range(&b, 0, 2000);
  sketch_range(&c, 1000, 3000);   /* |A n C| = 1000, |A u C| = 3000: J = 1/3 */
  sketch_range(&d, 5000, 7000);   /* disjoint */
  frise_minhash_init(&e);
  frise_minhash_finish(&e);       /* empty */
  NEAR(frise_minhash_jaccard(&a, &b), 1.0, 1e-9);
  NEAR(frise_minhash_jaccard(&a, &c), 1.0 / 3, 0.12);
  CHECK(frise_minhash_jaccard(&a, &d) < 0.1);
  NEAR(frise_minhash_jaccard(&a, &e), 0.0, 1e-9);
  /* a small set leaves bins empty: densification still makes copies agree */
  frise_minhash s1, s2;
  sketch_range(&s1, 0, 20);
  sketch_range(&s2, 0, 20);
  NEAR(frise_minhash_jaccard(&s1, &s2), 1.0, 1e-9);
}

static void test_dedup_index(void) {
  frise_dedup *d = frise_dedup_new(64, 0.5);
  frise_minhash m;
  uint64_t seq;
  double j;
  for (uint64_t k = 0; k < 40; k++) { /* 40 unrelated documents of 300 shingles */
    sketch_range(&m, k * 1000, k * 1000 + 300);
    CHECK_INT(frise_dedup_add(d, &m, &seq, &j), -1);
    CHECK_INT(seq, k);
  }
  sketch_range(&m, 17000 + 20, 17000 + 320);  /* #17 with 20 shingles cut, 20 added */
  CHECK_INT(frise_dedup_add(d, &m, &seq, &j), 17);
  CHECK(j >= 0.5);
  sketch_range(&m, 900000, 900300);
  CHECK_INT(frise_dedup_add(d, &m, NULL, NULL), -1);
  frise_minhash empty;
  frise_minhash_init(&empty);
  frise_minhash_finish(&empty);
  CHECK_INT(frise_dedup_add(d, &empty, NULL, NULL), -1);
  for (uint64_t k = 0; k < 64; k++) { /* push #0..#40 out of the window */
    sketch_range(&m, 2000000 + k * 1000, 2000000 + k * 1000 + 300);
    frise_dedup_add(d, &m, NULL, NULL);
  }
  sketch_range(&m, 3000, 3300);  /* exact copy of #3, which has left the window */
  CHECK_INT(frise_dedup_add(d, &m, NULL, NULL), -1);
  frise_dedup_free(d);
  frise_dedup_free(NULL);
}

/* ---- tiny invented articles: three stories, one of them in French ---- */
typedef struct { const char *id, *date, *lang, *text; } art;

static const art arts[] = {
  {"a1", "2031-03-02", "en", "The Verdane bridge over the River Ostra collapsed on Sunday night. Mayor Halvor Brenn said "
   "rescue teams from Verdane searched the river for cars. Kessel Engineering built the bridge in 1988."},
  {"b1", "2031-03-02", "en", "Ilse Varga won the first round of the Morlaix chess open in the Grand Hall. Varga beat "
   "Tomas Reed with the black pieces after a long endgame, organisers of the Morlaix tournament said."},
  {"a2", "2031-03-03", "en", "Divers found two cars in the River Ostra below the collapsed Verdane bridge. Halvor Brenn "
   "asked Kessel Engineering for the inspection reports of the bridge, which engineers had checked in 2029."},
  {"c1", "2031-03-03", "fr", "Les dockers de Portvieux sont en grève depuis lundi. Jeanne Marchal, du syndicat des "
   "dockers, réclame des hausses de salaire ; le port de Portvieux est bloqué et les navires attendent au large."},
  {"b2", "2031-03-04", "en", "Tomas Reed recovered in the second round of the Morlaix chess open, drawing with the "
   "defending champion in the Grand Hall. Ilse Varga leads the Morlaix tournament with two points."},
  {"a3", "2031-03-04", "en", "Investigators blamed corroded cables for the collapse of the Verdane bridge. Kessel "
   "Engineering denied any fault; Halvor Brenn ordered checks of every bridge across the River Ostra."},
  {"c2", "2031-03-05", "fr", "Au port de Portvieux, la grève des dockers se durcit. Jeanne Marchal annonce que les "
   "dockers bloqueront les navires jusqu'à l'ouverture de négociations sur les salaires avec la direction du port."},
};
/* appended later: one more per story and an edited copy of a2 */
static const art more[] = {
  {"b3", "2031-03-06", "en", "Ilse Varga won the Morlaix chess open on Saturday with a final round victory in the "
   "Grand Hall; Tomas Reed finished second in the Morlaix tournament."},
  {"a2-copy", "2031-03-06", "en", "Divers found two cars in the River Ostra below the colapsed Verdane bridge. Halvor Brenn "
   "asked Kessel Engineering for the inspection reports of the bridge, which engineers had checked in 2029."},
  {"c3", "2031-03-07", "fr", "Fin de la grève à Portvieux : les dockers et la direction du port ont signé un accord sur "
   "les salaires, annonce Jeanne Marchal. Les navires entrent de nouveau dans le port de Portvieux."},
};

static void add_art(frise_stories *s, const art *a, frise_story_assign *out, char *story, size_t cap) {
  frise_doc *d = frise_doc_new();
  d->id = frise_doc_strdup(d, a->id);
  frise_date_parse(a->date, 10, &d->dct, NULL);
  snprintf(d->lang, sizeof d->lang, "%s", a->lang);
  d->lang_given = 1;
  frise_doc_set_body(d, a->text, strlen(a->text));
  frise_text_prepare(d);
  frise_stories_add(s, d, out);
  snprintf(story, cap, "%s", out->story_id);
  frise_doc_free(d);
}

static frise_stories *run_stream(int with_more, char ids[][24]) {
  frise_stories *s = frise_stories_new(NULL);
  frise_story_assign a;
  size_t n = sizeof arts / sizeof *arts;
  for (size_t k = 0; k < n; k++) add_art(s, &arts[k], &a, ids[k], 24);
  for (size_t k = 0; with_more && k < sizeof more / sizeof *more; k++) add_art(s, &more[k], &a, ids[n + k], 24);
  return s;
}

static void test_clusters_tiny_articles(void) {
  char ids[16][24];
  frise_stories *s = run_stream(0, ids);
  /* a1 a2 a3 together, b1 b2 together, c1 c2 together, three stories */
  CHECK_STR(ids[2], ids[0]);
  CHECK_STR(ids[5], ids[0]);
  CHECK_STR(ids[4], ids[1]);
  CHECK_STR(ids[6], ids[3]);
  CHECK(strcmp(ids[0], ids[1]) != 0 && strcmp(ids[0], ids[3]) != 0 && strcmp(ids[1], ids[3]) != 0);
  CHECK_INT(frise_stories_count(s), 3);
  CHECK_INT(strlen(ids[0]), 18);
  CHECK(strncmp(ids[0], "s-", 2) == 0);
  const frise_story *st = frise_stories_find(s, ids[0]);
  CHECK(st != NULL);
  if (st) {
    CHECK_INT(frise_story_n_articles(st), 3);
    CHECK_STR(frise_story_article(st, 0), "a1");
    char label[128];
    frise_story_label(st, label, sizeof label);
    CHECK(strstr(label, "Verdane") || strstr(label, "bridge") || strstr(label, "Ostra"));
    frise_date f = frise_story_first(st), l = frise_story_last(st);
    CHECK_INT(f.day, 2);
    CHECK_INT(l.day, 4);
  }
  CHECK(frise_stories_at(s, 0) == st);  /* creation order */
  frise_stories_free(s);
}

static int closed;
static void count_close(const frise_story *st, void *user) {
  (void)st, (void)user;
  closed++;
}

static void test_ids_stable_when_appending(void) {
  char first[16][24], second[16][24];
  frise_stories *s1 = run_stream(0, first);
  frise_stories *s2 = run_stream(1, second);
  size_t n = sizeof arts / sizeof *arts;
  for (size_t k = 0; k < n; k++) CHECK_STR(second[k], first[k]);
  CHECK_STR(second[n], second[1]);      /* b3 joins the chess story */
  CHECK_STR(second[n + 2], second[3]);  /* c3 joins the strike */
  frise_stories_free(s1);
  /* the same input again gives the same ids */
  char third[16][24];
  frise_stories *s3 = run_stream(1, third);
  for (size_t k = 0; k < n + 3; k++) CHECK_STR(third[k], second[k]);
  frise_stories_free(s3);
  frise_stories_free(s2);
}

static void test_duplicate_is_a_source(void) {
  frise_stories_opts o;
  frise_stories_opts_init(&o);
  o.on_close = count_close;
  frise_stories *s = frise_stories_new(&o);
  frise_story_assign a;
  char story[24], a2_story[24] = "";
  for (size_t k = 0; k < sizeof arts / sizeof *arts; k++) {
    add_art(s, &arts[k], &a, story, sizeof story);
    if (strcmp(arts[k].id, "a2") == 0) snprintf(a2_story, sizeof a2_story, "%s", story);
  }
  add_art(s, &more[1], &a, story, sizeof story);
  CHECK_STR(a.dup_of, "a2");
  CHECK_STR(story, a2_story);
  CHECK_INT(a.new_story, 0);
  const frise_story *st = frise_stories_find(s, a2_story);
  CHECK(st != NULL);
  if (st) {
    CHECK_INT(frise_story_n_articles(st), 3);   /* not counted as evidence */
    CHECK_INT(frise_story_n_duplicates(st), 1);
    const char *of = NULL;
    CHECK_STR(frise_story_duplicate(st, 0, &of), "a2-copy");
    CHECK_STR(of, "a2");
  }
  uint64_t n_art, n_dup, n_st;
  frise_stories_stats(s, &n_art, &n_dup, &n_st);
  CHECK_INT(n_art, 8);
  CHECK_INT(n_dup, 1);
  CHECK_INT(n_st, 3);
  closed = 0;
  frise_stories_finish(s);
  CHECK_INT(closed, 3);
  CHECK_INT(frise_stories_count(s), 0);
  frise_stories_free(s);
  frise_stories_free(NULL);
}

static void test_memory_bound_evicts_oldest(void) {
  frise_stories_opts o;
  frise_stories_opts_init(&o);
  o.max_stories = 2;
  o.on_close = count_close;
  closed = 0;
  frise_stories *s = frise_stories_new(&o);
  frise_story_assign a;
  char story[24];
  for (size_t k = 0; k < sizeof arts / sizeof *arts; k++) add_art(s, &arts[k], &a, story, sizeof story);
  CHECK(frise_stories_count(s) <= 2);
  CHECK(closed >= 1);
  frise_stories_free(s);
}

/* ---- scorer: gold a a a b b, system 1 1 2 2 2 (worked out by hand) ----
 * B-cubed P: cluster 1 {a,a}: 1 + 1; cluster 2 {a,b,b}: 1/3 + 2/3 + 2/3 -> 11/15.
 * B-cubed R: class a: 2/3 + 2/3 + 1/3; class b: 1 + 1 -> 11/15.
 * H(C) = H(K) = H(3/5, 2/5) = 0.67301; H(C|K) = H(K|C) = 3/5 H(1/3, 2/3) = 0.38191;
 * h = c = V = 1 - 0.38191 / 0.67301 = 0.43254. */
static void test_scorer_hand_example(void) {
  size_t gold[] = {0, 0, 0, 1, 1}, sys[] = {1, 1, 2, 2, 2};
  frise_story_scores sc;
  frise_story_eval(gold, sys, 5, &sc);
  NEAR(sc.bcubed_p, 11.0 / 15, 1e-9);
  NEAR(sc.bcubed_r, 11.0 / 15, 1e-9);
  NEAR(sc.bcubed_f1, 11.0 / 15, 1e-9);
  NEAR(sc.homogeneity, 0.43254, 1e-4);
  NEAR(sc.completeness, 0.43254, 1e-4);
  NEAR(sc.v_measure, 0.43254, 1e-4);
  CHECK_INT(sc.n_gold, 2);
  CHECK_INT(sc.n_sys, 2);
  CHECK_INT(sc.n_mixed, 1);      /* cluster 2 holds a and b */
  CHECK_INT(sc.n_intruders, 1);  /* its a */
  /* all in one cluster: recall 1, precision = (3*3/5 + 2*2/5) / 5 = 13/25; h = 0, c = 1 */
  size_t one[] = {7, 7, 7, 7, 7};
  frise_story_eval(gold, one, 5, &sc);
  NEAR(sc.bcubed_p, 13.0 / 25, 1e-9);
  NEAR(sc.bcubed_r, 1.0, 1e-9);
  NEAR(sc.homogeneity, 0.0, 1e-9);
  NEAR(sc.completeness, 1.0, 1e-9);
  /* perfect */
  size_t same[] = {4, 4, 4, 9, 9};
  frise_story_eval(gold, same, 5, &sc);
  NEAR(sc.bcubed_f1, 1.0, 1e-9);
  NEAR(sc.v_measure, 1.0, 1e-9);
  CHECK_INT(sc.n_mixed, 0);
  CHECK_INT(sc.n_intruders, 0);
  /* a tie: the first gold label holds the majority, the other part intrudes */
  size_t tie_gold[] = {0, 1, 0, 1}, tie_sys[] = {3, 3, 3, 3};
  frise_story_eval(tie_gold, tie_sys, 4, &sc);
  CHECK_INT(sc.n_mixed, 1);
  CHECK_INT(sc.n_intruders, 2);
}

typedef struct { char ids[4][8], gold[4][4], sys[4][8], maj[4][4]; int n; } intruders_seen;

static void note_intruder(const char *id, const char *gold, const char *sys, const char *maj,
                          void *ctx) {
  intruders_seen *in = ctx;
  if (in->n == 4) return;
  snprintf(in->ids[in->n], sizeof in->ids[0], "%s", id);
  snprintf(in->gold[in->n], sizeof in->gold[0], "%s", gold);
  snprintf(in->sys[in->n], sizeof in->sys[0], "%s", sys);
  snprintf(in->maj[in->n], sizeof in->maj[0], "%s", maj);
  in->n++;
}

static void write_file(const char *path, const char *text) {
  FILE *f = fopen(path, "w");
  if (!f) return;
  fputs(text, f);
  fclose(f);
}

static void test_scorer_files(void) {
  char gold[] = "/tmp/frise-test-gold-XXXXXX", sys[] = "/tmp/frise-test-sys-XXXXXX";
  int fg = mkstemp(gold), fs = mkstemp(sys);
  CHECK(fg >= 0 && fs >= 0);
  if (fg < 0 || fs < 0) return;
  close(fg), close(fs);
  write_file(gold, "x1\ta\nx2\ta\nx3\ta\nx4\tb\nx5\tb\nbad line\n");
  /* x5 missing from SYS (a singleton there), x9 not in GOLD (ignored) */
  write_file(sys, "x1\ts-1\nx2\ts-1\r\nx3\ts-2\nx4\ts-2\nx9\ts-2\n");
  frise_diag diag;
  FILE *sink = fopen("/dev/null", "w");
  frise_diag_init(&diag, sink ? sink : stderr);
  diag.quiet = 1;
  frise_story_scores sc;
  CHECK_INT(frise_story_eval_files(gold, sys, &diag, &sc), 0);
  CHECK_INT(sc.n_items, 5);
  CHECK_INT(sc.missing, 1);
  CHECK_INT(sc.extra, 1);
  CHECK_INT(diag.warnings, 1);
  /* clusters {x1,x2} {x3,x4} {x5}: P = (2 + 1/2 + 1/2 + 1) / 5 = 4/5; R = (2/3 + 2/3 + 1/3 + 1/2 + 1/2) / 5 = 8/15 */
  NEAR(sc.bcubed_p, 0.8, 1e-9);
  NEAR(sc.bcubed_r, 8.0 / 15, 1e-9);
  /* s-2 = {x3 (a), x4 (b)}: a tie, a (first in GOLD) is its majority, x4 intrudes */
  intruders_seen in = {0};
  CHECK_INT(frise_story_eval_files_ex(gold, sys, &diag, &sc, note_intruder, &in), 0);
  CHECK_INT(sc.n_mixed, 1);
  CHECK_INT(sc.n_intruders, 1);
  CHECK_INT(in.n, 1);
  CHECK_STR(in.ids[0], "x4");
  CHECK_STR(in.gold[0], "b");
  CHECK_STR(in.sys[0], "s-2");
  CHECK_STR(in.maj[0], "a");
  CHECK_INT(frise_story_eval_files("/nonexistent/gold", sys, &diag, &sc), -1);
  /* in memory; a NUL byte spoils its line only, not the rest of the text */
  static const char g_text[] = "x1\ta\nx2\ta\0junk\nx3\tb\n", s_text[] = "x1\t1\nx2\t1\nx3\t1\n";
  int warned = diag.warnings;
  frise_story_eval_text(g_text, sizeof g_text - 1, s_text, sizeof s_text - 1, &diag, &sc, NULL, NULL);
  CHECK_INT(sc.n_items, 2);
  CHECK_INT(sc.n_mixed, 1);
  CHECK_INT(sc.n_intruders, 1);
  CHECK_INT(sc.extra, 1);
  CHECK_INT(diag.warnings - warned, 1);
  unlink(gold), unlink(sys);
  if (sink) fclose(sink);
}


/* ---- boilerplate and dormant stories ---- */
static const char *const HEADER = "Most read: Lumen festival opens in Karst harbour; Orvik votes on trams. ";
static const char *const BODIES[] = {
  "Farmers near Quillby harvested a record crop of amber pears, the Quillby cooperative said.",
  "The Zanthe observatory photographed a comet passing close to the planet Merrow.",
  "Chef Odile Parrant opened a bakery selling rye loaves on Fennick Street.",
  "Swimmers crossed the cold Dravel lake in a charity race organised by Ulla Strand.",
  "The Pemberton museum bought a bronze statue of a heron from a Vossberg dealer.",
  "Engineers at Calloway Motors tested an electric tractor on muddy Harrow fields.",
  "A choir from Wendle sang folk songs in the cathedral of Ambray before a full house.",
};

static void test_boilerplate_is_not_a_story(void) {
  frise_stories *s = frise_stories_new(NULL);
  frise_story_assign a;
  char story[24], text[512];
  size_t n = sizeof BODIES / sizeof *BODIES;
  for (size_t k = 0; k < n; k++) {
    snprintf(text, sizeof text, "%s%s", HEADER, BODIES[k]);
    char id[8];
    snprintf(id, sizeof id, "h%zu", k);
    art x = {id, "2031-05-01", "en", text};
    add_art(s, &x, &a, story, sizeof story);
  }
  /* the header is on 6 earlier pages (and under half of this one): the last
   * page is judged on its own words */
  CHECK_INT(a.new_story, 1);
  frise_stories_finish(s);
  frise_stories_free(s);
}

static const art dormant_story[] = {
  {"d1", "2031-01-02", "en", "Glaciologist Maren Tolvik measured the retreat of the Hesk glacier near Ardane."},
  {"d2", "2031-01-03", "en", "Maren Tolvik said the Hesk glacier above Ardane lost forty metres this winter."},
  {"d3", "2031-01-05", "en", "Ardane villagers asked Maren Tolvik whether the Hesk glacier threatens their valley."},
};
static const art late = {"d9", "2031-06-01", "en",
                         "Months later, Maren Tolvik returned to the Hesk glacier at Ardane with new instruments."};

static void test_small_dormant_story_not_woken(void) {
  frise_story_assign a;
  char story[24];
  for (size_t n = 2; n <= 3; n++) {
    frise_stories *s = frise_stories_new(NULL);
    for (size_t k = 0; k < n; k++) add_art(s, &dormant_story[k], &a, story, sizeof story);
    add_art(s, &late, &a, story, sizeof story);
    /* two articles then five months of silence: not an ongoing story */
    CHECK_INT(a.new_story, n < 3);
    CHECK_INT(a.woke, n >= 3);
    frise_stories_free(s);
  }
}

/* Two unrelated articles that share one rare name and nothing else. */
static const art narrow[] = {
  {"n1", "2031-07-01", "en", "The bakery on Linden Road sold rye loaves and plum tarts; its owner, Varnholt, "
   "kneads the dough before dawn and bakes in a wood oven."},
  {"n2", "2031-07-02", "en", "A cargo ship ran aground off the northern cape during a gale; the coast guard towed it "
   "to harbour, Varnholt reported from the lighthouse."},
};

static void test_one_shared_name_is_not_a_story(void) {
  frise_story_assign a;
  char s1[24], s2[24];
  for (int strict = 0; strict <= 1; strict++) {
    frise_stories_opts o;
    frise_stories_opts_init(&o);
    if (!strict) o.narrow_factor = 1; /* the rule off: the name alone joins them */
    frise_stories *s = frise_stories_new(&o);
    add_art(s, &narrow[0], &a, s1, sizeof s1);
    add_art(s, &narrow[1], &a, s2, sizeof s2);
    CHECK_INT(a.new_story, strict);
    frise_stories_free(s);
  }
}

/* Two unrelated wire stories of the same day: datelines and bylines share
 * only calendar words and the agency, which are not names. */
static const art wires[] = {
  {"w1", "2031-03-04", "en", "On Tuesday the council of Brinmoor approved a new library, Reuters reported on "
   "Tuesday. Work starts in March, and the library opens in October, the council said on Tuesday."},
  {"w2", "2031-03-04", "en", "On Tuesday a storm flooded farms near Caddow Ford, Reuters reported on Tuesday. "
   "Farmers expect the river to fall in March; in October the dykes will be raised, they said on Tuesday."},
};

static void test_calendar_words_are_not_names(void) {
  frise_stories *s = frise_stories_new(NULL);
  frise_story_assign a;
  char s1[24], s2[24];
  add_art(s, &wires[0], &a, s1, sizeof s1);
  add_art(s, &wires[1], &a, s2, sizeof s2);
  CHECK_INT(a.new_story, 1);
  frise_stories_free(s);
}

/* Two unrelated articles that share only the titles of two institutions,
 * "Harbour Board" and "Trade Office", whose words the stream uses all the
 * time in lower case: common words in titles, not participants. */
static const char *const FILLERS[] = {
  "Fishermen unloaded cod in the harbour; the board of the trade union met at the office of Ingrid Halm.",
  "Ferries left the harbour late because the board of the port office studied new trade rules with Pavel Oster.",
  "A storm damaged boats in the harbour, and the board of the fishing office counted the losses for Mira Thale.",
  "The trade in salted herring fell, the harbour office told the board of the guild led by Joris Venn.",
  "Tourists watched the harbour fireworks while the board of the trade office dined with Selma Krogh.",
  "The harbour pilots asked the board for a new office, and trade talks with Arvid Lunde stalled.",
  "Dockers in the harbour voted to strike, the union board told the trade office of Dagny Rusk.",
  "A new crane arrived in the harbour; the board hopes trade will grow, the office of Einar Voss said.",
  "The harbour museum reopened; its board thanked the trade office and the painter Tove Lind.",
  "Fog closed the harbour for a day, the office of the board said, and trade waited for Kjell Aas.",
  "Children sailed model boats in the harbour while the board of the trade school met at Nora Brekk's office.",
  "The harbour master retired; the board and the trade office thanked Halvard Moe in his office.",
};
static const art titled[] = {
  {"t1", "2031-09-02", "en", "Trawler captain Osric Dunmere was fined by the Harbour Board for dumping torn nylon "
   "nets at sea near the Skerrow reef. Divers from Skerrow photographed seals tangled in the nets, and Dunmere "
   "must pay for the clean-up of the reef, the Trade Office added."},
  {"t2", "2031-09-03", "en", "Pianist Lisbet Aurell opened a music school in an old granary. Aurell teaches "
   "children scales, sonatas and lullabies on three grand pianos; the Harbour Board lent the granary and the "
   "Trade Office paid for the pianos."},
};

static void test_title_words_are_not_names(void) {
  frise_story_assign a;
  char s1[24], s2[24], sf[24];
  for (int on = 0; on <= 1; on++) {
    frise_stories_opts o;
    frise_stories_opts_init(&o);
    if (!on) o.title_ratio_hi = 0; /* the rule off: the titles, as names, join them */
    frise_stories *s = frise_stories_new(&o);
    for (size_t k = 0; k < sizeof FILLERS / sizeof *FILLERS; k++) {
      char id[8];
      snprintf(id, sizeof id, "f%zu", k);
      art x = {id, "2031-09-01", "en", FILLERS[k]};
      add_art(s, &x, &a, sf, sizeof sf);
    }
    add_art(s, &titled[0], &a, s1, sizeof s1);
    add_art(s, &titled[1], &a, s2, sizeof s2);
    CHECK_INT(strcmp(s1, s2) != 0, on);
    frise_stories_free(s);
  }
}

/* A catch-all: a regional economy story whose country names turn up in many
 * unrelated articles (sport, arts, ferries), which all consider it and none
 * join it. An off-topic article that shares the three country names and a
 * word joins it at the plain threshold, not once the story's low contrast
 * (visitors far less similar than members) raises the bar; a genuine
 * follow-up still joins. */
static const art regional[] = {
  {"r1", "2031-04-01", "en", "Ministers of Varossa, Kelmark and Drune met to discuss loans as growth slowed; Varossa "
   "asked Kelmark for credit, and Drune promised to cut spending."},
  {"r2", "2031-04-02", "en", "Growth slowed again in Kelmark, and Varossa and Drune ministers warned that loans to "
   "their banks may stall the economy of the region."},
  {"r3", "2031-04-03", "en", "Drune raised interest rates; ministers in Varossa and Kelmark said the economy needs "
   "cheaper loans, not higher rates, to restore growth."},
  {"r4", "2031-04-04", "en", "Banks in Varossa cut lending; Kelmark and Drune ministers fear slower growth and asked "
   "for emergency loans to protect the economy."},
  {"r5", "2031-04-05", "en", "Unemployment rose in Drune while Varossa and Kelmark ministers agreed on new loans, "
   "hoping growth returns to the economy by autumn."},
  {"r6", "2031-04-06", "en", "Exports from Kelmark fell; Varossa and Drune ministers blamed weak demand, and banks "
   "asked for loans to keep the economy and growth afloat."},
};
static const char *const VISITORS[] = { /* %s: invented names */
  "The sprinter %s won the hundred metres at the %s games; she thanked her family from Varossa.",
  "The painter %s showed seascapes with gulls at the %s gallery; the exhibition will tour Kelmark.",
  "A ferry to %s ran aground in fog; coastguards from Drune and a pilot, %s, rescued every passenger.",
  "Botanists found a rare orchid near %s, beside a waterfall; a museum in Varossa and %s will study it.",
};
static const art memoir = {"x1", "2031-04-14", "en", "The novelist Greta Hume, born in Drune, wrote a memoir about "
  "childhood summers in Varossa and a winter in Kelmark, and about her father, one of the ministers; critics Olla "
  "Renn, Piet Saar and Jory Tenn praised its humour, its sad chapters, its recipes and the photographs of "
  "lighthouses, orchards and horses."};
static const art follow_up = {"x2", "2031-04-14", "en", "Varossa, Kelmark and Drune ministers agreed on cheaper "
  "loans for their banks to restore growth, as unemployment and weak exports hurt the economy of the region."};

/* Invented capitalised names, distinct for distinct k < 600. */
static void invented_name(unsigned k, char *buf, size_t cap) {
  static const char *const syl[] = {"ba", "ko", "ri", "tu", "se", "ma", "lo", "fi", "de", "nu", "ga", "pe"};
  snprintf(buf, cap, "%s%c%sn", syl[k % 12], "aeiou"[(k / 12) % 5], syl[(k / 60) % 12]);
  buf[0] = (char)(buf[0] - 'a' + 'A');
}

static void test_catch_all_needs_more(void) {
  for (int on = 0; on <= 1; on++) {
    frise_stories_opts o;
    frise_stories_opts_init(&o);
    if (!on) o.contrast_min = 0; /* the rule off */
    frise_stories *s = frise_stories_new(&o);
    frise_story_assign a;
    char story[24], first[24], text[256], n1[16], n2[16], id[16];
    for (size_t k = 0; k < sizeof regional / sizeof *regional; k++) {
      add_art(s, &regional[k], &a, story, sizeof story);
      if (k == 0) snprintf(first, sizeof first, "%s", story);
      CHECK_STR(story, first);
    }
    for (unsigned k = 0; k < 60; k++) {
      invented_name(2 * k + 1, n1, sizeof n1);
      invented_name(2 * k + 2, n2, sizeof n2);
      snprintf(text, sizeof text, VISITORS[k % 4], n1, n2);
      snprintf(id, sizeof id, "v%u", k);
      art x = {id, "2031-04-10", "en", text};
      add_art(s, &x, &a, story, sizeof story);
      CHECK(strcmp(story, first) != 0);
    }
    add_art(s, &memoir, &a, story, sizeof story);
    CHECK_INT(strcmp(story, first) == 0, !on);
    add_art(s, &follow_up, &a, story, sizeof story);
    CHECK_STR(story, first);
    frise_stories_free(s);
  }
}

TEST_MAIN(T(test_minhash_estimates), T(test_dedup_index), T(test_clusters_tiny_articles),
          T(test_ids_stable_when_appending), T(test_duplicate_is_a_source),
          T(test_memory_bound_evicts_oldest), T(test_scorer_hand_example), T(test_scorer_files),
          T(test_boilerplate_is_not_a_story), T(test_small_dormant_story_not_woken),
          T(test_one_shared_name_is_not_a_story),
          T(test_calendar_words_are_not_names), T(test_title_words_are_not_names),
          T(test_catch_all_needs_more))
