// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// "Did you mean" for mistyped flag names: the accepted name nearest to what was typed, by
// edit distance (git's and cargo's habit), so an error names one flag instead of listing all.
#include <string>
#include <vector>

#include "core/error.h"

namespace patchdiff::model {

// Levenshtein distance (insertions, deletions, substitutions each cost 1).
int edit_distance(const std::string& a, const std::string& b);

// The candidate closest to `typed`, or "" when none is close enough to be a typo: within a
// third of the longer name (at least 2 edits; 1 for names of up to 4 letters), or one name
// a prefix of the other (3 letters or more).
std::string closest_name(const std::string& typed, const std::vector<std::string>& candidates);

// An unknown --name. The message is "unknown flag --x; did you mean --y?" when a candidate
// is close, else "unknown flag --x"; the caller may add where the accepted names are listed.
struct UnknownFlagError : ConfigError {
  UnknownFlagError(const std::string& name, const std::string& suggestion);
  std::string name, suggestion;
};

}  // namespace patchdiff::model
