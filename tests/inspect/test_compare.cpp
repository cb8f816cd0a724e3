// SPDX-License-Identifier: GPL-3.0-or-later
// Compare mode with the bundled emoji models: every column starts from the same x_T (the
// first step's x_t is captured and compared), the table is filled, settings vary one at a
// time, and wrong requests fail with messages a user can act on.
#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "core/error.h"
#include "core/inspect/compare.h"
#include "core/sampling/noise.h"
#include "support/shared_data.h"

using namespace patchdiff;

namespace {

std::string bundled(int p) {
  return std::string(PATCHDIFF_SOURCE_DIR) + "/resources/models/emoji64_p" + std::to_string(p) + ".pt";
}

// Runs `request`, keeping each column's first x_t (x_T) on the CPU.
inspect::CompareResult run_capturing(const inspect::CompareRequest& request, std::vector<torch::Tensor>& x_T) {
  inspect::CompareObserver observer;
  observer.step = [&](int column, const sampling::StepRecord& r) {
    if (r.index != 0) return;
    if (x_T.size() <= static_cast<size_t>(column)) x_T.resize(static_cast<size_t>(column) + 1);
    const auto x = r.x_t.to(torch::kCPU).clone();
    x_T[static_cast<size_t>(column)] = x_T[static_cast<size_t>(column)].defined()
                                           ? torch::cat({x_T[static_cast<size_t>(column)], x})
                                           : x;
  };
  return inspect::run_compare(request, observer);
}

void verify_same_x_T(const std::vector<torch::Tensor>& x_T, size_t columns, uint64_t seed, int64_t images) {
  QCOMPARE(x_T.size(), columns);
  sampling::SeededNoise noise(seed, 0);
  const auto expected = noise.initial(images, 64, 64);
  for (const auto& x : x_T) QVERIFY(torch::equal(x, expected));
}

}  // namespace

class TestCompare : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  // One thread: on a loaded machine two OpenMP threads can be ten times slower, not faster.
  void initTestCase() { torch::set_num_threads(1); }

  void bundled_checkpoints_share_x_T_and_fill_the_table() {
    inspect::CompareRequest request;
    request.checkpoints = {bundled(2), bundled(4), bundled(8)};
    request.settings.timestep_respacing = "3";
    request.class_labels = {3};
    request.seed = 7;
    std::vector<torch::Tensor> x_T;
    const auto result = run_capturing(request, x_T);
    verify_same_x_T(x_T, 3, 7, 1);

    QCOMPARE(result.varied, std::string("checkpoint"));
    QCOMPARE(result.image_size, 64);
    QCOMPARE(result.labels, (std::vector<int64_t>{3}));
    QCOMPARE(result.columns.size(), size_t(3));
    const int patch[] = {2, 4, 8};
    for (size_t i = 0; i < 3; ++i) {
      const auto& c = result.columns[i];
      qInfo("P=%d: %.1f ms/step, %.3f GFLOP/pass, total %.2f s, RMS to first %.4f", c.patch_size,
            c.ms_per_step_median, c.gflop_per_pass, c.total_s, c.rms_to_first);
      QCOMPARE(c.patch_size, patch[i]);
      QCOMPARE(c.checkpoint, bundled(patch[i]));
      QVERIFY(c.params > 0);
      QVERIFY(c.gflop_per_pass > 0);
      if (i > 0) QVERIFY(c.gflop_per_pass < result.columns[i - 1].gflop_per_pass);
      QCOMPARE(c.passes_per_step, 2);  // guidance 1.5 by default
      QCOMPARE(c.num_steps, 3);
      QCOMPARE(c.step_ms.size(), size_t(3));
      QVERIFY(c.ms_per_step_median > 0);
      QVERIFY(c.total_s > 0);
      QVERIFY(c.speed_up > 0);
      QVERIFY(std::abs(c.gflop_ratio - c.gflop_per_pass / result.columns[0].gflop_per_pass) < 1e-12);
      QCOMPARE(c.setting, std::string("timestep_respacing=3 use_ddim=False eta=0 guidance_scale=1.5"));
      QCOMPARE(c.images.size(), size_t(1));
      QCOMPARE(c.images[0].width, 64);
      QCOMPARE(c.log_snr.size(), size_t(3));
      QVERIFY(c.log_snr[0] < c.log_snr[2]);  // loop index 0 is the noisiest
      QVERIFY(c.x0.empty());
      if (i == 0) {
        QCOMPARE(c.rms_to_first, 0.0);
        QCOMPARE(c.speed_up, 1.0);
        QCOMPARE(c.gflop_ratio, 1.0);
      } else {
        QVERIFY(c.rms_to_first > 0);  // different networks, different images
      }
    }
  }

  void varied_guidance_shares_x_T_and_doubles_the_passes() {
    inspect::CompareRequest request;
    request.checkpoints = {bundled(8)};
    request.varied = inspect::Varied::GuidanceScale;
    request.values = {"1", "3"};
    request.settings.timestep_respacing = "2";
    request.num_samples = 2;
    request.batch_size = 1;  // two batches per column
    request.seed = 3;
    request.x0_every = 1;
    std::vector<torch::Tensor> x_T;
    const auto result = run_capturing(request, x_T);
    verify_same_x_T(x_T, 2, 3, 2);
    QCOMPARE(result.varied, std::string("guidance_scale"));
    QCOMPARE(result.labels.size(), size_t(2));
    const auto& a = result.columns[0];
    const auto& b = result.columns[1];
    QCOMPARE(a.label, std::string("guidance_scale=1"));
    QCOMPARE(b.label, std::string("guidance_scale=3"));
    QVERIFY(b.setting.find("guidance_scale=3") != std::string::npos);
    QCOMPARE(a.passes_per_step, 1);
    QCOMPARE(b.passes_per_step, 2);
    QCOMPARE(a.gflop_per_pass, b.gflop_per_pass);
    QCOMPARE(b.gflop_ratio, 2.0);
    QCOMPARE(a.step_ms.size(), size_t(4));
    QCOMPARE(a.x0_steps, (std::vector<int>{0, 1}));
    QCOMPARE(a.x0.size(), size_t(2));
    QCOMPARE(a.x0[1].size(), size_t(2));  // both images of the last step
    QCOMPARE(b.rms_to_first_per_image.size(), size_t(2));
    QVERIFY(b.rms_to_first > 0);
  }

  void varied_step_counts_align_by_snr() {
    inspect::CompareRequest request;
    request.checkpoints = {bundled(8)};
    request.varied = inspect::Varied::TimestepRespacing;
    request.values = {"2", "4"};
    request.settings.guidance_scale = 1.0;
    request.class_labels = {0};
    std::vector<torch::Tensor> x_T;
    const auto result = run_capturing(request, x_T);
    verify_same_x_T(x_T, 2, 0, 1);
    const auto& a = result.columns[0];
    const auto& b = result.columns[1];
    QCOMPARE(a.num_steps, 2);
    QCOMPARE(b.num_steps, 4);
    QCOMPARE(b.gflop_ratio, 2.0);
    // 2 steps visit t = 999, 0; 4 steps t = 999, 666, 333, 0.
    QCOMPARE(inspect::align_by_snr(a.log_snr, 0, b.log_snr), 0);
    QCOMPARE(inspect::align_by_snr(a.log_snr, 1, b.log_snr), 3);
    QCOMPARE(inspect::align_by_snr(b.log_snr, 1, a.log_snr), 0);
    QCOMPARE(inspect::align_by_step(3, a.num_steps), 1);
  }

  void cancelling_throws_cancelled() {
    inspect::CompareRequest request;
    request.checkpoints = {bundled(8), bundled(8)};
    request.settings.timestep_respacing = "5";
    std::atomic_bool cancel{false};
    int steps = 0;
    inspect::CompareObserver observer;
    observer.progress = [&](const inspect::CompareProgress& p) {
      ++steps;
      QCOMPARE(p.num_columns, 2);
      cancel = true;
    };
    bool cancelled = false;
    try {
      inspect::run_compare(request, observer, &cancel);
    } catch (const Cancelled&) {
      cancelled = true;
    }
    QVERIFY(cancelled);
    QCOMPARE(steps, 1);
  }

  void scored_columns_sample_balanced_classes_after_their_shown_images() {
    // Two step counts of the P = 8 model, 1 shown image, 11 scored ones each, 5 at a time.
    inspect::CompareRequest request;
    request.checkpoints = {bundled(8)};
    request.varied = inspect::Varied::TimestepRespacing;
    request.values = {"2", "4"};
    request.num_samples = 1;
    request.seed = 3;
    request.score_images = 11;
    request.score_batch_size = 5;
    std::vector<std::vector<int64_t>> scored_labels;
    std::vector<torch::Tensor> scored_images;
    request.scorer = [&](const torch::Tensor& images, const std::vector<int64_t>& labels) {
      scored_images.push_back(images);
      scored_labels.push_back(labels);
      inspect::ColumnScore score;
      score.fd = images.to(torch::kFloat64).mean().item<double>();  // stands in for a distance
      score.num_images = images.size(0);
      return score;
    };
    std::vector<inspect::CompareProgress> scoring;
    std::vector<int> shown_before_scoring;
    inspect::CompareObserver observer;
    observer.progress = [&](const inspect::CompareProgress& p) {
      if (p.scoring) scoring.push_back(p);
    };
    observer.column_done = [&](const inspect::CompareColumn& c) {
      QVERIFY(!c.score);  // shown first, scored after
      shown_before_scoring.push_back(static_cast<int>(scored_images.size()));
    };
    const auto result = inspect::run_compare(request, observer);
    QCOMPARE(shown_before_scoring, (std::vector<int>{0, 1}));
    QCOMPARE(scored_images.size(), size_t(2));
    for (size_t c = 0; c < 2; ++c) {
      QCOMPARE(scored_images[c].sizes().vec(), (std::vector<int64_t>{11, 64, 64, 3}));
      QCOMPARE(scored_images[c].scalar_type(), torch::kUInt8);
      QCOMPARE(scored_labels[c], (std::vector<int64_t>{0, 1, 2, 3, 4, 5, 6, 7, 8, 0, 1}));
      QVERIFY(result.columns[c].score);
      QCOMPARE(result.columns[c].score->num_images, int64_t(11));
      QCOMPARE(result.columns[c].score->fd, scored_images[c].to(torch::kFloat64).mean().item<double>());
    }
    QVERIFY(result.scored());
    // Different step counts, the same x_T: different images.
    QVERIFY(!torch::equal(scored_images[0], scored_images[1]));
    // Three batches (5, 5, 1) of 2 and of 4 steps, each step reported as scoring.
    QCOMPARE(scoring.size(), size_t(3 * 2 + 3 * 4));
    QCOMPARE(scoring.back().images_done, int64_t(10));
    QCOMPARE(scoring.back().num_images, int64_t(11));
    QCOMPARE(scoring.back().column, 1);
    QCOMPARE(scoring.front().batch_images, int64_t(5));
    QCOMPARE(scoring.back().batch_images, int64_t(1));  // 5, 5, then the last one
    // Twice the steps: twice the work per finished image.
    QCOMPARE(result.columns[1].gflop_per_image(), 2 * result.columns[0].gflop_per_image());
  }

  void cancelling_while_scoring_throws_cancelled() {
    inspect::CompareRequest request;
    request.checkpoints = {bundled(8), bundled(8)};
    request.settings.timestep_respacing = "2";
    request.score_images = 4;
    bool scorer_called = false;
    request.scorer = [&](const torch::Tensor&, const std::vector<int64_t>&) {
      scorer_called = true;
      return inspect::ColumnScore{};
    };
    std::atomic_bool cancel{false};
    inspect::CompareObserver observer;
    observer.progress = [&](const inspect::CompareProgress& p) {
      if (p.scoring) cancel = true;
    };
    bool cancelled = false;
    try {
      inspect::run_compare(request, observer, &cancel);
    } catch (const Cancelled&) {
      cancelled = true;
    }
    QVERIFY(cancelled);
    QVERIFY(!scorer_called);
  }

  void scoring_requests_fail_clearly() {
    inspect::CompareRequest request;
    request.checkpoints = {bundled(8), bundled(8)};
    auto error_of = [](const inspect::CompareRequest& r) {
      try {
        inspect::validate_request(r);
      } catch (const ConfigError& e) {
        return std::string(e.what());
      }
      return std::string();
    };
    request.score_images = 1;
    QVERIFY2(error_of(request).find("at least 2 images") != std::string::npos, error_of(request).c_str());
    request.score_images = 8;
    request.init_images.pixels = torch::zeros({1, 64, 64, 3}, torch::kUInt8);
    QVERIFY2(error_of(request).find("input images") != std::string::npos, error_of(request).c_str());
  }

  void wrong_requests_fail_clearly_data() {
    QTest::addColumn<QStringList>("checkpoints");
    QTest::addColumn<QString>("vary");
    QTest::addColumn<QString>("message");
    const QString p8 = QString::fromStdString(bundled(8));
    QTest::newRow("one checkpoint") << QStringList{p8} << "" << "2 to 4 checkpoints";
    QTest::newRow("five checkpoints") << QStringList{p8, p8, p8, p8, p8} << "" << "got 5";
    QTest::newRow("vary with two checkpoints") << QStringList{p8, p8} << "eta=0,1" << "compares one checkpoint";
    QTest::newRow("unknown setting") << QStringList{p8} << "learning_rate=1,2" << "unknown setting 'learning_rate'";
    QTest::newRow("one value") << QStringList{p8} << "eta=1" << "2 to 6";
    QTest::newRow("seven values") << QStringList{p8} << "guidance_scale=1,2,3,4,5,6,7" << "2 to 6";
    QTest::newRow("not a number") << QStringList{p8} << "guidance_scale=1,strong" << "strong";
    QTest::newRow("impossible step count") << QStringList{p8} << "timestep_respacing=10,2000" << "2000";
    QTest::newRow("other image size") << QStringList{p8, "SMALL"} << "" << "different image size";
  }
  void wrong_requests_fail_clearly() {
    QFETCH(QStringList, checkpoints);
    QFETCH(QString, vary);
    QFETCH(QString, message);
    inspect::CompareRequest request;
    for (const auto& c : checkpoints)
      request.checkpoints.push_back(c == "SMALL" ? small_checkpoint() : c.toStdString());
    request.settings.timestep_respacing = "2";
    std::string error;
    try {
      if (!vary.isEmpty()) {
        const auto spec = inspect::parse_vary(vary.toStdString());
        request.varied = spec.setting;
        request.values = spec.values;
      }
      inspect::run_compare(request);
    } catch (const ConfigError& e) {
      error = e.what();
    }
    QVERIFY2(error.find(message.toStdString()) != std::string::npos, error.c_str());
  }

 private:
  // The P=8 weights with a sidecar saying 32x32 images (attention at the same levels).
  std::string small_checkpoint() {
    const std::string dir = test::temp_dir();
    const std::string path = dir + "/small32.pt";
    if (!std::filesystem::exists(path)) {
      std::filesystem::copy_file(bundled(8), path);
      std::ifstream in(std::string(PATCHDIFF_SOURCE_DIR) + "/resources/models/emoji64_p8.json");
      auto sidecar = nlohmann::json::parse(in);
      sidecar["flags"]["image_size"] = 32;
      sidecar["flags"]["attention_resolutions"] = "8,4";
      std::ofstream(dir + "/small32.json") << sidecar.dump();
    }
    return path;
  }
};

QTEST_GUILESS_MAIN(TestCompare)
#include "test_compare.moc"
