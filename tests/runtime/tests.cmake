# SPDX-License-Identifier: GPL-3.0-or-later
# core/runtime: the default CPU thread count (cores, SMT siblings, affinity, cgroup quota).
patchdiff_add_test(test_cpu_threads SOURCES runtime/test_cpu_threads.cpp LABELS unit)
