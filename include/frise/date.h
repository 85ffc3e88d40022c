/* date.h: the calendar. Civil-date arithmetic (proleptic Gregorian), ISO weeks,
 * and dates with a precision, used for publication dates (DCT) and as the base
 * of TIMEX3 values. Pure functions, no allocation. */
#ifndef FRISE_DATE_H
#define FRISE_DATE_H
#include <stddef.h>
#include <stdint.h>

typedef enum {
  FRISE_PREC_NONE = 0,  /* unknown: no date at all */
  FRISE_PREC_YEAR,
  FRISE_PREC_MONTH,
  FRISE_PREC_DAY,
  FRISE_PREC_MINUTE
} frise_precision;

typedef struct {
  int year, month, day, hour, minute; /* fields beyond prec are 0 */
  frise_precision prec;
} frise_date;

enum { FRISE_DATE_OK = 0, FRISE_DATE_SYNTAX = -1, FRISE_DATE_IMPOSSIBLE = -2 };

/* Parses YYYY, YYYY-MM, YYYY-MM-DD, YYYY-MM-DDTHH:MM (seconds and zone after
 * the minutes are accepted and ignored). Returns FRISE_DATE_OK, _SYNTAX, or
 * _IMPOSSIBLE (e.g. 2022-13-45); *consumed gets the bytes read (may be NULL). */
int frise_date_parse(const char *s, size_t n, frise_date *out, size_t *consumed);
/* Writes the ISO value at the date's precision ("2022-02", "2021-12-07T15:00");
 * returns the length; out needs 20 bytes. NONE writes "". */
int frise_date_format(const frise_date *d, char *out, size_t cap);
const char *frise_precision_name(frise_precision p); /* "day", ...; NONE: "unknown" */

int64_t frise_days_from_civil(int y, int m, int d);  /* days since 1970-01-01 */
void frise_civil_from_days(int64_t z, int *y, int *m, int *d);
int frise_is_leap(int y);
int frise_days_in_month(int y, int m);
int frise_weekday(int y, int m, int d);              /* ISO: 1 = Monday .. 7 = Sunday */
void frise_iso_week(int y, int m, int d, int *week_year, int *week);
/* Adds days / months (clamping the day to the month's length). */
void frise_date_add_days(frise_date *dt, long days);
void frise_date_add_months(frise_date *dt, long months);
/* Compares at the coarser of the two precisions: <0, 0, >0. */
int frise_date_cmp(const frise_date *a, const frise_date *b);

#endif
