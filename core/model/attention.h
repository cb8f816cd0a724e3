// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The attention block of the original network (spec/unet.md, "Attention block").
#include <torch/nn/module.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/modules/normalization.h>
#include <torch/nn/pimpl.h>

namespace patchdiff::model {

struct AttentionBlockImpl : torch::nn::Module {
  // heads = channels / head_channels when head_channels != -1, else num_heads.
  AttentionBlockImpl(int64_t channels, int64_t num_heads, int64_t head_channels,
                     bool new_order);

  torch::Tensor forward(const torch::Tensor& x);  // [B, C, H, W] -> same

  int64_t channels, heads;
  bool new_order;  // use_new_attention_order: q, k, v are the three C-channel thirds
  torch::nn::GroupNorm norm{nullptr};
  torch::nn::Conv1d qkv{nullptr};
  torch::nn::Conv1d proj_out{nullptr};
};
TORCH_MODULE(AttentionBlock);

}  // namespace patchdiff::model
