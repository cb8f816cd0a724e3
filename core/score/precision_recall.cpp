// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/score/precision_recall.h"

#include <torch/torch.h>

#include <string>

#include "core/error.h"

namespace patchdiff::score {

namespace {
constexpr int64_t kRowsPerBlock = 1024;  // keeps the distance blocks small (1024 x N doubles)

torch::Tensor pairwise_distances(const torch::Tensor& a, const torch::Tensor& b) {
  // compute_mode 2: donot_use_mm_for_euclid_dist (exact, not |a|^2 + |b|^2 - 2ab, which loses
  // the small radii of near-duplicates to cancellation).
  return torch::cdist(a, b, 2.0, /*compute_mode=*/2);
}
}  // namespace

torch::Tensor knn_radii(const torch::Tensor& points, int64_t k) {
  const auto x = points.to(torch::kFloat64);
  if (x.size(0) <= k)
    throw ConfigError("precision and recall need more than k = " + std::to_string(k) + " images per set, got " +
                      std::to_string(x.size(0)));
  std::vector<torch::Tensor> radii;
  for (int64_t start = 0; start < x.size(0); start += kRowsPerBlock) {
    const auto block = x.slice(0, start, std::min(start + kRowsPerBlock, x.size(0)));
    // k + 1 smallest: the point itself (distance 0) comes first.
    const auto nearest = std::get<0>(pairwise_distances(block, x).topk(k + 1, /*dim=*/1, /*largest=*/false));
    radii.push_back(nearest.select(1, k));
  }
  return torch::cat(radii);
}

double coverage(const torch::Tensor& queries, const torch::Tensor& support, const torch::Tensor& radii) {
  const auto q = queries.to(torch::kFloat64), s = support.to(torch::kFloat64);
  const auto r = radii.to(torch::kFloat64).unsqueeze(0);  // [1, S]
  int64_t inside = 0;
  for (int64_t start = 0; start < q.size(0); start += kRowsPerBlock) {
    const auto block = q.slice(0, start, std::min(start + kRowsPerBlock, q.size(0)));
    inside += (pairwise_distances(block, s) <= r).any(1).sum().item<int64_t>();
  }
  return static_cast<double>(inside) / static_cast<double>(q.size(0));
}

PrecisionRecall precision_recall(const torch::Tensor& real, const torch::Tensor& generated, int64_t k) {
  if (real.size(1) != generated.size(1))
    throw ConfigError("the two feature sets have different dimensions (" + std::to_string(real.size(1)) + " and " +
                      std::to_string(generated.size(1)) + ")");
  PrecisionRecall pr;
  pr.precision = coverage(generated, real, knn_radii(real, k));
  pr.recall = coverage(real, generated, knn_radii(generated, k));
  return pr;
}

}  // namespace patchdiff::score
