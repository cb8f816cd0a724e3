// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The convolutional resamplers between levels (used unless resblock_updown).
#include <torch/nn/module.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/pimpl.h>

namespace patchdiff::model {

// Conv3x3 stride 2 with TensorFlow "same" padding (for even sizes: 0 before, 1 after),
// going straight to the next level's width. Key: `op`.
struct DownsampleImpl : torch::nn::Module {
  DownsampleImpl(int64_t in_channels, int64_t out_channels);
  torch::Tensor forward(const torch::Tensor& x);
  torch::nn::Conv2d op{nullptr};
};
TORCH_MODULE(Downsample);

// Nearest x2, then Conv3x3 to the previous level's width. Key: `conv`.
struct UpsampleImpl : torch::nn::Module {
  UpsampleImpl(int64_t in_channels, int64_t out_channels);
  torch::Tensor forward(const torch::Tensor& x);
  torch::nn::Conv2d conv{nullptr};
};
TORCH_MODULE(Upsample);

}  // namespace patchdiff::model
