// SPDX-License-Identifier: GPL-3.0-or-later
// core/io/pil_resize against Pillow itself: tests/io/data/pil_resize_reference.txt holds
// Image.resize outputs made once with Debian's python3-pil (how: the file's header).
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/io/pil_resize.h"

namespace io = patchdiff::io;

namespace {

struct ResizeCase {
  std::string name, filter;
  int64_t in_w = 0, in_h = 0, out_w = 0, out_h = 0;
  std::vector<int> expected;  // [out_h, out_w, 3] row-major
};

std::vector<ResizeCase> read_cases() {
  const std::string path = std::string(PATCHDIFF_SOURCE_DIR) + "/tests/io/data/pil_resize_reference.txt";
  std::ifstream in(path);
  if (!in) qFatal("cannot read the fixture %s", path.c_str());
  std::vector<ResizeCase> cases;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream words(line);
    if (line.rfind("case ", 0) == 0) {
      ResizeCase c;
      std::string tag;
      words >> tag >> c.name >> c.filter >> c.in_w >> c.in_h >> c.out_w >> c.out_h;
      cases.push_back(c);
      continue;
    }
    for (int v; words >> v;) cases.back().expected.push_back(v);
  }
  return cases;
}

// The fixture's input: byte (y, x, c) = (37x + 91y + 53c + 11((x*y) mod 17)) mod 256.
torch::Tensor pattern(int64_t w, int64_t h) {
  auto out = torch::empty({h, w, 3}, torch::kUInt8);
  auto a = out.accessor<uint8_t, 3>();
  for (int64_t y = 0; y < h; ++y)
    for (int64_t x = 0; x < w; ++x)
      for (int64_t c = 0; c < 3; ++c) a[y][x][c] = static_cast<uint8_t>((37 * x + 91 * y + 53 * c + 11 * ((x * y) % 17)) % 256);
  return out;
}

}  // namespace

class TestPilResize : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void matchesPillowBitForBit_data() {
    QTest::addColumn<int>("index");
    const auto cases = read_cases();
    QVERIFY(cases.size() >= 4);
    for (size_t i = 0; i < cases.size(); ++i) QTest::newRow(cases[i].name.c_str()) << static_cast<int>(i);
  }

  void matchesPillowBitForBit() {
    QFETCH(int, index);
    const ResizeCase c = read_cases().at(static_cast<size_t>(index));
    QCOMPARE(static_cast<int64_t>(c.expected.size()), c.out_h * c.out_w * 3);
    const auto filter = c.filter == "BOX" ? io::ResizeFilter::Box : io::ResizeFilter::Bicubic;
    const torch::Tensor ours = io::pil_resize(pattern(c.in_w, c.in_h), c.out_w, c.out_h, filter);
    QCOMPARE(ours.sizes().vec(), (std::vector<int64_t>{c.out_h, c.out_w, 3}));
    const torch::Tensor pillow =
        torch::tensor(std::vector<int64_t>(c.expected.begin(), c.expected.end())).to(torch::kUInt8).reshape({c.out_h, c.out_w, 3});
    const int64_t differing = ours.ne(pillow).sum().item<int64_t>();
    QVERIFY2(differing == 0, qPrintable(QStringLiteral("%1 of %2 bytes differ from Pillow's").arg(differing).arg(ours.numel())));
  }
};

QTEST_GUILESS_MAIN(TestPilResize)
#include "test_pil_resize.moc"
