// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What every harness shares: the fuzz input as bytes, as a file (for readers that take a
// path: written to /dev/shm, one file per process), and the rule that our own exceptions are
// the expected outcome of bad input while anything else is a finding.
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <exception>
#include <string>

#include "core/error.h"

namespace patchdiff::fuzz {

inline std::string bytes_of(const uint8_t* data, size_t size) {
  return std::string(reinterpret_cast<const char*>(data), size);
}

// The input written to a per-process file with `suffix` (the readers choose formats by
// extension too); rewritten on every call.
inline std::string as_file(const uint8_t* data, size_t size, const std::string& suffix) {
  const std::string path = "/dev/shm/patchdiff_fuzz_" + std::to_string(::getpid()) + suffix;
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (!f) std::abort();
  if (size > 0 && std::fwrite(data, 1, size, f) != size) std::abort();
  std::fclose(f);
  return path;
}

// Runs `read`; our error types (a clear message) are the expected outcome of bad input.
// c10::Error and std::exception of other kinds are not: they reach libFuzzer as a crash
// (an uncaught exception aborts), which is what a finding is.
template <typename Fn>
void expect_clean_errors(Fn&& read) {
  try {
    read();
  } catch (const patchdiff::Error&) {
  }
}

}  // namespace patchdiff::fuzz
