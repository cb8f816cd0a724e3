// SPDX-License-Identifier: GPL-3.0-or-later
// DDIM (Song et al. 2021, eq. 12): eps from the processed x0, sigma_t from eta; eta 0 is
// deterministic. On the respaced table's steps, exactly guided-diffusion's ddim_sample.
#include "core/error.h"
#include "core/sampling/solvers/solvers.h"

namespace patchdiff::sampling::solvers {

StepOutput ddim_step(const StepContext& ctx, const torch::Tensor& x, SolverState& /*state*/) {
  const EvalPoint point = ctx.point();
  if (!point.is_step()) throw ConfigError("the ddim sampler runs on the respaced table's steps only");
  StepOutput out;
  out.first = ctx.denoiser(x, point);
  const double eta = ctx.settings.eta;
  const torch::Tensor noise = point.step != 0 && eta != 0.0 ? ctx.noise() : torch::Tensor();
  diffusion::MeanVariance mv{out.first.mean, out.first.log_variance, out.first.x0};
  out.x_next = ctx.denoiser.diffusion().ddim_sample(mv, x, point.step, eta, noise);
  return out;
}

}  // namespace patchdiff::sampling::solvers
