/* cmd_eval.c: `frise eval KIND`: dispatches to the scorers. */
#include "cli.h"
#include <stdio.h>
#include <string.h>

static void usage(FILE *f) {
  fprintf(f, "usage: frise eval timex GOLD_DIR SYS_DIR [--json]\n"
             "       frise eval timeline GOLD SYS [--json]\n"
             "       frise eval stories GOLD SYS [--json] [--intruders]\n");
}

int cmd_eval(int argc, char **argv) {
  if (argc < 1) {
    usage(stderr);
    return FRISE_EXIT_USAGE;
  }
  if (strcmp(argv[0], "--help") == 0 || strcmp(argv[0], "-h") == 0) {
    usage(stdout);
    return 0;
  }
  if (strcmp(argv[0], "timex") == 0) return cmd_eval_timex(argc - 1, argv + 1);
  if (strcmp(argv[0], "timeline") == 0) return cmd_eval_timeline(argc - 1, argv + 1);
  if (strcmp(argv[0], "stories") == 0) return cmd_eval_stories(argc - 1, argv + 1);
  fprintf(stderr, "frise eval: unknown kind '%s'\n", argv[0]);
  usage(stderr);
  return FRISE_EXIT_USAGE;
}
