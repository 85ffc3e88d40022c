/* rules.c: the pattern engine. A pack's rules are compiled once into element
 * arrays (classes, constraints, literal entry pointers); matching is a small
 * depth-first walk over optional elements from one unit, tried only where the
 * unit can start the rule (a class bitmask), so ordinary words cost nothing. */
#include "tx.h"
#include "frise/utf8.h"
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#define ALT_MAX 10
#define ELEM_MAX 14

enum { C_NONE, C_DAY, C_YEAR, C_YY, C_HOUR, C_MIN, C_SAFE, C_CAP, C_SMALL, C_LOW, C_BIG, C_FULL };

typedef struct {
  uint8_t cls, cons;
  const tx_entry *lit; /* literal: matched by entry identity */
} alt;

typedef struct {
  alt a[ALT_MAX];
  uint8_t n, opt, ctx;
} elem;

typedef struct {
  elem el[ELEM_MAX];
  uint8_t n, type, flags;
  uint64_t start_cls;  /* classes that can start the rule */
  uint8_t start_any_lit;
} crule;

struct tx_rules {
  const tx_lexicon *lx;
  crule *r;
  size_t n;
};

static const struct { const char *name; uint8_t cls; } class_names[] = {
  {"DET", TX_DET}, {"NUM", TX_NUM}, {"ORD", TX_ORD}, {"MONTH", TX_MONTH}, {"WDAY", TX_WDAY},
  {"UNIT", TX_UNIT}, {"POD", TX_POD}, {"SEASON", TX_SEASON}, {"REL", TX_REL}, {"THIS", TX_THIS},
  {"DEICTIC", TX_DEICTIC}, {"REF", TX_REF}, {"MOD", TX_MOD}, {"EVERY", TX_EVERY},
  {"AGO", TX_AGO}, {"IN", TX_IN}, {"LATER", TX_LATER}, {"EARLIER", TX_EARLIER},
  {"NARR", TX_NARR}, {"CLOCK", TX_CLOCK}, {"HOURW", TX_HOURW}, {"AMPM", TX_AMPM},
  {"DATE", TX_DATE}, {"DECADE", TX_DECADE}, {"CENTURY", TX_CENTURY}, {"FUZZY", TX_FUZZY},
  {"TZ", TX_TZ}, {"HOLIDAY", TX_HOLIDAY}, {NULL, 0}};
static const char *const cons_names[] = {"", "day", "year", "yy", "hour", "min", "safe", "cap",
                                         "small", "low", "big", "full", NULL};

#define MAX_SETS 8
static tx_rules sets[MAX_SETS];
static int n_sets;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

static int parse_alt(const tx_lexicon *lx, const char *w, size_t n, alt *a) {
  memset(a, 0, sizeof *a);
  if (n && w[0] >= 'A' && w[0] <= 'Z') {
    const char *colon = memchr(w, ':', n);
    size_t cn = colon ? (size_t)(colon - w) : n;
    for (int k = 0; class_names[k].name; k++)
      if (strlen(class_names[k].name) == cn && memcmp(class_names[k].name, w, cn) == 0)
        a->cls = class_names[k].cls;
    if (colon)
      for (int k = 1; cons_names[k]; k++)
        if (strlen(cons_names[k]) == n - cn - 1 && memcmp(cons_names[k], colon + 1, n - cn - 1) == 0)
          a->cons = (uint8_t)k;
    return a->cls != 0;
  }
  char lit[128], key[300];
  if (n >= sizeof lit) return 0;
  for (size_t i = 0; i < n; i++) lit[i] = w[i] == '_' ? ' ' : w[i];
  size_t kn = frise_utf8_fold(lit, n, key);
  a->lit = tx_lexicon_find(lx, key, kn);
  return a->lit != NULL;
}

static void compile_rule(const tx_lexicon *lx, const frise_timex_rule *src, crule *r) {
  memset(r, 0, sizeof *r);
  r->type = src->type;
  r->flags = src->flags;
  const char *p = src->pattern;
  while (*p && r->n < ELEM_MAX) {
    while (*p == ' ') p++;
    if (!*p) break;
    const char *e = p;
    while (*e && *e != ' ') e++;
    elem *el = &r->el[r->n];
    memset(el, 0, sizeof *el);
    const char *a = p, *end = e;
    if (*a == '!') el->ctx = 1, a++;
    if (end > a + 1 && end[-1] == '?') el->opt = 1, end--;
    while (a < end && el->n < ALT_MAX) {
      const char *b = a;
      while (b < end && *b != '|') b++;
      if (*a == '!') a++; /* every alternative of a context element repeats the mark */
      if (parse_alt(lx, a, (size_t)(b - a), &el->a[el->n])) el->n++;
      a = b + 1;
    }
    if (el->n) r->n++;
    p = e;
  }
  /* start set: alternatives of the leading elements up to the first required one */
  for (int k = 0; k < r->n; k++) {
    for (int j = 0; j < r->el[k].n; j++) {
      if (r->el[k].a[j].lit) r->start_any_lit = 1;
      else r->start_cls |= 1ull << r->el[k].a[j].cls;
    }
    if (!r->el[k].opt) break;
  }
}

const tx_rules *tx_rules_get(const tx_lexicon *lx) {
  if (!lx) return NULL;
  pthread_mutex_lock(&lock);
  tx_rules *found = NULL;
  for (int k = 0; k < n_sets && !found; k++)
    if (sets[k].lx == lx) found = &sets[k];
  if (!found && n_sets < MAX_SETS) {
    found = &sets[n_sets++];
    const struct frise_timex_pack *p = tx_lexicon_pack(lx);
    size_t n = 0;
    while (p->rules && p->rules[n].pattern) n++;
    found->lx = lx;
    found->r = calloc(n ? n : 1, sizeof *found->r);
    if (!found->r) abort();
    for (size_t k = 0; k < n; k++) compile_rule(lx, &p->rules[k], &found->r[k]);
    found->n = n;
  }
  pthread_mutex_unlock(&lock);
  return found;
}

static int check_cons(const tx_unit *u, int cls, int cons, int v) {
  switch (cons) {
  case C_DAY:
    return (cls == TX_NUM || cls == TX_ORD) && v >= 1 && v <= 31 && u->ndigits <= 2 && !u->has_frac;
  case C_YEAR:
    return cls == TX_NUM && v >= 1000 && v <= 2199 && (u->ndigits == 4 || u->words);
  case C_YY: return cls == TX_NUM && u->ndigits == 2;
  case C_HOUR: return cls == TX_NUM && v >= 0 && v <= 24 && u->ndigits <= 2 && !u->has_frac;
  case C_MIN: return cls == TX_NUM && v >= 0 && v <= 59 && (u->ndigits == 2 || !u->ndigits);
  case C_SAFE: return !u->e || !(u->e->flags & TXF_AMBIG);
  case C_CAP: return u->upper;
  case C_LOW: return !u->upper || u->sent_first;
  case C_SMALL: return !(u->ndigits == 4 && v >= 1000);
  case C_BIG: return cls != TX_UNIT || v >= TXU_DAY;   /* units of a day or more */
  case C_FULL: return u->ndigits != 2;                /* 1990s, not 90s */
  default: return 1;
  }
}

/* Class the unit takes for alternative a, or 0; *v gets the value. */
static int alt_match(const alt *a, const tx_unit *u, int *v) {
  if (a->lit) {
    if (u->e != a->lit) return 0;
    *v = u->val;
    return u->cls ? u->cls : TX_WORD;
  }
  int cls = 0;
  if (u->cls == a->cls) cls = u->cls, *v = u->val;
  else if (u->cls2 == a->cls) cls = u->cls2, *v = u->val2;
  if (!cls || !check_cons(u, cls, a->cons, *v)) return 0;
  return cls;
}

typedef struct {
  const crule *r;
  const tx_unit *u;
  size_t n;
  uint32_t sent;
  int path[ELEM_MAX], best_path[ELEM_MAX];
  size_t best_end;
  int found;
} walk;

static void rec(walk *w, int ei, size_t ui) {
  if (ei == w->r->n) {
    if (!w->found || ui > w->best_end) {
      w->found = 1;
      w->best_end = ui;
      memcpy(w->best_path, w->path, sizeof w->path);
    }
    return;
  }
  const elem *el = &w->r->el[ei];
  if (ui < w->n && w->u[ui].sent == w->sent) {
    int v;
    for (int k = 0; k < el->n; k++)
      if (alt_match(&el->a[k], &w->u[ui], &v)) {
        w->path[ei] = (int)ui * 16 + k;
        rec(w, ei + 1, ui + 1);
        break;
      }
  }
  if (el->opt) {
    w->path[ei] = -1;
    rec(w, ei + 1, ui);
  }
}

static void frame_init(tx_frame *f) {
  int *fields[] = {&f->y, &f->m, &f->d, &f->wd, &f->hh, &f->mm, &f->pod, &f->season, &f->unit,
                   &f->dir, &f->dayoff, &f->ref, &f->mod, &f->ord, &f->decade, &f->ampm,
                   &f->narr, &f->quarter, &f->half};
  memset(f, 0, sizeof *f);
  for (size_t k = 0; k < sizeof fields / sizeof *fields; k++) *fields[k] = TX_UNSET;
  f->n = -1;
}

static void fill(tx_frame *f, const tx_unit *u, int cls, int cons, int v) {
  if (u->e && (u->e->flags & TXF_PLURAL) && cls != TX_WDAY) f->unit_plural = 1;
  switch (cls) {
  case TX_NUM:
    if (cons == C_YEAR) f->y = v;
    else if (cons == C_YY) f->y = v < 50 ? 2000 + v : 1900 + v, f->yy2 = 1;
    else if (cons == C_DAY) f->d = v;
    else if (cons == C_HOUR) f->hh = v;
    else if (cons == C_MIN) f->mm = v;
    else {
      f->n = u->cls == TX_NUM ? u->fval : v;
      f->has_frac = u->has_frac;
      if (u->e && (u->e->flags & TXF_APPROX) && f->mod == TX_UNSET) f->mod = TXM_APPROX;
    }
    break;
  case TX_ORD:
    if (cons == C_DAY) f->d = v;
    else f->ord = v;
    break;
  case TX_MONTH: f->m = v; break;
  case TX_WDAY: f->wd = v; break;
  case TX_UNIT:
    f->unit = v;
    f->unit_plural |= u->e && (u->e->flags & TXF_PLURAL);
    break;
  case TX_POD: f->pod = v; break;
  case TX_SEASON: f->season = v; break;
  case TX_REL: f->dir = v; break;
  case TX_THIS: if (f->dir == TX_UNSET) f->dir = 0; break;
  case TX_DEICTIC: f->dayoff = v; break;
  case TX_REF: f->ref = v; break;
  case TX_MOD: if (f->mod == TX_UNSET || v != TXM_APPROX) f->mod = v; break;
  case TX_EVERY: f->every = 1; break;
  case TX_AGO: f->ago = 1; break;
  case TX_IN: f->in = 1; break;
  case TX_LATER: f->later = 1; break;
  case TX_EARLIER: f->earlier = 1; break;
  case TX_NARR: f->narr = v; break;
  case TX_CLOCK: f->hh = v / 60, f->mm = v % 60; break;
  case TX_AMPM: f->ampm = v; break;
  case TX_DATE: f->y = v / 10000, f->m = v / 100 % 100, f->d = v % 100; break;
  case TX_DECADE: f->decade = v; break;
  case TX_CENTURY: f->century = 1; break;
  case TX_FUZZY: f->fuzzy = 1; break;
  case TX_DET: f->det = 1; break;
  case TX_HOLIDAY: f->m = v / 100, f->d = v % 100; break;
  default: break;
  }
}

static int is_punct(const tx_unit *x) {
  return x->end == x->start + 1 && x->e && !x->e->word[1] &&
         (x->e->word[0] == ',' || x->e->word[0] == '-' || x->e->word[0] == '(' || x->e->word[0] == '/');
}

static int try_rule(const crule *r, const tx_unit *u, size_t n, size_t i, tx_match *best) {
  walk w;
  memset(&w, 0, sizeof w);
  w.r = r, w.u = u, w.n = n, w.sent = u[i].sent;
  rec(&w, 0, i);
  if (!w.found) return 0;
  /* span: matched elements minus context ones at either end */
  int first = -1, last = -1;
  for (int k = 0; k < r->n; k++) {
    if (w.best_path[k] < 0 || r->el[k].ctx) continue;
    if (first < 0) first = k;
    last = k;
  }
  if (first < 0) return 0;
  /* optional punctuation never ends or starts a span: "Sept. 30," */
  while (first < last && (w.best_path[first] < 0 || is_punct(&u[w.best_path[first] / 16]))) first++;
  while (last > first && (w.best_path[last] < 0 || is_punct(&u[w.best_path[last] / 16]))) last--;
  uint32_t u0 = (uint32_t)(w.best_path[first] / 16), u1 = (uint32_t)(w.best_path[last] / 16 + 1);
  if (best->u1 > best->u0 &&
      (u1 < best->u1 || (u1 == best->u1 && u0 >= best->u0)))
    return 0; /* not longer than what we have */
  best->u0 = u0;
  best->u1 = u1;
  frame_init(&best->f);
  best->f.type = r->type;
  best->f.rule_flags = r->flags;
  for (int k = 0; k < r->n; k++) {
    if (w.best_path[k] < 0 || r->el[k].ctx) continue; /* context words carry no meaning */
    const tx_unit *x = &u[w.best_path[k] / 16];
    const alt *a = &r->el[k].a[w.best_path[k] % 16];
    int v;
    int cls = alt_match(a, x, &v);
    if (a->lit && x->e) cls = x->e->cls, v = x->e->val;
    fill(&best->f, x, cls, a->cons, v);
    if (a->lit && x->e && x->e->cls2) fill(&best->f, x, x->e->cls2, 0, x->e->val2);
  }
  return 1;
}

int tx_rules_match(const tx_rules *r, const tx_unit *u, size_t n, size_t i, tx_match *m) {
  const tx_unit *x = &u[i];
  uint64_t bits = (1ull << x->cls) | (x->cls2 ? 1ull << x->cls2 : 0);
  if (!x->cls) return 0;
  m->u0 = m->u1 = 0;
  int any = 0;
  for (size_t k = 0; k < r->n; k++) {
    const crule *c = &r->r[k];
    if (!(c->start_cls & bits) && !(c->start_any_lit && x->e)) continue;
    any |= try_rule(c, u, n, i, m);
  }
  return any && m->u1 > m->u0;
}
