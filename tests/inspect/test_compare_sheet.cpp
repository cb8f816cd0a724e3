// SPDX-License-Identifier: GPL-3.0-or-later
// The comparison sheet and its captions (built-in bitmap font), compare.json's exact shape,
// and the scrubber's alignment helpers, on synthetic results (no models).
#include <nlohmann/json.hpp>

#include "core/inspect/bitmap_text.h"
#include "core/inspect/compare_result.h"
#include "core/inspect/compare_sheet.h"
#include "core/inspect/quality_chart.h"
#include "core/error.h"
#include "core/io/atomic_file.h"
#include "core/io/image.h"
#include "core/io/png_text.h"
#include "support/shared_data.h"

using namespace patchdiff;

namespace {

inspect::CompareColumn column(int patch, uint8_t shade, int images) {
  inspect::CompareColumn c;
  c.label = "emoji64_p" + std::to_string(patch);
  c.checkpoint = "/models/emoji64_p" + std::to_string(patch) + ".pt";
  c.patch_size = patch;
  c.setting = "timestep_respacing=3 use_ddim=False eta=0 guidance_scale=1.5";
  c.params = 6'500'000;
  c.gflop_per_pass = 3.0 / patch;
  c.passes_per_step = 2;
  c.ms_per_step_median = 12.3 * 2 / patch;
  c.total_s = 0.5;
  c.rms_to_first = patch == 2 ? 0.0 : 0.1234;
  for (int i = 0; i < images; ++i) c.images.emplace_back(64, 64, shade);
  return c;
}

int ink_pixels(const inspect::RgbImage& image, int x0, int y0, int x1, int y1) {
  int count = 0;
  for (int y = y0; y < y1; ++y)
    for (int x = x0; x < x1; ++x)
      if (image.at(x, y)[0] < 100) ++count;
  return count;
}

}  // namespace

class TestCompareSheet : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void text_draws_ink_within_its_measured_box() {
    inspect::RgbImage image(100, 30, 255);
    const std::string text = "P=4  12.3 ms/step";
    const int w = inspect::text_width(text);
    QVERIFY(w > 50 && w < 100);
    inspect::draw_text(image, 5, 5, text, {0, 0, 0});
    QVERIFY(ink_pixels(image, 5, 5, 5 + w, 5 + inspect::text_height()) > 60);
    QCOMPARE(ink_pixels(image, 0, 0, 100, 30), ink_pixels(image, 5, 5, 5 + w, 5 + inspect::text_height()));
    // Scale 2 doubles the box; text off the edge is clipped, not a crash; odd bytes show as '?'.
    QCOMPARE(inspect::text_width(text, 2), 2 * w);
    inspect::draw_text(image, 90, 25, "clipped \x01\xff", {0, 0, 0}, 3);
  }

  // The title names what every column shares, and not what varies.
  void the_title_says_what_the_columns_share() {
    inspect::CompareResult result;
    result.seed = 7;
    for (int p : {2, 4, 8}) result.columns.push_back(column(p, 10, 1));
    result.varied = "checkpoint";
    QCOMPARE(inspect::sheet_title(result),
             std::string("seed 7  timestep_respacing=3 use_ddim=False eta=0 guidance_scale=1.5  (checkpoints varies)"));
    result.varied = "guidance_scale";
    QCOMPARE(inspect::sheet_title(result),
             std::string("emoji64_p2  seed 7  timestep_respacing=3 use_ddim=False eta=0  (guidance_scale varies)"));
    result.varied = "sampler";  // the original's solver flag is the sampler too
    QCOMPARE(inspect::sheet_title(result),
             std::string("emoji64_p2  seed 7  timestep_respacing=3 eta=0 guidance_scale=1.5  (sampler varies)"));
    // Under the caption bands, wrapped between its parts to the columns' width.
    const auto sheet = inspect::render_compare_sheet(result);
    QCOMPARE(sheet.width, 8 + 3 * (128 + 8));
    QVERIFY(ink_pixels(sheet, 8, sheet.height - 8 - inspect::text_height() - 3, sheet.width, sheet.height) > 100);
  }

  void sheet_has_a_column_per_result_column_with_captions() {
    inspect::CompareResult result;
    for (int p : {2, 4, 8}) result.columns.push_back(column(p, static_cast<uint8_t>(30 * p), 2));
    const auto sheet = inspect::render_compare_sheet(result);
    // 64-pixel images are doubled; two stacked images and a caption band below them.
    QVERIFY(sheet.width >= 3 * 128 + 4 * 8);
    QVERIFY(sheet.height > 2 * 128 + 5 * inspect::text_height());
    int x = 8;
    for (const auto& c : result.columns) {
      int w = 128;
      for (const auto& line : inspect::caption_lines(c)) w = std::max(w, inspect::text_width(line) + 8);
      const int image_x = x + (w - 128) / 2;
      QCOMPARE(int(sheet.at(image_x + 5, 8 + 5)[0]), int(c.images[0].pixels[0]));
      QCOMPARE(int(sheet.at(image_x + 5, 8 + 128 + 4 + 5)[0]), int(c.images[0].pixels[0]));
      QVERIFY(ink_pixels(sheet, x, 8 + 2 * 128 + 8, x + w, sheet.height) > 200);  // caption text
      x += w + 8;
    }
    QCOMPARE(x, sheet.width);
    const auto lines = inspect::caption_lines(result.columns[1]);
    QCOMPARE(lines[0], std::string("emoji64_p4"));
    QCOMPARE(lines[4], std::string("speed-up x1.00"));
    QCOMPARE(lines[1], std::string("P=4  6.2 ms/step"));
    QCOMPARE(lines[2], std::string("0.75 GFLOP/pass x2"));
    QCOMPARE(lines.back(), std::string("RMS to first 0.123"));
  }

  void sheet_png_reads_back_with_its_json() {
    inspect::CompareResult result;
    for (int p : {2, 8}) result.columns.push_back(column(p, 100, 1));
    const std::string path = test::temp_dir() + "/sheet.png";
    inspect::write_compare_sheet(path, result);
    const auto bytes = io::read_file(path, "sheet");
    const auto image = io::decode_image(bytes, path);
    const auto sheet = inspect::render_compare_sheet(result);
    QCOMPARE(image.sizes().vec(), (std::vector<int64_t>{sheet.height, sheet.width, 3}));
    QCOMPARE(io::read_png_text(bytes, "patchdiff_compare").value_or(""), inspect::to_json(result));
  }

  void json_is_an_array_of_columns_with_exactly_the_documented_keys() {
    inspect::CompareResult result;
    for (int p : {2, 4}) result.columns.push_back(column(p, 0, 1));
    const auto json = nlohmann::ordered_json::parse(inspect::to_json(result));
    QVERIFY(json.is_array());
    QCOMPARE(json.size(), size_t(2));
    const std::vector<std::string> keys{"checkpoint", "patch_size", "setting", "params", "gflop_per_pass",
                                        "ms_per_step_median", "total_s", "rms_to_first"};
    for (const auto& c : json) {
      std::vector<std::string> got;
      for (const auto& item : c.items()) got.push_back(item.key());
      QCOMPARE(got, keys);
    }
    QCOMPARE(json[1]["patch_size"].get<int>(), 4);
    QCOMPARE(json[1]["params"].get<int64_t>(), int64_t(6'500'000));
    QCOMPARE(json[1]["rms_to_first"].get<double>(), 0.1234);
    QCOMPARE(json[0]["checkpoint"].get<std::string>(), std::string("/models/emoji64_p2.pt"));
  }

  void a_scored_column_adds_its_quality_to_the_caption_and_the_json() {
    inspect::CompareResult result;
    for (int p : {2, 4}) result.columns.push_back(column(p, 0, 1));
    result.columns[1].num_steps = 10;
    result.columns[1].score = inspect::ColumnScore{12.5, 0.01, 0.002, 0.7, 0.6, 0.875, 100};
    result.score_floor = inspect::ColumnScore{1.5, 0.0, 0.001, 0.8, 0.8, 0.95, 100};
    result.feature_net = "/score/features.pt";
    QVERIFY(result.scored());
    QCOMPARE(inspect::caption_lines(result.columns[1]).back(), std::string("FD 12.5  class acc 0.88 (100 images)"));
    QCOMPARE(inspect::caption_lines(result.columns[0]).back(), std::string("RMS to first 0.000"));
    const auto json = nlohmann::ordered_json::parse(inspect::to_json(result));
    QVERIFY(!json[0].contains("score"));
    const auto& score = json[1]["score"];
    std::vector<std::string> keys;
    for (const auto& item : score.items()) keys.push_back(item.key());
    QCOMPARE(keys, (std::vector<std::string>{"fd", "kid", "kid_std", "precision", "recall", "class_accuracy",
                                             "num_images", "gflop_per_image", "floor", "feature_net"}));
    QCOMPARE(score["fd"].get<double>(), 12.5);
    QCOMPARE(score["class_accuracy"].get<double>(), 0.875);
    QCOMPARE(score["gflop_per_image"].get<double>(), 0.75 * 2 * 10);
    QCOMPARE(score["floor"]["fd"].get<double>(), 1.5);
    QCOMPARE(score["feature_net"].get<std::string>(), std::string("/score/features.pt"));
    // Without classes, class accuracy is null, not a number.
    result.columns[1].score->class_accuracy.reset();
    QVERIFY(nlohmann::json::parse(inspect::to_json(result))[1]["score"]["class_accuracy"].is_null());
  }

  void quality_chart_puts_the_worse_column_higher() {
    inspect::CompareResult result;
    QVERIFY_THROWS_EXCEPTION(ConfigError, inspect::render_quality_chart(result));
    for (int p : {2, 8}) result.columns.push_back(column(p, 0, 1));
    QVERIFY_THROWS_EXCEPTION(ConfigError, inspect::render_quality_chart(result));  // none scored
    for (auto& c : result.columns) c.num_steps = 20;
    result.columns[0].score = inspect::ColumnScore{10.0, 0, 0, 0, 0, {}, 50};  // P = 2: better and dearer
    result.columns[1].score = inspect::ColumnScore{40.0, 0, 0, 0, 0, {}, 50};
    result.score_floor = inspect::ColumnScore{2.0, 0, 0, 0, 0, {}, 50};
    const auto chart = inspect::render_quality_chart(result);
    QCOMPARE(chart.width, 960);
    QCOMPARE(chart.height, 600);
    // Each column's colour (the palette's first two): where its point and label are drawn.
    auto extent = [&](std::array<uint8_t, 3> colour) {
      int top = chart.height, left = chart.width, count = 0;
      for (int y = 0; y < chart.height; ++y)
        for (int x = 0; x < chart.width; ++x)
          if (std::equal(colour.begin(), colour.end(), chart.at(x, y))) {
            top = std::min(top, y);
            left = std::min(left, x);
            ++count;
          }
      return std::array<int, 3>{top, left, count};
    };
    const auto p2 = extent({0, 114, 178}), p8 = extent({213, 94, 0});
    QVERIFY(p2[2] > 0 && p8[2] > 0);
    QVERIFY2(p8[0] < p2[0], "the higher Fréchet distance is drawn higher");
    QVERIFY2(p8[1] < p2[1], "the cheaper column is drawn further left");
    // The PNG reads back at the chart's size with compare.json in its text chunk.
    const std::string path = test::temp_dir() + "/quality.png";
    inspect::write_quality_chart(path, result);
    const auto bytes = io::read_file(path, "chart");
    QCOMPARE(io::decode_image(bytes, path).sizes().vec(), (std::vector<int64_t>{600, 960, 3}));
    QCOMPARE(io::read_png_text(bytes, "patchdiff_compare").value_or(""), inspect::to_json(result));
  }

  void alignment_by_step_and_by_snr() {
    QCOMPARE(inspect::align_by_step(2, 10), 2);
    QCOMPARE(inspect::align_by_step(7, 4), 3);
    QCOMPARE(inspect::align_by_step(-1, 4), 0);
    const std::vector<double> a{-8, -2, 4}, b{-9, -6, -3, 0, 3, 6};
    QCOMPARE(inspect::align_by_snr(a, 0, b), 0);
    QCOMPARE(inspect::align_by_snr(a, 1, b), 2);
    QCOMPARE(inspect::align_by_snr(a, 2, b), 4);
    QCOMPARE(inspect::align_by_snr({-1.5}, 0, {-3, 0}), 0);  // a tie: the earlier step
    QCOMPARE(inspect::align_by_snr(a, 1, {}), 0);
  }
};

QTEST_GUILESS_MAIN(TestCompareSheet)
#include "test_compare_sheet.moc"
