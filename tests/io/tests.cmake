# SPDX-License-Identifier: GPL-3.0-or-later
# core/io: atomic writes, npy/npz, images, PNG text chunks, SHA-256, Pillow's resize, and the
# hostile inputs (zip bombs, link loops, pipes, a 100,000-image folder) of docs/reliability.md.
set(_io_units atomic_file npy npz image png_text sha256 pil_resize hostile_inputs)
if(PATCHDIFF_HAVE_GIFLIB)
  list(APPEND _io_units gif_writer)  # decodes what it wrote with giflib
endif()
foreach(_unit ${_io_units})
  patchdiff_add_test(test_io_${_unit} SOURCES io/test_${_unit}.cpp LABELS unit)
  # Each test file ends with #include "test_<unit>.moc"; moc it even when the GUI (and
  # with it CMAKE_AUTOMOC) is off.
  set_target_properties(test_io_${_unit} PROPERTIES AUTOMOC ON)
endforeach()
# test_io_npz deflates entries the way Python's zipfile does (np.savez_compressed).
find_package(ZLIB REQUIRED)
target_link_libraries(test_io_npz PRIVATE ZLIB::ZLIB)
target_link_libraries(test_io_hostile_inputs PRIVATE ZLIB::ZLIB)  # builds real zip bombs
