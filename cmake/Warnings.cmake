# SPDX-License-Identifier: GPL-3.0-or-later
# Warnings for our own targets only (LibTorch's headers are system headers).
function(patchdiff_warnings target)
  if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wno-unused-parameter)
  elseif(MSVC)
    target_compile_options(${target} PRIVATE /W4)
  endif()
endfunction()
