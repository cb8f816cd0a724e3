// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/diffusion/predictions.h"

namespace patchdiff::diffusion {

torch::Tensor xstart_from_eps(const DeviceTables& tables, const StepIndex& t,
                              const torch::Tensor& x_t, const torch::Tensor& eps) {
  const auto n = x_t.dim();
  return t.gather(tables.sqrt_recip_alphas_cumprod, n) * x_t -
         t.gather(tables.sqrt_recipm1_alphas_cumprod, n) * eps;
}

torch::Tensor eps_from_xstart(const DeviceTables& tables, const StepIndex& t,
                              const torch::Tensor& x_t, const torch::Tensor& x0) {
  const auto n = x_t.dim();
  return (t.gather(tables.sqrt_recip_alphas_cumprod, n) * x_t - x0) /
         t.gather(tables.sqrt_recipm1_alphas_cumprod, n);
}

torch::Tensor xstart_from_v(const DeviceTables& tables, const StepIndex& t,
                            const torch::Tensor& x_t, const torch::Tensor& v) {
  const auto n = x_t.dim();
  return t.gather(tables.sqrt_alphas_cumprod, n) * x_t -
         t.gather(tables.sqrt_one_minus_alphas_cumprod, n) * v;
}

torch::Tensor v_from_eps(const DeviceTables& tables, const StepIndex& t,
                         const torch::Tensor& x_t, const torch::Tensor& eps) {
  const auto n = x_t.dim();
  const auto x0 = xstart_from_eps(tables, t, x_t, eps);
  return t.gather(tables.sqrt_alphas_cumprod, n) * eps -
         t.gather(tables.sqrt_one_minus_alphas_cumprod, n) * x0;
}

torch::Tensor q_sample(const DeviceTables& tables, const StepIndex& t, const torch::Tensor& x0,
                       const torch::Tensor& noise) {
  const auto n = x0.dim();
  return t.gather(tables.sqrt_alphas_cumprod, n) * x0 +
         t.gather(tables.sqrt_one_minus_alphas_cumprod, n) * noise;
}

Posterior q_posterior(const DeviceTables& tables, const StepIndex& t, const torch::Tensor& x0,
                      const torch::Tensor& x_t) {
  const auto n = x_t.dim();
  Posterior p;
  p.mean = t.gather(tables.posterior_mean_coef1, n) * x0 +
           t.gather(tables.posterior_mean_coef2, n) * x_t;
  p.log_variance_clipped = t.gather(tables.posterior_log_variance_clipped, n);
  return p;
}

}  // namespace patchdiff::diffusion
