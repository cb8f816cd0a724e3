// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The JSON file beside a checkpoint (`<name>.json`): flags, class names and the card text
// (title, description, license, attribution) that the weights cannot say.
#include <map>
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

// `dir/name.pt` (or .safetensors) -> `dir/name.json`
std::string sidecar_path_for(const std::string& checkpoint_path);
// Reads the sidecar beside a checkpoint if there is one, else the one inside a .safetensors
// file's __metadata__; a malformed one is a ConfigError.
std::optional<Sidecar> read_sidecar_for(const std::string& checkpoint_path);
Sidecar parse_sidecar(const std::string& json_text, const std::string& source_name);
std::string sidecar_to_json(const Sidecar& sidecar);

// The sidecar inside a .safetensors file's __metadata__ (string values, as the format
// requires): each top-level field of its JSON under "patchdiff.<field>" (title, description,
// license and attribution as they are, flags, class_names and the rest as JSON text), plus
// "format": "pt" as other tools expect of PyTorch weights.
std::map<std::string, std::string> sidecar_to_metadata(const Sidecar& sidecar);
// The sidecar those keys describe; nullopt when there are none. ConfigError when malformed.
std::optional<Sidecar> sidecar_from_metadata(const std::map<std::string, std::string>& metadata,
                                             const std::string& source_name);

}  // namespace patchdiff::model
