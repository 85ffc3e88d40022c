/* utf8.h: UTF-8 decoding, validation and repair. Pure functions over caller
 * buffers; no allocation except frise_utf8_repair's output buffer. */
#ifndef FRISE_UTF8_H
#define FRISE_UTF8_H
#include <stddef.h>
#include <stdint.h>
#include "frise/buf.h"

/* Decodes one code point at s[i..n); returns its length (1..4) and sets *cp,
 * or returns -1 for an invalid sequence (then *cp = 0xFFFD, skip 1 byte). */
int frise_utf8_decode(const char *s, size_t n, size_t i, int32_t *cp);
int frise_utf8_encode(int32_t cp, char out[4]);
/* Offset of the first invalid byte, or n if s is valid UTF-8. */
size_t frise_utf8_validate(const char *s, size_t n);
/* Copies s into out replacing each invalid sequence by U+FFFD; returns count. */
size_t frise_utf8_repair(const char *s, size_t n, frise_buf *out);
/* Start of the code point containing byte i (i <= n). */
size_t frise_utf8_char_start(const char *s, size_t i);
int frise_cp_is_upper(int32_t cp);
int frise_cp_is_lower(int32_t cp);
int frise_cp_is_alpha(int32_t cp);
int frise_cp_is_digit(int32_t cp);
int32_t frise_cp_tolower(int32_t cp);
/* Lower-cases UTF-8 s into out (NUL-terminated), returns bytes written;
 * out must hold 2*n+1 bytes (case mapping never more than doubles UTF-8). */
size_t frise_utf8_lower(const char *s, size_t n, char *out);
/* Lower-case and strip accents (é->e, Ç->c): the folded form lexicons use. */
size_t frise_utf8_fold(const char *s, size_t n, char *out);

#endif
