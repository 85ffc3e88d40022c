/* stories_speed.c: throughput and memory of story clustering + duplicate
 * detection. `stories_speed FILE...` times the text layer and the story stage
 * separately on a corpus; `stories_speed --synthetic N` streams N generated
 * English articles (topics born and retired, a share of edited copies) and
 * prints throughput and peak RSS at 100k and at N. Fixed seed. */
#include "frise/reader.h"
#include "frise/stories.h"
#include "frise/text.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

static double now_cpu(void) {
  struct timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static long peak_rss_mb(void) {
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_maxrss / 1024;
}

typedef struct {
  frise_stories *st;
  double t_text, t_story;
  long n, dups;
} run;

static void one_doc(run *r, frise_doc *d) {
  double t0 = now_cpu();
  frise_text_prepare(d);
  double t1 = now_cpu();
  frise_story_assign a;
  frise_stories_add(r->st, d, &a);
  double t2 = now_cpu();
  r->t_text += t1 - t0;
  r->t_story += t2 - t1;
  r->n++;
  r->dups += a.dup_of != NULL;
}

static int on_doc(frise_doc *d, void *user) {
  one_doc(user, d);
  frise_doc_free(d);
  return 0;
}

/* ---- synthetic stream ---- */
static uint64_t rng = 0x2545F4914F6CDD1Dull;
static uint32_t rnd(uint32_t n) {
  rng ^= rng << 13, rng ^= rng >> 7, rng ^= rng << 17;
  return (uint32_t)(rng % n);
}

/* A pronounceable word from a number: consonant-vowel syllables. */
static void make_word(uint32_t k, char *out, int cap_first) {
  static const char *cons = "bcdfghklmnprstvz", *vow = "aeiou";
  int syl = 2 + (int)(k % 3), o = 0;
  uint32_t x = k * 2654435761u + 12345u;
  for (int s = 0; s < syl; s++) {
    out[o++] = cons[x % 16], x /= 16;
    out[o++] = vow[x % 5], x /= 5;
    if (x % 3 == 0) out[o++] = cons[(x / 3) % 16];
    x = x * 1103515245u + 12345u + k;
  }
  out[o] = 0;
  if (cap_first) out[0] = (char)(out[0] - 32);
}

#define ACTIVE 300
#define GENERAL 3000

static void gen_article(uint64_t i, uint32_t topic, char *buf, size_t cap, size_t *len) {
  size_t o = 0;
  int words = 120 + (int)rnd(250);
  char w[32];
  for (int k = 0; k < words && o + 40 < cap; k++) {
    uint32_t r = rnd(100);
    int start = k % 18 == 0;
    if (r < 25) make_word(100000 + topic * 40 + rnd(40), w, start);           /* topic words */
    else if (r < 32) make_word(5000000 + topic * 8 + rnd(8), w, 1);          /* topic names */
    else if (r < 34) snprintf(w, sizeof w, "%u", 10 + topic % 90 + rnd(3));  /* numbers */
    else { uint32_t z = rnd(GENERAL); make_word(z * z / GENERAL, w, start); } /* Zipf-ish general */
    o += (size_t)snprintf(buf + o, cap - o, "%s%s", w, k % 18 == 17 ? ".\n" : " ");
  }
  o += (size_t)snprintf(buf + o, cap - o, "Article %llu.\n", (unsigned long long)i);
  *len = o;
}

/* A copy: one word in 50 replaced (typos), the first sentence cut. */
static void edit_copy(const char *src, size_t n, char *dst, size_t *len) {
  const char *nl = memchr(src, '\n', n);
  size_t skip = nl ? (size_t)(nl - src) + 1 : 0, o = 0;
  for (size_t k = skip; k < n; k++) {
    char c = src[k];
    if (c >= 'a' && c <= 'z' && rnd(250) == 0) c = (char)('a' + rnd(26));
    dst[o++] = c;
  }
  *len = o;
}

static void synthetic(run *r, long n) {
  uint32_t topics[ACTIVE];
  uint32_t next_topic = ACTIVE;
  for (int k = 0; k < ACTIVE; k++) topics[k] = (uint32_t)k;
  static char body[8192], prev[8192], copy[8192];
  size_t len, prev_len = 0;
  int reported = 0;
  for (long i = 0; i < n; i++) {
    if (rnd(20) == 0) topics[rnd(ACTIVE)] = next_topic++;  /* a topic retires, another is born */
    frise_doc *d = frise_doc_new();
    char id[48];
    snprintf(id, sizeof id, "gen/%ld", i);
    d->id = frise_doc_strdup(d, id);
    strcpy(d->lang, "en");
    d->lang_given = 1;
    d->dct = (frise_date){2020, 1, 1, 0, 0, FRISE_PREC_DAY};
    frise_date_add_days(&d->dct, i / 2000);  /* 2,000 articles a day */
    if (prev_len && rnd(10) == 0) {
      edit_copy(prev, prev_len, copy, &len);
      frise_doc_set_body(d, copy, len);
    } else {
      gen_article((uint64_t)i, topics[rnd(ACTIVE)], body, sizeof body, &len);
      frise_doc_set_body(d, body, len);
      memcpy(prev, body, len);
      prev_len = len;
    }
    one_doc(r, d);
    frise_doc_free(d);
    if (i + 1 == 100000 || i + 1 == n) {
      printf("after %8ld articles: peak RSS %4ld MB, text layer %6.0f art/s, stories+dups %6.0f art/s, both %6.0f art/s, duplicates %ld\n",
             i + 1, peak_rss_mb(), r->n / r->t_text, r->n / r->t_story, r->n / (r->t_text + r->t_story), r->dups);
      fflush(stdout);
      reported++;
    }
  }
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: stories_speed FILE... | --synthetic N\n");
    return 2;
  }
  frise_stories_opts o;
  frise_stories_opts_init(&o);
  run r = {0};
  if (strcmp(argv[1], "--synthetic") == 0) {
    o.keep_articles = 0;    /* as a server would: stories are written out, not held */
    r.st = frise_stories_new(&o);
    synthetic(&r, argc > 2 ? atol(argv[2]) : 1000000);
  } else {
    r.st = frise_stories_new(&o);
    frise_diag diag;
    frise_diag_init(&diag, stderr);
    diag.quiet = 1;
    frise_read_opts ro;
    frise_read_opts_init(&ro, &diag);
    double t0 = now_cpu();
    frise_read_paths(&ro, (const char *const *)argv + 1, (size_t)argc - 1, on_doc, &r);
    double total = now_cpu() - t0;
    printf("%ld articles: text layer %.0f art/s, stories+dups %.0f art/s, both %.0f art/s, "
           "with reading %.0f art/s (CPU time, one core); %ld duplicates; peak RSS %ld MB\n",
           r.n, r.n / r.t_text, r.n / r.t_story, r.n / (r.t_text + r.t_story), r.n / total, r.dups,
           peak_rss_mb());
  }
  uint64_t a, dup, st;
  frise_stories_stats(r.st, &a, &dup, &st);
  printf("stories created %llu, in memory at the end %zu\n", (unsigned long long)st, frise_stories_count(r.st));
  frise_stories_free(r.st);
  return 0;
}
