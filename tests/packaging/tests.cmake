# SPDX-License-Identifier: GPL-3.0-or-later
# packaging: the installed tree (cmake --install into a temporary prefix) and the generated
# CLI reference. Both need the studio (the default build).
if(TARGET patchdiff-studio)
  # Qt 5 (through LibTorch) and Qt 6 in one process: the programs export no Qt symbol.
  add_test(NAME binaries_export_no_qt_symbols
           COMMAND ${CMAKE_COMMAND} -DBINARY=$<TARGET_FILE:patchdiff-studio> -P ${PROJECT_SOURCE_DIR}/cmake/check_exports.cmake)
  set_tests_properties(binaries_export_no_qt_symbols PROPERTIES LABELS unit)
  add_test(NAME cli_exports_no_qt_symbols
           COMMAND ${CMAKE_COMMAND} -DBINARY=$<TARGET_FILE:patchdiff> -P ${PROJECT_SOURCE_DIR}/cmake/check_exports.cmake)
  set_tests_properties(cli_exports_no_qt_symbols PROPERTIES LABELS unit)
  patchdiff_add_test(test_install_layout SOURCES packaging/test_install_layout.cpp LABELS cli LIBS Qt6::Gui)
  target_compile_definitions(test_install_layout PRIVATE
    PATCHDIFF_CMAKE_COMMAND="${CMAKE_COMMAND}" PATCHDIFF_BINARY_DIR="${CMAKE_BINARY_DIR}"
    PATCHDIFF_APP_ID="${PATCHDIFF_APP_ID}")
  # Links QtGui (the icon sizes): the shared LibTorch + QtCore precompiled header does not apply.
  set_target_properties(test_install_layout PROPERTIES DISABLE_PRECOMPILE_HEADERS ON)
  add_dependencies(test_install_layout patchdiff patchdiff-studio patchdiff_packaging_files)

  add_test(NAME cli_reference_up_to_date
           COMMAND ${CMAKE_COMMAND} -DFORMAT=markdown -DPATCHDIFF=$<TARGET_FILE:patchdiff>
                   -DSTUDIO=$<TARGET_FILE:patchdiff-studio> -DOUTPUT=${CMAKE_CURRENT_BINARY_DIR}/cli-reference.md
                   -DEXPECTED=${PROJECT_SOURCE_DIR}/docs/cli-reference.md -P ${PROJECT_SOURCE_DIR}/cmake/help_docs.cmake)
  set_tests_properties(cli_reference_up_to_date PROPERTIES LABELS cli)
endif()
