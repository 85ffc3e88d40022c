/* harness.h: a minimal unit-test harness. Each test file defines TESTS as a
 * list of T(name) entries and includes this header once; failures print
 * file:line and the expression; the binary prints "N passed, N failed". */
#ifndef FRISE_TEST_HARNESS_H
#define FRISE_TEST_HARNESS_H
#include <stdio.h>
#include <string.h>

static int harness_failures;
static const char *harness_current;

#define CHECK(cond)                                                                          \
  do {                                                                                       \
    if (!(cond)) {                                                                           \
      fprintf(stderr, "%s:%d: %s: CHECK(%s) failed\n", __FILE__, __LINE__, harness_current, \
              #cond);                                                                        \
      harness_failures++;                                                                    \
    }                                                                                        \
  } while (0)

#define CHECK_STR(a, b)                                                                      \
  do {                                                                                       \
    const char *sa_ = (a), *sb_ = (b);                                                       \
    if (!sa_ || !sb_ || strcmp(sa_, sb_) != 0) {                                             \
      fprintf(stderr, "%s:%d: %s: \"%s\" != \"%s\"\n", __FILE__, __LINE__, harness_current, \
              sa_ ? sa_ : "(null)", sb_ ? sb_ : "(null)");                                  \
      harness_failures++;                                                                    \
    }                                                                                        \
  } while (0)

#define CHECK_INT(a, b)                                                                      \
  do {                                                                                       \
    long long ia_ = (long long)(a), ib_ = (long long)(b);                                    \
    if (ia_ != ib_) {                                                                        \
      fprintf(stderr, "%s:%d: %s: %s = %lld, expected %lld\n", __FILE__, __LINE__,          \
              harness_current, #a, ia_, ib_);                                                \
      harness_failures++;                                                                    \
    }                                                                                        \
  } while (0)

typedef void (*harness_fn)(void);
typedef struct { const char *name; harness_fn fn; } harness_case;
#define T(name) {#name, name}

static int harness_run(const harness_case *tests, int n) {
  int passed = 0, failed = 0;
  for (int k = 0; k < n; k++) {
    int before = harness_failures;
    harness_current = tests[k].name;
    tests[k].fn();
    if (harness_failures == before) passed++;
    else {
      failed++;
      fprintf(stderr, "FAIL %s\n", tests[k].name);
    }
  }
  printf("%d passed, %d failed\n", passed, failed);
  return failed ? 1 : 0;
}

#define TEST_MAIN(...)                                                                       \
  int main(void) {                                                                           \
    static const harness_case tests_[] = {__VA_ARGS__};                                     \
    return harness_run(tests_, (int)(sizeof tests_ / sizeof *tests_));         \
  }

#endif
