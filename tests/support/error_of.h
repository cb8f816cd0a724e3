// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The message of the exception of type E that f throws, or a marker that none was thrown:
// tests assert on what a user would read (which file, what was expected).
#include <string>
#include <typeinfo>

#include "core/error.h"

namespace patchdiff::test {

template <typename E = Error, typename F>
std::string error_of(F&& f) {
  try {
    f();
  } catch (const E& e) {
    return e.what();
  }
  return std::string("(no ") + typeid(E).name() + " thrown)";
}

}  // namespace patchdiff::test
