// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/score/frechet.h"

#include <torch/torch.h>

#include <algorithm>
#include <string>

#include "core/error.h"

namespace patchdiff::score {

GaussianStats gaussian_stats(const torch::Tensor& features) {
  TORCH_CHECK(features.dim() == 2, "features must be [N, D]");
  if (features.size(0) < 2)
    throw ConfigError("a covariance needs at least 2 images, got " + std::to_string(features.size(0)));
  const auto x = features.to(torch::kFloat64);
  GaussianStats stats;
  stats.count = x.size(0);
  stats.mean = x.mean(0);                                                   // [D]
  const auto centred = x - stats.mean;                                      // [N, D]
  stats.cov = centred.t().matmul(centred) / static_cast<double>(x.size(0) - 1);  // [D, D]
  return stats;
}

torch::Tensor sqrtm_psd(const torch::Tensor& matrix) {
  const auto m = matrix.to(torch::kFloat64);
  const auto symmetric = (m + m.t()) / 2.0;
  // at::linalg_*: LibTorch 2.6 removed the torch::linalg namespace of 1.13.
  const auto [values, vectors] = at::linalg_eigh(symmetric, "L");
  const auto roots = values.clamp_min(0.0).sqrt();
  return (vectors * roots.unsqueeze(0)).matmul(vectors.t());  // V diag(sqrt(l)) V^T
}

double frechet_distance(const GaussianStats& a, const GaussianStats& b) {
  if (a.mean.size(0) != b.mean.size(0))
    throw ConfigError("the two feature sets have different dimensions (" + std::to_string(a.mean.size(0)) + " and " +
                      std::to_string(b.mean.size(0)) + "): they come from different feature networks");
  const auto cov_a = a.cov.to(torch::kFloat64), cov_b = b.cov.to(torch::kFloat64);
  const double mean_term = (a.mean.to(torch::kFloat64) - b.mean.to(torch::kFloat64)).pow(2).sum().item<double>();
  const auto root_a = sqrtm_psd(cov_a);
  const auto inner = root_a.matmul(cov_b).matmul(root_a);  // symmetric PSD up to round-off
  const auto inner_values = at::linalg_eigvalsh((inner + inner.t()) / 2.0, "L");
  const double trace_root = inner_values.clamp_min(0.0).sqrt().sum().item<double>();
  const double d2 = mean_term + cov_a.trace().item<double>() + cov_b.trace().item<double>() - 2.0 * trace_root;
  return std::max(d2, 0.0);  // round-off can dip below zero for identical sets
}

}  // namespace patchdiff::score
