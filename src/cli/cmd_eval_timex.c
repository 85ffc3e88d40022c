/* cmd_eval_timex.c: `frise eval timex GOLD SYS`: TempEval-3 timex scores of
 * the system TimeML files against the gold ones (see include/frise/eval_timex.h
 * and doc/eval-timex.md). GOLD and SYS are folders (walked recursively, every
 * .tml/.timeml in GOLD scored) or two files. */
#include "cli.h"
#include "frise/arena.h"
#include "frise/eval_timex.h"
#include "frise/json.h"
#include "frise/utf8.h"
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

static const cli_opt spec[] = {
  {"json", OPT_FLAG, NULL, "print one JSON object instead of the table", NULL},
  {"details", OPT_FLAG, NULL, "list every miss, false alarm, span, type and value error", NULL},
  {"quiet", OPT_FLAG, NULL, "do not print warnings (errors still print)", NULL},
  {NULL, 0, NULL, NULL, NULL}};

typedef struct {
  frise_diag diag;
  frise_timex_counts c;
  int json, details;
  frise_buf errs;     /* --details: lines, or JSON objects with --json */
  long n_errs;
  frise_arena *arena; /* per document pair, reset after each */
} eval_state;

static const char *kind_name(frise_txerr_kind k) {
  static const char *names[] = {"miss", "false", "span", "type", "value"};
  return names[k];
}

/* Writes text on one line: newlines and tabs shown as spaces. */
static void flat(frise_buf *b, const char *s, size_t n) {
  for (size_t i = 0; i < n; i++) frise_buf_putc(b, s[i] == '\n' || s[i] == '\t' || s[i] == '\r' ? ' ' : s[i]);
}

static void side_text(frise_buf *b, const char *who, const frise_txerr_side *x) {
  frise_buf_printf(b, " %s [%zu,%zu) \"", who, x->start, x->end);
  flat(b, x->text, x->len);
  frise_buf_printf(b, "\" %s %s", x->type, x->value);
}

/* "...before[span]after...", once per error line (from the gold side when
 * there is one). */
static void context_text(frise_buf *b, const frise_txerr_side *x) {
  frise_buf_puts(b, "  | ");
  flat(b, x->before, x->before_len);
  frise_buf_putc(b, '[');
  flat(b, x->text, x->len);
  frise_buf_putc(b, ']');
  flat(b, x->after, x->after_len);
}

static void side_json(frise_buf *b, const char *who, const frise_txerr_side *x) {
  frise_buf_printf(b, ",\"%s\":{\"start\":%zu,\"end\":%zu,\"text\":", who, x->start, x->end);
  frise_json_str(b, x->text, x->len);
  frise_buf_puts(b, ",\"type\":");
  frise_json_cstr(b, x->type);
  frise_buf_puts(b, ",\"value\":");
  frise_json_cstr(b, x->value);
  frise_buf_puts(b, ",\"before\":");
  frise_json_str(b, x->before, x->before_len);
  frise_buf_puts(b, ",\"after\":");
  frise_json_str(b, x->after, x->after_len);
  frise_buf_putc(b, '}');
}

static void on_err(const frise_txerr *e, void *user) {
  eval_state *st = user;
  frise_buf *b = &st->errs;
  if (st->json) {
    frise_buf_puts(b, st->n_errs ? ",{\"kind\":" : "{\"kind\":");
    frise_json_cstr(b, kind_name(e->kind));
    frise_buf_puts(b, ",\"doc\":");
    frise_json_cstr(b, e->doc);
    if (e->gold) side_json(b, "gold", e->gold);
    if (e->sys) side_json(b, "system", e->sys);
    frise_buf_putc(b, '}');
  } else {
    frise_buf_printf(b, "%-5s %s", kind_name(e->kind), e->doc);
    if (e->gold) side_text(b, "gold", e->gold);
    if (e->sys) side_text(b, "sys", e->sys);
    context_text(b, e->gold ? e->gold : e->sys);
    frise_buf_putc(b, '\n');
  }
  st->n_errs++;
}

/* Reads and parses one TimeML file into st->arena; returns 0, or -1 after a
 * diagnostic (a rejected input). */
static int load(eval_state *st, const char *path, frise_buf *raw, frise_tml *t) {
  int truncated = 0;
  frise_buf_clear(raw);
  if (frise_buf_read_file(raw, path, (size_t)1 << 30, &truncated) != 0) {
    frise_diag_reject(&st->diag, path, "cannot read: %s", strerror(errno));
    return -1;
  }
  const char *data = raw->data ? raw->data : "";
  size_t n = raw->len, bad = frise_utf8_validate(data, n);
  frise_buf fixed;
  frise_buf_init(&fixed);
  if (bad < n) { /* offsets are counted in characters: repair first, as the readers do */
    size_t count = frise_utf8_repair(data, n, &fixed);
    frise_diag_warn(&st->diag, path, "invalid UTF-8 at byte %zu; %zu sequence%s replaced by U+FFFD", bad,
                    count, count == 1 ? "" : "s");
    data = fixed.data, n = fixed.len;
  }
  const char *err = NULL;
  int rc = frise_tml_parse(st->arena, data, n, t, &err);
  frise_buf_free(&fixed);
  if (rc != 0) {
    frise_diag_reject(&st->diag, path, "not a TimeML document: %s", err);
    return -1;
  }
  return 0;
}

static int is_file(const char *p) {
  struct stat s;
  return stat(p, &s) == 0 && S_ISREG(s.st_mode);
}

/* The system file for gold file `rel`: same relative path, else the flattened
 * name `frise annotate --out-dir` writes (folders joined by '_'), else the
 * same base name. Writes it into path; returns 1 if found. */
static int find_sys(const char *sys_dir, const char *rel, char *path, size_t cap) {
  snprintf(path, cap, "%s/%s", sys_dir, rel);
  if (is_file(path)) return 1;
  char flat_name[4096];
  snprintf(flat_name, sizeof flat_name, "%s", rel);
  for (char *p = flat_name; *p; p++)
    if (*p == '/') *p = '_';
  snprintf(path, cap, "%s/%s", sys_dir, flat_name);
  if (is_file(path)) return 1;
  const char *base = strrchr(rel, '/');
  if (base) {
    snprintf(path, cap, "%s/%s", sys_dir, base + 1);
    if (is_file(path)) return 1;
  }
  snprintf(path, cap, "%s/%s", sys_dir, rel);
  return 0;
}

static void score_pair(eval_state *st, const char *gold_path, const char *sys_path, int sys_found,
                       const char *name) {
  frise_buf raw;
  frise_buf_init(&raw);
  frise_tml gold, sys;
  st->c.docs++;
  if (load(st, gold_path, &raw, &gold) != 0) {
    st->c.docs--;
    frise_buf_free(&raw);
    frise_arena_reset(st->arena);
    return;
  }
  const frise_tml *sp = NULL;
  if (!sys_found) {
    frise_diag_warn(&st->diag, sys_path, "no system file; counted as no system timexes");
    st->c.docs_no_sys++;
  } else if (load(st, sys_path, &raw, &sys) == 0) {
    sp = &sys;
    long d = frise_timex_text_diff(gold.text, gold.text_len, sys.text, sys.text_len);
    if (d >= 0) {
      frise_diag_warn(&st->diag, sys_path, "text differs from %s from character %ld on; spans may not align",
                      gold_path, d);
      st->c.docs_text_diff++;
    }
  } else st->c.docs_no_sys++; /* unreadable: rejected above, scored as empty */
  frise_timex_eval_doc(&gold, sp, name, &st->c, st->details ? on_err : NULL, st);
  frise_buf_free(&raw);
  frise_arena_reset(st->arena);
}

static int has_tml_ext(const char *name) {
  size_t n = strlen(name);
  return (n > 4 && strcasecmp(name + n - 4, ".tml") == 0) ||
         (n > 7 && strcasecmp(name + n - 7, ".timeml") == 0);
}

static int cmp_names(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* Walks gold folder dir (relative part rel, "" at the top) in sorted order. */
static void walk(eval_state *st, const char *gold_root, const char *sys_root, const char *rel, int depth) {
  char dir[4096];
  snprintf(dir, sizeof dir, "%s%s%s", gold_root, *rel ? "/" : "", rel);
  if (depth > 32) {
    frise_diag_reject(&st->diag, dir, "folder nesting too deep; skipped");
    return;
  }
  DIR *dh = opendir(dir);
  if (!dh) {
    frise_diag_reject(&st->diag, dir, "cannot open folder: %s", strerror(errno));
    return;
  }
  char **names = NULL;
  size_t n = 0, cap = 0;
  for (struct dirent *e; (e = readdir(dh));) {
    if (e->d_name[0] == '.') continue;
    if (n == cap) {
      cap = cap ? 2 * cap : 64;
      char **nn = realloc(names, cap * sizeof *names);
      if (!nn) abort();
      names = nn;
    }
    names[n] = strdup(e->d_name);
    if (!names[n++]) abort();
  }
  closedir(dh);
  qsort(names, n, sizeof *names, cmp_names);
  for (size_t k = 0; k < n; k++) {
    char sub[4096], path[8192], sys_path[8192];
    snprintf(sub, sizeof sub, "%s%s%s", rel, *rel ? "/" : "", names[k]);
    snprintf(path, sizeof path, "%s/%s", gold_root, sub);
    struct stat s;
    if (stat(path, &s) != 0) continue;
    if (S_ISDIR(s.st_mode)) walk(st, gold_root, sys_root, sub, depth + 1);
    else if (S_ISREG(s.st_mode) && has_tml_ext(names[k])) {
      int found = find_sys(sys_root, sub, sys_path, sizeof sys_path);
      score_pair(st, path, sys_path, found, sub);
    }
  }
  for (size_t k = 0; k < n; k++) free(names[k]);
  free(names);
}

static void print_report(eval_state *st) {
  frise_buf out;
  frise_buf_init(&out);
  if (st->json) {
    frise_timex_report_json(&st->c, &out);
    if (st->details) { /* splice the errors in before the closing brace */
      out.len -= 2;
      frise_buf_puts(&out, ",\"errors\":[");
      frise_buf_append(&out, st->errs.data ? st->errs.data : "", st->errs.len);
      frise_buf_puts(&out, "]}\n");
    }
  } else {
    if (st->details && st->errs.len) {
      frise_buf_append(&out, st->errs.data, st->errs.len);
      frise_buf_putc(&out, '\n');
    }
    frise_timex_report_text(&st->c, &out);
  }
  fwrite(out.data, 1, out.len, stdout);
  frise_buf_free(&out);
}

int cmd_eval_timex(int argc, char **argv) {
  cli_args a;
  int rc = cli_parse("eval timex", "[OPTIONS] GOLD_DIR SYS_DIR", spec, argc, argv, &a);
  if (rc || a.n_positional != 2) {
    if (!rc) fprintf(stderr, "frise eval timex: needs GOLD_DIR and SYS_DIR (see --help)\n");
    free(a.positional);
    return rc > 0 ? 0 : FRISE_EXIT_USAGE;
  }
  eval_state st;
  memset(&st, 0, sizeof st);
  frise_diag_init(&st.diag, stderr);
  st.diag.quiet = cli_flag(spec, &a, "quiet");
  st.json = cli_flag(spec, &a, "json");
  st.details = cli_flag(spec, &a, "details");
  frise_buf_init(&st.errs);
  st.arena = frise_arena_new(1 << 16);
  if (!st.arena) abort();
  const char *gold = a.positional[0], *sys = a.positional[1];
  struct stat s;
  int status = FRISE_EXIT_OK;
  if (stat(gold, &s) != 0) {
    fprintf(stderr, "frise eval timex: cannot open %s: %s\n", gold, strerror(errno));
    status = FRISE_EXIT_USAGE;
  } else if (S_ISDIR(s.st_mode) && (stat(sys, &s) != 0 || !S_ISDIR(s.st_mode))) {
    fprintf(stderr, "frise eval timex: %s is a folder but %s is not\n", gold, sys);
    status = FRISE_EXIT_USAGE;
  } else if (S_ISDIR(s.st_mode)) {
    char g[4096], y[4096];
    snprintf(g, sizeof g, "%s", gold);
    snprintf(y, sizeof y, "%s", sys);
    for (size_t l = strlen(g); l > 1 && g[l - 1] == '/';) g[--l] = 0;
    for (size_t l = strlen(y); l > 1 && y[l - 1] == '/';) y[--l] = 0;
    walk(&st, g, y, "", 0);
  } else {
    const char *base = strrchr(gold, '/');
    score_pair(&st, gold, sys, is_file(sys), base ? base + 1 : gold);
  }
  if (status == FRISE_EXIT_OK) {
    if (st.c.docs == 0) frise_diag_warn(&st.diag, gold, "no gold .tml file found");
    print_report(&st);
    status = cli_exit_status(&st.diag);
  }
  frise_arena_free(st.arena);
  frise_buf_free(&st.errs);
  free(a.positional);
  fflush(stdout);
  return status;
}
