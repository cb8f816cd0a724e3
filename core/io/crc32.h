// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// CRC-32 (ISO-HDLC: polynomial 0xEDB88320 reflected, as zip and PNG use it).
#include <cstddef>
#include <cstdint>
#include <string>

namespace patchdiff::io {

// Pass the previous result as `crc` to continue over several buffers.
uint32_t crc32(const void* data, std::size_t size, uint32_t crc = 0);
uint32_t crc32(const std::string& bytes);

}  // namespace patchdiff::io
