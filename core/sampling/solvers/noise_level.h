// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The few scalars the ODE/SDE solvers work in, at one point of the diffusion. Our x is the
// variance-preserving x_t = alpha x0 + sigma_vp eps; the k-diffusion solvers are written in
// the variance-exploding x / alpha with noise level sigma = sigma_vp / alpha, and
// DPM-Solver++/UniPC in lambda = log(alpha / sigma_vp) = -log sigma (half the log-SNR).
#include <cmath>
#include <limits>

#include "core/sampling/denoiser.h"
#include "core/sampling/eval_point.h"
#include "core/sampling/solver_state.h"

namespace patchdiff::sampling::solvers {

struct NoiseLevel {
  double alpha = 1.0;     // sqrt(alpha_bar)
  double sigma_vp = 0.0;  // sqrt(1 - alpha_bar)
  double sigma = 0.0;     // sigma_vp / alpha (k-diffusion's sigma); 0 at the clean end
  double lambda = std::numeric_limits<double>::infinity();  // -log sigma
  bool clean() const { return sigma == 0.0; }
};

inline NoiseLevel noise_level(const Denoiser& denoiser, const EvalPoint& point) {
  NoiseLevel n;
  if (point.is_clean()) return n;
  const double ab = denoiser.alpha_bar(point);
  n.alpha = std::sqrt(ab);
  n.sigma_vp = std::sqrt(1.0 - ab);
  n.sigma = n.sigma_vp / n.alpha;
  n.lambda = -std::log(n.sigma);
  return n;
}

// Keeps the newest `keep` x0 predictions (and where they were made) in a multistep state.
inline void remember(SolverState& state, const torch::Tensor& x0, const EvalPoint& point, size_t keep) {
  state.history.push_back(x0);
  state.history_points.push_back(point);
  while (state.history.size() > keep) {
    state.history.erase(state.history.begin());
    state.history_points.erase(state.history_points.begin());
  }
}

}  // namespace patchdiff::sampling::solvers
