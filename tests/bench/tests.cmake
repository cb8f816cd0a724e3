# SPDX-License-Identifier: GPL-3.0-or-later
# core/bench: the named presets against the anchor table, the benchmark runner, the selftest.
patchdiff_add_test(test_bench_presets SOURCES bench/test_bench_presets.cpp LABELS unit)
patchdiff_add_test(test_bench_selftest SOURCES bench/test_bench_selftest.cpp LABELS reference)
