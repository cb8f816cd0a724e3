// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Conversions between what a network predicts (x0, eps, v) and the forward process,
// each written in the original's order of float32 operations (guided-diffusion's
// _predict_xstart_from_eps & co.). `tables` are the float32 device tables the step
// indexes: the respaced ones for sampling, the base ones for guidance.
#include <torch/torch.h>

#include "core/diffusion/step_index.h"
#include "core/diffusion/tables.h"

namespace patchdiff::diffusion {

// x0 = sqrt(1/abar) x_t - sqrt(1/abar - 1) eps
torch::Tensor xstart_from_eps(const DeviceTables& tables, const StepIndex& t,
                              const torch::Tensor& x_t, const torch::Tensor& eps);
// eps = (sqrt(1/abar) x_t - x0) / sqrt(1/abar - 1)
torch::Tensor eps_from_xstart(const DeviceTables& tables, const StepIndex& t,
                              const torch::Tensor& x_t, const torch::Tensor& x0);
// x0 = sqrt(abar) x_t - sqrt(1 - abar) v
torch::Tensor xstart_from_v(const DeviceTables& tables, const StepIndex& t,
                            const torch::Tensor& x_t, const torch::Tensor& v);
// v = sqrt(abar) eps - sqrt(1 - abar) x0(eps)   (Patch Diffusion's _predict_v_from_eps)
torch::Tensor v_from_eps(const DeviceTables& tables, const StepIndex& t,
                         const torch::Tensor& x_t, const torch::Tensor& eps);

// q(x_t | x0) sample: sqrt(abar) x0 + sqrt(1 - abar) noise.
torch::Tensor q_sample(const DeviceTables& tables, const StepIndex& t, const torch::Tensor& x0,
                       const torch::Tensor& noise);

// q(x_{t-1} | x_t, x0): mean = c1 x0 + c2 x_t, and the clipped log-variance (broadcastable).
struct Posterior {
  torch::Tensor mean;
  torch::Tensor log_variance_clipped;
};
Posterior q_posterior(const DeviceTables& tables, const StepIndex& t, const torch::Tensor& x0,
                      const torch::Tensor& x_t);

}  // namespace patchdiff::diffusion
