/* test_detok.c: frise_text_detokenise on Penn Treebank artefacts, French
 * typography, idempotency and odd input. */
#include <stdlib.h>
#include "frise/detok.h"
#include "harness.h"

static char result[1024];

static const char *detok(const char *s, const char *lang) {
  frise_buf b;
  frise_buf_init(&b);
  size_t n = frise_text_detokenise(s, strlen(s), lang, &b);
  snprintf(result, sizeof result, "%s", n ? b.data : "");
  if (n != b.len) snprintf(result, sizeof result, "length mismatch");
  frise_buf_free(&b);
  return result;
}

static void brackets(void) {
  CHECK_STR(detok("officials said -LRB- without naming them -RRB- .", "en"),
            "officials said (without naming them).");
  CHECK_STR(detok("-LSB- sic -RSB- and -LCB- x -RCB-", NULL), "[sic] and {x}");
  CHECK_STR(detok("the -lrb- lowercased -rrb- corpus", NULL), "the (lowercased) corpus");
  CHECK_STR(detok("Reuters -LRB-AFP-RRB- wrote", NULL), "Reuters (AFP) wrote");
}

static void quotes(void) {
  CHECK_STR(detok("`` We will not , '' she said .", "en"), "\"We will not,\" she said.");
  CHECK_STR(detok("He said \" no \" twice .", "en"), "He said \"no\" twice.");
  CHECK_STR(detok("a ` single ' quote", "en"), "a 'single' quote");
}

static void clitics(void) {
  CHECK_STR(detok("They do n't know .", "en"), "They don't know.");
  CHECK_STR(detok("It ca n't be , and it wo n't .", "en"), "It can't be, and it won't.");
  CHECK_STR(detok("the mayor 's office , they 're sure , we 've seen , I 'm", "en"),
            "the mayor's office, they're sure, we've seen, I'm");
  CHECK_STR(detok("the students ' union", "en"), "the students' union");
  CHECK_STR(detok("DO N'T SHOUT", "en"), "DON'T SHOUT");
  CHECK_STR(detok("I 'm gon na say we got ta go", "en"), "I'm gonna say we gotta go");
  CHECK_STR(detok("the gon is na", "en"), "the gon is na");
}

static void punctuation(void) {
  CHECK_STR(detok("Yes ; no : maybe ! Really ? 5 % more ...", "en"), "Yes; no: maybe! Really? 5% more...");
  CHECK_STR(detok("costs $ 5 -- a lot", "en"), "costs $5 \xe2\x80\x94 a lot");
  CHECK_STR(detok("( a , b )", NULL), "(a, b)");
  CHECK_STR(detok("1\\/2 of the \\* stars", "en"), "1/2 of the * stars");
}

static void french(void) {
  /* French keeps the space before high punctuation and inside guillemets. */
  CHECK_STR(detok("Il a dit : « non » ; vraiment ?", "fr"), "Il a dit : « non » ; vraiment ?");
  CHECK_STR(detok("l' homme et qu' il voit d' abord", "fr"), "l'homme et qu'il voit d'abord");
  CHECK_STR(detok("l\xe2\x80\x99 enquête , jusqu\xe2\x80\x99 ici .", "fr"),
            "l\xe2\x80\x99" "enquête, jusqu\xe2\x80\x99ici.");
  CHECK_STR(detok("Genève , mardi .", "fr-CH"), "Genève, mardi.");
  CHECK_STR(detok("aujourd' hui , 5 % de plus", "fr"), "aujourd'hui, 5 % de plus");
}

static void clean_text_unchanged(void) {
  const char *clean[] = {
      "La Ville de Genève a fermé la passerelle « par précaution » mardi matin.",
      "He said (quietly): \"no, not today\" and left.",
      "Don't panic, it's only 5% of the city's budget.",
      "l'homme d'affaires a dit qu'il viendra.",
      "日本語のテキスト、そして emoji 🌉.",
  };
  for (size_t k = 0; k < sizeof clean / sizeof *clean; k++) {
    CHECK_STR(detok(clean[k], k == 0 || k == 3 ? "fr" : "en"), clean[k]);
  }
  /* Idempotent on PTB input: cleaning twice changes nothing more. */
  char once[1024];
  snprintf(once, sizeof once, "%s", detok("`` Yes , '' he said -LRB- twice -RRB- .", "en"));
  CHECK_STR(detok(once, "en"), once);
}

static void odd_input(void) {
  CHECK_STR(detok("", NULL), "");
  CHECK_STR(detok("   \t\n ", NULL), "");
  CHECK_STR(detok("  several   spaces\tand\nlines  ", NULL), "several spaces and lines");
  CHECK_STR(detok("-LRB-", NULL), "(");
  CHECK_STR(detok("-", NULL), "-");
  CHECK_STR(detok("''", NULL), "\"");
  frise_buf b;
  frise_buf_init(&b);
  CHECK_INT(frise_text_detokenise("a\0b ,", 5, NULL, &b), 4); /* embedded NUL kept, no crash */
  frise_buf_free(&b);
  frise_arena *a = frise_arena_new(1024);
  CHECK(frise_text_detokenise_dup(a, NULL, NULL) == NULL);
  CHECK_STR(frise_text_detokenise_dup(a, "a , b", NULL), "a, b");
  frise_arena_free(a);
}

TEST_MAIN(T(brackets), T(quotes), T(clitics), T(punctuation), T(french), T(clean_text_unchanged),
          T(odd_input))
