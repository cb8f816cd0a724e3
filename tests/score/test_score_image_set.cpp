// SPDX-License-Identifier: GPL-3.0-or-later
// core/score/image_set: PNG folders (classes from metadata or file names), the original's
// npz, and clear errors for what cannot be scored.
#include <QtTest>

#include <torch/torch.h>

#include <filesystem>
#include <fstream>

#include "core/error.h"
#include "core/io/npz.h"
#include "core/io/png_text.h"
#include "core/score/image_set.h"
#include "score/score_test_util.h"
#include "support/error_of.h"

namespace fs = std::filesystem;
namespace score = patchdiff::score;
namespace io = patchdiff::io;
namespace pt = patchdiff::test;

namespace {

torch::Tensor solid(int size, uint8_t value) { return torch::full({size, size, 3}, value, torch::kUInt8); }

}  // namespace

class TestScoreImageSet : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void classesComeFromMetadataOrFileNames() {
    const fs::path dir = pt::temp_dir();
    io::write_png((dir / "sample_00000.png").string(), solid(8, 10), std::string(R"({"label": 4, "seed": 1})"));
    io::write_png((dir / "sample_00001.png").string(), solid(8, 20), std::string(R"({"label": 7})"));
    io::write_png((dir / "3_google_x.png").string(), solid(8, 30));
    const auto set = score::read_image_folder(dir.string());
    QCOMPARE(set.images.size(0), int64_t{3});
    QVERIFY(set.has_labels());
    // Sorted: 3_google_x.png, sample_00000.png, sample_00001.png.
    QCOMPARE(set.labels[0].item<int64_t>(), int64_t{3});
    QCOMPARE(set.labels[1].item<int64_t>(), int64_t{4});
    QCOMPARE(set.labels[2].item<int64_t>(), int64_t{7});
  }

  void oneUnlabelledImageLeavesTheSetUnlabelled() {
    const fs::path dir = pt::temp_dir();
    io::write_png((dir / "3_a.png").string(), solid(8, 30));
    io::write_png((dir / "b.png").string(), solid(8, 30));
    QVERIFY(!score::read_image_folder(dir.string()).has_labels());
  }

  void theSamplersGridIsSkipped() {
    const fs::path dir = pt::temp_dir();
    io::write_png((dir / "sample_00000.png").string(), solid(8, 10));
    io::write_png((dir / "samples_1x8x8x3_grid.png").string(), solid(12, 10));
    QCOMPARE(score::read_image_folder(dir.string()).images.size(0), int64_t{1});
  }

  void emptyOrMissingFolderIsAnError() {
    const fs::path dir = pt::temp_dir();
    std::ofstream(dir / "notes.txt") << "no images";
    QVERIFY(pt::error_of<patchdiff::IoError>([&] { score::read_image_folder(dir.string()); }).find("holds no images") !=
            std::string::npos);
    QVERIFY(pt::error_of<patchdiff::IoError>([&] { score::read_images((dir / "missing").string()); })
                .find("does not exist") != std::string::npos);
  }

  void corruptImageIsAnErrorNamingIt() {
    const fs::path dir = pt::temp_dir();
    io::write_png((dir / "a.png").string(), solid(8, 10));
    std::ofstream(dir / "b.png", std::ios::binary) << "\x89PNG\r\n\x1a\n truncated";
    const auto message = pt::error_of<patchdiff::IoError>([&] { score::read_image_folder(dir.string()); });
    QVERIFY2(message.find("b.png") != std::string::npos, message.c_str());
  }

  void mismatchedSizesAreAnError() {
    const fs::path dir = pt::temp_dir();
    io::write_png((dir / "a.png").string(), solid(8, 10));
    io::write_png((dir / "b.png").string(), solid(16, 10));
    const auto message = pt::error_of<patchdiff::IoError>([&] { score::read_image_folder(dir.string()); });
    QVERIFY2(message.find("b.png' is 16x16") != std::string::npos && message.find("same size") != std::string::npos,
             message.c_str());
  }

  void npzWithAndWithoutLabels() {
    const fs::path dir = pt::temp_dir();
    const auto images = torch::zeros({4, 8, 8, 3}, torch::kUInt8);
    io::write_npz((dir / "plain.npz").string(), {{"arr_0", images}});
    io::write_npz((dir / "labelled.npz").string(), {{"arr_0", images}, {"arr_1", torch::tensor({0, 1, 2, 8}, torch::kInt64)}});
    const auto plain = score::read_images((dir / "plain.npz").string());
    QCOMPARE(plain.images.size(0), int64_t{4});
    QVERIFY(!plain.has_labels());
    const auto labelled = score::read_images((dir / "labelled.npz").string());
    QVERIFY(labelled.has_labels());
    QCOMPARE(labelled.labels[3].item<int64_t>(), int64_t{8});
  }

  void npzOfOtherArraysIsAnError() {
    const fs::path dir = pt::temp_dir();
    io::write_npz((dir / "floats.npz").string(), {{"arr_0", torch::zeros({2, 8, 8, 3})}});
    QVERIFY(pt::error_of<patchdiff::IoError>([&] { score::read_images((dir / "floats.npz").string()); })
                .find("uint8 [N, H, W, 3]") != std::string::npos);
  }

  void labelListsRepeatAndAreChecked() {
    const auto labels = score::labels_from_list("1,2", 5, 9);
    QCOMPARE(labels.size(0), int64_t{5});
    QCOMPARE(labels[4].item<int64_t>(), int64_t{1});
    QVERIFY_THROWS_EXCEPTION(patchdiff::ConfigError, score::labels_from_list("1,9", 5, 9));
    QVERIFY_THROWS_EXCEPTION(patchdiff::ConfigError, score::labels_from_list("x", 5, 9));
  }

  void networkInputIsResizedAndScaled() {
    const auto x = score::to_network_input(torch::full({2, 8, 8, 3}, 255, torch::kUInt8), 16, -1.0, 1.0);
    QCOMPARE(x.sizes(), (torch::IntArrayRef{2, 3, 16, 16}));
    QVERIFY(torch::allclose(x, torch::ones_like(x)));
  }
};

QTEST_GUILESS_MAIN(TestScoreImageSet)
#include "test_score_image_set.moc"
