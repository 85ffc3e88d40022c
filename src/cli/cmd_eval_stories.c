/* cmd_eval_stories.c: `frise eval stories` (not implemented yet). */
#include "cli.h"
#include <stdio.h>

int cmd_eval_stories(int argc, char **argv) {
  (void)argc, (void)argv;
  fprintf(stderr, "frise eval stories: not implemented yet\n");
  return FRISE_EXIT_USAGE;
}
