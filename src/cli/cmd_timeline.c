/* cmd_timeline.c: `frise timeline`: reads a collection, annotates each
 * document once, and writes one timeline; or, under the evaluation protocol
 * (--constraints-from GOLD), one timeline per gold timeline, each with the
 * gold's number of dates, sentences per date and date range. */
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "cli.h"
#include "frise/annotate.h"
#include "frise/eval_timeline.h"
#include "frise/json.h"
#include "frise/stories.h"
#include "frise/timex.h"
#include "frise/tlsum.h"

static const cli_opt spec[] = {
  {"lang", OPT_STRING, "fr|en|auto", "language of the documents", "auto"},
  {"dct", OPT_STRING, "DATE", "publication date to use for every document", NULL},
  {"query", OPT_STRING, "WORDS", "keep the story about these words (space or comma separated)", NULL},
  {"query-file", OPT_STRING, "FILE", "query words, one a line (e.g. a topic's keywords.txt)", NULL},
  {"dates", OPT_INT, "N", "number of dates (0: chosen from the collection)", "0"},
  {"sentences", OPT_INT, "K", "sentences per date (0: 1 or 2 by support)", "0"},
  {"from", OPT_STRING, "DATE", "first date shown", NULL},
  {"to", OPT_STRING, "DATE", "last date shown", NULL},
  {"days-only", OPT_FLAG, NULL, "only day-level dates (no month entries)", NULL},
  {"format", OPT_STRING, "json|md|html|timelinejs|csv", "output format", "md"},
  {"out", OPT_STRING, "FILE", "write here instead of standard output", NULL},
  {"constraints-from", OPT_STRING, "GOLD",
   "evaluation protocol: one timeline per gold timeline in GOLD (timelines.jsonl or a .txt "
   "timeline), with its number of dates, round(mean sentences per date) and date range", NULL},
  {"out-dir", OPT_STRING, "DIR",
   "with --constraints-from: write one file per gold timeline, named after it ('/' -> '__', "
   ".txt -> .json)", NULL},
  {"all-stories", OPT_FLAG, NULL,
   "group the articles into stories (as frise stories does) and write one timeline per story "
   "of --min-articles or more into --out-dir, named STORY_ID.FORMAT", NULL},
  {"story", OPT_STRING, "ID", "group the articles into stories and write the timeline of this one", NULL},
  {"min-articles", OPT_INT, "N", "with --all-stories: smallest story that gets a timeline", "5"},
  {"quiet", OPT_FLAG, NULL, "do not print warnings (errors still print)", NULL},
  {NULL, 0, NULL, NULL, NULL}};

typedef struct {       /* the protocol's constraints taken from one gold timeline */
  char *name;
  size_t n_dates, n_sentences;
  frise_date first, last;
} tl_task;

typedef struct {
  frise_doc **docs;
  size_t n, cap;
} doc_list;

static void list_push(doc_list *l, frise_doc *d) {
  if (l->n == l->cap) {
    l->cap = l->cap ? l->cap * 2 : 256;
    frise_doc **p = realloc(l->docs, l->cap * sizeof *p);
    if (!p) abort();
    l->docs = p;
  }
  l->docs[l->n++] = d;
}

static void list_free(doc_list *l) {
  for (size_t i = 0; i < l->n; i++) frise_doc_free(l->docs[i]);
  free(l->docs);
  l->docs = NULL, l->n = l->cap = 0;
}

/* Whole documents, for --all-stories / --story (a finite collection). */
static int collect(frise_doc *d, void *user) {
  frise_annotate_layers(d, FRISE_LAYER_TIMEX);  /* timelines need dates, not entities */
  list_push(user, d);
  return 0;
}

/* The streaming path: each dated document is annotated, indexed and freed as
 * it arrives, so memory follows the index, not the annotations. A document
 * without a publication date waits: at the end it borrows one from the
 * collection (frise_timex_infer_collection), for which each dated document
 * leaves a stub with its id, date and full-date expressions. */
typedef struct {
  frise_tl_index *ix;
  doc_list undated, stubs;
} stream_state;

static frise_doc *date_stub(const frise_doc *d) {
  frise_doc *s = frise_doc_new();
  s->id = frise_doc_strdup(s, d->id);
  s->dct = d->dct, s->dct_source = d->dct_source;
  s->timexes = frise_arena_calloc(s->arena, d->n_timexes ? d->n_timexes : 1, sizeof *s->timexes);
  for (size_t k = 0; k < d->n_timexes; k++)
    if (strlen(d->timexes[k].value) == 10) s->timexes[s->n_timexes++] = d->timexes[k];
  return s;
}

static int index_doc(frise_doc *d, void *user) {
  stream_state *st = user;
  frise_annotate_layers(d, FRISE_LAYER_TIMEX);
  if (d->dct.prec < FRISE_PREC_MONTH) {
    list_push(&st->undated, d);
    return 0;
  }
  if (d->dct_source != FRISE_DCT_INFERRED) list_push(&st->stubs, date_stub(d));
  frise_tl_index_add(st->ix, d);
  frise_doc_free(d);
  return 0;
}

static void index_undated(stream_state *st) {
  if (st->undated.n) {
    doc_list all = {0};
    for (size_t i = 0; i < st->stubs.n; i++) list_push(&all, st->stubs.docs[i]);
    for (size_t i = 0; i < st->undated.n; i++) list_push(&all, st->undated.docs[i]);
    frise_timex_infer_collection(all.docs, all.n);
    free(all.docs);
    for (size_t i = 0; i < st->undated.n; i++) frise_tl_index_add(st->ix, st->undated.docs[i]);
  }
  list_free(&st->undated);
  list_free(&st->stubs);
}

/* ---- query words ---- */

typedef struct {
  char **w;
  size_t n, cap;
} word_list;

static void words_add(word_list *q, const char *s) {
  const char *sep = " \t\r\n,;";
  while (*s) {
    size_t skip = strspn(s, sep), n;
    s += skip;
    if (!*s) break;
    n = strcspn(s, sep);
    if (q->n == q->cap) {
      q->cap = q->cap ? q->cap * 2 : 16;
      char **p = realloc(q->w, q->cap * sizeof *p);
      if (!p) abort();
      q->w = p;
    }
    q->w[q->n++] = strndup(s, n);
    s += n;
  }
}

static void words_free(word_list *q) {
  for (size_t i = 0; i < q->n; i++) free(q->w[i]);
  free(q->w);
}

static int read_query_file(const char *path, word_list *q) {
  frise_buf b;
  frise_buf_init(&b);
  if (frise_buf_read_file(&b, path, 1 << 20, NULL) != 0) {
    fprintf(stderr, "frise timeline: cannot read %s: %s\n", path, strerror(errno));
    frise_buf_free(&b);
    return -1;
  }
  words_add(q, b.data ? b.data : "");
  frise_buf_free(&b);
  return 0;
}

/* ---- gold timelines (constraints) ---- */

static int parse_day(const char *s, size_t n, frise_date *out) {
  size_t used = 0;
  return frise_date_parse(s, n, out, &used) == FRISE_DATE_OK && used == n && out->prec >= FRISE_PREC_DAY
             ? 0 : -1;
}

static void task_note_date(tl_task *t, const frise_date *d) {
  if (t->n_dates == 0 || frise_date_cmp(d, &t->first) < 0) t->first = *d;
  if (t->n_dates == 0 || frise_date_cmp(d, &t->last) > 0) t->last = *d;
  t->n_dates++;
}

/* One line of timelines.jsonl: {"name", "timeline": [[date, [sentence, ...]], ...]}. */
static int task_from_json(const char *line, size_t n, tl_task *t, const char **why) {
  frise_arena *a = frise_arena_new(1 << 16);
  size_t off;
  const char *msg;
  frise_json *root = frise_json_parse(a, line, n, &off, &msg);
  const frise_json *tl = root ? frise_json_get(root, "timeline") : NULL;
  const char *name = root ? frise_json_string(frise_json_get(root, "name")) : NULL;
  int rc = -1;
  size_t n_sent = 0;
  *why = root ? "needs \"name\" and a \"timeline\" array" : msg;
  if (!tl || tl->type != FRISE_JARR || !name) goto done;
  memset(t, 0, sizeof *t);
  for (size_t i = 0; i < tl->len; i++) {
    const frise_json *e = tl->items[i];
    frise_date d;
    const char *ds = e->type == FRISE_JARR && e->len == 2 ? frise_json_string(e->items[0]) : NULL;
    if (!ds || parse_day(ds, strlen(ds), &d) != 0 || e->items[1]->type != FRISE_JARR) {
      *why = "timeline entries must be [\"YYYY-MM-DD\", [sentences]]";
      goto done;
    }
    task_note_date(t, &d);
    n_sent += e->items[1]->len;
  }
  if (t->n_dates == 0) {
    *why = "empty timeline";
    goto done;
  }
  t->n_sentences = (size_t)lround((double)n_sent / (double)t->n_dates);
  if (t->n_sentences == 0) t->n_sentences = 1;
  t->name = strdup(name);
  rc = 0;
done:
  frise_arena_free(a);
  return rc;
}

/* A timeline as shipped: a date line, sentences, a line of dashes. */
static int task_from_text(const char *path, const char *text, tl_task *t, frise_diag *diag) {
  memset(t, 0, sizeof *t);
  size_t n_sent = 0;
  int in_entry = 0;
  long lineno = 0;
  for (const char *p = text; *p;) {
    size_t n = strcspn(p, "\n");
    lineno++;
    size_t m = n;
    while (m && (p[m - 1] == '\r' || p[m - 1] == ' ')) m--;
    frise_date d;
    if (m >= 3 && strspn(p, "-") == m) in_entry = 0;
    else if (!in_entry && m && parse_day(p, m, &d) == 0) task_note_date(t, &d), in_entry = 1;
    else if (in_entry && m) n_sent++;
    else if (m) {
      char where[1100];
      snprintf(where, sizeof where, "%s:%ld", path, lineno);
      frise_diag_warn(diag, where, "expected a date line (YYYY-MM-DD); line ignored");
    }
    p += n + (p[n] == '\n');
  }
  if (t->n_dates == 0) return -1;
  t->n_sentences = (size_t)lround((double)n_sent / (double)t->n_dates);
  if (t->n_sentences == 0) t->n_sentences = 1;
  const char *base = strrchr(path, '/');
  t->name = strdup(base ? base + 1 : path);
  return 0;
}

static int read_tasks(const char *path, tl_task **out, size_t *n_out, frise_diag *diag) {
  frise_buf b;
  frise_buf_init(&b);
  if (frise_buf_read_file(&b, path, (size_t)1 << 30, NULL) != 0) {
    fprintf(stderr, "frise timeline: cannot read %s: %s\n", path, strerror(errno));
    frise_buf_free(&b);
    return -1;
  }
  size_t n = 0, cap = 8;
  tl_task *tasks = calloc(cap, sizeof *tasks);
  if (!tasks) abort();
  size_t l = strlen(path);
  if (l > 6 && strcmp(path + l - 6, ".jsonl") == 0) {
    long lineno = 0;
    for (const char *p = b.data ? b.data : ""; *p;) {
      size_t len = strcspn(p, "\n");
      lineno++;
      if (strspn(p, " \t\r") < len) {
        const char *why;
        if (n == cap) tasks = realloc(tasks, (cap *= 2) * sizeof *tasks);
        if (!tasks) abort();
        if (task_from_json(p, len, &tasks[n], &why) == 0) n++;
        else {
          char where[1100];
          snprintf(where, sizeof where, "%s:%ld", path, lineno);
          frise_diag_reject(diag, where, "bad gold timeline: %s", why);
        }
      }
      p += len + (p[len] == '\n');
    }
  } else if (task_from_text(path, b.data ? b.data : "", &tasks[0], diag) == 0) n = 1;
  else frise_diag_reject(diag, path, "no dated entry in this gold timeline");
  frise_buf_free(&b);
  *out = tasks, *n_out = n;
  return n ? 0 : -1;
}

/* ---- output ---- */

static int write_out(const char *path, const frise_buf *b) {
  if (!path) return fwrite(b->data, 1, b->len, stdout) == b->len ? 0 : -1;
  FILE *f = fopen(path, "wb");
  int ok = f && fwrite(b->data, 1, b->len, f) == b->len;
  if (f && fclose(f) != 0) ok = 0;
  if (!ok) fprintf(stderr, "frise timeline: cannot write %s: %s\n", path, strerror(errno));
  return ok ? 0 : -1;
}

/* Gold "bpoil_bbc/bbc.txt" -> DIR/bpoil_bbc__bbc.json: the scorer's pairing
 * (frise_tle_sys_name), with the format's extension when it is not JSON. */
static void task_out_path(const char *dir, const char *name, const char *fmt, char *out, size_t cap) {
  char flat[512];
  size_t n = frise_tle_sys_name(name, flat, sizeof flat);
  if (strcmp(fmt, "json") != 0 && n > 5 && n < sizeof flat && strcmp(flat + n - 5, ".json") == 0)
    flat[n - 5] = 0;
  if (strcmp(fmt, "json") != 0) snprintf(out, cap, "%s/%s.%s", dir, flat, fmt);
  else snprintf(out, cap, "%s/%s", dir, flat);
}

static int render_and_write(const frise_timeline *t, const char *fmt, const char *path) {
  frise_buf b;
  frise_buf_init(&b);
  int rc = frise_timeline_render(t, fmt, &b);
  if (rc != 0) fprintf(stderr, "frise timeline: unknown format '%s'\n", fmt);
  else rc = write_out(path, &b);
  frise_buf_free(&b);
  return rc;
}

static int parse_bound(const char *s, const char *flag, frise_date *out) {
  size_t used = 0;
  if (!s) return 0;
  if (frise_date_parse(s, strlen(s), out, &used) == FRISE_DATE_OK && used == strlen(s)) return 0;
  fprintf(stderr, "frise timeline: --%s '%s' is not a valid date (YYYY[-MM[-DD]])\n", flag, s);
  return -1;
}

typedef struct {
  const char *fmt, *out, *out_dir, *gold;
  int all_stories;
  const char *story;
  size_t min_articles;
  frise_tl_opts opts;
  word_list query;
  frise_diag diag;
  frise_read_opts ro;
} tl_cli;

static int setup(tl_cli *c, const cli_args *a) {
  frise_diag_init(&c->diag, stderr);
  c->diag.quiet = cli_flag(spec, a, "quiet");
  frise_tl_opts_init(&c->opts);
  c->fmt = cli_get(spec, a, "format");
  int known = 0;
  for (const char *const *f = frise_timeline_formats; *f; f++) known |= strcmp(*f, c->fmt) == 0;
  if (!known) {
    fprintf(stderr, "frise timeline: unknown format '%s' (json, md, html, timelinejs, csv)\n", c->fmt);
    return -1;
  }
  c->out = cli_get(spec, a, "out");
  c->out_dir = cli_get(spec, a, "out-dir");
  c->gold = cli_get(spec, a, "constraints-from");
  long nd = cli_get_int(spec, a, "dates", 0), ns = cli_get_int(spec, a, "sentences", 0);
  if (nd < 0 || ns < 0 || nd > 100000 || ns > 64) {
    fprintf(stderr, "frise timeline: --dates must be 0..100000 and --sentences 0..64\n");
    return -1;
  }
  c->opts.n_dates = (size_t)nd, c->opts.n_sentences = (size_t)ns;
  c->opts.days_only = cli_flag(spec, a, "days-only");
  if (parse_bound(cli_get(spec, a, "from"), "from", &c->opts.from) ||
      parse_bound(cli_get(spec, a, "to"), "to", &c->opts.to))
    return -1;
  const char *q = cli_get(spec, a, "query"), *qf = cli_get(spec, a, "query-file");
  if (q) words_add(&c->query, q);
  if (qf && read_query_file(qf, &c->query) != 0) return -1;
  c->opts.query = (const char *const *)c->query.w, c->opts.n_query = c->query.n;
  c->opts.title = q;
  if (a->n_positional == 0) {
    fprintf(stderr, "frise timeline: no input (use - for stdin)\n");
    return -1;
  }
  c->all_stories = cli_flag(spec, a, "all-stories");
  c->story = cli_get(spec, a, "story");
  c->min_articles = (size_t)cli_get_int(spec, a, "min-articles", 5);
  if ((c->all_stories || c->story) && c->gold) {
    fprintf(stderr, "frise timeline: --all-stories and --story do not go with --constraints-from\n");
    return -1;
  }
  if (c->all_stories && !c->out_dir) {
    fprintf(stderr, "frise timeline: --all-stories writes one file per story: give --out-dir\n");
    return -1;
  }
  if (c->out_dir && !c->gold && !c->all_stories) {
    fprintf(stderr, "frise timeline: --out-dir goes with --constraints-from or --all-stories\n");
    return -1;
  }
  return cli_read_opts(spec, a, &c->ro, &c->diag);
}

/* One timeline per gold timeline, from one index of the collection. */
static int run_tasks(tl_cli *c, const frise_tl_index *ix) {
  tl_task *tasks = NULL;
  size_t n = 0;
  int rc = read_tasks(c->gold, &tasks, &n, &c->diag);
  if (rc == 0 && n > 1 && !c->out_dir) {
    fprintf(stderr, "frise timeline: %s holds %zu timelines: give --out-dir\n", c->gold, n);
    rc = -1;
  }
  if (rc == 0 && c->out_dir && mkdir(c->out_dir, 0777) != 0 && errno != EEXIST) {
    fprintf(stderr, "frise timeline: cannot create %s: %s\n", c->out_dir, strerror(errno));
    rc = -1;
  }
  for (size_t i = 0; rc == 0 && i < n; i++) {
    frise_tl_opts o = c->opts;
    o.n_dates = tasks[i].n_dates, o.n_sentences = tasks[i].n_sentences;
    o.from = tasks[i].first, o.to = tasks[i].last, o.days_only = 1;
    o.title = tasks[i].name;
    frise_timeline *t = frise_tl_index_build(ix, &o);
    char path[1024];
    if (c->out_dir) task_out_path(c->out_dir, tasks[i].name, c->fmt, path, sizeof path);
    rc = t ? render_and_write(t, c->fmt, c->out_dir ? path : c->out) : -1;
    frise_timeline_free(t);
  }
  for (size_t i = 0; i < n; i++) free(tasks[i].name);
  free(tasks);
  return rc;
}

/* ---- one timeline per story (frise_stories, then frise_timeline_build on
 * each story's articles and duplicates) ---- */

typedef struct {
  frise_doc *doc;
  size_t arrival;
  char *story;              /* story id assigned */
} story_doc;

/* Publication order, undated last, then arrival: the order frise stories uses. */
static int by_date(const void *a, const void *b) {
  const story_doc *x = a, *y = b;
  int nx = x->doc->dct.prec == FRISE_PREC_NONE, ny = y->doc->dct.prec == FRISE_PREC_NONE;
  if (nx != ny) return nx - ny;
  int c = nx ? 0 : frise_date_cmp(&x->doc->dct, &y->doc->dct);
  if (c) return c;
  return x->arrival < y->arrival ? -1 : x->arrival > y->arrival;
}

static int story_timeline(tl_cli *c, const frise_story *st, story_doc *sd, size_t n) {
  const char *id = frise_story_id(st);
  frise_doc **sub = malloc((n + 1) * sizeof *sub);
  if (!sub) abort();
  size_t k = 0;
  for (size_t i = 0; i < n; i++)
    if (strcmp(sd[i].story, id) == 0) sub[k++] = sd[i].doc;
  char label[256], path[1024];
  frise_story_label(st, label, sizeof label);
  frise_tl_opts o = c->opts;
  if (!o.title) o.title = label;
  o.story_id = id;
  frise_timeline *t = frise_timeline_build(sub, k, &o);
  const char *ext = strcmp(c->fmt, "timelinejs") == 0 ? "timelinejs.json" : c->fmt;
  if (c->all_stories) snprintf(path, sizeof path, "%s/%s.%s", c->out_dir, id, ext);
  int rc = t ? render_and_write(t, c->fmt, c->all_stories ? path : c->out) : -1;
  frise_timeline_free(t);
  free(sub);
  return rc;
}

static int run_stories(tl_cli *c, frise_doc **docs, size_t n) {
  frise_stories_opts so;
  frise_stories_opts_init(&so);
  so.max_stories = 0, so.close_days = 0;  /* a finite collection: keep every story */
  frise_stories *st = frise_stories_new(&so);
  story_doc *sd = calloc(n + 1, sizeof *sd);
  if (!st || !sd) abort();
  for (size_t i = 0; i < n; i++) sd[i].doc = docs[i], sd[i].arrival = i;
  qsort(sd, n, sizeof *sd, by_date);
  for (size_t i = 0; i < n; i++) {
    frise_story_assign as;
    frise_stories_add(st, sd[i].doc, &as);
    sd[i].story = strdup(as.story_id);
    if (!sd[i].story) abort();
  }
  int rc = 0, found = 0;
  if (c->all_stories && mkdir(c->out_dir, 0777) != 0 && errno != EEXIST) {
    fprintf(stderr, "frise timeline: cannot create %s: %s\n", c->out_dir, strerror(errno));
    rc = -1;
  }
  for (size_t i = 0; rc == 0 && i < frise_stories_count(st); i++) {
    const frise_story *s = frise_stories_at(st, i);
    if (c->story ? strcmp(frise_story_id(s), c->story) != 0 : frise_story_n_articles(s) < c->min_articles)
      continue;
    found++;
    rc = story_timeline(c, s, sd, n);
  }
  if (rc == 0 && c->story && !found) {
    fprintf(stderr, "frise timeline: no story %s in this collection (see frise stories)\n", c->story);
    rc = -1;
  }
  for (size_t i = 0; i < n; i++) free(sd[i].story);
  free(sd);
  frise_stories_free(st);
  return rc;
}

int cmd_timeline(int argc, char **argv) {
  cli_args a;
  int rc = cli_parse("timeline", "[OPTIONS] PATH...", spec, argc, argv, &a);
  if (rc) {
    free(a.positional);
    return rc > 0 ? 0 : FRISE_EXIT_USAGE;
  }
  tl_cli c = {0};
  if (setup(&c, &a) != 0) {
    words_free(&c.query);
    free(a.positional);
    return FRISE_EXIT_USAGE;
  }
  int failed;
  if (c.all_stories || c.story) {
    doc_list docs = {0};
    frise_read_paths(&c.ro, a.positional, (size_t)a.n_positional, collect, &docs);
    frise_timex_infer_collection(docs.docs, docs.n);
    failed = run_stories(&c, docs.docs, docs.n) != 0;
    list_free(&docs);
  } else {
    stream_state st = {frise_tl_index_new(), {0}, {0}};
    if (st.ix) frise_read_paths(&c.ro, a.positional, (size_t)a.n_positional, index_doc, &st);
    if (st.ix) index_undated(&st);
    frise_tl_index_seal(st.ix);
    failed = !st.ix;
    if (st.ix && c.gold) failed = run_tasks(&c, st.ix) != 0;
    else if (st.ix) {
      frise_timeline *t = frise_tl_index_build(st.ix, &c.opts);
      failed = !t || render_and_write(t, c.fmt, c.out) != 0;
      frise_timeline_free(t);
    }
    frise_tl_index_free(st.ix);
  }
  words_free(&c.query);
  free(a.positional);
  fflush(stdout);
  return failed ? FRISE_EXIT_FATAL : cli_exit_status(&c.diag);
}
