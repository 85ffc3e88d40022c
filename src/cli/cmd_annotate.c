/* cmd_annotate.c: `frise annotate`: one JSON line per document, or one TimeML
 * file per document in --out-dir. */
#include "cli.h"
#include "frise/annotate.h"
#include "frise/dct_pool.h"

#define MAX_UNDATED_HELD 1000 /* undated documents held for a date from the collection */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static const cli_opt spec[] = {
  {"lang", OPT_STRING, "fr|en|auto", "language of the documents", "auto"},
  {"dct", OPT_STRING, "DATE", "publication date to use for every document", NULL},
  {"format", OPT_STRING, "jsonl|timeml", "output format", "jsonl"},
  {"out-dir", OPT_STRING, "DIR", "write one file per document here (timeml: required)", NULL},
  {"layers", OPT_STRING, "LIST", "annotators to run, comma-separated: timex, entities, quotes", "timex,entities,quotes"},
  {"quiet", OPT_FLAG, NULL, "do not print warnings (errors still print)", NULL},
  {NULL, 0, NULL, NULL, NULL}};

typedef struct {
  int timeml;
  const char *out_dir;
  frise_buf out;
  frise_diag *diag;
  int failed;
  frise_dct_pool *pool;     /* documents waiting for a date from the collection */
  unsigned layers;          /* FRISE_LAYER_* */
} annotate_state;

/* Output file name for a document: its id with '/' kept as folders flattened. */
static void out_path(const annotate_state *st, const frise_doc *d, char *path, size_t cap) {
  char name[512];
  snprintf(name, sizeof name, "%s", d->id);
  for (char *p = name; *p; p++)
    if (*p == '/' || *p == ':' || *p == '\\') *p = '_';
  size_t l = strlen(name);
  const char *ext = st->timeml ? ".tml" : ".jsonl";
  int has = l > 4 && strcmp(name + l - 4, ".tml") == 0 && st->timeml;
  snprintf(path, cap, "%s/%s%s", st->out_dir, name, has ? "" : ext);
}

static int write_doc(frise_doc *d, void *user) {
  annotate_state *st = user;
  frise_buf_clear(&st->out);
  if (st->timeml) frise_write_timeml(d, &st->out);
  else frise_write_jsonl(d, &st->out);
  if (st->out_dir) {
    char path[1024];
    out_path(st, d, path, sizeof path);
    FILE *f = fopen(path, "wb");
    if (!f || fwrite(st->out.data, 1, st->out.len, f) != st->out.len) {
      fprintf(stderr, "frise annotate: cannot write %s: %s\n", path, strerror(errno));
      st->failed = 1;
    }
    if (f) fclose(f);
  } else fwrite(st->out.data, 1, st->out.len, stdout);
  frise_doc_free(d);
  return st->failed;
}

/* Parses --layers ("timex,quotes"); returns -1 on an unknown name. */
static int parse_layers(const char *list, unsigned *out) {
  static const struct { const char *name; unsigned bit; } names[] = {
    {"timex", FRISE_LAYER_TIMEX}, {"entities", FRISE_LAYER_ENTITIES}, {"quotes", FRISE_LAYER_QUOTES}};
  *out = 0;
  for (const char *p = list; *p;) {
    size_t n = strcspn(p, ",");
    size_t k = 0;
    while (k < sizeof names / sizeof *names && !(strlen(names[k].name) == n && strncmp(p, names[k].name, n) == 0)) k++;
    if (k == sizeof names / sizeof *names) {
      fprintf(stderr, "frise annotate: unknown layer '%.*s' (timex, entities, quotes)\n", (int)n, p);
      return -1;
    }
    *out |= names[k].bit;
    p += n + (p[n] == ',');
  }
  return 0;
}

/* A document without a publication date waits in the pool until the whole
 * input is read, to borrow one from its collection; the others are written
 * at once, so the output streams. */
static int on_doc(frise_doc *d, void *user) {
  annotate_state *st = user;
  frise_annotate_layers(d, st->layers);
  return frise_dct_pool_offer(st->pool, d) ? 0 : write_doc(d, user);
}

int cmd_annotate(int argc, char **argv) {
  cli_args a;
  int rc = cli_parse("annotate", "[OPTIONS] PATH...", spec, argc, argv, &a);
  if (rc) {
    free(a.positional);
    return rc > 0 ? 0 : FRISE_EXIT_USAGE;
  }
  frise_diag diag;
  frise_diag_init(&diag, stderr);
  diag.quiet = cli_flag(spec, &a, "quiet");
  frise_read_opts o;
  annotate_state st = {0};
  st.diag = &diag;
  const char *fmt = cli_get(spec, &a, "format");
  st.timeml = strcmp(fmt, "timeml") == 0;
  st.out_dir = cli_get(spec, &a, "out-dir");
  if (parse_layers(cli_get(spec, &a, "layers"), &st.layers) != 0) {
    free(a.positional);
    return FRISE_EXIT_USAGE;
  }
  if (cli_read_opts(spec, &a, &o, &diag) != 0 || (!st.timeml && strcmp(fmt, "jsonl") != 0) ||
      a.n_positional == 0 || (st.timeml && !st.out_dir)) {
    if (a.n_positional == 0) fprintf(stderr, "frise annotate: no input (use - for stdin)\n");
    else if (st.timeml && !st.out_dir) fprintf(stderr, "frise annotate: --format timeml needs --out-dir\n");
    else if (strcmp(fmt, "jsonl") != 0 && !st.timeml) fprintf(stderr, "frise annotate: unknown format '%s'\n", fmt);
    free(a.positional);
    return FRISE_EXIT_USAGE;
  }
  if (st.out_dir && mkdir(st.out_dir, 0777) != 0 && errno != EEXIST) {
    fprintf(stderr, "frise annotate: cannot create %s: %s\n", st.out_dir, strerror(errno));
    free(a.positional);
    return FRISE_EXIT_FATAL;
  }
  frise_buf_init(&st.out);
  st.pool = frise_dct_pool_new(MAX_UNDATED_HELD);
  if (!st.pool) abort();
  if (frise_read_paths(&o, a.positional, (size_t)a.n_positional, on_doc, &st) == 0)
    frise_dct_pool_flush(st.pool, write_doc, &st);
  frise_dct_pool_free(st.pool);
  frise_buf_free(&st.out);
  free(a.positional);
  fflush(stdout);
  return st.failed ? FRISE_EXIT_FATAL : cli_exit_status(&diag);
}
