// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/group_norm_nhwc.h"

#include <ATen/Parallel.h>
#include <ATen/record_function.h>

#include <algorithm>
#include <cmath>
#include <vector>

namespace patchdiff::model {

torch::Tensor group_norm_nhwc(const torch::Tensor& x, int64_t groups, double eps, const torch::Tensor& gamma,
                              const torch::Tensor& beta, const torch::Tensor& scale, const torch::Tensor& shift,
                              bool silu) {
  // An operator's name for `bench --profile` (norm+activation), as LibTorch's group_norm.
  RECORD_FUNCTION("nhwc::group_norm", c10::ArrayRef<const c10::IValue>{});
  TORCH_CHECK(x.dim() == 4 && x.scalar_type() == torch::kFloat32 && x.device().is_cpu() &&
                  x.is_contiguous(at::MemoryFormat::ChannelsLast),
              "group_norm_nhwc takes channels-last float32 CPU input, got ", x.sizes());
  const int64_t n_images = x.size(0), channels = x.size(1), pixels = x.size(2) * x.size(3);
  TORCH_CHECK(groups > 0 && channels % groups == 0, "group_norm_nhwc: ", channels, " channels in ", groups,
              " groups");
  const int64_t per_group = channels / groups;
  const auto as_float = [](const torch::Tensor& t) { return t.defined() ? t.to(torch::kFloat32).contiguous() : t; };
  const torch::Tensor g = as_float(gamma), b = as_float(beta), s = as_float(scale), t = as_float(shift);
  const float* gp = g.defined() ? g.data_ptr<float>() : nullptr;
  const float* bp = b.defined() ? b.data_ptr<float>() : nullptr;
  const float* sp = s.defined() ? s.data_ptr<float>() : nullptr;
  const float* tp = t.defined() ? t.data_ptr<float>() : nullptr;

  // y = x * a[n, c] + b[n, c], with the normalisation, affine and scale-shift folded into a, b.
  auto multiplier = torch::empty({n_images, channels}, x.options());
  auto offset = torch::empty({n_images, channels}, x.options());
  const float* xp = x.data_ptr<float>();
  float* ap = multiplier.data_ptr<float>();
  float* op = offset.data_ptr<float>();
  at::parallel_for(0, n_images, 1, [&](int64_t first, int64_t last) {
    std::vector<double> sum(channels), squares(channels);
    for (int64_t n = first; n < last; ++n) {
      std::fill(sum.begin(), sum.end(), 0.0);
      std::fill(squares.begin(), squares.end(), 0.0);
      const float* image = xp + n * pixels * channels;
      for (int64_t p = 0; p < pixels; ++p) {
        const float* row = image + p * channels;
        for (int64_t c = 0; c < channels; ++c) {
          const double v = row[c];
          sum[c] += v;
          squares[c] += v * v;
        }
      }
      const double count = double(pixels * per_group);
      for (int64_t group = 0; group < groups; ++group) {
        double group_sum = 0, group_squares = 0;
        for (int64_t c = group * per_group; c < (group + 1) * per_group; ++c) {
          group_sum += sum[c];
          group_squares += squares[c];
        }
        const double mean = group_sum / count;
        const double variance = std::max(group_squares / count - mean * mean, 0.0);
        const double rstd = 1.0 / std::sqrt(variance + eps);
        for (int64_t c = group * per_group; c < (group + 1) * per_group; ++c) {
          const double weight = gp ? gp[c] : 1.0, bias = bp ? bp[c] : 0.0;
          double a = rstd * weight, o = bias - mean * rstd * weight;
          if (sp) {
            const double factor = 1.0 + sp[n * channels + c];
            a *= factor;
            o = o * factor + (tp ? tp[n * channels + c] : 0.0);
          }
          ap[n * channels + c] = float(a);
          op[n * channels + c] = float(o);
        }
      }
    }
  });
  auto y = torch::empty_like(x, at::MemoryFormat::ChannelsLast);
  at::addcmul_out(y, offset.view({n_images, channels, 1, 1}), x, multiplier.view({n_images, channels, 1, 1}));
  if (silu) at::silu_(y);
  return y;
}

}  // namespace patchdiff::model
