// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One place decides every model and diffusion flag: flags the user gives, then the sidecar
// beside the checkpoint, then what the tensor shapes say, then the original's defaults.
// A given flag that contradicts the weights is an error naming both values.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/diffusion/diffusion_config.h"
#include "core/model/flags.h"
#include "core/model/model_config.h"
#include "core/model/sidecar.h"

namespace patchdiff::model {

using ShapeMap = std::map<std::string, std::vector<int64_t>>;

// What the weights say. Attention placement is known as downsample factors (levels), which
// become attention_resolutions once image_size is known.
struct WeightFacts {
  int patch_size = 0, num_channels = 0, num_res_blocks = 0;
  std::vector<int> level_widths;
  std::vector<int> attention_ds;
  bool learn_sigma = false, class_cond = false, resblock_updown = false;
  int label_rows = 0;  // rows of label_embs (classes + the null row)
};
// Throws CheckpointError when the keys do not look like the original network at all.
WeightFacts infer_from_weights(const ShapeMap& shapes);

struct ResolvedFlag {
  std::string value;
  FlagSource source;
};

struct ResolvedConfig {
  ModelConfig model;
  diffusion::DiffusionConfig diffusion;
  std::map<std::string, ResolvedFlag> flags;  // every Model and Diffusion flag
  std::vector<std::string> warnings;          // defaults taken for what the weights cannot say
};

// `shapes` may be empty (building a fresh network, e.g. for training or benchmarks): then
// nothing is inferred and every missing flag takes its default silently.
ResolvedConfig resolve_config(const ShapeMap& shapes, const FlagValues& user,
                              const std::optional<Sidecar>& sidecar);

// The resolved flags as the original's command line (`--name value ...`), for display and
// for the sidecars we write.
std::string to_flag_string(const std::map<std::string, ResolvedFlag>& flags);

}  // namespace patchdiff::model
