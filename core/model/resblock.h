// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The residual block of the original network (spec/unet.md, "Residual block").
#include <torch/nn/module.h>
#include <torch/nn/modules/container/sequential.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/modules/linear.h>
#include <torch/nn/modules/normalization.h>
#include <torch/nn/pimpl.h>

namespace patchdiff::model {

enum class Resample { None, Up, Down };

struct ResBlockOptions {
  int64_t in_channels = 0;
  int64_t out_channels = 0;
  int64_t emb_channels = 0;        // D, the time embedding width
  int64_t class_emb_channels = 0;  // 0: not class-conditional (no gate)
  double dropout = 0.0;
  Resample resample = Resample::None;
};

struct ResBlockImpl : torch::nn::Module {
  explicit ResBlockImpl(const ResBlockOptions& options);

  // x [B, Cin, H, W] in the torso dtype; emb [B, D] float32; class_emb [B, E] float32 or
  // undefined. Returns [B, Cout, H', W'].
  torch::Tensor forward(const torch::Tensor& x, const torch::Tensor& emb,
                        const torch::Tensor& class_emb);

  ResBlockOptions options;
  torch::nn::Sequential in_layers{nullptr};   // GroupNorm32, SiLU, Conv3x3
  torch::nn::Linear emb_layers{nullptr};      // D -> 2*Cout (scale, shift)
  torch::nn::Sequential out_layers{nullptr};  // SiLU, Dropout, Conv3x3
  torch::nn::Linear classemb_proj{nullptr};   // class gate
  torch::nn::Conv2d skip_connection{nullptr}; // 1x1 when Cin != Cout
};
TORCH_MODULE(ResBlock);

// GroupNorm(32) computed in float32 and cast back, as the original's GroupNorm32.
torch::Tensor group_norm32(const torch::Tensor& x, torch::nn::GroupNormImpl& norm);
// silu(group_norm32(x)), in one fused pass for channels-last input (core/model/group_norm_nhwc.h).
torch::Tensor group_norm32_silu(const torch::Tensor& x, torch::nn::GroupNormImpl& norm);

}  // namespace patchdiff::model
