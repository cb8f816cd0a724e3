// SPDX-License-Identifier: GPL-3.0-or-later
// The README's five presets build networks whose parameter counts and FLOP counts equal
// the anchor table's (documented in the preset registry), and the benchmark runner produces
// complete reports on the CPU (tiny presets, a few steps).
#include <nlohmann/json.hpp>

#include "core/bench/bench.h"
#include "core/bench/presets.h"
#include "core/error.h"
#include "core/model/fast_paths.h"
#include "core/model/flops.h"
#include "core/model/unet.h"

using namespace patchdiff;

class TestBenchPresets : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void registry_has_the_readme_five() {
    const auto names = bench::anchor_preset_names();
    QCOMPARE(names, (std::vector<std::string>{"lsun_p2", "lsun_p4", "lsun_p8", "imagenet_p4", "ffhq_p4"}));
    QVERIFY_THROWS_EXCEPTION(ConfigError, bench::find_preset("lsun_p3"));
    const auto& imagenet = bench::find_preset("imagenet_p4");
    QCOMPARE(imagenet.num_models, 2);
    QCOMPARE(imagenet.guidance_scale, 1.5);
    QCOMPARE(imagenet.anchor_ms(16), imagenet.anchor_ms_batch);
    QCOMPARE(bench::find_preset("ffhq_p4").anchor_ms(16), 0.0);  // the table has batch 4 there
  }

  void presets_match_anchor_table_data() {
    QTest::addColumn<QString>("name");
    for (const auto& name : bench::anchor_preset_names()) QTest::newRow(name.c_str()) << QString::fromStdString(name);
  }
  // Builds one network per preset (FFHQ 1024 included: ~160 M parameters, a few seconds).
  void presets_match_anchor_table() {
    QFETCH(QString, name);
    const auto& preset = bench::find_preset(name.toStdString());
    const auto config = bench::resolve_preset(preset);
    const double gflop = model::gflop_per_image(config.model);
    qInfo("%s: %.2f GFLOP (anchor %.1f)", preset.name.c_str(), gflop, preset.gflop_per_image);
    QVERIFY2(std::abs(gflop / preset.gflop_per_image - 1.0) < 0.01,
             qPrintable(QString("%1 GFLOP, anchor %2").arg(gflop).arg(preset.gflop_per_image)));
    int64_t params = 0;
    {
      torch::NoGradGuard no_grad;
      model::UNet net(config.model);
      for (const auto& p : net->parameters()) params += p.numel();
    }
    qInfo("%s: %.3f M parameters (anchor %.1f M)", preset.name.c_str(), double(params) / 1e6,
          preset.params_millions);
    QVERIFY2(std::abs(double(params) / 1e6 - preset.params_millions) <= 0.1,
             qPrintable(QString("%1 parameters, anchor %2 M").arg(params).arg(preset.params_millions)));
  }

  void preset_models_are_random_and_split() {
    const auto models = bench::build_preset_models(bench::find_preset("tiny_cond"), /*seed=*/3);
    QCOMPARE(models.size(), size_t(2));
    QCOMPARE(models[0].config.model.num_classes, 5);
    for (const auto& m : models)
      for (const auto& p : m.net->parameters()) QVERIFY(p.abs().max().item<float>() > 0.0f);
    // Two split networks get different weights.
    QVERIFY(!torch::equal(models[0].net->parameters().front(), models[1].net->parameters().front()));
  }

  void bench_reports_every_row() {
    std::vector<bench::BenchTarget> targets;
    targets.push_back(bench::preset_target(bench::find_preset("tiny")));
    targets.push_back(bench::preset_target(bench::find_preset("tiny_cond")));
    bench::BenchSettings s;
    s.batches = {1, 2};
    s.steps = 3;
    s.warmup = 1;
    s.repeats = 2;
    s.variants = {"conv=0", "conv=1"};
    const auto report = bench::run_bench(targets, s);
    QCOMPARE(report.rows.size(), size_t(2 * 2 * 2));  // targets x batches x variants
    for (const auto& row : report.rows) {
      QCOMPARE(row.samples_ms.size(), size_t(3 * 2));  // steps x repeats (blocks of 1 on CPU)
      QVERIFY(row.ms_median > 0 && row.ms_p10 <= row.ms_median && row.ms_median <= row.ms_p90);
      QVERIFY(row.tflops > 0);
      QVERIFY(row.peak_bytes > 0);
      QCOMPARE(row.passes, row.target == "tiny_cond" ? 2 : 1);
      QCOMPARE(row.models, row.target == "tiny_cond" ? 2 : 1);
    }
    QVERIFY(report.rows[0].variant.find("conv=0") != std::string::npos);
    QVERIFY(report.rows[1].variant.find("conv=1") != std::string::npos);
    const auto j = bench::to_json(report);
    QCOMPARE(j["rows"].size(), report.rows.size());
    QVERIFY(j["rows"][0]["ms_per_step"].contains("p90"));
    QVERIFY(!j["libtorch"].get<std::string>().empty());
    QVERIFY(!bench::format_table(report).empty());
  }

  // --profile: the categories add up to the step (host time is the rest), the network's
  // convolutions and the attention block are seen, and the costliest operators are listed.
  void profile_accounts_for_the_step() {
    std::vector<bench::BenchTarget> targets;
    targets.push_back(bench::preset_target(bench::find_preset("tiny")));
    bench::BenchSettings s;
    s.steps = 3;
    s.warmup = 1;
    s.profile = true;
    const auto report = bench::run_bench(targets, s);
    QCOMPARE(report.rows.size(), size_t(1));
    const auto& row = report.rows.front();
    double total = 0;
    for (const auto& [category, ms] : row.profile_ms) total += ms;
    QVERIFY2(std::abs(total - row.ms_mean) <= 0.05 * row.ms_mean + 0.05,
             qPrintable(QString("profile %1 ms vs step %2 ms").arg(total).arg(row.ms_mean)));
    QVERIFY(row.profile_ms.count("convolution") && row.profile_ms.at("convolution") > 0);
    QVERIFY(row.profile_ms.count("attention") && row.profile_ms.at("attention") > 0);
    QVERIFY(!row.top_operators_ms.empty());
    QVERIFY(bench::format_profile(report).find("convolution") != std::string::npos);
  }

  void variants_may_name_the_noise() {
    std::vector<bench::BenchTarget> targets;
    targets.push_back(bench::preset_target(bench::find_preset("tiny")));
    bench::BenchSettings s;
    s.steps = 2;
    s.warmup = 1;
    s.variants = {"conv=1", "conv=1,noise=device", "noise=seeded"};
    const auto report = bench::run_bench(targets, s);
    QCOMPARE(report.rows.size(), size_t(3));
    QCOMPARE(report.rows[0].noise, std::string("seeded"));
    QCOMPARE(report.rows[1].noise, std::string("device"));
    QCOMPARE(report.rows[2].noise, std::string("seeded"));
    QVERIFY_THROWS_EXCEPTION(ConfigError, [] {
      std::vector<bench::BenchTarget> t;
      t.push_back(bench::preset_target(bench::find_preset("tiny")));
      bench::BenchSettings bad;
      bad.variants = {"noise=gpu"};
      bench::run_bench(t, bad);
    }());
  }

  void spread_is_nearest_rank() {
    const auto s = bench::spread_of({5, 1, 4, 2, 3, 6, 7, 8, 9, 10, 11});
    QCOMPARE(s.median, 6.0);
    QCOMPARE(s.p10, 2.0);
    QCOMPARE(s.p90, 10.0);
    QCOMPARE(s.mean, 6.0);
  }
};

QTEST_GUILESS_MAIN(TestBenchPresets)
#include "test_bench_presets.moc"
