// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/stb_guard.h"

#include <cstdint>

#include "core/error.h"

namespace patchdiff::io {

namespace {

void check_jpeg_huffman_tables(const std::string& bytes, const std::string& source_name) {
  const auto* b = reinterpret_cast<const uint8_t*>(bytes.data());
  const size_t n = bytes.size();
  // stb takes any run of FF bytes before the start-of-image marker D8 as fill: so do we.
  size_t start = 0;
  while (start < n && b[start] == 0xFF) ++start;
  if (start == 0 || start >= n || b[start] != 0xD8) return;
  auto corrupt = [&](const Message& what) {
    throw IoError(
        Message(PATCHDIFF_TR_NOOP("core", "cannot decode image '%1': corrupt JPEG (%2)"), {source_name, what}));
  };
  // Markers and their segments, through every scan: entropy-coded data between markers is
  // skipped (FF 00 is a stuffed byte, FF D0..D7 a restart marker).
  size_t i = start + 1;
  while (i + 1 < n) {
    if (b[i] != 0xFF) {
      ++i;
      continue;
    }
    const uint8_t marker = b[i + 1];
    if (marker == 0xFF) {  // fill byte
      ++i;
      continue;
    }
    if (marker == 0x00 || marker == 0x01 || marker == 0xD8 || (marker >= 0xD0 && marker <= 0xD7)) {
      i += 2;
      continue;
    }
    if (marker == 0xD9) return;  // end of image
    if (i + 4 > n) return;       // truncated: the decoder reports it
    const size_t length = (static_cast<size_t>(b[i + 2]) << 8) | b[i + 3];
    if (length < 2) corrupt(Message(PATCHDIFF_TR_NOOP("core", "a segment of length %1"), {std::to_string(length)}));
    const size_t end = i + 2 + length;
    if (marker == 0xC4) {  // DHT: one or more tables, each a class/id byte, 16 counts, values
      size_t p = i + 4;
      while (p < end && p < n) {
        if (p + 17 > end || p + 17 > n)
          corrupt(Message(PATCHDIFF_TR_NOOP("core", "a Huffman table runs past its segment"), {}));
        size_t codes = 0;
        for (size_t k = 1; k <= 16; ++k) codes += b[p + k];
        if (codes > 256)
          corrupt(Message(PATCHDIFF_TR_NOOP("core", "a Huffman table of %1 codes, at most 256"),
                          {std::to_string(codes)}));
        p += 17 + codes;
        if (p > end)
          corrupt(Message(PATCHDIFF_TR_NOOP("core", "a Huffman table runs past its segment"), {}));
      }
    }
    i = end;
  }
}

void check_png_chunk_lengths(const std::string& bytes, const std::string& source_name) {
  static const char kSignature[] = "\x89PNG\r\n\x1a\n";
  if (bytes.size() < 8 || bytes.compare(0, 8, kSignature, 8) != 0) return;
  const auto* b = reinterpret_cast<const uint8_t*>(bytes.data());
  size_t i = 8;
  while (i + 8 <= bytes.size()) {  // length (4), type (4), data, CRC (4)
    const uint64_t length = (uint64_t{b[i]} << 24) | (uint64_t{b[i + 1]} << 16) | (uint64_t{b[i + 2]} << 8) | b[i + 3];
    const bool end = bytes.compare(i + 4, 4, "IEND") == 0;
    if (length > bytes.size() - i - 8)
      throw IoError(Message(PATCHDIFF_TR_NOOP("core", "cannot decode image '%1': corrupt PNG (a chunk claims %2 "
                                                      "bytes, the file holds %3 after it)"),
                            {source_name, std::to_string(length), std::to_string(bytes.size() - i - 8)}));
    if (end) return;
    i += 12 + static_cast<size_t>(length);
  }
}

}  // namespace

void check_before_stb(const std::string& bytes, const std::string& source_name) {
  check_jpeg_huffman_tables(bytes, source_name);
  check_png_chunk_lengths(bytes, source_name);
}

}  // namespace patchdiff::io
