// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/fast_paths.h"

#include <cmath>
#include <cstdlib>
#include <sstream>
#include <vector>

#include <ATen/Context.h>
#include <ATen/Parallel.h>
#include <torch/torch.h>
#include <torch/version.h>

#include "core/error.h"
#include "core/model/attention_kernels.h"
#include "core/model/cuda_graph.h"
#include "core/model/onednn_conv.h"

#if TORCH_VERSION_MAJOR >= 2
#define PATCHDIFF_HAS_SDPA 1
#else
#define PATCHDIFF_HAS_SDPA 0
#endif

namespace patchdiff::model {

namespace {
FastPaths& switches() {
  static FastPaths paths;
  return paths;
}
}  // namespace

FastPaths& fast_paths() {
  // $PATCHDIFF_FAST_PATHS applies from the first use on, in every program (tests too).
  static const bool from_env = [] {
    apply_fast_paths_from_env();
    return true;
  }();
  (void)from_env;
  return switches();
}

namespace {
bool parse_switch(const std::string& name, const std::string& value) {
  if (value == "1" || value == "on" || value == "true") return true;
  if (value == "0" || value == "off" || value == "false") return false;
  throw ConfigError("fast path switch '" + name + "' takes 0 or 1, got '" + value + "'");
}
}  // namespace

void apply_fast_paths(const std::string& spec) {
  FastPaths& p = switches();
  std::stringstream ss(spec);
  std::string item;
  while (std::getline(ss, item, ',')) {
    if (item.empty()) continue;
    const auto eq = item.find('=');
    if (eq == std::string::npos)
      throw ConfigError("fast path switches look like name=0 or name=1, got '" + item + "'");
    const std::string name = item.substr(0, eq);
    const bool on = parse_switch(name, item.substr(eq + 1));
    if (name == "conv") p.direct_conv = on;
    else if (name == "attn") p.fused_attention = on;
    else if (name == "attn_emulate") p.emulate_fused_attention = on;
    else if (name == "attn_cpu") p.attention_kernels = on;
    else if (name == "nhwc") p.nhwc = on;
    else if (name == "graphs") p.cuda_graphs = on;
    else if (name == "all") p.direct_conv = p.fused_attention = p.attention_kernels = p.nhwc = p.cuda_graphs = on;
    else
      throw ConfigError("unknown fast path '" + name +
                        "' (known: conv, attn, attn_emulate, attn_cpu, nhwc, graphs, all)");
  }
}

void apply_fast_paths_from_env() {
  if (const char* spec = std::getenv("PATCHDIFF_FAST_PATHS")) apply_fast_paths(spec);
}

std::string describe_fast_paths() {
  const FastPaths& p = fast_paths();
  std::ostringstream out;
  out << "conv=" << p.direct_conv << ",attn=" << p.fused_attention
      << ",attn_emulate=" << p.emulate_fused_attention << ",attn_cpu=" << p.attention_kernels
      << ",nhwc=" << p.nhwc << ",graphs=" << p.cuda_graphs;
  return out.str();
}

bool has_native_sdpa() { return PATCHDIFF_HAS_SDPA != 0; }
bool has_cuda_graphs() { return GraphedForward::supported(); }

bool fused_attention_active() {
  const FastPaths& p = fast_paths();
  return p.fused_attention && (has_native_sdpa() || p.emulate_fused_attention);
}

bool nhwc_active(const torch::Tensor& x) {
  const FastPaths& p = fast_paths();
  return p.nhwc && p.direct_conv && onednn::available() && x.device().is_cpu() &&
         x.scalar_type() == torch::kFloat32 && !at::GradMode::is_enabled();
}

namespace {
// oneDNN takes float32 CPU tensors; autograd has no formula for the direct call.
bool use_onednn(const torch::Tensor& x, const torch::Tensor& weight) {
  return fast_paths().direct_conv && x.device().is_cpu() && x.scalar_type() == torch::kFloat32 &&
         weight.scalar_type() == torch::kFloat32 && !at::GradMode::is_enabled() && at::hasMKLDNN();
}

torch::Tensor onednn_conv(const torch::Tensor& x, const torch::Tensor& weight, const torch::Tensor& bias,
                          int64_t padding, c10::IntArrayRef stride, int64_t groups) {
  const int64_t pad[2] = {padding, padding};
  const int64_t dilation[2] = {1, 1};
  return at::mkldnn_convolution(x, weight, bias, pad, stride, dilation, groups);
}
}  // namespace

torch::Tensor conv2d(torch::nn::Conv2dImpl& conv, const torch::Tensor& x, int64_t padding) {
  const auto& o = conv.options;
  if (x.dim() != 4 || o.groups() != 1 || !use_onednn(x, conv.weight)) return conv.forward(x);
  const c10::IntArrayRef dilation = o.dilation();
  TORCH_CHECK(dilation[0] == 1 && dilation[1] == 1, "dilated convolutions take the plain path");
  const c10::IntArrayRef stride = o.stride();
  if (nhwc_active(x) && x.is_contiguous(at::MemoryFormat::ChannelsLast) && stride[0] == stride[1] &&
      conv.weight.size(2) == conv.weight.size(3))
    return onednn::conv2d(x, conv.weight, conv.bias, padding, stride[0]);
  return onednn_conv(x, conv.weight, conv.bias, padding, stride, 1);
}

torch::Tensor conv1x1(torch::nn::Conv1dImpl& conv, const torch::Tensor& x) {
  if (x.dim() != 3 || conv.weight.size(2) != 1 || conv.options.groups() != 1 ||
      !use_onednn(x, conv.weight))
    return conv.forward(x);
  // The attention's projections on [B, C, T]: oneDNN's GEMM convolution reads NCHW as it lies.
  if (nhwc_active(x) && x.is_contiguous())
    return onednn::conv2d(x.unsqueeze(-1), conv.weight.unsqueeze(-1), conv.bias, /*padding=*/0, /*stride=*/1)
        .squeeze(-1);
  const int64_t stride[2] = {1, 1};
  return onednn_conv(x.unsqueeze(-1), conv.weight.unsqueeze(-1), conv.bias, /*padding=*/0, stride, 1)
      .squeeze(-1);
}

// A batched product as a grouped 1x1 convolution: group g maps input channels (the
// contraction index) to output channels, positions run along the height.
torch::Tensor bmm_qt_k(const torch::Tensor& q, const torch::Tensor& k) {
  if (q.dim() != 3 || !use_onednn(k, q)) return torch::bmm(q.transpose(1, 2), k);
  const auto g = q.size(0), ch = q.size(1), t = q.size(2);
  // out[g][i, j] = sum_c q[g][c, i] k[g][c, j]: weights q^T [G*T, ch], input k [G*ch, T]
  const auto weight = q.transpose(1, 2).contiguous().view({g * t, ch, 1, 1});
  const auto input = k.contiguous().view({1, g * ch, k.size(2), 1});
  const int64_t stride[2] = {1, 1};
  return onednn_conv(input, weight, {}, 0, stride, g).view({g, t, k.size(2)});
}

torch::Tensor bmm_v_wt(const torch::Tensor& v, const torch::Tensor& w) {
  if (v.dim() != 3 || !use_onednn(w, v)) return torch::bmm(v, w.transpose(1, 2));
  const auto g = v.size(0), ch = v.size(1), s = v.size(2), t = w.size(1);
  // out[g][c, i] = sum_j v[g][c, j] w[g][i, j]: weights v [G*ch, S], input w^T [G*S, T]
  const auto weight = v.contiguous().view({g * ch, s, 1, 1});
  const auto input = w.transpose(1, 2).contiguous().view({1, g * s, t, 1});
  const int64_t stride[2] = {1, 1};
  return onednn_conv(input, weight, {}, 0, stride, g).view({g, ch, t});
}

torch::Tensor attention_with_cpu_kernels(const torch::Tensor& q, const torch::Tensor& k, const torch::Tensor& v,
                                         double score_scale) {
  if (!fast_paths().attention_kernels || !kernels::available() || q.dim() != 3 || !q.device().is_cpu() ||
      q.scalar_type() != torch::kFloat32 || k.scalar_type() != torch::kFloat32 ||
      v.scalar_type() != torch::kFloat32 || at::GradMode::is_enabled())
    return {};
  const auto qc = q.contiguous(), kc = k.contiguous(), vc = v.contiguous();
  const int64_t g = q.size(0), ch = q.size(1), t = q.size(2);
  const float* qp = qc.data_ptr<float>();
  const float* kp = kc.data_ptr<float>();
  const float* vp = vc.data_ptr<float>();
  auto out = torch::empty({g, ch, t}, q.options());
  float* op = out.data_ptr<float>();
  const auto factor = static_cast<float>(score_scale);
  // One (image, head) at a time: its t x t scores live in a buffer of the thread's own (256 KB
  // at t = 256, in the core's cache), never in a fresh [G, T, T] tensor whose pages would be
  // faulted in at every call.
  at::parallel_for(0, g, 1, [&](int64_t begin, int64_t end) {
    thread_local std::vector<float> scores;
    scores.resize(static_cast<size_t>(t * t));
    for (int64_t i = begin; i < end; ++i) {
      kernels::scores(qp + i * ch * t, kp + i * ch * t, scores.data(), ch, t, factor);
      kernels::softmax_rows(scores.data(), t, t);
      kernels::weighted_values(vp + i * ch * t, scores.data(), op + i * ch * t, ch, t);
    }
  });
  return out;
}

torch::Tensor scaled_dot_product_attention(const torch::Tensor& q, const torch::Tensor& k,
                                           const torch::Tensor& v) {
#if PATCHDIFF_HAS_SDPA
  // The default scale 1/sqrt(ch) is the original's ch^(-1/4) on q and on k; the fused
  // kernels accumulate the softmax in float32, as the original casts it.
  return at::scaled_dot_product_attention(q, k, v);
#else
  const double scale = 1.0 / std::sqrt(std::sqrt(double(q.size(-1))));
  auto weight = torch::matmul(q * scale, (k * scale).transpose(-2, -1));  // [B, H, T, T]
  weight = torch::softmax(weight.to(torch::kFloat32), /*dim=*/-1).to(q.scalar_type());
  return torch::matmul(weight, v);  // [B, H, T, ch]
#endif
}

}  // namespace patchdiff::model
