/* cli.h: shared pieces of the command-line program: the subcommand table,
 * declarative option parsing (each option declared once, with its help), and
 * the common input options. */
#ifndef FRISE_CLI_H
#define FRISE_CLI_H
#include "frise/diag.h"
#include "frise/lang.h"
#include "frise/reader.h"

typedef enum { OPT_FLAG, OPT_STRING, OPT_INT } cli_opt_kind;
typedef struct {
  const char *name;      /* long name without dashes */
  cli_opt_kind kind;
  const char *arg;       /* placeholder shown in help ("DATE") */
  const char *help;
  const char *def;       /* default, shown in help; NULL for none */
} cli_opt;

typedef struct {
  const char *values[32]; /* parsed values, parallel to the spec (NULL: not given) */
  const char **positional;
  int n_positional;
} cli_args;

/* Parses argv against spec (NULL-name terminated); prints usage errors to
 * stderr and returns -1, or 1 when --help was printed, else 0. */
int cli_parse(const char *cmd, const char *usage, const cli_opt *spec, int argc, char **argv,
              cli_args *out);
const char *cli_get(const cli_opt *spec, const cli_args *a, const char *name);
long cli_get_int(const cli_opt *spec, const cli_args *a, const char *name, long def);
int cli_flag(const cli_opt *spec, const cli_args *a, const char *name);

/* Reader options from --lang and --dct; returns 0 or prints and returns -1. */
int cli_read_opts(const cli_opt *spec, const cli_args *a, frise_read_opts *o, frise_diag *diag);
/* Exit status from the diagnostics (FRISE_EXIT_OK or _REJECTED). */
int cli_exit_status(const frise_diag *diag);

int cmd_annotate(int argc, char **argv);
int cmd_timeline(int argc, char **argv);
int cmd_render(int argc, char **argv);          /* cmd_render.c */
int cmd_stories(int argc, char **argv);
int cmd_eval(int argc, char **argv);
int cmd_eval_timex(int argc, char **argv);     /* cmd_eval_timex.c */
int cmd_eval_timeline(int argc, char **argv);  /* cmd_eval_timeline.c */
int cmd_eval_stories(int argc, char **argv);   /* cmd_eval_stories.c */

#endif
