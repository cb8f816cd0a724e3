// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/input_image.h"

#include <filesystem>

#include <torch/torch.h>

#include "core/error.h"
#include "core/io/atomic_file.h"
#include "core/io/image_folder.h"
#include "core/io/sha256.h"

namespace patchdiff::io {

namespace fs = std::filesystem;

InputImage read_input_image(const std::string& path, int size) {
  InputImage image;
  image.path = path;
  const std::string bytes = read_file(path, Message(PATCHDIFF_TR_NOOP("core", "input image"), {}));
  image.sha256 = sha256_hex(bytes);
  const auto decoded = decode_rgb(bytes, path);  // [H, W, 3]
  image.source_height = decoded.size(0);
  image.source_width = decoded.size(1);
  const bool same = image.source_height == size && image.source_width == size;
  image.pixels = same ? decoded.contiguous() : center_crop_arr(decoded, size).contiguous();
  return image;
}

std::vector<std::string> input_image_paths(const std::string& path_or_dir) {
  std::error_code ec;
  if (fs::is_directory(path_or_dir, ec)) {
    auto paths = list_image_files(path_or_dir);
    if (paths.empty())
      throw IoError(Message(PATCHDIFF_TR_NOOP("core", "no images (.png, .jpg, .jpeg, .gif) in the folder '%1'"),
                            {path_or_dir}));
    return paths;
  }
  if (!fs::exists(path_or_dir, ec))
    throw IoError(Message(PATCHDIFF_TR_NOOP("core", "the input image '%1' does not exist"), {path_or_dir}));
  return {path_or_dir};
}

torch::Tensor mask_to_size(const torch::Tensor& mask, int size) {
  auto gray = mask.to(torch::kUInt8);
  if (gray.dim() == 3) {
    // The mean of the channels in 16-bit sums: a large mask must not cost 12 bytes a pixel.
    auto sum = gray.select(2, 0).to(torch::kShort);
    for (int64_t c = 1; c < gray.size(2); ++c) sum += gray.select(2, c).to(torch::kShort);
    gray = ((sum * 2 + gray.size(2)) / (2 * gray.size(2))).to(torch::kUInt8);  // rounded
  }
  TORCH_CHECK(gray.dim() == 2, "a mask is [H, W] or [H, W, C]");
  // Resized as the image is (so the two stay aligned), then thresholded back to two levels.
  const auto rgb = gray.unsqueeze(2).expand({gray.size(0), gray.size(1), 3}).contiguous();
  const bool same = gray.size(0) == size && gray.size(1) == size;
  const auto resized = same ? gray : center_crop_arr(rgb, size).select(2, 0);
  return torch::where(resized >= 128, torch::full_like(resized, 255), torch::zeros_like(resized)).contiguous();
}

torch::Tensor read_mask(const std::string& path, int64_t image_width, int64_t image_height, int size) {
  const auto decoded = decode_rgb(read_file(path, Message(PATCHDIFF_TR_NOOP("core", "mask"), {})), path);
  if (decoded.size(1) != image_width || decoded.size(0) != image_height)
    throw ConfigError(Message(PATCHDIFF_TR_NOOP("core", "the mask '%1' is %2x%3, the input image %4x%5: a mask must "
                                                        "have its image's size (white = regenerate)"),
                              {path, std::to_string(decoded.size(1)), std::to_string(decoded.size(0)),
                               std::to_string(image_width), std::to_string(image_height)}));
  return mask_to_size(decoded, size);
}

}  // namespace patchdiff::io
