# SPDX-License-Identifier: GPL-3.0-or-later
# Writes documentation from the programs' own --help texts, so it cannot drift from them.
#   cmake -DFORMAT=markdown -DPATCHDIFF=exe [-DSTUDIO=exe] -DOUTPUT=file [-DEXPECTED=file] -P help_docs.cmake
#   cmake -DFORMAT=man -DPATCHDIFF=exe|-DSTUDIO=exe -DTEMPLATE=x.1.in -DVERSION=v -DOUTPUT=file -P help_docs.cmake
# markdown: docs/cli-reference.md (patchdiff, each command, patchdiff-studio); with EXPECTED,
# fails when OUTPUT differs from it (the docs are stale). man: fills a hand-written
# template's @HELP@ with the help texts as troff.
cmake_minimum_required(VERSION 3.24)

# The help of `exe args...`, in the C locale (untranslated) with the program path shortened
# to its name (QCommandLineParser prints argv[0]).
function(help_text out exe)
  execute_process(
    COMMAND ${CMAKE_COMMAND} -E env LC_ALL=C LANG=C LANGUAGE= QT_QPA_PLATFORM=offscreen ${exe} ${ARGN} --help
    OUTPUT_VARIABLE text ERROR_VARIABLE err RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${exe} ${ARGN} --help failed (${rc}): ${err}")
  endif()
  get_filename_component(name ${exe} NAME)
  string(REPLACE "${exe}" "${name}" text "${text}")
  string(REGEX REPLACE "\n+$" "" text "${text}")
  set(${out} "${text}" PARENT_SCOPE)
endfunction()

# The command names listed by `patchdiff --help` ("  name  summary" under "commands:").
function(patchdiff_commands out)
  help_text(usage ${PATCHDIFF})
  string(REGEX MATCH "commands:\n(([ ][ ][a-z]+[^\n]*\n)+)" block "${usage}\n")
  string(REGEX MATCHALL "(^|\n)  [a-z]+" names "${CMAKE_MATCH_1}")
  set(list)
  foreach(n IN LISTS names)
    string(STRIP "${n}" n)
    list(APPEND list ${n})
  endforeach()
  if(NOT list)
    message(FATAL_ERROR "no commands found in `patchdiff --help`:\n${usage}")
  endif()
  set(${out} ${list} PARENT_SCOPE)
endfunction()

# Preformatted troff: backslashes and hyphens escaped, control characters at a line start
# neutralised.
function(troff_block out text)
  string(REPLACE "\\" "\\e" text "${text}")
  string(REPLACE "-" "\\-" text "${text}")
  string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" text "${text}")
  set(${out} ".nf\n${text}\n.fi" PARENT_SCOPE)
endfunction()

if(FORMAT STREQUAL "markdown")
  set(md "# Command line reference\n\n")
  string(APPEND md "<!-- Generated from the programs' own --help by cmake/help_docs.cmake; do not edit.\n")
  string(APPEND md "     Regenerate: cmake --build BUILD_DIR --target cli-reference (the test\n")
  string(APPEND md "     cli_reference_up_to_date fails while this file differs from the programs). -->\n\n")
  string(APPEND md "Every text below is what the program prints for `--help`. A checkpoint can be given as a\n")
  string(APPEND md "file or as the name of a bundled model (`emoji64_p4`); `patchdiff --version` prints where\n")
  string(APPEND md "the bundled models are. Man pages: `man patchdiff`, `man patchdiff-studio`.\n\n")
  help_text(text ${PATCHDIFF})
  string(APPEND md "## patchdiff\n\n```text\n${text}\n```\n")
  patchdiff_commands(commands)
  foreach(c IN LISTS commands)
    help_text(text ${PATCHDIFF} ${c})
    string(APPEND md "\n### patchdiff ${c}\n\n```text\n${text}\n```\n")
  endforeach()
  if(STUDIO)
    help_text(text ${STUDIO})
    string(APPEND md "\n## patchdiff-studio\n\n```text\n${text}\n```\n")
  endif()
  file(WRITE ${OUTPUT} "${md}")
  if(EXPECTED)
    execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${OUTPUT} ${EXPECTED} RESULT_VARIABLE same)
    if(NOT same EQUAL 0)
      execute_process(COMMAND diff -u ${EXPECTED} ${OUTPUT} OUTPUT_VARIABLE delta)
      message(FATAL_ERROR "${EXPECTED} is stale: the programs' --help changed. Regenerate it with\n"
                          "  cmake --build <build dir> --target cli-reference\n${delta}")
    endif()
  endif()
elseif(FORMAT STREQUAL "man")
  if(PATCHDIFF)
    help_text(text ${PATCHDIFF})
    troff_block(HELP "${text}")
    patchdiff_commands(commands)
    foreach(c IN LISTS commands)
      help_text(text ${PATCHDIFF} ${c})
      troff_block(block "${text}")
      string(APPEND HELP "\n.SS \"patchdiff ${c}\"\n${block}")
    endforeach()
  else()
    help_text(text ${STUDIO})
    troff_block(HELP "${text}")
  endif()
  configure_file(${TEMPLATE} ${OUTPUT} @ONLY)
else()
  message(FATAL_ERROR "FORMAT must be markdown or man")
endif()
