// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Checks of image data before Debian 12's stb_image (2.27) sees it, for two of its defects
// the fuzzers found (docs/reliability.md). Both decoders (io::decode_image, io::decode_rgb)
// call check_before_stb first.
#include <string>

namespace patchdiff::io {

// IoError naming `source_name` when `bytes` is
// - a JPEG (FF.. D8) with a DHT segment whose code counts total more than 256, or that runs
//   past its segment: stb builds the Huffman table without that check and writes past its
//   257-entry table (stb 2.28 added the check);
// - a PNG whose chunks claim more bytes than the data holds: stb grows its buffer to a chunk's
//   claimed length before it looks for the bytes (a 198-byte file asked for 2 GB).
// Any other data passes unchanged (stb reports what it cannot read).
void check_before_stb(const std::string& bytes, const std::string& source_name);

}  // namespace patchdiff::io
