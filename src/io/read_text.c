/* read_text.c: plain-text articles with an optional `date YYYY[-MM[-DD[THH:MM]]]`
 * header at the very start; the first line is the title when it is short, has
 * no final full stop and is not a photo caption. */
#include "reader_internal.h"
#include <string.h>
#include <strings.h>

#define TITLE_MAX 200

/* Skips the date header if any; returns the body's start offset. */
static size_t parse_header(read_ctx *c, frise_doc *d, const char *name, const char *s, size_t n) {
  size_t i = 0;
  while (i < n && (s[i] == ' ' || s[i] == '\t')) i++;
  if (n - i < 5 || strncasecmp(s + i, "date", 4) != 0 || (s[i + 4] != ' ' && s[i + 4] != '\t' &&
                                                          s[i + 4] != ':'))
    return 0;
  size_t j = i + 5;
  while (j < n && (s[j] == ' ' || s[j] == '\t')) j++;
  if (j >= n || s[j] < '0' || s[j] > '9') return 0; /* "Date de ..." is prose, not a header */
  size_t e = j;
  while (e < n && s[e] != ' ' && s[e] != '\t' && s[e] != '\n' && s[e] != '\r') e++;
  frise_reader_set_dct(c, d, name, s + j, e - j);
  while (e < n && (s[e] == ' ' || s[e] == '\t')) e++;
  if (e < n && s[e] == '\r') e++;
  if (e < n && s[e] == '\n') e++;
  return e;
}

static int looks_like_caption(const char *s, size_t n) {
  return n > 2 && s[n - 1] == ')' && (memmem(s, n, "AFP", 3) || memmem(s, n, "Reuters", 7) ||
                                      memmem(s, n, "Photo", 5) || memmem(s, n, "Getty", 5));
}

static void find_title(frise_doc *d) {
  const char *s = d->text;
  size_t i = 0;
  while (i < d->len && (s[i] == ' ' || s[i] == '\n')) i++;
  const char *nl = memchr(s + i, '\n', d->len - i);
  size_t e = nl ? (size_t)(nl - s) : d->len;
  while (e > i && s[e - 1] == ' ') e--;
  if (e == i || e - i > TITLE_MAX || !nl) return;
  char last = s[e - 1];
  if (last == '.' || last == '!' || last == '?' || last == ':' || last == ';' || last == ',') return;
  if (looks_like_caption(s + i, e - i) || !memchr(s + i, ' ', e - i)) return;
  d->title = frise_arena_strndup(d->arena, s + i, e - i);
}

void frise_read_text(read_ctx *c, const char *name, const char *id, const char *data, size_t n) {
  frise_buf tmp;
  frise_buf_init(&tmp);
  data = frise_reader_check_utf8(c, name, data, &n, &tmp);
  frise_doc *d = frise_doc_new();
  d->id = frise_doc_strdup(d, id);
  d->path = frise_doc_strdup(d, name);
  size_t body = parse_header(c, d, name, data, n);
  d->raw_offset = body;
  frise_doc_set_body(d, data + body, n - body);
  frise_buf_free(&tmp);
  find_title(d);
  frise_reader_emit(c, d);
}
