// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A minimal ZIP container for .npz files: entries stored uncompressed (method 0), no zip64.
// Python's zipfile and numpy read what it writes; it reads that back and np.savez output.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace patchdiff::io {

// CRC-32 (ISO-HDLC: polynomial 0xEDB88320 reflected, as zip and PNG use it). Pass the
// previous result as `crc` to continue over several buffers.
uint32_t crc32(const void* data, std::size_t size, uint32_t crc = 0);
uint32_t crc32(const std::string& bytes);

struct ZipEntry {
  std::string name;  // path inside the archive, e.g. "arr_0.npy"
  std::string data;
};

// Builds an archive in memory: add() entries in order, then finish() for the bytes.
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

// The entries of an archive, in central-directory order. Reads stored entries only;
// IoError for compressed entries (np.savez_compressed), encryption, multi-disk or
// zip64-sized archives, a CRC mismatch, or anything malformed. `source_name` names the
// archive in messages.
std::vector<ZipEntry> read_zip(const std::string& bytes, const std::string& source_name);

}  // namespace patchdiff::io
