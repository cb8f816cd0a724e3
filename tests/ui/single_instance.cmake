# SPDX-License-Identifier: GPL-3.0-or-later
# ui: one running studio (two real patchdiff-studio processes, offscreen) and the one-time
# move of the settings from the placeholder names.
if(TARGET patchdiff-studio)
  patchdiff_add_test(test_single_instance SOURCES ui/test_single_instance.cpp LABELS ui)
  target_compile_definitions(test_single_instance PRIVATE PATCHDIFF_STUDIO_PATH="$<TARGET_FILE:patchdiff-studio>")
  add_dependencies(test_single_instance patchdiff-studio)
  set_tests_properties(test_single_instance PROPERTIES TIMEOUT 600)

  patchdiff_add_test(test_settings_migration SOURCES ui/test_settings_migration.cpp LABELS unit LIBS patchdiff_ui)
  # No torch header: the shared LibTorch + QtCore precompiled header does not apply.
  set_target_properties(test_settings_migration PROPERTIES DISABLE_PRECOMPILE_HEADERS ON)
endif()
