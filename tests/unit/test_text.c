/* test_text.c: normalisation, tokens, sentence splitting, language id, stems. */
#include "frise/annotate.h"
#include "frise/text.h"
#include "harness.h"
#include <stdlib.h>

static frise_doc *prepared(const char *text, const char *lang) {
  frise_doc *d = frise_doc_new();
  d->id = "t";
  if (lang) {
    strcpy(d->lang, lang);
    d->lang_given = 1;
  }
  frise_doc_set_body(d, text, strlen(text));
  frise_text_prepare(d);
  return d;
}

/* Checks the sentences' texts, separated by '|' in expected. */
static void check_split(const char *text, const char *lang, const char *expected) {
  frise_doc *d = prepared(text, lang);
  char got[4096] = "";
  for (size_t k = 0; k < d->n_sentences; k++) {
    if (k) strcat(got, "|");
    strncat(got, d->text + d->sentences[k].start, d->sentences[k].end - d->sentences[k].start);
  }
  CHECK_STR(got, expected);
  frise_doc_free(d);
}

static void test_normalise(void) {
  frise_doc *d = frise_doc_new();
  const char *in = "l\xE2\x80\x99" "Ukraine \xC2\xAB" "\xC2\xA0oui\xC2\xA0\xC2\xBB, 13\xE2\x80\xAF" "000 e\xCC\x81t\xC3\xA9 so\xC2\xAD" "ft \"ok\"";
  frise_doc_set_body(d, in, strlen(in));
  CHECK_STR(d->text, "l'Ukraine \xE2\x80\x9C oui \xE2\x80\x9D, 13 000 \xC3\xA9t\xC3\xA9 soft \xE2\x80\x9Cok\xE2\x80\x9D");
  /* the map points back into the original bytes: "été" starts where "e" + U+0301 did */
  const char *ete = strstr(d->text, "\xC3\xA9t");
  CHECK_INT(d->text_to_raw[ete - d->text], strstr(in, "e\xCC\x81") - in);
  CHECK_INT(d->text_to_raw[d->len], strlen(in));
  frise_doc_free(d);
}

static void test_tokens(void) {
  frise_doc *d = prepared("L'arrivée à 15H00, 3,5 % de 13'000 morts aujourd'hui; Biden's call.", "fr");
  const char *want[] = {"L'", "arrivée", "à", "15H00", ",", "3,5", "%", "de", "13'000", "morts",
                        "aujourd'hui", ";", "Biden", "'", "s", "call", "."};
  CHECK_INT(d->n_tokens, sizeof want / sizeof *want);
  for (size_t k = 0; k < d->n_tokens && k < sizeof want / sizeof *want; k++) {
    char tok[64];
    snprintf(tok, sizeof tok, "%.*s", (int)(d->tokens[k].end - d->tokens[k].start), d->text + d->tokens[k].start);
    CHECK_STR(tok, want[k]);
  }
  CHECK(d->tokens[0].flags & FRISE_TOKF_ELIDED);
  CHECK(d->tokens[3].kind == FRISE_TOK_NUM);
  frise_doc_free(d);
}

static void test_split_abbreviations(void) {
  check_split("M. Dupont et Mme Martin ont vu le Dr Petit. Ils sont partis vers 10h00. Puis rien.", "fr",
              "M. Dupont et Mme Martin ont vu le Dr Petit.|Ils sont partis vers 10h00.|Puis rien.");
  check_split("Né en 52 av. J.-C. selon la tradition. César l'a dit.", "fr",
              "Né en 52 av. J.-C. selon la tradition.|César l'a dit.");
  check_split("Il cite J. R. R. Tolkien, etc. et s'en va. Fin.", "fr",
              "Il cite J. R. R. Tolkien, etc. et s'en va.|Fin.");
  check_split("Mr. Smith met Dr. Jones at St. Mary's on Jan. 5. They talked.", "en",
              "Mr. Smith met Dr. Jones at St. Mary's on Jan. 5.|They talked.");
}

static void test_split_numbers_and_quotes(void) {
  check_split("La hausse est de 3,5 %. Elle atteint 13'000 euros. Le vote a lieu à 15H00.", "fr",
              "La hausse est de 3,5 %.|Elle atteint 13'000 euros.|Le vote a lieu à 15H00.");
  check_split("\xC2\xAB Nous viendrons. Nous parlerons. \xC2\xBB, a dit le maire. Puis il est parti.", "fr",
              "\xE2\x80\x9C Nous viendrons. Nous parlerons. \xE2\x80\x9D, a dit le maire.|Puis il est parti.");
  check_split("\"We will come. We will talk,\" the mayor said. He left.", "en",
              "\xE2\x80\x9CWe will come. We will talk,\xE2\x80\x9D the mayor said.|He left.");
  check_split("Quoi ? Vraiment ! Oui...", "fr", "Quoi ?|Vraiment !|Oui...");
}

static void test_split_lines(void) {
  check_split("Un titre sans point\n\nLe texte commence ici. Il continue.\nUne autre ligne", "fr",
              "Un titre sans point|Le texte commence ici.|Il continue.|Une autre ligne");
  /* hard-wrapped text: a line break followed by lower case continues the sentence */
  check_split("Le conseil a voté la\nréforme hier soir. Fin.", "fr", "Le conseil a voté la\nréforme hier soir.|Fin.");
}

static void test_roles(void) {
  frise_doc *d = prepared("Un titre\n\nLe maire parle. Le pont de Brest le 4 mai ( AFP / Jean DUPONT )\n\nSous-titre\n\n\xC2\xAB Oui \xC2\xBB, dit-il.", "fr");
  CHECK_INT(d->n_sentences, 5);
  if (d->n_sentences == 5) {
    CHECK(d->sentences[0].flags & FRISE_SENTF_HEADING);
    CHECK(d->sentences[2].flags & FRISE_SENTF_CAPTION);
    CHECK(d->sentences[3].flags & FRISE_SENTF_HEADING);
    CHECK(d->sentences[4].flags & FRISE_SENTF_QUOTE);
    CHECK(!(d->sentences[1].flags & (FRISE_SENTF_HEADING | FRISE_SENTF_CAPTION)));
  }
  frise_doc_free(d);
}

static void test_langid(void) {
  frise_doc *d = prepared("Le président a annoncé que les négociations reprendraient dans la semaine.", NULL);
  CHECK_STR(d->lang, "fr");
  frise_doc_free(d);
  d = prepared("The president said that the talks would resume later in the week.", NULL);
  CHECK_STR(d->lang, "en");
  frise_doc_free(d);
}

static void test_stemmer(void) {
  frise_stemmer *s = frise_stemmer_new("fr");
  size_t n;
  const char *a = frise_stemmer_stem(s, "Négociations", 13, &n);
  char first[64];
  snprintf(first, sizeof first, "%.*s", (int)n, a);
  a = frise_stemmer_stem(s, "négociation", 12, &n);
  CHECK(strlen(first) == n && strncmp(first, a, n) == 0);
  frise_stemmer_free(s);
  s = frise_stemmer_new("english");
  a = frise_stemmer_stem(s, "talks", 5, &n);
  CHECK(n == 4 && strncmp(a, "talk", 4) == 0);
  frise_stemmer_free(s);
  CHECK(frise_stemmer_new("klingon") == NULL);
  frise_stemmer_free(NULL);
}

TEST_MAIN(T(test_normalise), T(test_tokens), T(test_split_abbreviations),
          T(test_split_numbers_and_quotes), T(test_split_lines), T(test_roles), T(test_langid),
          T(test_stemmer))
