/* fuzz_stories.c: libFuzzer target: JSON Lines articles through the text
 * layer into story clustering and duplicate detection, with tiny memory
 * bounds so eviction, the duplicate window and labels all run. */
#include "frise/reader.h"
#include "frise/stories.h"
#include "frise/text.h"
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static void on_close(const frise_story *st, void *user) {
  (void)user;
  char label[64];
  frise_story_label(st, label, sizeof label);
  if (strlen(label) >= sizeof label || frise_story_n_kept(st) > frise_story_n_articles(st)) __builtin_trap();
  for (size_t i = 0; i < frise_story_n_dups_kept(st); i++) {
    const char *of = NULL;
    if (!frise_story_duplicate(st, i, &of) || !of) __builtin_trap();
  }
}

static int sink(frise_doc *d, void *user) {
  frise_text_prepare(d);
  frise_story_assign a;
  frise_stories_add(user, d, &a);
  if (!a.story_id || strncmp(a.story_id, "s-", 2) != 0) __builtin_trap();
  frise_doc_free(d);
  return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static FILE *devnull;
  if (!devnull) devnull = fopen("/dev/null", "w");
  frise_diag diag;
  frise_diag_init(&diag, devnull ? devnull : stderr);
  diag.quiet = 1;
  frise_read_opts o;
  frise_read_opts_init(&o, &diag);
  frise_stories_opts so;
  frise_stories_opts_init(&so);
  so.max_stories = 3;
  so.dup_window = 4;
  so.on_close = on_close;
  frise_stories *s = frise_stories_new(&so);
  if (!s) return 0;
  frise_read_memory(&o, "fuzz.jsonl", "fuzz", (const char *)data, size, sink, s);
  frise_stories_finish(s);
  frise_stories_free(s);
  return 0;
}
