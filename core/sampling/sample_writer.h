// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The files a sampling run leaves in --save_dir: the original's
// samples_{N}x{H}x{W}x3.npz (arr_0 uint8 NHWC, arr_1 int64 labels when class-conditional),
// a PNG grid, and one PNG per image whose "patchdiff" text chunk holds its RunSpec. Every
// file is written to a temporary name and renamed.
#include <string>
#include <vector>

#include <torch/types.h>

#include "core/sampling/run_spec.h"

namespace patchdiff::sampling {

struct WrittenFiles {
  std::string npz, grid;
  std::vector<std::string> images;
};

// images: uint8 [N, H, W, 3]; labels: int64 [N] or undefined; specs: one per image.
// Creates save_dir if needed; IoError (with the path) when it cannot be written.
WrittenFiles write_samples(const std::string& save_dir, const torch::Tensor& images,
                           const torch::Tensor& labels, const std::vector<RunSpec>& specs);

// The grid's column count for N images (a near-square layout).
int grid_columns(int64_t count);

}  // namespace patchdiff::sampling
