// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The ViT-style patching of the paper. Channel order is the original's, not pixel_unshuffle's:
// k = (ph * P + pw) * C + c.
#include <torch/types.h>

namespace patchdiff::model {

// [B, C, H, W] -> [B, C*P*P, H/P, W/P]
torch::Tensor to_patches(const torch::Tensor& x, int64_t patch_size);
// [B, C*P*P, h, w] -> [B, C, h*P, w*P]; the exact inverse of to_patches.
torch::Tensor from_patches(const torch::Tensor& x, int64_t patch_size);

}  // namespace patchdiff::model
