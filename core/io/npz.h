// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// NumPy .npz files: a zip of .npy entries (libzip). Written stored, as np.savez writes them
// (the original saves its samples this way: arr_0 = uint8 images [N,H,W,3], arr_1 = int64
// labels); read stored or deflated (np.savez_compressed).
#include <torch/torch.h>

#include <string>
#include <utility>
#include <vector>

namespace patchdiff::io {

using NamedArrays = std::vector<std::pair<std::string, torch::Tensor>>;

// Writes `arrays` atomically; names are given without ".npy" (e.g. "arr_0"), in order.
// IoError for an empty or duplicate name or an unsupported dtype.
void write_npz(const std::string& path, const NamedArrays& arrays);

// The arrays in archive order, named without ".npy". IoError for a damaged archive (CRC,
// truncation, an implausible size), an encrypted entry, a method other than stored or
// deflate, or an entry that is not a valid .npy (and on a build without libzip).
NamedArrays read_npz(const std::string& path);

}  // namespace patchdiff::io
