# SPDX-License-Identifier: GPL-3.0-or-later
# The CLI's messages in the user's language (translations/; needs the .qm files).
if(TARGET patchdiff_translations AND PATCHDIFF_CLI_TRANSLATIONS)
  patchdiff_add_test(test_cli_language SOURCES cli/test_cli_language.cpp cli/cli_runner.h LABELS cli)
  add_dependencies(test_cli_language patchdiff patchdiff_translations)
endif()
