// SPDX-License-Identifier: GPL-3.0-or-later
// DPM-Solver++(2M) (Lu et al. 2022, arXiv 2211.01095, Algorithm 2; k-diffusion
// sample_dpmpp_2m): multistep in lambda = -log sigma with the data prediction,
//   x' = (sigma_vp'/sigma_vp) x - alpha' (e^-h - 1) D,  D = (1 + 1/2r) x0_i - (1/2r) x0_{i-1},
// r = h_{i-1} / h_i; first order on the first step and into the clean end (x' = x0).
#include <cmath>

#include "core/sampling/solvers/noise_level.h"
#include "core/sampling/solvers/solvers.h"

namespace patchdiff::sampling::solvers {

StepOutput dpmpp_2m_step(const StepContext& ctx, const torch::Tensor& x, SolverState& state) {
  StepOutput out;
  out.first = ctx.denoiser(x, ctx.point());
  const NoiseLevel from = noise_level(ctx.denoiser, ctx.point());
  const NoiseLevel to = noise_level(ctx.denoiser, ctx.next_point());
  const torch::Tensor x0 = out.first.x0;
  if (to.clean()) {
    out.x_next = x0;
  } else {
    const double h = to.lambda - from.lambda;
    torch::Tensor d = x0;
    if (!state.history.empty()) {
      const double h_last = from.lambda - noise_level(ctx.denoiser, state.history_points.back()).lambda;
      const double r = h_last / h;
      d = (1.0 + 1.0 / (2.0 * r)) * x0 - (1.0 / (2.0 * r)) * state.history.back();
    }
    out.x_next = (to.sigma_vp / from.sigma_vp) * x - to.alpha * std::expm1(-h) * d;
  }
  remember(state, x0, ctx.point(), /*keep=*/1);
  return out;
}

}  // namespace patchdiff::sampling::solvers
