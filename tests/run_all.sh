#!/bin/sh
# Prints the closing summary of `make test` over every suite that ran.
passed=0; failed=0
for f in tests/.results/*; do
  [ -f "$f" ] || continue
  set -- $(cat "$f")
  passed=$((passed + $2)); failed=$((failed + $3))
done
rm -rf tests/.results
echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
