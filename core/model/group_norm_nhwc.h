// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// GroupNorm of channels-last activations, with what follows it in this network folded in: the
// affine weights, the residual blocks' per-image scale and shift (h * (1 + scale) + shift),
// and the SiLU. LibTorch 1.13's group_norm takes 3.4 times as long on channels-last input as on
// NCHW (docs/performance.md, "Batch 1"); here the statistics are one pass over the data
// (float64 sums per channel) and the rest one multiply-add and one SiLU per value.
#include <torch/torch.h>

namespace patchdiff::model {

// x: float32 CPU [N, C, H, W], channels-last contiguous, C divisible by `groups`. gamma, beta:
// [C] or undefined (no affine). scale, shift: [N, C] or undefined. Returns channels-last
// silu?(((x - mean) * rstd * gamma + beta) * (1 + scale) + shift), the statistics per
// (image, group) with a biased variance, as torch.nn.GroupNorm.
torch::Tensor group_norm_nhwc(const torch::Tensor& x, int64_t groups, double eps, const torch::Tensor& gamma,
                              const torch::Tensor& beta, const torch::Tensor& scale, const torch::Tensor& shift,
                              bool silu);

}  // namespace patchdiff::model
