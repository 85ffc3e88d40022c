/* stories_eval.c: B-cubed and V-measure from the contingency table of gold
 * and system clusters, built by sorting (gold, sys) pairs: O(n log n). */
#include "frise/story_eval.h"
#include "frise/buf.h"
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct { size_t g, s; } pair;

static int pair_cmp(const void *a, const void *b) {
  const pair *x = a, *y = b;
  if (x->g != y->g) return x->g < y->g ? -1 : 1;
  return x->s < y->s ? -1 : x->s > y->s;
}

/* Sizes of clusters: counts[label] over labels < max_label. */
static size_t *cluster_sizes(const size_t *lab, size_t n, size_t *max_label) {
  size_t m = 0;
  for (size_t i = 0; i < n; i++)
    if (lab[i] + 1 > m) m = lab[i] + 1;
  size_t *c = calloc(m + 1, sizeof *c);
  if (!c) abort();
  for (size_t i = 0; i < n; i++) c[lab[i]]++;
  *max_label = m;
  return c;
}

static double entropy(const size_t *sizes, size_t m, double n, size_t *n_clusters) {
  double h = 0;
  *n_clusters = 0;
  for (size_t k = 0; k < m; k++)
    if (sizes[k]) {
      double p = (double)sizes[k] / n;
      h -= p * log(p);
      (*n_clusters)++;
    }
  return h;
}

/* Scores, and fills maj (if not NULL; one entry per system label, SIZE_MAX
 * for labels not used) with each system cluster's majority gold label. */
static void score(const size_t *gold, const size_t *sys, size_t n, frise_story_scores *out,
                  size_t *maj) {
  memset(out, 0, sizeof *out);
  out->n_items = n;
  if (n == 0) return;
  size_t mg, ms;
  size_t *gs = cluster_sizes(gold, n, &mg), *ss = cluster_sizes(sys, n, &ms);
  pair *p = malloc(n * sizeof *p);
  if (!p) abort();
  for (size_t i = 0; i < n; i++) p[i] = (pair){gold[i], sys[i]};
  qsort(p, n, sizeof *p, pair_cmp);
  double N = (double)n, prec = 0, rec = 0, h_g_given_s = 0, h_s_given_g = 0;
  /* per system cluster: its largest gold part (the first label, in label
   * order, on a tie) and how many gold labels it holds */
  size_t *best = calloc(ms + 1, sizeof *best), *labels = calloc(ms + 1, sizeof *labels);
  if (!best || !labels) abort();
  if (maj)
    for (size_t k = 0; k < ms; k++) maj[k] = SIZE_MAX;
  for (size_t i = 0; i < n;) {
    size_t j = i;
    while (j < n && p[j].g == p[i].g && p[j].s == p[i].s) j++;
    if (j - i > best[p[i].s]) {
      best[p[i].s] = j - i;
      if (maj) maj[p[i].s] = p[i].g;
    }
    labels[p[i].s]++;
    double c = (double)(j - i), cg = (double)gs[p[i].g], cs = (double)ss[p[i].s];
    prec += c * c / cs;  /* each of the c items sees c of its cs cluster-mates right */
    rec += c * c / cg;
    h_g_given_s -= c / N * log(c / cs);
    h_s_given_g -= c / N * log(c / cg);
    i = j;
  }
  size_t kept = 0;
  for (size_t k = 0; k < ms; k++) {
    kept += best[k];
    out->n_mixed += labels[k] > 1;
  }
  out->n_intruders = n - kept;
  free(best);
  free(labels);
  out->bcubed_p = prec / N;
  out->bcubed_r = rec / N;
  double f = out->bcubed_p + out->bcubed_r;
  out->bcubed_f1 = f > 0 ? 2 * out->bcubed_p * out->bcubed_r / f : 0;
  double hg = entropy(gs, mg, N, &out->n_gold), hs = entropy(ss, ms, N, &out->n_sys);
  out->homogeneity = hg > 0 ? 1 - h_g_given_s / hg : 1;
  out->completeness = hs > 0 ? 1 - h_s_given_g / hs : 1;
  double v = out->homogeneity + out->completeness;
  out->v_measure = v > 0 ? 2 * out->homogeneity * out->completeness / v : 0;
  free(p);
  free(gs);
  free(ss);
}

void frise_story_eval(const size_t *gold, const size_t *sys, size_t n, frise_story_scores *out) {
  score(gold, sys, n, out, NULL);
}

/* ---- reading: a string -> number table (ids, labels) ---- */
typedef struct {
  char **keys;
  size_t *vals;
  size_t cap, n;
} strmap;

static uint64_t str_hash(const char *s, size_t n) {
  uint64_t h = 1469598103934665603ull;
  for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
  return h ^ (h >> 29);
}

static void map_free(strmap *m) {
  for (size_t i = 0; i < m->cap; i++) free(m->keys[i]);
  free(m->keys);
  free(m->vals);
}

/* Returns the slot of key (inserting it with value n if new). */
static size_t map_put(strmap *m, const char *k, size_t kn, size_t *val, int *is_new);

static void map_grow(strmap *m) {
  strmap big = {calloc(m->cap ? m->cap * 2 : 1024, sizeof(char *)),
                calloc(m->cap ? m->cap * 2 : 1024, sizeof(size_t)), m->cap ? m->cap * 2 : 1024, 0};
  if (!big.keys || !big.vals) abort();
  for (size_t i = 0; i < m->cap; i++)
    if (m->keys[i]) {
      size_t h = str_hash(m->keys[i], strlen(m->keys[i])) & (big.cap - 1);
      while (big.keys[h]) h = (h + 1) & (big.cap - 1);
      big.keys[h] = m->keys[i];
      big.vals[h] = m->vals[i];
      big.n++;
    }
  free(m->keys);
  free(m->vals);
  *m = big;
}

static size_t map_put(strmap *m, const char *k, size_t kn, size_t *val, int *is_new) {
  if ((m->n + 1) * 2 > m->cap) map_grow(m);
  size_t h = str_hash(k, kn) & (m->cap - 1);
  for (; m->keys[h]; h = (h + 1) & (m->cap - 1))
    if (strlen(m->keys[h]) == kn && memcmp(m->keys[h], k, kn) == 0) {
      *is_new = 0;
      *val = m->vals[h];
      return h;
    }
  m->keys[h] = strndup(k, kn);
  if (!m->keys[h]) abort();
  m->vals[h] = *val;
  m->n++;
  *is_new = 1;
  return h;
}

/* Value of key, or SIZE_MAX when absent. */
static size_t map_get(const strmap *m, const char *k) {
  if (!m->cap) return SIZE_MAX;
  size_t kn = strlen(k);
  for (size_t h = str_hash(k, kn) & (m->cap - 1); m->keys[h]; h = (h + 1) & (m->cap - 1))
    if (strcmp(m->keys[h], k) == 0) return m->vals[h];
  return SIZE_MAX;
}

typedef struct {
  strmap ids, labels;
  size_t *label_of;      /* per id number */
  size_t n_ids, cap;
} labelling;

/* Parses `id<TAB>label` lines of text[0..n); duplicate ids keep their first
 * label. A NUL byte spoils its own line only (ids and labels are C strings). */
static void parse_labels(const char *text, size_t n, const char *path, frise_diag *diag,
                         labelling *L) {
  long line = 0;
  const char *end = text + n;
  for (const char *p = text, *e; p < end; p = e + 1) {
    e = memchr(p, '\n', (size_t)(end - p));
    if (!e) e = end;
    line++;
    size_t len = (size_t)(e - p);
    if (len && p[len - 1] == '\r') len--;
    if (len == 0) continue;
    const char *tab = memchr(p, '\t', len);
    const char *why = memchr(p, 0, len) ? "NUL byte in the line; line skipped"
                      : !tab || tab == p || tab + 1 == p + len ? "expected 'id<TAB>label'; line skipped"
                                                             : NULL;
    if (why) {
      char where[1100];
      snprintf(where, sizeof where, "%s:%ld", path, line);
      frise_diag_warn(diag, where, "%s", why);
      continue;
    }
    const char *lab = tab + 1, *lab_end = memchr(lab, '\t', (size_t)(p + len - lab));
    if (!lab_end) lab_end = p + len;
    size_t lv = L->labels.n, iv = L->n_ids;
    int fresh;
    map_put(&L->labels, lab, (size_t)(lab_end - lab), &lv, &fresh);
    map_put(&L->ids, p, (size_t)(tab - p), &iv, &fresh);
    if (!fresh) {
      char where[1100];
      snprintf(where, sizeof where, "%s:%ld", path, line);
      frise_diag_warn(diag, where, "id listed again; first label kept");
      continue;
    }
    if (L->n_ids == L->cap) {
      L->cap = L->cap ? L->cap * 2 : 1024;
      L->label_of = realloc(L->label_of, L->cap * sizeof *L->label_of);
      if (!L->label_of) abort();
    }
    L->label_of[L->n_ids++] = lv;
  }
}

static int read_labels(const char *path, frise_diag *diag, labelling *L) {
  frise_buf b;
  frise_buf_init(&b);
  if (frise_buf_read_file(&b, path, (size_t)1 << 32, NULL) != 0) {
    frise_diag_reject(diag, path, "cannot read this file");
    frise_buf_free(&b);
    return -1;
  }
  parse_labels(b.data ? b.data : "", b.len, path, diag, L);
  frise_buf_free(&b);
  return 0;
}

static void labelling_free(labelling *L) {
  map_free(&L->ids);
  map_free(&L->labels);
  free(L->label_of);
}

/* names[v] = the key whose value is v (labels are numbered 0..n-1). */
static const char **names_of(const strmap *m) {
  const char **names = calloc(m->n + 1, sizeof *names);
  if (!names) abort();
  for (size_t i = 0; i < m->cap; i++)
    if (m->keys[i]) names[m->vals[i]] = m->keys[i];
  return names;
}

static int is_intruder(const labelling *s, const size_t *gl, const size_t *sl, const size_t *maj,
                       size_t i) {
  /* singletons of items missing from SYS (labels past s->labels.n) never are */
  return sl[i] < s->labels.n && maj[sl[i]] != SIZE_MAX && gl[i] != maj[sl[i]];
}

/* Calls fn for each item outside its system cluster's majority, cluster
 * by cluster (in system label order), items in GOLD order: a stable
 * counting sort by system label. */
static void report_intruders(const labelling *g, const labelling *s, const size_t *gl,
                             const size_t *sl, const size_t *maj, frise_story_intruder_fn fn,
                             void *ctx) {
  const char **gid_name = names_of(&g->ids), **glab = names_of(&g->labels),
             **slab = names_of(&s->labels);
  size_t n = g->n_ids, *start = calloc(s->labels.n + 1, sizeof *start);
  if (!start) abort();
  for (size_t i = 0; i < n; i++)
    if (is_intruder(s, gl, sl, maj, i)) start[sl[i] + 1]++;
  for (size_t k = 0; k < s->labels.n; k++) start[k + 1] += start[k];
  size_t n_out = start[s->labels.n], *sorted = malloc((n_out + 1) * sizeof *sorted);
  if (!sorted) abort();
  for (size_t i = 0; i < n; i++)
    if (is_intruder(s, gl, sl, maj, i)) sorted[start[sl[i]]++] = i;
  for (size_t i = 0; i < n_out; i++) {
    size_t it = sorted[i], k = sl[it];
    fn(gid_name[it], glab[gl[it]], slab[k], glab[maj[k]], ctx);
  }
  free(start);
  free(sorted);
  free(gid_name);
  free(glab);
  free(slab);
}

int frise_story_eval_files(const char *gold_path, const char *sys_path, frise_diag *diag,
                           frise_story_scores *out) {
  return frise_story_eval_files_ex(gold_path, sys_path, diag, out, NULL, NULL);
}

/* Scores two labellings read from GOLD and SYS. */
static void score_labellings(const labelling *g, const labelling *s, frise_story_scores *out,
                             frise_story_intruder_fn on_intruder, void *ctx) {
  size_t *gl = malloc((g->n_ids + 1) * sizeof *gl), *sl = malloc((g->n_ids + 1) * sizeof *sl);
  if (!gl || !sl) abort();
  size_t next_single = s->labels.n, missing = 0, found = 0;
  for (size_t i = 0; i < g->ids.cap; i++) {
    if (!g->ids.keys[i]) continue;
    size_t gid = g->ids.vals[i], sid = map_get(&s->ids, g->ids.keys[i]);
    gl[gid] = g->label_of[gid];
    if (sid == SIZE_MAX) { /* absent from SYS: its own singleton there */
      sl[gid] = next_single++;
      missing++;
    } else {
      sl[gid] = s->label_of[sid];
      found++;
    }
  }
  size_t *maj = malloc((next_single + 1) * sizeof *maj); /* score fills every used label's */
  if (!maj) abort();
  score(gl, sl, g->n_ids, out, maj);
  if (on_intruder) report_intruders(g, s, gl, sl, maj, on_intruder, ctx);
  free(maj);
  out->missing = missing;
  out->extra = s->n_ids - found;
  free(gl);
  free(sl);
}

int frise_story_eval_files_ex(const char *gold_path, const char *sys_path, frise_diag *diag,
                              frise_story_scores *out, frise_story_intruder_fn on_intruder,
                              void *ctx) {
  labelling g = {0}, s = {0};
  int rc = -1;
  memset(out, 0, sizeof *out);
  if (read_labels(gold_path, diag, &g) == 0 && read_labels(sys_path, diag, &s) == 0) {
    score_labellings(&g, &s, out, on_intruder, ctx);
    rc = 0;
  }
  labelling_free(&g);
  labelling_free(&s);
  return rc;
}

void frise_story_eval_text(const char *gold, size_t gold_len, const char *sys, size_t sys_len,
                           frise_diag *diag, frise_story_scores *out,
                           frise_story_intruder_fn on_intruder, void *ctx) {
  labelling g = {0}, s = {0};
  parse_labels(gold ? gold : "", gold ? gold_len : 0, "gold", diag, &g);
  parse_labels(sys ? sys : "", sys ? sys_len : 0, "sys", diag, &s);
  score_labellings(&g, &s, out, on_intruder, ctx);
  labelling_free(&g);
  labelling_free(&s);
}
