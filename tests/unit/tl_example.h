/* tl_example.h: builds timelines in memory for the renderer tests and the
 * HTML end-to-end test, without the summariser. The story (a footbridge in
 * Geneva that cracks, closes and reopens) and every sentence are invented for
 * these tests. Header-only: static functions, include once per test file. */
#ifndef FRISE_TL_EXAMPLE_H
#define FRISE_TL_EXAMPLE_H
#include <math.h>
#include <string.h>
#include "frise/timeline.h"

/* Appends a document; returns its index. NULL strings stay NULL (unknown). */
static size_t tlx_doc(frise_timeline *t, const char *id, const char *title, const char *url,
                      const char *publisher, const char *dct, const char *lang) {
  frise_arena *a = t->arena;
  t->docs = frise_arena_grow(a, t->docs, t->n_docs, t->n_docs + 1, sizeof *t->docs);
  frise_tl_doc *d = &t->docs[t->n_docs];
  memset(d, 0, sizeof *d);
  d->id = frise_arena_strdup(a, id);
  d->title = frise_arena_strdup(a, title);
  d->url = frise_arena_strdup(a, url);
  d->publisher = frise_arena_strdup(a, publisher);
  d->lang = frise_arena_strdup(a, lang);
  if (dct) frise_date_parse(dct, strlen(dct), &d->dct, NULL);
  return t->n_docs++;
}

/* Appends an entry dated "2023-03-14" (day) or "2023-04" (month); returns its index. */
static size_t tlx_entry(frise_timeline *t, const char *date, size_t n_articles, double score) {
  t->entries = frise_arena_grow(t->arena, t->entries, t->n_entries, t->n_entries + 1, sizeof *t->entries);
  frise_tl_entry *e = &t->entries[t->n_entries];
  memset(e, 0, sizeof *e);
  if (date) frise_date_parse(date, strlen(date), &e->date, NULL);
  e->n_articles = n_articles;
  e->score = score;
  return t->n_entries++;
}

static void tlx_add_index(frise_arena *a, size_t **arr, size_t *n, size_t value) {
  for (size_t k = 0; k < *n; k++)
    if ((*arr)[k] == value) return;
  *arr = frise_arena_grow(a, *arr, *n, *n + 1, sizeof **arr);
  (*arr)[(*n)++] = value;
}

/* Appends a sentence of document doc to entry e (and doc to its sources);
 * returns the sentence, valid until the next tlx_sentence on that entry. */
static frise_tl_sentence *tlx_sentence(frise_timeline *t, size_t e, const char *text, size_t doc,
                                       uint32_t sentence, uint32_t start) {
  frise_tl_entry *en = &t->entries[e];
  en->summary = frise_arena_grow(t->arena, en->summary, en->n_summary, en->n_summary + 1, sizeof *en->summary);
  frise_tl_sentence *s = &en->summary[en->n_summary++];
  memset(s, 0, sizeof *s);
  s->text = frise_arena_strdup(t->arena, text);
  s->doc = doc;
  s->sentence = sentence;
  s->start = start;
  s->end = start + (uint32_t)(text ? strlen(text) : 0);
  tlx_add_index(t->arena, &en->sources, &en->n_sources, doc);
  return s;
}

static void tlx_context(frise_timeline *t, frise_tl_sentence *s, const char *before, const char *after) {
  s->context_before = frise_arena_strdup(t->arena, before);
  s->context_after = frise_arena_strdup(t->arena, after);
}

static void tlx_also(frise_timeline *t, size_t e, frise_tl_sentence *s, size_t doc) {
  tlx_add_index(t->arena, &s->also, &s->n_also, doc);
  tlx_add_index(t->arena, &t->entries[e].sources, &t->entries[e].n_sources, doc);
}

/* The example story: five documents (French and English, one without url, one
 * without title), five dates (one known only to the month), eight sentences,
 * some still carrying Penn Treebank tokenisation. Caller owns the result. */
static frise_timeline *tlx_example(void) {
  frise_timeline *t = frise_timeline_new();
  t->title = "Passerelle du Léman";
  t->story_id = "s-passerelle";
  size_t gaz = tlx_doc(t, "gazette-001", "Fissures sur la passerelle du Léman",
                       "https://example.org/fr/passerelle-fissures", "La Gazette du Lac", "2023-03-14", "fr");
  size_t wire = tlx_doc(t, "wire-en-17", "Geneva closes lakeside footbridge after cracks found",
                        "https://example.com/news/geneva-footbridge", "Alpine Wire", "2023-03-15", "en");
  size_t radio = tlx_doc(t, "radio-fr-9", "Passerelle : l'enquête confiée à un laboratoire", NULL,
                         "Radio Bise", "2023-04-02", "fr");
  size_t blog = tlx_doc(t, "blog-44", NULL, "https://example.net/blog/44", NULL, "2023-06-30", "en");
  size_t reo = tlx_doc(t, "gazette-077", "La passerelle rouvre, plus solide et plus chère",
                       "https://example.org/fr/reouverture?x=1&y=2", "La Gazette du Lac", "2023-09-09", "fr");

  size_t e = tlx_entry(t, "2023-03-13", 2, 0.92);
  frise_tl_sentence *s = tlx_sentence(t, e, "Des promeneurs ont signalé lundi des fissures sur la passerelle du "
                                            "Léman, à Genève.", gaz, 0, 0);
  tlx_context(t, s, NULL, "Les services techniques se sont rendus sur place dans l'après-midi.");
  s = tlx_sentence(t, e, "Residents had reported cracks in the deck on Monday , officials said -LRB- without "
                         "naming them -RRB- .", wire, 2, 140);
  tlx_context(t, s, "The footbridge links the two banks of the harbour .",
              "Inspectors arrived within hours .");

  e = tlx_entry(t, "2023-03-14", 3, 1.0);
  s = tlx_sentence(t, e, "La Ville de Genève a fermé la passerelle « par précaution » mardi matin.", gaz, 1, 88);
  tlx_context(t, s, "Des promeneurs ont signalé lundi des fissures sur la passerelle du Léman, à Genève.",
              "Aucune date de réouverture n'a été avancée.");
  tlx_also(t, e, s, radio);
  s = tlx_sentence(t, e, "`` We will not take any risk , '' the mayor 's spokeswoman said ; the council did "
                         "n't know how long the closure would last .", wire, 3, 260);
  tlx_context(t, s, "Residents had reported cracks in the deck on Monday , officials said .", NULL);

  e = tlx_entry(t, "2023-04", 1, 0.55);
  s = tlx_sentence(t, e, "L'enquête a été confiée en avril à un laboratoire de l'École polytechnique.", radio, 0, 0);

  e = tlx_entry(t, "2023-06-29", 1, 0.61);
  s = tlx_sentence(t, e, "Engineers found that two of the 48 steel cables had corroded, a finding the city "
                         "called \"worrying\".", blog, 5, 512);
  tlx_context(t, s, "The report ran to 212 pages.", "Repairs were expected to take the whole summer.");

  e = tlx_entry(t, "2023-09-08", 2, 0.83);
  s = tlx_sentence(t, e, "Après six mois de travaux, la passerelle a rouvert vendredi ; le chantier a coûté "
                         "2,4 millions de francs.", reo, 0, 0);
  tlx_context(t, s, NULL, "Les cyclistes devront désormais mettre pied à terre.");
  tlx_also(t, e, s, gaz);
  s = tlx_sentence(t, e, "Cyclists must now walk their bikes across the bridge — a rule café owners welcomed.",
                   reo, 2, 180);
  return t;
}

/* A timeline whose every string tries to break out of its format. */
static frise_timeline *tlx_hostile(void) {
  frise_timeline *t = frise_timeline_new();
  t->title = "</script><script>document.title='pwned'</script> & \"quotes\"";
  size_t d = tlx_doc(t, "id\"with,comma\nand newline", "<img src=x onerror=\"document.body.dataset.pwned=1\">",
                     "javascript:alert(1)", "Pub <b>bold</b>", "2023-01-02", "en");
  size_t bad = tlx_doc(t, "bad-utf8-\xff\xfe", "Titre \xc3 tronqué", "https://example.org/a b(c)\"<x>", NULL,
                       NULL, NULL);
  size_t e = tlx_entry(t, "2023-01-02", 1, NAN); /* a non-finite score becomes null */
  frise_tl_sentence *s = tlx_sentence(t, e, "A *star* _under_ [link](javascript:x) <script>alert(1)</script> "
                                            "tab\there, \"quoted\" \\ backslash\x01.", d, 0, 0);
  tlx_context(t, s, "</details><img src=x onerror=alert(2)>", "--></p>");
  e = tlx_entry(t, "2023-02", 1, 0.5);
  s = tlx_sentence(t, e, "Invalid \xe2\x82 UTF-8 and an emoji \xf0\x9f\x8c\x89 and 日本語.", bad, 1, 10);
  s->doc = 99; /* out of range on purpose: renderers must not crash */
  tlx_add_index(t->arena, &s->also, &s->n_also, bad);
  return t;
}

#endif
