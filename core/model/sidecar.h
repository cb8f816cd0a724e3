// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The JSON file beside a checkpoint (`<name>.json`): flags, class names and the card text
// (title, description, license, attribution) that the weights cannot say.
#include <optional>
#include <string>
#include <vector>

#include "core/model/flags.h"

namespace patchdiff::model {

struct Sidecar {
  FlagValues flags;
  std::vector<std::string> class_names;
  std::string title, description, license, attribution;
  // Anything else in the file (training data set, step, git revision...), kept as JSON text.
  std::string extra_json = "{}";
};

// `dir/name.pt` -> `dir/name.json`
std::string sidecar_path_for(const std::string& checkpoint_path);
// Reads the sidecar beside a checkpoint if there is one; a malformed one is a ConfigError.
std::optional<Sidecar> read_sidecar_for(const std::string& checkpoint_path);
Sidecar parse_sidecar(const std::string& json_text, const std::string& source_name);
std::string sidecar_to_json(const Sidecar& sidecar);

}  // namespace patchdiff::model
