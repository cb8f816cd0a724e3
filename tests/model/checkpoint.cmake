# SPDX-License-Identifier: GPL-3.0-or-later
# core/model state_dict checkpoints: the restricted unpickler, reading and writing, safetensors.
set(_checkpoint_tests
  test_checkpoint_read:model/test_checkpoint_read.cpp
  test_checkpoint_write:model/test_checkpoint_write.cpp
  test_checkpoint_errors:model/test_checkpoint_errors.cpp
  test_checkpoint_entries:model/test_checkpoint_entries.cpp
  test_safetensors:model/test_safetensors.cpp
  )
foreach(_entry IN LISTS _checkpoint_tests)
  string(REPLACE ":" ";" _parts "${_entry}")
  list(GET _parts 0 _name)
  list(GET _parts 1 _source)
  patchdiff_add_test(${_name} SOURCES ${_source} LABELS unit)
  # Each test file ends with #include "<name>.moc"; moc runs here even when the GUI is off.
  set_target_properties(${_name} PROPERTIES AUTOMOC ON)
endforeach()
