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

enum { C_NONE, C_DAY, C_YEAR, C_YY, C_HOUR, C_MIN, C_SAFE, C_CAP, C_SMALL, C_LOW, C_BIG, C_FULL, C_PLURAL, C_PLAIN, C_SING, C_ACCENT, C_LC };

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
  uint8_t n, type;
  uint16_t flags;
  uint64_t start_cls;  /* classes that can start the rule */
  uint8_t start_any_lit;
  uint8_t min_units;   /* required elements: a rule needing 2 cannot end on a lone unit */
  uint64_t all_cls;    /* every class the rule mentions */
  uint64_t all_lit;    /* every literal it mentions, as a 64-bit Bloom filter of entry ids */
} crule;

/* Candidate rules per starting class and per starting literal entry id, so
 * a unit only tries the rules that can begin with it. */
typedef struct {
  uint16_t *idx;
  uint32_t n, cap;
} rule_list;

struct tx_rules {
  const tx_lexicon *lx;
  crule *r;
  size_t n;
  rule_list by_class[TX_NCLASS];
  rule_list *by_lit;   /* indexed by entry id: rules naming the entry as a literal */
  rule_list *by_entry; /* indexed by entry id: every rule a unit with that entry may start */
  uint32_t n_lit;
};

static void list_add(rule_list *l, uint16_t k) {
  if (l->n && l->idx[l->n - 1] == k) return;
  if (l->n == l->cap) {
    l->cap = l->cap ? l->cap * 2 : 8;
    l->idx = realloc(l->idx, l->cap * sizeof *l->idx);
    if (!l->idx) abort();
  }
  l->idx[l->n++] = k;
}

/* Sorted union of up to three sorted lists. */
static void merge_lists(rule_list *out, const rule_list *const *in, int n_in) {
  uint32_t pos[3] = {0, 0, 0};
  for (;;) {
    int pick = -1;
    uint16_t best = 0;
    for (int l = 0; l < n_in; l++)
      if (in[l] && pos[l] < in[l]->n && (pick < 0 || in[l]->idx[pos[l]] < best))
        pick = l, best = in[l]->idx[pos[l]];
    if (pick < 0) return;
    for (int l = 0; l < n_in; l++)
      if (in[l] && pos[l] < in[l]->n && in[l]->idx[pos[l]] == best) pos[l]++;
    list_add(out, best);
  }
}

static void index_rules(tx_rules *rs) {
  rs->n_lit = tx_lexicon_max_id(rs->lx) + 1;
  rs->by_lit = calloc(rs->n_lit, sizeof *rs->by_lit);
  if (!rs->by_lit) abort();
  for (size_t k = 0; k < rs->n; k++) {
    const crule *r = &rs->r[k];
    for (int e = 0; e < r->n; e++) {
      for (int j = 0; j < r->el[e].n; j++) {
        const alt *a = &r->el[e].a[j];
        if (a->lit) list_add(&rs->by_lit[a->lit->id], (uint16_t)k);
        else list_add(&rs->by_class[a->cls], (uint16_t)k);
      }
      if (!r->el[e].opt) break;
    }
  }
  rs->by_entry = calloc(rs->n_lit, sizeof *rs->by_entry);
  if (!rs->by_entry) abort();
  for (uint32_t id = 1; id < rs->n_lit; id++) {
    const tx_entry *e = tx_lexicon_entry(rs->lx, id);
    if (!e) continue;
    const rule_list *in[3] = {&rs->by_class[e->cls], e->cls2 ? &rs->by_class[e->cls2] : NULL,
                              &rs->by_lit[id]};
    merge_lists(&rs->by_entry[id], in, 3);
  }
}

static const struct { const char *name; uint8_t cls; } class_names[] = {
  {"DET", TX_DET}, {"NUM", TX_NUM}, {"ORD", TX_ORD}, {"MONTH", TX_MONTH}, {"WDAY", TX_WDAY},
  {"UNIT", TX_UNIT}, {"POD", TX_POD}, {"SEASON", TX_SEASON}, {"REL", TX_REL}, {"THIS", TX_THIS},
  {"DEICTIC", TX_DEICTIC}, {"REF", TX_REF}, {"MOD", TX_MOD}, {"EVERY", TX_EVERY},
  {"AGO", TX_AGO}, {"IN", TX_IN}, {"LATER", TX_LATER}, {"EARLIER", TX_EARLIER},
  {"NARR", TX_NARR}, {"CLOCK", TX_CLOCK}, {"HOURW", TX_HOURW}, {"AMPM", TX_AMPM},
  {"DATE", TX_DATE}, {"DECADE", TX_DECADE}, {"CENTURY", TX_CENTURY}, {"FUZZY", TX_FUZZY},
  {"TZ", TX_TZ}, {"HOLIDAY", TX_HOLIDAY}, {"REPORT", TX_REPORT}, {NULL, 0}};
static const char *const cons_names[] = {"", "day", "year", "yy", "hour", "min", "safe", "cap",
                                         "small", "low", "big", "full", "plural", "plain", "sing", "accent", "lc", NULL};

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
  const char *colon = memchr(w, ':', n); /* a literal may carry a constraint: a:plain */
  if (colon && colon > w) {
    for (int k = 1; cons_names[k]; k++)
      if (strlen(cons_names[k]) == (size_t)(w + n - colon - 1) &&
          memcmp(cons_names[k], colon + 1, (size_t)(w + n - colon - 1)) == 0)
        a->cons = (uint8_t)k;
    n = (size_t)(colon - w);
  }
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
  for (int k = 0; k < r->n; k++) {
    r->min_units += !r->el[k].opt;
    for (int j = 0; j < r->el[k].n; j++) {
      const alt *a = &r->el[k].a[j];
      if (a->lit) r->all_lit |= 1ull << (a->lit->id & 63);
      else r->all_cls |= 1ull << a->cls;
    }
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
    index_rules(found);
  }
  pthread_mutex_unlock(&lock);
  return found;
}

static int check_cons(const tx_unit *u, int cls, int cons, int v) {
  switch (cons) {
  case C_DAY:
    /* "a June agreement", "an Aug. 10 pact": the article (a number word 1) is no day */
    return (cls == TX_NUM || cls == TX_ORD) && v >= 1 && v <= 31 && u->ndigits <= 2 && !u->has_frac &&
           !(cls == TX_NUM && v == 1 && !u->ndigits && !u->words);
  case C_YEAR:
    /* a year in words is a modern one: "twelve hundred students" is a count */
    return cls == TX_NUM && v >= 1000 && v <= 2199 && (u->ndigits == 4 || (u->words && v >= 1500));
  case C_YY: return cls == TX_NUM && u->ndigits == 2;
  case C_HOUR: return cls == TX_NUM && v >= 0 && v <= 24 && u->ndigits <= 2 && !u->has_frac;
  case C_MIN: return cls == TX_NUM && v >= 0 && v <= 59 && (u->ndigits == 2 || !u->ndigits);
  case C_SAFE: return !u->e || !(u->e->flags & TXF_AMBIG);
  case C_CAP: return u->upper;
  case C_LOW: return !u->upper || u->sent_first;
  case C_SMALL: return !(u->ndigits == 4 && v >= 1000);
  case C_BIG: return cls != TX_UNIT || v >= TXU_DAY;   /* units of a day or more */
  case C_FULL: return u->ndigits != 2;                /* 1990s, not 90s */
  case C_PLURAL: return u->e && (u->e->flags & TXF_PLURAL);
  case C_SING: return !u->e || !(u->e->flags & TXF_PLURAL);
  case C_ACCENT: return !u->plain; /* dès and not des, à and not a */
  case C_PLAIN: return u->plain;
  case C_LC: return !u->upper; /* written in lower case, even first in its sentence */
  default: return 1;
  }
}

/* Class the unit takes for alternative a, or 0; *v gets the value. */
static int alt_match(const alt *a, const tx_unit *u, int *v) {
  if (a->lit) {
    if (u->e != a->lit || (a->cons && !check_cons(u, u->cls, a->cons, u->val))) return 0;
    *v = u->val;
    return u->cls ? u->cls : TX_WORD;
  }
  int cls = 0;
  if (u->e && (u->e->flags & TXF_BYNAME)) return 0;
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
  /* a sentence break right after "p.m." or "Dec." is the splitter's mistake */
  int same = ui < w->n && (w->u[ui].sent == w->sent || w->u[ui].sent == w->u[ui - 1].sent ||
                           (ui > 0 && w->u[ui - 1].e &&
                            (w->u[ui - 1].cls == TX_AMPM || (w->u[ui - 1].e->flags & TXF_ABBR))));
  if (same) {
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
                   &f->narr, &f->quarter, &f->half, &f->easter};
  memset(f, 0, sizeof *f);
  for (size_t k = 0; k < sizeof fields / sizeof *fields; k++) *fields[k] = TX_UNSET;
  f->n = -1;
}

static void fill(tx_frame *f, const tx_unit *u, int cls, int cons, int v) {
  if (u->e && (u->e->flags & TXF_PLURAL) && cls != TX_WDAY) f->unit_plural = 1;
  switch (cls) {
  case TX_NUM:
    if (u->e && (u->e->flags & TXF_HALF)) {
      f->n = (f->n < 0 ? 0 : f->n) + 0.5, f->has_frac = 1;
      break;
    }
    if (cons == C_YEAR) f->y = v;
    else if (cons == C_YY) f->y = v < 50 ? 2000 + v : 1900 + v, f->yy2 = 1;
    else if (cons == C_DAY) f->d = v;
    else if (cons == C_HOUR) f->hh = v;
    else if (cons == C_MIN) f->mm = v;
    else if (f->n >= 0 && (f->rule_flags & (TXR_FREQ | TXR_FIRST))) {
      break; /* "three times a year": the article is no second count */
    } else {
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
    /* "the second half of the year": the year contains the half, it is not the unit */
    if (v == TXU_YEAR && f->ord != TX_UNSET && (f->unit == TXU_QUARTER || f->unit == TXU_HALF)) break;
    if (f->unit != TX_UNSET && (f->rule_flags & TXR_FIRST)) break; /* weeks or months: weeks */
    f->unit = v;
    f->unit_plural |= u->e && (u->e->flags & TXF_PLURAL);
    break;
  case TX_POD: f->pod = v; break;
  case TX_SEASON: f->season = v; break;
  case TX_REL:
    f->dir = v == 2 || v == -2 ? v / 2 : v;
    f->narr_rel = v == 2 || v == -2;
    break;
  case TX_THIS:
    if (f->dir == TX_UNSET) f->dir = 0;
    if (v == 1) f->narr_rel = 1; /* "that year": the one the narrative is in */
    break;
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
  case TX_HOLIDAY:
    if (v >= 20000) f->easter = v - 20100;
    else if (v >= 10000) f->m = (v - 10000) / 100, f->nth = (v / 10) % 10, f->nth_wd = v % 10;
    else f->m = v / 100, f->d = v % 100;
    break;
  case TX_REPORT: f->report = 1; break;
  default: break;
  }
}

static int is_punct(const tx_unit *x) {
  return x->end == x->start + 1 && x->e && !x->e->word[1] &&
         (x->e->word[0] == ',' || x->e->word[0] == '-' || x->e->word[0] == '(' || x->e->word[0] == '/');
}

static int try_rule(const crule *r, const tx_unit *u, size_t n, size_t i, tx_match *best) {
  walk w; /* path arrays are written before they are read */
  w.r = r, w.u = u, w.n = n, w.sent = u[i].sent, w.found = 0, w.best_end = 0;
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
  /* ... and a determiner never ends one: "10pm le", "à 15 heures la" (but
   * "là", matched with its accent, is no determiner: "cette année-là") */
  while (last > first && (w.best_path[last] < 0 || is_punct(&u[w.best_path[last] / 16]) ||
                          (u[w.best_path[last] / 16].cls == TX_DET &&
                           r->el[last].a[w.best_path[last] % 16].cons != C_ACCENT)))
    last--;
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
    int v = 0;
    int cls = alt_match(a, x, &v);
    if (a->lit && x->e) cls = x->e->cls, v = x->e->val;
    fill(&best->f, x, cls, a->cons, v);
    if (a->lit && x->e && x->e->cls2) fill(&best->f, x, x->e->cls2, 0, x->e->val2);
  }
  if (r->flags & TXR_THAT) best->f.narr_rel = 1;
  if (r->flags & TXR_SOMEDAY) best->f.ref = 1;
  return 1;
}

/* Tries the rules a unit may start (precomputed per lexicon entry, per class
 * for digit units), in pack order; keeps the longest match. */
int tx_rules_match(const tx_rules *r, const tx_unit *u, size_t n, size_t i, tx_match *m) {
  const tx_unit *x = &u[i];
  if (!x->cls) return 0;
  const rule_list *list = x->e && x->e->id < r->n_lit ? &r->by_entry[x->e->id] : &r->by_class[x->cls];
  if (!list->n) return 0;
  /* a rule needing two units cannot match when the next unit is nothing it
   * mentions: most determiners, articles and commas stop here */
  const tx_unit *nx = i + 1 < n ? &u[i + 1] : NULL;
  uint64_t ncls = nx && nx->cls ? (1ull << nx->cls) | (nx->cls2 ? 1ull << nx->cls2 : 0) : 0;
  uint64_t nlit = nx && nx->e ? 1ull << (nx->e->id & 63) : 0;
  m->u0 = m->u1 = 0;
  int any = 0;
  for (uint32_t k = 0; k < list->n; k++) {
    const crule *c = &r->r[list->idx[k]];
    if (c->min_units >= 2 && !(c->all_cls & ncls) && !(c->all_lit & nlit)) continue;
    any |= try_rule(c, u, n, i, m);
  }
  return any && m->u1 > m->u0;
}
