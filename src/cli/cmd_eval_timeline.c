/* cmd_eval_timeline.c: `frise eval timeline` (not implemented yet). */
#include "cli.h"
#include <stdio.h>

int cmd_eval_timeline(int argc, char **argv) {
  (void)argc, (void)argv;
  fprintf(stderr, "frise eval timeline: not implemented yet\n");
  return FRISE_EXIT_USAGE;
}
