// SPDX-License-Identifier: GPL-3.0-or-later
// core/score/precision_recall: k-NN supports on point clouds whose answer is known.
#include <QtTest>

#include <torch/torch.h>

#include "core/error.h"
#include "core/score/precision_recall.h"

namespace score = patchdiff::score;

namespace {

torch::Tensor line(double from, int64_t count) {
  return (torch::arange(count, torch::kFloat64) + from).view({count, 1});  // from, from + 1, ...
}

}  // namespace

class TestPrecisionRecall : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void radiiAreTheThirdNeighbour() {
    // 0..9 on a line, k = 3: inner points reach 2 (neighbours at 1, 1, 2), the ends 3.
    const auto radii = score::knn_radii(line(0, 10), 3);
    QCOMPARE(radii[0].item<double>(), 3.0);
    QCOMPARE(radii[1].item<double>(), 2.0);  // neighbours 0, 2, 3
    QCOMPARE(radii[5].item<double>(), 2.0);
    QCOMPARE(radii[9].item<double>(), 3.0);
  }

  void halfTheModesCoveredGivesFullPrecisionHalfRecall() {
    // Real: two clusters (0..9 and 100..109); generated: a copy of the first only.
    const auto real = torch::cat({line(0, 10), line(100, 10)});
    const auto pr = score::precision_recall(real, line(0, 10), 3);
    QCOMPARE(pr.precision, 1.0);
    QCOMPARE(pr.recall, 0.5);
  }

  void farAwayImagesHaveNeither() {
    const auto pr = score::precision_recall(line(0, 10), line(1000, 10), 3);
    QCOMPARE(pr.precision, 0.0);
    QCOMPARE(pr.recall, 0.0);
  }

  void partlyOutsideAndPartlyCovered() {
    // Generated: 6 points on real ones (0..5) and a tight far cluster of 4 (500..503, radii 3,
    // touching no real point): precision 6/10. Generated radii of 0..5 are 3, 2, 2, 2, 2, 3,
    // so real 6, 7, 8 (within 3 of 5) are covered and 9 is not: recall 9/10.
    const auto generated = torch::cat({line(0, 6), line(500, 4)});
    const auto pr = score::precision_recall(line(0, 10), generated, 3);
    QCOMPARE(pr.precision, 0.6);
    QCOMPARE(pr.recall, 0.9);
  }

  void tooFewPointsAreAnError() {
    QVERIFY_THROWS_EXCEPTION(patchdiff::ConfigError, score::knn_radii(line(0, 3), 3));
  }
};

QTEST_GUILESS_MAIN(TestPrecisionRecall)
#include "test_precision_recall.moc"
