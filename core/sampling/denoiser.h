// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The denoiser every solver calls (k-diffusion's model wrapper, stable-diffusion.cpp's
// denoiser.hpp): x and a point of the diffusion in, the processed x0 prediction out, with
// classifier-free guidance, dynamic thresholding and clipping applied, and the split model
// chosen by the SNR of the point evaluated. At a respaced step it is exactly the original's
// p_mean_variance (and also gives DDPM's mean and variance); at a continuous point (a
// fractional timestep of the 1000-step table, for schedules between table entries) the
// network sees that timestep and alpha_bar is interpolated in log sigma.
#include <torch/torch.h>

#include <vector>

#include "core/diffusion/gaussian_diffusion.h"
#include "core/model/model_loader.h"
#include "core/sampling/eval_point.h"
#include "core/sampling/sampler_settings.h"

namespace patchdiff::sampling {

struct Denoised {
  torch::Tensor x0;  // [B, 3, H, W] processed prediction (guided, thresholded, clipped)
  // At a respaced step: p(x_{t-1} | x_t) from x0 (DDPM's mean and learned-range variance).
  torch::Tensor mean, log_variance;
  torch::Tensor guidance_gap;     // [B] RMS(eps_c - eps_u), undefined without guidance
  torch::Tensor threshold_scale;  // [B] dynamic thresholding's s, undefined when off
  int model_index = 0;            // which split model ran
  double snr = 0.0;               // alpha_bar / (1 - alpha_bar) at the point
  double timestep = 0.0;          // the network's timestep input
};

class Denoiser {
 public:
  // `models` in split order over the respaced `diffusion`; `labels` [B] on the device
  // (undefined for unconditional models); settings give guidance, thresholding, clipping.
  Denoiser(const std::vector<model::LoadedModel>& models, const diffusion::GaussianDiffusion& diffusion,
           std::vector<double> snr_boundaries, torch::Tensor labels, int num_classes,
           const SamplerSettings& settings);

  Denoised operator()(const torch::Tensor& x, const EvalPoint& point) const;

  // eps consistent with x and a (processed) x0 at the point, as DDIM derives it.
  torch::Tensor eps(const torch::Tensor& x, const EvalPoint& point, const torch::Tensor& x0) const;
  // alpha_bar at the point (1 at the clean end), float64 on the host.
  double alpha_bar(const EvalPoint& point) const;
  // sigma = sqrt((1 - alpha_bar) / alpha_bar), k-diffusion's noise level (0 at the clean end).
  double sigma(const EvalPoint& point) const;

  const diffusion::GaussianDiffusion& diffusion() const { return m_diffusion; }
  bool guiding() const { return m_guiding; }
  bool thresholding() const { return m_threshold; }

 private:
  torch::Tensor raw_output(const model::LoadedModel& m, const torch::Tensor& x, const torch::Tensor& t,
                           torch::Tensor* cond_out, torch::Tensor* uncond_out) const;
  Denoised at_step(const torch::Tensor& x, int step) const;
  Denoised at_timestep(const torch::Tensor& x, double t) const;
  torch::Tensor process_x0(torch::Tensor x0, Denoised& out) const;

  const std::vector<model::LoadedModel>& m_models;
  const diffusion::GaussianDiffusion& m_diffusion;
  std::vector<double> m_boundaries;
  torch::Tensor m_labels;
  int m_num_classes = 0;
  bool m_guiding = false;
  bool m_threshold = false;
  double m_guidance_scale = 1.0;
  bool m_clip = true;
};

}  // namespace patchdiff::sampling
