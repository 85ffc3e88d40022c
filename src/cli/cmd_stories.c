/* cmd_stories.c: `frise stories` (not implemented yet). */
#include "cli.h"
#include <stdio.h>

int cmd_stories(int argc, char **argv) {
  (void)argc, (void)argv;
  fprintf(stderr, "frise stories: not implemented yet\n");
  return FRISE_EXIT_USAGE;
}
