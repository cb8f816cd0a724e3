# SPDX-License-Identifier: GPL-3.0-or-later
# core/diffusion: schedules, respacing, tables and reverse steps, guidance, splits, losses.
set(_diffusion_tests
  test_diffusion_schedules:diffusion/test_schedules.cpp:reference
  test_diffusion_respacing:diffusion/test_respacing.cpp:reference
  test_diffusion_loss_weights:diffusion/test_loss_weights.cpp:reference
  test_diffusion_snr_splits:diffusion/test_snr_splits.cpp:reference
  test_diffusion_p_mean_variance:diffusion/test_p_mean_variance.cpp:reference
  test_diffusion_dynamic_threshold:diffusion/test_dynamic_threshold.cpp:reference
  test_diffusion_guidance:diffusion/test_guidance.cpp:unit
  test_diffusion_losses:diffusion/test_losses.cpp:unit
  )
foreach(_entry IN LISTS _diffusion_tests)
  string(REPLACE ":" ";" _parts "${_entry}")
  list(GET _parts 0 _name)
  list(GET _parts 1 _source)
  list(GET _parts 2 _label)
  patchdiff_add_test(${_name} SOURCES ${_source} diffusion/diffusion_test_util.h LABELS ${_label})
  # Each test file ends with #include "<name>.moc"; moc runs here even when the GUI is off.
  set_target_properties(${_name} PROPERTIES AUTOMOC ON)
endforeach()
