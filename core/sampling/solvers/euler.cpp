// SPDX-License-Identifier: GPL-3.0-or-later
// Euler on the probability-flow ODE dx/dsigma = (x - D(x)) / sigma (Karras et al. 2022,
// arXiv 2206.00364, eq. 3 and Algorithm 1 with first-order steps; k-diffusion sample_euler).
// In the VP variables this is DDIM with eta 0 (Song et al. 2021, eq. 13), step for step.
#include "core/sampling/solvers/noise_level.h"
#include "core/sampling/solvers/solvers.h"

namespace patchdiff::sampling::solvers {

StepOutput euler_step(const StepContext& ctx, const torch::Tensor& x, SolverState& /*state*/) {
  StepOutput out;
  out.first = ctx.denoiser(x, ctx.point());
  const NoiseLevel from = noise_level(ctx.denoiser, ctx.point());
  const NoiseLevel to = noise_level(ctx.denoiser, ctx.next_point());
  const auto x_ve = x / from.alpha;
  const auto d = (x_ve - out.first.x0) / from.sigma;  // dx/dsigma
  out.x_next = (x_ve + (to.sigma - from.sigma) * d) * to.alpha;
  return out;
}

}  // namespace patchdiff::sampling::solvers
