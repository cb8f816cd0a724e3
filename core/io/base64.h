// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Base64 (RFC 4648, standard alphabet, padded): small binary pieces (an input image's
// PNG) inside JSON run descriptions.
#include <string>

namespace patchdiff::io {

std::string base64_encode(const std::string& bytes);
// IoError for characters outside the alphabet, a length not a multiple of 4 or misplaced padding.
std::string base64_decode(const std::string& text);

}  // namespace patchdiff::io
