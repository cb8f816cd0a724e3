// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A respaced Gaussian diffusion: the host float64 tables, their float32 device copies,
// and one reverse step (guided-diffusion's SpacedDiffusion p_mean_variance / p_sample /
// ddim_sample, with Patch Diffusion's learned-range variance). The network is not called
// here: a sampling loop runs it on `model_timesteps(step)` and hands its raw output in.
#include <torch/torch.h>

#include <functional>
#include <vector>

#include "core/diffusion/diffusion_config.h"
#include "core/diffusion/step_index.h"
#include "core/diffusion/tables.h"

namespace patchdiff::diffusion {

// Applied to the x0 prediction before clipping (dynamic thresholding, in the sample script).
using DenoisedFn = std::function<torch::Tensor(const torch::Tensor&)>;

// p(x_{t-1} | x_t): tensors shaped like x_t except log_variance, which broadcasts against
// it (a 0-dim or [B,1,1,1] table entry for the fixed variances).
struct MeanVariance {
  torch::Tensor mean;
  torch::Tensor log_variance;
  torch::Tensor pred_xstart;  // after denoised_fn and clipping
};

class GaussianDiffusion {
 public:
  // Tables from config.noise_schedule / diffusion_steps, respaced by timestep_respacing;
  // float32 copies on the CPU until to(). Throws ConfigError for bad names or spacing.
  explicit GaussianDiffusion(const DiffusionConfig& config);
  // From explicit base betas (float64) and kept timesteps (sorted, unique).
  GaussianDiffusion(std::vector<double> base_betas, const std::vector<int>& use_timesteps,
                    MeanType mean_type, VarianceType variance_type);

  // Moves the float32 tables (respaced and base) to `device`, once before sampling.
  void to(const torch::Device& device);
  torch::Device device() const { return m_device; }

  int num_steps() const { return m_tables.size(); }                // respaced
  int original_num_steps() const { return m_base_tables.size(); }  // T
  const std::vector<int>& timestep_map() const { return m_timestep_map; }
  const DiffusionTables& tables() const { return m_tables; }            // respaced, float64
  const DiffusionTables& base_tables() const { return m_base_tables; }  // un-respaced
  const DeviceTables& device_tables() const { return m_device_tables; }
  const DeviceTables& device_base_tables() const { return m_device_base_tables; }
  MeanType mean_type() const { return m_mean_type; }
  VarianceType variance_type() const { return m_variance_type; }
  // SNR at respaced step i (equal to the SNR at timestep_map[i] up to rounding).
  double snr(int step) const { return m_tables.snr.at(static_cast<size_t>(step)); }

  // The network's timestep input at respaced step `step`: [batch] int64 holding the
  // original timestep timestep_map[step], on the tables' device.
  torch::Tensor model_timesteps(int step, int64_t batch) const;

  // The network's raw output [B, 3 or 6, H, W] at x_t [B, 3, H, W] -> mean, log-variance
  // and processed x0 (denoised_fn, then clamp to [-1, 1] if clip_denoised).
  MeanVariance p_mean_variance(const torch::Tensor& model_output, const torch::Tensor& x_t,
                               const StepIndex& t, const DenoisedFn& denoised_fn = {},
                               bool clip_denoised = true) const;

  // DDPM: x_{t-1} = mean + [step != 0] exp(0.5 log_var) noise. The original draws noise at
  // every step, the last included; pass it in to reproduce a run.
  torch::Tensor p_sample(const MeanVariance& out, int step, const torch::Tensor& noise) const;

  // DDIM (Song et al. 2021, eq. 12): eps from the processed x0, sigma from eta;
  // noise is only read when eta != 0 and step != 0 (may then be undefined).
  torch::Tensor ddim_sample(const MeanVariance& out, const torch::Tensor& x_t, int step,
                            double eta, const torch::Tensor& noise = {}) const;

  // The model output's prediction channels turned into x0 (unprocessed), per mean_type.
  torch::Tensor predict_xstart(const torch::Tensor& prediction, const torch::Tensor& x_t,
                               const StepIndex& t) const;

 private:
  MeanType m_mean_type;
  VarianceType m_variance_type;
  DiffusionTables m_base_tables;
  DiffusionTables m_tables;
  std::vector<int> m_timestep_map;
  torch::Device m_device = torch::kCPU;
  DeviceTables m_device_tables;
  DeviceTables m_device_base_tables;
  torch::Tensor m_timestep_map_tensor;  // int64 [steps] on m_device
};

}  // namespace patchdiff::diffusion
