/* cmd_render.c: `frise render`: renders a timeline saved as JSON (by
 * `frise timeline --format json`) in another format, without recomputing it. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "cli.h"
#include "frise/timeline.h"

static const cli_opt spec[] = {
  {"format", OPT_STRING, "md|html|timelinejs|csv|json", "output format", "html"},
  {"out", OPT_STRING, "FILE", "write here instead of standard output", NULL},
  {NULL, 0, NULL, NULL, NULL}};

/* 1-based line and column of byte off, for error messages. */
static void line_col(const char *s, size_t off, size_t *line, size_t *col) {
  *line = 1, *col = 1;
  for (size_t i = 0; i < off; i++) {
    if (s[i] == '\n') (*line)++, *col = 1;
    else (*col)++;
  }
}

static int read_input(const char *path, frise_buf *b) {
  int truncated = 0;
  int rc = strcmp(path, "-") == 0 ? frise_buf_read_stream(b, stdin, (size_t)1 << 31, &truncated)
                                  : frise_buf_read_file(b, path, (size_t)1 << 31, &truncated);
  if (rc != 0) fprintf(stderr, "frise render: %s: %s\n", path, strerror(errno));
  else if (truncated) fprintf(stderr, "frise render: %s: larger than 2 GiB\n", path), rc = -1;
  return rc;
}

static int write_output(const char *path, const frise_buf *b) {
  if (!path) return fwrite(b->data, 1, b->len, stdout) == b->len ? 0 : -1;
  FILE *f = fopen(path, "wb");
  int ok = f && fwrite(b->data, 1, b->len, f) == b->len;
  if (f && fclose(f) != 0) ok = 0;
  if (!ok) fprintf(stderr, "frise render: cannot write %s: %s\n", path, strerror(errno));
  return ok ? 0 : -1;
}

static int render_file(const char *path, const char *fmt, const char *out) {
  frise_buf in, rendered;
  frise_buf_init(&in);
  frise_buf_init(&rendered);
  int rc = read_input(path, &in) ? FRISE_EXIT_FATAL : FRISE_EXIT_OK;
  size_t off = 0, line, col;
  const char *msg = NULL;
  frise_timeline *t = rc ? NULL : frise_timeline_from_json(in.data ? in.data : "", in.len, &off, &msg);
  if (!rc && !t) {
    line_col(in.data ? in.data : "", off, &line, &col);
    fprintf(stderr, "frise render: %s:%zu:%zu: %s\n", path, line, col, msg ? msg : "unreadable timeline");
    rc = FRISE_EXIT_REJECTED;
  }
  if (t && frise_timeline_render(t, fmt, &rendered) != 0) {
    fprintf(stderr, "frise render: unknown format '%s'\n", fmt);
    rc = FRISE_EXIT_USAGE;
  } else if (t && write_output(out, &rendered) != 0) {
    rc = FRISE_EXIT_FATAL;
  }
  frise_timeline_free(t);
  frise_buf_free(&in);
  frise_buf_free(&rendered);
  return rc;
}

int cmd_render(int argc, char **argv) {
  cli_args a;
  int rc = cli_parse("render", "[OPTIONS] TIMELINE.json|-", spec, argc, argv, &a);
  if (rc) {
    free(a.positional);
    return rc > 0 ? 0 : FRISE_EXIT_USAGE;
  }
  if (a.n_positional != 1) {
    fprintf(stderr, "frise render: expects one timeline file (or - for standard input)\n");
    free(a.positional);
    return FRISE_EXIT_USAGE;
  }
  rc = render_file(a.positional[0], cli_get(spec, &a, "format"), cli_get(spec, &a, "out"));
  free(a.positional);
  return rc;
}
