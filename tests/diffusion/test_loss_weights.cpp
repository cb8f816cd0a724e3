// SPDX-License-Identifier: GPL-3.0-or-later
// core/diffusion/loss_weights: the five --weight_schedule tables against the original.
#include "core/diffusion/loss_weights.h"
#include "core/diffusion/schedules.h"
#include "diffusion/diffusion_test_util.h"

namespace diffusion = patchdiff::diffusion;
namespace pt = patchdiff::test;

class TestLossWeights : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void matchesReferenceWeights_data() {
    QTest::addColumn<QString>("schedule");
    QTest::addColumn<QString>("file");
    for (const auto& [name, file] : pt::reference_index().at("weights").items()) {
      QTest::newRow(name.c_str()) << QString::fromStdString(name)
                                  << QString::fromStdString(file.get<std::string>());
    }
  }
  void matchesReferenceWeights() {
    QFETCH(QString, schedule);
    QFETCH(QString, file);
    const auto expected = pt::reference_array(file.toStdString());  // float32 [T]
    const auto tables = diffusion::DiffusionTables::from_betas(
        diffusion::beta_schedule("linear", static_cast<int>(expected.size(0))));
    const auto weights = diffusion::loss_weight_table(schedule.toStdString(), tables, torch::kCPU);
    QCOMPARE(weights.scalar_type(), expected.scalar_type());
    QCOMPARE(weights.sizes(), expected.sizes());
    const double rel = pt::max_rel_diff(weights, expected);
    qInfo("max relative error %.3g", rel);
    QVERIFY2(rel <= 1e-6, qPrintable(QString("relative error %1").arg(rel)));
  }

  void rejectsUnknownSchedule() {
    const auto tables =
        diffusion::DiffusionTables::from_betas(diffusion::beta_schedule("linear", 100));
    const std::string msg =
        pt::config_error_of([&] { diffusion::loss_weights("snr2", tables); });
    QVERIFY2(msg.find("'snr2'") != std::string::npos &&
                 msg.find("truncated_snr") != std::string::npos,
             msg.c_str());
  }
};

QTEST_GUILESS_MAIN(TestLossWeights)
#include "test_loss_weights.moc"
