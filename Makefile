# frise build. `make` builds build/frise and build/libfrise.a; see README for targets.
CC      ?= cc
CSTD    := -std=c11 -D_GNU_SOURCE
WARN    := -Wall -Wextra -Werror -Wshadow -Wno-unused-parameter
OPT     ?= -O2 -g
PKGS    := libutf8proc
CFLAGS_ALL = $(CSTD) $(WARN) $(OPT) -Iinclude -Isrc $(shell pkg-config --cflags $(PKGS) 2>/dev/null) $(EXTRA_CFLAGS)
LIBS    := $(shell pkg-config --libs $(PKGS) 2>/dev/null || echo -lutf8proc) -lstemmer -lm
BUILD   ?= build
PREFIX  ?= /usr/local

LIB_SRC := $(sort $(wildcard src/core/*.c src/io/*.c src/text/*.c src/time/*.c src/lang/*.c \
             src/eval/*.c src/story/*.c src/timeline/*.c src/render/*.c \
             src/ner/*.c src/quotes/*.c))
CLI_SRC := $(sort $(wildcard src/cli/*.c))
LIB_OBJ := $(LIB_SRC:%.c=$(BUILD)/%.o)
CLI_OBJ := $(CLI_SRC:%.c=$(BUILD)/%.o)
TEST_SRC := $(sort $(wildcard tests/unit/test_*.c))
TEST_BIN := $(TEST_SRC:tests/unit/%.c=$(BUILD)/tests/%)

.PHONY: all deps demo test test-plain test-asan fuzz bench install clean
all: $(BUILD)/frise $(BUILD)/libfrise.a

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	@echo "  CC $<"; $(CC) $(CFLAGS_ALL) -MMD -MP -c $< -o $@

$(BUILD)/libfrise.a: $(LIB_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(BUILD)/frise: $(CLI_OBJ) $(BUILD)/libfrise.a
	$(CC) $(CFLAGS_ALL) -o $@ $(CLI_OBJ) $(BUILD)/libfrise.a $(LIBS)

$(BUILD)/tests/%: tests/unit/%.c $(BUILD)/libfrise.a tests/unit/harness.h
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) -Itests/unit -o $@ $< $(BUILD)/libfrise.a $(LIBS)

tests-bin: $(TEST_BIN) $(BUILD)/frise

deps:
	@sh scripts/deps.sh

demo: deps all
	$(BUILD)/frise timeline --format md examples/corpus

# Plain build, then the same suite under ASan+UBSan, then short fuzz runs.
# Every stage runs even when an earlier one fails (a failed build counts as one
# failure), and the last line is always the summary "N passed, N failed";
# the exit status is non-zero if anything failed.
RESULTS := tests/.results
test:
	@rm -rf $(RESULTS)
	@$(MAKE) --no-print-directory deps || { mkdir -p $(RESULTS); echo "deps 0 1" > $(RESULTS)/deps; }
	@$(MAKE) --no-print-directory test-plain || true
	@$(MAKE) --no-print-directory test-asan || true
	@sh tests/run_all.sh summary

test-plain:
	@$(MAKE) --no-print-directory tests-bin || { mkdir -p $(RESULTS); echo "plain-build 0 1" > $(RESULTS)/plain-build; \
	  echo "[plain] FAIL build"; exit 1; }
	@sh tests/run_suite.sh $(BUILD) plain

test-asan:
	@$(MAKE) --no-print-directory tests-bin BUILD=build-asan CC=clang \
	  OPT="-O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer" || \
	  { mkdir -p $(RESULTS); echo "asan-build 0 1" > $(RESULTS)/asan-build; echo "[asan] FAIL build"; exit 1; }
	@ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	  sh tests/run_suite.sh build-asan asan; s=$$?; \
	  sh tests/fuzz/run.sh short; f=$$?; [ $$s -eq 0 ] && [ $$f -eq 0 ]

fuzz:
	@sh tests/fuzz/run.sh long

bench: all
	@sh bench/run.sh

install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/lib/pkgconfig $(DESTDIR)$(PREFIX)/include/frise $(DESTDIR)$(PREFIX)/share/man/man1
	install -m 755 $(BUILD)/frise $(DESTDIR)$(PREFIX)/bin/frise
	install -m 644 $(BUILD)/libfrise.a $(DESTDIR)$(PREFIX)/lib/libfrise.a
	install -m 644 include/frise/*.h $(DESTDIR)$(PREFIX)/include/frise/
	install -m 644 doc/frise.1 $(DESTDIR)$(PREFIX)/share/man/man1/frise.1
	sed 's|@PREFIX@|$(PREFIX)|' doc/frise.pc.in > $(DESTDIR)$(PREFIX)/lib/pkgconfig/frise.pc

clean:
	rm -rf build build-asan build-fuzz

-include $(LIB_OBJ:.o=.d) $(CLI_OBJ:.o=.d)
