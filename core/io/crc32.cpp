// SPDX-License-Identifier: GPL-3.0-or-later
// Hand-written (a 256-entry table): PNG chunk CRCs and the stored-zip fallback need no zlib on a LibTorch-only build.
#include "core/io/crc32.h"

#include <array>

namespace patchdiff::io {

namespace {

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

}  // namespace

uint32_t crc32(const void* data, std::size_t size, uint32_t crc) {
  const auto& table = crc_table();
  const auto* p = static_cast<const unsigned char*>(data);
  crc = ~crc;
  for (std::size_t i = 0; i < size; ++i) crc = table[(crc ^ p[i]) & 0xFF] ^ (crc >> 8);
  return ~crc;
}

uint32_t crc32(const std::string& bytes) { return crc32(bytes.data(), bytes.size()); }

}  // namespace patchdiff::io
