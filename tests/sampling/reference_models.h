// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Loads a `models` entry of ../shared/reference/index.json with its original flags.
#include <nlohmann/json.hpp>

#include "core/model/model_loader.h"
#include "support/shared_data.h"

namespace patchdiff::test {

inline nlohmann::json reference_index() { return nlohmann::json::parse(reference_index_text()); }

inline model::LoadedModel load_reference_model(const std::string& name) {
  const auto entry = reference_index()["models"][name];
  model::FlagValues flags;
  for (const auto& [flag, value] : entry["flags"].items()) {
    const std::string text = value.is_string()    ? value.get<std::string>()
                             : value.is_boolean() ? (value.get<bool>() ? "True" : "False")
                                                  : value.dump();
    flags[flag] = model::canonical_value(*model::find_flag(flag), text);
  }
  return model::load_model(reference_path(entry["state_dict"]), flags);
}

}  // namespace patchdiff::test
