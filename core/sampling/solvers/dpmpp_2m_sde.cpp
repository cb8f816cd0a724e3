// SPDX-License-Identifier: GPL-3.0-or-later
// DPM-Solver++(2M) SDE (Lu et al. 2022, arXiv 2211.01095, the SDE solver of Appendix B with
// the 2M midpoint correction; k-diffusion sample_dpmpp_2m_sde, solver_type "midpoint"):
// with eta_h = eta h,
//   x' = (sigma_vp'/sigma_vp) e^-eta_h x + alpha' (1 - e^(-h-eta_h)) x0
//        + (1/2r) alpha' (1 - e^(-h-eta_h)) (x0 - x0_prev) + sigma_vp' sqrt(1 - e^(-2 eta_h)) z,
// z from the run's seeded per-image step noise. eta 0 is a deterministic 2M variant.
#include <cmath>

#include "core/sampling/solvers/noise_level.h"
#include "core/sampling/solvers/solvers.h"

namespace patchdiff::sampling::solvers {

StepOutput dpmpp_2m_sde_step(const StepContext& ctx, const torch::Tensor& x, SolverState& state) {
  StepOutput out;
  out.first = ctx.denoiser(x, ctx.point());
  const NoiseLevel from = noise_level(ctx.denoiser, ctx.point());
  const NoiseLevel to = noise_level(ctx.denoiser, ctx.next_point());
  const torch::Tensor x0 = out.first.x0;
  if (to.clean()) {
    out.x_next = x0;
  } else {
    const double eta = ctx.settings.eta;
    const double h = to.lambda - from.lambda;
    const double eta_h = eta * h;
    const double gain = -std::expm1(-h - eta_h);
    auto x_next = (to.sigma_vp / from.sigma_vp) * std::exp(-eta_h) * x + to.alpha * gain * x0;
    if (!state.history.empty()) {
      const double h_last = from.lambda - noise_level(ctx.denoiser, state.history_points.back()).lambda;
      const double r = h_last / h;
      x_next = x_next + to.alpha * gain * (0.5 / r) * (x0 - state.history.back());
    }
    if (eta != 0.0) x_next = x_next + to.sigma_vp * std::sqrt(-std::expm1(-2.0 * eta_h)) * ctx.noise();
    out.x_next = x_next;
  }
  remember(state, x0, ctx.point(), /*keep=*/1);
  return out;
}

}  // namespace patchdiff::sampling::solvers
