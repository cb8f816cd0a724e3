// SPDX-License-Identifier: GPL-3.0-or-later
// DDPM (Ho et al. 2020, Algorithm 2) on the respaced tables: x_{t-1} = mean + sigma z.
#include "core/error.h"
#include "core/sampling/solvers/solvers.h"

namespace patchdiff::sampling::solvers {

StepOutput ddpm_step(const StepContext& ctx, const torch::Tensor& x, SolverState& /*state*/) {
  const EvalPoint point = ctx.point();
  if (!point.is_step()) throw ConfigError("the ddpm sampler runs on the respaced table's steps only");
  StepOutput out;
  out.first = ctx.denoiser(x, point);
  // The original draws noise at the last step too and masks it; we skip the draw there.
  const torch::Tensor noise = point.step != 0 ? ctx.noise() : torch::Tensor();
  diffusion::MeanVariance mv{out.first.mean, out.first.log_variance, out.first.x0};
  out.x_next = ctx.denoiser.diffusion().p_sample(mv, point.step, noise);
  return out;
}

}  // namespace patchdiff::sampling::solvers
