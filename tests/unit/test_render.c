/* test_render.c: every timeline renderer on the example story, on a hostile
 * timeline (escaping, invalid UTF-8, out-of-range doc, NaN score) and on an
 * empty one. With FRISE_RENDER_OUT=<dir> it also writes the example and
 * hostile renderings there, for tests/e2e/html_chromium.sh. */
#include <stdlib.h>
#include <time.h>
#include "frise/json.h"
#include "frise/utf8.h"
#include "harness.h"
#include "tl_example.h"

static char *render(const frise_timeline *t, const char *format) {
  frise_buf b;
  frise_buf_init(&b);
  int rc = frise_timeline_render(t, format, &b);
  CHECK_INT(rc, 0);
  char *s = strdup(b.data ? b.data : "");
  frise_buf_free(&b);
  return s;
}

static size_t count(const char *hay, const char *needle) {
  size_t n = 0;
  for (const char *p = hay; (p = strstr(p, needle)); p += strlen(needle)) n++;
  return n;
}

static int valid_utf8(const char *s) { return frise_utf8_validate(s, strlen(s)) == strlen(s); }

static const frise_json *parse(frise_arena *a, const char *text) {
  size_t off = 0;
  const char *msg = NULL;
  const frise_json *root = frise_json_parse(a, text, strlen(text), &off, &msg);
  if (!root) fprintf(stderr, "JSON error at %zu: %s\n", off, msg ? msg : "?");
  return root;
}

static const frise_json *item(const frise_json *arr, size_t k) {
  return arr && arr->type == FRISE_JARR && k < arr->len ? arr->items[k] : NULL;
}

static void unknown_format(void) {
  frise_timeline *t = tlx_example();
  frise_buf b;
  frise_buf_init(&b);
  CHECK_INT(frise_timeline_render(t, "pdf", &b), -1);
  CHECK_INT(b.len, 0);
  CHECK_INT(frise_timeline_render(t, NULL, &b), -1);
  CHECK_INT(frise_timeline_render(t, "markdown", &b), 0);
  frise_buf_free(&b);
  for (const char *const *f = frise_timeline_formats; *f; f++) free(render(t, *f));
  frise_timeline_free(t);
}

static void json_example(void) {
  frise_timeline *t = tlx_example();
  char *out = render(t, "json");
  frise_arena *a = frise_arena_new(4096);
  const frise_json *root = parse(a, out);
  CHECK(root != NULL);
  CHECK_STR(frise_json_string(frise_json_get(root, "title")), "Passerelle du Léman");
  CHECK_STR(frise_json_string(frise_json_get(root, "story")), "s-passerelle");
  const frise_json *tl = frise_json_get(root, "timeline");
  CHECK(tl && tl->len == 5);
  const frise_json *e0 = item(tl, 0), *e2 = item(tl, 2);
  CHECK_STR(frise_json_string(frise_json_get(e0, "date")), "2023-03-13");
  CHECK_STR(frise_json_string(frise_json_get(e0, "granularity")), "day");
  CHECK_STR(frise_json_string(frise_json_get(e2, "date")), "2023-04");
  CHECK_STR(frise_json_string(frise_json_get(e2, "granularity")), "month");
  const frise_json *s1 = item(frise_json_get(e0, "summary"), 1);
  CHECK_STR(frise_json_string(frise_json_get(s1, "doc")), "wire-en-17");
  /* JSON keeps the text as given: machines get the tokens, humans the prose. */
  CHECK(strstr(frise_json_string(frise_json_get(s1, "text")), "-LRB-") != NULL);
  CHECK_INT(frise_json_get(s1, "start")->num, 140);
  CHECK(frise_json_get(s1, "context_before") != NULL);
  const frise_json *e1s0 = item(frise_json_get(item(tl, 1), "summary"), 0);
  CHECK_STR(frise_json_string(item(frise_json_get(e1s0, "also"), 0)), "radio-fr-9");
  CHECK_INT(frise_json_get(item(tl, 1), "sources")->len, 3);
  CHECK_INT(frise_json_get(item(tl, 1), "articles")->num, 3);
  CHECK(frise_json_get(item(tl, 1), "score")->num == 1.0);
  const frise_json *docs = frise_json_get(root, "documents");
  CHECK(docs && docs->len == 5);
  CHECK(frise_json_get(item(docs, 2), "url")->type == FRISE_JNULL);
  CHECK(frise_json_get(item(docs, 3), "title")->type == FRISE_JNULL);
  CHECK_STR(frise_json_string(frise_json_get(item(docs, 0), "date")), "2023-03-14");
  CHECK_STR(frise_json_string(frise_json_get(item(docs, 0), "lang")), "fr");
  frise_arena_free(a);
  free(out);
  frise_timeline_free(t);
}

static void json_hostile(void) {
  frise_timeline *t = tlx_hostile();
  char *out = render(t, "json");
  CHECK(valid_utf8(out));
  frise_arena *a = frise_arena_new(4096);
  const frise_json *root = parse(a, out);
  CHECK(root != NULL);
  CHECK_STR(frise_json_string(frise_json_get(root, "title")), t->title);
  const frise_json *e0 = item(frise_json_get(root, "timeline"), 0);
  CHECK(frise_json_get(e0, "score")->type == FRISE_JNULL);
  const frise_json *s0 = item(frise_json_get(e0, "summary"), 0);
  CHECK_STR(frise_json_string(frise_json_get(s0, "text")), t->entries[0].summary[0].text);
  CHECK_STR(frise_json_string(frise_json_get(s0, "doc")), "id\"with,comma\nand newline");
  const frise_json *e1 = item(frise_json_get(root, "timeline"), 1);
  const frise_json *s1 = item(frise_json_get(e1, "summary"), 0);
  CHECK(frise_json_get(s1, "doc")->type == FRISE_JNULL); /* out-of-range doc index */
  CHECK(strstr(frise_json_string(frise_json_get(s1, "text")), "日本語") != NULL);
  CHECK(strstr(frise_json_string(frise_json_get(s1, "text")), "\xef\xbf\xbd") != NULL); /* U+FFFD */
  frise_arena_free(a);
  free(out);
  frise_timeline_free(t);
}

static void empty_timeline(void) {
  frise_timeline *t = frise_timeline_new();
  frise_arena *a = frise_arena_new(1024);
  char *out = render(t, "json");
  const frise_json *root = parse(a, out);
  CHECK(root && frise_json_get(root, "timeline")->len == 0 && frise_json_get(root, "title")->type == FRISE_JNULL);
  free(out);
  out = render(t, "timelinejs");
  root = parse(a, out);
  CHECK(root && frise_json_get(root, "events")->len == 0);
  free(out);
  out = render(t, "csv");
  CHECK_STR(out, "date,granularity,sentence,doc,title,url,start,end\r\n");
  free(out);
  out = render(t, "md");
  CHECK(strstr(out, "# Timeline\n") && strstr(out, "No dated events."));
  free(out);
  out = render(t, "html");
  CHECK(strstr(out, "No dated events.") && !strstr(out, "class=\"tl-item\"") && strstr(out, "</html>"));
  free(out);
  /* An entry with no sentence and no date. */
  tlx_entry(t, NULL, 0, 0);
  out = render(t, "md");
  CHECK(strstr(out, "## Undated") != NULL);
  free(out);
  out = render(t, "timelinejs");
  root = parse(a, out);
  CHECK(root && frise_json_get(root, "events")->len == 0); /* no start_date: left out */
  free(out);
  out = render(t, "json");
  CHECK(parse(a, out) != NULL);
  free(out);
  frise_arena_free(a);
  frise_timeline_free(t);
}

static void markdown(void) {
  frise_timeline *t = tlx_example();
  char *out = render(t, "md");
  CHECK(strncmp(out, "# Passerelle du Léman\n", 22) == 0);
  CHECK(strstr(out, "\n## 2023-03-13\n") && strstr(out, "\n## 2023-04\n"));
  CHECK(strstr(out, "- Residents had reported cracks in the deck on Monday, officials said (without naming "
                    "them). \xe2\x80\x94 [Geneva closes lakeside footbridge after cracks found]"
                    "(https://example.com/news/geneva-footbridge)\n"));
  CHECK(strstr(out, "\"We will not take any risk,\" the mayor's spokeswoman said; the council didn't know"));
  /* French typography kept; no url: the title as plain text. */
  CHECK(strstr(out, "« par précaution » mardi matin. \xe2\x80\x94 [Fissures sur la passerelle du Léman]"
                    "(https://example.org/fr/passerelle-fissures), Passerelle : l'enquête confiée"));
  CHECK(strstr(out, "(https://example.net/blog/44)")); /* no title: the id is the label */
  CHECK(strstr(out, "[blog-44]"));
  CHECK(strstr(out, "\n## Sources\n\n1. [Fissures"));
  CHECK(strstr(out, "5. [La passerelle rouvre, plus solide et plus chère](https://example.org/fr/reouverture?x=1&y=2)"
                    ", La Gazette du Lac, 2023-09-09 (id gazette-077)\n"));
  CHECK_INT(count(out, "\n- "), 8);
  free(out);
  frise_timeline_free(t);
}

static void markdown_hostile(void) {
  frise_timeline *t = tlx_hostile();
  char *out = render(t, "md");
  CHECK(valid_utf8(out));
  CHECK(strstr(out, "A \\*star\\* \\_under\\_ \\[link\\](javascript:x) \\<script\\>alert(1)\\</script\\>"));
  CHECK(!strstr(out, "](javascript:alert")); /* the javascript: url is never a link */
  CHECK(strstr(out, "(https://example.org/a%20b%28c%29%22%3Cx%3E)"));
  CHECK(!strstr(out, "comma\nand")); /* a newline in an id cannot break the list */
  free(out);
  frise_timeline_free(t);
}

/* Splits RFC 4180 CSV; returns the number of records, checks every record has
 * `fields` fields, and copies field (row, col) into cell. */
static size_t csv_records(const char *s, size_t fields, size_t row, size_t col, char *cell, size_t cap) {
  size_t records = 0, field = 0, n = 0;
  int quoted = 0, at_start = 1;
  for (; *s; s++) {
    char ch = *s;
    if (quoted) {
      if (ch == '"' && s[1] == '"') s++;
      else if (ch == '"') { quoted = 0; continue; }
    } else if (ch == '"' && at_start) { quoted = 1; at_start = 0; continue; }
    else if (ch == ',') { field++; at_start = 1; continue; }
    else if (ch == '\r' && s[1] == '\n') {
      CHECK_INT(field + 1, fields);
      records++, field = 0, at_start = 1, s++;
      continue;
    }
    at_start = 0;
    if (records == row && field == col && n + 1 < cap) cell[n++] = *s;
  }
  cell[n] = '\0';
  CHECK(!quoted && field == 0);
  return records;
}

static void csv(void) {
  frise_timeline *t = tlx_example();
  char *out = render(t, "csv");
  char cell[512];
  CHECK_INT(csv_records(out, 8, 2, 2, cell, sizeof cell), 9);
  CHECK_STR(cell, "Residents had reported cracks in the deck on Monday, officials said (without naming them).");
  csv_records(out, 8, 5, 0, cell, sizeof cell);
  CHECK_STR(cell, "2023-04");
  csv_records(out, 8, 5, 1, cell, sizeof cell);
  CHECK_STR(cell, "month");
  csv_records(out, 8, 5, 5, cell, sizeof cell); /* no url: empty field */
  CHECK_STR(cell, "");
  csv_records(out, 8, 6, 2, cell, sizeof cell);
  CHECK_STR(cell, "Engineers found that two of the 48 steel cables had corroded, a finding the city called \"worrying\".");
  CHECK(strstr(out, ",\"Engineers found that two of the 48 steel cables had corroded, a finding the city called "
                    "\"\"worrying\"\".\",blog-44,,https://example.net/blog/44,512,"));
  free(out);
  frise_timeline_free(t);
  t = tlx_hostile();
  out = render(t, "csv");
  CHECK(valid_utf8(out));
  CHECK_INT(csv_records(out, 8, 1, 3, cell, sizeof cell), 3);
  CHECK_STR(cell, "id\"with,comma\nand newline");
  free(out);
  frise_timeline_free(t);
}

static void timelinejs(void) {
  frise_timeline *t = tlx_example();
  char *out = render(t, "timelinejs");
  frise_arena *a = frise_arena_new(4096);
  const frise_json *root = parse(a, out);
  CHECK(root != NULL);
  const frise_json *title = frise_json_get(frise_json_get(root, "title"), "text");
  CHECK_STR(frise_json_string(frise_json_get(title, "headline")), "Passerelle du Léman");
  const frise_json *events = frise_json_get(root, "events");
  CHECK(events && events->len == 5);
  const frise_json *d0 = frise_json_get(item(events, 0), "start_date");
  CHECK_STR(frise_json_string(frise_json_get(d0, "year")), "2023");
  CHECK_STR(frise_json_string(frise_json_get(d0, "month")), "3");
  CHECK_STR(frise_json_string(frise_json_get(d0, "day")), "13");
  const frise_json *d2 = frise_json_get(item(events, 2), "start_date");
  CHECK_STR(frise_json_string(frise_json_get(d2, "month")), "4");
  CHECK(frise_json_get(d2, "day") == NULL); /* month granularity: no day */
  const frise_json *text = frise_json_get(item(events, 4), "text");
  const char *body = frise_json_string(frise_json_get(text, "text"));
  CHECK(body && strstr(body, "<a href=\"https://example.org/fr/reouverture?x=1&amp;y=2\""));
  CHECK(body && strstr(body, "<li>Cyclists must now walk their bikes across the bridge — a rule café owners welcomed."));
  const char *head = frise_json_string(frise_json_get(frise_json_get(item(events, 3), "text"), "headline"));
  CHECK(head && strlen(head) <= 100 && strstr(head, "\xe2\x80\xa6"));
  CHECK(frise_json_get(item(events, 0), "unique_id") != NULL);
  frise_arena_free(a);
  free(out);
  frise_timeline_free(t);
}

static void timelinejs_hostile(void) {
  frise_timeline *t = tlx_hostile();
  char *out = render(t, "timelinejs");
  CHECK(valid_utf8(out));
  frise_arena *a = frise_arena_new(4096);
  const frise_json *root = parse(a, out);
  CHECK(root != NULL);
  const char *head = frise_json_string(frise_json_get(frise_json_get(frise_json_get(root, "title"), "text"), "headline"));
  CHECK(head && strstr(head, "&lt;/script&gt;") && !strchr(head, '<'));
  const frise_json *e0 = item(frise_json_get(root, "events"), 0);
  const char *body = frise_json_string(frise_json_get(frise_json_get(e0, "text"), "text"));
  CHECK(body && strstr(body, "&lt;script&gt;alert(1)") && !strstr(body, "<script") && !strstr(body, "javascript:alert"));
  CHECK(body && strstr(body, "&lt;img src=x"));
  frise_arena_free(a);
  free(out);
  frise_timeline_free(t);
}

static void html(void) {
  frise_timeline *t = tlx_example();
  char *out = render(t, "html");
  CHECK(strncmp(out, "<!DOCTYPE html>", 15) == 0);
  CHECK_INT(count(out, "<li class=\"tl-item\""), 8);
  CHECK_INT(count(out, "<li class=\"tl-date\""), 5);
  CHECK_INT(count(out, "<details>"), 6); /* sentences with context */
  /* Three of five documents are French: the page speaks French. */
  CHECK(strstr(out, "<html lang=\"fr\">") && strstr(out, ">Filtrer</label>") && strstr(out, "8 phrases"));
  CHECK(strstr(out, "<time datetime=\"2023-04\">2023-04</time><span class=\"tl-gran\">mois</span>"));
  CHECK(strstr(out, "<span class=\"tl-n\">1 article</span>") && strstr(out, "<span class=\"tl-n\">3 articles</span>"));
  CHECK(strstr(out, "officials said (without naming them).</span>"));
  CHECK(strstr(out, "<a href=\"#doc-2\">Passerelle : l&#39;enquête confiée à un laboratoire</a>"));
  CHECK(strstr(out, "<a href=\"https://example.org/fr/reouverture?x=1&amp;y=2\""));
  CHECK(strstr(out, "<mark>La Ville de Genève a fermé"));
  CHECK(!strstr(out, "<link") && !strstr(out, "src=\"http")); /* self-contained */
  free(out);
  frise_timeline_free(t);
}

static void html_years(void) {
  frise_timeline *t = frise_timeline_new();
  size_t d = tlx_doc(t, "a", "A", NULL, NULL, "2022-01-01", "en");
  tlx_sentence(t, tlx_entry(t, "2021-12", 1, 1), "One.", d, 0, 0);
  tlx_sentence(t, tlx_entry(t, "2021-12-31", 1, 1), "Two.", d, 1, 5);
  tlx_sentence(t, tlx_entry(t, "2022-01-01", 1, 1), "Three.", d, 2, 10);
  char *out = render(t, "html");
  CHECK(strstr(out, "<nav class=\"tl-years\" aria-label=\"Years\"><a href=\"#e-0\">2021</a><a href=\"#e-2\">2022</a></nav>"));
  free(out);
  frise_timeline_free(t);
  t = tlx_example(); /* one year: no year links */
  out = render(t, "html");
  CHECK(!strstr(out, "<nav class=\"tl-years\""));
  free(out);
  frise_timeline_free(t);
}

static void html_hostile(void) {
  frise_timeline *t = tlx_hostile();
  char *out = render(t, "html");
  CHECK(valid_utf8(out));
  CHECK_INT(count(out, "<script"), 1); /* only the page's own script */
  CHECK_INT(count(out, "</script>"), 1);
  CHECK(!strstr(out, "<img") && !strstr(out, "<b>") && !strstr(out, "</details><img"));
  CHECK(!strstr(out, "href=\"javascript"));
  CHECK(strstr(out, "&lt;/script&gt;&lt;script&gt;document.title=&#39;pwned&#39;"));
  CHECK(strstr(out, "https://example.org/a b(c)&quot;&lt;x&gt;"));
  CHECK(!strchr(out, '\x01') && strstr(out, "backslash.")); /* control character dropped */
  CHECK(strstr(out, "</span>? \xc2\xb7 ")); /* out-of-range doc shown as "?" */
  CHECK(strstr(out, "<html lang=\"en\">") && strstr(out, ">Filter</label>") && strstr(out, "<span class=\"tl-gran\">month</span>"));
  free(out);
  frise_timeline_free(t);
}

static frise_timeline *reread(const char *json) {
  size_t off = 0;
  const char *msg = NULL;
  frise_timeline *t = frise_timeline_from_json(json, strlen(json), &off, &msg);
  if (!t) fprintf(stderr, "from_json: %s at %zu\n", msg ? msg : "?", off);
  return t;
}

/* json -> timeline -> json is the identity, so every field of the schema is
 * both written and read; other formats rendered from the copy match too. */
static void json_round_trip(void) {
  frise_timeline *t = tlx_example();
  char *once = render(t, "json");
  frise_timeline *copy = reread(once);
  CHECK(copy != NULL);
  if (copy) {
    char *twice = render(copy, "json");
    CHECK_STR(twice, once);
    free(twice);
    for (const char *const *f = frise_timeline_formats; *f; f++) {
      char *a = render(t, *f), *b = render(copy, *f);
      CHECK_STR(a, b);
      free(a), free(b);
    }
    CHECK_INT(copy->entries[2].date.prec, FRISE_PREC_MONTH);
  }
  frise_timeline_free(copy);
  free(once);
  frise_timeline_free(t);
  /* Hostile: repaired on the way out, stable after one trip. */
  t = tlx_hostile();
  once = render(t, "json");
  copy = reread(once);
  CHECK(copy != NULL);
  if (copy) {
    char *twice = render(copy, "json");
    CHECK_STR(twice, once);
    free(twice);
  }
  frise_timeline_free(copy);
  free(once);
  frise_timeline_free(t);
}

/* A line that left out who said it: scored on its text, read with its source. */
static void attribution(void) {
  frise_timeline *t = frise_timeline_new();
  size_t d = tlx_doc(t, "a1", "Footbridge shut", NULL, NULL, "2023-03-14", "en");
  size_t e = tlx_entry(t, "2023-03-14", 1, 1.0);
  frise_tl_sentence *s = tlx_sentence(t, e, "The footbridge will stay shut", d, 2, 40);
  s->said = ", the city said on Tuesday.";
  char *md = render(t, "md"), *json = render(t, "json");
  CHECK(strstr(md, "The footbridge will stay shut, the city said on Tuesday.") != NULL);
  CHECK(strstr(json, "\"text\":\"The footbridge will stay shut\",\"said\":\", the city said on Tuesday.\"") != NULL);
  frise_timeline *copy = reread(json);
  CHECK(copy && copy->entries[0].summary[0].said && strcmp(copy->entries[0].summary[0].said, s->said) == 0);
  frise_timeline_free(copy);
  free(md), free(json);
  frise_timeline_free(t);
}

static void json_read_errors(void) {
  size_t off = 99;
  const char *msg = NULL;
  CHECK(frise_timeline_from_json("{\"timeline\": [", 14, &off, &msg) == NULL);
  CHECK(msg != NULL);
  CHECK(frise_timeline_from_json("[]", 2, &off, &msg) == NULL);
  CHECK(msg && strstr(msg, "object"));
  CHECK(frise_timeline_from_json("{\"events\":[]}", 13, &off, &msg) == NULL);
  CHECK(msg && strstr(msg, "timeline"));
  /* Lenient on content: wrong types read as unknown, unknown ids get a stub. */
  const char *odd = "{\"timeline\":[{\"date\":\"2023-13-45\",\"summary\":[{\"text\":5,\"doc\":\"ghost\","
                    "\"start\":-4,\"also\":[\"ghost\",null]}],\"articles\":\"x\",\"score\":null},7],"
                    "\"documents\":[{\"id\":\"a\"},{\"title\":\"no id\"}]}";
  frise_timeline *t = reread(odd);
  CHECK(t != NULL);
  if (t) {
    CHECK_INT(t->n_entries, 2);
    CHECK_INT(t->n_docs, 3);
    CHECK_STR(t->docs[2].id, "ghost");
    CHECK_INT(t->entries[0].summary[0].doc, 2);
    CHECK_INT(t->entries[0].summary[0].also[0], 2);
    CHECK_INT(t->entries[0].date.prec, FRISE_PREC_NONE);
    for (const char *const *f = frise_timeline_formats; *f; f++) free(render(t, *f));
  }
  frise_timeline_free(t);
}

static void write_file(const char *dir, const char *name, const frise_timeline *t, const char *format) {
  char path[4096];
  snprintf(path, sizeof path, "%s/%s", dir, name);
  frise_buf b;
  frise_buf_init(&b);
  frise_timeline_render(t, format, &b);
  FILE *f = fopen(path, "wb");
  CHECK(f != NULL);
  if (f) {
    fwrite(b.data, 1, b.len, f);
    fclose(f);
  }
  frise_buf_free(&b);
}

/* Not a check: hands renderings to the end-to-end test when asked to. */
static void write_examples(void) {
  const char *dir = getenv("FRISE_RENDER_OUT");
  if (!dir || !*dir) return;
  frise_timeline *t = tlx_example();
  write_file(dir, "example.html", t, "html");
  write_file(dir, "example.md", t, "md");
  write_file(dir, "example.json", t, "json");
  write_file(dir, "example.csv", t, "csv");
  write_file(dir, "example.timelinejs.json", t, "timelinejs");
  frise_timeline_free(t);
  t = tlx_hostile();
  write_file(dir, "hostile.html", t, "html");
  write_file(dir, "hostile.json", t, "json");
  frise_timeline_free(t);
}

/* FRISE_RENDER_BENCH=N: times every renderer on N dates of 5 sentences
 * (with context) citing 10,000 documents; prints MB/s and sentences/s. */
static double seconds(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static void bench(void) {
  const char *env = getenv("FRISE_RENDER_BENCH");
  long n = env ? atol(env) : 0;
  if (n <= 0) return;
  frise_timeline *t = frise_timeline_new();
  enum { DOCS = 10000, PER_DATE = 5 };
  t->docs = frise_arena_calloc(t->arena, DOCS, sizeof *t->docs);
  for (size_t d = 0; d < DOCS; d++) {
    char buf[96];
    frise_tl_doc *doc = &t->docs[t->n_docs++];
    snprintf(buf, sizeof buf, "doc-%zu", d);
    doc->id = frise_arena_strdup(t->arena, buf);
    snprintf(buf, sizeof buf, "Titre numéro %zu sur la passerelle", d);
    doc->title = frise_arena_strdup(t->arena, buf);
    snprintf(buf, sizeof buf, "https://example.org/a/%zu", d);
    doc->url = frise_arena_strdup(t->arena, buf);
    doc->lang = d % 2 ? "fr" : "en";
    frise_date_parse("2023-03-14", 10, &doc->dct, NULL);
  }
  t->entries = frise_arena_calloc(t->arena, (size_t)n, sizeof *t->entries);
  for (long e = 0; e < n; e++) {
    frise_tl_entry *en = &t->entries[t->n_entries++];
    en->date = (frise_date){.year = 1900 + (int)(e / 336), .month = (int)(e / 28 % 12) + 1,
                            .day = (int)(e % 28) + 1, .prec = FRISE_PREC_DAY};
    en->summary = frise_arena_calloc(t->arena, PER_DATE, sizeof *en->summary);
    en->n_summary = PER_DATE, en->n_articles = 5, en->score = 0.5;
    for (size_t k = 0; k < PER_DATE; k++) {
      frise_tl_sentence *s = &en->summary[k];
      s->text = "Residents had reported cracks in the deck on Monday , officials said -LRB- without naming "
                "them -RRB- and « la Ville » a fermé l' ouvrage .";
      s->doc = ((size_t)e * PER_DATE + k) % DOCS;
      s->context_before = "The footbridge links the two banks of the harbour .";
      s->context_after = "Inspectors arrived within hours .";
    }
  }
  for (const char *const *f = frise_timeline_formats; *f; f++) {
    frise_buf b;
    frise_buf_init(&b);
    double t0 = seconds();
    frise_timeline_render(t, *f, &b);
    double dt = seconds() - t0;
    printf("bench %-10s %7.1f MB in %.3f s: %6.1f MB/s, %8.0f sentences/s\n", *f, (double)b.len / 1e6, dt,
           (double)b.len / 1e6 / dt, (double)n * PER_DATE / dt);
    frise_buf_free(&b);
  }
  frise_timeline_free(t);
}

TEST_MAIN(T(unknown_format), T(json_example), T(json_hostile), T(empty_timeline), T(markdown),
          T(markdown_hostile), T(csv), T(timelinejs), T(timelinejs_hostile), T(html), T(html_years), T(html_hostile), T(json_round_trip), T(attribution), T(json_read_errors),
          T(write_examples), T(bench))
