// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// NumPy .npz files: a zip of .npy entries, as np.savez writes (uncompressed). The original
// saves its samples this way: arr_0 = uint8 images [N,H,W,3], arr_1 = int64 labels.
#include <torch/torch.h>

#include <string>
#include <utility>
#include <vector>

namespace patchdiff::io {

using NamedArrays = std::vector<std::pair<std::string, torch::Tensor>>;

// Writes `arrays` atomically; names are given without ".npy" (e.g. "arr_0"), in order.
// IoError for an empty or duplicate name or an unsupported dtype.
void write_npz(const std::string& path, const NamedArrays& arrays);

// The arrays in archive order, named without ".npy". IoError for a compressed archive
// (np.savez_compressed) or an entry that is not a valid .npy.
NamedArrays read_npz(const std::string& path);

}  // namespace patchdiff::io
