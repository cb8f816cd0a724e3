// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Integers read from JSON that a user's file holds (run descriptions, settings, sidecars).
// nlohmann converts a float such as 1e124, or an integer out of the target's range, with a
// bare cast, which is undefined behaviour (found by fuzz_run_json, docs/reliability.md):
// these check the value first and say what is wrong.
#include <cstdint>
#include <limits>
#include <string>

#include <nlohmann/json.hpp>

#include "core/error.h"

namespace patchdiff::io {

template <typename T>
T json_integer(const nlohmann::json& value, const std::string& what) {
  using limits = std::numeric_limits<T>;
  if (value.is_number_unsigned()) {
    const auto u = value.get<uint64_t>();
    if (u <= static_cast<uint64_t>(limits::max())) return static_cast<T>(u);
  } else if (value.is_number_integer()) {
    const auto i = value.get<int64_t>();
    const bool fits = limits::is_signed
                          ? i >= static_cast<int64_t>(limits::min()) && i <= static_cast<int64_t>(limits::max())
                          : i >= 0 && static_cast<uint64_t>(i) <= static_cast<uint64_t>(limits::max());
    if (fits) return static_cast<T>(i);
  }
  throw ConfigError(what + " must be a whole number in range, got " + value.dump().substr(0, 40));
}

// object[key] as above, or `fallback` when the key is absent.
template <typename T>
T json_integer_or(const nlohmann::json& object, const char* key, T fallback, const std::string& what) {
  return object.contains(key) ? json_integer<T>(object.at(key), what) : fallback;
}

}  // namespace patchdiff::io
