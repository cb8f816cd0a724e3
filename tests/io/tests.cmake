# SPDX-License-Identifier: GPL-3.0-or-later
# core/io: atomic writes, npy/npz and zip, images, PNG text chunks.
set(_io_units atomic_file npy npz image png_text)
if(PATCHDIFF_HAVE_GIFLIB)
  list(APPEND _io_units gif_writer)  # decodes what it wrote with giflib
endif()
foreach(_unit ${_io_units})
  patchdiff_add_test(test_io_${_unit} SOURCES io/test_${_unit}.cpp LABELS unit)
  # Each test file ends with #include "test_<unit>.moc"; moc it even when the GUI (and
  # with it CMAKE_AUTOMOC) is off.
  set_target_properties(test_io_${_unit} PROPERTIES AUTOMOC ON)
endforeach()
