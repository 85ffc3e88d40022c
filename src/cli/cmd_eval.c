/* cmd_eval.c: `frise eval` (not implemented yet). */
#include "cli.h"
#include <stdio.h>

int cmd_eval(int argc, char **argv) {
  (void)argc, (void)argv;
  fprintf(stderr, "frise eval: not implemented yet\n");
  return FRISE_EXIT_USAGE;
}
