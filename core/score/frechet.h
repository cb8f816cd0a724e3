// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Fréchet distance between Gaussians fitted to two feature sets (Heusel et al. 2017,
// "FID" when the features are InceptionV3's pool3):
//   d^2 = |mu1 - mu2|^2 + tr(S1) + tr(S2) - 2 tr((S1^{1/2} S2 S1^{1/2})^{1/2}).
// The trace term goes through two eigendecompositions of symmetric positive semi-definite
// matrices in float64 (S1^{1/2}, then the symmetric S1^{1/2} S2 S1^{1/2}), with round-off
// negatives clamped to zero, so it stays finite and real for the rank-deficient
// covariances of fewer images than feature dimensions (where scipy's sqrtm on S1 S2, as
// the reference FID code uses, returns complex parts and needs an epsilon on the diagonal).
#include <torch/types.h>

namespace patchdiff::score {

// Mean [D] and covariance [D, D] (unbiased, N - 1) of features [N, D], in float64.
struct GaussianStats {
  torch::Tensor mean, cov;
  int64_t count = 0;
};
GaussianStats gaussian_stats(const torch::Tensor& features);

// The symmetric square root of a symmetric positive semi-definite matrix (float64; negative
// eigenvalues from round-off count as zero).
torch::Tensor sqrtm_psd(const torch::Tensor& matrix);

// d^2 above (the quantity FID tables report, not its square root). ConfigError when the
// dimensions differ.
double frechet_distance(const GaussianStats& a, const GaussianStats& b);

}  // namespace patchdiff::score
