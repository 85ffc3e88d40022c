/* reader.c: the path walker. Files, folders (recursive, sorted) and stdin;
 * picks a format per input and makes sure every bad input is reported. */

#include "reader_internal.h"
#include "frise/lang.h"
#include "frise/utf8.h"
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#define DEFAULT_MAX_DOC (64u << 20)
#define MAX_DEPTH 32

void frise_read_opts_init(frise_read_opts *o, frise_diag *diag) {
  memset(o, 0, sizeof *o);
  o->max_doc_bytes = DEFAULT_MAX_DOC;
  o->diag = diag;
}

static int has_ext(const char *name, const char *ext) {
  size_t n = strlen(name), e = strlen(ext);
  return n > e && strcasecmp(name + n - e, ext) == 0;
}

static input_format sniff(const char *name, const char *data, size_t n) {
  if (has_ext(name, ".jsonl") || has_ext(name, ".ndjson") || has_ext(name, ".json")) return FMT_JSONL;
  if (has_ext(name, ".tml") || has_ext(name, ".timeml")) return FMT_TML;
  size_t i = 0;
  while (i < n && (data[i] == ' ' || data[i] == '\n' || data[i] == '\r' || data[i] == '\t')) i++;
  if (i < n && data[i] == '{' && !has_ext(name, ".txt")) return FMT_JSONL;
  if (n - i >= 5 && (memcmp(data + i, "<?xml", 5) == 0 || memcmp(data + i, "<Time", 5) == 0))
    return FMT_TML;
  return FMT_TEXT;
}

/* Rejects binary and empty inputs; returns 1 if the input may be read. */
static int acceptable(read_ctx *c, const char *name, const char *data, size_t n) {
  const char *nul = memchr(data, 0, n);
  if (nul) {
    frise_diag_reject(c->o->diag, name, "binary file (NUL byte at offset %zu); skipped",
                      (size_t)(nul - data));
    return 0;
  }
  for (size_t i = 0; i < n; i++)
    if (data[i] != ' ' && data[i] != '\n' && data[i] != '\r' && data[i] != '\t') return 1;
  frise_diag_reject(c->o->diag, name, "empty file; skipped");
  return 0;
}

/* An empty JSON Lines input is rejected as a whole; other faults per line. */
static int acceptable_jsonl(read_ctx *c, const char *name, const char *data, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (data[i] != ' ' && data[i] != '\n' && data[i] != '\r' && data[i] != '\t') return 1;
  frise_diag_reject(c->o->diag, name, "empty file; skipped");
  return 0;
}

static void read_whole(read_ctx *c, const char *name, const char *id, const char *data, size_t n) {
  input_format f = sniff(name, data, n);
  /* JSON Lines are judged line by line (a NUL byte rejects its line only). */
  if (f == FMT_JSONL ? !acceptable_jsonl(c, name, data, n) : !acceptable(c, name, data, n)) return;
  switch (f) {
  case FMT_JSONL: frise_read_jsonl_memory(c, name, data, n); break;
  case FMT_TML: frise_read_tml(c, name, id, data, n); break;
  default: frise_read_text(c, name, id, data, n); break;
  }
}

/* Does stdin start with '{'? Then it is JSON Lines, streamed: a whole-input
 * read would stop at the document size limit. */
static int stdin_is_jsonl(void) {
  int ch = getc(stdin);
  if (ch == EOF) return 0;
  ungetc(ch, stdin);
  return ch == '{';
}

static void read_file(read_ctx *c, const char *path, const char *id) {
  int is_stdin = strcmp(path, "-") == 0;
  if (has_ext(path, ".jsonl") || has_ext(path, ".ndjson") || (is_stdin && stdin_is_jsonl())) {
    /* streamed line by line */
    FILE *f = is_stdin ? stdin : fopen(path, "rb");
    if (!f) {
      frise_diag_reject(c->o->diag, path, "cannot open: %s", strerror(errno));
      return;
    }
    frise_read_jsonl_stream(c, path, f);
    if (f != stdin) fclose(f);
    return;
  }
  frise_buf b;
  frise_buf_init(&b);
  int truncated = 0, rc;
  if (strcmp(path, "-") == 0) rc = frise_buf_read_stream(&b, stdin, c->o->max_doc_bytes, &truncated);
  else rc = frise_buf_read_file(&b, path, c->o->max_doc_bytes, &truncated);
  if (rc != 0) frise_diag_reject(c->o->diag, path, "cannot read: %s", strerror(errno));
  else {
    if (truncated)
      frise_diag_warn(c->o->diag, path, "larger than %zu bytes; truncated", c->o->max_doc_bytes);
    read_whole(c, path, id, b.data ? b.data : "", b.len);
  }
  frise_buf_free(&b);
}

static int cmp_names(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The folders being walked, outermost first: a symbolic link back to one of
 * them would make the walk loop (two such links: 2^32 paths before the depth
 * limit), so it is reported and skipped. */
typedef struct {
  dev_t dev[MAX_DEPTH + 2];
  ino_t ino[MAX_DEPTH + 2];
} walk_path;

static void walk(read_ctx *c, const char *dir, size_t root_len, int depth, walk_path *wp) {
  if (depth > MAX_DEPTH) {
    frise_diag_reject(c->o->diag, dir, "folder nesting deeper than %d; skipped", MAX_DEPTH);
    return;
  }
  struct stat self;
  if (stat(dir, &self) == 0) {
    for (int k = 0; k < depth; k++)
      if (wp->dev[k] == self.st_dev && wp->ino[k] == self.st_ino) {
        frise_diag_reject(c->o->diag, dir, "folder loop (a link to an enclosing folder); skipped");
        return;
      }
    wp->dev[depth] = self.st_dev;
    wp->ino[depth] = self.st_ino;
  }
  DIR *dh = opendir(dir);
  if (!dh) {
    frise_diag_reject(c->o->diag, dir, "cannot open folder: %s", strerror(errno));
    return;
  }
  char **names = NULL;
  size_t n = 0, cap = 0;
  for (struct dirent *e; (e = readdir(dh));) {
    if (e->d_name[0] == '.') continue; /* hidden files, . and .. */
    if (n == cap) {
      cap = cap ? cap * 2 : 64;
      char **nn = realloc(names, cap * sizeof *names);
      if (!nn) abort();
      names = nn;
    }
    names[n++] = strdup(e->d_name);
  }
  closedir(dh);
  qsort(names, n, sizeof *names, cmp_names);
  for (size_t k = 0; k < n && !c->stop; k++) {
    size_t len = strlen(dir) + strlen(names[k]) + 2;
    char *path = malloc(len);
    if (!path) abort();
    snprintf(path, len, "%s/%s", dir, names[k]);
    struct stat st;
    if (stat(path, &st) != 0) frise_diag_reject(c->o->diag, path, "cannot stat: %s", strerror(errno));
    else if (S_ISDIR(st.st_mode)) walk(c, path, root_len, depth + 1, wp);
    else if (S_ISREG(st.st_mode)) read_file(c, path, path + root_len);
    free(path);
  }
  for (size_t k = 0; k < n; k++) free(names[k]);
  free(names);
}

int frise_read_paths(const frise_read_opts *o, const char *const *paths, size_t n,
                     frise_doc_sink sink, void *user) {
  read_ctx c = {o, sink, user, 0, NULL, 0, 0};
  frise_lang_all();
  for (size_t k = 0; k < n && !c.stop; k++) {
    const char *p = paths[k];
    struct stat st;
    if (strcmp(p, "-") == 0) {
      read_file(&c, "-", "stdin");
      continue;
    }
    if (stat(p, &st) != 0) {
      frise_diag_reject(o->diag, p, "cannot open: %s", strerror(errno));
      continue;
    }
    if (S_ISDIR(st.st_mode)) {
      size_t root = strlen(p);
      while (root > 1 && p[root - 1] == '/') root--;
      char *dir = strndup(p, root);
      if (!dir) abort();
      walk_path wp;
      memset(&wp, 0, sizeof wp);
      walk(&c, dir, root + 1, 0, &wp);
      free(dir);
    } else {
      const char *base = strrchr(p, '/');
      read_file(&c, p, base ? base + 1 : p);
    }
  }
  free(c.ids);
  return c.stop;
}

int frise_read_memory(const frise_read_opts *o, const char *name, const char *id, const char *data,
                      size_t n, frise_doc_sink sink, void *user) {
  read_ctx c = {o, sink, user, 0, NULL, 0, 0};
  frise_lang_all();
  read_whole(&c, name, id ? id : name, data, n);
  free(c.ids);
  return c.stop;
}

/* ---- helpers shared by the format readers ---- */

static uint64_t id_hash(const char *s) {
  uint64_t h = 1469598103934665603ull;
  for (; *s; s++) h = (h ^ (unsigned char)*s) * 1099511628211ull;
  return h ? h : 1;
}

/* Inserts h; returns 0 if it was already there. 8 bytes per document: ids of
 * a long stream cost little, and a collision only adds a harmless suffix. */
static int ids_insert(read_ctx *c, uint64_t h) {
  if (c->ids_n * 2 >= c->ids_cap) {
    size_t cap = c->ids_cap ? c->ids_cap * 2 : 1024;
    uint64_t *t = calloc(cap, sizeof *t);
    if (!t) abort();
    for (size_t k = 0; k < c->ids_cap; k++)
      if (c->ids[k]) {
        size_t j = c->ids[k] & (cap - 1);
        while (t[j]) j = (j + 1) & (cap - 1);
        t[j] = c->ids[k];
      }
    free(c->ids);
    c->ids = t;
    c->ids_cap = cap;
  }
  size_t j = h & (c->ids_cap - 1);
  for (; c->ids[j]; j = (j + 1) & (c->ids_cap - 1))
    if (c->ids[j] == h) return 0;
  c->ids[j] = h;
  c->ids_n++;
  return 1;
}

/* Two inputs with one id (same file name in two folders named on the command
 * line, a feed repeating an id) both stay: the later one gets a suffix. */
static void make_id_unique(read_ctx *c, frise_doc *d) {
  if (ids_insert(c, id_hash(d->id))) return;
  size_t n = strlen(d->id) + 24;
  char *id = frise_arena_alloc(d->arena, n);
  for (int k = 2;; k++) {
    snprintf(id, n, "%s#%d", d->id, k);
    if (ids_insert(c, id_hash(id))) break;
  }
  char where[512];
  snprintf(where, sizeof where, "%s%s%ld", d->path, d->line ? ":" : "", d->line);
  if (!d->line) where[strlen(d->path)] = 0;
  frise_diag_warn(c->o->diag, where, "duplicate document id '%s'; renamed '%s'", d->id, id);
  d->id = id;
}

void frise_reader_emit(read_ctx *c, frise_doc *d) {
  make_id_unique(c, d);
  if (c->o->dct.prec != FRISE_PREC_NONE) {
    d->dct = c->o->dct;
    d->dct_source = FRISE_DCT_OVERRIDE;
  }
  if (c->o->lang && strcmp(c->o->lang, "auto") != 0) {
    strncpy(d->lang, c->o->lang, sizeof d->lang - 1);
    d->lang_given = 1;
  }
  if (c->stop) {
    frise_doc_free(d);
    return;
  }
  c->stop = c->sink(d, c->user);
}

void frise_reader_set_dct(read_ctx *c, frise_doc *d, const char *where, const char *s, size_t n) {
  frise_date dt;
  size_t used = 0;
  int rc = frise_date_parse(s, n, &dt, &used);
  if (rc == FRISE_DATE_OK && used == n) {
    d->dct = dt;
    d->dct_source = FRISE_DCT_GIVEN;
    return;
  }
  frise_diag_warn(c->o->diag, where, "%s date '%.*s'; publication date treated as unknown",
                  rc == FRISE_DATE_IMPOSSIBLE ? "impossible" : "unreadable", (int)(n > 40 ? 40 : n), s);
}

const char *frise_reader_check_utf8(read_ctx *c, const char *where, const char *data, size_t *n,
                                    frise_buf *tmp) {
  size_t bad = frise_utf8_validate(data, *n);
  if (bad == *n) return data;
  size_t count = frise_utf8_repair(data, *n, tmp);
  frise_diag_warn(c->o->diag, where,
                  "invalid UTF-8 at byte %zu; %zu invalid sequence%s replaced by U+FFFD", bad, count,
                  count == 1 ? "" : "s");
  *n = tmp->len;
  return tmp->data;
}
