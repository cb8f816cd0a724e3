// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/patching.h"

namespace patchdiff::model {

torch::Tensor to_patches(const torch::Tensor& x, int64_t p) {
  TORCH_CHECK(x.dim() == 4, "to_patches expects [B, C, H, W], got ", x.sizes());
  const auto b = x.size(0), c = x.size(1), h = x.size(2), w = x.size(3);
  TORCH_CHECK(h % p == 0 && w % p == 0, "patch size ", p, " does not divide ", h, "x", w);
  // [B, C, h, ph, w, pw] -> [B, ph, pw, C, h, w] so that channel = (ph*P + pw)*C + c
  return x.reshape({b, c, h / p, p, w / p, p})
      .permute({0, 3, 5, 1, 2, 4})
      .reshape({b, c * p * p, h / p, w / p});
}

torch::Tensor from_patches(const torch::Tensor& x, int64_t p) {
  TORCH_CHECK(x.dim() == 4, "from_patches expects [B, C*P*P, h, w], got ", x.sizes());
  const auto b = x.size(0), cpp = x.size(1), h = x.size(2), w = x.size(3);
  TORCH_CHECK(cpp % (p * p) == 0, "channels ", cpp, " are not a multiple of P*P = ", p * p);
  const auto c = cpp / (p * p);
  // [B, ph, pw, C, h, w] -> [B, C, h, ph, w, pw]
  return x.reshape({b, p, p, c, h, w})
      .permute({0, 3, 4, 1, 5, 2})
      .reshape({b, c, h * p, w * p});
}

}  // namespace patchdiff::model
