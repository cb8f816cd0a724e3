// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Little-endian fields appended to a byte string, for tests that lay out zip archives by hand
// (damaged or hostile ones the writers never produce).
#include <cstdint>
#include <string>

namespace patchdiff::test {

inline void put16(std::string& out, uint32_t v) {
  out += static_cast<char>(v & 0xFF);
  out += static_cast<char>((v >> 8) & 0xFF);
}

inline void put32(std::string& out, uint32_t v) {
  put16(out, v & 0xFFFF);
  put16(out, v >> 16);
}

}  // namespace patchdiff::test
