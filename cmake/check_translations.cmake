# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when the committed .ts files are not up to date with the code, so they cannot rot.
#   cmake -DLUPDATE=exe -DLIST=lupdate_sources.lst "-DOPTIONS=opt|..." "-DTS_FILES=a.ts|..."
#         -DWORK_DIR=dir -P check_translations.cmake
# Copies each .ts into WORK_DIR, runs lupdate over the sources into the copy (keeping what
# the code no longer has) and reports:
#   - unfinished entries: text that is new or changed in the code and not yet translated;
#   - obsolete or vanished entries: translations of text the code no longer has;
#   - translations that drop or add a placeholder (%1, %n) or an accelerator (&x);
#   - lupdate warnings about the sources (a tr() it cannot place would go untranslated).
# The fix: cmake --build <build> --target translations-update, translate, commit.
cmake_minimum_required(VERSION 3.24)

foreach(var LUPDATE LIST TS_FILES WORK_DIR)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "check_translations.cmake needs -D${var}=...")
  endif()
endforeach()
file(MAKE_DIRECTORY ${WORK_DIR})
string(REPLACE "|" ";" OPTIONS "${OPTIONS}")
string(REPLACE "|" ";" TS_FILES "${TS_FILES}")

# XML text back to what the translator typed, for the report.
function(unescape out text)
  string(REPLACE "@semicolon@" ";" text "${text}")
  string(REPLACE "@lbracket@" "[" text "${text}")
  string(REPLACE "@rbracket@" "]" text "${text}")
  string(REPLACE "&lt;" "<" text "${text}")
  string(REPLACE "&gt;" ">" text "${text}")
  string(REPLACE "&quot;" "\"" text "${text}")
  string(REPLACE "&apos;" "'" text "${text}")
  string(REPLACE "&amp;" "&" text "${text}")
  set(${out} "${text}" PARENT_SCOPE)
endfunction()

# The placeholders and the accelerator marker of a text, sorted: "%1;%2;&".
function(markers out text)
  unescape(text "${text}")
  string(REGEX MATCHALL "%[1-9n]" found "${text}")
  list(REMOVE_DUPLICATES found)
  list(SORT found)
  string(REPLACE "&&" "" plain "${text}")  # a literal ampersand, no accelerator
  if(plain MATCHES "&[^ ]")
    list(APPEND found "&")
  endif()
  set(${out} "${found}" PARENT_SCOPE)
endfunction()

set(problems "")
set(count 0)
foreach(ts IN LISTS TS_FILES)
  get_filename_component(name ${ts} NAME)
  set(copy ${WORK_DIR}/${name})
  file(COPY_FILE ${ts} ${copy})
  execute_process(COMMAND ${LUPDATE} ${OPTIONS} @${LIST} -ts ${copy}
                  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed on ${name} (${rc}):\n${out}${err}")
  endif()
  string(REGEX MATCHALL "[^\n]*:[0-9]+: [^\n]*" warnings "${out}\n${err}")
  foreach(w IN LISTS warnings)
    string(APPEND problems "  ${name}: lupdate: ${w}\n")
    math(EXPR count "${count} + 1")
  endforeach()

  file(READ ${copy} content)
  # Entries become list items below: no ';' inside them, and no brackets (a '[' without
  # its ']' would join items).
  string(REPLACE ";" "@semicolon@" content "${content}")
  string(REPLACE "[" "@lbracket@" content "${content}")
  string(REPLACE "]" "@rbracket@" content "${content}")
  string(REPLACE "</message>" ";" messages "${content}")
  foreach(m IN LISTS messages)
    if(NOT m MATCHES "<message")
      continue()
    endif()
    string(REGEX REPLACE ".*<message" "<message" m "${m}")
    string(REGEX MATCH "<source>([^<]*)</source>" _ "${m}")
    set(source "${CMAKE_MATCH_1}")
    unescape(shown "${source}")
    string(REPLACE "\n" "\\n" shown "${shown}")
    if(m MATCHES "type=\"(unfinished|obsolete|vanished)\"")
      set(kind "${CMAKE_MATCH_1}")
      if(kind STREQUAL "unfinished")
        set(why "not translated (new or changed in the code)")
      else()
        set(why "${kind}: the code no longer has it")
      endif()
      string(APPEND problems "  ${name}: ${why}: \"${shown}\"\n")
      math(EXPR count "${count} + 1")
      continue()
    endif()
    markers(want "${source}")
    string(REGEX MATCHALL "<(translation|numerusform)[^>]*>[^<]*</" forms "${m}")
    foreach(form IN LISTS forms)
      string(REGEX REPLACE "^<[^>]*>(.*)</$" "\\1" text "${form}")
      markers(have "${text}")
      if(m MATCHES "numerus=\"yes\"")  # a plural form may spell out its number instead of %n
        list(REMOVE_ITEM want "%n")
        list(REMOVE_ITEM have "%n")
      endif()
      if(NOT "${want}" STREQUAL "${have}")
        unescape(text "${text}")
        string(APPEND problems "  ${name}: placeholders or accelerator differ (source: ${want}, translation: ${have}): \"${shown}\" -> \"${text}\"\n")
        math(EXPR count "${count} + 1")
      endif()
    endforeach()
  endforeach()
endforeach()

if(count GREATER 0)
  message(FATAL_ERROR "${count} translation problem(s): the .ts files are not up to date with the code.\n"
                      "${problems}"
                      "Refresh them with `cmake --build <build> --target translations-update`, "
                      "translate the new entries (Qt Linguist, or by hand), remove the "
                      "unfinished markers and commit; see translations/README.md.")
endif()
list(LENGTH TS_FILES n)
message(STATUS "${n} translation files up to date with the code")
