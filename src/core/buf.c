/* buf.c: growable byte buffer. */
#include "frise/buf.h"
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

void frise_buf_init(frise_buf *b) { b->data = NULL, b->len = 0, b->cap = 0; }

void frise_buf_free(frise_buf *b) {
  free(b->data);
  frise_buf_init(b);
}

void frise_buf_clear(frise_buf *b) {
  b->len = 0;
  if (b->data) b->data[0] = 0;
}

void frise_buf_reserve(frise_buf *b, size_t extra) {
  if (b->len + extra + 1 <= b->cap) return;
  size_t cap = b->cap ? b->cap : 256;
  while (cap < b->len + extra + 1) cap *= 2;
  char *p = realloc(b->data, cap);
  if (!p) {
    fputs("frise: out of memory\n", stderr);
    abort();
  }
  b->data = p;
  b->cap = cap;
}

void frise_buf_append(frise_buf *b, const void *p, size_t n) {
  frise_buf_reserve(b, n);
  if (n) memcpy(b->data + b->len, p, n);
  b->len += n;
  b->data[b->len] = 0;
}

void frise_buf_puts(frise_buf *b, const char *s) { frise_buf_append(b, s, strlen(s)); }

void frise_buf_putc(frise_buf *b, char c) {
  frise_buf_reserve(b, 1);
  b->data[b->len++] = c;
  b->data[b->len] = 0;
}

void frise_buf_printf(frise_buf *b, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  char small[256];
  int n = vsnprintf(small, sizeof small, fmt, ap);
  va_end(ap);
  if (n < 0) return;
  if ((size_t)n < sizeof small) {
    frise_buf_append(b, small, (size_t)n);
    return;
  }
  frise_buf_reserve(b, (size_t)n);
  va_start(ap, fmt);
  vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
  va_end(ap);
  b->len += (size_t)n;
}

int frise_buf_read_stream(frise_buf *b, FILE *f, size_t limit, int *truncated) {
  if (truncated) *truncated = 0;
  for (;;) {
    frise_buf_reserve(b, 65536);
    size_t want = b->cap - b->len - 1;
    if (limit && b->len + want > limit) want = limit - b->len;
    size_t got = want ? fread(b->data + b->len, 1, want, f) : 0;
    b->len += got;
    b->data[b->len] = 0;
    if (limit && b->len >= limit) {
      int c = fgetc(f);
      if (c != EOF && truncated) *truncated = 1;
      return 0;
    }
    if (got < want) return ferror(f) ? -1 : 0;
  }
}

int frise_buf_read_file(frise_buf *b, const char *path, size_t limit, int *truncated) {
  FILE *f = fopen(path, "rb");
  if (!f) return -1;
  int rc = frise_buf_read_stream(b, f, limit, truncated);
  int saved = errno;
  fclose(f);
  errno = saved;
  return rc;
}
