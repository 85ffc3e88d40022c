/* test_detok.c: frise_text_detokenise on Penn Treebank artefacts, French
 * typography, idempotency and odd input. */
#include <stdlib.h>
#include "frise/detok.h"
#include "frise/json.h"
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
  CHECK_STR(detok("the end of a quote \" , he said", "en"), "the end of a quote\", he said");
  CHECK_STR(detok("20 f\xc3\xa9vrier 2011 \" :", "fr"), "20 f\xc3\xa9vrier 2011\" :");
  CHECK_STR(detok("\" a \" b \" c \"", "en"), "\"a\" b \"c\"");
  CHECK_STR(detok("a ` single ' quote", "en"), "a 'single' quote");
  CHECK_STR(detok("we ` re in a mess , it ` s true", "en"), "we're in a mess, it's true");
  /* Spaced curly quotes: guillemets again in French, hugging quotes elsewhere. */
  CHECK_STR(detok("\xe2\x80\x9c Nous ne prendrons aucun risque \xe2\x80\x9d, a dit la pr\xc3\xa9" "f\xc3\xa8te .", "fr"),
            "« Nous ne prendrons aucun risque », a dit la pr\xc3\xa9" "f\xc3\xa8te.");
  CHECK_STR(detok("\xe2\x80\x9c We will not \xe2\x80\x9d , she said", "en"),
            "\xe2\x80\x9cWe will not\xe2\x80\x9d, she said");
  CHECK_STR(detok("\xe2\x80\x9c We will not \xe2\x80\x9d. Then", "en"), "\xe2\x80\x9cWe will not\xe2\x80\x9d. Then");
  CHECK_STR(detok("un \xe2\x80\x9cvrai\xe2\x80\x9d d\xc3\xa9" "bat", "fr"), "un \xe2\x80\x9cvrai\xe2\x80\x9d d\xc3\xa9" "bat");
  CHECK_STR(detok("\xe2\x80\x98 so \xe2\x80\x99 he said", "en"), "\xe2\x80\x98so\xe2\x80\x99 he said");
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
  CHECK_STR(detok("in Washington , D.C. .", "en"), "in Washington, D.C.");
  CHECK_STR(detok("etc. , he said . . .", "en"), "etc., he said.");
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
  CHECK_STR(detok("A L ' INTÉRIEUR et d ' abord", "fr"), "A L'INTÉRIEUR et d'abord");
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

/* Detokenising twice changes nothing more, on every line of real articles
 * (read from ../shared at run time; skipped when the corpus is absent). */
static void corpus_file_idempotent(const char *path, const char *lang) {
  frise_buf file, once, twice;
  frise_buf_init(&file), frise_buf_init(&once), frise_buf_init(&twice);
  if (frise_buf_read_file(&file, path, (size_t)1 << 28, NULL) != 0) {
    printf("skipped: %s not found\n", path);
    return;
  }
  frise_arena *a = frise_arena_new(1 << 20);
  size_t lines = 0, bad = 0;
  for (char *line = file.data, *end; line && *line; line = end ? end + 1 : NULL) {
    end = strchr(line, '\n');
    const frise_json *doc = frise_json_parse(a, line, end ? (size_t)(end - line) : strlen(line), NULL, NULL);
    const char *text = frise_json_string(frise_json_get(doc, "text"));
    for (const char *p = text, *q; p && *p; p = q ? q + 1 : NULL, lines++) {
      q = strchr(p, '\n');
      size_t n = q ? (size_t)(q - p) : strlen(p);
      frise_buf_clear(&once), frise_buf_clear(&twice);
      frise_text_detokenise(p, n, lang, &once);
      frise_text_detokenise(once.data ? once.data : "", once.len, lang, &twice);
      if (once.len != twice.len || (once.len && memcmp(once.data, twice.data, once.len) != 0)) {
        if (bad++ < 3) fprintf(stderr, "not idempotent:\n  %s\n  %s\n", once.data, twice.data);
      }
    }
    frise_arena_reset(a);
  }
  CHECK(lines > 1000);
  CHECK_INT(bad, 0);
  frise_arena_free(a);
  frise_buf_free(&file), frise_buf_free(&once), frise_buf_free(&twice);
}

static void corpus_idempotent(void) {
  corpus_file_idempotent("../shared/corpora/t17-dev/egypt/articles.jsonl", "en");
  corpus_file_idempotent("../shared/corpora/mlcrisis-fr-dev/libya/articles.jsonl", "fr");
}

TEST_MAIN(T(brackets), T(quotes), T(clitics), T(punctuation), T(french), T(clean_text_unchanged),
          T(odd_input), T(corpus_idempotent))
