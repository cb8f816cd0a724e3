# SPDX-License-Identifier: GPL-3.0-or-later
# translations/*.ts against the code: fails on unfinished, obsolete or vanished entries and
# on translations that lose a placeholder or accelerator (cmake/check_translations.cmake).
if(TARGET patchdiff_translations)
  # Lists cross the command line joined by '|' (ctest would split them at ';').
  string(REPLACE ";" "|" _options "${PATCHDIFF_LUPDATE_OPTIONS}")
  string(REPLACE ";" "|" _ts_files "${PATCHDIFF_TS_FILES}")
  add_test(NAME translations_up_to_date
           COMMAND ${CMAKE_COMMAND} -DLUPDATE=$<TARGET_FILE:Qt6::lupdate> -DLIST=${PATCHDIFF_LUPDATE_LIST}
                   "-DOPTIONS=${_options}" "-DTS_FILES=${_ts_files}"
                   -DWORK_DIR=${CMAKE_CURRENT_BINARY_DIR}/translations_check
                   -P ${PROJECT_SOURCE_DIR}/cmake/check_translations.cmake)
  set_tests_properties(translations_up_to_date PROPERTIES LABELS unit)
endif()

# core/message: templates and arguments, rendered in English or through a lookup.
patchdiff_add_test(test_message SOURCES translations/test_message.cpp LABELS unit)
