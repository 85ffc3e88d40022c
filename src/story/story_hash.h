/* story_hash.h: the 64-bit hashes the story and duplicate modules share. */
#ifndef FRISE_STORY_HASH_H
#define FRISE_STORY_HASH_H
#include <stddef.h>
#include <stdint.h>

/* splitmix64's finaliser: spreads every input bit over the output. */
static inline uint64_t frise_mix64(uint64_t x) {
  x ^= x >> 30;
  x *= 0xBF58476D1CE4E5B9ull;
  x ^= x >> 27;
  x *= 0x94D049BB133111EBull;
  return x ^ (x >> 31);
}

/* FNV-1a over bytes, seeded (the seed separates namespaces), then mixed. */
static inline uint64_t frise_hash_bytes(uint64_t seed, const char *s, size_t n) {
  uint64_t h = 1469598103934665603ull ^ seed;
  for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
  return frise_mix64(h);
}

#endif
