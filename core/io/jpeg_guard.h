// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A check of JPEG data before stb_image sees it. Debian 12's stb_image (2.27) builds a
// Huffman table from a DHT segment's 16 code counts without checking that they total at most
// 256, and writes past its 257-entry table when they do (found by fuzz_png_run and
// fuzz_image; stb 2.28 added the check). Every decoder call goes through this first.
#include <string>

namespace patchdiff::io {

// IoError naming `source_name` when `bytes` is a JPEG (FF.. D8) with a DHT segment whose code
// counts total more than 256 or that runs past its segment. Other data passes unchanged.
void check_jpeg_huffman_tables(const std::string& bytes, const std::string& source_name);

// The same stb reads a PNG chunk's length and grows its buffer to it before it looks for the
// bytes: a 198-byte file claiming a 1 GB IDAT chunk made it allocate 2 GB (found by
// fuzz_image). IoError when `bytes` is a PNG whose chunks claim more than the data holds.
void check_png_chunk_lengths(const std::string& bytes, const std::string& source_name);

}  // namespace patchdiff::io
