# SPDX-License-Identifier: GPL-3.0-or-later
# The two commands of the README: `make run` and `make test`. Both install missing Debian
# packages first (packaging/install-deps.sh), then configure and build the Release preset.
BUILD_DIR ?= build/release
PRESET ?= release
JOBS ?= $(shell nproc)

.PHONY: all deps configure build run test test-asan fuzz package translations clean

all: build

deps:
	@bash packaging/install-deps.sh

$(BUILD_DIR)/build.ninja: | deps
	cmake --preset $(PRESET)

configure: deps $(BUILD_DIR)/build.ninja

build: configure
	cmake --build $(BUILD_DIR) -j $(JOBS)

run: build
	@if [ -x $(BUILD_DIR)/app/studio/patchdiff-studio ]; then \
	  $(BUILD_DIR)/app/studio/patchdiff-studio; \
	else \
	  for m in resources/models/*.pt; do $(BUILD_DIR)/app/patchdiff/patchdiff info $$m || exit 1; echo; done; \
	fi

test: build
	cd $(BUILD_DIR) && ctest --output-on-failure -j $(JOBS)

# patchdiff_<version>_amd64.deb in $(BUILD_DIR) (CPack; runtime dependencies from dpkg-shlibdeps).
package: build
	cmake --build $(BUILD_DIR) --target package

# Refreshes translations/*.ts from the code (lupdate); see translations/README.md.
translations: configure
	cmake --build $(BUILD_DIR) --target translations-update

test-asan: deps
	cmake --preset asan
	cmake --build build/asan -j $(JOBS)
	cd build/asan && QT_QPA_PLATFORM=offscreen QTEST_FUNCTION_TIMEOUT=1800000 ASAN_OPTIONS=detect_leaks=0 ctest --output-on-failure

# The libFuzzer harnesses (fuzz/README.md): each runs FUZZ_SECONDS (default 60).
FUZZ_SECONDS ?= 60
fuzz: deps
	cmake --preset fuzz
	cmake --build build/fuzz -j $(JOBS)
	FUZZ_SECONDS=$(FUZZ_SECONDS) FUZZ_JOBS=$(JOBS) bash fuzz/run.sh build/fuzz

clean:
	rm -rf build
