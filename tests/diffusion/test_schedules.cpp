// SPDX-License-Identifier: GPL-3.0-or-later
// core/diffusion/schedules: beta schedules by name against the original's float64 betas.
#include <cmath>

#include "core/diffusion/schedules.h"
#include "diffusion/diffusion_test_util.h"

namespace diffusion = patchdiff::diffusion;
namespace pt = patchdiff::test;

class TestSchedules : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void matchesReferenceBetas_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("file");
    for (const auto& [name, file] : pt::reference_index().at("schedules").items()) {
      QTest::newRow(name.c_str()) << QString::fromStdString(name)
                                  << QString::fromStdString(file.get<std::string>());
    }
  }
  void matchesReferenceBetas() {
    QFETCH(QString, name);
    QFETCH(QString, file);
    const auto expected = pt::reference_array(file.toStdString());
    QCOMPARE(expected.scalar_type(), torch::kFloat64);
    const auto betas = diffusion::beta_schedule(name.toStdString(), expected.size(0));
    const double rel = pt::max_rel_diff(pt::as_tensor(betas), expected);
    qInfo("max relative error %.3g", rel);
    QVERIFY2(rel <= 1e-12, qPrintable(QString("relative error %1").arg(rel)));
  }

  void linspaceEndsExactly() {
    const auto v = diffusion::linspace(0.1, 20.0, 7);
    QCOMPARE(v.size(), size_t(7));
    QCOMPARE(v.front(), 0.1);
    QCOMPARE(v.back(), 20.0);
    QCOMPARE(diffusion::linspace(0.5, 2.0, 1), std::vector<double>{0.5});
  }

  void linearScalesWithSteps() {
    // s = 1000/T: at T = 100 the linear schedule runs from 1e-3 to 0.2.
    const auto b = diffusion::beta_schedule("linear", 100);
    QCOMPARE(b.size(), size_t(100));
    QVERIFY(std::abs(b.front() - 1e-3) < 1e-15);
    QVERIFY(std::abs(b.back() - 0.2) < 1e-15);
    const auto c = diffusion::beta_schedule("cosine", 10);
    for (double beta : c) QVERIFY(beta > 0.0 && beta <= 0.999);
    QCOMPARE(c.back(), 0.999);  // the clamp bites at the end of a short cosine schedule
  }

  void rejectsUnknownNames_data() {
    QTest::addColumn<QString>("name");
    QTest::newRow("empty") << "";
    QTest::newRow("typo") << "cosin";
    QTest::newRow("linear junk") << "linearX";
    QTest::newRow("linear trailing") << "linear0.02x";
  }
  void rejectsUnknownNames() {
    QFETCH(QString, name);
    const std::string msg = pt::config_error_of(
        [&] { diffusion::beta_schedule(name.toStdString(), 1000); });
    QVERIFY2(msg.find("linear") != std::string::npos && msg.find("'") != std::string::npos,
             msg.c_str());
    QVERIFY2(msg.find("no ConfigError") == std::string::npos, msg.c_str());
  }

  void rejectsNonPositiveSteps() {
    const std::string msg = pt::config_error_of([] { diffusion::beta_schedule("linear", 0); });
    QVERIFY2(msg.find("at least 1") != std::string::npos, msg.c_str());
  }
};

QTEST_GUILESS_MAIN(TestSchedules)
#include "test_schedules.moc"
