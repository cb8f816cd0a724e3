// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// SHA-256 (FIPS 180-4) of files and bytes, for recording which checkpoint made an image.
#include <string>

namespace patchdiff::io {

std::string sha256_hex(const std::string& bytes);
// Streams the file; IoError when it cannot be read.
std::string sha256_file_hex(const std::string& path);

}  // namespace patchdiff::io
