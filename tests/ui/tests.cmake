# SPDX-License-Identifier: GPL-3.0-or-later
# ui: Patch Diffusion Studio on the offscreen platform (the bundled emoji models, CPU).
if(TARGET patchdiff_ui)
  patchdiff_add_test(test_studio_window SOURCES ui/test_studio_window.cpp ui/studio_test_util.h
                     LABELS ui LIBS patchdiff_ui)
  patchdiff_add_test(test_studio_export SOURCES ui/test_studio_export.cpp ui/studio_test_util.h
                     LABELS ui LIBS patchdiff_ui)
  patchdiff_add_test(test_studio_screenshots SOURCES ui/test_studio_screenshots.cpp ui/studio_test_util.h ui/screenshot_util.h
                     LABELS ui LIBS patchdiff_ui)
  # The trajectory inspector, its plots and compare mode (issue 5).
  foreach(_unit inspector plots compare flags_paste outputs branch_png input soak)
    patchdiff_add_test(test_studio_${_unit} SOURCES ui/test_studio_${_unit}.cpp ui/studio_test_util.h
                       LABELS ui LIBS patchdiff_ui)
  endforeach()
  target_compile_definitions(test_studio_screenshots PRIVATE
    PATCHDIFF_SCREENSHOT_DIR="${CMAKE_BINARY_DIR}/screenshots")
  # These tests include no torch header: the shared LibTorch + QtCore precompiled header
  # does not apply (it was built without QtWidgets), so they compile without one.
  # (test_studio_plots includes torch itself, for the known trajectory it feeds the plots.)
  set(_studio_tests test_studio_window test_studio_export test_studio_screenshots
      test_studio_inspector test_studio_plots test_studio_compare test_studio_flags_paste
      test_studio_outputs test_studio_branch_png test_studio_input test_studio_soak)
  set_target_properties(${_studio_tests} PROPERTIES DISABLE_PRECOMPILE_HEADERS ON)
  set_tests_properties(${_studio_tests} PROPERTIES TIMEOUT 900)
endif()
