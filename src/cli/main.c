/* main.c: the frise program: dispatches to one subcommand per pipeline stage. */
#include "cli.h"
#include <stdio.h>
#include <string.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#ifndef FRISE_VERSION
#define FRISE_VERSION "0.1.0"
#endif

static const struct {
  const char *name;
  int (*run)(int argc, char **argv);
  const char *help;
} commands[] = {
  {"annotate", cmd_annotate, "annotate documents: sentences, temporal expressions (JSON Lines or TimeML)"},
  {"timeline", cmd_timeline, "write a dated, sourced timeline of a collection"},
  {"render", cmd_render, "render a saved JSON timeline as md, html, timelinejs or csv"},
  {"stories", cmd_stories, "group a stream of articles into stories and mark duplicates"},
  {"eval", cmd_eval, "score output against gold data (timex, timeline, stories)"},
  {NULL, NULL, NULL}};

static void usage(FILE *f) {
  fprintf(f, "usage: frise COMMAND [OPTIONS] PATH...\n\ncommands:\n");
  for (int k = 0; commands[k].name; k++) fprintf(f, "  %-10s %s\n", commands[k].name, commands[k].help);
  fprintf(f, "\n'frise COMMAND --help' describes a command; 'man frise' the exit codes.\n");
}

int main(int argc, char **argv) {
#ifdef __GLIBC__
  /* Documents come and go one after another, each with a few large blocks:
   * keep freed memory in the heap rather than unmapping it and faulting it
   * in again for the next document (a fifth of the text layer's time
   * otherwise; see doc/bench.md). Bounded: at most 128 MB kept free. */
  mallopt(M_MMAP_THRESHOLD, 64 << 20);
  mallopt(M_TRIM_THRESHOLD, 128 << 20);
#endif
  if (argc < 2) {
    usage(stderr);
    return 2;
  }
  if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "help") == 0) {
    usage(stdout);
    return 0;
  }
  if (strcmp(argv[1], "--version") == 0) {
    printf("frise %s\n", FRISE_VERSION);
    return 0;
  }
  for (int k = 0; commands[k].name; k++)
    if (strcmp(argv[1], commands[k].name) == 0) return commands[k].run(argc - 2, argv + 2);
  fprintf(stderr, "frise: unknown command '%s'\n", argv[1]);
  usage(stderr);
  return 2;
}
