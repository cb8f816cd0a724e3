# ui: Patch Diffusion Studio on the offscreen platform (the bundled emoji models, CPU).
if(TARGET patchdiff_ui)
  patchdiff_add_test(test_studio_window SOURCES ui/test_studio_window.cpp ui/studio_test_util.h
                     LABELS ui LIBS patchdiff_ui)
  patchdiff_add_test(test_studio_export SOURCES ui/test_studio_export.cpp ui/studio_test_util.h
                     LABELS ui LIBS patchdiff_ui)
  patchdiff_add_test(test_studio_screenshots SOURCES ui/test_studio_screenshots.cpp ui/studio_test_util.h
                     LABELS ui LIBS patchdiff_ui)
  target_compile_definitions(test_studio_screenshots PRIVATE
    PATCHDIFF_SCREENSHOT_DIR="${CMAKE_BINARY_DIR}/screenshots")
  # These tests include no torch header: the shared LibTorch + QtCore precompiled header
  # does not apply (it was built without QtWidgets), so they compile without one.
  set_target_properties(test_studio_window test_studio_export test_studio_screenshots PROPERTIES
    DISABLE_PRECOMPILE_HEADERS ON)
  set_tests_properties(test_studio_window test_studio_export test_studio_screenshots PROPERTIES TIMEOUT 900)
endif()
