// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A ZIP archive of stored (uncompressed) entries, as np.savez writes them, built in memory:
// the .npz writer of a build without libzip (core/io/npz.cpp uses libzip when present).
#include <cstdint>
#include <string>
#include <vector>

namespace patchdiff::io {

// add() entries in order, then finish() for the bytes.
class ZipWriter {
 public:
  // IoError when the archive would need zip64 (an entry or the archive over 4 GiB,
  // 65535 entries), or for an empty or duplicate name.
  void add(const std::string& name, const std::string& data);
  // Appends the central directory; the writer is empty afterwards.
  std::string finish();

 private:
  struct Record {
    std::string name;
    uint32_t crc;
    uint32_t size;
    uint32_t offset;
  };
  std::string m_bytes;
  std::vector<Record> m_records;
};

}  // namespace patchdiff::io
