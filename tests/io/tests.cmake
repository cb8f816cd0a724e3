# core/io: atomic writes, npy/npz and zip, images, PNG text chunks.
foreach(_unit atomic_file npy npz image png_text gif_writer)
  patchdiff_add_test(test_io_${_unit} SOURCES io/test_${_unit}.cpp LABELS unit)
  # Each test file ends with #include "test_<unit>.moc"; moc it even when the GUI (and
  # with it CMAKE_AUTOMOC) is off.
  set_target_properties(test_io_${_unit} PROPERTIES AUTOMOC ON)
endforeach()
