// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a multistep solver remembers between steps (previous x0 predictions and where they
// were made). A plain value: the loop hands it from step to step, every StepRecord carries
// a copy (tensors share storage, nothing mutates a stored tensor), and a branch starts from one.
#include <torch/types.h>

#include <vector>

#include "core/sampling/eval_point.h"

namespace patchdiff::sampling {

struct SolverState {
  std::vector<torch::Tensor> history;     // newest last, [B, 3, H, W] each
  std::vector<EvalPoint> history_points;  // where each entry was evaluated
};

}  // namespace patchdiff::sampling
