# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a source, CMake or shell file lacks an SPDX licence identifier in its first line
# (its second after a #! line), so no file reaches a release without its licence.
#   cmake -DSOURCE_DIR=dir [-DLIST=auto|git|walk] -P check_spdx.cmake
# auto (the default): the files git tracks when SOURCE_DIR is a git checkout (a CI clone
# is one), else every file under SOURCE_DIR (a release tarball) but build*/, third_party/
# and dot folders. Checked: *.cpp *.h *.hpp *.cc *.cmake *.sh CMakeLists.txt Makefile and
# any file whose first line is a #! line.
cmake_minimum_required(VERSION 3.24)

if(NOT DEFINED SOURCE_DIR)
  message(FATAL_ERROR "check_spdx.cmake needs -DSOURCE_DIR=...")
endif()
if(NOT DEFINED LIST)
  set(LIST auto)
endif()

if(LIST STREQUAL "auto")
  set(LIST walk)
  find_program(GIT git)
  if(GIT)
    execute_process(COMMAND ${GIT} -C ${SOURCE_DIR} rev-parse --show-toplevel
                    OUTPUT_VARIABLE top OUTPUT_STRIP_TRAILING_WHITESPACE RESULT_VARIABLE rc ERROR_QUIET)
    # SOURCE_DIR itself must be the checkout (a folder inside another repository is walked).
    if(rc EQUAL 0 AND EXISTS "${top}")
      file(REAL_PATH "${top}" top)
      file(REAL_PATH "${SOURCE_DIR}" here)
      if(top STREQUAL here)
        set(LIST git)
      endif()
    endif()
  endif()
endif()

if(LIST STREQUAL "git")
  find_program(GIT git REQUIRED)
  execute_process(COMMAND ${GIT} -C ${SOURCE_DIR} -c core.quotePath=false ls-files
                  OUTPUT_VARIABLE listing RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "git ls-files failed in ${SOURCE_DIR}")
  endif()
  string(REGEX REPLACE "\n$" "" listing "${listing}")
  string(REPLACE "\n" ";" files "${listing}")
elseif(LIST STREQUAL "walk")
  file(GLOB_RECURSE files LIST_DIRECTORIES false RELATIVE ${SOURCE_DIR} ${SOURCE_DIR}/*)
  list(FILTER files EXCLUDE REGEX "^(build[^/]*|third_party)/|(^|/)\\.(git|whl|gl|cache)/")
else()
  message(FATAL_ERROR "LIST must be auto, git or walk, not '${LIST}'")
endif()

set(checked 0)
set(missing)
foreach(file IN LISTS files)
  set(path ${SOURCE_DIR}/${file})
  if(IS_DIRECTORY ${path} OR NOT EXISTS ${path})  # a submodule, or deleted but not yet staged
    continue()
  endif()
  file(READ ${path} head LIMIT 512)
  string(REGEX MATCH "^#!" shebang "${head}")
  if(NOT shebang AND NOT file MATCHES "(\\.(cpp|h|hpp|cc|cmake|sh)|(^|/)(CMakeLists\\.txt|Makefile))$")
    continue()
  endif()
  math(EXPR checked "${checked} + 1")
  if(shebang)  # the line after it (REGEX REPLACE would strip every line: its ^ matches again)
    string(FIND "${head}" "\n" eol)
    math(EXPR eol "${eol} + 1")
    string(SUBSTRING "${head}" ${eol} -1 head)
  endif()
  string(REGEX REPLACE "\n.*" "" first "${head}")
  if(NOT first MATCHES "^(//|#) SPDX-License-Identifier: [A-Za-z0-9.+() -]+$")
    list(APPEND missing "${file}")
  endif()
endforeach()

if(checked EQUAL 0)
  message(FATAL_ERROR "no source files found under ${SOURCE_DIR} (${LIST})")
endif()
if(missing)
  list(LENGTH missing n)
  list(JOIN missing "\n  " names)
  message(FATAL_ERROR "${n} of ${checked} files lack an SPDX-License-Identifier line as their first line "
                      "(second after #!):\n  ${names}\n"
                      "Start each with `// SPDX-License-Identifier: GPL-3.0-or-later` (C++) or "
                      "`# SPDX-License-Identifier: GPL-3.0-or-later` (CMake, shell).")
endif()
message(STATUS "SPDX identifiers: all ${checked} source, CMake and shell files (${LIST}) carry one")
