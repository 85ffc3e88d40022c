/* cmd_eval_timex.c: `frise eval timex` (not implemented yet). */
#include "cli.h"
#include <stdio.h>

int cmd_eval_timex(int argc, char **argv) {
  (void)argc, (void)argv;
  fprintf(stderr, "frise eval timex: not implemented yet\n");
  return FRISE_EXIT_USAGE;
}
