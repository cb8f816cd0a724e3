// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Finds ../shared (spec, reference vectors, models) for tests, independent of the
// working directory: PATCHDIFF_SHARED overrides, else the path CMake recorded.
#include <string>

namespace patchdiff::test {

// Absolute path of the shared folder; fails the calling test (QFAIL-style exception)
// with a clear message when it is missing.
std::string shared_dir();
// shared_dir() + "/reference/" + name
std::string reference_path(const std::string& name);
// The parsed ../shared/reference/index.json as text (tests parse it with nlohmann::json).
std::string reference_index_text();
// A fresh empty temporary directory, removed at process exit.
std::string temp_dir();

}  // namespace patchdiff::test
