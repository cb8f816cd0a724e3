// SPDX-License-Identifier: GPL-3.0-or-later
// core/io/image_folder, core/io/pil_resize and core/training/data_loader: listing, classes,
// corrupt files, the original's resize and crop, and a deterministic, resumable stream.
#include <filesystem>
#include <fstream>
#include <set>

#include "core/error.h"
#include "core/io/atomic_file.h"
#include "core/io/image.h"
#include "core/io/image_folder.h"
#include "core/io/pil_resize.h"
#include "core/training/data_loader.h"
#include "support/tensor_compare.h"
#include "training/training_test_util.h"

namespace fs = std::filesystem;
namespace io = patchdiff::io;
namespace training = patchdiff::training;
namespace pt = patchdiff::test;

namespace {

void write_bytes(const fs::path& path, const std::string& bytes) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << bytes;
}

}  // namespace

class TestImageData : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void listsLikeTheOriginal() {
    const fs::path dir = pt::temp_dir();
    for (const char* name : {"b.png", "a.JPG", "c.jpeg", "d.gif", "notes.txt", "noext", "sub/z.png", "sub/a.PNG"})
      write_bytes(dir / name, "x");
    const auto files = io::list_image_files(dir.string());
    std::vector<std::string> names;
    for (const auto& f : files) names.push_back(fs::relative(f, dir).string());
    const std::vector<std::string> expected{"a.JPG", "b.png", "c.jpeg", "d.gif", "sub/a.PNG", "sub/z.png"};
    QCOMPARE(names, expected);
  }

  void emptyFolderIsAnError() {
    const fs::path dir = pt::temp_dir();
    write_bytes(dir / "readme.txt", "no images");
    QVERIFY_THROWS_EXCEPTION(patchdiff::IoError, io::ImageFolder(dir.string(), {}));
    QVERIFY_THROWS_EXCEPTION(patchdiff::IoError, io::ImageFolder((dir / "missing").string(), {}));
  }

  void integerAndWordClasses() {
    io::ImageFolderOptions options;
    options.image_size = 8;
    options.class_cond = true;
    const io::ImageFolder integers(pt::write_image_folder(6, 8, /*classes=*/3), options);
    QCOMPARE(integers.naming(), io::ClassNaming::Integer);
    QCOMPARE(integers.num_classes(), 3);
    QVERIFY(integers.class_names().empty());
    const io::ImageFolder words(pt::write_image_folder(6, 8, /*classes=*/3, /*words=*/true), options);
    QCOMPARE(words.naming(), io::ClassNaming::Word);
    QCOMPARE(words.class_names(), (std::vector<std::string>{"cls0", "cls1", "cls2"}));
    for (size_t i = 0; i < words.size(); ++i) {
      const std::string name = fs::path(words.paths()[i]).filename().string();
      QCOMPARE(words.class_names()[static_cast<size_t>(words.labels()[i])], name.substr(0, name.find('_')));
    }
    // Class-conditional without prefixes is an error naming the file.
    const std::string plain = pt::write_image_folder(3, 8);
    try {
      io::ImageFolder bad(plain, options);
      QFAIL("expected a ConfigError");
    } catch (const patchdiff::ConfigError& e) {
      QVERIFY(std::string(e.what()).find(".png") != std::string::npos);
    }
  }

  void corruptFilesAreSkippedWithAWarning() {
    const fs::path dir = pt::write_image_folder(4, 8);
    write_bytes(dir / "0_garbage.png", "this is not a png");
    const std::string good = io::encode_png(torch::zeros({8, 8, 3}, torch::kUInt8));
    write_bytes(dir / "1_truncated.png", good.substr(0, good.size() / 2));
    write_bytes(dir / "notes.txt", "ignored: not an image name");
    std::vector<std::string> warnings;
    io::ImageFolderOptions options;
    options.image_size = 8;
    const io::ImageFolder folder(dir.string(), options, [&](const std::string& w) { warnings.push_back(w); });
    QCOMPARE(folder.size(), size_t(6));
    for (size_t i = 0; i < folder.size(); ++i) {
      size_t used = 0;
      const auto image = folder.load(i, /*seed=*/i, &used);
      QCOMPARE(image.sizes(), torch::IntArrayRef({3, 8, 8}));
      QVERIFY(folder.paths()[used].find("garbage") == std::string::npos);
      QVERIFY(folder.paths()[used].find("truncated") == std::string::npos);
    }
    QCOMPARE(warnings.size(), size_t(2));  // once per bad file, naming it
    QVERIFY(warnings[0].find("0_garbage.png") != std::string::npos);
    QVERIFY(warnings[1].find("1_truncated.png") != std::string::npos);
    QCOMPARE(folder.skipped().size(), size_t(2));
  }

  void allCorruptIsAnError() {
    const fs::path dir = pt::temp_dir();
    write_bytes(dir / "a.png", "junk");
    write_bytes(dir / "b.jpg", "more junk");
    const io::ImageFolder folder(dir.string(), {}, [](const std::string&) {});
    QVERIFY_THROWS_EXCEPTION(patchdiff::IoError, folder.load(0, 0));
    // Through the loader, the error reaches the training thread.
    training::DataLoader loader(std::make_shared<io::ImageFolder>(dir.string(), io::ImageFolderOptions{}),
                                /*batch_size=*/2, /*seed=*/0, /*num_workers=*/2);
    QVERIFY_THROWS_EXCEPTION(patchdiff::IoError, loader.next());
  }

  void boxHalvingRoundsBlockMeans() {
    auto image = torch::tensor({10, 11, 20, 21, 12, 13, 22, 24, 0, 255, 7, 7, 255, 0, 7, 8},
                               torch::kUInt8).view({4, 4, 1});
    const auto half = io::pil_resize(image, 2, 2, io::ResizeFilter::Box);
    // Pillow averages pairs along rows first and rounds (half up) to uint8, then along
    // columns: (10,11,12,13) -> (11, 13) -> 12; (7,7,7,8) -> (7, 8) -> 8, not round(7.25).
    const auto expected = torch::tensor({12, 22, 128, 8}, torch::kUInt8).view({2, 2, 1});
    QVERIFY(torch::equal(half, expected));
  }

  void bicubicKeepsConstantsAndCropsCentre() {
    const auto flat = torch::full({30, 50, 3}, 77, torch::kUInt8);
    QVERIFY(torch::equal(io::pil_resize(flat, 23, 17, io::ResizeFilter::Bicubic), torch::full({17, 23, 3}, 77, torch::kUInt8)));
    // 100 x 40 (w x h) -> halving stops at 50 x 20 (short side 20 < 2 * 16), bicubic to 40 x 16,
    // then the centre 16 x 16 columns 12..27.
    auto image = torch::zeros({40, 100, 3}, torch::kUInt8);
    image.narrow(1, 50, 50).fill_(200);
    const auto crop = io::center_crop_arr(image, 16);
    QCOMPARE(crop.sizes(), torch::IntArrayRef({16, 16, 3}));
    QCOMPARE(crop[0][0][0].item<int>(), 0);
    QCOMPARE(crop[0][15][0].item<int>(), 200);
  }

  void streamIsDeterministicAndResumable() {
    io::ImageFolderOptions options;
    options.image_size = 8;
    options.class_cond = true;
    options.random_crop = true;
    auto folder = std::make_shared<io::ImageFolder>(pt::write_image_folder(10, 12, 3), options);
    // Three batches of 4 (spanning an epoch boundary) with 1 worker, then with 3 workers
    // resuming at position 4: the same images and labels.
    std::vector<training::Batch> a;
    {
      training::DataLoader loader(folder, 4, /*seed=*/5, /*num_workers=*/1);
      for (int i = 0; i < 3; ++i) a.push_back(loader.next());
      QCOMPARE(loader.position(), int64_t(12));
    }
    training::DataLoader resumed(folder, 4, /*seed=*/5, /*num_workers=*/3, /*start_position=*/4);
    for (int i = 1; i < 3; ++i) {
      const auto b = resumed.next();
      QCOMPARE(b.position, a[static_cast<size_t>(i)].position);
      QVERIFY(torch::equal(b.images, a[static_cast<size_t>(i)].images));
      QVERIFY(torch::equal(b.labels, a[static_cast<size_t>(i)].labels));
    }
    // Each epoch visits every image once.
    training::DataLoader loader(folder, 5, 5, 1);
    std::set<size_t> seen;
    for (int64_t p = 0; p < 10; ++p) seen.insert(loader.index_at(p));
    QCOMPARE(seen.size(), size_t(10));
    // Values are the original's arr / 127.5 - 1.
    QVERIFY(a[0].images.min().item<float>() >= -1.0f && a[0].images.max().item<float>() <= 1.0f);
  }
};

QTEST_GUILESS_MAIN(TestImageData)
#include "test_image_data.moc"
