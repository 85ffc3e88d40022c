/* timex_eval.c: TempEval-3 timex scoring (see eval_timex.h for the metric). */
#include "frise/eval_timex.h"
#include <stdlib.h>
#include <string.h>

typedef struct {
  size_t start, end;   /* bytes in the document text */
  size_t cstart, cend; /* characters */
  const frise_tml_timex *x;
  long pair;           /* index of the matched item on the other side, or -1 */
  int strict;
} item;

const char *const frise_timex_type_labels[5] = {"DATE", "TIME", "DURATION", "SET", "other"};

int frise_timex_type_index(const char *type) {
  for (int k = 0; k < FRISE_TXT_OTHER; k++)
    if (type && strcmp(type, frise_timex_type_labels[k]) == 0) return k;
  return FRISE_TXT_OTHER;
}

static int cmp_item(const void *a, const void *b) {
  const item *x = a, *y = b;
  if (x->start != y->start) return x->start < y->start ? -1 : 1;
  if (x->end != y->end) return x->end < y->end ? -1 : 1;
  return x->x < y->x ? -1 : x->x > y->x; /* keeps document order: stable */
}

static size_t count_chars(const char *s, size_t from, size_t to) {
  size_t n = 0;
  for (size_t i = from; i < to; i++) n += ((unsigned char)s[i] & 0xC0) != 0x80;
  return n;
}

/* Non-empty timexes that lie inside the text, sorted, with character offsets.
 * Empty elements (<TIMEX3 .../>) carry no text; TE3 does not score them. */
static item *collect(const frise_tml *t, size_t *n_out) {
  *n_out = 0;
  if (!t || t->n_timexes == 0) return NULL;
  item *v = malloc(t->n_timexes * sizeof *v);
  if (!v) abort();
  size_t n = 0;
  for (size_t k = 0; k < t->n_timexes; k++) {
    const frise_tml_timex *x = &t->timexes[k];
    if (x->end <= x->start || x->end > t->text_len) continue;
    v[n++] = (item){x->start, x->end, 0, 0, x, -1, 0};
  }
  qsort(v, n, sizeof *v, cmp_item);
  size_t pos = 0, chars = 0; /* starts are sorted: one cursor walks the text once */
  for (size_t k = 0; k < n; k++) {
    chars += count_chars(t->text, pos, v[k].start);
    pos = v[k].start;
    v[k].cstart = chars;
    v[k].cend = chars + count_chars(t->text, v[k].start, v[k].end);
  }
  *n_out = n;
  return v;
}

/* Spans are compared in characters, so that two texts differing only in the
 * byte length of some characters (NBSP for a space) still line up.
 * Strict pairs: a merge of the two sorted lists on (start, end). */
static long match_strict(item *g, size_t ng, item *s, size_t ns) {
  long m = 0;
  size_t i = 0, j = 0;
  while (i < ng && j < ns) {
    if (g[i].cstart == s[j].cstart && g[i].cend == s[j].cend) {
      g[i].pair = (long)j, s[j].pair = (long)i;
      g[i].strict = s[j].strict = 1;
      m++, i++, j++;
    } else if (g[i].cstart < s[j].cstart || (g[i].cstart == s[j].cstart && g[i].cend < s[j].cend)) i++;
    else j++;
  }
  return m;
}

/* Relaxed pairs among the still unpaired: each gold takes the first free
 * overlapping system timex. `lo` skips system timexes that end before the
 * current gold starts; prefix maxima of their ends keep it monotone even when
 * system spans nest, so the pass stays linear for ordinary documents. */
static long match_relaxed(item *g, size_t ng, item *s, size_t ns) {
  long m = 0;
  size_t lo = 0, maxend = 0;
  for (size_t i = 0; i < ng; i++) {
    while (lo < ns && (maxend = s[lo].cend > maxend ? s[lo].cend : maxend) <= g[i].cstart) lo++;
    if (g[i].pair >= 0) continue;
    for (size_t j = lo; j < ns && s[j].cstart < g[i].cend; j++) {
      if (s[j].pair >= 0 || s[j].cend <= g[i].cstart) continue;
      g[i].pair = (long)j, s[j].pair = (long)i;
      m++;
      break;
    }
  }
  return m;
}

static const char *nz(const char *s) { return s ? s : ""; }

static int same(const char *a, const char *b) { return strcmp(nz(a), nz(b)) == 0; }

#define CONTEXT_BYTES 40

static int is_cont(char c) { return ((unsigned char)c & 0xC0) == 0x80; }

static frise_txerr_side side(const frise_tml *t, const item *it) {
  const char *x = t->text;
  size_t b = it->start > CONTEXT_BYTES ? it->start - CONTEXT_BYTES : 0;
  while (b < it->start && is_cont(x[b])) b++;
  for (size_t k = it->start; k > b; k--)
    if (x[k - 1] == '\n') {
      b = k;
      break;
    }
  size_t e = it->end + CONTEXT_BYTES < t->text_len ? it->end + CONTEXT_BYTES : t->text_len;
  while (e > it->end && e < t->text_len && is_cont(x[e])) e--;
  const char *nl = memchr(x + it->end, '\n', e - it->end);
  if (nl) e = (size_t)(nl - x);
  return (frise_txerr_side){it->cstart, it->cend, x + it->start, it->end - it->start,
                            nz(it->x->type), nz(it->x->value), x + b, it->start - b, x + it->end,
                            e - it->end};
}

static void report(frise_txerr_fn fn, void *user, frise_txerr_kind k, const char *doc,
                   const frise_tml *gt, const item *g, const frise_tml *st, const item *s) {
  if (!fn) return;
  frise_txerr_side gs, ss;
  if (g) gs = side(gt, g);
  if (s) ss = side(st, s);
  frise_txerr e = {k, doc, g ? &gs : NULL, s ? &ss : NULL};
  fn(&e, user);
}

void frise_timex_eval_doc(const frise_tml *gold, const frise_tml *sys, const char *doc,
                          frise_timex_counts *c, frise_txerr_fn on_err, void *user) {
  size_t ng, ns;
  item *g = collect(gold, &ng), *s = collect(sys, &ns);
  c->gold += (long)ng;
  c->sys += (long)ns;
  long strict = match_strict(g, ng, s, ns);
  c->strict += strict;
  c->relaxed += strict + match_relaxed(g, ng, s, ns);
  /* One walk in gold order reports misses and attribute errors; false alarms
   * follow in system order. */
  for (size_t j = 0; j < ns; j++) c->by_type_sys[frise_timex_type_index(s[j].x->type)]++;
  for (size_t i = 0; i < ng; i++) {
    int ty = frise_timex_type_index(g[i].x->type);
    c->by_type_gold[ty]++;
    if (g[i].pair >= 0) {
      c->by_type_relaxed[ty]++;
      c->by_type_strict[ty] += g[i].strict;
      c->by_type_value_ok[ty] += same(g[i].x->value, s[g[i].pair].x->value);
    }
    if (g[i].pair < 0) {
      report(on_err, user, FRISE_TXERR_MISS, doc, gold, &g[i], sys, NULL);
      continue;
    }
    const item *m = &s[g[i].pair];
    int type_ok = same(g[i].x->type, m->x->type), value_ok = same(g[i].x->value, m->x->value);
    c->type_ok += type_ok;
    c->value_ok += value_ok;
    if (!g[i].strict) report(on_err, user, FRISE_TXERR_SPAN, doc, gold, &g[i], sys, m);
    if (!type_ok) report(on_err, user, FRISE_TXERR_TYPE, doc, gold, &g[i], sys, m);
    if (!value_ok) report(on_err, user, FRISE_TXERR_VALUE, doc, gold, &g[i], sys, m);
  }
  for (size_t j = 0; j < ns; j++)
    if (s[j].pair < 0) report(on_err, user, FRISE_TXERR_FALSE, doc, gold, NULL, sys, &s[j]);
  free(g);
  free(s);
}

static frise_prf prf(long correct, long sys, long gold) {
  frise_prf r = {sys ? (double)correct / (double)sys : 0.0, gold ? (double)correct / (double)gold : 0.0, 0.0};
  r.f = r.p + r.r > 0 ? 2 * r.p * r.r / (r.p + r.r) : 0.0;
  return r;
}

void frise_timex_scores_compute(const frise_timex_counts *c, frise_timex_scores *s) {
  s->strict = prf(c->strict, c->sys, c->gold);
  s->relaxed = prf(c->relaxed, c->sys, c->gold);
  /* correct/sys and correct/gold: the same as accuracy × relaxed P and R. */
  s->type = prf(c->type_ok, c->sys, c->gold);
  s->value = prf(c->value_ok, c->sys, c->gold);
  s->type_acc = c->relaxed ? (double)c->type_ok / (double)c->relaxed : 0.0;
  s->value_acc = c->relaxed ? (double)c->value_ok / (double)c->relaxed : 0.0;
}

static void row(frise_buf *out, const char *name, frise_prf p, long correct, double acc, int has_acc) {
  frise_buf_printf(out, "%-10s %7.2f %7.2f %7.2f %8ld", name, 100 * p.p, 100 * p.r, 100 * p.f, correct);
  if (has_acc) frise_buf_printf(out, " %9.2f", 100 * acc);
  frise_buf_putc(out, '\n');
}

void frise_timex_report_text(const frise_timex_counts *c, frise_buf *out) {
  frise_timex_scores s;
  frise_timex_scores_compute(c, &s);
  frise_buf_printf(out, "TempEval-3 timex scores: %ld documents", c->docs);
  if (c->docs_no_sys) frise_buf_printf(out, " (%ld without system file)", c->docs_no_sys);
  if (c->docs_text_diff) frise_buf_printf(out, " (%ld with different text)", c->docs_text_diff);
  frise_buf_printf(out, ", %ld gold timexes, %ld system timexes\n\n", c->gold, c->sys);
  frise_buf_printf(out, "%-10s %7s %7s %7s %8s %9s\n", "", "P", "R", "F1", "correct", "accuracy");
  row(out, "strict", s.strict, c->strict, 0, 0);
  row(out, "relaxed", s.relaxed, c->relaxed, 0, 0);
  row(out, "type", s.type, c->type_ok, s.type_acc, 1);
  row(out, "value", s.value, c->value_ok, s.value_acc, 1);
  frise_buf_printf(out, "\nby gold type   gold    sys strict-R relaxed-R value-acc\n");
  for (int k = 0; k < 5; k++) {
    if (!c->by_type_gold[k] && !c->by_type_sys[k]) continue;
    long g = c->by_type_gold[k], r = c->by_type_relaxed[k];
    frise_buf_printf(out, "%-12s %6ld %6ld %8.2f %9.2f %9.2f\n", frise_timex_type_labels[k], g,
                     c->by_type_sys[k], g ? 100.0 * (double)c->by_type_strict[k] / (double)g : 0.0,
                     g ? 100.0 * (double)r / (double)g : 0.0,
                     r ? 100.0 * (double)c->by_type_value_ok[k] / (double)r : 0.0);
  }
}

void frise_timex_report_json(const frise_timex_counts *c, frise_buf *out) {
  frise_timex_scores s;
  frise_timex_scores_compute(c, &s);
  frise_buf_printf(out,
                   "{\"documents\":%ld,\"documents_without_system\":%ld,\"documents_text_differs\":%ld,"
                   "\"gold\":%ld,\"system\":%ld,\"strict_matches\":%ld,\"relaxed_matches\":%ld,"
                   "\"type_correct\":%ld,\"value_correct\":%ld,",
                   c->docs, c->docs_no_sys, c->docs_text_diff, c->gold, c->sys, c->strict,
                   c->relaxed, c->type_ok, c->value_ok);
  const struct { const char *name; frise_prf p; } rows[] = {
    {"strict", s.strict}, {"relaxed", s.relaxed}, {"type", s.type}, {"value", s.value}};
  for (int k = 0; k < 4; k++)
    frise_buf_printf(out, "\"%s\":{\"precision\":%.4f,\"recall\":%.4f,\"f1\":%.4f},", rows[k].name,
                     rows[k].p.p, rows[k].p.r, rows[k].p.f);
  frise_buf_printf(out, "\"type_accuracy\":%.4f,\"value_accuracy\":%.4f,\"by_gold_type\":{", s.type_acc,
                   s.value_acc);
  for (int k = 0; k < 5; k++)
    frise_buf_printf(out, "%s\"%s\":{\"gold\":%ld,\"system\":%ld,\"strict\":%ld,\"relaxed\":%ld,\"value_correct\":%ld}",
                     k ? "," : "", frise_timex_type_labels[k], c->by_type_gold[k], c->by_type_sys[k],
                     c->by_type_strict[k], c->by_type_relaxed[k], c->by_type_value_ok[k]);
  frise_buf_puts(out, "}}\n");
}

long frise_timex_text_diff(const char *a, size_t an, const char *b, size_t bn) {
  size_t n = an < bn ? an : bn, i = 0;
  while (i < n && a[i] == b[i]) i++;
  if (i == an && i == bn) return -1;
  while (i > 0 && i < an && ((unsigned char)a[i] & 0xC0) == 0x80) i--; /* start of that character */
  return (long)count_chars(a, 0, i);
}
