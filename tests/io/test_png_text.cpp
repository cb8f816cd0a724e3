// SPDX-License-Identifier: GPL-3.0-or-later
// core/io/png_text: metadata in PNG text chunks, and write_png.
#include <nlohmann/json.hpp>
#include <string>

#include "core/error.h"
#include "core/io/atomic_file.h"
#include "core/io/image.h"
#include "core/io/png_text.h"
#include "support/error_of.h"
#include "support/shared_data.h"

using patchdiff::IoError;
namespace io = patchdiff::io;

using patchdiff::test::error_of;

namespace {

uint32_t bitwise_crc32(const std::string& s) {
  uint32_t crc = 0xFFFFFFFFu;
  for (unsigned char c : s) {
    crc ^= c;
    for (int k = 0; k < 8; ++k) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
  }
  return ~crc;
}

uint32_t be32(const std::string& s, std::size_t at) {
  uint32_t v = 0;
  for (int i = 0; i < 4; ++i) v = (v << 8) | static_cast<unsigned char>(s[at + i]);
  return v;
}

std::string be32_bytes(uint32_t v) {
  std::string out;
  for (int shift = 24; shift >= 0; shift -= 8) out += static_cast<char>((v >> shift) & 0xFF);
  return out;
}

// A chunk built by hand: length, type, data, CRC of type + data.
std::string chunk(const std::string& type, const std::string& data) {
  return be32_bytes(static_cast<uint32_t>(data.size())) + type + data +
         be32_bytes(bitwise_crc32(type + data));
}

// `png` with `extra` inserted right after IHDR (signature 8 + IHDR chunk 25 bytes).
std::string insert_after_ihdr(const std::string& png, const std::string& extra) {
  return png.substr(0, 33) + extra + png.substr(33);
}

int count_of(const std::string& haystack, const std::string& needle) {
  int n = 0;
  for (std::size_t at = haystack.find(needle); at != std::string::npos;
       at = haystack.find(needle, at + 1)) {
    ++n;
  }
  return n;
}

torch::Tensor test_image() {
  torch::manual_seed(5);
  return torch::randint(0, 256, {6, 9, 3}, torch::kUInt8);
}

// JSON with non-ASCII text (UTF-8 source).
const std::string kJson = R"({"prompt":"Grüße aus Köln – 日本語 ✓","seed":42,"guidance":1.5})";

}  // namespace

class TestPngText : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void textRoundTripNonAscii() {
    const std::string png = io::encode_png(test_image());
    const std::string tagged = io::png_with_text(png, "patchdiff", kJson);
    QCOMPARE(io::read_png_text(tagged, "patchdiff").value_or("(none)"), kJson);
    QVERIFY(!io::read_png_text(tagged, "other").has_value());
    QVERIFY(!io::read_png_text(png, "patchdiff").has_value());
    // The image itself is untouched.
    QVERIFY(torch::equal(io::decode_image(tagged, "tagged.png"), test_image()));
  }

  void itxtChunkLayout() {
    const std::string png = io::encode_png(test_image());
    const std::string tagged = io::png_with_text(png, "patchdiff", kJson);
    QCOMPARE(tagged.substr(12, 4), std::string("IHDR"));
    QCOMPARE(tagged.substr(37, 4), std::string("iTXt"));  // right after IHDR
    const uint32_t length = be32(tagged, 33);
    const std::string data = tagged.substr(41, length);
    QCOMPARE(data, std::string("patchdiff\0\0\0\0\0", 14) + kJson);
    QCOMPARE(be32(tagged, 41 + length), bitwise_crc32("iTXt" + data));
    QCOMPARE(tagged.size(), png.size() + 12 + length);
  }

  void sameKeyReplaced() {
    const std::string png = io::encode_png(test_image());
    const std::string once = io::png_with_text(png, "patchdiff", "first");
    const std::string twice = io::png_with_text(once, "patchdiff", "second");
    QCOMPARE(io::read_png_text(twice, "patchdiff").value_or("(none)"), std::string("second"));
    QCOMPARE(count_of(twice, "iTXt"), 1);
    const std::string both = io::png_with_text(twice, "other", "third");
    QCOMPARE(io::read_png_text(both, "patchdiff").value_or("(none)"), std::string("second"));
    QCOMPARE(io::read_png_text(both, "other").value_or("(none)"), std::string("third"));
  }

  void readsLatin1TextChunk() {
    const std::string png = io::encode_png(test_image());
    const std::string tagged =
        insert_after_ihdr(png, chunk("tEXt", std::string("Comment\0caf\xe9", 12)));
    QCOMPARE(io::read_png_text(tagged, "Comment").value_or("(none)"), std::string("caf\xc3\xa9"));
  }

  void skipsCompressedText() {
    const std::string png = io::encode_png(test_image());
    // iTXt with the compression flag set (payload is not real zlib: it must not be read).
    const std::string compressed = chunk("iTXt", std::string("patchdiff\0\x01\0\0\0xyz", 17));
    const std::string ztxt = chunk("zTXt", std::string("patchdiff\0\0xyz", 14));
    QVERIFY(!io::read_png_text(insert_after_ihdr(png, compressed + ztxt), "patchdiff").has_value());
    // A plain chunk after the compressed ones is still found.
    const std::string plain = chunk("iTXt", std::string("patchdiff\0\0\0\0\0ok", 16));
    QCOMPARE(io::read_png_text(insert_after_ihdr(png, compressed + plain), "patchdiff")
                 .value_or("(none)"),
             std::string("ok"));
  }

  void truncatedPngThrows() {
    const std::string tagged = io::png_with_text(io::encode_png(test_image()), "patchdiff", kJson);
    for (std::size_t cut = 0; cut < tagged.size(); ++cut) {
      const std::string part = tagged.substr(0, cut);
      const std::string msg = error_of<IoError>([&] { io::read_png_text(part, "patchdiff"); });
      QVERIFY2(msg.find("malformed PNG data") != std::string::npos,
               qPrintable(QString("cut at %1: %2").arg(cut).arg(msg.c_str())));
    }
  }

  void malformedChunksThrow() {
    const std::string png = io::encode_png(test_image());
    std::string huge = png;
    huge.replace(33, 4, be32_bytes(0x7FFFFFF0));  // the chunk after IHDR claims 2 GiB
    std::string msg = error_of<IoError>([&] { io::read_png_text(huge, "patchdiff"); });
    QVERIFY2(msg.find("past the end") != std::string::npos, msg.c_str());

    std::string flipped = io::png_with_text(png, "patchdiff", kJson);
    flipped[45] ^= 1;  // inside the iTXt data: its CRC no longer matches
    msg = error_of<IoError>([&] { io::read_png_text(flipped, "patchdiff"); });
    QVERIFY2(msg.find("CRC mismatch in chunk 'iTXt'") != std::string::npos, msg.c_str());

    const std::string no_keyword_end = insert_after_ihdr(png, chunk("tEXt", "patchdiff"));
    msg = error_of<IoError>([&] { io::read_png_text(no_keyword_end, "patchdiff"); });
    QVERIFY2(msg.find("no keyword terminator") != std::string::npos, msg.c_str());

    const std::string short_itxt =
        insert_after_ihdr(png, chunk("iTXt", std::string("patchdiff\0\0\0", 12)));
    msg = error_of<IoError>([&] { io::read_png_text(short_itxt, "patchdiff"); });
    QVERIFY2(msg.find("is truncated") != std::string::npos, msg.c_str());

    msg = error_of<IoError>([] { io::read_png_text("GIF89a not a png", "patchdiff"); });
    QVERIFY2(msg.find("PNG signature") != std::string::npos, msg.c_str());
    msg = error_of<IoError>([&] { io::png_with_text("\x89PNG", "patchdiff", "x"); });
    QVERIFY2(msg.find("PNG signature") != std::string::npos, msg.c_str());
  }

  void invalidKeyRejected() {
    const std::string png = io::encode_png(test_image());
    for (const std::string& key : {std::string(), std::string(80, 'k'), std::string("a\0b", 3)}) {
      const std::string msg = error_of<IoError>([&] { io::png_with_text(png, key, "x"); });
      QVERIFY2(msg.find("invalid PNG text key") != std::string::npos, msg.c_str());
    }
  }

  void writePngWithMetadata() {
    const std::string dir = patchdiff::test::temp_dir();
    io::write_png(dir + "/sample.png", test_image(), kJson);
    const std::string bytes = io::read_file(dir + "/sample.png", "png");
    QVERIFY(torch::equal(io::decode_image(bytes, "sample.png"), test_image()));
    const auto text = io::read_png_text(bytes, io::kPngMetadataKey);
    QVERIFY(text.has_value());
    const auto json = nlohmann::json::parse(*text);
    QCOMPARE(json.at("prompt").get<std::string>(), std::string("Grüße aus Köln – 日本語 ✓"));
    QCOMPARE(json.at("seed").get<int>(), 42);

    io::write_png(dir + "/plain.png", test_image());
    QVERIFY(!io::read_png_text(io::read_file(dir + "/plain.png", "png"), io::kPngMetadataKey));
  }
};

QTEST_GUILESS_MAIN(TestPngText)
#include "test_png_text.moc"
