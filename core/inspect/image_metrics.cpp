// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/inspect/image_metrics.h"

#include <torch/torch.h>

namespace patchdiff::inspect {

namespace {

// [n] bool: whether DFT bin k has |signed k| > n/4, i.e. |f| > Nyquist / 2 (f = k/n cycles
// per pixel, Nyquist = 1/2).
torch::Tensor above_half_nyquist(int64_t n, const torch::Device& device) {
  const auto k = torch::arange(n, torch::TensorOptions().dtype(torch::kLong).device(device));
  const auto signed_k = torch::where(k <= n / 2, k, k - n);
  return signed_k.abs() * 4 > n;
}

}  // namespace

torch::Tensor high_frequency_fraction(const torch::Tensor& images) {
  TORCH_CHECK(images.dim() == 4, "high_frequency_fraction expects [B, C, H, W], got ", images.sizes());
  // float64: rounding noise of a near-constant image must stay far below the 1e-12 floor.
  const auto x = images.to(torch::kFloat64);
  const int64_t h = x.size(2), w = x.size(3);
  const auto centred = x - x.mean({2, 3}, /*keepdim=*/true);
  const auto power = torch::fft::fft2(centred).abs().square();  // [B, C, H, W]
  const auto high = above_half_nyquist(h, x.device()).unsqueeze(1) |
                    above_half_nyquist(w, x.device()).unsqueeze(0);  // [H, W], max norm
  const auto above = (power * high).sum({1, 2, 3});                 // [B]
  const auto total = power.sum({1, 2, 3});                          // [B]
  // Parseval: the DFT energy of the uncentred image, the scale below which `total` is rounding.
  const auto own = x.square().sum({1, 2, 3}) * static_cast<double>(h * w);
  return torch::where(total > own * 1e-12, above / total, torch::zeros_like(total));
}

torch::Tensor rms_difference(const torch::Tensor& a, const torch::Tensor& b) {
  TORCH_CHECK(a.sizes() == b.sizes() && a.dim() == 4, "rms_difference expects two [B, C, H, W] of one shape, got ",
              a.sizes(), " and ", b.sizes());
  return (a.to(torch::kFloat64) - b.to(torch::kFloat64)).square().mean({1, 2, 3}).sqrt();
}

}  // namespace patchdiff::inspect
