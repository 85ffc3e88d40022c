/* read_json.c: frise_timeline_from_json, the inverse of the "json" renderer
 * (schema in doc/timeline-formats.md). The JSON DOM lives in a scratch arena;
 * only the strings the timeline keeps are copied into its own arena. Document
 * ids are resolved through a sorted index (n log n, however many documents).
 * Lenient: a missing or mistyped field reads as unknown, never as an error. */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "frise/json.h"
#include "frise/timeline.h"

typedef struct {
  const char *id;
  size_t index;
} id_slot; /* the id travels with the index so qsort needs no global context */

typedef struct {
  frise_timeline *t;
  id_slot *by_id; /* the documents of "documents", sorted by id */
  size_t n_by_id;
} reader;

static int cmp_slot(const void *a, const void *b) {
  return strcmp(((const id_slot *)a)->id, ((const id_slot *)b)->id);
}

static const char *str_field(frise_timeline *t, const frise_json *obj, const char *key) {
  const char *s = frise_json_string(frise_json_get(obj, key));
  return s ? frise_arena_strdup(t->arena, s) : NULL;
}

static double num_field(const frise_json *obj, const char *key, double def) {
  const frise_json *v = frise_json_get(obj, key);
  return v && v->type == FRISE_JNUM ? v->num : def;
}

static uint32_t u32_field(const frise_json *obj, const char *key) {
  double x = num_field(obj, key, 0);
  return x > 0 && x < 4294967295.0 ? (uint32_t)x : 0;
}

static void date_field(const frise_json *obj, const char *key, frise_date *out) {
  const char *s = frise_json_string(frise_json_get(obj, key));
  memset(out, 0, sizeof *out);
  if (s && frise_date_parse(s, strlen(s), out, NULL) != FRISE_DATE_OK) memset(out, 0, sizeof *out);
}

static void read_docs(reader *r, const frise_json *docs) {
  frise_timeline *t = r->t;
  size_t n = docs && docs->type == FRISE_JARR ? docs->len : 0;
  t->docs = frise_arena_calloc(t->arena, n ? n : 1, sizeof *t->docs);
  for (size_t k = 0; k < n; k++) {
    const frise_json *d = docs->items[k];
    frise_tl_doc *doc = &t->docs[t->n_docs++];
    doc->id = str_field(t, d, "id");
    if (!doc->id) doc->id = "";
    doc->title = str_field(t, d, "title");
    doc->url = str_field(t, d, "url");
    doc->publisher = str_field(t, d, "publisher");
    doc->lang = str_field(t, d, "lang");
    date_field(d, "date", &doc->dct);
  }
  r->by_id = malloc((t->n_docs ? t->n_docs : 1) * sizeof *r->by_id);
  if (!r->by_id) abort(); /* documented policy: out of memory is fatal */
  for (size_t k = 0; k < t->n_docs; k++) r->by_id[k] = (id_slot){t->docs[k].id, k};
  r->n_by_id = t->n_docs;
  qsort(r->by_id, r->n_by_id, sizeof *r->by_id, cmp_slot);
}

/* Index of the document with this id; an unknown id gets a stub document
 * (appended, so existing indices stay valid); null gives an out-of-range index. */
static size_t doc_index(reader *r, const frise_json *v) {
  frise_timeline *t = r->t;
  const char *id = frise_json_string(v);
  if (!id) return SIZE_MAX;
  size_t lo = 0, hi = r->n_by_id;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    int c = strcmp(r->by_id[mid].id, id);
    if (c == 0) return r->by_id[mid].index;
    if (c < 0) lo = mid + 1;
    else hi = mid;
  }
  for (size_t k = r->n_by_id; k < t->n_docs; k++) /* stubs: rare, linear is fine */
    if (strcmp(t->docs[k].id, id) == 0) return k;
  t->docs = frise_arena_grow(t->arena, t->docs, t->n_docs, t->n_docs + 1, sizeof *t->docs);
  memset(&t->docs[t->n_docs], 0, sizeof *t->docs);
  t->docs[t->n_docs].id = frise_arena_strdup(t->arena, id);
  return t->n_docs++;
}

static size_t *doc_list(reader *r, const frise_json *arr, size_t *n_out) {
  size_t n = arr && arr->type == FRISE_JARR ? arr->len : 0;
  size_t *ids = n ? frise_arena_alloc(r->t->arena, n * sizeof *ids) : NULL;
  for (size_t k = 0; k < n; k++) ids[k] = doc_index(r, arr->items[k]);
  *n_out = n;
  return ids;
}

static void read_sentence(reader *r, const frise_json *j, frise_tl_sentence *s) {
  frise_timeline *t = r->t;
  s->text = str_field(t, j, "text");
  if (!s->text) s->text = "";
  s->said = str_field(t, j, "said");
  s->doc = doc_index(r, frise_json_get(j, "doc"));
  s->sentence = u32_field(j, "sentence");
  s->start = u32_field(j, "start");
  s->end = u32_field(j, "end");
  s->context_before = str_field(t, j, "context_before");
  s->context_after = str_field(t, j, "context_after");
  s->also = doc_list(r, frise_json_get(j, "also"), &s->n_also);
}

static void read_entry(reader *r, const frise_json *j, frise_tl_entry *e) {
  date_field(j, "date", &e->date);
  const frise_json *sum = frise_json_get(j, "summary");
  size_t n = sum && sum->type == FRISE_JARR ? sum->len : 0;
  e->summary = n ? frise_arena_calloc(r->t->arena, n, sizeof *e->summary) : NULL;
  for (size_t k = 0; k < n; k++) read_sentence(r, sum->items[k], &e->summary[k]);
  e->n_summary = n;
  e->sources = doc_list(r, frise_json_get(j, "sources"), &e->n_sources);
  double articles = num_field(j, "articles", 0);
  e->n_articles = articles > 0 && articles < 1e15 ? (size_t)articles : 0;
  e->score = num_field(j, "score", NAN);
}

frise_timeline *frise_timeline_from_json(const char *text, size_t n, size_t *err_off,
                                         const char **err_msg) {
  size_t off = 0;
  const char *msg = NULL;
  frise_arena *scratch = frise_arena_new(n + 4096);
  if (!scratch) return NULL;
  const frise_json *root = frise_json_parse(scratch, text, n, &off, &msg);
  if (root && root->type != FRISE_JOBJ) root = NULL, off = 0, msg = "a timeline must be a JSON object";
  const frise_json *entries = root ? frise_json_get(root, "timeline") : NULL;
  if (root && (!entries || entries->type != FRISE_JARR))
    root = NULL, off = 0, msg = "no \"timeline\" array: not a frise JSON timeline";
  frise_timeline *t = root ? frise_timeline_new() : NULL;
  if (!t) {
    if (err_off) *err_off = off;
    if (err_msg) *err_msg = msg ? msg : "out of memory";
    frise_arena_free(scratch);
    return NULL;
  }
  reader r = {t, NULL, 0};
  t->title = str_field(t, root, "title");
  t->story_id = str_field(t, root, "story");
  read_docs(&r, frise_json_get(root, "documents"));
  t->entries = frise_arena_calloc(t->arena, entries->len ? entries->len : 1, sizeof *t->entries);
  for (size_t k = 0; k < entries->len; k++) read_entry(&r, entries->items[k], &t->entries[k]);
  t->n_entries = entries->len;
  free(r.by_id);
  frise_arena_free(scratch);
  return t;
}
