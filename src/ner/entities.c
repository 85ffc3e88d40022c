/* entities.c: the entities annotator. Collects candidate names sentence by
 * sentence, merges aliases within the document (a full name first, then its
 * last word alone: "Joe Biden" ... "Biden"), types each entity from the votes
 * of its mentions' cues, and stores mentions and entities in d->layers[0]. */
#include "frise/entities.h"
#include "frise/utf8.h"
#include "ner_cand.h"
#include <string.h>

/* Folded name -> entity index; open addressing in the document's arena. */
typedef struct {
  const char **key;
  int32_t *val;
  size_t mask;
} name_map;

static uint32_t hash(const char *s) {
  uint32_t h = 2166136261u;
  for (; *s; s++) h = (h ^ (unsigned char)*s) * 16777619u;
  return h;
}

static void map_init(name_map *m, frise_arena *a, size_t n) {
  size_t cap = 16;
  while (cap < n * 2 + 2) cap <<= 1;
  m->key = frise_arena_calloc(a, cap, sizeof *m->key);
  m->val = frise_arena_calloc(a, cap, sizeof *m->val);
  m->mask = cap - 1;
}

static size_t map_slot(const name_map *m, const char *k) {
  size_t h = hash(k) & m->mask;
  while (m->key[h] && strcmp(m->key[h], k) != 0) h = (h + 1) & m->mask;
  return h;
}

static int32_t map_get(const name_map *m, const char *k) {
  size_t h = map_slot(m, k);
  return m->key[h] ? m->val[h] : -1;
}

static void map_put_new(name_map *m, const char *k, int32_t v) {
  size_t h = map_slot(m, k);
  if (m->key[h]) return; /* the first entity to claim a name keeps it */
  m->key[h] = k;
  m->val[h] = v;
}

typedef struct {
  int score[4];          /* votes per NER_NAME_* */
  const ner_cand *best;  /* longest mention: gives the canonical name */
  const char *role, *role_adj;
  uint32_t first_pos;
} entity_acc;

typedef struct {
  ner_ctx x;
  name_map names, surnames;
  entity_acc *acc;
  size_t n_acc;
} merge_state;

/* ner_fold: the Unicode fold's bytes at a fraction of its cost on names. */
static const char *fold_span(frise_doc *d, uint32_t start, uint32_t end) {
  char *out = frise_arena_alloc(d->arena, 2 * (size_t)(end - start) + 1);
  ner_fold(d->text + start, end - start, out);
  return out;
}

static uint32_t cand_start(const merge_state *m, const ner_cand *c) { return m->x.d->tokens[c->first].start; }
static uint32_t cand_end(const merge_state *m, const ner_cand *c) { return m->x.d->tokens[c->last].end; }

static void vote(merge_state *m, ner_cand *c, int32_t e) {
  entity_acc *a = &m->acc[e];
  c->entity = e;
  if (c->gazetteer) a->score[c->gazetteer] += 10;
  if (c->strong) a->score[c->strong] += 3;
  if (c->weak) a->score[c->weak] += 1;
  if (!a->best || cand_end(m, c) - cand_start(m, c) > cand_end(m, a->best) - cand_start(m, a->best))
    a->best = c;
  if (c->role && !a->role) a->role = c->role, a->role_adj = c->role_adj;
  if (cand_start(m, c) < a->first_pos) a->first_pos = cand_start(m, c);
}

static int32_t new_entity(merge_state *m) {
  entity_acc *a = &m->acc[m->n_acc];
  memset(a, 0, sizeof *a);
  a->first_pos = UINT32_MAX;
  return (int32_t)m->n_acc++;
}

static int is_multi(const merge_state *m, const ner_cand *c) { return c->first != c->last; }

/* Multi-word names first, so a later or earlier lone last word finds them. */
static void merge_multi(merge_state *m, const char **keys) {
  frise_doc *d = m->x.d;
  for (size_t k = 0; k < m->x.n; k++) {
    ner_cand *c = &m->x.c[k];
    if (!is_multi(m, c) || c->unsure) continue;
    int32_t e = map_get(&m->names, keys[k]);
    if (e < 0) {
      e = new_entity(m);
      map_put_new(&m->names, keys[k], e);
    }
    vote(m, c, e);
    if (c->person_like) {
      const frise_token *t = &d->tokens[c->last];
      map_put_new(&m->surnames, fold_span(d, t->start, t->end), e);
    }
  }
}

static void merge_single(merge_state *m, const char **keys) {
  for (size_t k = 0; k < m->x.n; k++) {
    ner_cand *c = &m->x.c[k];
    if (c->entity >= 0) continue;
    int32_t e = map_get(&m->names, keys[k]);
    if (e < 0 && !c->gazetteer) e = map_get(&m->surnames, keys[k]);
    if (e < 0 && c->unsure) continue;
    if (e < 0) {
      e = new_entity(m);
      map_put_new(&m->names, keys[k], e);
    }
    vote(m, c, e);
  }
}

static frise_entity_type decide_type(const entity_acc *a, int multi) {
  int best = 0;
  for (int t = 1; t <= 3; t++)
    if (a->score[t] > a->score[best]) best = t;
  if (best == NER_NAME_ORG) return FRISE_ENT_ORG;
  if (best == NER_NAME_PLACE) return FRISE_ENT_PLACE;
  if (best == NER_NAME_PERSON || multi) return FRISE_ENT_PERSON;
  return FRISE_ENT_PLACE; /* a lone unknown name in news is most often a town */
}

/* Entities numbered by first mention; mentions in text order. */
static void build_layer(merge_state *m, frise_entities *L) {
  frise_doc *d = m->x.d;
  int32_t *renum = frise_arena_alloc(d->arena, (m->n_acc + 1) * sizeof *renum);
  for (size_t e = 0; e < m->n_acc; e++) renum[e] = -1;
  L->entities = frise_arena_calloc(d->arena, m->n_acc + 1, sizeof *L->entities);
  L->mentions = frise_arena_calloc(d->arena, m->x.n + 1, sizeof *L->mentions);
  L->mention_at_tok = frise_arena_alloc(d->arena, (d->n_tokens + 1) * sizeof *L->mention_at_tok);
  for (size_t i = 0; i <= d->n_tokens; i++) L->mention_at_tok[i] = -1;
  for (size_t k = 0; k < m->x.n; k++) {
    const ner_cand *c = &m->x.c[k];
    if (c->entity < 0) continue;
    if (renum[c->entity] < 0) {
      const entity_acc *a = &m->acc[c->entity];
      frise_entity *E = &L->entities[L->n_entities];
      renum[c->entity] = (int32_t)L->n_entities++;
      E->name = frise_arena_strndup(d->arena, d->text + cand_start(m, a->best),
                                    cand_end(m, a->best) - cand_start(m, a->best));
      E->type = decide_type(a, is_multi(m, a->best));
      E->role = a->role;
      E->role_adj = a->role_adj;
      E->first_mention = (uint32_t)L->n_mentions;
    }
    frise_mention *M = &L->mentions[L->n_mentions];
    M->start = cand_start(m, c);
    M->end = cand_end(m, c);
    M->tok_first = c->first;
    M->tok_last = c->last;
    M->entity = (uint32_t)renum[c->entity];
    for (uint32_t t = c->first; t <= c->last; t++) L->mention_at_tok[t] = (int32_t)L->n_mentions;
    L->n_mentions++;
  }
}

void frise_entities_annotate(frise_doc *d) {
  merge_state m;
  memset(&m, 0, sizeof m);
  m.x.d = d;
  m.x.lx = ner_lexicon_for(d->lang);
  ner_token_flags(&m.x);
  for (size_t s = 0; s < d->n_sentences; s++) ner_sentence_candidates(&m.x, &d->sentences[s]);
  const char **keys = frise_arena_alloc(d->arena, (m.x.n + 1) * sizeof *keys);
  for (size_t k = 0; k < m.x.n; k++)
    keys[k] = fold_span(d, cand_start(&m, &m.x.c[k]), cand_end(&m, &m.x.c[k]));
  map_init(&m.names, d->arena, m.x.n);
  map_init(&m.surnames, d->arena, m.x.n);
  m.acc = frise_arena_alloc(d->arena, (m.x.n + 1) * sizeof *m.acc);
  merge_multi(&m, keys);
  merge_single(&m, keys);
  frise_entities *L = frise_arena_calloc(d->arena, 1, sizeof *L);
  build_layer(&m, L);
  L->word_flags = m.x.tflags;
  d->layers[FRISE_SLOT_ENTITIES] = L;
}

const frise_entities *frise_entities_get(const frise_doc *d) {
  return d ? d->layers[FRISE_SLOT_ENTITIES] : NULL;
}

const char *frise_entity_type_name(frise_entity_type t) {
  static const char *const names[] = {"PERSON", "ORG", "PLACE"};
  return (unsigned)t < 3 ? names[t] : "PERSON";
}
