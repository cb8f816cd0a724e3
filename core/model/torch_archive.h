// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The records of a torch.save zip archive ("<folder>/data.pkl", "<folder>/data/0", ...), read
// with libzip where the build has it. LibTorch 1.13's own reader (PyTorchStreamReader) throws
// on a malformed archive from inside its constructor and then never frees its zip state, a
// leak per rejected file found by fuzz_checkpoint (docs/reliability.md), and its messages name
// no file. A build without libzip (the GPU machine) still uses LibTorch's reader.
#include <c10/core/Allocator.h>

#include <cstddef>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace patchdiff::model {

class TorchArchive {
 public:
  // Opens the archive and checks torch.save's layout: entries, all in one top-level folder,
  // and a format version record holding a version number. CheckpointError naming the file.
  explicit TorchArchive(const std::string& path);
  ~TorchArchive();
  TorchArchive(const TorchArchive&) = delete;
  TorchArchive& operator=(const TorchArchive&) = delete;

  // Names relative to the top-level folder ("data.pkl", "data/0").
  bool hasRecord(const std::string& name) const;
  std::vector<std::string> records() const;
  // The record's bytes in memory from the CPU allocator (a tensor can keep them alive).
  // CheckpointError for a missing or unreadable record (a damaged file).
  std::pair<at::DataPtr, size_t> getRecord(const std::string& name) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> m_impl;
};

}  // namespace patchdiff::model
