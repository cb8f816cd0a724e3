// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/score/kid.h"

#include <torch/torch.h>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>
#include <string>

#include "core/error.h"

namespace patchdiff::score {

namespace {

torch::Tensor polynomial_kernel(const torch::Tensor& a, const torch::Tensor& b) {
  const double dimension = static_cast<double>(a.size(1));
  return (a.matmul(b.t()) / dimension + 1.0).pow(3);  // [M, M']
}

// Sum of the off-diagonal entries of a square kernel matrix.
double off_diagonal_sum(const torch::Tensor& k) { return (k.sum() - k.diagonal().sum()).item<double>(); }

// `size` distinct indices, uniformly: a partial Fisher-Yates shuffle of `order` (kept between
// draws, so each draw costs O(size), not O(N) as a fresh permutation would).
torch::Tensor draw_subset(std::vector<int64_t>& order, int64_t size, std::mt19937_64& rng) {
  const auto n = order.size();
  for (size_t i = 0; i < static_cast<size_t>(size); ++i) {
    std::uniform_int_distribution<size_t> pick(i, n - 1);
    std::swap(order[i], order[pick(rng)]);
  }
  return torch::tensor(std::vector<int64_t>(order.begin(), order.begin() + size), torch::kInt64);
}

}  // namespace

double unbiased_mmd2_polynomial(const torch::Tensor& a, const torch::Tensor& b) {
  const auto x = a.to(torch::kFloat64), y = b.to(torch::kFloat64);
  const double m = static_cast<double>(x.size(0)), n = static_cast<double>(y.size(0));
  const double xx = off_diagonal_sum(polynomial_kernel(x, x)) / (m * (m - 1.0));
  const double yy = off_diagonal_sum(polynomial_kernel(y, y)) / (n * (n - 1.0));
  const double xy = polynomial_kernel(x, y).sum().item<double>() / (m * n);
  return xx + yy - 2.0 * xy;
}

KidResult kernel_inception_distance(const torch::Tensor& a, const torch::Tensor& b, const KidOptions& options) {
  TORCH_CHECK(a.dim() == 2 && b.dim() == 2, "features must be [N, D]");
  if (a.size(1) != b.size(1))
    throw ConfigError("the two feature sets have different dimensions (" + std::to_string(a.size(1)) + " and " +
                      std::to_string(b.size(1)) + ")");
  if (a.size(0) < 2 || b.size(0) < 2)
    throw ConfigError("KID needs at least 2 images in each set (got " + std::to_string(a.size(0)) + " and " +
                      std::to_string(b.size(0)) + ")");
  KidResult result;
  result.subset_size = std::min({options.subset_size, a.size(0), b.size(0)});
  result.subsets = std::max<int64_t>(options.subsets, 1);
  std::mt19937_64 rng(options.seed);
  const auto x = a.to(torch::kFloat64), y = b.to(torch::kFloat64);
  std::vector<int64_t> order_a(static_cast<size_t>(x.size(0))), order_b(static_cast<size_t>(y.size(0)));
  std::iota(order_a.begin(), order_a.end(), int64_t{0});
  std::iota(order_b.begin(), order_b.end(), int64_t{0});
  std::vector<double> values;
  values.reserve(static_cast<size_t>(result.subsets));
  for (int64_t s = 0; s < result.subsets; ++s) {
    const auto pick_a = draw_subset(order_a, result.subset_size, rng);
    const auto pick_b = draw_subset(order_b, result.subset_size, rng);
    values.push_back(unbiased_mmd2_polynomial(x.index_select(0, pick_a), y.index_select(0, pick_b)));
  }
  double sum = 0;
  for (double v : values) sum += v;
  result.mean = sum / static_cast<double>(values.size());
  double squares = 0;
  for (double v : values) squares += (v - result.mean) * (v - result.mean);
  result.std = values.size() > 1 ? std::sqrt(squares / static_cast<double>(values.size() - 1)) : 0.0;
  return result;
}

}  // namespace patchdiff::score
