// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Image resizing as Pillow's Image.resize does it for 8-bit RGB (Resample.c): separable
// convolution, horizontal pass first, fixed-point coefficients with 22 fraction bits and a
// rounding to uint8 after each pass. The original's data loader resizes with BOX (halving)
// and BICUBIC, so matching Pillow here makes our training inputs the original's pixels.
#include <torch/types.h>

namespace patchdiff::io {

enum class ResizeFilter { Box, Bicubic };  // Pillow's Image.BOX, Image.BICUBIC (a = -0.5)

// uint8 [H, W, C] (contiguous, CPU) -> uint8 [out_height, out_width, C].
torch::Tensor pil_resize(const torch::Tensor& hwc_u8, int64_t out_width, int64_t out_height,
                         ResizeFilter filter);

}  // namespace patchdiff::io
