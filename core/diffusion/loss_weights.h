// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// --weight_schedule: the per-timestep weight of the x0 mean-squared error (Patch
// Diffusion's training_losses), float64 per step like the original's numpy arrays.
#include <torch/torch.h>

#include <string>
#include <vector>

#include "core/diffusion/tables.h"

namespace patchdiff::diffusion {

// sqrt_snr: sqrt(SNR); p2: SNR * sqrt(1 - abar) (Choi et al. 2022, k = 1, gamma = 0.5, for
// an x0 loss); snr: SNR; snr+1: SNR + 1; truncated_snr: max(SNR, 1).
// Throws ConfigError for other names, listing these.
std::vector<double> loss_weights(const std::string& schedule, const DiffusionTables& tables);

// The same as a float32 table on `device`, to gather per image like the other tables.
torch::Tensor loss_weight_table(const std::string& schedule, const DiffusionTables& tables,
                                const torch::Device& device);

}  // namespace patchdiff::diffusion
