/* cmd_timeline.c: `frise timeline` (not implemented yet). */
#include "cli.h"
#include <stdio.h>

int cmd_timeline(int argc, char **argv) {
  (void)argc, (void)argv;
  fprintf(stderr, "frise timeline: not implemented yet\n");
  return FRISE_EXIT_USAGE;
}
