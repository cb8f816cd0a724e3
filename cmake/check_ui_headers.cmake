# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a ui/ header could pull torch into a widget's translation unit:
#   cmake -DSOURCE_DIR=<repo> -P check_ui_headers.cmake
# A ui header may include Qt, the standard library, other ui headers and the core's
# torch-free facade below; never <torch/...>, <ATen/...>, <c10/...> or another core header
# (patchdiff_ui links the core PRIVATE: its .cpp files use the rest). The facade headers
# themselves must include no torch and no core header outside the facade.
cmake_minimum_required(VERSION 3.24)
if(NOT DEFINED SOURCE_DIR)
  message(FATAL_ERROR "check_ui_headers.cmake needs -DSOURCE_DIR=...")
endif()

set(FACADE
    core/sampling/sampler_settings.h
    core/sampling/sampler_catalog.h
    core/inspect/compare_result.h
    core/inspect/trajectory_metrics.h)

set(problems "")
function(check_header path allow_ui)
  file(STRINGS ${SOURCE_DIR}/${path} lines REGEX "^[ \t]*#[ \t]*include")
  foreach(line IN LISTS lines)
    if(line MATCHES "<(torch|ATen|c10)/")
      string(APPEND problems "  ${path}: ${line} (torch in a header the widgets see)\n")
    elseif(line MATCHES "\"(core/[^\"]+)\"")
      list(FIND FACADE "${CMAKE_MATCH_1}" at)
      if(at EQUAL -1)
        string(APPEND problems "  ${path}: ${line} (not in the torch-free facade; include it from a .cpp)\n")
      endif()
    elseif(line MATCHES "\"(ui/[^\"]+)\"" AND NOT allow_ui)
      string(APPEND problems "  ${path}: ${line} (the facade must not depend on the ui)\n")
    endif()
  endforeach()
  set(problems "${problems}" PARENT_SCOPE)
endfunction()

file(GLOB_RECURSE ui_headers RELATIVE ${SOURCE_DIR} ${SOURCE_DIR}/ui/*.h)
list(LENGTH ui_headers count)
if(count EQUAL 0)
  message(FATAL_ERROR "no ui headers found under ${SOURCE_DIR}/ui")
endif()
foreach(h IN LISTS ui_headers)
  check_header(${h} TRUE)
endforeach()
foreach(h IN LISTS FACADE)
  check_header(${h} FALSE)
endforeach()

if(problems)
  message(FATAL_ERROR "ui headers that would bring torch into widget code:\n${problems}")
endif()
message(STATUS "${count} ui headers use only Qt, the standard library and the torch-free core facade")
