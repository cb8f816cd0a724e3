// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Image conversions between model space and 8-bit pixels, grids for previews, and PNG
// encoding/decoding (stb_image, stb_image_write).
#include <torch/torch.h>

#include <cstdint>
#include <string>

namespace patchdiff::io {

// Model-space images [N,3,H,W] in [-1,1] to uint8 [N,H,W,3] on the CPU, exactly as the
// original: ((x + 1) * 127.5).clamp(0, 255).to(torch.uint8) in float32 (truncation).
torch::Tensor to_uint8_nhwc(const torch::Tensor& x);

// Tiles uint8 [N,H,W,3] images into one uint8 [H',W',3] image, row by row with `columns`
// per row (fewer when N is smaller), `padding` pixels of `pad_value` around and between
// them, as torchvision.utils.make_grid lays them out.
torch::Tensor make_grid(const torch::Tensor& images_nhwc_u8, int columns, int padding = 2,
                        uint8_t pad_value = 255);

// The largest image the decoders accept: 16384 pixels a side and 64 M pixels (8192 x 8192,
// 192 MB as RGB). A header that claims more is refused before anything is allocated: IoError
// naming the source and the size.
inline constexpr int64_t kMaxImageSide = 16384;
inline constexpr int64_t kMaxImagePixels = int64_t{1} << 26;
void check_image_dimensions(int64_t width, int64_t height, const std::string& source_name);

// PNG bytes of a uint8 [H,W,C] image, C = 1 (gray), 3 (RGB) or 4 (RGBA).
std::string encode_png(const torch::Tensor& hwc_u8);

// Decodes PNG, JPEG, BMP, ... to uint8 [H,W,3]; transparent pixels are composited onto
// white. `source_name` names the data in messages; IoError when it cannot be decoded.
torch::Tensor decode_image(const std::string& bytes, const std::string& source_name);

}  // namespace patchdiff::io
