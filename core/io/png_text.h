// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// PNG text chunks: generation settings travel inside each saved sample as JSON in an iTXt
// chunk (key "patchdiff"), readable by any PNG tool.
#include <torch/torch.h>

#include <optional>
#include <string>

namespace patchdiff::io {

// The key under which write_png stores its metadata.
inline constexpr const char* kPngMetadataKey = "patchdiff";

// `png_bytes` with an uncompressed iTXt chunk {key: utf8_text} right after IHDR; other text
// chunks with the same key are dropped. IoError when `png_bytes` is not a well-formed PNG or
// `key` is not a valid PNG keyword (1 to 79 bytes, no NUL).
std::string png_with_text(const std::string& png_bytes, const std::string& key,
                          const std::string& utf8_text);

// The text stored under `key` in a tEXt (Latin-1, returned as UTF-8) or uncompressed iTXt
// chunk, the first one if several; nullopt when there is none (compressed zTXt/iTXt chunks
// are skipped). IoError when the data is not a well-formed PNG (signature, chunk lengths,
// CRCs, truncation); never reads out of bounds.
std::optional<std::string> read_png_text(const std::string& png_bytes, const std::string& key);

// Encodes a uint8 [H,W,C] image (see encode_png) and writes it atomically to `path`, with
// `metadata_json` under kPngMetadataKey when given.
void write_png(const std::string& path, const torch::Tensor& hwc_u8,
               const std::optional<std::string>& metadata_json = std::nullopt);

}  // namespace patchdiff::io
