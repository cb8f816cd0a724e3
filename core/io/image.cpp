// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/image.h"

#include <algorithm>
#include <climits>
#include <cstdlib>
#include <memory>

#include "core/error.h"
#include "core/io/stb_guard.h"

#include <stb_image.h>  // the implementations are compiled in core/io/stb_impl.cpp
#include <stb_image_write.h>

// stb_image_write declares its in-memory PNG encoder only inside its implementation section.
extern "C" unsigned char* stbi_write_png_to_mem(const unsigned char* pixels, int stride_bytes, int x, int y, int n,
                                                int* out_len);

namespace patchdiff::io {

torch::Tensor to_uint8_nhwc(const torch::Tensor& x) {
  TORCH_CHECK(x.dim() == 4 && x.size(1) == 3, "to_uint8_nhwc expects images [N,3,H,W], got ",
              x.sizes());
  // Two separate float32 ops, then a truncating cast, bit for bit like the original.
  const torch::Tensor pixels = ((x.detach().to(torch::kFloat32) + 1) * 127.5)
                                   .clamp(0, 255)
                                   .to(torch::kUInt8);               // [N, 3, H, W]
  return pixels.permute({0, 2, 3, 1}).contiguous().to(torch::kCPU);  // [N, H, W, 3]
}

torch::Tensor make_grid(const torch::Tensor& images_nhwc_u8, int columns, int padding,
                        uint8_t pad_value) {
  const torch::Tensor& images = images_nhwc_u8;
  TORCH_CHECK(images.dim() == 4 && images.size(3) == 3 && images.scalar_type() == torch::kUInt8,
              "make_grid expects uint8 images [N,H,W,3], got ", images.scalar_type(), " ",
              images.sizes());
  TORCH_CHECK(images.size(0) > 0, "make_grid needs at least one image");
  TORCH_CHECK(columns > 0 && padding >= 0, "make_grid needs columns > 0 and padding >= 0");
  const int64_t n = images.size(0);
  const int64_t h = images.size(1);
  const int64_t w = images.size(2);
  const int64_t cols = std::min<int64_t>(columns, n);
  const int64_t rows = (n + cols - 1) / cols;
  const int64_t cell_h = h + padding;
  const int64_t cell_w = w + padding;
  torch::Tensor grid = torch::full({rows * cell_h + padding, cols * cell_w + padding, 3}, pad_value,
                                   torch::TensorOptions().dtype(torch::kUInt8));
  const torch::Tensor src = images.to(torch::kCPU);
  for (int64_t i = 0; i < n; ++i) {
    const int64_t y = (i / cols) * cell_h + padding;
    const int64_t x = (i % cols) * cell_w + padding;
    grid.narrow(0, y, h).narrow(1, x, w).copy_(src[i]);  // [H, W, 3]
  }
  return grid;
}

std::string encode_png(const torch::Tensor& hwc_u8) {
  TORCH_CHECK(hwc_u8.dim() == 3 && hwc_u8.scalar_type() == torch::kUInt8,
              "encode_png expects a uint8 image [H,W,C], got ", hwc_u8.scalar_type(), " ",
              hwc_u8.sizes());
  const int64_t h = hwc_u8.size(0);
  const int64_t w = hwc_u8.size(1);
  const int64_t c = hwc_u8.size(2);
  TORCH_CHECK(c >= 1 && c <= 4, "encode_png expects 1 to 4 channels, got ", c);
  TORCH_CHECK(h > 0 && w > 0, "encode_png cannot encode an empty image ", hwc_u8.sizes());
  if (h > INT_MAX / 4 || w * c > INT_MAX / 4) {
    throw IoError(Message(PATCHDIFF_TR_NOOP("core", "cannot encode a %1x%2 image as PNG: too large"),
                          {std::to_string(w), std::to_string(h)}));
  }
  const torch::Tensor pixels = hwc_u8.to(torch::kCPU).contiguous();
  int len = 0;
  std::unique_ptr<unsigned char, void (*)(void*)> png(
      stbi_write_png_to_mem(pixels.data_ptr<uint8_t>(), static_cast<int>(w * c),
                            static_cast<int>(w), static_cast<int>(h), static_cast<int>(c), &len),
      std::free);
  if (!png || len <= 0) {
    throw IoError(Message(PATCHDIFF_TR_NOOP("core", "cannot encode a %1x%2 image as PNG (out of memory?)"),
                          {std::to_string(w), std::to_string(h)}));
  }
  return std::string(reinterpret_cast<const char*>(png.get()), static_cast<std::size_t>(len));
}

void check_image_dimensions(int64_t width, int64_t height, const std::string& source_name) {
  if (width > kMaxImageSide || height > kMaxImageSide || width * height > kMaxImagePixels)
    throw IoError(Message(PATCHDIFF_TR_NOOP("core", "the image '%1' is %2x%3 pixels: larger than this program reads "
                                                    "(at most %4 a side and %5 M pixels); scale it down first"),
                          {source_name, std::to_string(width), std::to_string(height), std::to_string(kMaxImageSide),
                           std::to_string(kMaxImagePixels / (1 << 20))}));
}

torch::Tensor decode_image(const std::string& bytes, const std::string& source_name) {
  const auto fail = [&](const Message& detail) {
    throw IoError(Message(PATCHDIFF_TR_NOOP("core", "cannot decode image '%1': %2"), {source_name, detail}));
  };
  if (bytes.empty()) fail(Message(PATCHDIFF_TR_NOOP("core", "the data is empty"), {}));
  if (bytes.size() > static_cast<std::size_t>(INT_MAX)) fail(Message(PATCHDIFF_TR_NOOP("core", "file too large"), {}));
  check_before_stb(bytes, source_name);  // two of stb 2.27's defects (core/io/stb_guard.h)
  const auto* data = reinterpret_cast<const stbi_uc*>(bytes.data());
  const int len = static_cast<int>(bytes.size());
  int w = 0;
  int h = 0;
  int channels = 0;
  if (!stbi_info_from_memory(data, len, &w, &h, &channels)) {
    fail(Message(PATCHDIFF_TR_NOOP("core", "%1 (not a supported image format?)"), {stbi_failure_reason()}));
  }
  check_image_dimensions(w, h, source_name);
  // Gray+alpha and RGBA come back as RGBA so the alpha can be composited.
  const bool alpha = channels == 2 || channels == 4;
  const int want = alpha ? 4 : 3;
  std::unique_ptr<stbi_uc, void (*)(void*)> pixels(
      stbi_load_from_memory(data, len, &w, &h, &channels, want), stbi_image_free);
  if (!pixels) fail(Message(PATCHDIFF_TR_NOOP("core", "%1 (corrupt or truncated?)"), {stbi_failure_reason()}));

  torch::Tensor out = torch::empty({h, w, 3}, torch::TensorOptions().dtype(torch::kUInt8));
  uint8_t* dst = out.data_ptr<uint8_t>();
  const stbi_uc* src = pixels.get();
  const int64_t count = int64_t(w) * h;
  if (!alpha) {
    std::copy(src, src + count * 3, dst);
    return out;
  }
  for (int64_t i = 0; i < count; ++i) {
    const unsigned a = src[4 * i + 3];
    for (int k = 0; k < 3; ++k) {
      // Over white, rounded: (c * a + 255 * (255 - a)) / 255.
      dst[3 * i + k] = static_cast<uint8_t>((src[4 * i + k] * a + 255u * (255u - a) + 127u) / 255u);
    }
  }
  return out;
}

}  // namespace patchdiff::io
