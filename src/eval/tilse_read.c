/* tilse_read.c: reads gold and system timelines for `frise eval timeline`:
 * Timeline17 jsonl, frise's JSON timeline, and the as-shipped text format.
 * Each timeline is gathered as (day, sentence) items, then sorted by day
 * (stably, so sentences keep their order) and grouped into days. */
#include "frise/eval_timeline.h"
#include "frise/date.h"
#include "frise/json.h"
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
  int64_t day;
  const char *sent;  /* NULL: a day listed without sentences */
  size_t order;
} item;

typedef struct {
  frise_tle_file *file;
  frise_diag *diag;
  const char *path;
  const char *text;  /* whole input, for line numbers */
  item *items;
  size_t n_items, cap_items;
  size_t cap_timelines;
  size_t coarse;     /* month-granular entries moved to the 1st */
} reader;

static void oom(void) {
  fputs("frise: out of memory\n", stderr);
  abort();
}

static void push_item(reader *r, int64_t day, const char *sent) {
  if (r->n_items == r->cap_items) {
    size_t cap = r->cap_items ? r->cap_items * 2 : 256;
    item *p = realloc(r->items, cap * sizeof *p);
    if (!p) oom();
    r->items = p;
    r->cap_items = cap;
  }
  r->items[r->n_items] = (item){day, sent, r->n_items};
  r->n_items++;
}

static int cmp_item(const void *a, const void *b) {
  const item *x = a, *y = b;
  if (x->day != y->day) return x->day < y->day ? -1 : 1;
  return (x->order > y->order) - (x->order < y->order);
}

static size_t line_of(const reader *r, const char *p) {
  size_t line = 1;
  for (const char *q = r->text; q < p; q++) line += *q == '\n';
  return line;
}

static const char *where_at(reader *r, size_t line) {
  char buf[64];
  snprintf(buf, sizeof buf, ":%zu", line);
  size_t lp = strlen(r->path), lb = strlen(buf);
  char *w = frise_arena_alloc(r->file->arena, lp + lb + 1);
  memcpy(w, r->path, lp);
  memcpy(w + lp, buf, lb + 1);
  return w;
}

/* Turns the gathered items into one timeline of the file and clears them. */
static void finish_timeline(reader *r, const char *name, const char *where) {
  frise_tle_file *f = r->file;
  if (f->n == r->cap_timelines) {
    size_t cap = r->cap_timelines ? r->cap_timelines * 2 : 4;
    f->timelines = frise_arena_grow(f->arena, f->timelines, f->n, cap, sizeof *f->timelines);
    r->cap_timelines = cap;
  }
  if (r->n_items > 1) qsort(r->items, r->n_items, sizeof *r->items, cmp_item);
  size_t n_days = 0;
  for (size_t i = 0; i < r->n_items; i++) n_days += i == 0 || r->items[i].day != r->items[i - 1].day;
  frise_tle_timeline *t = &f->timelines[f->n++];
  t->name = name;
  t->where = where;
  t->n_dates = n_days;
  t->dates = frise_arena_calloc(f->arena, n_days ? n_days : 1, sizeof *t->dates);
  const char **sents = frise_arena_calloc(f->arena, r->n_items ? r->n_items : 1, sizeof *sents);
  size_t d = 0, k = 0;
  for (size_t i = 0; i < r->n_items; i++) {
    if (i == 0 || r->items[i].day != r->items[i - 1].day) {
      t->dates[d].day = r->items[i].day;
      t->dates[d].sents = sents + k;
      d++;
    }
    if (r->items[i].sent) {
      sents[k++] = r->items[i].sent;
      t->dates[d - 1].n_sents++;
    }
  }
  r->n_items = 0;
}

/* Parses an ISO date to a day number. Minute precision is cut to the day;
 * month precision goes to the 1st (counted in r->coarse). */
static int parse_day(reader *r, const char *s, size_t n, int64_t *day) {
  frise_date d;
  size_t used = 0;
  while (n && (*s == ' ' || *s == '\t')) s++, n--;
  while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r')) n--;
  if (frise_date_parse(s, n, &d, &used) != FRISE_DATE_OK || used != n) return -1;
  if (d.prec == FRISE_PREC_MONTH) {
    d.day = 1;
    r->coarse++;
  } else if (d.prec < FRISE_PREC_MONTH) {
    return -1;
  }
  *day = frise_days_from_civil(d.year, d.month, d.day);
  return 0;
}

static const char *default_name(reader *r) {
  const char *slash = strrchr(r->path, '/');
  return frise_arena_strdup(r->file->arena, slash ? slash + 1 : r->path);
}

/* [[date, [sentence, ...]], ...] of a Timeline17 jsonl line. */
static void read_t17(reader *r, const frise_json *obj, size_t line) {
  const frise_json *tl = frise_json_get(obj, "timeline");
  const char *where = where_at(r, line);
  for (size_t i = 0; i < tl->len; i++) {
    const frise_json *e = tl->items[i];
    const char *ds = e->type == FRISE_JARR && e->len == 2 ? frise_json_string(e->items[0]) : NULL;
    int64_t day;
    if (!ds || e->items[1]->type != FRISE_JARR) {
      frise_diag_reject(r->diag, where, "timeline entry %zu is not [date, [sentence, ...]]", i + 1);
      continue;
    }
    if (parse_day(r, ds, strlen(ds), &day) != 0) {
      frise_diag_reject(r->diag, where, "timeline entry %zu: bad date '%s'", i + 1, ds);
      continue;
    }
    const frise_json *ss = e->items[1];
    push_item(r, day, NULL);
    for (size_t k = 0; k < ss->len; k++) {
      const char *s = frise_json_string(ss->items[k]);
      if (s) push_item(r, day, s);
      else frise_diag_warn(r->diag, where, "timeline entry %zu: sentence %zu is not a string", i + 1, k + 1);
    }
  }
  const char *name = frise_json_string(frise_json_get(obj, "name"));
  finish_timeline(r, name ? name : default_name(r), where);
}

/* frise's JSON timeline: {"timeline": [{"date", "summary": [{"text"}, ...]}, ...]}. */
static void read_frise(reader *r, const frise_json *root) {
  const frise_json *tl = frise_json_get(root, "timeline");
  const char *where = where_at(r, 1);
  for (size_t i = 0; i < tl->len; i++) {
    const frise_json *e = tl->items[i];
    const char *ds = frise_json_string(frise_json_get(e, "date"));
    const frise_json *sum = frise_json_get(e, "summary");
    int64_t day;
    if (!ds || parse_day(r, ds, strlen(ds), &day) != 0) {
      frise_diag_reject(r->diag, where, "timeline entry %zu: missing or bad \"date\"", i + 1);
      continue;
    }
    push_item(r, day, NULL);
    for (size_t k = 0; sum && sum->type == FRISE_JARR && k < sum->len; k++) {
      const frise_json *s = sum->items[k];
      const char *text = s->type == FRISE_JSTR ? s->str : frise_json_string(frise_json_get(s, "text"));
      if (text) push_item(r, day, text);
      else frise_diag_warn(r->diag, where, "timeline entry %zu: summary %zu has no \"text\"", i + 1, k + 1);
    }
  }
  const char *name = frise_json_string(frise_json_get(root, "title"));
  (void)name; /* the title is a query, not a task name: pairing uses the file name */
  finish_timeline(r, default_name(r), where);
}

static int is_frise_json(const frise_json *root) {
  const frise_json *tl = frise_json_get(root, "timeline");
  if (!tl || tl->type != FRISE_JARR) return 0;
  if (tl->len == 0) return !frise_json_get(root, "name");
  return tl->items[0]->type == FRISE_JOBJ;
}

static int is_t17_json(const frise_json *root) {
  const frise_json *tl = frise_json_get(root, "timeline");
  return tl && tl->type == FRISE_JARR && !is_frise_json(root);
}

/* One JSON document per line. */
static void read_jsonl(reader *r, const char *text, size_t n) {
  size_t line = 0;
  for (size_t i = 0; i < n;) {
    size_t e = i;
    while (e < n && text[e] != '\n') e++;
    line++;
    size_t b = i;
    while (b < e && (text[b] == ' ' || text[b] == '\t' || text[b] == '\r')) b++;
    if (b < e) {
      size_t off = 0;
      const char *msg = NULL;
      frise_json *v = frise_json_parse(r->file->arena, text + b, e - b, &off, &msg);
      if (!v) frise_diag_reject(r->diag, where_at(r, line), "bad JSON at column %zu: %s", b - i + off + 1, msg);
      else if (!is_t17_json(v))
        frise_diag_reject(r->diag, where_at(r, line), "not a timeline: expected {\"name\", \"timeline\": [[date, [sentence, ...]], ...]}");
      else read_t17(r, v, line);
    }
    i = e + 1;
  }
}

static int is_dashes(const char *s, size_t n) {
  size_t k = 0;
  while (n && (s[n - 1] == '\r' || s[n - 1] == ' ')) n--;
  for (; k < n; k++)
    if (s[k] != '-') return 0;
  return n >= 3;
}

/* The as-shipped text: date line, sentence lines, a dashes line, ... */
static void read_txt(reader *r, const char *text, size_t n) {
  size_t line = 0;
  int in_block = 0, skipping = 0;
  int64_t day = 0;
  for (size_t i = 0; i < n;) {
    size_t e = i;
    while (e < n && text[e] != '\n') e++;
    line++;
    size_t len = e - i;
    while (len && (text[i + len - 1] == '\r' || text[i + len - 1] == ' ' || text[i + len - 1] == '\t')) len--;
    size_t b = i;
    while (b < i + len && (text[b] == ' ' || text[b] == '\t')) b++;
    if (is_dashes(text + i, len)) {
      in_block = skipping = 0;
    } else if (b == i + len) {
      /* blank lines carry nothing */
    } else if (!in_block && !skipping) {
      if (parse_day(r, text + b, i + len - b, &day) == 0) {
        in_block = 1;
        push_item(r, day, NULL);
      } else {
        frise_diag_reject(r->diag, where_at(r, line), "expected a date line (YYYY-MM-DD); block skipped");
        skipping = 1;
      }
    } else if (in_block) {
      push_item(r, day, frise_arena_strndup(r->file->arena, text + b, i + len - b));
    }
    i = e + 1;
  }
  finish_timeline(r, default_name(r), where_at(r, 1));
}

frise_tle_file *frise_tle_file_parse(const char *path, const char *text, size_t n, frise_diag *diag) {
  frise_tle_file *f = calloc(1, sizeof *f);
  if (!f) oom();
  f->arena = frise_arena_new(1 << 16);
  if (!f->arena) oom();
  reader r = {.file = f, .diag = diag, .path = path ? path : "-", .text = text};
  size_t b = 0;
  if (n >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0) b = 3; /* a BOM is not content */
  while (b < n && (text[b] == ' ' || text[b] == '\t' || text[b] == '\r' || text[b] == '\n')) b++;
  if (b < n && text[b] == '{') {
    size_t off = 0;
    const char *msg = NULL;
    frise_json *v = frise_json_parse(f->arena, text + b, n - b, &off, &msg);
    if (v && is_frise_json(v)) read_frise(&r, v);
    else if (v && is_t17_json(v)) read_t17(&r, v, line_of(&r, text + b));
    else read_jsonl(&r, text, n); /* several lines, or a bad one: reported per line */
  } else if (b < n) {
    size_t bom = n >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    read_txt(&r, text + bom, n - bom);
  }
  if (r.coarse)
    frise_diag_warn(diag, r.path, "%zu month-level entries put on the 1st of their month", r.coarse);
  free(r.items);
  if (f->n == 0) {
    frise_diag_reject(diag, r.path, "no timeline found");
    frise_tle_file_free(f);
    return NULL;
  }
  return f;
}

frise_tle_file *frise_tle_file_read(const char *path, frise_diag *diag) {
  frise_buf b;
  frise_buf_init(&b);
  int truncated = 0;
  if (frise_buf_read_file(&b, path, (size_t)1 << 30, &truncated) != 0) {
    frise_diag_reject(diag, path, "cannot read: %s", strerror(errno));
    frise_buf_free(&b);
    return NULL;
  }
  if (truncated) frise_diag_warn(diag, path, "larger than 1 GiB: truncated");
  frise_tle_file *f = frise_tle_file_parse(path, b.data ? b.data : "", b.len, diag);
  frise_buf_free(&b);
  return f;
}

void frise_tle_file_free(frise_tle_file *f) {
  if (!f) return;
  frise_arena_free(f->arena);
  free(f);
}

void frise_tle_from_timeline(const frise_timeline *t, frise_arena *a, frise_tle_timeline *out) {
  memset(out, 0, sizeof *out);
  out->name = t->title ? t->title : "timeline";
  out->where = out->name;
  out->dates = frise_arena_calloc(a, t->n_entries ? t->n_entries : 1, sizeof *out->dates);
  for (size_t i = 0; i < t->n_entries; i++) {
    const frise_tl_entry *e = &t->entries[i];
    int64_t day = frise_days_from_civil(e->date.year, e->date.month ? e->date.month : 1,
                                        e->date.day ? e->date.day : 1);
    const char **s = frise_arena_calloc(a, e->n_summary ? e->n_summary : 1, sizeof *s);
    for (size_t k = 0; k < e->n_summary; k++) s[k] = e->summary[k].text ? e->summary[k].text : "";
    if (out->n_dates && out->dates[out->n_dates - 1].day >= day) {
      /* entries are in date order; a repeated day is merged into the last */
      frise_tle_date *last = &out->dates[out->n_dates - 1];
      if (last->day == day) {
        const char **m = frise_arena_alloc(a, (last->n_sents + e->n_summary + 1) * sizeof *m);
        memcpy(m, last->sents, last->n_sents * sizeof *m);
        memcpy(m + last->n_sents, s, e->n_summary * sizeof *m);
        last->sents = m;
        last->n_sents += e->n_summary;
        continue;
      }
    }
    out->dates[out->n_dates++] = (frise_tle_date){day, s, e->n_summary};
  }
}

size_t frise_tle_sys_name(const char *gold_name, char *out, size_t cap) {
  frise_buf b;
  frise_buf_init(&b);
  size_t n = strlen(gold_name);
  int txt = n >= 4 && strcmp(gold_name + n - 4, ".txt") == 0;
  if (txt) n -= 4;
  for (size_t i = 0; i < n; i++) {
    if (gold_name[i] == '/') frise_buf_puts(&b, "__");
    else frise_buf_putc(&b, gold_name[i]);
  }
  frise_buf_puts(&b, ".json");
  size_t len = b.len;
  if (cap) {
    size_t k = len < cap - 1 ? len : cap - 1;
    memcpy(out, b.data, k);
    out[k] = 0;
  }
  frise_buf_free(&b);
  return len;
}
