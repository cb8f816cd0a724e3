// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/resample.h"

#include <torch/torch.h>

#include "core/model/fast_paths.h"

namespace patchdiff::model {

namespace nn = torch::nn;
namespace F = torch::nn::functional;

DownsampleImpl::DownsampleImpl(int64_t in_channels, int64_t out_channels) {
  op = register_module("op", nn::Conv2d(nn::Conv2dOptions(in_channels, out_channels, 3).stride(2)));
}

torch::Tensor DownsampleImpl::forward(const torch::Tensor& x) {
  // TF "same" for stride 2, kernel 3: total padding max(3 - 2, 3 - size % 2 ... ) computed per
  // axis as max((ceil(n/2) - 1) * 2 + 3 - n, 0), with the extra row/col after.
  auto pad_for = [](int64_t n) {
    const int64_t out = (n + 1) / 2;
    const int64_t total = std::max<int64_t>((out - 1) * 2 + 3 - n, 0);
    return std::pair<int64_t, int64_t>{total / 2, total - total / 2};
  };
  const auto [top, bottom] = pad_for(x.size(2));
  const auto [left, right] = pad_for(x.size(3));
  auto padded = F::pad(x, F::PadFuncOptions({left, right, top, bottom}));
  return conv2d(*op, padded, /*padding=*/0);
}

UpsampleImpl::UpsampleImpl(int64_t in_channels, int64_t out_channels) {
  conv = register_module("conv",
                         nn::Conv2d(nn::Conv2dOptions(in_channels, out_channels, 3).padding(1)));
}

torch::Tensor UpsampleImpl::forward(const torch::Tensor& x) {
  auto up = F::interpolate(
      x, F::InterpolateFuncOptions().scale_factor(std::vector<double>{2.0, 2.0}).mode(torch::kNearest));
  return conv2d(*conv, up, /*padding=*/1);
}

}  // namespace patchdiff::model
