#!/bin/sh
# Builds the libFuzzer targets with clang and runs each: briefly over the
# hostile corpus in `make test` ("short"), longer with `make fuzz` ("long").
MODE=${1:-short}
echo "fuzz: (no targets yet)"
