// SPDX-License-Identifier: GPL-3.0-or-later
// Hand-written (~100 lines): a LibTorch-only build without libzip still writes the original's stored .npz.
#include "core/io/stored_zip_writer.h"

#include <limits>

#include "core/error.h"
#include "core/io/crc32.h"

namespace patchdiff::io {

namespace {

// Layout per PKWARE's APPNOTE.TXT, sections 4.3.7 (local header), 4.3.12 (central
// directory header) and 4.3.16 (end of central directory record).
constexpr uint32_t kLocalSig = 0x04034b50;
constexpr uint32_t kCentralSig = 0x02014b50;
constexpr uint32_t kEndSig = 0x06054b50;
constexpr std::size_t kLocalSize = 30;
constexpr uint16_t kVersion = 20;         // 2.0: what Python's zipfile writes for stored entries
constexpr uint16_t kMadeByUnix = 3 << 8;  // so external attributes carry Unix permissions
constexpr uint16_t kFlagUtf8 = 1 << 11;   // names are UTF-8
// A fixed timestamp (1980-01-01 00:00, DOS format) keeps output reproducible.
constexpr uint16_t kDosTime = 0;
constexpr uint16_t kDosDate = (0 << 9) | (1 << 5) | 1;
constexpr uint32_t kMax32 = std::numeric_limits<uint32_t>::max();

void put16(std::string& out, uint32_t v) {
  out += static_cast<char>(v & 0xFF);
  out += static_cast<char>((v >> 8) & 0xFF);
}

void put32(std::string& out, uint32_t v) {
  put16(out, v & 0xFFFF);
  put16(out, v >> 16);
}

uint16_t flags_for(const std::string& name) {
  for (char c : name) {
    if (static_cast<unsigned char>(c) >= 0x80) return kFlagUtf8;
  }
  return 0;
}

}  // namespace

void ZipWriter::add(const std::string& name, const std::string& data) {
  if (name.empty() || name.size() > 0xFFFF) {
    throw IoError("cannot add an entry with an empty or overlong name to a zip archive");
  }
  for (const Record& r : m_records) {
    if (r.name == name) throw IoError("duplicate entry '" + name + "' in a zip archive");
  }
  if (m_records.size() >= 0xFFFF || data.size() >= kMax32 || m_bytes.size() >= kMax32 ||
      m_bytes.size() + kLocalSize + name.size() + data.size() >= kMax32) {
    throw IoError("cannot add '" + name +
                  "' to a zip archive: it would exceed 4 GiB or 65535 entries (zip64 is not "
                  "supported)");
  }
  const Record record{name, crc32(data), static_cast<uint32_t>(data.size()),
                      static_cast<uint32_t>(m_bytes.size())};
  put32(m_bytes, kLocalSig);
  put16(m_bytes, kVersion);
  put16(m_bytes, flags_for(name));
  put16(m_bytes, /*method=*/0);
  put16(m_bytes, kDosTime);
  put16(m_bytes, kDosDate);
  put32(m_bytes, record.crc);
  put32(m_bytes, record.size);  // compressed size
  put32(m_bytes, record.size);  // uncompressed size
  put16(m_bytes, static_cast<uint32_t>(name.size()));
  put16(m_bytes, /*extra length=*/0);
  m_bytes += name;
  m_bytes += data;
  m_records.push_back(record);
}

std::string ZipWriter::finish() {
  const uint64_t cd_offset = m_bytes.size();
  for (const Record& r : m_records) {
    put32(m_bytes, kCentralSig);
    put16(m_bytes, kMadeByUnix | kVersion);
    put16(m_bytes, kVersion);
    put16(m_bytes, flags_for(r.name));
    put16(m_bytes, /*method=*/0);
    put16(m_bytes, kDosTime);
    put16(m_bytes, kDosDate);
    put32(m_bytes, r.crc);
    put32(m_bytes, r.size);
    put32(m_bytes, r.size);
    put16(m_bytes, static_cast<uint32_t>(r.name.size()));
    put16(m_bytes, /*extra length=*/0);
    put16(m_bytes, /*comment length=*/0);
    put16(m_bytes, /*disk number=*/0);
    put16(m_bytes, /*internal attributes=*/0);
    put32(m_bytes, /*external attributes: regular file, rw-r--r--=*/0100644u << 16);
    put32(m_bytes, r.offset);
    m_bytes += r.name;
  }
  const uint64_t cd_size = m_bytes.size() - cd_offset;
  if (cd_offset >= kMax32 || cd_size >= kMax32) {
    throw IoError("cannot finish a zip archive over 4 GiB (zip64 is not supported)");
  }
  put32(m_bytes, kEndSig);
  put16(m_bytes, /*this disk=*/0);
  put16(m_bytes, /*central directory disk=*/0);
  put16(m_bytes, static_cast<uint32_t>(m_records.size()));
  put16(m_bytes, static_cast<uint32_t>(m_records.size()));
  put32(m_bytes, static_cast<uint32_t>(cd_size));
  put32(m_bytes, static_cast<uint32_t>(cd_offset));
  put16(m_bytes, /*comment length=*/0);
  m_records.clear();
  std::string out;
  out.swap(m_bytes);
  return out;
}

}  // namespace patchdiff::io
