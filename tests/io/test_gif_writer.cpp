// SPDX-License-Identifier: GPL-3.0-or-later
// core/io/gif_writer: animated GIFs that giflib itself decodes back frame by frame.
#include <gif_lib.h>

#include <QDir>
#include <QTemporaryDir>
#include <QtTest/QtTest>

#include <cstring>
#include <string>

#include "core/error.h"
#include "core/io/atomic_file.h"
#include "core/io/gif_writer.h"
#include "support/file_size_limit.h"

namespace io = patchdiff::io;

namespace {

struct Reader {
  const std::string* bytes;
  size_t at = 0;
};

int read_bytes(GifFileType* gif, GifByteType* out, int n) {
  auto* r = static_cast<Reader*>(gif->UserData);
  const size_t take = std::min(static_cast<size_t>(n), r->bytes->size() - r->at);
  std::memcpy(out, r->bytes->data() + r->at, take);
  r->at += take;
  return static_cast<int>(take);
}

// A frame whose left half is `left` and right half `right` (RGB).
io::GifFrame two_colour_frame(int w, int h, const uint8_t left[3], const uint8_t right[3]) {
  io::GifFrame f;
  f.width = w;
  f.height = h;
  f.rgb.resize(static_cast<size_t>(w) * h * 3);
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x) std::memcpy(&f.rgb[(static_cast<size_t>(y) * w + x) * 3], x < w / 2 ? left : right, 3);
  return f;
}

}  // namespace

class TestGifWriter : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void frames_decode_with_their_count_size_colours_and_delay() {
    const uint8_t red[3] = {250, 10, 10}, blue[3] = {10, 20, 240}, green[3] = {20, 200, 40};
    std::vector<io::GifFrame> frames;
    for (int i = 0; i < 7; ++i) {
      frames.push_back(two_colour_frame(24, 16, i % 2 ? red : blue, green));
      frames.back().delay_cs = 5 + i;
    }
    const std::string bytes = io::encode_gif(frames);
    QVERIFY(bytes.rfind("GIF89a", 0) == 0);

    Reader reader{&bytes};
    int error = 0;
    GifFileType* gif = DGifOpen(&reader, read_bytes, &error);
    QVERIFY(gif);
    QCOMPARE(DGifSlurp(gif), GIF_OK);
    QCOMPARE(gif->ImageCount, 7);
    QCOMPARE(gif->SWidth, 24);
    QCOMPARE(gif->SHeight, 16);
    for (int i = 0; i < gif->ImageCount; ++i) {
      const SavedImage& image = gif->SavedImages[i];
      QCOMPARE(image.ImageDesc.Width, 24);
      GraphicsControlBlock gcb;
      QCOMPARE(DGifSavedExtensionToGCB(gif, i, &gcb), GIF_OK);
      QCOMPARE(gcb.DelayTime, 5 + i);
      const ColorMapObject* map = image.ImageDesc.ColorMap ? image.ImageDesc.ColorMap : gif->SColorMap;
      QVERIFY(map);
      const uint8_t* expected_left = i % 2 ? red : blue;
      for (const auto& [x, expected] : {std::pair<int, const uint8_t*>{2, expected_left}, {20, green}}) {
        const GifColorType c = map->Colors[image.RasterBits[5 * 24 + x]];
        // giflib's quantizer works on 5 bits per channel: within 8 levels.
        QVERIFY2(std::abs(c.Red - expected[0]) <= 8 && std::abs(c.Green - expected[1]) <= 8 &&
                     std::abs(c.Blue - expected[2]) <= 8,
                 qPrintable(QStringLiteral("frame %1 x %2: %3 %4 %5").arg(i).arg(x).arg(c.Red).arg(c.Green).arg(c.Blue)));
      }
    }
    // The NETSCAPE2.0 loop extension precedes the first frame.
    bool loops = false;
    for (int e = 0; e < gif->SavedImages[0].ExtensionBlockCount; ++e) {
      const ExtensionBlock& b = gif->SavedImages[0].ExtensionBlocks[e];
      if (b.Function == APPLICATION_EXT_FUNC_CODE && b.ByteCount == 11 && std::memcmp(b.Bytes, "NETSCAPE2.0", 11) == 0)
        loops = true;
    }
    QVERIFY(loops);
    DGifCloseFile(gif, &error);
  }

  void written_atomically_and_readable_by_file_name() {
    QTemporaryDir dir;
    const std::string path = dir.filePath(QStringLiteral("anim.gif")).toStdString();
    const uint8_t a[3] = {0, 0, 0}, b[3] = {255, 255, 255};
    io::write_gif(path, {two_colour_frame(8, 8, a, b), two_colour_frame(8, 8, b, a)}, /*loop=*/false);
    int error = 0;
    GifFileType* gif = DGifOpenFileName(path.c_str(), &error);
    QVERIFY(gif);
    QCOMPARE(DGifSlurp(gif), GIF_OK);
    QCOMPARE(gif->ImageCount, 2);
    DGifCloseFile(gif, &error);

    // Atomic: a write that fails half way (a full disk) leaves the previous file whole and
    // no temporary file beside it.
    const std::string previous = io::read_file(path, "gif");
    std::vector<io::GifFrame> longer;
    for (int i = 0; i < 8; ++i) longer.push_back(two_colour_frame(32, 32, i % 2 ? a : b, i % 2 ? b : a));
    QVERIFY(io::encode_gif(longer).size() > previous.size());
    {
      const patchdiff::test::FileSizeLimit full_disk(previous.size() / 2);
      QVERIFY(full_disk.active());
      QVERIFY_THROWS_EXCEPTION(patchdiff::IoError, io::write_gif(path, longer));
    }
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("anim.gif")});
    QVERIFY(io::read_file(path, "gif") == previous);
  }

  void inconsistent_frames_are_an_io_error() {
    const uint8_t a[3] = {1, 2, 3};
    QVERIFY_THROWS_EXCEPTION(patchdiff::IoError, io::encode_gif({}));
    QVERIFY_THROWS_EXCEPTION(patchdiff::IoError, io::encode_gif({two_colour_frame(8, 8, a, a), two_colour_frame(8, 6, a, a)}));
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("no/such/folder/anim.gif"));
    try {
      io::write_gif(missing.toStdString(), {two_colour_frame(4, 4, a, a)});
      QFAIL("no IoError for an unwritable folder");
    } catch (const patchdiff::IoError& e) {
      QVERIFY2(std::string(e.what()).find("anim.gif") != std::string::npos, e.what());
    }
  }
};

QTEST_MAIN(TestGifWriter)
#include "test_gif_writer.moc"
