// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/diffusion/step_index.h"

#include <vector>

namespace patchdiff::diffusion {

namespace {

std::vector<int64_t> broadcast_shape(int64_t batch, int64_t ndim) {
  std::vector<int64_t> shape(static_cast<size_t>(std::max<int64_t>(ndim, 1)), 1);
  shape[0] = batch;
  return shape;
}

}  // namespace

StepIndex::StepIndex(int step) : m_step(step) {}

StepIndex::StepIndex(torch::Tensor steps) {
  TORCH_CHECK(steps.dim() == 1, "per-image steps must be a 1-D tensor, got shape ",
              steps.sizes());
  m_steps = steps.to(torch::kLong);
}

torch::Tensor StepIndex::gather(const torch::Tensor& table, int64_t ndim) const {
  if (is_single()) {
    TORCH_CHECK(m_step >= 0 && m_step < table.size(0), "step ", m_step,
                " is outside the diffusion's ", table.size(0), " steps");
    return table.select(0, m_step);
  }
  const auto& steps = *m_steps;
  return table.index_select(0, steps.to(table.device())).view(broadcast_shape(steps.size(0), ndim));
}

}  // namespace patchdiff::diffusion
