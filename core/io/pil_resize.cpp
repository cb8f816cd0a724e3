// SPDX-License-Identifier: GPL-3.0-or-later
// Hand-written: bit-exact with Pillow's Resample.c (tests/io/test_pil_resize: a Pillow-made fixture), which no library here is.
#include "core/io/pil_resize.h"

#include <torch/torch.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

namespace patchdiff::io {

namespace {

constexpr int kPrecisionBits = 32 - 8 - 2;  // Pillow's PRECISION_BITS for 8-bit images

double box_filter(double x) { return (x > -0.5 && x <= 0.5) ? 1.0 : 0.0; }

double bicubic_filter(double x) {
  constexpr double a = -0.5;
  if (x < 0.0) x = -x;
  if (x < 1.0) return ((a + 2.0) * x - (a + 3.0)) * x * x + 1;
  if (x < 2.0) return (((x - 5) * x + 8) * x - 4) * a;
  return 0.0;
}

// Pillow's precompute_coeffs + normalize_coeffs_8bpc: per output pixel the first input
// index, the tap count and `ksize` fixed-point weights.
struct Coefficients {
  int ksize = 0;
  std::vector<int> first, count;
  std::vector<int32_t> weights;  // [out, ksize]
};

Coefficients precompute(int in_size, int out_size, ResizeFilter filter) {
  const double support_unit = filter == ResizeFilter::Box ? 0.5 : 2.0;
  const double scale = static_cast<double>(in_size) / out_size;
  const double filterscale = std::max(scale, 1.0);
  const double support = support_unit * filterscale;
  Coefficients c;
  c.ksize = static_cast<int>(std::ceil(support)) * 2 + 1;
  c.first.resize(static_cast<size_t>(out_size));
  c.count.resize(static_cast<size_t>(out_size));
  c.weights.assign(static_cast<size_t>(out_size) * c.ksize, 0);
  std::vector<double> k(static_cast<size_t>(c.ksize));
  for (int xx = 0; xx < out_size; ++xx) {
    const double center = (xx + 0.5) * scale;
    const double ss = 1.0 / filterscale;
    // (int) truncates toward zero, as the C code does.
    int xmin = static_cast<int>(center - support + 0.5);
    if (xmin < 0) xmin = 0;
    int xmax = static_cast<int>(center + support + 0.5);
    if (xmax > in_size) xmax = in_size;
    xmax -= xmin;
    double ww = 0.0;
    for (int x = 0; x < xmax; ++x) {
      const double arg = (x + xmin - center + 0.5) * ss;
      const double w = filter == ResizeFilter::Box ? box_filter(arg) : bicubic_filter(arg);
      k[static_cast<size_t>(x)] = w;
      ww += w;
    }
    for (int x = 0; x < xmax; ++x) {
      double w = k[static_cast<size_t>(x)];
      if (ww != 0.0) w /= ww;
      const double fixed = w * (1 << kPrecisionBits);
      c.weights[static_cast<size_t>(xx) * c.ksize + x] =
          static_cast<int32_t>(w < 0 ? -0.5 + fixed : 0.5 + fixed);
    }
    c.first[static_cast<size_t>(xx)] = xmin;
    c.count[static_cast<size_t>(xx)] = xmax;
  }
  return c;
}

inline uint8_t clip8(int64_t v) {
  const int64_t shifted = v >> kPrecisionBits;  // arithmetic shift, as Pillow's lookup table
  return static_cast<uint8_t>(std::clamp<int64_t>(shifted, 0, 255));
}

// One pass along the width (horizontal) or the height (vertical) of an [H, W, C] buffer.
std::vector<uint8_t> resample_pass(const std::vector<uint8_t>& in, int height, int width,
                                   int channels, int out_size, bool horizontal,
                                   ResizeFilter filter) {
  const int in_size = horizontal ? width : height;
  const Coefficients c = precompute(in_size, out_size, filter);
  const int out_h = horizontal ? height : out_size;
  const int out_w = horizontal ? out_size : width;
  std::vector<uint8_t> out(static_cast<size_t>(out_h) * out_w * channels);
  const int64_t half = int64_t{1} << (kPrecisionBits - 1);
  for (int y = 0; y < out_h; ++y) {
    for (int x = 0; x < out_w; ++x) {
      const int o = horizontal ? x : y;
      const int first = c.first[static_cast<size_t>(o)];
      const int count = c.count[static_cast<size_t>(o)];
      const int32_t* k = &c.weights[static_cast<size_t>(o) * c.ksize];
      for (int ch = 0; ch < channels; ++ch) {
        int64_t ss = half;
        for (int i = 0; i < count; ++i) {
          const int sy = horizontal ? y : first + i;
          const int sx = horizontal ? first + i : x;
          ss += static_cast<int64_t>(in[(static_cast<size_t>(sy) * width + sx) * channels + ch]) * k[i];
        }
        out[(static_cast<size_t>(y) * out_w + x) * channels + ch] = clip8(ss);
      }
    }
  }
  return out;
}

}  // namespace

torch::Tensor pil_resize(const torch::Tensor& hwc_u8, int64_t out_width, int64_t out_height,
                         ResizeFilter filter) {
  TORCH_CHECK(hwc_u8.dim() == 3 && hwc_u8.scalar_type() == torch::kUInt8,
              "pil_resize expects uint8 [H, W, C], got ", hwc_u8.sizes());
  TORCH_CHECK(out_width > 0 && out_height > 0, "pil_resize: empty output size");
  const auto src = hwc_u8.to(torch::kCPU).contiguous();
  const int height = static_cast<int>(src.size(0));
  const int width = static_cast<int>(src.size(1));
  const int channels = static_cast<int>(src.size(2));
  if (height == out_height && width == out_width) return src.clone();
  std::vector<uint8_t> buffer(src.data_ptr<uint8_t>(), src.data_ptr<uint8_t>() + src.numel());
  int h = height, w = width;
  if (w != out_width) {
    buffer = resample_pass(buffer, h, w, channels, static_cast<int>(out_width), true, filter);
    w = static_cast<int>(out_width);
  }
  if (h != out_height) {
    buffer = resample_pass(buffer, h, w, channels, static_cast<int>(out_height), false, filter);
    h = static_cast<int>(out_height);
  }
  return torch::from_blob(buffer.data(), {h, w, channels}, torch::kUInt8).clone();
}

}  // namespace patchdiff::io
