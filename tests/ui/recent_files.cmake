# SPDX-License-Identifier: GPL-3.0-or-later
# ui: File > Open Recent (offscreen).
if(TARGET patchdiff_ui)
  patchdiff_add_test(test_recent_files SOURCES ui/test_recent_files.cpp ui/studio_test_util.h
                     LABELS ui LIBS patchdiff_ui)
  # No torch header: the shared LibTorch + QtCore precompiled header does not apply.
  set_target_properties(test_recent_files PROPERTIES DISABLE_PRECOMPILE_HEADERS ON)
endif()
