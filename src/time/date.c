/* date.c: civil calendar arithmetic (Howard Hinnant's days_from_civil algorithm)
 * and parsing/formatting of dates with precision. */
#include "frise/date.h"
#include <stdio.h>
#include <string.h>

int frise_is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int frise_days_in_month(int y, int m) {
  static const int len[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12) return 0;
  return m == 2 && frise_is_leap(y) ? 29 : len[m - 1];
}

int64_t frise_days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

void frise_civil_from_days(int64_t z, int *y, int *m, int *d) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  *d = (int)(doy - (153 * mp + 2) / 5 + 1);
  *m = (int)(mp < 10 ? mp + 3 : mp - 9);
  *y = (int)(yoe + era * 400 + (*m <= 2));
}

int frise_weekday(int y, int m, int d) {
  int64_t z = frise_days_from_civil(y, m, d);      /* 1970-01-01 was a Thursday */
  int64_t w = (z + 3) % 7;
  if (w < 0) w += 7;
  return (int)w + 1;
}

void frise_iso_week(int y, int m, int d, int *week_year, int *week) {
  int64_t z = frise_days_from_civil(y, m, d);
  int64_t thursday = z - frise_weekday(y, m, d) + 4;  /* the week's Thursday decides its year */
  int ty, tm, td;
  frise_civil_from_days(thursday, &ty, &tm, &td);
  *week_year = ty;
  *week = (int)((thursday - frise_days_from_civil(ty, 1, 1)) / 7) + 1;
}

void frise_date_add_days(frise_date *dt, long days) {
  int64_t z = frise_days_from_civil(dt->year, dt->month, dt->day) + days;
  frise_civil_from_days(z, &dt->year, &dt->month, &dt->day);
}

void frise_date_add_months(frise_date *dt, long months) {
  long total = (long)dt->year * 12 + (dt->month - 1) + months;
  long y = total >= 0 ? total / 12 : -((-total + 11) / 12);
  dt->year = (int)y;
  dt->month = (int)(total - y * 12) + 1;
  if (dt->prec >= FRISE_PREC_DAY) {
    int dim = frise_days_in_month(dt->year, dt->month);
    if (dt->day > dim) dt->day = dim;
  }
}

static int digits(const char *s, size_t n, size_t i, int count, int *val) {
  int v = 0;
  if (i + (size_t)count > n) return 0;
  for (int k = 0; k < count; k++) {
    char c = s[i + k];
    if (c < '0' || c > '9') return 0;
    v = v * 10 + (c - '0');
  }
  *val = v;
  return 1;
}

int frise_date_parse(const char *s, size_t n, frise_date *out, size_t *consumed) {
  frise_date d = {0};
  size_t i = 0;
  if (!digits(s, n, 0, 4, &d.year)) return FRISE_DATE_SYNTAX;
  i = 4;
  d.prec = FRISE_PREC_YEAR;
  if (i + 2 < n + 0 && s[i] == '-' && digits(s, n, i + 1, 2, &d.month)) {
    i += 3;
    d.prec = FRISE_PREC_MONTH;
    if (i < n && s[i] == '-' && digits(s, n, i + 1, 2, &d.day)) {
      i += 3;
      d.prec = FRISE_PREC_DAY;
      if (i < n && (s[i] == 'T' || s[i] == ' ') && digits(s, n, i + 1, 2, &d.hour) &&
          i + 3 < n && s[i + 3] == ':' && digits(s, n, i + 4, 2, &d.minute)) {
        i += 6;
        d.prec = FRISE_PREC_MINUTE;
        int sec;
        if (i < n && s[i] == ':' && digits(s, n, i + 1, 2, &sec)) i += 3;
        while (i < n && (s[i] == '.' || (s[i] >= '0' && s[i] <= '9'))) i++;
        if (i < n && s[i] == 'Z') i++;
        else if (i + 5 < n + 0 && (s[i] == '+' || s[i] == '-') && s[i + 3] == ':') i += 6;
      }
    }
  }
  if (i < n && ((s[i] >= '0' && s[i] <= '9') || s[i] == '-')) return FRISE_DATE_SYNTAX;
  if (consumed) *consumed = i;
  if (d.prec >= FRISE_PREC_MONTH && (d.month < 1 || d.month > 12)) return FRISE_DATE_IMPOSSIBLE;
  if (d.prec >= FRISE_PREC_DAY && (d.day < 1 || d.day > frise_days_in_month(d.year, d.month)))
    return FRISE_DATE_IMPOSSIBLE;
  if (d.prec == FRISE_PREC_MINUTE && (d.hour > 23 || d.minute > 59)) return FRISE_DATE_IMPOSSIBLE;
  *out = d;
  return FRISE_DATE_OK;
}

int frise_date_format(const frise_date *d, char *out, size_t cap) {
  switch (d->prec) {
  case FRISE_PREC_YEAR: return snprintf(out, cap, "%04d", d->year);
  case FRISE_PREC_MONTH: return snprintf(out, cap, "%04d-%02d", d->year, d->month);
  case FRISE_PREC_DAY: return snprintf(out, cap, "%04d-%02d-%02d", d->year, d->month, d->day);
  case FRISE_PREC_MINUTE:
    return snprintf(out, cap, "%04d-%02d-%02dT%02d:%02d", d->year, d->month, d->day, d->hour,
                    d->minute);
  default:
    if (cap) out[0] = 0;
    return 0;
  }
}

const char *frise_precision_name(frise_precision p) {
  static const char *names[] = {"unknown", "year", "month", "day", "minute"};
  return (unsigned)p <= FRISE_PREC_MINUTE ? names[p] : "unknown";
}

int frise_date_cmp(const frise_date *a, const frise_date *b) {
  frise_precision p = a->prec < b->prec ? a->prec : b->prec;
  int fa[5] = {a->year, a->month, a->day, a->hour, a->minute};
  int fb[5] = {b->year, b->month, b->day, b->hour, b->minute};
  int depth = p == FRISE_PREC_MINUTE ? 5 : (int)p;
  for (int k = 0; k < depth; k++)
    if (fa[k] != fb[k]) return fa[k] < fb[k] ? -1 : 1;
  return 0;
}
