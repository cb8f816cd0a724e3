// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// FLOP count of one network pass for one image, from the architecture alone
// (multiply-add = 2 FLOP; convolutions, linear layers and attention products; norms,
// activations and additions are not counted, as in the original's published figures).
#include "core/model/model_config.h"

namespace patchdiff::model {

double flops_per_image(const ModelConfig& config);
inline double gflop_per_image(const ModelConfig& config) { return flops_per_image(config) / 1e9; }

}  // namespace patchdiff::model
