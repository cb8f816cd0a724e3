# SPDX-License-Identifier: GPL-3.0-or-later
# The licence: every source, CMake and shell file names its licence in its first line
# (cmake/check_spdx.cmake: the files git tracks in a checkout, else the source tree).
add_test(NAME spdx_identifiers_present
         COMMAND ${CMAKE_COMMAND} -DSOURCE_DIR=${PROJECT_SOURCE_DIR} -P ${PROJECT_SOURCE_DIR}/cmake/check_spdx.cmake)
set_tests_properties(spdx_identifiers_present PROPERTIES LABELS unit)

# The check itself: of a tree with three files, it names the one without the line (and
# accepts the line after a #! line).
set(_fixture ${CMAKE_CURRENT_BINARY_DIR}/spdx_fixture)
file(WRITE ${_fixture}/with_identifier.cpp "// SPDX-License-Identifier: GPL-3.0-or-later\nint x;\n")
file(WRITE ${_fixture}/tools/script "#!/bin/sh\n# SPDX-License-Identifier: MIT\ntrue\n")
file(WRITE ${_fixture}/lacks_identifier.h "#pragma once\n// SPDX-License-Identifier: GPL-3.0-or-later\n")
add_test(NAME spdx_check_names_file_without_identifier
         COMMAND ${CMAKE_COMMAND} -DSOURCE_DIR=${_fixture} -DLIST=walk -P ${PROJECT_SOURCE_DIR}/cmake/check_spdx.cmake)
set_tests_properties(spdx_check_names_file_without_identifier PROPERTIES LABELS unit
  PASS_REGULAR_EXPRESSION "1 of 3 files lack[^\n]*\n.*lacks_identifier\\.h")
