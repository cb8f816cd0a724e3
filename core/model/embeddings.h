// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Sinusoidal embeddings of the original network (spec/unet.md, "Embeddings").
#include <torch/types.h>

namespace patchdiff::model {

// [B] timesteps (original, un-respaced) -> [B, dim]: concat(sin, cos) with
// freq_i = exp(-ln(10000) * i / (half - 1)) (note half - 1, unlike guided-diffusion).
torch::Tensor timestep_embedding(const torch::Tensor& timesteps, int64_t dim);

// The 2-D sine position embedding added after the first convolution: [1, C, R, R] float32.
// Channel i < C/2 at (row, col) is e[col, i]; channel C/2 + i is e[row, i], with
// e[n, i] = sin(n * f_i * 64 / R).
torch::Tensor position_embedding_2d(int64_t channels, int64_t resolution,
                                    const torch::Device& device);

}  // namespace patchdiff::model
