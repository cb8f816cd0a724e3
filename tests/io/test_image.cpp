// SPDX-License-Identifier: GPL-3.0-or-later
// core/io/image: model space to pixels, grids, PNG encoding and decoding.
#include <string>

#include "core/error.h"
#include "core/io/atomic_file.h"
#include "core/io/image.h"
#include "core/io/image_folder.h"
#include "support/error_of.h"
#include "support/shared_data.h"

using patchdiff::IoError;
namespace io = patchdiff::io;

Q_DECLARE_METATYPE(torch::Tensor)

using patchdiff::test::error_of;

namespace {

}  // namespace

class TestImage : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  // Expected pixels are ((x + 1) * 127.5) in float32, clamped, truncated: worked out by hand.
  void toUint8Exact_data() {
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("pixel");
    QTest::newRow("-1") << -1.0 << 0;
    QTest::newRow("1") << 1.0 << 255;
    QTest::newRow("0 (127.5 truncates)") << 0.0 << 127;
    QTest::newRow("0.999 (254.87)") << 0.999 << 254;
    QTest::newRow("0.5 (191.25)") << 0.5 << 191;
    QTest::newRow("-0.5 (63.75)") << -0.5 << 63;
    QTest::newRow("-0.99 (1.27)") << -0.99 << 1;
    QTest::newRow("-0.995 (0.64)") << -0.995 << 0;
    QTest::newRow("slightly above 1") << 1.0001 << 255;
    QTest::newRow("far above 1") << 3.0 << 255;
    QTest::newRow("slightly below -1") << -1.0001 << 0;
    QTest::newRow("far below -1") << -7.0 << 0;
    QTest::newRow("2/255 - 1 (just under 1 in float32)") << (2.0 / 255.0 - 1.0) << 0;
  }
  void toUint8Exact() {
    QFETCH(double, value);
    QFETCH(int, pixel);
    const torch::Tensor x = torch::full({1, 3, 1, 2}, value, torch::kFloat32);
    const torch::Tensor u8 = io::to_uint8_nhwc(x);
    QCOMPARE(u8.scalar_type(), torch::kUInt8);
    QCOMPARE(u8.sizes().vec(), (std::vector<int64_t>{1, 1, 2, 3}));
    QVERIFY(u8.device().is_cpu());
    QCOMPARE(int(u8.min().item<uint8_t>()), pixel);
    QCOMPARE(int(u8.max().item<uint8_t>()), pixel);
  }

  void toUint8ComputesInFloat32() {
    // x = 3/127.5 - 1: in float64 (x + 1) * 127.5 = 3.0000000000000036 -> 3, but x rounds to
    // float32 first and gives 2.99999976 -> 2, as the original (float32 samples) does.
    const double x = 3.0 / 127.5 - 1.0;
    const torch::Tensor u8 = io::to_uint8_nhwc(torch::full({1, 3, 1, 1}, x, torch::kFloat64));
    QCOMPARE(int(u8.max().item<uint8_t>()), 2);
  }

  void toUint8ChannelsLast() {
    // [1, 3, 2, 2] with different values per channel and pixel, to check the permutation.
    const torch::Tensor x = torch::tensor({-1.0f, -0.5f, 0.0f, 0.5f,  // R
                                           1.0f, 0.5f, 0.0f, -0.5f,   // G
                                           0.0f, 0.0f, -1.0f, 1.0f})  // B
                                .reshape({1, 3, 2, 2});
    const torch::Tensor u8 = io::to_uint8_nhwc(x);  // [1, 2, 2, 3]
    const torch::Tensor want =
        torch::tensor({0, 255, 127, 63, 191, 127, 127, 127, 0, 191, 63, 255}, torch::kUInt8)
            .reshape({1, 2, 2, 3});
    QVERIFY(torch::equal(u8, want));
  }

  void makeGridLayout() {
    // Three 2x2 images of constant 10, 20, 30, two columns, padding 1 of 255.
    const torch::Tensor images =
        torch::tensor({10, 20, 30}, torch::kUInt8).reshape({3, 1, 1, 1}).expand({3, 2, 2, 3});
    const torch::Tensor grid =
        io::make_grid(images, /*columns=*/2, /*padding=*/1, /*pad_value=*/255);
    QCOMPARE(grid.sizes().vec(), (std::vector<int64_t>{7, 7, 3}));
    QCOMPARE(grid.scalar_type(), torch::kUInt8);
    auto at = [&](int y, int x) { return int(grid[y][x][0].item<uint8_t>()); };
    QCOMPARE(at(0, 0), 255);
    QCOMPARE(at(1, 1), 10);
    QCOMPARE(at(2, 2), 10);
    QCOMPARE(at(1, 3), 255);  // padding between columns
    QCOMPARE(at(1, 4), 20);
    QCOMPARE(at(2, 5), 20);
    QCOMPARE(at(4, 1), 30);
    QCOMPARE(at(4, 4), 255);  // the empty cell
    QCOMPARE(at(6, 6), 255);
    QCOMPARE(int(grid.eq(10).sum().item<int64_t>()), 12);  // 2x2 pixels x 3 channels
  }

  void makeGridFewerImagesThanColumns() {
    const torch::Tensor images = torch::zeros({2, 4, 5, 3}, torch::kUInt8);
    const torch::Tensor grid = io::make_grid(images, /*columns=*/8);
    QCOMPARE(grid.sizes().vec(), (std::vector<int64_t>{4 + 4, 2 * (5 + 2) + 2, 3}));
    QCOMPARE(int(grid.eq(0).sum().item<int64_t>()), 2 * 4 * 5 * 3);
  }

  void pngRoundTrip_data() {
    QTest::addColumn<torch::Tensor>("image");
    torch::manual_seed(11);
    QTest::newRow("rgb 5x7") << torch::randint(0, 256, {5, 7, 3}, torch::kUInt8);
    QTest::newRow("rgb 64x32") << torch::randint(0, 256, {64, 32, 3}, torch::kUInt8);
    QTest::newRow("rgb 1x1") << torch::tensor({1, 2, 3}, torch::kUInt8).reshape({1, 1, 3});
  }
  void pngRoundTrip() {
    QFETCH(torch::Tensor, image);
    const std::string png = io::encode_png(image);
    QCOMPARE(png.substr(0, 8), std::string("\x89PNG\r\n\x1a\n"));
    const torch::Tensor back = io::decode_image(png, "memory.png");
    QCOMPARE(back.sizes().vec(), image.sizes().vec());
    QVERIFY(torch::equal(back, image));
  }

  void grayDecodesToRgb() {
    const torch::Tensor gray = torch::arange(12, torch::kUInt8).reshape({3, 4, 1}) * 20;
    const torch::Tensor back = io::decode_image(io::encode_png(gray), "gray.png");
    QCOMPARE(back.sizes().vec(), (std::vector<int64_t>{3, 4, 3}));
    QVERIFY(torch::equal(back, gray.expand({3, 4, 3})));
  }

  void alphaCompositedOntoWhite() {
    // Pixels: transparent black, opaque (200,100,0), half-transparent (200,0,0) at alpha 128.
    const torch::Tensor rgba =
        torch::tensor({0, 0, 0, 0, 200, 100, 0, 255, 200, 0, 0, 128}, torch::kUInt8)
            .reshape({1, 3, 4});
    const torch::Tensor back = io::decode_image(io::encode_png(rgba), "alpha.png");
    // Over white: c * a/255 + 255 * (1 - a/255), rounded: 200 -> 227.4, 0 -> 127.0.
    const torch::Tensor want =
        torch::tensor({255, 255, 255, 200, 100, 0, 227, 127, 127}, torch::kUInt8)
            .reshape({1, 3, 3});
    QVERIFY(torch::equal(back, want));
  }

  void corruptDataThrows() {
    const std::string png = io::encode_png(torch::zeros({16, 16, 3}, torch::kUInt8));
    for (const std::string& bad : {std::string(), std::string("not an image at all"),
                                   png.substr(0, 40), png.substr(0, png.size() / 2)}) {
      const std::string msg = error_of<IoError>([&] { io::decode_image(bad, "bad.png"); });
      QVERIFY2(msg.find("cannot decode image 'bad.png'") != std::string::npos, msg.c_str());
    }
  }

  // Found by fuzz_png_run (docs/reliability.md): a PNG whose first IDAT chunk is empty made
  // stb_image memcpy from a null pointer. It decodes or fails with our message, nothing else.
  void emptyIdatChunkIsHandled() {
    const std::string bytes = patchdiff::io::read_file(PATCHDIFF_SOURCE_DIR "/tests/io/data/fuzz_png_empty_idat.png", "png");
    try {
      const auto image = io::decode_image(bytes, "fuzz.png");
      QCOMPARE(image.dim(), 3);
    } catch (const IoError& e) {
      QVERIFY2(std::string(e.what()).find("fuzz.png") != std::string::npos, e.what());
    }
  }

  // Found by fuzz_png_run (docs/reliability.md): a JPEG whose Huffman table lists more than
  // 256 codes made stb_image 2.27 write past its table. Refused before stb sees it.
  // The second file starts with fill bytes before the start-of-image marker, as stb allows.
  void jpegHuffmanTableOverflowIsRefused() {
    for (const char* file : {"fuzz_jpeg_huffman_overflow.jpg", "fuzz_jpeg_fill_huffman_overflow.jpg"}) {
      const std::string bytes =
          patchdiff::io::read_file(std::string(PATCHDIFF_SOURCE_DIR "/tests/io/data/") + file, "jpeg");
      const std::string msg = error_of<IoError>([&] { io::decode_image(bytes, "bad.jpg"); });
      QVERIFY2(msg.find("bad.jpg") != std::string::npos && msg.find("Huffman table") != std::string::npos, msg.c_str());
      const std::string rgb = error_of<IoError>([&] { patchdiff::io::decode_rgb(bytes, "bad.jpg"); });
      QVERIFY2(rgb.find("Huffman table") != std::string::npos, rgb.c_str());
    }
  }

  // Found by fuzz_image (docs/reliability.md): 18 bytes that stb's TGA reader (a format
  // without a magic number) took for a 2586 x 8192 image. Formats we never read are off.
  void bytesThatLookLikeTgaAreNotAnImage() {
    const std::string bytes = patchdiff::io::read_file(PATCHDIFF_SOURCE_DIR "/tests/io/data/fuzz_tga_like.bin", "data");
    const std::string msg = error_of<IoError>([&] { io::decode_image(bytes, "x.png"); });
    QVERIFY2(msg.find("x.png") != std::string::npos, msg.c_str());
    QVERIFY(!error_of<IoError>([&] { patchdiff::io::decode_rgb(bytes, "x.png"); }).empty());
  }

  // Found by fuzz_image (docs/reliability.md): a 198-byte PNG whose IDAT chunk claims about
  // 1 GB made stb grow its buffer to 2 GB before looking for the bytes.
  void pngChunkLongerThanTheFileIsRefused() {
    const std::string bytes =
        patchdiff::io::read_file(PATCHDIFF_SOURCE_DIR "/tests/io/data/fuzz_png_huge_chunk.png", "png");
    const std::string msg = error_of<IoError>([&] { io::decode_image(bytes, "big.png"); });
    QVERIFY2(msg.find("big.png") != std::string::npos && msg.find("corrupt PNG") != std::string::npos, msg.c_str());
  }

  // A header that claims a huge image is refused before anything is allocated.
  void hugeDimensionsAreRefused() {
    std::string png = io::encode_png(torch::zeros({4, 4, 3}, torch::kUInt8));
    // IHDR's width (bytes 16..19) claims 20000 pixels: wider than 16384, within what stb itself
    // accepts (it refuses over 1 GB); the CRC no longer matches, which stb does not check.
    png[16] = 0;
    png[17] = 0;
    png[18] = static_cast<char>(0x4E);
    png[19] = 0x20;
    const std::string msg = error_of<IoError>([&] { io::decode_image(png, "huge.png"); });
    QVERIFY2(msg.find("20000x4") != std::string::npos && msg.find("scale it down") != std::string::npos, msg.c_str());
  }
};

QTEST_GUILESS_MAIN(TestImage)
#include "test_image.moc"
