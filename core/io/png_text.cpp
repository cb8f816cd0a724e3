// SPDX-License-Identifier: GPL-3.0-or-later
// Hand-written: text chunks around stb's PNG encoder, so a LibTorch-only build needs no libpng.
#include "core/io/png_text.h"

#include <vector>

#include "core/error.h"
#include "core/io/atomic_file.h"
#include "core/io/image.h"
#include "core/io/crc32.h"  // PNG uses the same CRC as zip

namespace patchdiff::io {

namespace {

// PNG specification (third edition), section 5: signature and chunk layout.
constexpr char kSignature[] = "\x89PNG\r\n\x1a\n";
constexpr std::size_t kSignatureSize = 8;
constexpr uint32_t kMaxChunkLength = 0x7FFFFFFF;

struct Chunk {
  std::size_t offset;  // of the length field
  uint32_t length;     // of the data
  std::string type;

  std::size_t data() const { return offset + 8; }
  std::size_t end() const { return offset + 12 + length; }
};

uint32_t read_be32(const std::string& bytes, std::size_t at) {
  uint32_t v = 0;
  for (int i = 0; i < 4; ++i) v = (v << 8) | static_cast<unsigned char>(bytes[at + i]);
  return v;
}

void put_be32(std::string& out, uint32_t v) {
  for (int shift = 24; shift >= 0; shift -= 8) out += static_cast<char>((v >> shift) & 0xFF);
}

[[noreturn]] void malformed(const Message& what) {
  throw IoError(Message(PATCHDIFF_TR_NOOP("core", "malformed PNG data: %1"), {what}));
}

// Every chunk up to and including IEND, each checked to lie inside `png` with a valid CRC.
std::vector<Chunk> parse_chunks(const std::string& png) {
  if (png.size() < kSignatureSize ||
      png.compare(0, kSignatureSize, kSignature, kSignatureSize) != 0) {
    malformed(Message(PATCHDIFF_TR_NOOP("core", "it does not start with the PNG signature"), {}));
  }
  std::vector<Chunk> chunks;
  std::size_t at = kSignatureSize;
  for (;;) {
    if (png.size() - at < 12)
      malformed(Message(PATCHDIFF_TR_NOOP("core", "truncated at byte %1 (no IEND chunk)"), {std::to_string(at)}));
    Chunk c{at, read_be32(png, at), png.substr(at + 4, 4)};
    if (c.length > kMaxChunkLength || c.length > png.size() - at - 12) {
      malformed(Message(PATCHDIFF_TR_NOOP("core", "chunk '%1' at byte %2 claims %3 bytes, past the end of the data "
                                                  "(truncated?)"),
                        {c.type, std::to_string(at), std::to_string(c.length)}));
    }
    const uint32_t stored = read_be32(png, c.data() + c.length);
    if (crc32(png.data() + at + 4, 4 + std::size_t(c.length)) != stored) {
      malformed(Message(PATCHDIFF_TR_NOOP("core", "CRC mismatch in chunk '%1' at byte %2"),
                        {c.type, std::to_string(at)}));
    }
    at = c.end();
    chunks.push_back(std::move(c));
    if (chunks.back().type == "IEND") return chunks;
  }
}

bool is_text_chunk(const std::string& type) {
  return type == "tEXt" || type == "iTXt" || type == "zTXt";
}

// The keyword that starts a text chunk's data (up to the first NUL).
std::string keyword_of(const std::string& png, const Chunk& c) {
  const std::size_t nul = png.find('\0', c.data());
  if (nul == std::string::npos || nul >= c.data() + c.length) {
    malformed(Message(PATCHDIFF_TR_NOOP("core", "'%1' chunk at byte %2 has no keyword terminator"),
                      {c.type, std::to_string(c.offset)}));
  }
  return png.substr(c.data(), nul - c.data());
}

std::string latin1_to_utf8(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (char ch : text) {
    const auto u = static_cast<unsigned char>(ch);
    if (u < 0x80) {
      out += ch;
    } else {
      out += static_cast<char>(0xC0 | (u >> 6));
      out += static_cast<char>(0x80 | (u & 0x3F));
    }
  }
  return out;
}

}  // namespace

std::string png_with_text(const std::string& png_bytes, const std::string& key,
                          const std::string& utf8_text) {
  if (key.empty() || key.size() > 79 || key.find('\0') != std::string::npos) {
    throw IoError(Message(PATCHDIFF_TR_NOOP("core", "invalid PNG text key '%1' (1 to 79 bytes, no NUL)"), {key}));
  }
  const std::vector<Chunk> chunks = parse_chunks(png_bytes);
  if (chunks.front().type != "IHDR")
    malformed(Message(PATCHDIFF_TR_NOOP("core", "the first chunk is '%1', not IHDR"), {chunks.front().type}));

  // iTXt: keyword, NUL, compression flag 0, method 0, language "", NUL, translated keyword
  // "", NUL, text.
  std::string body = "iTXt" + key;
  body.append("\0\0\0\0\0", 5);
  body += utf8_text;
  if (body.size() - 4 > kMaxChunkLength)
    throw IoError(Message(PATCHDIFF_TR_NOOP("core", "PNG text under '%1' is too long"), {key}));

  std::string out = png_bytes.substr(0, kSignatureSize);
  out.reserve(png_bytes.size() + body.size() + 8);
  for (std::size_t i = 0; i < chunks.size(); ++i) {
    const Chunk& c = chunks[i];
    if (is_text_chunk(c.type) && keyword_of(png_bytes, c) == key) continue;
    out.append(png_bytes, c.offset, c.end() - c.offset);
    if (i == 0) {
      put_be32(out, static_cast<uint32_t>(body.size() - 4));
      out += body;
      put_be32(out, crc32(body));
    }
  }
  return out;
}

std::optional<std::string> read_png_text(const std::string& png_bytes, const std::string& key) {
  for (const Chunk& c : parse_chunks(png_bytes)) {
    if (c.type != "tEXt" && c.type != "iTXt") continue;
    if (keyword_of(png_bytes, c) != key) continue;
    const std::size_t end = c.data() + c.length;
    std::size_t at = c.data() + key.size() + 1;
    if (c.type == "tEXt") return latin1_to_utf8(png_bytes.substr(at, end - at));

    const Message truncated(PATCHDIFF_TR_NOOP("core", "'iTXt' chunk '%1' is truncated"), {key});
    if (end - at < 2) malformed(truncated);
    const bool compressed = png_bytes[at] != 0;
    at += 2;                                   // compression flag and method
    for (int field = 0; field < 2; ++field) {  // language tag, translated keyword
      const std::size_t nul = png_bytes.find('\0', at);
      if (nul == std::string::npos || nul >= end)
        malformed(truncated);
      at = nul + 1;
    }
    if (compressed) continue;  // zlib-compressed text: not supported without zlib
    return png_bytes.substr(at, end - at);
  }
  return std::nullopt;
}

void write_png(const std::string& path, const torch::Tensor& hwc_u8,
               const std::optional<std::string>& metadata_json) {
  std::string png = encode_png(hwc_u8);
  if (metadata_json) png = png_with_text(png, kPngMetadataKey, *metadata_json);
  write_file_atomic(path, png);
}

}  // namespace patchdiff::io
