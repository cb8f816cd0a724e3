// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// From a checkpoint file to a ready network: read the tensors, resolve the flags (user,
// sidecar, weights, defaults), build the U-Net and copy the weights name for name.
#include <optional>
#include <string>
#include <vector>

#include "core/model/config_resolver.h"
#include "core/model/sidecar.h"
#include "core/model/state_dict.h"
#include "core/model/unet.h"

namespace patchdiff::model {

struct LoadedModel {
  UNet net{nullptr};
  ResolvedConfig config;
  std::optional<Sidecar> sidecar;
  std::string path;
  std::string entry;                          // wrapped entry used ("ema"), or empty
  std::vector<std::string> available_entries;
  std::vector<std::string> class_names;       // sidecar names, else "0", "1", ...
  int64_t parameter_count = 0;

  // Sidecar title, else the file name.
  std::string title() const;
};

// Throws CheckpointError / ConfigError with the file and what was expected.
LoadedModel load_model(const std::string& path, const FlagValues& user_flags = {},
                       const std::string& entry = "");

// Copies `state_dict` into `net` after a strict comparison of names and shapes; a mismatch
// lists missing, unexpected and wrongly shaped keys (the first few of each, with shapes).
void copy_state_dict_strict(UNetImpl& net, const StateDict& state_dict, const std::string& source);

// The network's parameters in registration order (the original's key order), on the CPU.
StateDict state_dict_of(UNetImpl& net);

// Writes the network (save_checkpoint with its sidecar).
void save_model(const std::string& path, UNetImpl& net, const Sidecar& sidecar);

// Writes `state_dict` by the file's extension: `.safetensors` with the sidecar in its
// __metadata__ (no .json beside it), anything else as torch.save would plus the sidecar
// `<name>.json` when one is given. Atomic; IoError / CheckpointError.
void save_checkpoint(const std::string& path, const StateDict& state_dict, const std::optional<Sidecar>& sidecar);

ShapeMap shapes_of(const StateDict& state_dict);

}  // namespace patchdiff::model
