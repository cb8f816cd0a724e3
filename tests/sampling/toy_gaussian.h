// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A toy problem whose exact denoiser is known: data x0 ~ N(mu, s^2) per pixel, s one of
// 0.2, 0.35, 0.5 by channel (so the errors of the three do not vanish together). With x = a x0 + b eps
// the posterior mean is E[x0 | x] = mu + a s^2 / (a^2 s^2 + b^2) (x - a mu), and the
// probability-flow ODE in k-diffusion's variables (x / a, sigma = b / a) has the exact
// solution x(sigma) - mu proportional to sqrt(s^2 + sigma^2). The "network" predicts x0
// (model_mean_type xstart); every split model is the same closed form, and every call
// records which split model ran at which timestep.
#include <cmath>
#include <vector>

#include "core/diffusion/gaussian_diffusion.h"
#include "core/diffusion/snr_splits.h"
#include "core/sampling/denoiser.h"
#include "core/sampling/schedule.h"
#include "core/sampling/solver.h"

namespace patchdiff::test {

constexpr double kToyMu = 0.2;
// s by channel, [1, 3, 1, 1].
inline torch::Tensor toy_s(const torch::TensorOptions& options = torch::kFloat32) {
  return torch::tensor({0.2, 0.35, 0.5}, options).view({1, 3, 1, 1});
}

inline diffusion::GaussianDiffusion toy_diffusion(const std::string& respacing) {
  diffusion::DiffusionConfig config;
  config.noise_schedule = "linear";
  config.diffusion_steps = 1000;
  config.timestep_respacing = respacing;
  config.mean_type = diffusion::MeanType::XStart;
  return diffusion::GaussianDiffusion(config);
}

struct ToyCall {
  int model_index;
  double timestep;
};

class ToyDenoiser : public sampling::Denoiser {
 public:
  // `snr_splits` as --snr_splits gives them (empty: one model).
  ToyDenoiser(const diffusion::GaussianDiffusion& d, const std::vector<double>& snr_splits,
              const sampling::SamplerSettings& settings)
      : sampling::Denoiser(kNoModels, d, diffusion::snr_boundaries(snr_splits), torch::Tensor(), 0, settings) {}

  mutable std::vector<ToyCall> calls;

 protected:
  torch::Tensor network(int model_index, const torch::Tensor& x, const torch::Tensor& t,
                        const torch::Tensor& /*labels*/) const override {
    const double timestep = t[0].item<double>();
    calls.push_back({model_index, timestep});
    const double ab = alpha_bar(sampling::EvalPoint::at_timestep(timestep));
    const double a = std::sqrt(ab), b2 = 1.0 - ab;
    const auto s2 = toy_s(x.options()).pow(2);
    return kToyMu + a * s2 / (a * a * s2 + b2) * (x - a * kToyMu);
  }

 private:
  static inline const std::vector<model::LoadedModel> kNoModels{};
};

// D(x) at VE noise level sigma, in VE variables.
inline torch::Tensor toy_denoised_ve(const torch::Tensor& x_ve, double sigma) {
  const auto s2 = toy_s(x_ve.options()).pow(2);
  return kToyMu + s2 / (s2 + sigma * sigma) * (x_ve - kToyMu);
}

// The exact ODE solution from x (VP) at noise level sigma_from to sigma_to (both > 0), in VE.
inline torch::Tensor toy_exact_ve(const torch::Tensor& x_vp, double alpha_from, double sigma_from, double sigma_to) {
  const auto s2 = toy_s(x_vp.options()).pow(2);
  return kToyMu + (x_vp / alpha_from - kToyMu) * ((s2 + sigma_to * sigma_to) / (s2 + sigma_from * sigma_from)).sqrt();
}

// Runs `solver` over the points of `schedule` from x_T, as the sampling loop does.
inline torch::Tensor toy_run(const sampling::Denoiser& denoiser, const std::vector<sampling::EvalPoint>& points,
                             const sampling::SamplerSettings& settings, torch::Tensor x,
                             const std::function<torch::Tensor(int)>& noise = {}) {
  const auto& solver = sampling::find_solver(settings.solver);
  sampling::SolverState state;
  for (int k = 0; k < static_cast<int>(points.size()); ++k) {
    sampling::StepContext ctx{denoiser, points, k, settings, [&, k] { return noise(k); }};
    x = solver.step(ctx, x, state).x_next;
  }
  return x;
}

}  // namespace patchdiff::test
