// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The diffusion's per-step coefficient tables: float64 on the host, as guided-diffusion
// keeps them in numpy, and float32 copies on the sampling device. The original extracts
// `torch.from_numpy(arr).to(device)[t].float()`, i.e. each coefficient is rounded to
// float32 once and then multiplies float32 tensors; the device copies are exactly those
// values, built once so a sampling loop never rebuilds or uploads a table.
#include <torch/torch.h>

#include <vector>

namespace patchdiff::diffusion {

// guided-diffusion's GaussianDiffusion.__init__ tables (float64), one entry per step.
struct DiffusionTables {
  std::vector<double> betas;
  std::vector<double> alphas_cumprod;
  std::vector<double> alphas_cumprod_prev;  // 1 before the first step
  std::vector<double> alphas_cumprod_next;  // 0 after the last step
  std::vector<double> sqrt_alphas_cumprod;
  std::vector<double> sqrt_one_minus_alphas_cumprod;
  std::vector<double> log_one_minus_alphas_cumprod;
  std::vector<double> sqrt_recip_alphas_cumprod;
  std::vector<double> sqrt_recipm1_alphas_cumprod;
  std::vector<double> posterior_variance;
  std::vector<double> posterior_log_variance_clipped;  // entry 0 replaced by entry 1
  std::vector<double> posterior_mean_coef1;
  std::vector<double> posterior_mean_coef2;
  // Patch Diffusion's `snrs`: abar / sqrt(1 - abar)**2 (written that way, bit for bit).
  std::vector<double> snr;

  // Throws ConfigError unless every beta is in (0, 1] and there are at least 2 steps
  // (the fixed-large variance and the clipped log use entry 1).
  static DiffusionTables from_betas(std::vector<double> betas);
  int size() const { return static_cast<int>(betas.size()); }
};

// SpacedDiffusion's betas for the kept timesteps `use_timesteps` (sorted, from
// space_timesteps): 1 - abar[t_i] / abar[t_{i-1}], with abar before the first kept step = 1.
std::vector<double> respaced_betas(const std::vector<double>& alphas_cumprod,
                                   const std::vector<int>& use_timesteps);

// float32 copies of the tables that tensor maths reads, on one device. Each is [steps].
struct DeviceTables {
  torch::Tensor betas;
  torch::Tensor log_betas;  // np.log(betas): the learned range's max_log
  torch::Tensor alphas_cumprod;
  torch::Tensor alphas_cumprod_prev;
  torch::Tensor sqrt_alphas_cumprod;
  torch::Tensor sqrt_one_minus_alphas_cumprod;
  torch::Tensor sqrt_recip_alphas_cumprod;
  torch::Tensor sqrt_recipm1_alphas_cumprod;
  torch::Tensor posterior_variance;
  torch::Tensor posterior_log_variance_clipped;
  torch::Tensor posterior_mean_coef1;
  torch::Tensor posterior_mean_coef2;
  // Fixed-large variance: [posterior_variance[1], betas[1], betas[2], ...] and its log.
  torch::Tensor fixed_large_variance;
  torch::Tensor fixed_large_log_variance;

  static DeviceTables from(const DiffusionTables& tables, const torch::Device& device);
  DeviceTables to(const torch::Device& device) const;
};

// A float64 host table as a float32 tensor on `device` (the original's `.float()` cast).
torch::Tensor to_float32_tensor(const std::vector<double>& values, const torch::Device& device);

}  // namespace patchdiff::diffusion
