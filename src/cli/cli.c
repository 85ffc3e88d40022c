/* cli.c: declarative option parsing shared by all subcommands. */
#include "cli.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void print_help(const char *cmd, const char *usage, const cli_opt *spec) {
  printf("usage: frise %s %s\n\noptions:\n", cmd, usage);
  for (int k = 0; spec[k].name; k++) {
    char left[64];
    snprintf(left, sizeof left, "--%s%s%s", spec[k].name, spec[k].arg ? " " : "",
             spec[k].arg ? spec[k].arg : "");
    printf("  %-24s %s", left, spec[k].help);
    if (spec[k].def) printf(" (default: %s)", spec[k].def);
    putchar('\n');
  }
  printf("  %-24s %s\n", "--help", "show this help");
}

static int find(const cli_opt *spec, const char *name, size_t n) {
  for (int k = 0; spec[k].name; k++)
    if (strlen(spec[k].name) == n && strncmp(spec[k].name, name, n) == 0) return k;
  return -1;
}

int cli_parse(const char *cmd, const char *usage, const cli_opt *spec, int argc, char **argv,
              cli_args *out) {
  memset(out, 0, sizeof *out);
  out->positional = calloc((size_t)argc + 1, sizeof *out->positional);
  if (!out->positional) abort();
  int only_positional = 0;
  for (int i = 0; i < argc; i++) {
    const char *a = argv[i];
    if (only_positional || a[0] != '-' || strcmp(a, "-") == 0) {
      out->positional[out->n_positional++] = a;
      continue;
    }
    if (strcmp(a, "--") == 0) {
      only_positional = 1;
      continue;
    }
    if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
      print_help(cmd, usage, spec);
      return 1;
    }
    const char *name = a + (a[1] == '-' ? 2 : 1);
    const char *eq = strchr(name, '=');
    int k = find(spec, name, eq ? (size_t)(eq - name) : strlen(name));
    if (k < 0) {
      fprintf(stderr, "frise %s: unknown option '%s' (see frise %s --help)\n", cmd, a, cmd);
      return -1;
    }
    if (spec[k].kind == OPT_FLAG) {
      out->values[k] = "1";
      continue;
    }
    const char *v = eq ? eq + 1 : (i + 1 < argc ? argv[++i] : NULL);
    if (!v) {
      fprintf(stderr, "frise %s: option --%s needs a value\n", cmd, spec[k].name);
      return -1;
    }
    if (spec[k].kind == OPT_INT) {
      char *end;
      long n = strtol(v, &end, 10);
      if (*end || n < 0) {
        fprintf(stderr, "frise %s: --%s takes a whole number, not '%s'\n", cmd, spec[k].name, v);
        return -1;
      }
    }
    out->values[k] = v;
  }
  return 0;
}

const char *cli_get(const cli_opt *spec, const cli_args *a, const char *name) {
  int k = find(spec, name, strlen(name));
  if (k < 0) return NULL;
  return a->values[k] ? a->values[k] : spec[k].def;
}

long cli_get_int(const cli_opt *spec, const cli_args *a, const char *name, long def) {
  const char *v = cli_get(spec, a, name);
  return v ? strtol(v, NULL, 10) : def;
}

int cli_flag(const cli_opt *spec, const cli_args *a, const char *name) {
  int k = find(spec, name, strlen(name));
  return k >= 0 && a->values[k] != NULL;
}

int cli_read_opts(const cli_opt *spec, const cli_args *a, frise_read_opts *o, frise_diag *diag) {
  frise_read_opts_init(o, diag);
  const char *lang = cli_get(spec, a, "lang");
  if (lang && strcmp(lang, "auto") != 0) {
    const frise_lang *l = frise_lang_get(lang);
    if (!l) {
      fprintf(stderr, "frise: unknown language '%s' (fr, en or auto)\n", lang);
      return -1;
    }
    o->lang = l->code;
  }
  const char *dct = cli_get(spec, a, "dct");
  if (dct) {
    size_t used;
    if (frise_date_parse(dct, strlen(dct), &o->dct, &used) != FRISE_DATE_OK || used != strlen(dct)) {
      fprintf(stderr, "frise: --dct '%s' is not a valid date (YYYY[-MM[-DD[THH:MM]]])\n", dct);
      return -1;
    }
  }
  return 0;
}

int cli_exit_status(const frise_diag *diag) {
  return diag->rejected ? FRISE_EXIT_REJECTED : FRISE_EXIT_OK;
}
