/* buf.h: growable byte buffer for building output. The caller owns the struct
 * (usually on the stack) and releases it with frise_buf_free. */
#ifndef FRISE_BUF_H
#define FRISE_BUF_H
#include <stddef.h>
#include <stdio.h>

typedef struct {
  char *data;   /* NUL-terminated after every append; owned by the buffer */
  size_t len;
  size_t cap;
} frise_buf;

void frise_buf_init(frise_buf *b);
void frise_buf_free(frise_buf *b);
void frise_buf_clear(frise_buf *b);
void frise_buf_reserve(frise_buf *b, size_t extra);
void frise_buf_append(frise_buf *b, const void *p, size_t n);
void frise_buf_puts(frise_buf *b, const char *s);
void frise_buf_putc(frise_buf *b, char c);
void frise_buf_printf(frise_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Reads a whole stream; returns 0, or -1 on read error (errno set). */
int frise_buf_read_stream(frise_buf *b, FILE *f, size_t limit, int *truncated);
/* Reads a whole file into b; returns 0 or -1 with errno set. */
int frise_buf_read_file(frise_buf *b, const char *path, size_t limit, int *truncated);

#endif
