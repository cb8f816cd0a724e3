// SPDX-License-Identifier: GPL-3.0-or-later
// `patchdiff score` as a user runs it: the JSON keys and the floor, sampling with --model_path
// and --repeats, and clear errors for
// corrupt or empty folders, images of the wrong size and an npz without its labels.
#include <QtTest>

#include <torch/torch.h>

#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "cli/cli_runner.h"
#include "core/error.h"
#include "core/io/atomic_file.h"
#include "core/io/npz.h"
#include "score/score_test_util.h"

namespace fs = std::filesystem;
namespace pt = patchdiff::test;

class TestScoreCli : public QObject {
  Q_OBJECT

  std::string m_data, m_net;

  // The bundled network copied to a temporary folder, so its reference cache goes there.
  QStringList base_args() const {
    return {"score", "--feature_net", QString::fromStdString(m_net), "--data_dir", QString::fromStdString(m_data),
            "--kid_subsets", "10"};
  }

 private Q_SLOTS:
  void initTestCase() {
    m_data = pt::write_disc_dataset(9, 4, 3);
    m_net = (fs::path(pt::temp_dir()) / "features.pt").string();
    fs::copy_file(pt::bundled_feature_net(), m_net);
  }

  void jsonHoldsEveryMetricAndTheFloor() {
    const std::string json = (fs::path(pt::temp_dir()) / "score.json").string();
    auto args = base_args();
    args << "--images" << QString::fromStdString(m_data + "/heldout") << "--json" << QString::fromStdString(json);
    const auto r = pt::run_cli(args);
    QVERIFY2(r.exit_code == 0, qPrintable(r.err + r.out));
    QVERIFY2(r.out.contains("floor (held-out real)") && r.out.contains("class accuracy"), qPrintable(r.out));
    QVERIFY(fs::exists(fs::path(m_net).parent_path() / "features.reference.npz"));
    const auto doc = nlohmann::json::parse(patchdiff::io::read_file(json, "json"));
    for (const char* key : {"fd", "kid", "kid_std", "precision", "recall", "class_accuracy", "num_images"}) {
      QVERIFY2(doc.contains(key), key);
      QVERIFY2(doc["floor"].contains(key), key);
    }
    QCOMPARE(doc["num_images"].get<int>(), 27);
    QVERIFY(doc["class_accuracy"].is_number());
  }

  void samplesThroughTheSharedOrchestrationWithRepeats() {
    // The bundled P = 8 model, 2 steps: cheap, and its images are 64x64 like the data.
    const std::string json = (fs::path(pt::temp_dir()) / "model.json").string();
    auto args = base_args();
    args << "--model_path" << QString::fromStdString(std::string(PATCHDIFF_SOURCE_DIR) + "/resources/models/emoji64_p8.pt")
         << "--timestep_respacing" << "2" << "--num_samples" << "9" << "--batch_size" << "9" << "--repeats" << "2"
         << "--json" << QString::fromStdString(json);
    const auto r = pt::run_cli(args);
    QVERIFY2(r.exit_code == 0, qPrintable(r.err + r.out));
    QVERIFY2(r.out.contains("FD spread"), qPrintable(r.out));
    const auto doc = nlohmann::json::parse(patchdiff::io::read_file(json, "json"));
    QCOMPARE(doc["num_images"].get<int>(), 9);
    QCOMPARE(doc["repeats"].get<int>(), 2);
    QCOMPARE(doc["runs"].size(), size_t{2});
    QVERIFY(doc["std"].contains("fd") && doc["floor"].contains("fd"));
    QVERIFY(doc["class_accuracy"].is_number());  // balanced classes 0..8 asked for
    // Different seed sets give different images, so different distances.
    QVERIFY(doc["runs"][0]["fd"].get<double>() != doc["runs"][1]["fd"].get<double>());
  }

  void compareScoresItsColumnsAndDrawsQualityAgainstCompute() {
    // patchdiff compare --score: the P = 8 model at 2 and 4 steps, 9 scored images each.
    const QString out = QString::fromStdString(pt::temp_dir() + "/compare");
    const auto r = pt::run_cli({"compare", "--model_path",
                                QString::fromStdString(std::string(PATCHDIFF_SOURCE_DIR) + "/resources/models/emoji64_p8.pt"),
                                "--vary", "timestep_respacing=2,4", "--num_samples", "1", "--batch_size", "9",
                                "--score", "9", "--feature_net", QString::fromStdString(m_net), "--data_dir",
                                QString::fromStdString(m_data), "--out", out, "--threads", "1"});
    QVERIFY2(r.exit_code == 0, qPrintable(r.err + r.out));
    QVERIFY2(r.out.contains("class acc") && r.out.contains("floor (held-out real)") && r.out.contains("quality.png"),
             qPrintable(r.out));
    const auto json = nlohmann::json::parse(patchdiff::io::read_file((out + "/compare.json").toStdString(), "json"));
    QCOMPARE(json.size(), size_t(2));
    for (const auto& column : json) {
      const auto& score = column["score"];
      for (const char* key : {"fd", "kid", "kid_std", "precision", "recall", "class_accuracy", "num_images",
                              "gflop_per_image", "floor", "feature_net"})
        QVERIFY2(score.contains(key), key);
      QCOMPARE(score["num_images"].get<int>(), 9);
      QVERIFY(score["class_accuracy"].is_number());
      QVERIFY(score["fd"].get<double>() > score["floor"]["fd"].get<double>());
    }
    QCOMPARE(json[1]["score"]["gflop_per_image"].get<double>(), 2 * json[0]["score"]["gflop_per_image"].get<double>());
    QVERIFY(fs::file_size((out + "/quality.png").toStdString()) > 0);
  }

  void compareScoreErrorsAreClear() {
    const QString p8 = QString::fromStdString(std::string(PATCHDIFF_SOURCE_DIR) + "/resources/models/emoji64_p8.pt");
    auto one = pt::run_cli({"compare", "--model_path", p8, "--vary", "timestep_respacing=2,3", "--score", "1"});
    QCOMPARE(one.exit_code, 1);
    QVERIFY2(one.err.contains("at least 2 images"), qPrintable(one.err));
    // No cached reference for this network and no --data_dir: say what to give.
    const std::string lone = (fs::path(pt::temp_dir()) / "lone.pt").string();
    fs::copy_file(pt::bundled_feature_net(), lone);
    auto none = pt::run_cli({"compare", "--model_path", p8, "--vary", "timestep_respacing=2,3", "--score", "4",
                             "--feature_net", QString::fromStdString(lone)});
    QCOMPARE(none.exit_code, 1);
    QVERIFY2(none.err.contains("--data_dir"), qPrintable(none.err));
  }

  void npzWithoutLabelsWhenClassAccuracyIsAskedForIsAnError() {
    const fs::path npz = fs::path(pt::temp_dir()) / "samples_4x64x64x3.npz";
    patchdiff::io::write_npz(npz.string(), {{"arr_0", torch::full({4, 64, 64, 3}, 255, torch::kUInt8)}});
    auto args = base_args();
    args << "--images" << QString::fromStdString(npz.string()) << "--class_accuracy" << "on";
    const auto r = pt::run_cli(args);
    QCOMPARE(r.exit_code, 1);
    QVERIFY2(r.err.contains("arr_1") && r.err.contains("--labels"), qPrintable(r.err));
    // Without asking for it, the same file scores (no class accuracy).
    auto plain = base_args();
    plain << "--images" << QString::fromStdString(npz.string());
    QCOMPARE(pt::run_cli(plain).exit_code, 0);
  }

  void emptyFolderIsAnError() {
    auto args = base_args();
    args << "--images" << QString::fromStdString(pt::temp_dir());
    const auto r = pt::run_cli(args);
    QCOMPARE(r.exit_code, 1);
    QVERIFY2(r.err.contains("holds no images"), qPrintable(r.err));
  }

  void corruptImageIsAnError() {
    const fs::path dir = pt::temp_dir();
    std::ofstream(dir / "0_broken.png", std::ios::binary) << "not a png";
    auto args = base_args();
    args << "--images" << QString::fromStdString(dir.string());
    const auto r = pt::run_cli(args);
    QCOMPARE(r.exit_code, 1);
    QVERIFY2(r.err.contains("0_broken.png"), qPrintable(r.err));
  }

  void imagesOfAnotherSizeAreAnError() {
    const fs::path npz = fs::path(pt::temp_dir()) / "small.npz";
    patchdiff::io::write_npz(npz.string(), {{"arr_0", torch::zeros({4, 32, 32, 3}, torch::kUInt8)}});
    auto args = base_args();
    args << "--images" << QString::fromStdString(npz.string());
    const auto r = pt::run_cli(args);
    QCOMPARE(r.exit_code, 1);
    QVERIFY2(r.err.contains("32x32") && r.err.contains("64x64"), qPrintable(r.err));
  }
};

QTEST_GUILESS_MAIN(TestScoreCli)
#include "test_score_cli.moc"
