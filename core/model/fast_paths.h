// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Numerically equivalent ways of running the network's layers, chosen for speed. One
// process-wide switch per path, so that each can be turned off for A/B timing and for
// comparing against the plain path (`patchdiff bench --ab`, PATCHDIFF_FAST_PATHS).
// Set them before running the network, not while another thread runs it.
#include <string>

#include <torch/nn/modules/conv.h>
#include <torch/types.h>

namespace patchdiff::model {

struct FastPaths {
  // CPU float32 without autograd: every convolution and the attention's products through
  // oneDNN. LibTorch 1.13's dispatcher sends a batch of one (under 20480 input values) and
  // single-threaded 1x1 convolutions to the naive _slow_conv2d, and Debian's build has no
  // BLAS (BLAS_INFO=generic), so bmm runs a plain loop: oneDNN is 5 to 50 times faster.
  bool direct_conv = true;
  // Attention through at::scaled_dot_product_attention where LibTorch (>= 2.0) has it
  // (fused kernels on CUDA); else the original's two bmm and a float32 softmax.
  bool fused_attention = true;
  // Testing aid: where LibTorch lacks scaled_dot_product_attention, run the fused path's
  // layout anyway with a plain-ops stand-in, so that it can be checked on any build.
  bool emulate_fused_attention = false;
  // CPU float32 without autograd, on CPUs with AVX2 + FMA: the attention's two products and
  // its softmax in our kernels (core/model/attention_kernels.h), one image and head at a time
  // in cache, instead of two oneDNN grouped 1x1 convolutions around LibTorch's softmax.
  // Applies where the fused path does not.
  bool attention_kernels = true;
  // CPU float32 without autograd, where this build calls oneDNN directly (core/model/onednn_conv.h):
  // the network's activations stay channels-last, every convolution runs with its weights
  // packed once for its input shape, and GroupNorm is folded with its scale-shift and SiLU
  // (core/model/group_norm_nhwc.h). LibTorch's path reorders weights, input and output at every
  // convolution: about 11 ms of a 38 ms step at P = 4, batch 1.
  bool nhwc = true;
  // Replay the network as one CUDA graph per input shape (needs a CUDA LibTorch; a no-op
  // elsewhere). Applies to networks whose set_cuda_graphs(true) was called.
  bool cuda_graphs = true;
};

FastPaths& fast_paths();

// "conv=0,attn=1,graphs=1,attn_emulate=1,attn_cpu=1,nhwc=1" (also "all=0"): overrides the switches named;
// throws ConfigError for an unknown name or value. An empty text changes nothing.
void apply_fast_paths(const std::string& spec);
// Applies $PATCHDIFF_FAST_PATHS, if set (fast_paths() does so on first use).
void apply_fast_paths_from_env();
// The switches as "conv=1,attn=1,attn_emulate=0,attn_cpu=1,nhwc=1,graphs=1".
std::string describe_fast_paths();

// Whether this build of LibTorch has at::scaled_dot_product_attention / CUDA graphs.
bool has_native_sdpa();
bool has_cuda_graphs();
// Whether the attention block takes the fused path now (switches and build together).
bool fused_attention_active();
// Whether x takes the channels-last path (the nhwc switch, this build, and x float32 on the CPU
// without autograd).
bool nhwc_active(const torch::Tensor& x);

// conv.forward(x), through the fastest equivalent kernel. `padding` is the module's own
// (symmetric) padding, which every call site of this network knows.
torch::Tensor conv2d(torch::nn::Conv2dImpl& conv, const torch::Tensor& x, int64_t padding);

// A 1x1 Conv1d (the attention's qkv and proj_out) on x [B, C, T].
torch::Tensor conv1x1(torch::nn::Conv1dImpl& conv, const torch::Tensor& x);
// The attention's two products over [G, ch, T] operands: q^T k -> [G, T, T] and
// v w^T -> [G, ch, T] (torch::bmm, or oneDNN grouped 1x1 convolutions on the CPU).
torch::Tensor bmm_qt_k(const torch::Tensor& q, const torch::Tensor& k);
torch::Tensor bmm_v_wt(const torch::Tensor& v, const torch::Tensor& w);

// The unfused attention, softmax_j(score_scale * q^T k) applied to v, for q, k, v [G, ch, T]
// -> [G, ch, T], through the CPU kernels when FastPaths::attention_kernels applies (float32 CPU
// tensors, no autograd, AVX2 + FMA); an undefined tensor otherwise (the caller runs bmm_qt_k,
// the softmax and bmm_v_wt).
torch::Tensor attention_with_cpu_kernels(const torch::Tensor& q, const torch::Tensor& k, const torch::Tensor& v,
                                         double score_scale);

// softmax(q k^T / sqrt(ch)) v for q, k, v [B, H, T, ch] (last dimension contiguous), the
// softmax in float32: the fused kernel where LibTorch has one, else plain ops.
torch::Tensor scaled_dot_product_attention(const torch::Tensor& q, const torch::Tensor& k,
                                           const torch::Tensor& v);

}  // namespace patchdiff::model
