// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Comma-separated flag values ("a.pt,b.pt", "1,1.5,3"), as the original's flags write lists.
#include <sstream>
#include <string>
#include <vector>

namespace patchdiff::model {

// The non-empty items of `text` between commas, in order ("a,,b," gives a and b).
inline std::vector<std::string> split_commas(const std::string& text) {
  std::vector<std::string> out;
  std::stringstream items(text);
  std::string item;
  while (std::getline(items, item, ','))
    if (!item.empty()) out.push_back(item);
  return out;
}

}  // namespace patchdiff::model
