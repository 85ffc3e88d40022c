/* cmd_stories.c: `frise stories`: groups articles into stories and marks
 * duplicates. Articles are put in publication order through a bounded
 * reordering buffer (a min-heap on date, then arrival), so a feed that is
 * roughly in order, or a set of files each in order, comes out in order
 * without holding the whole corpus; only features are buffered, never texts. */
#include "cli.h"
#include "frise/json.h"
#include "frise/stories.h"
#include "frise/text.h"
#include <stdlib.h>
#include <string.h>

/* The clustering defaults live in frise_stories_opts_init only: the
 * entries marked "lib" get their default text from it (fill_defaults), so
 * the help and the library cannot disagree. */
static char def_threshold[32], def_dup[32], def_name[32], def_half[32], def_dormant[32],
    def_max[32];
static cli_opt spec[] = {
  {"lang", OPT_STRING, "fr|en|auto", "language of the documents", "auto"},
  {"dct", OPT_STRING, "DATE", "publication date to use for every document", NULL},
  {"format", OPT_STRING, "json|tsv|md", "output format (tsv: article<TAB>story, one line per article)", "json"},
  {"window", OPT_INT, "N", "articles held to restore publication order (0: feed order)", "5000"},
  {"threshold", OPT_STRING, "X", "cosine similarity to join a story", def_threshold},
  {"dup-threshold", OPT_STRING, "X", "shingle Jaccard similarity for a duplicate", def_dup},
  {"name-weight", OPT_STRING, "X", "weight of proper names against other words", def_name},
  {"half-life", OPT_STRING, "DAYS", "a story's centroid halves its old weight in this time", def_half},
  {"dormant-days", OPT_INT, "N", "days without articles before a story is dormant (harder to join)", def_dormant},
  {"max-stories", OPT_INT, "N", "stories kept in memory before the oldest are written out", def_max},
  {"quiet", OPT_FLAG, NULL, "do not print warnings (errors still print)", NULL},
  {NULL, 0, NULL, NULL, NULL}};

static void fill_defaults(void) {
  frise_stories_opts o;
  frise_stories_opts_init(&o);
  snprintf(def_threshold, sizeof def_threshold, "%g", o.threshold);
  snprintf(def_dup, sizeof def_dup, "%g", o.dup_threshold);
  snprintf(def_name, sizeof def_name, "%g", o.name_weight);
  snprintf(def_half, sizeof def_half, "%g", o.half_life_days);
  snprintf(def_dormant, sizeof def_dormant, "%d", o.dormant_days);
  snprintf(def_max, sizeof def_max, "%zu", o.max_stories);
}

enum { FMT_JSON, FMT_TSV, FMT_MD };

typedef struct {
  frise_stories *st;
  int format;
  frise_stories_item **heap;   /* min-heap on (day, arrival) */
  uint64_t *arrival;
  int64_t *day;                /* heap key: the article's day, or for an undated
                                  article the latest day seen when it arrived */
  int64_t latest;
  size_t n_heap, window;
  uint64_t n_in;
  frise_buf out;
  int n_written;               /* stories written (json: comma placement) */
} stories_state;

static int heap_less(const stories_state *h, size_t a, size_t b) {
  int64_t da = h->day[a], db = h->day[b];
  if (da != db) return da < db;
  return h->arrival[a] < h->arrival[b];
}

static void heap_swap(stories_state *h, size_t a, size_t b) {
  frise_stories_item *t = h->heap[a];
  h->heap[a] = h->heap[b], h->heap[b] = t;
  uint64_t u = h->arrival[a];
  h->arrival[a] = h->arrival[b], h->arrival[b] = u;
  int64_t d = h->day[a];
  h->day[a] = h->day[b], h->day[b] = d;
}

static void heap_push(stories_state *h, frise_stories_item *it) {
  size_t i = h->n_heap++;
  int64_t day = frise_stories_item_day(it);
  if (day != INT64_MIN && day > h->latest) h->latest = day;
  h->heap[i] = it;
  h->arrival[i] = h->n_in++;
  h->day[i] = day != INT64_MIN ? day : h->latest;
  for (; i > 0 && heap_less(h, i, (i - 1) / 2); i = (i - 1) / 2) heap_swap(h, i, (i - 1) / 2);
}

static frise_stories_item *heap_pop(stories_state *h) {
  frise_stories_item *top = h->heap[0];
  h->n_heap--;
  if (h->n_heap) {
    h->heap[0] = h->heap[h->n_heap];
    h->arrival[0] = h->arrival[h->n_heap];
    h->day[0] = h->day[h->n_heap];
    for (size_t i = 0;;) {
      size_t l = 2 * i + 1, r = l + 1, m = i;
      if (l < h->n_heap && heap_less(h, l, m)) m = l;
      if (r < h->n_heap && heap_less(h, r, m)) m = r;
      if (m == i) break;
      heap_swap(h, i, m);
      i = m;
    }
  }
  return top;
}

static void flush_out(stories_state *h) {
  fwrite(h->out.data, 1, h->out.len, stdout);
  frise_buf_clear(&h->out);
}

static void release(stories_state *h, frise_stories_item *it) {
  const char *id = frise_stories_item_id(it);
  char *copy = h->format == FMT_TSV ? strdup(id) : NULL;
  frise_story_assign a;
  frise_stories_add_item(h->st, it, &a);
  if (copy) {
    frise_buf_printf(&h->out, "%s\t%s\n", copy, a.story_id);
    free(copy);
    if (h->out.len > 65536) flush_out(h);
  }
}

static int on_doc(frise_doc *d, void *user) {
  stories_state *h = user;
  frise_text_prepare(d);
  frise_stories_item *it = frise_stories_item_new(h->st, d);
  frise_doc_free(d);
  if (h->window == 0) {
    release(h, it);
    return 0;
  }
  if (h->n_heap == h->window) release(h, heap_pop(h));
  heap_push(h, it);
  return 0;
}

static void date_str(frise_date d, char *buf) {
  if (frise_date_format(&d, buf, 24) <= 0) strcpy(buf, "");
}

static void write_json_story(stories_state *h, const frise_story *st) {
  frise_buf *b = &h->out;
  char label[256], first[24], last[24];
  frise_story_label(st, label, sizeof label);
  date_str(frise_story_first(st), first);
  date_str(frise_story_last(st), last);
  frise_buf_puts(b, h->n_written++ ? ",\n  {\"id\": " : "\n  {\"id\": ");
  frise_json_cstr(b, frise_story_id(st));
  frise_buf_puts(b, ", \"label\": ");
  frise_json_cstr(b, label);
  frise_buf_puts(b, ", \"first\": ");
  frise_json_cstr(b, first[0] ? first : NULL);
  frise_buf_puts(b, ", \"last\": ");
  frise_json_cstr(b, last[0] ? last : NULL);
  frise_buf_printf(b, ", \"n_articles\": %zu, \"n_duplicates\": %zu, \"articles\": [",
                   frise_story_n_articles(st), frise_story_n_duplicates(st));
  for (size_t i = 0; i < frise_story_n_kept(st); i++) {
    if (i) frise_buf_puts(b, ", ");
    frise_json_cstr(b, frise_story_article(st, i));
  }
  frise_buf_puts(b, "], \"duplicates\": [");
  for (size_t i = 0; i < frise_story_n_dups_kept(st); i++) {
    const char *of;
    const char *id = frise_story_duplicate(st, i, &of);
    frise_buf_puts(b, i ? ", {\"id\": " : "{\"id\": ");
    frise_json_cstr(b, id);
    frise_buf_puts(b, ", \"of\": ");
    frise_json_cstr(b, of);
    frise_buf_putc(b, '}');
  }
  frise_buf_puts(b, "]}");
}

static void write_md_story(stories_state *h, const frise_story *st) {
  frise_buf *b = &h->out;
  char label[256], first[24], last[24];
  frise_story_label(st, label, sizeof label);
  date_str(frise_story_first(st), first);
  date_str(frise_story_last(st), last);
  frise_buf_printf(b, "## %s\n\n`%s`, %s to %s: %zu article%s, %zu duplicate%s\n\n", label[0] ? label : "(no label)",
                   frise_story_id(st), first[0] ? first : "?", last[0] ? last : "?",
                   frise_story_n_articles(st), frise_story_n_articles(st) == 1 ? "" : "s",
                   frise_story_n_duplicates(st), frise_story_n_duplicates(st) == 1 ? "" : "s");
  for (size_t i = 0; i < frise_story_n_kept(st); i++)
    frise_buf_printf(b, "- %s\n", frise_story_article(st, i));
  for (size_t i = 0; i < frise_story_n_dups_kept(st); i++) {
    const char *of;
    const char *id = frise_story_duplicate(st, i, &of);
    frise_buf_printf(b, "- %s (duplicate of %s)\n", id, of);
  }
  frise_buf_putc(b, '\n');
}

static void on_close(const frise_story *st, void *user) {
  stories_state *h = user;
  if (h->format == FMT_JSON) write_json_story(h, st);
  else if (h->format == FMT_MD) write_md_story(h, st);
  if (h->out.len > 65536) flush_out(h);
}

static int parse_format(const char *f) {
  if (strcmp(f, "json") == 0) return FMT_JSON;
  if (strcmp(f, "tsv") == 0) return FMT_TSV;
  if (strcmp(f, "md") == 0) return FMT_MD;
  return -1;
}

static int setup(stories_state *h, const cli_args *a, frise_stories_opts *so) {
  h->format = parse_format(cli_get(spec, a, "format"));
  if (h->format < 0) {
    fprintf(stderr, "frise stories: unknown format '%s' (json, tsv or md)\n", cli_get(spec, a, "format"));
    return -1;
  }
  frise_stories_opts_init(so);
  char *end;
  so->threshold = strtod(cli_get(spec, a, "threshold"), &end);
  if (*end || so->threshold <= 0 || so->threshold > 1) {
    fprintf(stderr, "frise stories: --threshold takes a number in (0, 1]\n");
    return -1;
  }
  /* --threshold moves the wake-up threshold too, keeping the library's gap */
  frise_stories_opts d;
  frise_stories_opts_init(&d);
  so->wake_threshold = so->threshold + (d.wake_threshold - d.threshold);
  so->dup_threshold = strtod(cli_get(spec, a, "dup-threshold"), &end);
  if (*end || so->dup_threshold <= 0 || so->dup_threshold > 1) {
    fprintf(stderr, "frise stories: --dup-threshold takes a number in (0, 1]\n");
    return -1;
  }
  so->name_weight = strtod(cli_get(spec, a, "name-weight"), &end);
  if (*end || so->name_weight < 0) {
    fprintf(stderr, "frise stories: --name-weight takes a number >= 0\n");
    return -1;
  }
  so->half_life_days = strtod(cli_get(spec, a, "half-life"), &end);
  if (*end || so->half_life_days <= 0) {
    fprintf(stderr, "frise stories: --half-life takes a number of days > 0\n");
    return -1;
  }
  so->dormant_days = (int)cli_get_int(spec, a, "dormant-days", so->dormant_days);
  so->max_stories = (size_t)cli_get_int(spec, a, "max-stories", (long)so->max_stories);
  so->keep_articles = h->format != FMT_TSV;
  so->on_close = on_close;
  so->user = h;
  h->window = (size_t)cli_get_int(spec, a, "window", 5000);
  return 0;
}

int cmd_stories(int argc, char **argv) {
  cli_args a;
  fill_defaults();
  int rc = cli_parse("stories", "[OPTIONS] PATH...", spec, argc, argv, &a);
  if (rc) {
    free(a.positional);
    return rc > 0 ? 0 : FRISE_EXIT_USAGE;
  }
  frise_diag diag;
  frise_diag_init(&diag, stderr);
  diag.quiet = cli_flag(spec, &a, "quiet");
  frise_read_opts o;
  stories_state h = {0};
  frise_stories_opts so;
  if (cli_read_opts(spec, &a, &o, &diag) != 0 || setup(&h, &a, &so) != 0 || a.n_positional == 0) {
    if (a.n_positional == 0) fprintf(stderr, "frise stories: no input (use - for stdin)\n");
    free(a.positional);
    return FRISE_EXIT_USAGE;
  }
  h.st = frise_stories_new(&so);
  h.heap = malloc((h.window + 1) * sizeof *h.heap);
  h.arrival = malloc((h.window + 1) * sizeof *h.arrival);
  h.day = malloc((h.window + 1) * sizeof *h.day);
  h.latest = INT64_MIN;
  if (!h.st || !h.heap || !h.arrival || !h.day) {
    fprintf(stderr, "frise stories: out of memory\n");
    return FRISE_EXIT_FATAL;
  }
  frise_buf_init(&h.out);
  if (h.format == FMT_JSON) frise_buf_puts(&h.out, "{\"stories\": [");
  frise_read_paths(&o, a.positional, (size_t)a.n_positional, on_doc, &h);
  while (h.n_heap) release(&h, heap_pop(&h));
  frise_stories_finish(h.st);
  if (h.format == FMT_JSON) {
    uint64_t n_art, n_dup, n_st;
    frise_stories_stats(h.st, &n_art, &n_dup, &n_st);
    frise_buf_printf(&h.out, "%s],\n \"n_articles\": %llu, \"n_duplicates\": %llu, \"n_stories\": %llu}\n",
                     h.n_written ? "\n " : "", (unsigned long long)n_art, (unsigned long long)n_dup,
                     (unsigned long long)n_st);
  }
  flush_out(&h);
  frise_buf_free(&h.out);
  frise_stories_free(h.st);
  free(h.heap);
  free(h.arrival);
  free(h.day);
  free(a.positional);
  fflush(stdout);
  return cli_exit_status(&diag);
}
