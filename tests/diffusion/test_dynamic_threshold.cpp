// SPDX-License-Identifier: GPL-3.0-or-later
// core/diffusion/guidance: dynamic thresholding against the original sample script.
#include "core/diffusion/guidance.h"
#include "diffusion/diffusion_test_util.h"
#include "support/tensor_compare.h"

namespace diffusion = patchdiff::diffusion;
namespace pt = patchdiff::test;

class TestDynamicThreshold : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void matchesReference() {
    const auto& entry = pt::reference_index().at("steps").at("dynamic_threshold");
    const auto x = pt::reference_array(entry.at("x").get<std::string>());
    const auto expected = pt::reference_array(entry.at("out").get<std::string>());
    const auto r = diffusion::dynamic_threshold(x);
    PD_COMPARE_TENSORS(r.x0, expected, 1e-6);
    QCOMPARE(r.scale.dim(), int64_t(1));
    QCOMPARE(r.scale.size(0), x.size(0));
    QVERIFY(r.scale.ge(1.0).all().item<bool>());
  }

  void usesNearestRank() {
    // n = 201 values 0..200 / 100: rank = round(0.995 * 200) = 199 -> s = 1.99.
    auto x = torch::arange(201, torch::kFloat32).div(100).view({1, 1, 1, 201});
    const auto r = diffusion::dynamic_threshold(x);
    QCOMPARE(r.scale.item<float>(), 1.99f);
    QCOMPARE(r.x0.max().item<float>(), 1.0f);
    // Nothing above 1: s stays 1 and the input passes through unchanged.
    const auto small = torch::rand({2, 3, 4, 4}) * 1.8 - 0.9;
    const auto r2 = diffusion::dynamic_threshold(small);
    PD_COMPARE_TENSORS(r2.x0, small, 0.0);
    PD_COMPARE_TENSORS(r2.scale, torch::ones({2}), 0.0);
  }

  void roundsHalfToEven() {
    // q = 0.5 over n = 4 values: rank 1.5 rounds to 2 (torch.round), the third smallest.
    const auto x = torch::tensor({4.0f, 2.0f, 3.0f, 5.0f}).view({1, 4});
    QCOMPARE(diffusion::dynamic_threshold(x, 0.5).scale.item<float>(), 4.0f);
    // rank 2.5 over n = 6 rounds to 2 as well.
    const auto y = torch::tensor({2.0f, 3.0f, 4.0f, 5.0f, 6.0f, 7.0f}).view({1, 6});
    QCOMPARE(diffusion::dynamic_threshold(y, 0.5).scale.item<float>(), 4.0f);
  }
};

QTEST_GUILESS_MAIN(TestDynamicThreshold)
#include "test_dynamic_threshold.moc"
