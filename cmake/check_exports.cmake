# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when BINARY exports (nm -D --defined-only) a symbol of Qt's classes (a name that
# demangles to Q...::, qt_... or a Qt type's typeinfo): the process loads Qt 5 beside Qt 6
# (through LibTorch), and an exported copy of a Qt 6 inline function would replace Qt 5's.
# Usage: cmake -DBINARY=path -P check_exports.cmake
if(NOT EXISTS "${BINARY}")
  message(FATAL_ERROR "no binary ${BINARY}")
endif()
execute_process(COMMAND nm -D --defined-only -C "${BINARY}" OUTPUT_VARIABLE _symbols RESULT_VARIABLE _rc)
if(NOT _rc EQUAL 0)
  message(FATAL_ERROR "nm -D failed on ${BINARY}")
endif()
string(REPLACE "\n" ";" _lines "${_symbols}")
set(_qt "")
foreach(_line IN LISTS _lines)
  # "<address> <type> <demangled name>"
  if(_line MATCHES "^[0-9a-f]+ [A-Za-z] (.*)$")
    set(_name "${CMAKE_MATCH_1}")
    if(_name MATCHES "^(typeinfo (name )?for |vtable for |non-virtual thunk to )?(Q[A-Za-z0-9_]*(::|<)|q[A-Z][A-Za-z]*\\(|qt_)")
      list(APPEND _qt "${_name}")
    endif()
  endif()
endforeach()
list(LENGTH _qt _count)
if(_count GREATER 0)
  list(SUBLIST _qt 0 10 _first)
  string(REPLACE ";" "\n  " _shown "${_first}")
  message(FATAL_ERROR "${BINARY} exports ${_count} Qt symbol(s), for example:\n  ${_shown}")
endif()
message(STATUS "${BINARY}: no Qt symbol exported")
