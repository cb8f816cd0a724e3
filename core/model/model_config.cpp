// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/model_config.h"

#include <cmath>
#include <set>
#include <sstream>

#include "core/error.h"

namespace patchdiff::model {

int ModelConfig::level_width(size_t level) const {
  // The original computes int(mult * ch) in Python: truncation toward zero.
  return static_cast<int>(channel_mult.at(level) * num_channels);
}

int ModelConfig::time_embed_dim() const { return level_width(channel_mult.size() - 1); }

int ModelConfig::class_embed_dim() const { return level_width(0); }

std::vector<double> default_channel_mult(int patched_size) {
  switch (patched_size) {
    case 256: return {1, 1, 2, 2, 4, 4};
    case 128: return {1, 1, 2, 3, 4};
    case 64: return {1, 2, 3, 4};
    case 32: return {1, 2, 3};
    default: break;
  }
  throw ConfigError("no default channel_mult for a patched resolution of " +
                    std::to_string(patched_size) +
                    " (image_size / patch_size); the original defines 256, 128, 64 and 32 only: "
                    "give --channel_mult explicitly");
}

void ModelConfig::validate() const {
  auto fail = [](const std::string& message) { throw ConfigError(message); };
  if (image_size <= 0) fail("image_size must be positive, got " + std::to_string(image_size));
  if (patch_size <= 0) fail("patch_size must be positive, got " + std::to_string(patch_size));
  if (image_size % patch_size != 0)
    fail("patch_size " + std::to_string(patch_size) + " does not divide image_size " +
         std::to_string(image_size));
  if (num_channels <= 0 || num_channels % 2 != 0)
    fail("num_channels must be a positive even number, got " + std::to_string(num_channels));
  if (channel_mult.empty()) fail("channel_mult is empty (resolve it before building the network)");
  const int levels = static_cast<int>(channel_mult.size());
  if (patched_size() % (1 << (levels - 1)) != 0)
    fail("the patched size " + std::to_string(patched_size()) + " cannot be halved " +
         std::to_string(levels - 1) + " times for " + std::to_string(levels) +
         " channel_mult levels");
  for (size_t l = 0; l < channel_mult.size(); ++l) {
    const int width = level_width(l);
    if (width <= 0 || width % 32 != 0)
      fail("channel_mult entry " + std::to_string(channel_mult[l]) + " gives level width " +
           std::to_string(width) + ", which GroupNorm(32) cannot split (a multiple of 32 is needed)");
  }
  if (num_res_blocks < 1) fail("num_res_blocks must be at least 1");
  if (learn_sigma && level_width(0) != num_channels)
    fail("learn_sigma needs channel_mult[0] == 1 (the variance head concatenates two " +
         std::to_string(num_channels) + "-channel tensors)");
  if (!use_scale_shift_norm)
    fail("use_scale_shift_norm False is not supported: the original's time projection always "
         "has twice the width, so that path crashes there too");
  if (class_cond && num_classes <= 0) fail("class_cond needs a positive class count");
  if (num_head_channels == -1 && num_heads <= 0) fail("num_heads must be positive");
  if (dropout < 0.0 || dropout >= 1.0) fail("dropout must be in [0, 1)");
}

}  // namespace patchdiff::model
