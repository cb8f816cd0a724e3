// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/diffusion/gaussian_diffusion.h"

#include <algorithm>

#include "core/diffusion/predictions.h"
#include "core/diffusion/respacing.h"
#include "core/diffusion/schedules.h"
#include "core/error.h"

namespace patchdiff::diffusion {

GaussianDiffusion::GaussianDiffusion(const DiffusionConfig& config)
    : GaussianDiffusion(beta_schedule(config.noise_schedule, config.diffusion_steps),
                        space_timesteps(config.diffusion_steps, config.timestep_respacing),
                        config.mean_type, config.variance_type()) {}

GaussianDiffusion::GaussianDiffusion(std::vector<double> base_betas,
                                     const std::vector<int>& use_timesteps, MeanType mean_type,
                                     VarianceType variance_type)
    : m_mean_type(mean_type),
      m_variance_type(variance_type),
      m_base_tables(DiffusionTables::from_betas(std::move(base_betas))) {
  if (!std::is_sorted(use_timesteps.begin(), use_timesteps.end()) ||
      std::adjacent_find(use_timesteps.begin(), use_timesteps.end()) != use_timesteps.end()) {
    throw ConfigError("the kept timesteps must be sorted and distinct");
  }
  m_tables = DiffusionTables::from_betas(respaced_betas(m_base_tables.alphas_cumprod,
                                                        use_timesteps));
  m_timestep_map = use_timesteps;
  to(torch::kCPU);
}

void GaussianDiffusion::to(const torch::Device& device) {
  m_device = device;
  m_device_tables = DeviceTables::from(m_tables, device);
  m_device_base_tables = DeviceTables::from(m_base_tables, device);
  std::vector<int64_t> map(m_timestep_map.begin(), m_timestep_map.end());
  m_timestep_map_tensor =
      torch::tensor(map, torch::TensorOptions().dtype(torch::kLong)).to(device);
}

torch::Tensor GaussianDiffusion::model_timesteps(int step, int64_t batch) const {
  TORCH_CHECK(step >= 0 && step < num_steps(), "step ", step, " is outside the diffusion's ",
              num_steps(), " steps");
  return torch::full({batch}, static_cast<int64_t>(m_timestep_map[step]),
                     torch::TensorOptions().dtype(torch::kLong).device(m_device));
}

torch::Tensor GaussianDiffusion::predict_xstart(const torch::Tensor& prediction,
                                                const torch::Tensor& x_t,
                                                const StepIndex& t) const {
  switch (m_mean_type) {
    case MeanType::XStart: return prediction;
    case MeanType::Epsilon: return xstart_from_eps(m_device_tables, t, x_t, prediction);
    case MeanType::V: return xstart_from_v(m_device_tables, t, x_t, prediction);
  }
  TORCH_CHECK(false, "unknown model_mean_type");
}

MeanVariance GaussianDiffusion::p_mean_variance(const torch::Tensor& model_output_in,
                                                const torch::Tensor& x_t_in, const StepIndex& t,
                                                const DenoisedFn& denoised_fn,
                                                bool clip_denoised) const {
  const auto model_output = model_output_in.to(torch::kFloat32);
  const auto x_t = x_t_in.to(torch::kFloat32);
  const int64_t channels = x_t.size(1);
  const int64_t n = x_t.dim();
  const bool learned = m_variance_type == VarianceType::LearnedRange;
  TORCH_CHECK(model_output.dim() == n && model_output.size(0) == x_t.size(0) &&
                  model_output.size(1) == (learned ? 2 : 1) * channels,
              "model output of shape ", model_output.sizes(), " does not match x_t ",
              x_t.sizes(), learned ? " with learned variance (2x the channels)" : "");

  MeanVariance out;
  torch::Tensor prediction = model_output;
  if (learned) {
    auto halves = model_output.split(channels, 1);
    prediction = halves[0];
    const auto& v = halves[1];  // in (0, 1): 1 is the posterior variance, 0 is beta_t
    const auto min_log = t.gather(m_device_tables.posterior_log_variance_clipped, n);
    const auto max_log = t.gather(m_device_tables.log_betas, n);
    // Patch Diffusion, not guided-diffusion: v weights min_log directly, no (v+1)/2.
    out.log_variance = v * min_log + (1 - v) * max_log;
  } else if (m_variance_type == VarianceType::FixedLarge) {
    out.log_variance = t.gather(m_device_tables.fixed_large_log_variance, n);
  } else {
    out.log_variance = t.gather(m_device_tables.posterior_log_variance_clipped, n);
  }

  auto x0 = predict_xstart(prediction, x_t, t);
  if (denoised_fn) x0 = denoised_fn(x0);
  if (clip_denoised) x0 = x0.clamp(-1, 1);
  out.pred_xstart = x0;
  out.mean = q_posterior(m_device_tables, t, x0, x_t).mean;
  return out;
}

torch::Tensor GaussianDiffusion::p_sample(const MeanVariance& out, int step,
                                          const torch::Tensor& noise) const {
  TORCH_CHECK(step >= 0 && step < num_steps(), "step ", step, " is outside the diffusion's ",
              num_steps(), " steps");
  if (step == 0) return out.mean;  // the original multiplies the noise by a zero mask
  return out.mean + torch::exp(0.5 * out.log_variance) * noise;
}

torch::Tensor GaussianDiffusion::ddim_sample(const MeanVariance& out, const torch::Tensor& x_t_in,
                                             int step, double eta,
                                             const torch::Tensor& noise) const {
  const auto x_t = x_t_in.to(torch::kFloat32);
  const StepIndex t(step);
  const auto eps = eps_from_xstart(m_device_tables, t, x_t, out.pred_xstart);
  const auto alpha_bar = t.gather(m_device_tables.alphas_cumprod, 0);
  const auto alpha_bar_prev = t.gather(m_device_tables.alphas_cumprod_prev, 0);
  const auto sigma = eta * torch::sqrt((1 - alpha_bar_prev) / (1 - alpha_bar)) *
                     torch::sqrt(1 - alpha_bar / alpha_bar_prev);
  const auto mean_pred = out.pred_xstart * torch::sqrt(alpha_bar_prev) +
                         torch::sqrt(1 - alpha_bar_prev - sigma.pow(2)) * eps;
  if (step == 0 || eta == 0.0) return mean_pred;  // sigma = 0 (or masked): no noise term
  TORCH_CHECK(noise.defined(), "DDIM with eta != 0 needs noise at step ", step);
  return mean_pred + sigma * noise;
}

}  // namespace patchdiff::diffusion
