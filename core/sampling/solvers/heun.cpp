// SPDX-License-Identifier: GPL-3.0-or-later
// Heun's second-order method on the probability-flow ODE (Karras et al. 2022, arXiv
// 2206.00364, Algorithm 1 lines 5-8; k-diffusion sample_heun): an Euler step, a second
// denoiser pass at the next point (served by the split model of that point's SNR), the mean
// slope. Into the clean end it is an Euler step (sigma' = 0, Algorithm 1 line 6).
#include "core/sampling/solvers/noise_level.h"
#include "core/sampling/solvers/solvers.h"

namespace patchdiff::sampling::solvers {

StepOutput heun_step(const StepContext& ctx, const torch::Tensor& x, SolverState& /*state*/) {
  StepOutput out;
  const EvalPoint next = ctx.next_point();
  out.first = ctx.denoiser(x, ctx.point());
  const NoiseLevel from = noise_level(ctx.denoiser, ctx.point());
  const NoiseLevel to = noise_level(ctx.denoiser, next);
  const auto x_ve = x / from.alpha;
  const auto d = (x_ve - out.first.x0) / from.sigma;
  const auto euler_ve = x_ve + (to.sigma - from.sigma) * d;
  if (to.clean()) {
    out.x_next = euler_ve;
    return out;
  }
  const Denoised second = ctx.denoiser(euler_ve * to.alpha, next);
  const auto d_next = (euler_ve - second.x0) / to.sigma;
  out.x_next = (x_ve + (to.sigma - from.sigma) * 0.5 * (d + d_next)) * to.alpha;
  return out;
}

}  // namespace patchdiff::sampling::solvers
