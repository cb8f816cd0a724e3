// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/diffusion/guidance.h"

#include <cmath>

#include "core/diffusion/predictions.h"

namespace patchdiff::diffusion {

namespace {

// The prediction channels of a raw output as eps, with the base tables at timestep t.
torch::Tensor to_eps(const GaussianDiffusion& d, const StepIndex& t, const torch::Tensor& x_t,
                     const torch::Tensor& prediction) {
  const auto& base = d.device_base_tables();
  switch (d.mean_type()) {
    case MeanType::Epsilon: return prediction;
    case MeanType::XStart: return eps_from_xstart(base, t, x_t, prediction);
    case MeanType::V: return eps_from_xstart(base, t, x_t, xstart_from_v(base, t, x_t, prediction));
  }
  TORCH_CHECK(false, "unknown model_mean_type");
}

}  // namespace

GuidedOutput classifier_free_guidance(const GaussianDiffusion& diffusion,
                                      const torch::Tensor& cond_output_in,
                                      const torch::Tensor& uncond_output_in,
                                      const torch::Tensor& x_t_in, int step, double scale) {
  TORCH_CHECK(step >= 0 && step < diffusion.num_steps(), "step ", step,
              " is outside the diffusion's ", diffusion.num_steps(), " steps");
  TORCH_CHECK(cond_output_in.sizes() == uncond_output_in.sizes(),
              "conditional and unconditional outputs differ in shape: ", cond_output_in.sizes(),
              " vs ", uncond_output_in.sizes());
  const auto cond_output = cond_output_in.to(torch::kFloat32);
  const auto uncond_output = uncond_output_in.to(torch::kFloat32);
  const auto x_t = x_t_in.to(torch::kFloat32);
  const int64_t channels = x_t.size(1);
  const bool learned = diffusion.variance_type() == VarianceType::LearnedRange;
  TORCH_CHECK(cond_output.size(1) == (learned ? 2 : 1) * channels, "model output of shape ",
              cond_output.sizes(), " does not match x_t ", x_t.sizes());

  // The guided model function sees the original timestep, so it indexes the base tables.
  const StepIndex t(diffusion.timestep_map()[step]);
  const auto pred_c = cond_output.narrow(1, 0, channels);
  const auto pred_u = uncond_output.narrow(1, 0, channels);
  const auto eps_c = to_eps(diffusion, t, x_t, pred_c);
  const auto eps_u = to_eps(diffusion, t, x_t, pred_u);
  const auto gap = eps_c - eps_u;

  GuidedOutput out;
  out.gap_rms = gap.pow(2).flatten(1).mean(1).sqrt();
  if (scale == 1.0) {
    out.output = cond_output;
    return out;
  }
  const auto eps = eps_u + scale * gap;
  const auto& base = diffusion.device_base_tables();
  torch::Tensor prediction;
  switch (diffusion.mean_type()) {
    case MeanType::Epsilon: prediction = eps; break;
    case MeanType::XStart: prediction = xstart_from_eps(base, t, x_t, eps); break;
    case MeanType::V: prediction = v_from_eps(base, t, x_t, eps); break;
  }
  out.output = learned ? torch::cat({prediction, cond_output.narrow(1, channels, channels)}, 1)
                       : prediction;
  return out;
}

Thresholded dynamic_threshold(const torch::Tensor& x0, double quantile) {
  TORCH_CHECK(x0.dim() >= 2, "dynamic thresholding needs a batch [B, ...], got ", x0.sizes());
  TORCH_CHECK(quantile >= 0.0 && quantile <= 1.0, "quantile must be in [0, 1], got ", quantile);
  const auto flat = x0.abs().reshape({x0.size(0), -1});  // [B, C*H*W]
  const int64_t n = flat.size(1);
  // torch.quantile: ranks = q * last_index in the input's dtype, then round_ (half to even).
  const double rank_real =
      x0.scalar_type() == torch::kFloat64
          ? quantile * static_cast<double>(n - 1)
          : static_cast<double>(static_cast<float>(quantile) * static_cast<float>(n - 1));
  const int64_t rank = static_cast<int64_t>(std::nearbyint(rank_real));
  auto s = std::get<0>(flat.kthvalue(rank + 1, /*dim=*/1));  // [B]
  s = torch::maximum(s, torch::ones_like(s));
  std::vector<int64_t> shape(static_cast<size_t>(x0.dim()), 1);
  shape[0] = x0.size(0);
  const auto sv = s.view(shape);
  Thresholded out;
  out.x0 = torch::minimum(torch::maximum(x0, -sv), sv) / sv;
  out.scale = s;
  return out;
}

}  // namespace patchdiff::diffusion
