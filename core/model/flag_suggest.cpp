// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/flag_suggest.h"

#include <algorithm>
#include <numeric>

namespace patchdiff::model {

int edit_distance(const std::string& a, const std::string& b) {
  // One row of the dynamic-programming table at a time.
  std::vector<int> row(b.size() + 1);
  std::iota(row.begin(), row.end(), 0);
  for (size_t i = 1; i <= a.size(); ++i) {
    int diagonal = row[0];
    row[0] = static_cast<int>(i);
    for (size_t j = 1; j <= b.size(); ++j) {
      const int above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

std::string closest_name(const std::string& typed, const std::vector<std::string>& candidates) {
  std::string best;
  int best_distance = 0;
  for (const auto& name : candidates) {
    const int distance = edit_distance(typed, name);
    const size_t longer = std::max(typed.size(), name.size());
    const int limit = longer <= 4 ? 1 : std::max<int>(2, static_cast<int>(longer / 3));
    const bool prefix = typed.size() >= 3 && (name.rfind(typed, 0) == 0 || typed.rfind(name, 0) == 0);
    if (distance > limit && !prefix) continue;
    if (best.empty() || distance < best_distance) {
      best = name;
      best_distance = distance;
    }
  }
  return best;
}

namespace {
Message unknown_flag_message(const std::string& name, const std::string& suggestion) {
  if (suggestion.empty()) return Message(PATCHDIFF_TR_NOOP("core", "unknown flag --%1"), {name});
  return Message(PATCHDIFF_TR_NOOP("core", "unknown flag --%1; did you mean --%2?"), {name, suggestion});
}
}  // namespace

UnknownFlagError::UnknownFlagError(const std::string& name_, const std::string& suggestion_)
    : ConfigError(unknown_flag_message(name_, suggestion_)), name(name_), suggestion(suggestion_) {}

}  // namespace patchdiff::model
