// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Kernel Inception Distance (Bińkowski et al. 2018): the unbiased estimate of the squared
// maximum mean discrepancy with the polynomial kernel k(x, y) = (x.y / D + 1)^3, averaged
// over random subsets of both sets; its spread over the subsets is reported beside it (as
// the reference implementation and torch-fidelity's kid_std do). Unlike the Fréchet
// distance, its expectation does not depend on the number of images.
#include <torch/types.h>

#include <cstdint>

namespace patchdiff::score {

struct KidOptions {
  int64_t subsets = 100;
  int64_t subset_size = 1000;  // capped at the smaller set's size
  uint64_t seed = 0;           // which subsets are drawn
};

struct KidResult {
  double mean = 0;  // mean over the subsets of the unbiased MMD^2
  double std = 0;   // standard deviation over the subsets
  int64_t subsets = 0, subset_size = 0;
};

// The unbiased MMD^2 between all of `a` [M, D] and all of `b` [M', D] (float64 inside).
double unbiased_mmd2_polynomial(const torch::Tensor& a, const torch::Tensor& b);

// KID between features `a` [N, D] and `b` [N', D]. ConfigError for fewer than 2 images in
// either set or different dimensions.
KidResult kernel_inception_distance(const torch::Tensor& a, const torch::Tensor& b, const KidOptions& options = {});

}  // namespace patchdiff::score
