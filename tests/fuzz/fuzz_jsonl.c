/* fuzz_jsonl.c: libFuzzer target: the jsonl reader, then the whole pipeline. */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) { return fuzz_read("fuzz.jsonl", data, size); }
