/* test_entities_quotes.c: entities (mentions, types, alias merging) and quotes
 * (pairing, speakers through names, pronouns and roles) on sentences written
 * for these tests, in French and English. */
#include "frise/annotate.h"
#include "frise/entities.h"
#include "frise/quotes.h"
#include "harness.h"
#include <stdlib.h>

static frise_doc *annotated(const char *text, const char *lang) {
  frise_doc *d = frise_doc_new();
  d->id = "t";
  strcpy(d->lang, lang);
  d->lang_given = 1;
  frise_doc_set_body(d, text, strlen(text));
  frise_annotate(d);
  return d;
}

/* The mention whose text is exactly s (the nth one), or NULL. */
static const frise_mention *mention(const frise_doc *d, const char *s, int nth) {
  const frise_entities *L = frise_entities_get(d);
  for (size_t k = 0; L && k < L->n_mentions; k++) {
    const frise_mention *m = &L->mentions[k];
    if (m->end - m->start == strlen(s) && memcmp(d->text + m->start, s, strlen(s)) == 0 && nth-- == 0)
      return m;
  }
  return NULL;
}

static const char *type_of(const frise_doc *d, const char *s) {
  const frise_mention *m = mention(d, s, 0);
  return m ? frise_entity_type_name(frise_entities_get(d)->entities[m->entity].type) : "none";
}

static int same_entity(const frise_doc *d, const char *a, const char *b) {
  const frise_mention *x = mention(d, a, 0), *y = mention(d, b, 0);
  return x && y && x->entity == y->entity;
}

/* Speaker name of the quote whose text starts with prefix ("none" if no speaker). */
static const char *speaker_of(const frise_doc *d, const char *prefix) {
  const frise_quotes *L = frise_quotes_get(d);
  for (size_t k = 0; L && k < L->n_quotes; k++) {
    const frise_quote *q = &L->quotes[k];
    if (strncmp(d->text + q->start, prefix, strlen(prefix)) == 0)
      return q->speaker_name ? q->speaker_name : "none";
  }
  return "no quote";
}

static void test_entities_fr(void) {
  frise_doc *d = annotated(
      "Le ministre des Finances Paul Verdier a rencontré la présidente Agathe Morvan à Lyon. "
      "Verdier a ensuite rejoint Berlin. Le ministère de la Santé et la Banque de France "
      "ont publié un avis. Morvan travaille avec l'OCDE depuis mardi 3 mars.", "fr");
  CHECK_STR(type_of(d, "Paul Verdier"), "PERSON");
  CHECK_STR(type_of(d, "Agathe Morvan"), "PERSON");
  CHECK_STR(type_of(d, "Lyon"), "PLACE");
  CHECK_STR(type_of(d, "Berlin"), "PLACE");
  CHECK_STR(type_of(d, "Banque de France"), "ORG");
  CHECK_STR(type_of(d, "OCDE"), "ORG");
  CHECK(same_entity(d, "Paul Verdier", "Verdier"));   /* sentence-initial surname kept as alias */
  CHECK(same_entity(d, "Agathe Morvan", "Morvan"));
  CHECK(!mention(d, "Le", 0) && !mention(d, "Finances", 0) && !mention(d, "Santé", 0));
  CHECK(!mention(d, "Mars", 0) && !mention(d, "mars", 0));
  const frise_entities *L = frise_entities_get(d);
  const frise_mention *m = mention(d, "Paul Verdier", 0);
  CHECK(m && L->entities[m->entity].role && strcmp(L->entities[m->entity].role, "ministre") == 0);
  frise_doc_free(d);
}

static void test_entities_en(void) {
  frise_doc *d = annotated(
      "The Secretary of State Nora Lindqvist flew to Oslo on Monday. Lindqvist met officials "
      "of the Ministry of Energy and of Kestrel Systems Inc. in Norway. But Lindqvist said "
      "little.", "en");
  CHECK_STR(type_of(d, "Nora Lindqvist"), "PERSON");
  CHECK(same_entity(d, "Nora Lindqvist", "Lindqvist"));
  CHECK_STR(type_of(d, "Oslo"), "PLACE");
  CHECK_STR(type_of(d, "Norway"), "PLACE");
  CHECK_STR(type_of(d, "Ministry of Energy"), "ORG");
  CHECK_STR(type_of(d, "Kestrel Systems Inc"), "ORG");
  CHECK(!mention(d, "The", 0) && !mention(d, "But", 0) && !mention(d, "Monday", 0));
  frise_doc_free(d);
}

static void test_quotes_fr(void) {
  frise_doc *d = annotated(
      "La porte-parole du gouvernement, Claire Dubreuil, a parlé mardi. « Nous ne céderons "
      "pas », a déclaré la porte-parole. « Le texte sera voté », a-t-elle poursuivi.\n\n"
      "Le président du club, Marc Olivetti, était présent. « Nous avons gagné », a déclaré "
      "Olivetti. Selon Louise Garnier, « la saison est finie ». Olivetti a annoncé que le "
      "stade serait rénové. Jean Tarrade a déclaré : « Tout va bien ».", "fr");
  CHECK_STR(speaker_of(d, "Nous ne céderons"), "Claire Dubreuil");
  CHECK_STR(speaker_of(d, "Le texte sera"), "Claire Dubreuil");
  CHECK_STR(speaker_of(d, "Nous avons gagné"), "Marc Olivetti");
  CHECK_STR(speaker_of(d, "la saison"), "Louise Garnier");
  CHECK_STR(speaker_of(d, "le stade serait"), "Marc Olivetti");
  CHECK_STR(speaker_of(d, "Tout va bien"), "Jean Tarrade");
  const frise_quotes *L = frise_quotes_get(d);
  int indirect = 0;
  for (size_t k = 0; k < L->n_quotes; k++) {
    const frise_quote *q = &L->quotes[k];
    indirect += !q->direct;
    CHECK(q->start <= q->end && q->end <= d->len);
    if (q->speaker >= 0) CHECK(q->cue_start < q->cue_end && q->verb && q->confidence > 0);
  }
  CHECK_INT(indirect, 1);
  frise_doc_free(d);
}

static void test_quotes_en(void) {
  frise_doc *d = annotated(
      "Talks resumed in Vienna. \"We are close to a deal,\" said Hugo Marchetti, the chief "
      "negotiator. \"Nothing is signed yet,\" he added. \"It will take weeks,\" Marchetti "
      "told reporters. An official said the talks were tense. \"We wait,\" the official "
      "said.", "en");
  CHECK_STR(speaker_of(d, "We are close"), "Hugo Marchetti");
  CHECK_STR(speaker_of(d, "Nothing is signed"), "Hugo Marchetti");
  CHECK_STR(speaker_of(d, "It will take"), "Hugo Marchetti");
  CHECK_STR(speaker_of(d, "We wait"), "the official"); /* introduced unnamed: left unresolved */
  frise_doc_free(d);
}

/* Quoted titles are not speech; quotes sharing a sentence share a speaker;
 * a name after "par" is not the subject; unnamed sources keep their words. */
static void test_quotes_rules(void) {
  frise_doc *d = annotated(
      "Marc Olivetti a parlé dimanche sur « Radio Sud ». Louise Garnier a dit être "
      "« ravie » d'un match « très disputé ». Des tirs lancés par Lyon ont visé « les "
      "tribunes du stade ». « Rien n'est joué », a ajouté la même source.", "fr");
  CHECK_STR(speaker_of(d, "Radio Sud"), "none");
  CHECK_STR(speaker_of(d, "ravie"), "Louise Garnier");
  CHECK_STR(speaker_of(d, "très disputé"), "Louise Garnier");
  CHECK_STR(speaker_of(d, "les tribunes"), "none");
  CHECK_STR(speaker_of(d, "Rien n'est"), "la même source");
  frise_doc_free(d);
}

/* Malformed marks and edge cases: nothing crashes, spans stay inside the text. */
static void test_quotes_edges(void) {
  const char *texts[] = {"« jamais fermé", "» à l'envers «", "« »", "", "a déclaré", "« « x » »",
                         "\"", "M. . Mme", "Ce que -t-il", "de de de Van von"};
  for (size_t k = 0; k < sizeof texts / sizeof *texts; k++) {
    frise_doc *d = annotated(texts[k], "fr");
    const frise_quotes *L = frise_quotes_get(d);
    CHECK(L != NULL);
    for (size_t i = 0; L && i < L->n_quotes; i++) CHECK(L->quotes[i].end <= d->len);
    frise_doc_free(d);
  }
}

TEST_MAIN(T(test_entities_fr), T(test_entities_en), T(test_quotes_fr), T(test_quotes_en),
          T(test_quotes_rules), T(test_quotes_edges))
