# Makefile -- `make` fetches the dependencies, configures and builds; `make test` runs every test.
-include config.mk
BUILDTYPE ?= Release
PREFIX ?= /usr/local
PYTHON3 ?= python3
JOBS ?= $(shell nproc 2>/dev/null || echo 2)

LIB_LIST := out/lib-files.txt
SRC_LIST := out/src-files.txt

.PHONY: all build deps configure test test-parallel test-reference test-asan bench install clean distclean

all: build

deps: deps/.fetched-v4

deps/.fetched-v4: tools/fetch-deps.sh
	sh tools/fetch-deps.sh

# GYP lists lib/ and src/ files when it runs: re-run it when the set of files changes.
$(LIB_LIST): FORCE
	@mkdir -p out
	@find lib -name '*.js' | LC_ALL=C sort > $@.new
	@if cmp -s $@.new $@; then rm $@.new; else mv $@.new $@; fi

$(SRC_LIST): FORCE
	@mkdir -p out
	@ls src/*.c | LC_ALL=C sort > $@.new
	@if cmp -s $@.new $@; then rm $@.new; else mv $@.new $@; fi

out/Makefile: deps/.fetched-v4 configure node.gyp common.gypi $(LIB_LIST) $(SRC_LIST)
	$(PYTHON3) ./configure $(shell cat config.status 2>/dev/null)

build: out/Makefile
	$(MAKE) -C out BUILDTYPE=$(BUILDTYPE) -j$(JOBS) node cctest
	ln -sf out/$(BUILDTYPE)/node node

test: build
	$(PYTHON3) tools/test.py -j $(JOBS)

test-parallel: build
	$(PYTHON3) tools/test.py -j $(JOBS) parallel

# AddressSanitizer + UBSan build in out-asan/, the whole suite run on it (the build runs
# the instrumented code-cache builder too, so it gets the same leak suppressions).
ASAN_ENV = ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 LSAN_OPTIONS=suppressions=$(CURDIR)/tools/lsan.supp:print_suppressions=0
test-asan: deps/.fetched-v4
	$(PYTHON3) ./configure --enable-asan --build-dir=out-asan
	$(ASAN_ENV) $(MAKE) -C out-asan BUILDTYPE=Release -j$(JOBS) node cctest
	$(ASAN_ENV) $(PYTHON3) tools/test.py -j $(JOBS) --binary out-asan/Release/node --timeout 180

test-reference:
	$(PYTHON3) tools/test.py -j $(JOBS) --binary /usr/bin/node parallel

bench: build
	$(PYTHON3) benchmark/compare.py --old /usr/bin/node --new ./node benchmark/misc

install: build
	sh tools/install.sh "$(PREFIX)" out/$(BUILDTYPE)

clean:
	rm -rf out out-asan node

distclean: clean
	rm -rf deps config.gypi config.mk config.status

FORCE:
