// SPDX-License-Identifier: GPL-3.0-or-later
// core/training/emoji_dataset and core/io/tar_reader: `patchdiff data emoji` offline, on a
// small synthetic emoji-datasource tarball made here (class mapping, naming, compositing
// onto white, the held-out split, files the trainer's image folder reads).
#include <archive.h>
#include <archive_entry.h>

#include <filesystem>
#include <fstream>
#include <set>

#include <nlohmann/json.hpp>

#include "core/error.h"
#include "core/io/atomic_file.h"
#include "core/io/image.h"
#include "core/io/image_folder.h"
#include "core/io/tar_reader.h"
#include "core/training/emoji_dataset.h"
#include "support/shared_data.h"

namespace fs = std::filesystem;
namespace io = patchdiff::io;
namespace training = patchdiff::training;
namespace pt = patchdiff::test;

namespace {

// A gzip-compressed tar of `files` (name -> bytes), as npm pack writes packages.
void write_tgz(const fs::path& path, const std::vector<std::pair<std::string, std::string>>& files) {
  archive* writer = archive_write_new();
  archive_write_add_filter_gzip(writer);
  archive_write_set_format_pax_restricted(writer);
  QCOMPARE(archive_write_open_filename(writer, path.c_str()), ARCHIVE_OK);
  for (const auto& [name, bytes] : files) {
    archive_entry* entry = archive_entry_new();
    archive_entry_set_pathname(entry, name.c_str());
    archive_entry_set_size(entry, static_cast<la_int64_t>(bytes.size()));
    archive_entry_set_filetype(entry, AE_IFREG);
    archive_entry_set_perm(entry, 0644);
    archive_write_header(writer, entry);
    archive_write_data(writer, bytes.data(), bytes.size());
    archive_entry_free(entry);
  }
  archive_write_close(writer);
  archive_write_free(writer);
}

// A 64x64 RGBA image: colour `rgb` with alpha varying by row (0 at the top, 252 at the bottom).
torch::Tensor rgba_image(int r, int g, int b) {
  auto image = torch::empty({64, 64, 4}, torch::kUInt8);
  image.select(2, 0).fill_(r);
  image.select(2, 1).fill_(g);
  image.select(2, 2).fill_(b);
  image.select(2, 3).copy_((torch::arange(64, torch::kInt32) * 4).to(torch::kUInt8).view({64, 1}).expand({64, 64}));
  return image;
}

// The images of the synthetic package: image name -> (category, colour).
struct Listed {
  std::string image, category;
  int r, g, b;
};
const std::vector<Listed>& listed() {
  static const std::vector<Listed> items{
      {"1f600.png", "Smileys & Emotion", 250, 200, 10}, {"1f44b.png", "People & Body", 230, 180, 120},
      {"1f44b-1f3fb.png", "People & Body", 240, 200, 170}, {"1f44b-1f3ff.png", "People & Body", 90, 60, 40},
      {"1f436.png", "Animals & Nature", 150, 100, 50},   {"1f34e.png", "Food & Drink", 220, 20, 20},
      {"1f697.png", "Travel & Places", 30, 60, 200},     {"26bd.png", "Activities", 20, 20, 20},
      {"1f4a1.png", "Objects", 255, 230, 90},            {"0023-fe0f-20e3.png", "Symbols", 120, 120, 120},
      {"1f3fb.png", "Component", 250, 220, 190},         {"1f1eb-1f1f7.png", "Flags", 0, 60, 200}};
  return items;
}

std::string emoji_json() {
  nlohmann::json doc = nlohmann::json::array();
  for (const auto& item : listed()) {
    if (item.image.find("1f44b-") == 0) continue;  // skin variations of 1f44b, below
    nlohmann::json emoji{{"image", item.image}, {"category", item.category}, {"short_name", "x"}};
    if (item.image == "1f44b.png")
      emoji["skin_variations"] = {{"1F3FB", {{"image", "1f44b-1f3fb.png"}}}, {"1F3FF", {{"image", "1f44b-1f3ff.png"}}}};
    doc.push_back(emoji);
  }
  return doc.dump();
}

// A package tarball of the set `set` with every listed image, one unlisted 64x64 image and a
// 32x32 copy (ignored).
fs::path write_package(const fs::path& dir, const std::string& set) {
  std::vector<std::pair<std::string, std::string>> files{
      {"package/package.json", R"({"name": "emoji-datasource-)" + set + R"(", "version": "16.0.0"})"},
      {"package/emoji.json", emoji_json()}};
  for (const auto& item : listed())
    files.emplace_back("package/img/" + set + "/64/" + item.image, io::encode_png(rgba_image(item.r, item.g, item.b)));
  files.emplace_back("package/img/" + set + "/64/ffff.png", io::encode_png(rgba_image(1, 2, 3)));
  files.emplace_back("package/img/" + set + "/32/1f600.png", io::encode_png(rgba_image(1, 2, 3).narrow(0, 0, 32).narrow(1, 0, 32).contiguous()));
  const fs::path path = dir / ("emoji-datasource-" + set + "-16.0.0.tgz");
  write_tgz(path, files);
  return path;
}

std::set<std::string> names_in(const fs::path& dir) {
  std::set<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir)) names.insert(entry.path().filename().string());
  return names;
}

}  // namespace

class TestEmojiDataset : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void classMappingFollowsTheCard() {
    const std::vector<std::string> expected{"Smileys & Emotion", "People & Body", "Animals & Nature",
                                            "Food & Drink",      "Travel & Places", "Activities",
                                            "Objects",           "Symbols",         "Flags"};
    QCOMPARE(training::emoji_class_names(), expected);
    for (int i = 0; i < 9; ++i) QCOMPARE(training::emoji_class_index(expected[static_cast<size_t>(i)]), i);
    QCOMPARE(training::emoji_class_index("Component"), 7);
    QCOMPARE(training::emoji_class_index("Smileys"), -1);
  }

  void parsesSkinVariations() {
    const auto images = training::parse_emoji_json(emoji_json(), "emoji.json");
    QCOMPARE(images.size(), listed().size());
    QCOMPARE(images.at("1f44b-1f3ff.png").label, 1);
    QCOMPARE(images.at("1f44b-1f3ff.png").group, std::string("1f44b.png"));
    QCOMPARE(images.at("1f3fb.png").label, 7);
    QVERIFY_THROWS_EXCEPTION(patchdiff::IoError, training::parse_emoji_json("{}", "x.json"));
    QVERIFY_THROWS_EXCEPTION(patchdiff::IoError,
                             training::parse_emoji_json(R"([{"image": "a.png", "category": "Weather"}])", "x.json"));
  }

  void fileNamesCarryTheIntegerClass() {
    QCOMPARE(training::emoji_file_name(7, "google", "0023-fe0f-20e3.png"), std::string("7_google_0023-fe0f-20e3.png"));
    QCOMPARE(training::emoji_file_name(0, "twitter", "1f600.png"), std::string("0_twitter_1f600.png"));
  }

  void heldoutSplitIsDeterministic() {
    int held = 0;
    const int n = 4000;
    for (int i = 0; i < n; ++i) {
      const std::string group = std::to_string(i) + ".png";
      const bool at10 = training::emoji_is_heldout(group, 0.1);
      QCOMPARE(training::emoji_is_heldout(group, 0.1), at10);  // same answer every time
      if (at10) QVERIFY(training::emoji_is_heldout(group, 0.2));  // a larger fraction keeps it
      QVERIFY(!training::emoji_is_heldout(group, 0.0));
      held += at10;
    }
    QVERIFY2(held > n * 0.08 && held < n * 0.12, qPrintable(QString::number(held)));
  }

  void buildsTheDataSetFromPackages() {
    const fs::path dir = pt::temp_dir();
    const auto google = write_package(dir, "google"), twitter = write_package(dir, "twitter");
    const fs::path out = dir / "emoji";
    const double fraction = 0.5;  // both sides get images
    std::vector<std::string> warnings;
    const auto counts = training::build_emoji_dataset({google.string(), twitter.string()}, out.string(), fraction,
                                                      [&](const std::string& w) { warnings.push_back(w); });
    QCOMPARE(counts.unlisted, int64_t(2));  // ffff.png of each package
    QCOMPARE(warnings.size(), size_t(2));
    QCOMPARE(counts.total(), int64_t(2 * listed().size()));

    std::vector<int64_t> expected_train(9, 0), expected_heldout(9, 0);
    const auto images = training::parse_emoji_json(emoji_json(), "emoji.json");
    for (const std::string set : {"google", "twitter"}) {
      for (const auto& item : listed()) {
        const auto& image = images.at(item.image);
        const bool heldout = training::emoji_is_heldout(image.group, fraction);
        ++(heldout ? expected_heldout : expected_train)[static_cast<size_t>(image.label)];
        const fs::path path = out / (heldout ? "heldout" : "train") / training::emoji_file_name(image.label, set, item.image);
        QVERIFY2(fs::is_regular_file(path), path.c_str());
        // RGB, composited onto white: (c * a + 255 * (255 - a)) / 255, rounded, per row's alpha.
        const auto rgb = io::decode_image(io::read_file(path.string(), "image"), path.string());
        QCOMPARE(rgb.sizes(), (c10::IntArrayRef{64, 64, 3}));
        for (int row : {0, 17, 40, 63}) {
          const unsigned a = static_cast<unsigned>(row * 4);
          const int colour[3] = {item.r, item.g, item.b};
          for (int k = 0; k < 3; ++k) {
            const auto want = (static_cast<unsigned>(colour[k]) * a + 255u * (255u - a) + 127u) / 255u;
            QCOMPARE(static_cast<unsigned>(rgb[row][5][k].item<uint8_t>()), want);
          }
        }
      }
    }
    QCOMPARE(counts.train, expected_train);
    QCOMPARE(counts.heldout, expected_heldout);
    QCOMPARE(counts.train[7] + counts.heldout[7], int64_t(4));  // Symbols with Component, both sets

    // Skin tones stay with their base emoji; the two renderings too.
    const auto train = names_in(out / "train");
    const bool base_in_train = train.count("1_google_1f44b.png") > 0;
    for (const char* name : {"1_google_1f44b-1f3fb.png", "1_google_1f44b-1f3ff.png", "1_twitter_1f44b.png"})
      QCOMPARE(train.count(name) > 0, base_in_train);

    // classes.json names the classes in label order.
    const auto summary = nlohmann::json::parse(io::read_file((out / "classes.json").string(), "json"));
    QCOMPARE(summary["class_names"].get<std::vector<std::string>>(), training::emoji_class_names());
    QCOMPARE(summary["total"].get<int64_t>(), counts.total());

    // The trainer's folder reader takes the integer classes from the names.
    io::ImageFolderOptions options;
    options.class_cond = true;
    const io::ImageFolder folder((out / "train").string(), options);
    QCOMPARE(folder.naming(), io::ClassNaming::Integer);
    for (size_t i = 0; i < folder.size(); ++i) {
      const std::string name = fs::path(folder.paths()[i]).filename().string();
      QCOMPARE(folder.labels()[i], int64_t(std::stoi(name.substr(0, name.find('_')))));
    }

    // A second run into the same folder would mix old files in: refused.
    QVERIFY_THROWS_EXCEPTION(patchdiff::IoError,
                             training::build_emoji_dataset({google.string()}, out.string(), fraction));
  }

  void sameSplitEveryRun() {
    const fs::path dir = pt::temp_dir();
    const auto google = write_package(dir, "google");
    training::build_emoji_dataset({google.string()}, (dir / "a").string(), 0.3);
    training::build_emoji_dataset({google.string()}, (dir / "b").string(), 0.3);
    QCOMPARE(names_in(dir / "a" / "heldout"), names_in(dir / "b" / "heldout"));
    QCOMPARE(names_in(dir / "a" / "train"), names_in(dir / "b" / "train"));
  }

  void badArchivesAreNamed() {
    const fs::path dir = pt::temp_dir();
    io::write_file_atomic((dir / "junk.tgz").string(), "not an archive at all");
    try {
      training::build_emoji_dataset({(dir / "junk.tgz").string()}, (dir / "out").string(), 0.1);
      QFAIL("expected an IoError");
    } catch (const patchdiff::IoError& e) {
      QVERIFY2(std::string(e.what()).find("junk.tgz") != std::string::npos, e.what());
    }
    write_tgz(dir / "other.tgz", {{"package/package.json", "{}"}});
    QVERIFY_THROWS_EXCEPTION(patchdiff::IoError,
                             training::build_emoji_dataset({(dir / "other.tgz").string()}, (dir / "out2").string(), 0.1));
    QVERIFY_THROWS_EXCEPTION(patchdiff::IoError,
                             training::build_emoji_dataset({(dir / "missing.tgz").string()}, (dir / "out3").string(), 0.1));
  }
};

QTEST_GUILESS_MAIN(TestEmojiDataset)
#include "test_emoji_dataset.moc"
