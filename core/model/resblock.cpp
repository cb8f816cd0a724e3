// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/resblock.h"

#include <torch/torch.h>

#include "core/model/fast_paths.h"
#include "core/model/group_norm_nhwc.h"

namespace patchdiff::model {

namespace nn = torch::nn;
namespace F = torch::nn::functional;

torch::Tensor group_norm32(const torch::Tensor& x, nn::GroupNormImpl& norm) {
  return norm.forward(x.to(torch::kFloat32)).to(x.scalar_type());
}

torch::Tensor group_norm32_silu(const torch::Tensor& x, nn::GroupNormImpl& norm) {
  if (nhwc_active(x) && x.is_contiguous(at::MemoryFormat::ChannelsLast)) {
    const auto& o = norm.options;
    return group_norm_nhwc(x, o.num_groups(), o.eps(), norm.weight, norm.bias, {}, {}, /*silu=*/true);
  }
  return torch::silu(group_norm32(x, norm));
}

ResBlockImpl::ResBlockImpl(const ResBlockOptions& o) : options(o) {
  in_layers = register_module(
      "in_layers",
      nn::Sequential(nn::GroupNorm(nn::GroupNormOptions(32, o.in_channels)), nn::SiLU(),
                     nn::Conv2d(nn::Conv2dOptions(o.in_channels, o.out_channels, /*kernel=*/3)
                                    .padding(1))));
  // Registration order follows the original's state_dict order.
  if (o.class_emb_channels > 0)
    classemb_proj =
        register_module("classemb_proj", nn::Linear(o.class_emb_channels, o.out_channels));
  emb_layers = register_module("emb_layers", nn::Linear(o.emb_channels, 2 * o.out_channels));
  out_layers = register_module(
      "out_layers",
      nn::Sequential(nn::SiLU(), nn::Dropout(o.dropout),
                     nn::Conv2d(nn::Conv2dOptions(o.out_channels, o.out_channels, /*kernel=*/3)
                                    .padding(1))));
  if (o.in_channels != o.out_channels)
    skip_connection = register_module(
        "skip_connection",
        nn::Conv2d(nn::Conv2dOptions(o.in_channels, o.out_channels, /*kernel=*/1)));
}

namespace {
torch::Tensor resample(const torch::Tensor& x, Resample mode) {
  switch (mode) {
    case Resample::Up:
      return F::interpolate(x, F::InterpolateFuncOptions()
                                   .scale_factor(std::vector<double>{2.0, 2.0})
                                   .mode(torch::kNearest));
    case Resample::Down:
      return F::avg_pool2d(x, F::AvgPool2dFuncOptions(2).stride(2));
    case Resample::None:
      break;
  }
  return x;
}
}  // namespace

torch::Tensor ResBlockImpl::forward(const torch::Tensor& x, const torch::Tensor& emb,
                                    const torch::Tensor& class_emb) {
  auto* conv_in = in_layers[2]->as<nn::Conv2dImpl>();
  torch::Tensor h = group_norm32_silu(x, *in_layers[0]->as<nn::GroupNormImpl>());
  torch::Tensor skip_in = x;
  if (options.resample != Resample::None) {
    // The original norms and activates first, then resamples h and the skip input alike.
    h = resample(h, options.resample);
    skip_in = resample(x, options.resample);
  }
  h = conv2d(*conv_in, h, /*padding=*/1);

  // [B, 2*Cout] -> scale, shift of [B, Cout]
  auto emb_out = emb_layers->forward(emb).to(h.scalar_type());
  auto scale_shift = emb_out.chunk(2, /*dim=*/1);
  // Group norm without affine weights and with eps 1e-3, in float32 (spec: "Residual block"),
  // then out_layers: SiLU, Dropout (identity in eval), Conv3x3.
  if (nhwc_active(h) && h.is_contiguous(at::MemoryFormat::ChannelsLast)) {
    h = group_norm_nhwc(h, 32, 1e-3, {}, {}, scale_shift[0], scale_shift[1], /*silu=*/true);
  } else {
    auto normed = F::group_norm(h.to(torch::kFloat32), F::GroupNormFuncOptions(32).eps(1e-3))
                      .to(h.scalar_type());
    h = normed * (1 + scale_shift[0].unsqueeze(-1).unsqueeze(-1)) + scale_shift[1].unsqueeze(-1).unsqueeze(-1);
    h = torch::silu(h);
  }
  if (is_training() && options.dropout > 0) h = out_layers[1]->as<nn::DropoutImpl>()->forward(h);
  h = conv2d(*out_layers[2]->as<nn::Conv2dImpl>(), h, /*padding=*/1);

  if (classemb_proj) {
    auto gate = torch::sigmoid(classemb_proj->forward(class_emb) + 2.0);  // [B, Cout]
    h = h * gate.to(h.scalar_type()).unsqueeze(-1).unsqueeze(-1);
  }
  auto skip = skip_connection ? conv2d(*skip_connection, skip_in, /*padding=*/0) : skip_in;
  return skip + h;
}

}  // namespace patchdiff::model
