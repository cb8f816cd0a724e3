// SPDX-License-Identifier: GPL-3.0-or-later
// core/score/kid: the unbiased polynomial-kernel MMD^2 on cases with a known expectation.
#include <QtTest>

#include <torch/torch.h>

#include <cmath>

#include "core/error.h"
#include "core/score/kid.h"

namespace score = patchdiff::score;

class TestKid : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void unbiasedEstimateMatchesThePopulationValueEvenForSmallSubsets() {
    // 1-D, D = 1: k(x, y) = (xy + 1)^3 = x^3 y^3 + 3 x^2 y^2 + 3 xy + 1, so the population
    // MMD^2 is (m3(P) - m3(Q))^2 + 3 (m2(P) - m2(Q))^2 + 3 (m1(P) - m1(Q))^2 in the raw
    // moments m_j. P = N(0, 1): (0, 1, 0); Q = N(0.5, 1): (0.5, 1.25, 0.5^3 + 3 * 0.5 = 1.625).
    const double expected = std::pow(1.625, 2) + 3 * std::pow(0.25, 2) + 3 * std::pow(0.5, 2);
    torch::manual_seed(11);
    const auto p = torch::randn({200000, 1}, torch::kFloat64);
    const auto q = torch::randn({200000, 1}, torch::kFloat64) + 0.5;
    // Subsets of 8: a biased (V-statistic) estimate would sit well above the expectation.
    score::KidOptions options;
    options.subsets = 20000;
    options.subset_size = 8;
    const auto kid = score::kernel_inception_distance(p, q, options);
    const double standard_error = kid.std / std::sqrt(static_cast<double>(options.subsets));
    QVERIFY2(std::abs(kid.mean - expected) < 4 * standard_error,
             qPrintable(QString("%1 vs %2 (se %3)").arg(kid.mean).arg(expected).arg(standard_error)));
  }

  void sameDistributionAveragesToZero() {
    torch::manual_seed(12);
    const auto a = torch::randn({5000, 4}), b = torch::randn({5000, 4});
    score::KidOptions options;
    options.subsets = 4000;
    options.subset_size = 10;
    const auto kid = score::kernel_inception_distance(a, b, options);
    const double standard_error = kid.std / std::sqrt(static_cast<double>(options.subsets));
    QVERIFY2(std::abs(kid.mean) < 4 * standard_error,
             qPrintable(QString("%1 (se %2)").arg(kid.mean).arg(standard_error)));
    QVERIFY(kid.std > 0);
  }

  void wholeSetsGiveTheHandComputedValue() {
    // x = {0, 1}, y = {2, 3}, D = 1: k(0,1) = 1, k(2,3) = 7^3 = 343;
    // k(x, y) over the 4 pairs: 1, 1, 27, 64. MMD^2 = 1 + 343 - 2 * 93 / 4.
    const auto x = torch::tensor({0.0, 1.0}, torch::kFloat64).view({2, 1});
    const auto y = torch::tensor({2.0, 3.0}, torch::kFloat64).view({2, 1});
    QVERIFY(std::abs(score::unbiased_mmd2_polynomial(x, y) - (1.0 + 343.0 - 2.0 * 93.0 / 4.0)) < 1e-9);
  }

  void subsetSizeIsCappedAtTheSmallerSet() {
    const auto kid = score::kernel_inception_distance(torch::randn({30, 3}), torch::randn({50, 3}));
    QCOMPARE(kid.subset_size, int64_t{30});
    QCOMPARE(kid.subsets, int64_t{100});
  }

  void tooFewImagesAreAnError() {
    QVERIFY_THROWS_EXCEPTION(patchdiff::ConfigError,
                             score::kernel_inception_distance(torch::randn({1, 3}), torch::randn({5, 3})));
  }
};

QTEST_GUILESS_MAIN(TestKid)
#include "test_kid.moc"
