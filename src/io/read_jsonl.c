/* read_jsonl.c: JSON Lines, one article per line (only "text" is required).
 * Streamed with bounded memory: a line longer than the document limit is
 * reported and skipped, and every broken line is named file:line. */
#include "frise/json.h"
#include "reader_internal.h"
#include <stdio.h>
#include <string.h>

static void field(frise_doc *d, const frise_json *obj, const char *key, const char **out) {
  const char *s = frise_json_string(frise_json_get(obj, key));
  if (s && *s) *out = frise_arena_strdup(d->arena, s);
}

static void read_line(read_ctx *c, const char *name, long lineno, const char *line, size_t n) {
  char where[512];
  snprintf(where, sizeof where, "%s:%ld", name, lineno);
  size_t i = 0;
  while (i < n && (line[i] == ' ' || line[i] == '\t' || line[i] == '\r')) i++;
  if (i == n) return; /* blank lines separate nothing and carry nothing */
  frise_buf tmp;
  frise_buf_init(&tmp);
  line = frise_reader_check_utf8(c, where, line, &n, &tmp);
  frise_doc *d = frise_doc_new();
  size_t off;
  const char *msg;
  const frise_json *obj = frise_json_parse(d->arena, line, n, &off, &msg);
  const frise_json *text = frise_json_get(obj, "text");
  if (!obj || obj->type != FRISE_JOBJ || !text || text->type != FRISE_JSTR) {
    if (!obj) frise_diag_reject(c->o->diag, where, "malformed JSON (%s at column %zu); line skipped", msg, off + 1);
    else frise_diag_reject(c->o->diag, where, "no \"text\" string in this JSON line; line skipped");
    frise_doc_free(d);
    frise_buf_free(&tmp);
    return;
  }
  const frise_json *idv = frise_json_get(obj, "id");
  char idbuf[64];
  if (idv && idv->type == FRISE_JSTR && idv->len) d->id = frise_arena_strdup(d->arena, idv->str);
  else if (idv && idv->type == FRISE_JNUM) {
    snprintf(idbuf, sizeof idbuf, "%.17g", idv->num);
    d->id = frise_arena_strdup(d->arena, idbuf);
  } else d->id = frise_arena_strdup(d->arena, where);
  d->path = frise_arena_strdup(d->arena, name);
  d->line = lineno;
  field(d, obj, "title", &d->title);
  field(d, obj, "url", &d->url);
  field(d, obj, "source", &d->publisher);
  const char *lang = frise_json_string(frise_json_get(obj, "lang"));
  if (lang && (strcmp(lang, "fr") == 0 || strcmp(lang, "en") == 0)) {
    strcpy(d->lang, lang);
    d->lang_given = 1;
  }
  const char *date = frise_json_string(frise_json_get(obj, "date"));
  if (date && *date) frise_reader_set_dct(c, d, where, date, strlen(date));
  frise_doc_set_body(d, text->str, text->len);
  frise_buf_free(&tmp);
  frise_reader_emit(c, d);
}

void frise_read_jsonl_memory(read_ctx *c, const char *name, const char *data, size_t n) {
  long lineno = 0;
  size_t i = 0;
  while (i < n && !c->stop) {
    const char *nl = memchr(data + i, '\n', n - i);
    size_t e = nl ? (size_t)(nl - data) : n;
    ++lineno;
    if (memchr(data + i, 0, e - i)) {
      char where[512];
      snprintf(where, sizeof where, "%s:%ld", name, lineno);
      frise_diag_reject(c->o->diag, where, "binary data (NUL byte) in line; skipped");
    } else read_line(c, name, lineno, data + i, e - i);
    i = e + 1;
  }
}

/* Streams f in blocks, cutting lines at '\n'; memory stays within one line
 * (bounded by max_doc_bytes) plus one block. */
void frise_read_jsonl_stream(read_ctx *c, const char *name, FILE *f) {
  frise_buf line;
  frise_buf_init(&line);
  long lineno = 0;
  int too_long = 0, binary = 0;
  size_t total = 0;
  char block[65536];
  size_t got;
  while (!c->stop && (got = fread(block, 1, sizeof block, f)) > 0) {
    total += got;
    size_t i = 0;
    while (i < got) {
      const char *nl = memchr(block + i, '\n', got - i);
      size_t e = nl ? (size_t)(nl - block) : got;
      if (memchr(block + i, 0, e - i)) binary = 1;
      if (!too_long && line.len + (e - i) > c->o->max_doc_bytes) too_long = 1;
      if (!too_long) frise_buf_append(&line, block + i, e - i);
      i = e + (nl != NULL);
      if (!nl) break;
      lineno++;
      char where[512];
      snprintf(where, sizeof where, "%s:%ld", name, lineno);
      if (too_long)
        frise_diag_reject(c->o->diag, where, "line longer than %zu bytes; skipped", c->o->max_doc_bytes);
      else if (binary) frise_diag_reject(c->o->diag, where, "binary data (NUL byte) in line; skipped");
      else read_line(c, name, lineno, line.data ? line.data : "", line.len);
      too_long = binary = 0;
      frise_buf_clear(&line);
      if (c->stop) break;
    }
  }
  if (!c->stop && (line.len || too_long)) { /* last line without a newline */
    lineno++;
    char where[512];
    snprintf(where, sizeof where, "%s:%ld", name, lineno);
    if (too_long || binary)
      frise_diag_reject(c->o->diag, where, "%s; skipped",
                        too_long ? "line too long" : "binary data (NUL byte) in line");
    else read_line(c, name, lineno, line.data, line.len);
  }
  if (ferror(f)) frise_diag_reject(c->o->diag, name, "read error after line %ld", lineno);
  else if (total == 0) frise_diag_reject(c->o->diag, name, "empty file; skipped");
  frise_buf_free(&line);
}
