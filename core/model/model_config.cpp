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
  throw ConfigError(Message(PATCHDIFF_TR_NOOP("core",
                                               "no default channel_mult for a patched resolution of %1 "
                                               "(image_size / patch_size); the original defines 256, 128, 64 "
                                               "and 32 only: give --channel_mult explicitly"),
                            {std::to_string(patched_size)}));
}

void ModelConfig::validate() const {
  auto fail = [](const Message& message) { throw ConfigError(message); };
  if (image_size <= 0)
    fail(Message(PATCHDIFF_TR_NOOP("core", "image_size must be positive, got %1"), {std::to_string(image_size)}));
  if (patch_size <= 0)
    fail(Message(PATCHDIFF_TR_NOOP("core", "patch_size must be positive, got %1"), {std::to_string(patch_size)}));
  if (image_size % patch_size != 0)
    fail(Message(PATCHDIFF_TR_NOOP("core", "patch_size %1 does not divide image_size %2"),
                 {std::to_string(patch_size), std::to_string(image_size)}));
  if (num_channels <= 0 || num_channels % 2 != 0)
    fail(Message(PATCHDIFF_TR_NOOP("core", "num_channels must be a positive even number, got %1"),
                 {std::to_string(num_channels)}));
  if (channel_mult.empty())
    fail(Message(PATCHDIFF_TR_NOOP("core", "channel_mult is empty (resolve it before building the network)"), {}));
  const int levels = static_cast<int>(channel_mult.size());
  if (patched_size() % (1 << (levels - 1)) != 0)
    fail(Message(PATCHDIFF_TR_NOOP("core", "the patched size %1 cannot be halved %2 times for %3 channel_mult levels"),
                 {std::to_string(patched_size()), std::to_string(levels - 1), std::to_string(levels)}));
  for (size_t l = 0; l < channel_mult.size(); ++l) {
    const int width = level_width(l);
    if (width <= 0 || width % 32 != 0)
      fail(Message(PATCHDIFF_TR_NOOP("core",
                                     "channel_mult entry %1 gives level width %2, which GroupNorm(32) cannot split "
                                     "(a multiple of 32 is needed)"),
                   {std::to_string(channel_mult[l]), std::to_string(width)}));
  }
  if (num_res_blocks < 1) fail(Message(PATCHDIFF_TR_NOOP("core", "num_res_blocks must be at least 1"), {}));
  if (learn_sigma && level_width(0) != num_channels)
    fail(Message(PATCHDIFF_TR_NOOP("core",
                                   "learn_sigma needs channel_mult[0] == 1 (the variance head concatenates two "
                                   "%1-channel tensors)"),
                 {std::to_string(num_channels)}));
  if (!use_scale_shift_norm)
    fail(Message(PATCHDIFF_TR_NOOP("core",
                                   "use_scale_shift_norm False is not supported: the original's time projection "
                                   "always has twice the width, so that path crashes there too"),
                 {}));
  if (class_cond && num_classes <= 0)
    fail(Message(PATCHDIFF_TR_NOOP("core", "class_cond needs a positive class count"), {}));
  if (num_head_channels == -1 && num_heads <= 0)
    fail(Message(PATCHDIFF_TR_NOOP("core", "num_heads must be positive"), {}));
  if (dropout < 0.0 || dropout >= 1.0) fail(Message(PATCHDIFF_TR_NOOP("core", "dropout must be in [0, 1)"), {}));
}

}  // namespace patchdiff::model
