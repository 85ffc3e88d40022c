/* resolve.c: from a matched frame to a TIMEX3 value and a calendar point.
 * Relative expressions are computed against one anchor day; when the DCT is
 * only known to the month, they are computed for every possible DCT day and
 * kept at the precision on which all agree (never a guessed day). */
#include "tx.h"
#include <stdio.h>
#include <string.h>

typedef struct {
  char value[40];
  frise_date point;
  int anchor;   /* FRISE_ANCHOR_* */
} result;

static frise_date mkday(int y, int m, int d) {
  frise_date x = {y, m, d, 0, 0, FRISE_PREC_DAY};
  return x;
}

static int64_t days(const frise_date *x) { return frise_days_from_civil(x->year, x->month, x->day); }

static frise_date add_days(frise_date x, long n) {
  frise_date_add_days(&x, n);
  return x;
}

static const char *pod_code(int pod) {
  static const char *const c[] = {"", "MO", "MI", "AF", "EV", "NI", "DT"};
  return pod >= 1 && pod <= 6 ? c[pod] : "";
}

static const char *season_code(int s) {
  static const char *const c[] = {"", "SP", "SU", "FA", "WI"};
  return s >= 1 && s <= 4 ? c[s] : "";
}

static const char *mod_name(int m) {
  static const char *const c[] = {"", "START", "MID", "END", "APPROX", "LESS_THAN", "MORE_THAN",
                                  "EQUAL_OR_LESS", "EQUAL_OR_MORE", "ON_OR_AFTER", "BEFORE",
                                  "AFTER"};
  return m >= 1 && m <= TXM_AFTER ? c[m] : "";
}

static void set_day(result *r, frise_date x) {
  x.prec = FRISE_PREC_DAY;
  r->point = x;
  frise_date_format(&x, r->value, sizeof r->value);
}

static void set_month(result *r, int y, int m) {
  frise_date x = {y, m, 0, 0, 0, FRISE_PREC_MONTH};
  r->point = x;
  frise_date_format(&x, r->value, sizeof r->value);
}

static void set_year(result *r, int y) {
  frise_date x = {y, 0, 0, 0, 0, FRISE_PREC_YEAR};
  r->point = x;
  frise_date_format(&x, r->value, sizeof r->value);
}

/* The weekday wd nearest the anchor in the direction dir (-1 before, +1 after,
 * strictly when strict), or the nearest one either side when dir is 0. */
static frise_date weekday_from(frise_date a, int wd, int dir, int strict) {
  int aw = frise_weekday(a.year, a.month, a.day);
  int back = (aw - wd + 7) % 7, fwd = (wd - aw + 7) % 7;
  if (strict && back == 0) back = 7;
  if (strict && fwd == 0) fwd = 7;
  if (dir < 0) return add_days(a, -back);
  if (dir > 0) return add_days(a, fwd);
  return back <= fwd ? add_days(a, -back) : add_days(a, fwd);
}

/* Year for a month (and day) given without one: the candidate in the tense's
 * direction from the anchor interval [lo, hi], else the nearest (ties: past).
 * near_months < 0: the direction is certain ("since"), no nearer one wins. */
static int year_for(frise_date lo, frise_date hi, int m, int d, int tense, int near_months) {
  int best = lo.year, nearest = lo.year;
  int64_t best_dist = -1, near_dist = -1;
  for (int y = lo.year - 1; y <= hi.year + 1; y++) {
    int64_t dlo, dhi; /* candidate minus lo, candidate minus hi */
    if (d > 0) {
      if (d > frise_days_in_month(y, m)) continue;
      frise_date c = mkday(y, m, d);
      dlo = days(&c) - days(&lo), dhi = days(&c) - days(&hi);
    } else {
      dlo = (y * 12 + m) - (lo.year * 12 + lo.month), dhi = (y * 12 + m) - (hi.year * 12 + hi.month);
    }
    int64_t dist = dlo < 0 ? -dlo * 2 : dhi > 0 ? dhi * 2 + 1 : 0;
    if (near_dist < 0 || dist < near_dist) nearest = y, near_dist = dist;
    if (tense == -1 && dhi > 0) continue;
    if (tense == 1 && dlo < 0) continue;
    if (best_dist < 0 || dist < best_dist) best = y, best_dist = dist;
  }
  /* a tense cue does not send "Jan. 14" a year away when it is days away */
  int64_t close = d > 0 ? 2 * 75 : near_months ? 2 * near_months + 1 : 2 * 1;
  if (near_months >= 0 && best_dist > 2 * (d > 0 ? 250 : 6) && near_dist <= close) return nearest;
  return best;
}

/* The near_months year_for takes: the pack's, or -1 when a rule fixed the direction. */
static int near_months_for(const tx_frame *f, const tx_context *c, int months) {
  if (f->rule_flags & TXR_BEHIND) return -1;
  return (c->conventions & TXC_NEAR_MONTHS) ? months : 0;
}

static void format_duration(const tx_frame *f, int conventions, char *out, size_t cap) {
  char num[24];
  if (f->unit == TXU_ANY) {
    snprintf(out, cap, "PXX");
    return;
  }
  double n = f->n < 0 ? 1 : f->n;
  int unit = f->unit;
  int tb = (conventions & TXC_DURATION_TB) != 0;
  if (unit == TXU_DECADE && tb) unit = TXU_YEAR, n *= 10;
  if (unit == TXU_QUARTER && !tb) unit = TXU_MONTH, n *= 3;
  if (unit == TXU_HALF) unit = TXU_MONTH, n *= 6;
  if (tb && unit == TXU_YEAR && n >= 1000 && n == (long)n && (long)n % 1000 == 0)
    unit = TXU_MILLENNIUM, n /= 1000; /* two thousand years: P2L */
  /* TimeBank writes fractions in the next unit down: P2Y6M, PT1M30S */
  static const int down[][3] = {{TXU_YEAR, TXU_MONTH, 12}, {TXU_MONTH, TXU_DAY, 30}, {TXU_DAY, TXU_HOUR, 24},
                                {TXU_HOUR, TXU_MIN, 60}, {TXU_MIN, TXU_SEC, 60}};
  if (tb && !f->fuzzy && n != (long)n && n > 0 && n < 10000) {
    for (size_t k = 0; k < sizeof down / sizeof *down; k++) {
      double sub = (n - (long)n) * down[k][2];
      if (unit != down[k][0] || sub != (long)sub) continue;
      const char *const code[] = {"", "S", "M", "H", "D", "W", "M", "Q", "M", "Y"};
      int timed = unit <= TXU_HOUR, subt = down[k][1] <= TXU_HOUR;
      snprintf(out, cap, "P%s%ld%s%s%ld%s", timed ? "T" : "", (long)n, code[unit], subt && !timed ? "T" : "",
               (long)sub, code[down[k][1]]);
      return;
    }
  }
  if (f->fuzzy || (f->n < 0 && f->unit_plural)) snprintf(num, sizeof num, "X");
  else if (n == (long)n) snprintf(num, sizeof num, "%ld", (long)n);
  else snprintf(num, sizeof num, "%g", n);
  const char *u = "";
  int t = 0;
  switch (unit) {
  case TXU_SEC: u = "S", t = 1; break;
  case TXU_MIN: u = "M", t = 1; break;
  case TXU_HOUR: u = "H", t = 1; break;
  case TXU_DAY: u = "D"; break;
  case TXU_WEEK: u = "W"; break;
  case TXU_MONTH: u = "M"; break;
  case TXU_YEAR: u = "Y"; break;
  case TXU_QUARTER: u = "Q"; break;
  case TXU_DECADE: u = "DE"; break;
  case TXU_CENTURY: u = tb ? "C" : "CE"; break; /* TimeBank's letters: C, L */
  case TXU_WEEKEND: u = "WE"; break;
  case TXU_MILLENNIUM: u = tb ? "L" : "ML"; break;
  default: u = "D"; break;
  }
  snprintf(out, cap, "P%s%s%s", t ? "T" : "", num, u);
}

/* A period of `unit` shifted by k from the one containing day a. */
static void period(result *r, frise_date a, int unit, int k) {
  int wy, w;
  switch (unit) {
  case TXU_DAY: set_day(r, add_days(a, k)); break;
  case TXU_WEEK:
  case TXU_WEEKEND: {
    frise_date x = add_days(a, 7 * k);
    frise_iso_week(x.year, x.month, x.day, &wy, &w);
    snprintf(r->value, sizeof r->value, unit == TXU_WEEK ? "%04d-W%02d" : "%04d-W%02d-WE", wy, w);
    frise_date th = add_days(x, 4 - frise_weekday(x.year, x.month, x.day));
    r->point = (frise_date){th.year, th.month, 0, 0, 0, FRISE_PREC_MONTH};
    break;
  }
  case TXU_MONTH: frise_date_add_months(&a, k), set_month(r, a.year, a.month); break;
  case TXU_QUARTER: {
    int q = (a.month - 1) / 3 + k, y = a.year;
    while (q < 0) q += 4, y--;
    while (q > 3) q -= 4, y++;
    snprintf(r->value, sizeof r->value, "%04d-Q%d", y, q + 1);
    r->point = (frise_date){y, 0, 0, 0, 0, FRISE_PREC_YEAR};
    break;
  }
  case TXU_HALF: {
    int h = (a.month - 1) / 6 + k, y = a.year;
    while (h < 0) h += 2, y--;
    while (h > 1) h -= 2, y++;
    snprintf(r->value, sizeof r->value, "%04d-H%d", y, h + 1);
    r->point = (frise_date){y, 0, 0, 0, 0, FRISE_PREC_YEAR};
    break;
  }
  case TXU_YEAR: set_year(r, a.year + k); break;
  case TXU_DECADE: snprintf(r->value, sizeof r->value, "%03dX", a.year / 10 + k); break;
  case TXU_CENTURY: snprintf(r->value, sizeof r->value, "%02d", a.year / 100 + k); break;
  default: set_day(r, a); break;
  }
}

/* Shifts day a by n units (n may be negative): the target of "il y a 3 ans". */
static void shift(result *r, frise_date a, int unit, double n, int fuzzy, int sign, int weeks_as_days) {
  if (fuzzy || n < 0 || n > 100000) { /* no calendar arithmetic on absurd spans */
    snprintf(r->value, sizeof r->value, sign < 0 ? "PAST_REF" : "FUTURE_REF");
    return;
  }
  long k = (long)n * sign;
  static const int years_per[] = {[TXU_YEAR] = 1, [TXU_DECADE] = 10, [TXU_CENTURY] = 100,
                                  [TXU_MILLENNIUM] = 1000};
  if (unit >= 0 && unit < (int)(sizeof years_per / sizeof *years_per) && years_per[unit] &&
      a.year + k * years_per[unit] < 1) { /* 7000 years ago: before the calendar's years */
    snprintf(r->value, sizeof r->value, "PAST_REF");
    return;
  }
  switch (unit) {
  case TXU_SEC: case TXU_MIN: case TXU_HOUR: set_day(r, a); break;
  case TXU_DAY: set_day(r, add_days(a, k)); break;
  case TXU_WEEK:
    if (weeks_as_days) set_day(r, add_days(a, 7 * k));
    else period(r, a, TXU_WEEK, (int)k);
    break;
  case TXU_MONTH: frise_date_add_months(&a, k); set_month(r, a.year, a.month); break;
  case TXU_QUARTER: frise_date_add_months(&a, 3 * k); set_month(r, a.year, a.month); break;
  case TXU_YEAR: set_year(r, a.year + (int)k); break;
  case TXU_DECADE: set_year(r, a.year + 10 * (int)k); break;
  case TXU_CENTURY: snprintf(r->value, sizeof r->value, "%02d", (a.year + 100 * (int)k) / 100); break;
  default: set_day(r, a); break;
  }
}

/* Upper end of the anchor interval: the last possible DCT day when coarse. */
static frise_date hi_of(const tx_context *c, frise_date a) {
  return c->dct.prec < FRISE_PREC_DAY && c->dct_hi.prec >= FRISE_PREC_DAY && days(&c->dct_hi) >= days(&a)
             ? c->dct_hi : a;
}

static int tense_dir(const tx_context *c) {
  return c->tense == 2 ? ((c->conventions & TXC_WEEKDAY_PAST) ? -1 : 0) : c->tense;
}

/* Day of the nth (5: last; 6: the first after the first Monday, US Election
 * Day) weekday wd of a month. */
static int nth_weekday(int y, int m, int nth, int wd) {
  int last = frise_days_in_month(y, m);
  if (nth == 6) return 2 + (wd - frise_weekday(y, m, 2) + 7) % 7;
  if (nth >= 5) return last - (frise_weekday(y, m, last) - wd + 7) % 7;
  int first = 1 + (wd - frise_weekday(y, m, 1) + 7) % 7;
  int d = first + 7 * (nth - 1);
  return d <= last ? d : first;
}

/* Financial news reports on a quarter: "the quarter", "the latest period",
 * "the year-ago quarter" name it, and once the document has named a quarter,
 * "a year earlier" is that quarter a year before (TimeBank convention). The
 * period is the last quarter named, else the one before the anchor's. */
static int reporting_period(const tx_frame *f, const tx_context *c, frise_date a, result *r) {
  if (f->ord != TX_UNSET || f->m != TX_UNSET || f->fuzzy) return 0;
  int whole = f->n < 0 || f->n == (int)f->n;
  /* one year back only: "two years ago" is a year, "earlier this year" no shift */
  int year_shift = f->unit == TXU_YEAR && (f->ago || f->earlier) && whole && f->n <= 1 && f->n != 0 &&
                   f->dir == TX_UNSET;
  if (!f->report && !(year_shift && c->period_y && (c->conventions & TXC_REPORT_YEAR))) return 0;
  int y = c->period_y, q = c->period_q;
  if (!y && f->y != TX_UNSET) return 0; /* the 1988 period, no quarter named: the year */
  if (!y) {
    if (a.prec < FRISE_PREC_DAY) return 0;
    y = a.year, q = (a.month - 1) / 3;
    if (q == 0) q = 4, y--;
  }
  if (f->y != TX_UNSET) y = f->y;
  else if (year_shift) y -= f->n < 0 ? 1 : (int)f->n;
  else if (f->unit == TXU_YEAR && f->dir != TX_UNSET) y += f->dir; /* last year's quarter */
  snprintf(r->value, sizeof r->value, "%04d-Q%d", y, q);
  r->point = (frise_date){y, 0, 0, 0, 0, FRISE_PREC_YEAR};
  r->anchor = FRISE_ANCHOR_DCT;
  return 1;
}

/* The date part of a point expression is computed by the first resolver that
 * applies to the frame, in the order of the table below. Each gets one anchor
 * day a (prec DAY, or NONE when there is no DCT) and returns NA when the frame
 * is not its case, 0 when it is but no date follows, 1 when r holds a date. */
enum { NA = -1 };
typedef int (*resolver)(const tx_frame *f, const tx_context *c, frise_date a, result *r);

static int have_day(frise_date a) { return a.prec >= FRISE_PREC_DAY; }

static int done(result *r, int anchor) {
  r->anchor = anchor;
  return 1;
}

static int by_narrative_day(const tx_frame *f, const tx_context *c, frise_date a, result *r) {
  if (f->narr == TX_UNSET) return NA;
  frise_date nar = c->narrative.prec >= FRISE_PREC_DAY ? c->narrative : a;
  if (f->wd != TX_UNSET && have_day(a)) /* the day before last Tuesday: from that Tuesday */
    nar = weekday_from(a, f->wd, f->dir != TX_UNSET ? f->dir : tense_dir(c), f->dir != TX_UNSET && f->dir);
  else if (f->narr == 0 && c->narrative.prec == FRISE_PREC_MONTH) {
    /* "last October ... that same day": a day of that month, not the DCT */
    snprintf(r->value, sizeof r->value, "%04d-%02d-XX", c->narrative.year, c->narrative.month);
    r->point = c->narrative;
    return done(r, FRISE_ANCHOR_NARRATIVE);
  }
  if (!have_day(nar)) return 0;
  set_day(r, add_days(nar, f->narr)); /* la veille, le lendemain */
  return done(r, FRISE_ANCHOR_NARRATIVE);
}

/* "the eighth day" (of a siege, in office): a day of the story, the narrative
 * date (or the DCT) being the best guess of which. */
static int by_ordinal_day(const tx_frame *f, const tx_context *c, frise_date a, result *r) {
  if (f->ord == TX_UNSET || f->unit != TXU_DAY || f->n >= 0 || f->m != TX_UNSET || f->y != TX_UNSET ||
      f->wd != TX_UNSET || f->d != TX_UNSET)
    return NA;
  frise_date nar = c->narrative.prec >= FRISE_PREC_DAY ? c->narrative : a;
  if (!have_day(nar)) return 0;
  set_day(r, nar);
  return done(r, FRISE_ANCHOR_NARRATIVE);
}

static int by_report(const tx_frame *f, const tx_context *c, frise_date a, result *r) {
  return reporting_period(f, c, a, r) ? 1 : NA;
}

static int by_vague_plural(const tx_frame *f, const tx_context *c, frise_date a, result *r) {
  if (f->unit == TX_UNSET || !f->unit_plural || f->dir == TX_UNSET || !f->dir || f->n >= 0 || f->ago ||
      f->in)
    return NA; /* les prochains mois, ces dernières semaines */
  snprintf(r->value, sizeof r->value, f->dir < 0 ? "PAST_REF" : "FUTURE_REF");
  return 1;
}

static int by_shift(const tx_frame *f, const tx_context *c, frise_date a, result *r) {
  /* a singular unit with no number is one unit: the year-earlier figure */
  double n = f->n < 0 && !f->unit_plural && f->unit != TX_UNSET && f->dir == TX_UNSET ? 1 : f->n;
  if (!(f->ago || f->in || ((f->later || f->earlier) && n >= 0)) || f->ord != TX_UNSET) return NA;
  int narrative = f->later || f->earlier; /* trois jours plus tard / il y a trois jours */
  frise_date base = narrative && c->narrative.prec >= FRISE_PREC_DAY ? c->narrative : a;
  if (!have_day(base) || f->unit == TX_UNSET) return 0;
  shift(r, base, f->unit, n, f->fuzzy, (f->ago || f->earlier) ? -1 : 1,
        (c->conventions & TXC_WEEKS_AS_DAYS) != 0);
  return done(r, narrative ? FRISE_ANCHOR_NARRATIVE : FRISE_ANCHOR_DCT);
}

static int by_deictic_day(const tx_frame *f, const tx_context *c, frise_date a, result *r) {
  if (f->dayoff == TX_UNSET) return NA;
  if (!have_day(a)) return 0;
  set_day(r, add_days(a, f->dayoff)); /* hier, demain */
  return done(r, FRISE_ANCHOR_DCT);
}

static int by_full_date(const tx_frame *f, const tx_context *c, frise_date a, result *r) {
  if (f->y == TX_UNSET || f->m == TX_UNSET || f->d == TX_UNSET) return NA;
  if (f->d > frise_days_in_month(f->y, f->m)) return 0;
  if (f->unit == TXU_WEEK) period(r, mkday(f->y, f->m, f->d), TXU_WEEK, 0); /* the week of March 6, 1989 */
  else set_day(r, mkday(f->y, f->m, f->d));
  return 1;
}

/* "mardi 7 décembre" without a year: the year nearest y where it is a Tuesday. */
static int year_fitting_weekday(const tx_frame *f, int y) {
  if (f->wd == TX_UNSET || f->d > frise_days_in_month(y, f->m) || frise_weekday(y, f->m, f->d) == f->wd)
    return y;
  for (int dy = 1; dy <= 6; dy++) {
    int cand[2] = {y - dy, y + dy};
    for (int k = 0; k < 2; k++)
      if (f->d <= frise_days_in_month(cand[k], f->m) && frise_weekday(cand[k], f->m, f->d) == f->wd)
        return cand[k];
  }
  return y;
}

static int by_month_day(const tx_frame *f, const tx_context *c, frise_date a, result *r) {
  if (f->m == TX_UNSET || f->d == TX_UNSET) return NA;
  if (!have_day(a)) {
    snprintf(r->value, sizeof r->value, "XXXX-%02d-%02d", f->m, f->d);
    return 1;
  }
  int dir = f->dir != TX_UNSET && f->dir ? f->dir : c->tense;
  int y = year_for(a, hi_of(c, a), f->m, f->d, dir, near_months_for(f, c, 3));
  y = year_fitting_weekday(f, y);
  if (f->d > frise_days_in_month(y, f->m)) return 0;
  if (f->unit == TXU_WEEK) period(r, mkday(y, f->m, f->d), TXU_WEEK, 0); /* the week of March 6 */
  else set_day(r, mkday(y, f->m, f->d));
  return done(r, FRISE_ANCHOR_DCT);
}

/* "the first week of March", "la deuxième semaine de mars": the ISO week
 * holding day 4 + 7 (n - 1) of that month (the first week is the first one
 * with four days in the month, as ISO counts the weeks of a year). */
static int by_nth_week(const tx_frame *f, const tx_context *c, frise_date a, result *r) {
  if (f->unit != TXU_WEEK || f->ord == TX_UNSET || f->ord < 1 || f->ord > 4 || f->m == TX_UNSET ||
      f->d != TX_UNSET)
    return NA;
  int d = 4 + 7 * (f->ord - 1), y = f->y;
  if (y == TX_UNSET) {
    if (!have_day(a)) return 0;
    int dir = f->dir != TX_UNSET && f->dir ? f->dir : c->tense;
    y = year_for(a, hi_of(c, a), f->m, d, dir, near_months_for(f, c, 3));
  }
  if (d > frise_days_in_month(y, f->m)) return 0;
  period(r, mkday(y, f->m, d), TXU_WEEK, 0);
  return done(r, f->y != TX_UNSET ? FRISE_ANCHOR_NONE : FRISE_ANCHOR_DCT);
}

static int by_nth_weekday(const tx_frame *f, const tx_context *c, frise_date a, result *r) {
  if (!f->nth || f->m == TX_UNSET || f->d != TX_UNSET) return NA; /* 4th Thursday of November */
  if (!have_day(a)) return 0;
  int dir = f->dir != TX_UNSET && f->dir ? f->dir : c->tense;
  int y = f->y != TX_UNSET ? f->y
                           : year_for(a, hi_of(c, a), f->m, nth_weekday(a.year, f->m, f->nth, f->nth_wd), dir,
                                      near_months_for(f, c, 3));
  set_day(r, mkday(y, f->m, nth_weekday(y, f->m, f->nth, f->nth_wd)));
  return done(r, FRISE_ANCHOR_DCT);
}

/* Easter Sunday of a Gregorian year (the anonymous Gregorian computus). */
static frise_date easter_sunday(int y) {
  int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
  int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  int m = (a + 11 * h + 22 * l) / 451, month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
  return mkday(y, month, day);
}

/* Pâques, Pentecôte, Good Friday: a day counted from Easter, in the year the
 * tense and the anchor choose as for a fixed holiday (Easter moves by five
 * weeks at most, which never changes which year is nearest). */
static int by_movable_feast(const tx_frame *f, const tx_context *c, frise_date a, result *r) {
  if (f->easter == TX_UNSET) return NA;
  int y = f->y;
  if (y == TX_UNSET) {
    if (!have_day(a)) return 0;
    frise_date near = add_days(easter_sunday(a.year), f->easter);
    int dir = f->dir != TX_UNSET && f->dir ? f->dir : c->tense;
    y = year_for(a, hi_of(c, a), near.month, near.day, dir, near_months_for(f, c, 3));
  }
  if (y < 1 || y > 9999) return 0;
  frise_date day = add_days(easter_sunday(y), f->easter);
  if (f->unit == TXU_WEEK || f->unit == TXU_WEEKEND) /* Easter week, le week-end de Pâques: the one ending on it */
    period(r, f->easter <= 0 ? day : add_days(day, -1), f->unit, 0);
  else set_day(r, day);
  return done(r, f->y != TX_UNSET ? FRISE_ANCHOR_NONE : FRISE_ANCHOR_DCT);
}

/* "lundi 3": the month nearest the anchor whose 3rd is a Monday. */
static int by_weekday_day(const tx_frame *f, const tx_context *c, frise_date a, result *r) {
  if (f->d == TX_UNSET || f->m != TX_UNSET || f->wd == TX_UNSET) return NA;
  frise_date base = c->narrative.prec >= FRISE_PREC_MONTH ? c->narrative : a;
  if (base.prec < FRISE_PREC_MONTH) return 0;
  for (int k = 0; k <= 6; k++) {
    for (int sign = -1; sign <= 1; sign += 2) {
      frise_date m = {base.year, base.month, 1, 0, 0, FRISE_PREC_DAY};
      frise_date_add_months(&m, sign * k);
      if (f->d <= frise_days_in_month(m.year, m.month) && frise_weekday(m.year, m.month, f->d) == f->wd) {
        set_day(r, mkday(m.year, m.month, f->d));
        return done(r, FRISE_ANCHOR_NARRATIVE);
      }
      if (!k) break;
    }
  }
  return 0;
}

static int by_bare_day(const tx_frame *f, const tx_context *c, frise_date a, result *r) {
  if (f->d == TX_UNSET || f->m != TX_UNSET) return NA; /* le 22: month from the narrative */
  frise_date base = c->narrative.prec >= FRISE_PREC_MONTH ? c->narrative : a;
  if (base.prec < FRISE_PREC_MONTH || f->d > frise_days_in_month(base.year, base.month)) return 0;
  set_day(r, mkday(base.year, base.month, f->d));
  return done(r, FRISE_ANCHOR_NARRATIVE);
}

static int by_weekday(const tx_frame *f, const tx_context *c, frise_date a, result *r) {
  if (f->wd == TX_UNSET) return NA;
  if (!have_day(a)) {
    snprintf(r->value, sizeof r->value, "XXXX-WXX-%d", f->wd);
    return 1;
  }
  int dir = f->dir != TX_UNSET ? f->dir : tense_dir(c);
  frise_date wa = f->narr_rel && c->narrative.prec >= FRISE_PREC_DAY ? c->narrative : a;
  set_day(r, weekday_from(wa, f->wd, dir, f->dir != TX_UNSET && f->dir != 0));
  return done(r, FRISE_ANCHOR_DCT);
}

static int by_year_month(const tx_frame *f, const tx_context *c, frise_date a, result *r) {
  if (f->y == TX_UNSET || f->m == TX_UNSET) return NA;
  set_month(r, f->y, f->m);
  return 1;
}

static int by_month(const tx_frame *f, const tx_context *c, frise_date a, result *r) {
  if (f->m == TX_UNSET) return NA;
  if (!have_day(a)) {
    snprintf(r->value, sizeof r->value, "XXXX-%02d", f->m);
    return 1;
  }
  int dir = f->dir != TX_UNSET && f->dir ? f->dir : c->tense;
  if (dir == 2 && (c->conventions & TXC_WEEKDAY_PAST)) dir = -1;
  /* a month name up to 3 months away is that one, 1 when a verb says otherwise */
  int near = near_months_for(f, c, c->tense == 2 ? 3 : 1);
  int y = f->dir == 0 ? a.year : year_for(a, hi_of(c, a), f->m, 0, dir, near);
  if (f->dir == -1 && y == a.year && f->m >= a.month) y--;
  if (f->dir == 1 && y == a.year && f->m <= a.month) y++;
  if (f->unit == TXU_YEAR && f->dir != TX_UNSET) y = a.year + f->dir; /* June last year */
  set_month(r, y, f->m);
  return done(r, FRISE_ANCHOR_DCT);
}

static int by_quarter(const tx_frame *f, const tx_context *c, frise_date a, result *r) {
  if (f->unit == TX_UNSET || (f->unit != TXU_QUARTER && f->unit != TXU_HALF) || f->ord == TX_UNSET)
    return NA;
  int y = f->y;
  if (y == TX_UNSET) {
    if (!have_day(a)) return 0;
    y = a.year + (f->dir != TX_UNSET ? f->dir : 0) - (f->ago || f->earlier); /* the year-ago third quarter */
    /* "fourth-quarter profit fell", written in January: last year's quarter */
    int cur = f->unit == TXU_QUARTER ? (a.month - 1) / 3 + 1 : (a.month - 1) / 6 + 1;
    if (f->dir == TX_UNSET && f->ord > cur && c->tense == -1) y--;
  }
  if (f->unit == TXU_QUARTER && f->n == 2 && (f->ord == 1 || f->ord == 3)) { /* the first two quarters */
    snprintf(r->value, sizeof r->value, "%04d-H%d", y, (f->ord + 1) / 2);
    r->point = (frise_date){y, 0, 0, 0, 0, FRISE_PREC_YEAR};
    return 1;
  }
  snprintf(r->value, sizeof r->value, "%04d-%c%d", y, f->unit == TXU_QUARTER ? 'Q' : 'H', f->ord);
  r->point = (frise_date){y, 0, 0, 0, 0, FRISE_PREC_YEAR};
  return 1;
}

static int by_season(const tx_frame *f, const tx_context *c, frise_date a, result *r) {
  if (f->season == TX_UNSET) return NA;
  int y = f->y;
  if (y == TX_UNSET) {
    if (!have_day(a) || ((f->rule_flags & TXR_HABIT) && (c->tense == 2 || c->tense == 0))) {
      snprintf(r->value, sizeof r->value, "XXXX-%s", season_code(f->season));
      return 1;
    }
    y = a.year + (f->dir != TX_UNSET ? f->dir : 0);
    /* this past spring (spring over by the DCT) is this year's; this coming fall (not begun) too */
    static const int first_month[] = {0, 3, 6, 9, 12}, last_month[] = {0, 5, 8, 11, 2};
    if ((f->rule_flags & TXR_LATEST) && f->season >= TXS_SP && f->season <= TXS_FA &&
        ((f->dir == -1 && a.month > last_month[f->season]) || (f->dir == 1 && a.month < first_month[f->season])))
      y = a.year;
    r->anchor = FRISE_ANCHOR_DCT;
  }
  snprintf(r->value, sizeof r->value, "%04d-%s", y, season_code(f->season));
  r->point = (frise_date){y, 0, 0, 0, 0, FRISE_PREC_YEAR};
  return 1;
}

static int by_year(const tx_frame *f, const tx_context *c, frise_date a, result *r) {
  if (f->y == TX_UNSET) return NA;
  set_year(r, f->y);
  return 1;
}

static int by_period(const tx_frame *f, const tx_context *c, frise_date a, result *r) {
  if (f->unit == TX_UNSET || f->n >= 0 ||
      !(f->dir != TX_UNSET || f->mod != TX_UNSET || f->unit == TXU_WEEKEND || (f->rule_flags & TXR_CURRENT)))
    return NA; /* la semaine dernière, cette année, the weekend */
  if (!have_day(a)) return 0;
  int k = f->dir != TX_UNSET ? f->dir : 0;
  /* "ce week-end" in a past-tense weekday report is the one just gone */
  if (f->unit == TXU_WEEKEND && k == 0) {
    int wd = frise_weekday(a.year, a.month, a.day);
    /* with no tense to go by, "the weekend" in a Monday or Tuesday report is the one just gone */
    if ((c->tense == -1 && wd < 6) || (c->tense == 2 && wd <= 2 && f->dir == TX_UNSET)) k = -1;
  }
  frise_date base = a;
  int told = 0; /* the narrative, not the DCT, gave the base */
  if (f->narr_rel && c->narrative.prec >= FRISE_PREC_MONTH &&
      (c->narrative.prec >= FRISE_PREC_DAY || (f->unit >= TXU_MONTH && f->unit != TXU_WEEKEND))) {
    base = c->narrative; /* the following month: after the one just named */
    if (base.prec < FRISE_PREC_DAY) base.day = 1, base.prec = FRISE_PREC_DAY;
    told = 1;
  }
  if (f->narr_rel && f->unit == TXU_YEAR && c->narrative_year)
    base.year = c->narrative_year, told = 1; /* that year: the last one named */
  period(r, base, f->unit, k);
  if (f->unit == TXU_DECADE && (c->conventions & TXC_DECADE_DET) && strlen(r->value) == 4)
    r->value[3] = '\0'; /* "the last decade" is a decade, 198, not a year of it */
  return done(r, told ? FRISE_ANCHOR_NARRATIVE : FRISE_ANCHOR_DCT);
}

static int by_direction_only(const tx_frame *f, const tx_context *c, frise_date a, result *r) {
  if (f->dir == TX_UNSET || !f->dir || f->unit != TX_UNSET || f->m != TX_UNSET || f->wd != TX_UNSET ||
      f->pod != TX_UNSET || f->season != TX_UNSET)
    return NA; /* the past, the future */
  snprintf(r->value, sizeof r->value, f->dir < 0 ? "PAST_REF" : "FUTURE_REF");
  return 1;
}

static int by_time_of_day(const tx_frame *f, const tx_context *c, frise_date a, result *r) {
  if ((f->pod == TX_UNSET && f->hh == TX_UNSET) || !have_day(a)) return NA;
  if (f->pod != TX_UNSET && f->dir != TX_UNSET && f->dir) { /* la nuit dernière */
    set_day(r, add_days(a, f->dir));
    return done(r, FRISE_ANCHOR_DCT);
  }
  if (f->pod != TX_UNSET && f->dir == 0 && !f->narr_rel) { /* this morning, ce soir: the DCT's */
    set_day(r, a);
    return done(r, FRISE_ANCHOR_DCT);
  }
  set_day(r, c->narrative.prec >= FRISE_PREC_DAY ? c->narrative : a); /* à 15 heures */
  return done(r, FRISE_ANCHOR_NARRATIVE);
}

static const resolver resolvers[] = {
  by_narrative_day, by_ordinal_day, by_report, by_vague_plural, by_shift, by_deictic_day, by_full_date,
  by_movable_feast, by_nth_week, by_month_day, by_nth_weekday, by_weekday_day, by_bare_day, by_weekday, by_year_month,
  by_month, by_quarter, by_season, by_year, by_period, by_direction_only, by_time_of_day};

static int eval_date(const tx_frame *f, const tx_context *c, frise_date a, result *r) {
  for (size_t k = 0; k < sizeof resolvers / sizeof *resolvers; k++) {
    int v = resolvers[k](f, c, a, r);
    if (v != NA) return v;
  }
  return 0;
}

static void eval_point(const tx_frame *f, const tx_context *c, frise_date a, result *r) {
  memset(r, 0, sizeof *r);
  if (f->ref != TX_UNSET) {
    int ref = (f->rule_flags & TXR_SOMEDAY) && c->tense == -1 ? -1 : f->ref;
    snprintf(r->value, sizeof r->value, "%s", ref < 0 ? "PAST_REF" : ref > 0 ? "FUTURE_REF" : "PRESENT_REF");
    if (f->ref == 0 && a.prec >= FRISE_PREC_DAY) r->point = a, r->anchor = FRISE_ANCHOR_DCT;
    return;
  }
  if (f->decade != TX_UNSET) {
    int y = f->decade ? f->decade : (int)f->n;
    if (y >= 0 && y < 100) y += y < 30 && f->decade == TX_UNSET ? 2000 : 1900;
    if (f->decade && f->decade < 100) y = 1900 + f->decade;
    int short_form = (c->conventions & TXC_DECADE_DET) && f->det;
    snprintf(r->value, sizeof r->value, short_form ? "%03d" : "%03dX", y / 10);
    return;
  }
  if (f->century) {
    int k = f->ord != TX_UNSET ? f->ord : (int)f->n;
    if (k > 0 && k < 40) snprintf(r->value, sizeof r->value, "%02d", k - 1);
    return;
  }
  if (!eval_date(f, c, a, r)) {
    if (f->hh != TX_UNSET) snprintf(r->value, sizeof r->value, "XXXX-XX-XX");
    else if (f->pod != TX_UNSET) snprintf(r->value, sizeof r->value, "XXXX-XX-XX");
    else return;
  }
  int is_day = r->point.prec == FRISE_PREC_DAY || strncmp(r->value, "XXXX-XX-XX", 10) == 0;
  if (f->hh != TX_UNSET && is_day) {
    int h = f->hh, m = f->mm == TX_UNSET ? 0 : f->mm;
    if (f->ampm == 12 && h < 12) h += 12;
    if (f->ampm == 0 && h == 12) h = 0;
    if (f->pod != TX_UNSET && (f->pod == TXP_AF || f->pod == TXP_EV) && h < 12) h += 12;
    if (f->pod == TXP_NI && f->ampm == TX_UNSET && h >= 5 && h < 12) h += 12; /* 7:05 tonight */
    if (h > 24 || m > 59 || (h == 24 && m)) return;
    size_t l = strlen(r->value);
    snprintf(r->value + l, sizeof r->value - l, "T%02d:%02d", h, m);
    /* midnight is the end of its day, T24:00 (ISO 8601); the point stays in the day */
    if (h == 24) h = 23, m = 59;
    if (r->point.prec == FRISE_PREC_DAY) r->point.hour = h, r->point.minute = m, r->point.prec = FRISE_PREC_MINUTE;
  } else if (f->pod != TX_UNSET && is_day) {
    size_t l = strlen(r->value);
    snprintf(r->value + l, sizeof r->value - l, "T%s", pod_code(f->pod));
  }
}

/* Values computed for two anchors agree? Keep their common precision. */
static void merge(result *acc, const result *r, int *first) {
  if (*first) {
    *acc = *r;
    *first = 0;
    return;
  }
  if (strcmp(acc->value, r->value) == 0) return;
  frise_date a = acc->point, b = r->point;
  if (a.prec >= FRISE_PREC_MONTH && b.prec >= FRISE_PREC_MONTH && a.year == b.year && a.month == b.month)
    set_month(acc, a.year, a.month);
  else if (a.prec >= FRISE_PREC_YEAR && b.prec >= FRISE_PREC_YEAR && a.year == b.year)
    set_year(acc, a.year);
  else {
    memset(&acc->point, 0, sizeof acc->point);
    snprintf(acc->value, sizeof acc->value, "%s", "PAST_REF");
  }
}

/* Needs a specific anchor day (the coarse-DCT loop applies)? */
static int day_relative(const tx_frame *f) {
  return f->dayoff != TX_UNSET || (f->wd != TX_UNSET && f->d == TX_UNSET) || f->ago || f->in ||
         (f->unit != TX_UNSET && f->dir != TX_UNSET && f->y == TX_UNSET) ||
         ((f->hh != TX_UNSET || f->pod != TX_UNSET) && f->d == TX_UNSET);
}

static void eval_anchored(const tx_frame *f, const tx_context *c, result *r) {
  const frise_date *dct = &c->dct;
  if (dct->prec >= FRISE_PREC_DAY || dct->prec == FRISE_PREC_NONE || !day_relative(f) ||
      c->dct_lo.prec < FRISE_PREC_DAY) {
    frise_date a = *dct;
    if (a.prec == FRISE_PREC_MINUTE) a.prec = FRISE_PREC_DAY, a.hour = a.minute = 0;
    if (a.prec < FRISE_PREC_DAY && a.prec > FRISE_PREC_NONE) { /* month-level: mid-interval */
      a = c->dct_lo.prec >= FRISE_PREC_DAY ? c->dct_lo : mkday(a.year, a.month ? a.month : 1, 1);
    }
    eval_point(f, c, a, r);
    return;
  }
  int64_t lo = days(&c->dct_lo), hi = days(&c->dct_hi);
  if (hi - lo > 366) hi = lo + 366;
  /* a weekday the document proves: the only one in the possible interval */
  if (f->wd != TX_UNSET && f->dir == TX_UNSET && f->dayoff == TX_UNSET && c->tense <= 0) {
    int count = 0;
    frise_date only = {0};
    for (int64_t z = lo; z <= hi; z++) {
      frise_date x = {0, 0, 0, 0, 0, FRISE_PREC_DAY};
      frise_civil_from_days(z, &x.year, &x.month, &x.day);
      if (frise_weekday(x.year, x.month, x.day) == f->wd) count++, only = x;
    }
    if (count == 1) {
      eval_point(f, c, only, r);
      return;
    }
  }
  int first = 1;
  result acc;
  memset(&acc, 0, sizeof acc);
  for (int64_t z = lo; z <= hi; z++) {
    frise_date x = {0, 0, 0, 0, 0, FRISE_PREC_DAY};
    frise_civil_from_days(z, &x.year, &x.month, &x.day);
    result one;
    eval_point(f, c, x, &one);
    merge(&acc, &one, &first);
  }
  /* no agreement: what is certain is the month of publication */
  if (acc.point.prec < FRISE_PREC_MONTH && dct->prec == FRISE_PREC_MONTH && acc.value[0] != 'P' &&
      acc.value[0] != 'F') {
    set_month(&acc, dct->year, dct->month);
    acc.anchor = FRISE_ANCHOR_DCT;
  }
  *r = acc;
}

void tx_resolve(const tx_frame *f, const tx_context *c, frise_timex *x) {
  x->type = (frise_timex_type)f->type;
  x->value[0] = x->mod[0] = x->freq[0] = x->quant[0] = 0;
  memset(&x->point, 0, sizeof x->point);
  x->anchor = FRISE_ANCHOR_NONE;
  if (f->mod != TX_UNSET) snprintf(x->mod, sizeof x->mod, "%s", mod_name(f->mod));
  if (f->type == FRISE_TIMEX_SET && (f->rule_flags & TXR_FREQ) && f->unit != TX_UNSET) {
    /* deux fois par an: once a year, twice */
    tx_frame g = *f;
    g.n = 1, g.fuzzy = 0, g.unit_plural = 0;
    format_duration(&g, c->conventions, x->value, sizeof x->value);
    if (f->n >= 1 && f->n < 1000) snprintf(x->freq, sizeof x->freq, "%dX", (int)f->n);
    return;
  }
  if (f->type == FRISE_TIMEX_SET) {
    snprintf(x->quant, sizeof x->quant, "EVERY");
    if (f->wd != TX_UNSET) /* every Tuesday (night) */
      snprintf(x->value, sizeof x->value, "XXXX-WXX-%d%s%s", f->wd, f->pod != TX_UNSET ? "T" : "",
               f->pod != TX_UNSET ? pod_code(f->pod) : "");
    else if (f->pod != TX_UNSET) snprintf(x->value, sizeof x->value, "XXXX-XX-XXT%s", pod_code(f->pod));
    else if (f->m != TX_UNSET) snprintf(x->value, sizeof x->value, "XXXX-%02d", f->m);
    else if (f->season != TX_UNSET) snprintf(x->value, sizeof x->value, "XXXX-%s", season_code(f->season));
    else {
      tx_frame g = *f;
      g.fuzzy = 0, g.unit_plural = 0;
      if (g.ord != TX_UNSET) g.n = g.ord;
      format_duration(&g, c->conventions, x->value, sizeof x->value);
    }
    return;
  }
  int vague_shift = (f->later || f->earlier) && ((f->n < 0 && f->unit_plural) || f->fuzzy) &&
                    f->unit != TX_UNSET && f->dir == TX_UNSET;
  if (vague_shift) { /* quelques heures avant l'appel: a duration before an event */
    x->type = FRISE_TIMEX_DURATION;
    format_duration(f, c->conventions, x->value, sizeof x->value);
    return;
  }
  if (f->type == FRISE_TIMEX_DURATION && !f->ago && !f->in && !f->later && !f->earlier) {
    if (f->unit == TX_UNSET) return;
    format_duration(f, c->conventions, x->value, sizeof x->value);
    return;
  }
  if (f->type == FRISE_TIMEX_DATE &&
      (f->hh != TX_UNSET || (f->pod != TX_UNSET && (c->conventions & TXC_POD_TIME))))
    x->type = FRISE_TIMEX_TIME;
  result r;
  eval_anchored(f, c, &r);
  snprintf(x->value, sizeof x->value, "%s", r.value);
  x->point = r.point;
  x->anchor = (frise_anchor)r.anchor;
  if ((f->ago || f->in || f->later || f->earlier) && x->type == FRISE_TIMEX_DURATION)
    x->type = FRISE_TIMEX_DATE;
}
