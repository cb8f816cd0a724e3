# SPDX-License-Identifier: GPL-3.0-or-later
# No torch in a ui/ header, directly or through a core header (cmake/check_ui_headers.cmake).
add_test(NAME ui_headers_torch_free
         COMMAND ${CMAKE_COMMAND} -DSOURCE_DIR=${PROJECT_SOURCE_DIR} -P ${PROJECT_SOURCE_DIR}/cmake/check_ui_headers.cmake)
set_tests_properties(ui_headers_torch_free PROPERTIES LABELS "unit;ui")
