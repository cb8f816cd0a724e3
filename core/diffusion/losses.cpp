// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/diffusion/losses.h"

#include <cmath>
#include <numeric>
#include <vector>

#include "core/diffusion/predictions.h"

namespace patchdiff::diffusion {

namespace {

constexpr double kPi = 3.14159265358979323846;

}  // namespace

torch::Tensor mean_flat(const torch::Tensor& x) {
  std::vector<int64_t> dims(static_cast<size_t>(std::max<int64_t>(x.dim() - 1, 0)));
  std::iota(dims.begin(), dims.end(), 1);
  return dims.empty() ? x : x.mean(dims);
}

torch::Tensor normal_kl(const torch::Tensor& mean1, const torch::Tensor& logvar1,
                        const torch::Tensor& mean2, const torch::Tensor& logvar2) {
  return 0.5 * (-1.0 + logvar2 - logvar1 + torch::exp(logvar1 - logvar2) +
                (mean1 - mean2).pow(2) * torch::exp(-logvar2));
}

torch::Tensor approx_standard_normal_cdf(const torch::Tensor& x) {
  return 0.5 * (1.0 + torch::tanh(std::sqrt(2.0 / kPi) * (x + 0.044715 * torch::pow(x, 3))));
}

torch::Tensor discretized_gaussian_log_likelihood(const torch::Tensor& x,
                                                  const torch::Tensor& means,
                                                  const torch::Tensor& log_scales) {
  TORCH_CHECK(x.sizes() == means.sizes() && x.sizes() == log_scales.sizes(),
              "discretized_gaussian_log_likelihood: shapes differ: ", x.sizes(), ", ",
              means.sizes(), ", ", log_scales.sizes());
  const auto centered_x = x - means;
  const auto inv_stdv = torch::exp(-log_scales);
  const auto plus_in = inv_stdv * (centered_x + 1.0 / 255.0);
  const auto cdf_plus = approx_standard_normal_cdf(plus_in);
  const auto min_in = inv_stdv * (centered_x - 1.0 / 255.0);
  const auto cdf_min = approx_standard_normal_cdf(min_in);
  const auto log_cdf_plus = torch::log(cdf_plus.clamp_min(1e-12));
  const auto log_one_minus_cdf_min = torch::log((1.0 - cdf_min).clamp_min(1e-12));
  const auto cdf_delta = cdf_plus - cdf_min;
  return torch::where(x < -0.999, log_cdf_plus,
                      torch::where(x > 0.999, log_one_minus_cdf_min,
                                   torch::log(cdf_delta.clamp_min(1e-12))));
}

torch::Tensor vb_terms_bpd(const GaussianDiffusion& diffusion, const torch::Tensor& model_output,
                           const torch::Tensor& x_start, const torch::Tensor& x_t,
                           const torch::Tensor& t) {
  const StepIndex steps(t);
  const auto truth = q_posterior(diffusion.device_tables(), steps, x_start, x_t);
  const auto out = diffusion.p_mean_variance(model_output, x_t, steps, {},
                                             /*clip_denoised=*/false);
  // The fixed variances come back as [B,1,1,1] table entries; the decoder needs full shape.
  const auto model_log_variance = out.log_variance.expand_as(x_start);
  const auto true_log_variance = truth.log_variance_clipped.expand_as(x_start);
  const double log2 = std::log(2.0);
  const auto kl = mean_flat(normal_kl(truth.mean, true_log_variance, out.mean,
                                      model_log_variance)) / log2;
  const auto decoder_nll = mean_flat(-discretized_gaussian_log_likelihood(
                               x_start, out.mean, 0.5 * model_log_variance)) / log2;
  return torch::where(steps.steps().to(x_start.device()) == 0, decoder_nll, kl);
}

LossType loss_type(const DiffusionConfig& config) {
  if (config.use_kl) return LossType::RescaledKl;
  if (config.rescale_learned_sigmas) return LossType::RescaledMse;
  return LossType::Mse;
}

TrainingTerms training_terms(const GaussianDiffusion& diffusion, LossType type,
                             const torch::Tensor& model_output, const torch::Tensor& x_start,
                             const torch::Tensor& x_t, const torch::Tensor& t,
                             const torch::Tensor& weight_table) {
  TrainingTerms terms;
  const auto num_steps = static_cast<double>(diffusion.num_steps());
  if (type == LossType::Kl || type == LossType::RescaledKl) {
    terms.loss = vb_terms_bpd(diffusion, model_output, x_start, x_t, t);
    if (type == LossType::RescaledKl) terms.loss = terms.loss * num_steps;
    return terms;
  }
  const int64_t channels = x_t.size(1);
  torch::Tensor prediction = model_output;
  if (diffusion.variance_type() == VarianceType::LearnedRange) {
    auto halves = model_output.split(channels, 1);
    prediction = halves[0];
    // Learn the variance through the bound without letting it move the mean.
    const auto frozen = torch::cat({halves[0].detach(), halves[1]}, 1);
    terms.vb = vb_terms_bpd(diffusion, frozen, x_start, x_t, t);
    if (type == LossType::RescaledMse) terms.vb = terms.vb * (num_steps / 1000.0);
  }
  const StepIndex steps(t);
  const auto pred_x0 = diffusion.predict_xstart(prediction, x_t, steps);
  const auto weights = steps.gather(weight_table.to(x_start.device()), x_start.dim());
  terms.mse = mean_flat(weights * (x_start - pred_x0).pow(2));
  terms.loss = terms.vb.defined() ? terms.mse + terms.vb : terms.mse;
  return terms;
}

}  // namespace patchdiff::diffusion
