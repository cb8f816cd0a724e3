# SPDX-License-Identifier: GPL-3.0-or-later
# ui: the studio in German (translations/), with screenshots in <build>/screenshots.
if(TARGET patchdiff_ui AND TARGET patchdiff_translations)
  patchdiff_add_test(test_studio_translations SOURCES ui/test_studio_translations.cpp ui/studio_test_util.h ui/screenshot_util.h
                     LABELS ui LIBS patchdiff_ui)
  add_dependencies(test_studio_translations patchdiff_translations)
  target_compile_definitions(test_studio_translations PRIVATE
    PATCHDIFF_SCREENSHOT_DIR="${CMAKE_BINARY_DIR}/screenshots")
  # No torch header: the shared LibTorch + QtCore precompiled header does not apply.
  set_target_properties(test_studio_translations PROPERTIES DISABLE_PRECOMPILE_HEADERS ON)
  set_tests_properties(test_studio_translations PROPERTIES TIMEOUT 900)
endif()
