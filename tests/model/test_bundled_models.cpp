// SPDX-License-Identifier: GPL-3.0-or-later
// The bundled emoji checkpoints load with no flags (their sidecars say what the weights
// cannot) and make sensible predictions.
#include <filesystem>

#include "core/model/flops.h"
#include "core/model/model_loader.h"

using namespace patchdiff;

namespace {
std::string bundled(int p) {
  return std::string(PATCHDIFF_SOURCE_DIR) + "/resources/models/emoji64_p" + std::to_string(p) + ".pt";
}
}  // namespace

class TestBundledModels : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void load_with_no_flags_data() {
    QTest::addColumn<int>("p");
    for (int p : {1, 2, 4, 8}) QTest::newRow(qPrintable(QString("P=%1").arg(p))) << p;
  }
  void load_with_no_flags() {
    QFETCH(int, p);
    auto m = model::load_model(bundled(p));
    QVERIFY2(m.config.warnings.empty(), m.config.warnings.empty() ? "" : m.config.warnings[0].c_str());
    QCOMPARE(m.config.model.patch_size, p);
    QCOMPARE(m.config.model.image_size, 64);
    QCOMPARE(m.config.model.num_classes, 9);
    QCOMPARE(m.class_names.size(), size_t(9));
    QCOMPARE(m.class_names[0], std::string("Smileys & Emotion"));
    QCOMPARE(m.class_names[8], std::string("Flags"));
    QVERIFY(m.sidecar && !m.sidecar->attribution.empty());
    QCOMPARE(m.config.flags.at("patch_size").source, model::FlagSource::Sidecar);
    QVERIFY(m.parameter_count > 6'000'000 && m.parameter_count < 7'500'000);

    // A clean-ish x0 prediction from pure noise at t = 999 is bounded and not constant.
    torch::manual_seed(1);
    c10::InferenceMode guard;
    const auto out = m.net->forward(torch::randn({2, 3, 64, 64}), torch::tensor({999, 999}),
                                    torch::tensor({0, 9}));
    QCOMPARE(out.sizes().vec(), (std::vector<int64_t>{2, 6, 64, 64}));
    QVERIFY(torch::isfinite(out).all().item<bool>());
    QVERIFY(out.slice(1, 0, 3).std().item<double>() > 1e-3);
    const auto variance = out.slice(1, 3, 6);
    QVERIFY(variance.min().item<double>() >= 0.0 && variance.max().item<double>() <= 1.0);
  }

  void gflop_falls_with_patch_size() {
    double previous = 1e9;
    for (int p : {1, 2, 4, 8}) {
      const auto m = model::load_model(bundled(p));
      const double g = model::gflop_per_image(m.config.model);
      QVERIFY(g < previous);
      previous = g;
    }
  }
};

QTEST_GUILESS_MAIN(TestBundledModels)
#include "test_bundled_models.moc"
