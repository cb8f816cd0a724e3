// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Synthetic data for the score tests: a tiny data set (DIR/train, DIR/heldout) of coloured
// discs on white, one colour per class, and the bundled feature network's path.
#include <torch/torch.h>

#include <filesystem>
#include <random>
#include <string>

#include "core/io/atomic_file.h"
#include "core/io/image.h"
#include "support/shared_data.h"

namespace patchdiff::test {

inline std::string bundled_feature_net() {
  return std::string(PATCHDIFF_SOURCE_DIR) + "/resources/score/emoji64_features.pt";
}

// uint8 [size, size, 3]: a disc of class colour, its centre and radius drawn from `rng`.
inline torch::Tensor disc_image(int label, int size, std::mt19937& rng) {
  static const uint8_t colours[9][3] = {{250, 200, 40}, {220, 150, 110}, {60, 170, 60},  {200, 60, 40}, {70, 110, 200},
                                        {230, 120, 20}, {120, 120, 130}, {150, 60, 190}, {30, 30, 30}};
  std::uniform_real_distribution<double> centre(size * 0.35, size * 0.65), radius(size * 0.2, size * 0.4);
  const double cx = centre(rng), cy = centre(rng), r = radius(rng);
  auto image = torch::full({size, size, 3}, 255, torch::kUInt8);
  auto a = image.accessor<uint8_t, 3>();
  for (int y = 0; y < size; ++y)
    for (int x = 0; x < size; ++x)
      if ((x - cx) * (x - cx) + (y - cy) * (y - cy) <= r * r)
        for (int c = 0; c < 3; ++c) a[y][x][c] = colours[label % 9][c];
  return image;
}

// DIR/train (`per_class_train` per class) and DIR/heldout (`per_class_heldout`), files named
// <class>_<i>.png as `patchdiff data emoji` names them.
inline std::string write_disc_dataset(int classes, int per_class_train, int per_class_heldout, int size = 64,
                                      unsigned seed = 1) {
  const std::filesystem::path dir = temp_dir();
  std::mt19937 rng(seed);
  for (const auto& [split, count] : {std::pair<const char*, int>{"train", per_class_train}, {"heldout", per_class_heldout}}) {
    std::filesystem::create_directories(dir / split);
    for (int c = 0; c < classes; ++c)
      for (int i = 0; i < count; ++i)
        io::write_file_atomic((dir / split / (std::to_string(c) + "_" + std::to_string(i) + ".png")).string(),
                              io::encode_png(disc_image(c, size, rng)));
  }
  return dir.string();
}

}  // namespace patchdiff::test
