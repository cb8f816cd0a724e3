// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/npz.h"

#include "core/error.h"
#include "core/io/atomic_file.h"
#include "core/io/npy.h"
#include "core/io/zip_archive.h"

namespace patchdiff::io {

namespace {
constexpr char kSuffix[] = ".npy";
constexpr std::size_t kSuffixSize = 4;
}  // namespace

void write_npz(const std::string& path, const NamedArrays& arrays) {
  ZipWriter zip;
  for (const auto& [name, tensor] : arrays) {
    if (name.empty()) throw IoError("cannot write '" + path + "': an array has an empty name");
    try {
      zip.add(name + kSuffix, npy_bytes(tensor));
    } catch (const IoError& e) {
      throw IoError("cannot write '" + path + "' (array '" + name + "'): " + e.what());
    }
  }
  write_file_atomic(path, zip.finish());
}

NamedArrays read_npz(const std::string& path) {
  NamedArrays out;
  for (ZipEntry& entry : read_zip(read_file(path, "npz file"), path)) {
    std::string name = std::move(entry.name);
    torch::Tensor tensor = parse_npy(entry.data, path + ":" + name);
    // np.load names the arrays without the suffix, and keeps other names as they are.
    if (name.size() > kSuffixSize &&
        name.compare(name.size() - kSuffixSize, kSuffixSize, kSuffix) == 0) {
      name.resize(name.size() - kSuffixSize);
    }
    out.emplace_back(std::move(name), std::move(tensor));
  }
  return out;
}

}  // namespace patchdiff::io
