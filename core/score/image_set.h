// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The images a score is computed on: a folder of PNGs as `patchdiff sample` writes them (or
// as `patchdiff data emoji` writes a data set), or the original implementation's
// samples_NxHxWx3.npz (arr_0 uint8 images, arr_1 int64 labels when class-conditional).
#include <torch/types.h>

#include <string>
#include <vector>

namespace patchdiff::score {

struct ImageSet {
  torch::Tensor images;  // uint8 [N, H, W, 3]
  torch::Tensor labels;  // int64 [N] when every image has a class; else undefined
  std::string source;    // the folder or file, for messages
  bool has_labels() const { return labels.defined(); }
};

// Every .png/.jpg/.jpeg/.gif below `dir` (sorted, as `patchdiff train` lists them), except the
// sampler's grid (`*_grid.png`). An image's class is the `label` of its patchdiff metadata
// (images from `patchdiff sample`), else the integer before the first underscore of its file
// name (`patchdiff data emoji`'s `<class>_<set>_<image>.png`); the set has labels only when
// every image has one. IoError for a missing or empty folder, a file that cannot be decoded
// (naming it) and images of different sizes (naming the first that differs).
ImageSet read_image_folder(const std::string& dir);

// arr_0 (uint8 [N, H, W, 3]) and, when present, arr_1 (integer labels [N]). IoError when the
// file is not such an npz.
ImageSet read_sample_npz(const std::string& path);

// A folder or an .npz file by what `path` is.
ImageSet read_images(const std::string& path);

// Labels from a comma separated list ("0,3,8"): one per image, or repeated cyclically as
// `patchdiff sample --class_labels` does. ConfigError when a label is not an integer in
// [0, num_classes) (num_classes <= 0: any non-negative integer).
torch::Tensor labels_from_list(const std::string& list, int64_t count, int64_t num_classes);

// Float images for a network: [N, 3, size, size] in [low, high] from uint8 [N, H, W, 3]
// (bilinearly resized when the sizes differ).
torch::Tensor to_network_input(const torch::Tensor& images_nhwc_u8, int64_t size, double low, double high);

}  // namespace patchdiff::score
