# SPDX-License-Identifier: GPL-3.0-or-later
# core/inspect: trajectory plot data, compare mode and its sheet; `patchdiff compare`.
patchdiff_add_test(test_trajectory_metrics SOURCES inspect/test_trajectory_metrics.cpp LABELS unit)
patchdiff_add_test(test_compare_sheet SOURCES inspect/test_compare_sheet.cpp LABELS unit)
patchdiff_add_test(test_compare SOURCES inspect/test_compare.cpp LABELS unit)
patchdiff_add_test(test_cli_compare SOURCES inspect/test_cli_compare.cpp cli/cli_runner.h LABELS cli)
add_dependencies(test_cli_compare patchdiff)
