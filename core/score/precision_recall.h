// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Improved precision and recall (Kynkäänniemi et al. 2019): each set's support is the union
// of balls around its points, each ball's radius the distance to that point's k-th nearest
// neighbour within its own set. Precision: the share of generated points inside the real
// support (are the images realistic?); recall: the share of real points inside the
// generated support (is the variety covered?). The paper uses k = 3.
#include <torch/types.h>

#include <cstdint>

namespace patchdiff::score {

struct PrecisionRecall {
  double precision = 0, recall = 0;
};

// Distance of each point of `points` [N, D] to its k-th nearest other point. ConfigError
// when there are not more than k points.
torch::Tensor knn_radii(const torch::Tensor& points, int64_t k);

// The share of `queries` [M, D] that lie within radius[j] of some support point j.
double coverage(const torch::Tensor& queries, const torch::Tensor& support, const torch::Tensor& radii);

PrecisionRecall precision_recall(const torch::Tensor& real, const torch::Tensor& generated, int64_t k = 3);

}  // namespace patchdiff::score
