// SPDX-License-Identifier: GPL-3.0-or-later
// core/diffusion/snr_splits: which model serves each sampling step, and which timesteps
// each uniform_split_k training sampler draws, against the original.
#include "core/diffusion/gaussian_diffusion.h"
#include "core/diffusion/snr_splits.h"
#include "diffusion/diffusion_test_util.h"

namespace diffusion = patchdiff::diffusion;
namespace pt = patchdiff::test;

namespace {

// "0.25@250" -> splits "0.25", respacing "250".
diffusion::GaussianDiffusion diffusion_for(const std::string& respacing) {
  diffusion::DiffusionConfig config;
  config.timestep_respacing = respacing;
  return diffusion::GaussianDiffusion(config);
}

}  // namespace

class TestSnrSplits : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void matchesReferenceModelPerStep_data() {
    QTest::addColumn<QString>("key");
    for (const auto& [key, value] : pt::reference_index().at("splits").items()) {
      if (key.find('@') != std::string::npos) QTest::newRow(key.c_str()) << QString::fromStdString(key);
    }
  }
  void matchesReferenceModelPerStep() {
    QFETCH(QString, key);
    const std::string k = key.toStdString();
    const auto& entry = pt::reference_index().at("splits").at(k);
    const auto at = k.find('@');
    const auto d = diffusion_for(k.substr(at + 1));
    const auto boundaries = diffusion::snr_boundaries(diffusion::parse_snr_splits(k.substr(0, at)));

    QCOMPARE(d.timestep_map(), entry.at("timestep_map").get<std::vector<int>>());
    const auto snrs = entry.at("snrs").get<std::vector<double>>();
    const double rel = pt::max_rel_diff(pt::as_tensor(d.tables().snr), pt::as_tensor(snrs));
    qInfo("SNR max relative error %.3g", rel);
    QVERIFY(rel <= 1e-12);
    QCOMPARE(diffusion::split_models_per_step(d.tables().snr, boundaries),
             entry.at("model_index").get<std::vector<int>>());
    for (int step = 0; step < d.num_steps(); ++step) {
      QCOMPARE(diffusion::split_model_for_snr(d.snr(step), boundaries),
               entry.at("model_index")[step].get<int>());
    }
  }

  void matchesReferenceTrainingSplits() {
    // The reference keeps every 37th of the timesteps each sampler can draw.
    const auto& entry = pt::reference_index().at("splits").at("train_uniform_split");
    const auto d = diffusion_for("");
    const auto boundaries = diffusion::snr_boundaries({0.25});
    int checked = 0;
    for (const auto& [name, sample] : entry.items()) {
      const int k = std::stoi(name.substr(name.rfind('_') + 1));
      const auto drawable = diffusion::uniform_split_timesteps(d.tables().snr, boundaries, k);
      std::vector<int> every37;
      for (size_t i = 0; i < drawable.size(); i += 37) every37.push_back(drawable[i]);
      QCOMPARE(every37, sample.get<std::vector<int>>());
      ++checked;
    }
    QCOMPARE(checked, 2);
    // Together the two bands hold every timestep exactly once.
    const auto a = diffusion::uniform_split_timesteps(d.tables().snr, boundaries, 0);
    const auto b = diffusion::uniform_split_timesteps(d.tables().snr, boundaries, 1);
    QCOMPARE(static_cast<int>(a.size() + b.size()), d.num_steps());
    QCOMPARE(a.back() + 1, b.front());
  }

  void boundaryInequalitiesDiffer() {
    // An SNR exactly on a split: sampling gives it to the lower-SNR model (b[j] >= SNR),
    // training to the higher band (SNR >= b[k+1]).
    const auto boundaries = diffusion::snr_boundaries({0.25});
    QCOMPARE(diffusion::split_model_for_snr(0.25, boundaries), 1);
    QCOMPARE(diffusion::split_model_for_snr(0.2500001, boundaries), 0);
    const std::vector<double> snrs{4.0, 0.25, 0.1};
    QCOMPARE(diffusion::uniform_split_timesteps(snrs, boundaries, 0), (std::vector<int>{0, 1}));
    QCOMPARE(diffusion::uniform_split_timesteps(snrs, boundaries, 1), std::vector<int>{2});
  }

  void parsesSamplerNames() {
    QCOMPARE(diffusion::uniform_split_index("uniform_split_0"), 0);
    QCOMPARE(diffusion::uniform_split_index("uniform_split_3"), 3);
    QCOMPARE(diffusion::uniform_split_index("uniform"), -1);
    QCOMPARE(diffusion::uniform_split_index("loss-second-moment"), -1);
    QCOMPARE(diffusion::parse_snr_splits(""), std::vector<double>{});
    QCOMPARE(diffusion::parse_snr_splits("1.0,0.25"), (std::vector<double>{1.0, 0.25}));
    QCOMPARE(diffusion::snr_boundaries({0.25}), (std::vector<double>{1e9, 0.25, 0.0}));
  }

  void rejectsMismatches_data() {
    QTest::addColumn<QString>("splits");
    QTest::addColumn<int>("models");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("one split, one model") << "0.25" << 1 << "need 2 models";
    QTest::newRow("no split, two models") << "" << 2 << "need 1 models";
    QTest::newRow("increasing") << "0.25,1.0" << 3 << "high SNR to low";
    QTest::newRow("equal") << "0.25,0.25" << 3 << "high SNR to low";
    QTest::newRow("zero") << "0" << 2 << "positive";
    QTest::newRow("negative") << "1,-1" << 3 << "positive";
    QTest::newRow("above top") << "2e9" << 2 << "below 1e9";
  }
  void rejectsMismatches() {
    QFETCH(QString, splits);
    QFETCH(int, models);
    QFETCH(QString, mentions);
    const std::string msg = pt::config_error_of([&] {
      diffusion::validate_snr_splits(diffusion::parse_snr_splits(splits.toStdString()), models);
    });
    QVERIFY2(msg.find(mentions.toStdString()) != std::string::npos, msg.c_str());
  }

  void rejectsBadText() {
    const std::string msg = pt::config_error_of([] { diffusion::parse_snr_splits("0.25,x"); });
    QVERIFY2(msg.find("'x'") != std::string::npos, msg.c_str());
    const std::string band = pt::config_error_of(
        [] { diffusion::uniform_split_timesteps({1.0}, diffusion::snr_boundaries({0.25}), 2); });
    QVERIFY2(band.find("uniform_split_1") != std::string::npos, band.c_str());
  }
};

QTEST_GUILESS_MAIN(TestSnrSplits)
#include "test_snr_splits.moc"
