// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/zip_archive.h"

#include <array>
#include <limits>

#include "core/error.h"

namespace patchdiff::io {

namespace {

// Layout per PKWARE's APPNOTE.TXT, sections 4.3.7 (local header), 4.3.12 (central
// directory header) and 4.3.16 (end of central directory record).
constexpr uint32_t kLocalSig = 0x04034b50;
constexpr uint32_t kCentralSig = 0x02014b50;
constexpr uint32_t kEndSig = 0x06054b50;
constexpr std::size_t kLocalSize = 30;
constexpr std::size_t kCentralSize = 46;
constexpr std::size_t kEndSize = 22;
constexpr uint16_t kVersion = 20;         // 2.0: what Python's zipfile writes for stored entries
constexpr uint16_t kMadeByUnix = 3 << 8;  // so external attributes carry Unix permissions
constexpr uint16_t kFlagUtf8 = 1 << 11;   // names are UTF-8
// A fixed timestamp (1980-01-01 00:00, DOS format) keeps output reproducible.
constexpr uint16_t kDosTime = 0;
constexpr uint16_t kDosDate = (0 << 9) | (1 << 5) | 1;
constexpr uint32_t kMax32 = std::numeric_limits<uint32_t>::max();

const std::array<uint32_t, 256>& crc_table() {
  static const std::array<uint32_t, 256> table = [] {
    std::array<uint32_t, 256> t{};
    for (uint32_t n = 0; n < 256; ++n) {
      uint32_t c = n;
      for (int k = 0; k < 8; ++k) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
      t[n] = c;
    }
    return t;
  }();
  return table;
}

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

// Bounds-checked little-endian reads over the archive bytes.
class Reader {
 public:
  Reader(const std::string& bytes, const std::string& source) : m_bytes(bytes), m_source(source) {}

  [[noreturn]] void fail(const std::string& what) const {
    throw IoError("cannot read '" + m_source + "' as a zip archive (.npz): " + what);
  }
  void need(uint64_t at, uint64_t n, const char* what) const {
    if (at > m_bytes.size() || n > m_bytes.size() - at) {
      fail(std::string("truncated or corrupt ") + what);
    }
  }
  uint32_t u16(uint64_t at) const { return byte(at) | (byte(at + 1) << 8); }
  uint32_t u32(uint64_t at) const { return u16(at) | (u16(at + 2) << 16); }
  uint64_t u64(uint64_t at) const { return u32(at) | (uint64_t(u32(at + 4)) << 32); }

 private:
  uint32_t byte(uint64_t at) const {
    return static_cast<unsigned char>(m_bytes[static_cast<std::size_t>(at)]);
  }
  const std::string& m_bytes;
  const std::string& m_source;
};

}  // namespace

uint32_t crc32(const void* data, std::size_t size, uint32_t crc) {
  const auto& table = crc_table();
  const auto* p = static_cast<const unsigned char*>(data);
  crc = ~crc;
  for (std::size_t i = 0; i < size; ++i) crc = table[(crc ^ p[i]) & 0xFF] ^ (crc >> 8);
  return ~crc;
}

uint32_t crc32(const std::string& bytes) { return crc32(bytes.data(), bytes.size()); }

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

std::vector<ZipEntry> read_zip(const std::string& bytes, const std::string& source_name) {
  const Reader in(bytes, source_name);
  if (bytes.size() < kEndSize) in.fail("the file is too short to be a zip archive");

  // The end record sits at the end, followed only by a comment of at most 65535 bytes.
  uint64_t end = bytes.size() - kEndSize;
  const uint64_t lowest = end > 0xFFFF ? end - 0xFFFF : 0;
  for (;; --end) {
    if (in.u32(end) == kEndSig && end + kEndSize + in.u16(end + 20) <= bytes.size()) break;
    if (end == lowest) in.fail("no end of central directory record (not a zip file?)");
  }
  const uint32_t disk = in.u16(end + 4);
  const uint32_t cd_disk = in.u16(end + 6);
  const uint32_t disk_entries = in.u16(end + 8);
  const uint32_t count = in.u16(end + 10);
  const uint64_t cd_size = in.u32(end + 12);
  const uint64_t cd_offset = in.u32(end + 16);
  if (disk != 0 || cd_disk != 0 || disk_entries != count)
    in.fail("multi-disk archives are not supported");
  if (count == 0xFFFF || cd_size == kMax32 || cd_offset == kMax32) {
    in.fail("zip64 archives (over 4 GiB or 65535 entries) are not supported");
  }
  in.need(cd_offset, cd_size, "central directory");
  if (cd_offset + cd_size > end) in.fail("the central directory overlaps its end record");

  std::vector<ZipEntry> entries;
  entries.reserve(count);
  uint64_t at = cd_offset;
  for (uint32_t i = 0; i < count; ++i) {
    in.need(at, kCentralSize, "central directory entry");
    if (in.u32(at) != kCentralSig) in.fail("bad central directory entry signature");
    const uint32_t flags = in.u16(at + 8);
    const uint32_t method = in.u16(at + 10);
    const uint32_t crc = in.u32(at + 16);
    uint64_t comp_size = in.u32(at + 20);
    uint64_t size = in.u32(at + 24);
    const uint32_t name_len = in.u16(at + 28);
    const uint32_t extra_len = in.u16(at + 30);
    const uint32_t comment_len = in.u16(at + 32);
    uint64_t offset = in.u32(at + 42);
    in.need(at + kCentralSize, uint64_t(name_len) + extra_len + comment_len,
            "central directory entry");
    std::string name = bytes.substr(at + kCentralSize, name_len);

    // Python writes a zip64 extra field (id 1) for large values, holding only the
    // fields that are 0xFFFFFFFF, in this order.
    uint64_t extra = at + kCentralSize + name_len;
    const uint64_t extra_end = extra + extra_len;
    while (extra + 4 <= extra_end) {
      const uint32_t id = in.u16(extra);
      const uint32_t len = in.u16(extra + 2);
      if (extra + 4 + len > extra_end) in.fail("malformed extra field of '" + name + "'");
      if (id == 1) {
        uint64_t field = extra + 4;
        for (uint64_t* value : {&size, &comp_size, &offset}) {
          if (*value != kMax32) continue;
          if (field + 8 > extra + 4 + len) in.fail("malformed zip64 field of '" + name + "'");
          *value = in.u64(field);
          field += 8;
        }
      }
      extra += 4 + len;
    }
    at = extra_end + comment_len;

    if (flags & 1) in.fail("entry '" + name + "' is encrypted, which is not supported");
    if (method == 8) {
      in.fail("entry '" + name +
              "' is deflate-compressed; compressed .npz files (np.savez_compressed) are not "
              "supported, save with np.savez instead");
    }
    if (method != 0) {
      in.fail("entry '" + name + "' uses compression method " + std::to_string(method) +
              "; only stored (uncompressed) entries are supported");
    }
    if (comp_size != size) in.fail("stored entry '" + name + "' has inconsistent sizes");

    in.need(offset, kLocalSize, "local header");
    if (in.u32(offset) != kLocalSig) in.fail("bad local header signature for '" + name + "'");
    // The local header's extra field may differ from the central one (numpy's np.savez
    // forces a zip64 extra there), so take its own lengths.
    const uint64_t data_at = offset + kLocalSize + in.u16(offset + 26) + in.u16(offset + 28);
    in.need(data_at, size, ("data of '" + name + "'").c_str());
    ZipEntry entry{std::move(name), bytes.substr(data_at, size)};
    if (crc32(entry.data) != crc)
      in.fail("CRC mismatch in entry '" + entry.name + "' (corrupt file)");
    entries.push_back(std::move(entry));
  }
  return entries;
}

}  // namespace patchdiff::io
