/* units.c: from tokens to the lexical units the rules see. One hash probe per
 * word token (folded); multi-word keys (il y a, après-midi, a.m.) and runs of
 * number words (vingt-trois, deux mille quatorze) merge into one unit; digit
 * tokens are read as numbers, ordinals, clock times or numeric dates. */
#include "tx.h"
#include "frise/utf8.h"
#include <stdlib.h>
#include <string.h>

#define KEY_MAX 96
#define MULTI_MAX 6

typedef struct {
  frise_doc *d;
  const tx_lexicon *lx;
  const struct frise_timex_pack *p;
  tx_unit *u;
  size_t n, cap;
} builder;

static tx_unit *push(builder *b) {
  if (b->n == b->cap) { /* rare: presized to the token count */
    size_t ncap = b->cap ? b->cap * 2 : 256;
    tx_unit *nu = realloc(b->u, ncap * sizeof *b->u);
    if (!nu) abort();
    b->u = nu;
    b->cap = ncap;
  }
  tx_unit *u = &b->u[b->n++];
  memset(u, 0, sizeof *u);
  return u;
}

/* Folded form of a token; ASCII fast path. Returns 0 when too long. */
/* Lower-cases eight ASCII bytes at once: each byte in 'A'..'Z' gains 0x20. */
static uint64_t lower8(uint64_t w) {
  const uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
  uint64_t ge_a = w + (0x80 - 'A') * ones, gt_z = w + (0x80 - 'Z' - 1) * ones;
  return w | (((ge_a & ~gt_z) & high) >> 2);
}

/* Folds token s[0..n) into out (which has eight spare bytes). avail is how
 * many bytes may be read from s (the rest of the text): full eight-byte loads
 * then never cross the buffer, and never mix byte stores with wide loads. */
static size_t fold_token(const char *s, size_t n, size_t avail, char *out) {
  if (n * 2 + 1 > KEY_MAX) return 0;
  for (size_t i = 0; i < n; i += 8) { /* ASCII fast path, a word at a time */
    uint64_t w = 0;
    if (i + 8 <= avail) memcpy(&w, s + i, 8);
    else memcpy(&w, s + i, n - i < 8 ? n - i : 8);
    uint64_t keep = n - i >= 8 ? ~0ull : (1ull << (8 * (n - i))) - 1;
#if !(defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__)
    if (i + 8 <= avail && n - i < 8) { /* big-endian: redo the short tail bytewise */
      w = 0;
      memcpy(&w, s + i, n - i);
    }
    keep = ~0ull;
#endif
    w &= keep;
    if (w & 0x8080808080808080ull) return frise_utf8_fold(s, n, out);
    w = lower8(w);
    memcpy(out + i, &w, 8);
  }
  out[n] = 0;
  return n;
}

static int is_digit(char c) { return c >= '0' && c <= '9'; }

static int read_int(const char *s, size_t n, size_t *i, int *v, int maxdig) {
  size_t st = *i;
  long x = 0;
  while (*i < n && is_digit(s[*i]) && (int)(*i - st) < maxdig) x = x * 10 + (s[(*i)++] - '0');
  if (*i < n && is_digit(s[*i])) return 0; /* too many digits */
  *v = (int)x;
  return (int)(*i - st);
}

static int suffix_in(const char *suf, const char *const *list) {
  for (int k = 0; list && list[k]; k++)
    if (strcmp(suf, list[k]) == 0) return 1;
  return 0;
}

static void set_num(tx_unit *u, int v, int nd) {
  u->cls = TX_NUM;
  u->val = v;
  u->fval = v;
  u->ndigits = (uint8_t)nd;
}

/* Numeric date d1 sep d2 sep y (sep '/' or '.'), ISO yyyy-mm-dd. */
static int read_numeric_date(const struct frise_timex_pack *p, const char *s, size_t n, tx_unit *u) {
  size_t i = 0;
  int a, b, c;
  int la = read_int(s, n, &i, &a, 4);
  if (!la || i >= n) return 0;
  char sep = s[i++];
  if (sep != '/' && sep != '.' && sep != '-') return 0;
  int lb = read_int(s, n, &i, &b, 2);
  if (!lb || i >= n || s[i] != sep) return 0;
  i++;
  int lc = read_int(s, n, &i, &c, 4);
  if (!lc || i != n) return 0;
  int y, m, d;
  if (la == 4 && sep == '-') y = a, m = b, d = c;
  else if (la <= 2 && (lc == 4 || lc == 2) && sep != '-') {
    y = lc == 2 ? (c < 50 ? 2000 + c : 1900 + c) : c;
    int day_first = p->numeric_day_first;
    if (day_first ? (b > 12 && a <= 12) : (a > 12 && b <= 12)) day_first = !day_first;
    d = day_first ? a : b;
    m = day_first ? b : a;
  } else return 0;
  if (m < 1 || m > 12 || d < 1 || d > frise_days_in_month(y, m)) return 0;
  u->cls = TX_DATE;
  u->val = y * 10000 + m * 100 + d;
  return 1;
}

static int read_clock(const char *s, size_t n, tx_unit *u) {
  size_t i = 0;
  int h, m = 0;
  int lh = read_int(s, n, &i, &h, 2);
  if (!lh || i >= n) return 0;
  char sep = s[i];
  if (sep != ':' && sep != 'h' && sep != 'H') return 0;
  i++;
  if (i < n) {
    int lm = read_int(s, n, &i, &m, 2);
    if (lm != 2) return 0;
  }
  int ampm = -1;
  if (i < n) {
    char a = (char)(s[i] | 32);
    if (i + 2 == n && (a == 'a' || a == 'p') && (s[i + 1] | 32) == 'm') ampm = a == 'p';
    else return 0;
  }
  if (sep == ':' && m == 0 && i == lh + 1u) return 0;
  if (h > 24 || m > 59) return 0;
  if (ampm == 1 && h < 12) h += 12;
  if (ampm == 0 && h == 12) h = 0;
  u->cls = TX_CLOCK;
  u->val = h * 60 + m;
  return 1;
}

/* Digits with separators and glued letters, as the tokeniser leaves them. */
/* Letters glued to a number v of nd digits: 1er, 4th, 1990s, 10pm, 15h. */
static void read_suffix(const struct frise_timex_pack *p, const char *s, size_t sl, int v, int nd,
                        tx_unit *u) {
  char suf[16];
  if (sl >= sizeof suf) return;
  for (size_t k = 0; k < sl; k++) {
    suf[k] = (char)(s[k] | 32);
    if (suf[k] < 'a' || suf[k] > 'z') return;
  }
  suf[sl] = 0;
  if (suffix_in(suf, p->ordinal_suffixes)) {
    u->cls = TX_ORD;
    u->val = v;
  } else if (strcmp(suf, "s") == 0 && (nd == 4 || nd == 2) && v % 10 == 0) {
    u->cls = TX_DECADE;
    u->val = v;
    u->ndigits = (uint8_t)nd;
  } else if ((strcmp(suf, "am") == 0 || strcmp(suf, "pm") == 0) && v >= 1 && v <= 12) {
    u->cls = TX_CLOCK;
    u->val = (v % 12 + (suf[0] == 'p' ? 12 : 0)) * 60;
  } else if (strcmp(suf, "h") == 0 && v <= 24) {
    u->cls = TX_CLOCK;
    u->val = v * 60;
  }
}

/* After the integer part v (s[i] a separator): a decimal (30,4) or grouped
 * thousands (13'000, 1,000), which are never years. */
static void read_grouped(const struct frise_timex_pack *p, const char *s, size_t n, size_t i, int v,
                         tx_unit *u) {
  if (s[i] == p->decimal_sep && i + 1 < n) {
    size_t j = i + 1;
    double frac = 0, scale = 1;
    while (j < n && is_digit(s[j]) && j - i <= 6) frac = frac * 10 + (s[j++] - '0'), scale *= 10;
    if (j == n && j - i - 1 != 3) {
      set_num(u, v, 0);
      u->fval = v + frac / scale;
      u->has_frac = 1;
      return;
    }
  }
  long big = v;
  for (size_t j = i; j < n; j++) {
    if (is_digit(s[j])) big = big * 10 + (s[j] - '0');
    else if (s[j] != '\'' && s[j] != ',' && s[j] != '.') return;
    if (big > 1000000000) return;
  }
  set_num(u, (int)big, 0);
}

/* Digits with separators and glued letters, as the tokeniser leaves them. */
static void read_digits(builder *b, const frise_token *t, tx_unit *u) {
  const char *s = b->d->text + t->start;
  size_t n = t->end - t->start, i = 0;
  int v;
  int nd = read_int(s, n, &i, &v, 9);
  if (!nd) return;
  if (i == n) {
    set_num(u, v, nd);
    return;
  }
  if (read_numeric_date(b->p, s, n, u) || read_clock(s, n, u)) return;
  if (n == 3 && s[1] == '/' && (s[0] == '1' || s[0] == '3') && (s[2] == '2' || s[2] == '4') && s[0] < s[2]) {
    set_num(u, 0, 0); /* a fraction: 1/2, 1/4, 3/4 (joined to the number before it below) */
    u->fval = (s[0] - '0') / (double)(s[2] - '0');
    u->has_frac = 1;
    return;
  }
  if (!is_digit(s[i]) && s[i] != b->p->decimal_sep && s[i] != '\'' && s[i] != ',' && s[i] != '.')
    read_suffix(b->p, s + i, n - i, v, nd, u);
  else
    read_grouped(b->p, s, n, i, v, u);
}

/* A range written as one token, two number units and a dash: years
 * (1999-2000) or days of a month (Feb. 10-11, 10-11 février), so the rules
 * see each end. */
static int split_range(builder *b, const frise_token *t, uint32_t ti, uint32_t sent) {
  const char *s = b->d->text + t->start;
  size_t n = t->end - t->start, dash = 0;
  while (dash < n && is_digit(s[dash])) dash++;
  if (dash == 0 || dash >= n - 1 || s[dash] != '-') return 0;
  for (size_t k = dash + 1; k < n; k++)
    if (!is_digit(s[k])) return 0;
  size_t na = dash, nc = n - dash - 1;
  if (!((na == 4 && nc == 4) || (na <= 2 && nc <= 2))) return 0;
  int a = 0, c = 0;
  for (size_t k = 0; k < na; k++) a = a * 10 + (s[k] - '0');
  for (size_t k = dash + 1; k < n; k++) c = c * 10 + (s[k] - '0');
  if (na == 4 ? (a < 1000 || c < a) : (a < 1 || c > 31 || c <= a)) return 0;
  const struct { uint32_t off, len; int v; } parts[3] = {
    {0, (uint32_t)na, a}, {(uint32_t)dash, 1, -1}, {(uint32_t)dash + 1, (uint32_t)nc, c}};
  for (int k = 0; k < 3; k++) {
    tx_unit *u = push(b);
    u->start = t->start + parts[k].off;
    u->end = u->start + parts[k].len;
    u->tok = ti;
    u->ntok = 1;
    u->sent = sent;
    if (parts[k].v >= 0) set_num(u, parts[k].v, (int)parts[k].len);
    else u->e = tx_lexicon_find(b->lx, "-", 1), u->cls = u->e ? u->e->cls : 0;
  }
  return 1;
}

static void take_entry(tx_unit *u, const tx_entry *e) {
  u->e = e;
  u->cls = e->cls;
  u->cls2 = e->cls2;
  u->val = e->val;
  u->val2 = e->val2;
  u->fval = e->val;
}

/* Roman ordinal with French suffix: XXe, XIXème (centuries). */
static int roman_ordinal(const char *s, size_t n, tx_unit *u) {
  int v = 0, prev = 0;
  size_t i = 0;
  for (; i < n; i++) {
    int x = s[i] == 'I' ? 1 : s[i] == 'V' ? 5 : s[i] == 'X' ? 10 : s[i] == 'L' ? 50 : 0;
    if (!x) break;
    v += x > prev && prev ? x - 2 * prev : x;
    prev = x;
  }
  if (!i || v > 30) return 0;
  const char *suf = s + i;
  size_t sl = n - i;
  if (!((sl == 1 && *suf == 'e') || (sl == 4 && memcmp(suf, "\xC3\xA8me", 4) == 0) ||
        (sl == 3 && memcmp(suf, "eme", 3) == 0)))
    return 0;
  u->cls = TX_ORD;
  u->val = v;
  return 1;
}

/* Number words: vingt-trois, deux mille quatorze, quatre-vingt-dix, twenty-one. */
static int numword(const tx_unit *u) {
  return u->cls == TX_NUM && u->e && !u->ndigits && !(u->e->flags & (TXF_APPROX | TXF_HALF));
}

/* Adds number word v to the running value; 0 if it cannot follow. */
static int add_numword(long *total, long *cur, int v) {
  long c = *cur;
  if (c > 1000000000L || *total > 1000000000L) return 0; /* "cent cent cent...": stop */
  if (v == 100) *cur = (c ? c : 1) * 100;
  else if (v >= 1000) *total += (c ? c : 1) * v, *cur = 0;
  else if (v == 20 && c % 100 == 4) *cur = c + 76; /* quatre-vingt */
  else if (*total == 0 && c >= 11 && c <= 20 && v >= 10 && v < 100 && v % 10 == 0)
    *cur = c * 100 + v;                                 /* nineteen ninety(-six) */
  else if (c == 0 || (c % 100 == 0 && v < 100) || (c % 10 == 0 && v < 10) ||
           ((c % 100 == 60 || c % 100 == 80) && v < 20))
    *cur = c + v;
  else return 0;
  return 1;
}

static int is_joiner(const tx_unit *u) {
  return u->e && (strcmp(u->e->word, "-") == 0 || strcmp(u->e->word, "et") == 0 ||
                  strcmp(u->e->word, "and") == 0);
}

/* One pass, compacting in place (no quadratic shifting). */
static void merge_number_words(builder *b) {
  tx_unit *u = b->u;
  size_t w = 0;
  for (size_t i = 0; i < b->n;) {
    if (!numword(&u[i])) {
      u[w++] = u[i++];
      continue;
    }
    long total = 0, cur = 0;
    add_numword(&total, &cur, u[i].val);
    size_t last = i;
    for (size_t j = i + 1; j < b->n;) {
      size_t k = j;
      if (is_joiner(&u[k]) && k + 1 < b->n) k++;
      if (!numword(&u[k]) || u[k].sent != u[i].sent || !add_numword(&total, &cur, u[k].val)) break;
      last = k;
      j = k + 1;
    }
    tx_unit m = u[i];
    if (last > i) {
      long v = total + cur;
      m.end = u[last].end;
      m.ntok = u[last].tok + u[last].ntok - m.tok;
      m.val = v > 2000000000 ? 2000000000 : (int)v;
      m.fval = (double)m.val;
      m.e = NULL; /* merged: no longer the single word */
      m.words = 1;
    }
    u[w++] = m;
    i = last + 1;
  }
  b->n = w;
}

static void build_word(builder *b, size_t ti, uint32_t sent) {
  const frise_doc *d = b->d;
  const frise_token *t = &d->tokens[ti];
  char key[KEY_MAX * MULTI_MAX + 8];
  size_t kn = fold_token(d->text + t->start, t->end - t->start, d->len - t->start, key), first_len = kn;
  memset(key + kn, 0, 8); /* the padded hash reads these */
  const tx_entry *best = NULL;
  size_t best_k = 0;
  if (kn) {
    int more;
    best = tx_lexicon_lookup(b->lx, key, kn, &more);
    size_t k = 1;
    while (more && ti + k < d->n_tokens && k < MULTI_MAX) {
      const frise_token *nt = &d->tokens[ti + k];
      if (nt->start > d->tokens[ti + k - 1].end) key[kn++] = ' ';
      size_t l = fold_token(d->text + nt->start, nt->end - nt->start, d->len - nt->start, key + kn);
      if (!l) break;
      kn += l;
      memset(key + kn, 0, 8);
      const tx_entry *e = tx_lexicon_lookup(b->lx, key, kn, &more);
      if (e) best = e, best_k = k;
      k++;
    }
  }
  tx_unit *u = push(b);
  u->start = t->start;
  u->tok = (uint32_t)ti;
  u->ntok = (uint32_t)best_k + 1;
  u->end = d->tokens[ti + best_k].end;
  u->sent = sent;
  u->upper = (t->flags & FRISE_TOKF_UPPER_INITIAL) != 0;
  u->plain = first_len == (size_t)(t->end - t->start); /* folding kept every byte */
  if (best) take_entry(u, best);
  else if (t->kind == FRISE_TOK_WORD) roman_ordinal(d->text + t->start, t->end - t->start, u);
  /* abbreviations swallow their full stop: déc. 2021, Dec. 4 */
  size_t after = ti + best_k + 1;
  if (best && (best->flags & TXF_ABBR) && after < d->n_tokens && d->tokens[after].start == u->end &&
      d->text[u->end] == '.' && d->tokens[after].end == u->end + 1) {
    u->end++;
    u->ntok++;
  }
}

/* "2 1/2 years": a whole number followed by a fraction is one quantity. */
static void join_fractions(builder *b) {
  tx_unit *u = b->u;
  for (size_t i = 0; i + 1 < b->n; i++) {
    tx_unit *a = &u[i], *f = &u[i + 1];
    if (a->cls != TX_NUM || a->has_frac || !a->ndigits || f->cls != TX_NUM || !f->has_frac || f->val != 0 ||
        f->sent != a->sent || f->fval >= 1)
      continue;
    a->fval += f->fval;
    a->has_frac = 1;
    a->ndigits = 0; /* no longer a day or a year */
    a->end = f->end;
    a->ntok = f->tok + f->ntok - a->tok;
    memmove(&u[i + 1], &u[i + 2], (b->n - i - 2) * sizeof *u);
    b->n--;
  }
}

size_t tx_units_build(frise_doc *d, const tx_lexicon *lx, tx_unit **out) {
  builder b = {d, lx, tx_lexicon_pack(lx), NULL, 0, 0};
  b.cap = d->n_tokens + 16;
  b.u = malloc(b.cap * sizeof *b.u);
  if (!b.u) abort();
  size_t si = 0;
  for (size_t ti = 0; ti < d->n_tokens;) {
    const frise_token *t = &d->tokens[ti];
    while (si + 1 < d->n_sentences && d->sentences[si].tok_first + d->sentences[si].tok_count <= ti)
      si++;
    size_t before = b.n;
    int first = d->n_sentences && d->sentences[si].tok_first == ti;
    if (t->kind == FRISE_TOK_NUM) {
      if (!split_range(&b, t, (uint32_t)ti, (uint32_t)si)) {
        tx_unit *u = push(&b);
        u->start = t->start;
        u->end = t->end;
        u->tok = (uint32_t)ti;
        u->ntok = 1;
        u->sent = (uint32_t)si;
        read_digits(&b, t, u);
      }
      ti++;
    } else {
      build_word(&b, ti, (uint32_t)si);
      ti += b.u[b.n - 1].ntok;
      /* a run of words the lexicon does not know is one gap unit: no rule
       * can use it, so the rules and the matcher step over it at once */
      tx_unit *g = &b.u[b.n - 1];
      if (b.n >= 2 && !g->cls && !g->e && !g[-1].cls && !g[-1].e && g[-1].sent == g->sent) {
        g[-1].end = g->end;
        g[-1].ntok += g->ntok;
        b.n--;
      }
    }
    if (b.n > before) b.u[before].sent_first = (uint8_t)first;
  }
  merge_number_words(&b);
  join_fractions(&b);
  *out = b.u;
  return b.n;
}
