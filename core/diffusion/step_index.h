// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Which table entries a computation reads: one respaced step for the whole batch (the
// sampling loop: an int, no host-device sync) or one step per image (training, and the
// reference vectors: an int64 tensor [B] on the tables' device).
#include <torch/torch.h>

#include <optional>

namespace patchdiff::diffusion {

class StepIndex {
 public:
  StepIndex(int step);               // NOLINT(google-explicit-constructor): reads as a step
  StepIndex(torch::Tensor steps);    // NOLINT(google-explicit-constructor): [B] int64

  bool is_single() const { return !m_steps.has_value(); }
  int step() const { return m_step; }                   // only when is_single()
  const torch::Tensor& steps() const { return *m_steps; }  // only when !is_single()

  // table[step] as a 0-dim tensor (a view, no copy or sync), or table[steps] shaped
  // [B, 1, ..., 1] with `ndim` dims so it broadcasts against a [B, ...] tensor.
  torch::Tensor gather(const torch::Tensor& table, int64_t ndim) const;

 private:
  int m_step = 0;
  std::optional<torch::Tensor> m_steps;
};

}  // namespace patchdiff::diffusion
