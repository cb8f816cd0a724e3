// SPDX-License-Identifier: GPL-3.0-or-later
// core/diffusion/respacing: kept timesteps for --timestep_respacing, exactly as the original.
#include "core/diffusion/respacing.h"
#include "diffusion/diffusion_test_util.h"

namespace diffusion = patchdiff::diffusion;
namespace pt = patchdiff::test;

class TestRespacing : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void matchesReferenceSpacing_data() {
    QTest::addColumn<QString>("spec");
    for (const auto& [spec, steps] : pt::reference_index().at("spacing").items()) {
      QTest::newRow(spec.c_str()) << QString::fromStdString(spec);
    }
  }
  void matchesReferenceSpacing() {
    QFETCH(QString, spec);
    const auto expected =
        pt::reference_index().at("spacing").at(spec.toStdString()).get<std::vector<int>>();
    QCOMPARE(diffusion::space_timesteps(1000, spec.toStdString()), expected);
  }

  void emptyKeepsAllSteps() {
    const auto steps = diffusion::space_timesteps(37, "");
    QCOMPARE(steps.size(), size_t(37));
    for (int i = 0; i < 37; ++i) QCOMPARE(steps[i], i);
  }

  void roundsHalfToEven() {
    // 6 steps, 3 of them: stride 2.5 -> positions 0, 2.5, 5 -> 0, 2 (not 3), 5.
    QCOMPARE(diffusion::space_timesteps(6, "3"), (std::vector<int>{0, 2, 5}));
  }

  void rejectsBadSpecs_data() {
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("too many in a section") << "10,600" << "at most 500";
    QTest::newRow("more than T") << "1001" << "at most 1000";
    QTest::newRow("impossible ddim") << "ddim999" << "nearest possible";
    QTest::newRow("ddim without count") << "ddim" << "ddimN";
    QTest::newRow("ddim junk") << "ddimx" << "ddimN";
    QTest::newRow("letters") << "abc" << "'abc'";
    QTest::newRow("empty item") << "10,,20" << "''";
    QTest::newRow("float") << "2.5" << "'2.5'";
    QTest::newRow("zero") << "0" << "at least 1";
    QTest::newRow("negative") << "10,-3" << "at least 1";
  }
  void rejectsBadSpecs() {
    QFETCH(QString, spec);
    QFETCH(QString, mentions);
    const std::string msg = pt::config_error_of(
        [&] { diffusion::space_timesteps(1000, spec.toStdString()); });
    QVERIFY2(msg.find(mentions.toStdString()) != std::string::npos, msg.c_str());
  }
};

QTEST_GUILESS_MAIN(TestRespacing)
#include "test_respacing.moc"
