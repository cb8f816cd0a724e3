// SPDX-License-Identifier: GPL-3.0-or-later
// Euler ancestral (k-diffusion sample_euler_ancestral, get_ancestral_step with eta 1): an
// Euler step down to sigma_down, then fresh noise of sigma_up, with
// sigma_up^2 = sigma'^2 (sigma^2 - sigma'^2) / sigma^2 and sigma_down^2 = sigma'^2 - sigma_up^2
// (the DDPM posterior's split, Ho et al. 2020 eq. 7, in sigma).
#include <algorithm>
#include <cmath>

#include "core/sampling/solvers/noise_level.h"
#include "core/sampling/solvers/solvers.h"

namespace patchdiff::sampling::solvers {

StepOutput euler_ancestral_step(const StepContext& ctx, const torch::Tensor& x, SolverState& /*state*/) {
  StepOutput out;
  out.first = ctx.denoiser(x, ctx.point());
  const NoiseLevel from = noise_level(ctx.denoiser, ctx.point());
  const NoiseLevel to = noise_level(ctx.denoiser, ctx.next_point());
  const double s = from.sigma, s_next = to.sigma;
  const double sigma_up = std::min(s_next, std::sqrt(s_next * s_next * (s * s - s_next * s_next) / (s * s)));
  const double sigma_down = std::sqrt(s_next * s_next - sigma_up * sigma_up);
  const auto x_ve = x / from.alpha;
  const auto d = (x_ve - out.first.x0) / s;
  auto x_next_ve = x_ve + (sigma_down - s) * d;
  if (sigma_up > 0.0) x_next_ve = x_next_ve + sigma_up * ctx.noise();
  out.x_next = x_next_ve * to.alpha;
  return out;
}

}  // namespace patchdiff::sampling::solvers
