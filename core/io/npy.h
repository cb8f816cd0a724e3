// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// NumPy .npy files (format versions 1.0, 2.0, 3.0; little-endian; C order), the format the
// original reads and writes for samples, and the format of ../shared/reference.
#include <torch/torch.h>

#include <string>

namespace patchdiff::io {

// Parses a whole .npy file held in memory. Reads float16/32/64, uint8, int8/16/32/64 and
// bool. `source_name` names the data in messages (a path, or "file.npz:arr_0").
// IoError on a bad magic, a malformed header, Fortran order, an unsupported dtype, or a
// data length that does not match the shape.
torch::Tensor parse_npy(const std::string& bytes, const std::string& source_name);

// parse_npy of a file's contents.
torch::Tensor read_npy(const std::string& path);

// The .npy (version 1.0) encoding of a C-contiguous CPU copy of `tensor`: float16/32/64,
// uint8, int8/16/32/64 or bool; IoError for other dtypes.
std::string npy_bytes(const torch::Tensor& tensor);

// npy_bytes written atomically to `path`.
void write_npy(const std::string& path, const torch::Tensor& tensor);

}  // namespace patchdiff::io
