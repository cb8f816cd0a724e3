// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The images a run starts from (image-to-image, inpainting, variations) and their masks:
// read from PNG/JPEG/BMP/GIF files, converted to RGB and brought to the model's size the
// way training brings its data there (the original's center_crop_arr: box-halving, bicubic,
// centre crop), so a model sees an input as it saw its training images.
#include <torch/types.h>

#include <cstdint>
#include <string>
#include <vector>

namespace patchdiff::io {

struct InputImage {
  std::string path;
  std::string sha256;            // of the file as read
  int64_t source_width = 0, source_height = 0;
  torch::Tensor pixels;          // uint8 [size, size, 3]
  bool resized() const { return source_width != pixels.size(1) || source_height != pixels.size(0); }
};

// IoError naming the file when it cannot be read or decoded.
InputImage read_input_image(const std::string& path, int size);

// A run's input images: the file itself, or every image below a folder (sorted, as
// training lists them). IoError for a missing path or a folder without images.
std::vector<std::string> input_image_paths(const std::string& path_or_dir);

// A mask as uint8 [size, size], 255 where the image is regenerated (white in the file) and 0
// where it is kept (black); gray levels at or above 128 count as white after resizing. The
// file must have the input image's size (width x height): ConfigError otherwise.
torch::Tensor read_mask(const std::string& path, int64_t image_width, int64_t image_height, int size);

// The same from pixels already decoded (uint8 [H, W] or [H, W, C]): for the studio's brush.
torch::Tensor mask_to_size(const torch::Tensor& mask, int size);

}  // namespace patchdiff::io
