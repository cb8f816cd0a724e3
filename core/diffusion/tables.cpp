// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/diffusion/tables.h"

#include <cmath>
#include <sstream>

#include "core/error.h"

namespace patchdiff::diffusion {

namespace {

std::vector<double> map_log(const std::vector<double>& values) {
  std::vector<double> out(values.size());
  for (size_t i = 0; i < values.size(); ++i) out[i] = std::log(values[i]);
  return out;
}

}  // namespace

DiffusionTables DiffusionTables::from_betas(std::vector<double> betas) {
  const size_t n = betas.size();
  if (n < 2) {
    throw ConfigError("a diffusion needs at least 2 steps after respacing, got " +
                      std::to_string(n) + "; keep more steps in timestep_respacing");
  }
  for (size_t i = 0; i < n; ++i) {
    if (!(betas[i] > 0.0 && betas[i] <= 1.0)) {
      std::ostringstream msg;
      msg.precision(17);
      msg << "beta " << i << " is " << betas[i]
          << ", outside (0, 1]; choose a noise_schedule whose final beta (scaled by "
             "1000/diffusion_steps) is at most 1";
      throw ConfigError(msg.str());
    }
  }
  DiffusionTables t;
  t.betas = std::move(betas);
  t.alphas_cumprod.resize(n);
  double running = 1.0;  // np.cumprod multiplies in order
  for (size_t i = 0; i < n; ++i) {
    running *= 1.0 - t.betas[i];
    t.alphas_cumprod[i] = running;
  }
  t.alphas_cumprod_prev.resize(n);
  t.alphas_cumprod_next.resize(n);
  for (size_t i = 0; i < n; ++i) {
    t.alphas_cumprod_prev[i] = i == 0 ? 1.0 : t.alphas_cumprod[i - 1];
    t.alphas_cumprod_next[i] = i + 1 == n ? 0.0 : t.alphas_cumprod[i + 1];
  }
  t.sqrt_alphas_cumprod.resize(n);
  t.sqrt_one_minus_alphas_cumprod.resize(n);
  t.log_one_minus_alphas_cumprod.resize(n);
  t.sqrt_recip_alphas_cumprod.resize(n);
  t.sqrt_recipm1_alphas_cumprod.resize(n);
  t.posterior_variance.resize(n);
  t.posterior_mean_coef1.resize(n);
  t.posterior_mean_coef2.resize(n);
  t.snr.resize(n);
  for (size_t i = 0; i < n; ++i) {
    const double abar = t.alphas_cumprod[i];
    const double abar_prev = t.alphas_cumprod_prev[i];
    const double beta = t.betas[i];
    t.sqrt_alphas_cumprod[i] = std::sqrt(abar);
    t.sqrt_one_minus_alphas_cumprod[i] = std::sqrt(1.0 - abar);
    t.log_one_minus_alphas_cumprod[i] = std::log(1.0 - abar);
    t.sqrt_recip_alphas_cumprod[i] = std::sqrt(1.0 / abar);
    t.sqrt_recipm1_alphas_cumprod[i] = std::sqrt(1.0 / abar - 1);
    t.posterior_variance[i] = beta * (1.0 - abar_prev) / (1.0 - abar);
    t.posterior_mean_coef1[i] = beta * std::sqrt(abar_prev) / (1.0 - abar);
    t.posterior_mean_coef2[i] = (1.0 - abar_prev) * std::sqrt(1.0 - beta) / (1.0 - abar);
    const double s = t.sqrt_one_minus_alphas_cumprod[i];
    t.snr[i] = abar / (s * s);
  }
  // The posterior variance is 0 at the first step; its log takes entry 1 there.
  std::vector<double> clipped = t.posterior_variance;
  clipped[0] = t.posterior_variance[1];
  t.posterior_log_variance_clipped = map_log(clipped);
  return t;
}

std::vector<double> respaced_betas(const std::vector<double>& alphas_cumprod,
                                   const std::vector<int>& use_timesteps) {
  std::vector<double> betas;
  betas.reserve(use_timesteps.size());
  double last = 1.0;
  for (int t : use_timesteps) {
    if (t < 0 || t >= static_cast<int>(alphas_cumprod.size())) {
      throw ConfigError("respaced timestep " + std::to_string(t) + " is outside [0, " +
                        std::to_string(alphas_cumprod.size()) + ")");
    }
    betas.push_back(1 - alphas_cumprod[t] / last);
    last = alphas_cumprod[t];
  }
  return betas;
}

torch::Tensor to_float32_tensor(const std::vector<double>& values, const torch::Device& device) {
  const auto host = torch::from_blob(const_cast<double*>(values.data()),
                                     {static_cast<int64_t>(values.size())}, torch::kFloat64);
  return host.to(torch::kFloat32).to(device);
}

DeviceTables DeviceTables::from(const DiffusionTables& t, const torch::Device& device) {
  auto f32 = [&](const std::vector<double>& v) { return to_float32_tensor(v, device); };
  std::vector<double> fixed_large = t.betas;
  fixed_large[0] = t.posterior_variance[1];
  DeviceTables d;
  d.betas = f32(t.betas);
  d.log_betas = f32(map_log(t.betas));
  d.alphas_cumprod = f32(t.alphas_cumprod);
  d.alphas_cumprod_prev = f32(t.alphas_cumprod_prev);
  d.sqrt_alphas_cumprod = f32(t.sqrt_alphas_cumprod);
  d.sqrt_one_minus_alphas_cumprod = f32(t.sqrt_one_minus_alphas_cumprod);
  d.sqrt_recip_alphas_cumprod = f32(t.sqrt_recip_alphas_cumprod);
  d.sqrt_recipm1_alphas_cumprod = f32(t.sqrt_recipm1_alphas_cumprod);
  d.posterior_variance = f32(t.posterior_variance);
  d.posterior_log_variance_clipped = f32(t.posterior_log_variance_clipped);
  d.posterior_mean_coef1 = f32(t.posterior_mean_coef1);
  d.posterior_mean_coef2 = f32(t.posterior_mean_coef2);
  d.fixed_large_variance = f32(fixed_large);
  d.fixed_large_log_variance = f32(map_log(fixed_large));
  return d;
}

DeviceTables DeviceTables::to(const torch::Device& device) const {
  DeviceTables d = *this;
  for (torch::Tensor* t :
       {&d.betas, &d.log_betas, &d.alphas_cumprod, &d.alphas_cumprod_prev,
        &d.sqrt_alphas_cumprod, &d.sqrt_one_minus_alphas_cumprod, &d.sqrt_recip_alphas_cumprod,
        &d.sqrt_recipm1_alphas_cumprod, &d.posterior_variance,
        &d.posterior_log_variance_clipped, &d.posterior_mean_coef1, &d.posterior_mean_coef2,
        &d.fixed_large_variance, &d.fixed_large_log_variance}) {
    *t = t->to(device);
  }
  return d;
}

}  // namespace patchdiff::diffusion
