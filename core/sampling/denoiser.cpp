// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sampling/denoiser.h"

#include <cmath>

#include "core/diffusion/guidance.h"
#include "core/diffusion/predictions.h"
#include "core/diffusion/snr_splits.h"
#include "core/error.h"

namespace patchdiff::sampling {

Denoiser::Denoiser(const std::vector<model::LoadedModel>& models, const diffusion::GaussianDiffusion& diffusion,
                   std::vector<double> snr_boundaries, torch::Tensor labels, int num_classes,
                   const SamplerSettings& settings)
    : m_models(models),
      m_diffusion(diffusion),
      m_boundaries(std::move(snr_boundaries)),
      m_labels(std::move(labels)),
      m_num_classes(num_classes) {
  m_guiding = num_classes > 0 && settings.guidance_scale != 1.0;
  m_threshold = settings.dynamic_threshold == ThresholdMode::On ||
                (settings.dynamic_threshold == ThresholdMode::Auto && m_guiding);
  m_guidance_scale = m_guiding ? settings.guidance_scale : 1.0;
  m_clip = settings.clip_denoised;
}

// One network pass, conditional and null-label halves batched when guiding (identical to
// two passes). Returns the unguided output, or fills the two halves.
torch::Tensor Denoiser::raw_output(const model::LoadedModel& m, const torch::Tensor& x, const torch::Tensor& t,
                                   torch::Tensor* cond_out, torch::Tensor* uncond_out) const {
  if (m_num_classes == 0) return m.net.ptr()->forward(x, t);
  TORCH_CHECK(m_labels.defined() && m_labels.size(0) == x.size(0), "one label per image is needed");
  if (!m_guiding) return m.net.ptr()->forward(x, t, m_labels);
  const auto null_labels = torch::full_like(m_labels, m_num_classes);
  const auto both = m.net.ptr()->forward(torch::cat({x, x}), torch::cat({t, t}), torch::cat({m_labels, null_labels}));
  const auto halves = both.chunk(2, /*dim=*/0);
  *cond_out = halves[0];
  *uncond_out = halves[1];
  return {};
}

torch::Tensor Denoiser::process_x0(torch::Tensor x0, Denoised& out) const {
  if (m_threshold) {
    auto t = diffusion::dynamic_threshold(x0);
    out.threshold_scale = t.scale;
    x0 = t.x0;
  }
  return m_clip ? x0.clamp(-1, 1) : x0;
}

Denoised Denoiser::operator()(const torch::Tensor& x, const EvalPoint& point) const {
  if (point.is_step()) return at_step(x, point.step);
  TORCH_CHECK(!point.is_clean(), "the denoiser is not evaluated at the clean end");
  return at_timestep(x, point.timestep);
}

// Exactly the original loop: guided output at the step's original timestep, then
// p_mean_variance with thresholding as its denoised_fn.
Denoised Denoiser::at_step(const torch::Tensor& x, int step) const {
  Denoised out;
  out.snr = m_diffusion.snr(step);
  out.model_index = diffusion::split_model_for_snr(out.snr, m_boundaries);
  out.timestep = m_diffusion.timestep_map()[static_cast<size_t>(step)];
  const auto& m = m_models.at(static_cast<size_t>(out.model_index));
  const auto t = m_diffusion.model_timesteps(step, x.size(0));
  torch::Tensor cond, uncond;
  torch::Tensor output = raw_output(m, x, t, &cond, &uncond);
  if (!output.defined()) {
    auto guided = diffusion::classifier_free_guidance(m_diffusion, cond, uncond, x, step, m_guidance_scale);
    out.guidance_gap = guided.gap_rms;
    output = guided.output;
  }
  diffusion::DenoisedFn threshold;
  if (m_threshold)
    threshold = [&out](const torch::Tensor& x0) {
      auto t = diffusion::dynamic_threshold(x0);
      out.threshold_scale = t.scale;
      return t.x0;
    };
  const auto mv = m_diffusion.p_mean_variance(output, x, step, threshold, m_clip);
  out.x0 = mv.pred_xstart;
  out.mean = mv.mean;
  out.log_variance = mv.log_variance;
  return out;
}

// Between table entries: alpha_bar interpolated in log sigma, the network fed the
// fractional timestep, guidance combined in eps as at a step.
Denoised Denoiser::at_timestep(const torch::Tensor& x_in, double timestep) const {
  const auto x = x_in.to(torch::kFloat32);
  Denoised out;
  const double ab = alpha_bar(EvalPoint::at_timestep(timestep));
  out.snr = ab / (1.0 - ab);
  out.model_index = diffusion::split_model_for_snr(out.snr, m_boundaries);
  out.timestep = timestep;
  const auto& m = m_models.at(static_cast<size_t>(out.model_index));
  const auto t = torch::full({x.size(0)}, timestep, x.options());
  const double a = std::sqrt(ab), s = std::sqrt(1.0 - ab);
  const int64_t channels = x.size(1);
  auto to_eps = [&](const torch::Tensor& raw) {
    const auto pred = raw.to(torch::kFloat32).narrow(1, 0, channels);
    switch (m_diffusion.mean_type()) {
      case diffusion::MeanType::Epsilon: return pred;
      case diffusion::MeanType::XStart: return (x - a * pred) / s;
      case diffusion::MeanType::V: return s * x + a * pred;  // x = a x0 + s eps, v = a eps - s x0
    }
    TORCH_CHECK(false, "unknown model_mean_type");
  };
  torch::Tensor cond, uncond;
  const torch::Tensor output = raw_output(m, x, t, &cond, &uncond);
  torch::Tensor eps;
  if (output.defined()) {
    eps = to_eps(output);
  } else {
    const auto eps_c = to_eps(cond), eps_u = to_eps(uncond);
    const auto gap = eps_c - eps_u;
    out.guidance_gap = gap.pow(2).flatten(1).mean(1).sqrt();
    eps = eps_u + m_guidance_scale * gap;
  }
  out.x0 = process_x0((x - s * eps) / a, out);
  return out;
}

torch::Tensor Denoiser::eps(const torch::Tensor& x, const EvalPoint& point, const torch::Tensor& x0) const {
  if (point.is_step())
    return diffusion::eps_from_xstart(m_diffusion.device_tables(), diffusion::StepIndex(point.step),
                                      x.to(torch::kFloat32), x0);
  const double ab = alpha_bar(point);
  return (x.to(torch::kFloat32) - std::sqrt(ab) * x0) / std::sqrt(1.0 - ab);
}

double Denoiser::alpha_bar(const EvalPoint& point) const {
  if (point.is_step()) return m_diffusion.tables().alphas_cumprod.at(static_cast<size_t>(point.step));
  if (point.is_clean()) return 1.0;
  const auto& base = m_diffusion.base_tables().alphas_cumprod;
  const double last = static_cast<double>(base.size() - 1);
  if (point.timestep > last) throw ConfigError("timestep " + std::to_string(point.timestep) + " is beyond the schedule");
  const auto lo = static_cast<size_t>(std::floor(point.timestep));
  const auto hi = std::min(lo + 1, base.size() - 1);
  const double w = point.timestep - static_cast<double>(lo);
  auto log_sigma = [](double ab) { return 0.5 * std::log((1.0 - ab) / ab); };
  const double ls = (1.0 - w) * log_sigma(base[lo]) + w * log_sigma(base[hi]);
  return 1.0 / (1.0 + std::exp(2.0 * ls));
}

double Denoiser::sigma(const EvalPoint& point) const {
  const double ab = alpha_bar(point);
  return std::sqrt((1.0 - ab) / ab);
}

}  // namespace patchdiff::sampling
