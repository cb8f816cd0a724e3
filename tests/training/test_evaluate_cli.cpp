// SPDX-License-Identifier: GPL-3.0-or-later
// patchdiff evaluate on the command line: it prints and writes (JSON) the numbers the core
// computes, twice the same, with the paired difference for a second checkpoint; a folder
// without images is an error naming the folder.
#include <QProcess>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "cli/cli_runner.h"
#include "core/model/model_loader.h"
#include "core/training/loss_evaluation.h"
#include "training/evaluation_test_util.h"

namespace fs = std::filesystem;
namespace model = patchdiff::model;
namespace training = patchdiff::training;
namespace pt = patchdiff::test;

using patchdiff::test::run_cli;

namespace {

std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

QString q(const std::string& s) { return QString::fromStdString(s); }

}  // namespace

class TestEvaluateCli : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() { torch::set_num_threads(1); }

  void printsAndWritesTheCoresNumbers() {
    const auto run = pt::train_tiny_run(/*images=*/5, /*steps=*/2);
    const std::string out = pt::temp_dir();
    const std::string json_a = out + "/a.json", json_b = out + "/b.json";
    const QStringList common{"evaluate", "--model_path", q(run.model_path + "," + run.ema_path), "--data_dir",
                             q(run.data_dir), "--samples_per_image", "3", "--seed", "9", "--threads", "1"};
    const auto r = run_cli(common + QStringList{"--batch_size", "4", "--json", q(json_a)});
    QVERIFY2(r.exit_code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains("5 images x 3 draws (seed 9)"), qPrintable(r.out));
    QVERIFY(r.out.contains("paired difference to model000002.pt"));

    const auto j = nlohmann::json::parse(read_text(json_a));
    QCOMPARE(j["evaluations"].size(), size_t{2});
    training::EvaluationOptions options;
    options.samples_per_image = 3;
    options.seed = 9;
    const std::vector<std::string> paths{run.model_path, run.ema_path};
    std::vector<training::Evaluation> computed;
    for (size_t i = 0; i < paths.size(); ++i) {
      const auto loaded = model::load_model(paths[i]);
      computed.push_back(training::evaluate_loss(loaded, training::evaluation_folder(loaded, run.data_dir), options));
      const auto& entry = j["evaluations"][i];
      QCOMPARE(entry["checkpoint"].get<std::string>(), paths[i]);
      for (const char* term : {"loss", "mse", "vb"}) {
        const double want = computed[i].summary.at(term).all.mean;
        const double got = entry["terms"][term]["mean"].get<double>();
        QVERIFY2(std::abs(got - want) <= 1e-6 * std::abs(want), qPrintable(QString("%1: %2 vs %3").arg(term).arg(got).arg(want)));
        QCOMPARE(entry["terms"][term]["quartiles"].size(), size_t{4});
      }
      // The printed table carries the same mean (5 decimals).
      char text[32];
      std::snprintf(text, sizeof text, "%.5f ±", computed[i].summary.at("loss").all.mean);
      QVERIFY2(r.out.contains(text), qPrintable(r.out));
    }
    const double diff = j["evaluations"][1]["terms"]["loss"]["minus_first"]["mean"].get<double>();
    QVERIFY(std::abs(diff - training::paired_difference(computed[0], computed[1], "loss").mean) <= 1e-9);

    // Again with another batch size: the same draws, so the same numbers (to float rounding).
    const auto again = run_cli(common + QStringList{"--batch_size", "15", "--json", q(json_b)});
    QVERIFY2(again.exit_code == 0, qPrintable(again.err));
    const auto k = nlohmann::json::parse(read_text(json_b));
    for (size_t i = 0; i < 2; ++i) {
      const double a = j["evaluations"][i]["terms"]["loss"]["mean"].get<double>();
      const double b = k["evaluations"][i]["terms"]["loss"]["mean"].get<double>();
      QVERIFY(std::abs(a - b) <= 1e-6 * std::abs(a));
    }
  }

  void folderWithoutImagesFails() {
    const auto run = pt::train_tiny_run(/*images=*/4, /*steps=*/1);
    const std::string empty = pt::temp_dir();
    const auto r = run_cli({"evaluate", "--model_path", q(run.model_path), "--data_dir", q(empty)});
    QVERIFY(r.exit_code != 0);
    QVERIFY2(r.err.contains(q(empty)) && r.err.contains("holds no"), qPrintable(r.err));
    const auto no_dir = run_cli({"evaluate", "--model_path", q(run.model_path)});
    QVERIFY(no_dir.exit_code != 0);
    QVERIFY2(no_dir.err.contains("--data_dir is required"), qPrintable(no_dir.err));
  }
};

QTEST_GUILESS_MAIN(TestEvaluateCli)
#include "test_evaluate_cli.moc"
