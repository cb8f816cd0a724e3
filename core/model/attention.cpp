// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/attention.h"

#include <cmath>

#include <ATen/record_function.h>
#include <torch/torch.h>

#include "core/error.h"
#include "core/model/fast_paths.h"
#include "core/model/resblock.h"

namespace patchdiff::model {

namespace nn = torch::nn;

AttentionBlockImpl::AttentionBlockImpl(int64_t channels_, int64_t num_heads, int64_t head_channels,
                                       bool new_order_)
    : channels(channels_), heads(num_heads), new_order(new_order_) {
  if (head_channels != -1) {
    if (head_channels <= 0 || channels % head_channels != 0)
      throw ConfigError("num_head_channels " + std::to_string(head_channels) +
                        " does not divide the attention width " + std::to_string(channels));
    heads = channels / head_channels;
  }
  if (heads <= 0 || channels % heads != 0)
    throw ConfigError(std::to_string(heads) + " attention heads do not divide the width " +
                      std::to_string(channels));
  norm = register_module("norm", nn::GroupNorm(nn::GroupNormOptions(32, channels)));
  qkv = register_module("qkv", nn::Conv1d(nn::Conv1dOptions(channels, 3 * channels, 1)));
  proj_out = register_module("proj_out", nn::Conv1d(nn::Conv1dOptions(channels, channels, 1)));
}

torch::Tensor AttentionBlockImpl::forward(const torch::Tensor& x) {
  // `patchdiff bench --profile` counts what runs in here as attention (core/bench/op_profile.h).
  RECORD_USER_SCOPE("patchdiff::attention");
  const auto b = x.size(0), c = x.size(1);
  auto flat = x.reshape({b, c, -1});                        // [B, C, T]
  const auto t = flat.size(2);
  auto qkv_out = conv1x1(*qkv, group_norm32(flat, *norm));  // [B, 3C, T]
  const int64_t ch = c / heads;
  if (fused_attention_active()) {
    // One transpose to [B, T, 3C] makes q, k, v [B, heads, T, ch] views with a contiguous
    // last dimension, as the fused kernels want. Channel layout of the 3C: new order is
    // (q|k|v, head, ch), legacy order (head, q|k|v, ch).
    auto qkv_t = qkv_out.transpose(1, 2).contiguous();
    auto parts = new_order ? qkv_t.view({b, t, 3, heads, ch}).unbind(2)
                           : qkv_t.view({b, t, heads, 3, ch}).unbind(3);  // 3 x [B, T, H, ch]
    auto a = model::scaled_dot_product_attention(parts[0].transpose(1, 2), parts[1].transpose(1, 2),
                                          parts[2].transpose(1, 2));  // [B, H, T, ch]
    a = a.permute({0, 1, 3, 2}).reshape({b, c, t});                   // channel = head*ch + i
    auto h = conv1x1(*proj_out, a);
    return (flat + h).reshape(x.sizes()).contiguous(x.suggest_memory_format());
  }
  torch::Tensor q, k, v;
  if (new_order) {
    auto parts = qkv_out.chunk(3, /*dim=*/1);
    q = parts[0].reshape({b * heads, ch, t});
    k = parts[1].reshape({b * heads, ch, t});
    v = parts[2].reshape({b * heads, ch, t});
  } else {
    auto parts = qkv_out.reshape({b * heads, 3 * ch, t}).split(ch, /*dim=*/1);
    q = parts[0];
    k = parts[1];
    v = parts[2];
  }
  const double scale = 1.0 / std::sqrt(std::sqrt(double(ch)));
  if (const auto a = attention_with_cpu_kernels(q, k, v, scale * scale); a.defined()) {
    auto h = conv1x1(*proj_out, a.reshape({b, c, t}));
    return (flat + h).reshape(x.sizes()).contiguous(x.suggest_memory_format());
  }
  // [B*heads, T, T]: both q and k scaled by ch^(-1/4), as the original (stabler in half).
  auto weight = bmm_qt_k(q * scale, k * scale);
  weight = torch::softmax(weight.to(torch::kFloat32), /*dim=*/-1).to(weight.scalar_type());
  auto a = bmm_v_wt(v, weight);                              // [B*heads, ch, T]
  auto h = conv1x1(*proj_out, a.reshape({b, c, t}));
  return (flat + h).reshape(x.sizes()).contiguous(x.suggest_memory_format());
}

}  // namespace patchdiff::model
