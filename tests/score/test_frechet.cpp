// SPDX-License-Identifier: GPL-3.0-or-later
// core/score/frechet: the Fréchet distance against closed forms, including singular and
// non-commuting covariances, and the PSD square root it rests on.
#include <QtTest>

#include <torch/torch.h>

#include <cmath>

#include "core/error.h"
#include "core/score/frechet.h"

namespace score = patchdiff::score;

namespace {

score::GaussianStats stats(std::vector<double> mean, std::vector<double> cov) {
  score::GaussianStats s;
  const auto d = static_cast<int64_t>(mean.size());
  s.mean = torch::tensor(mean, torch::kFloat64);
  s.cov = torch::tensor(cov, torch::kFloat64).view({d, d});
  s.count = 1000;
  return s;
}

}  // namespace

class TestFrechet : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void aSetAgainstItselfIsZero() {
    torch::manual_seed(3);
    const auto features = torch::randn({300, 16}) * torch::linspace(0.1, 3.0, 16);
    const auto s = score::gaussian_stats(features);
    QVERIFY(std::abs(score::frechet_distance(s, s)) < 1e-9);
  }

  void isSymmetric() {
    torch::manual_seed(4);
    const auto a = score::gaussian_stats(torch::randn({200, 8}));
    const auto b = score::gaussian_stats(torch::randn({150, 8}).matmul(torch::randn({8, 8})) + 0.5);
    const double ab = score::frechet_distance(a, b), ba = score::frechet_distance(b, a);
    QVERIFY(ab > 0.1);
    QVERIFY(std::abs(ab - ba) < 1e-9 * ab);
  }

  void oneDimensionIsMeanAndStandardDeviationGap() {
    // d^2 = (m1 - m2)^2 + (s1 - s2)^2 for 1-D Gaussians.
    const double d = score::frechet_distance(stats({1.0}, {4.0}), stats({-2.0}, {9.0}));
    QVERIFY(std::abs(d - (9.0 + 1.0)) < 1e-12);
  }

  void diagonalCovariancesMatchTheClosedForm() {
    // Commuting (diagonal) covariances: sum over dimensions of (sqrt a - sqrt b)^2.
    const double d = score::frechet_distance(stats({0, 0, 0}, {1, 0, 0, 0, 4, 0, 0, 0, 0.25}),
                                             stats({1, 0, 2}, {9, 0, 0, 0, 1, 0, 0, 0, 0.25}));
    const double expected = (1 + 4) + std::pow(1 - 3, 2) + std::pow(2 - 1, 2) + 0.0;
    QVERIFY(std::abs(d - expected) < 1e-12);
  }

  void nonCommutingTwoByTwoMatchesTheClosedForm() {
    // For 2x2 PSD M, tr sqrt(M) = sqrt(tr M + 2 sqrt(det M)); with M = A^{1/2} B A^{1/2}:
    // tr M = tr(AB), det M = det A det B.
    const std::vector<double> a{2.0, 0.7, 0.7, 1.0}, b{0.5, -0.3, -0.3, 3.0};
    const double tr_ab = a[0] * b[0] + a[1] * b[2] + a[2] * b[1] + a[3] * b[3];
    const double det_a = a[0] * a[3] - a[1] * a[2], det_b = b[0] * b[3] - b[1] * b[2];
    const double trace_root = std::sqrt(tr_ab + 2 * std::sqrt(det_a * det_b));
    const double expected = (0.3 * 0.3 + 0.4 * 0.4) + (a[0] + a[3]) + (b[0] + b[3]) - 2 * trace_root;
    const double d = score::frechet_distance(stats({0.3, 0.0}, a), stats({0.0, 0.4}, b));
    QVERIFY2(std::abs(d - expected) < 1e-10, qPrintable(QString::number(d - expected)));
  }

  void singularCovariancesStayFiniteAndExact() {
    // Rank-deficient covariances (fewer images than dimensions): only the first axis varies.
    const double d = score::frechet_distance(stats({0, 0}, {1, 0, 0, 0}), stats({0, 0}, {4, 0, 0, 0}));
    QVERIFY(std::abs(d - 1.0) < 1e-12);
    // 5 images in 32 dimensions against 7: finite, non-negative, symmetric.
    torch::manual_seed(5);
    const auto a = score::gaussian_stats(torch::randn({5, 32})), b = score::gaussian_stats(torch::randn({7, 32}));
    const double ab = score::frechet_distance(a, b);
    QVERIFY(std::isfinite(ab) && ab > 0);
    QVERIFY(std::abs(ab - score::frechet_distance(b, a)) < 1e-8 * ab);
  }

  void nearSingularCovarianceMatchesTheDiagonalForm() {
    // Eigenvalues down to 1e-14 (rotated, so nothing is diagonal in the stored matrix).
    const auto q = std::get<0>(at::linalg_qr(torch::randn({4, 4}, torch::kFloat64)));
    const auto la = torch::tensor({1.0, 1e-3, 1e-9, 1e-14}, torch::kFloat64);
    const auto lb = torch::tensor({2.0, 1e-3, 1e-8, 0.0}, torch::kFloat64);
    score::GaussianStats a, b;
    a.mean = b.mean = torch::zeros({4}, torch::kFloat64);
    a.cov = q.matmul(torch::diag(la)).matmul(q.t());
    b.cov = q.matmul(torch::diag(lb)).matmul(q.t());
    const double expected = (la.sqrt() - lb.sqrt()).pow(2).sum().item<double>();
    // sqrt turns an eigenvalue's round-off (1e-16) into 1e-8: the tolerance is that, not 1e-12.
    QVERIFY2(std::abs(score::frechet_distance(a, b) - expected) < 1e-7,
             qPrintable(QString::number(score::frechet_distance(a, b) - expected)));
  }

  void squareRootSquaresBack() {
    torch::manual_seed(6);
    const auto x = torch::randn({6, 6}, torch::kFloat64);
    const auto m = x.matmul(x.t());
    const auto r = score::sqrtm_psd(m);
    QVERIFY(torch::allclose(r.matmul(r), m, 1e-9, 1e-9));
    QVERIFY(torch::allclose(r, r.t()));
  }

  void differentDimensionsAreAnError() {
    QVERIFY_THROWS_EXCEPTION(patchdiff::ConfigError,
                             score::frechet_distance(stats({0}, {1}), stats({0, 0}, {1, 0, 0, 1})));
  }
};

QTEST_GUILESS_MAIN(TestFrechet)
#include "test_frechet.moc"
