# SPDX-License-Identifier: GPL-3.0-or-later
# The patchdiff command line, run as a user would (QProcess).
patchdiff_add_test(test_cli_sample SOURCES cli/test_cli_sample.cpp cli/cli_runner.h LABELS cli)
patchdiff_add_test(test_cli_info_forward SOURCES cli/test_cli_info_forward.cpp cli/cli_runner.h LABELS cli)
add_dependencies(test_cli_sample patchdiff)
add_dependencies(test_cli_info_forward patchdiff)
patchdiff_add_test(test_cli_convert SOURCES cli/test_cli_convert.cpp cli/cli_runner.h LABELS cli)
add_dependencies(test_cli_convert patchdiff)
patchdiff_add_test(test_cli_flag_errors SOURCES cli/test_cli_flag_errors.cpp cli/cli_runner.h LABELS cli)
add_dependencies(test_cli_flag_errors patchdiff)
patchdiff_add_test(test_cli_sample_progress SOURCES cli/test_cli_sample_progress.cpp LABELS cli)
add_dependencies(test_cli_sample_progress patchdiff)
patchdiff_add_test(test_cli_init_image SOURCES cli/test_cli_init_image.cpp cli/cli_runner.h LABELS cli)
add_dependencies(test_cli_init_image patchdiff)
