// SPDX-License-Identifier: GPL-3.0-or-later
// core/diffusion/guidance: classifier-free guidance combines predictions in eps space with
// the un-respaced tables at the original timestep.
#include "core/diffusion/guidance.h"
#include "core/diffusion/predictions.h"
#include "diffusion/diffusion_test_util.h"
#include "support/tensor_compare.h"

namespace diffusion = patchdiff::diffusion;
namespace pt = patchdiff::test;

namespace {

diffusion::GaussianDiffusion make_diffusion(diffusion::MeanType mean, bool learn_sigma,
                                            const std::string& respacing = "ddim10") {
  diffusion::DiffusionConfig config;
  config.timestep_respacing = respacing;
  config.mean_type = mean;
  config.learn_sigma = learn_sigma;
  return diffusion::GaussianDiffusion(config);
}

}  // namespace

class TestGuidance : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void scaleOneReturnsConditional() {
    const auto d = make_diffusion(diffusion::MeanType::XStart, /*learn_sigma=*/true);
    torch::manual_seed(0);
    const auto x = torch::randn({2, 3, 4, 4});
    const auto c = torch::randn({2, 6, 4, 4});
    const auto u = torch::randn({2, 6, 4, 4});
    const auto g = diffusion::classifier_free_guidance(d, c, u, x, 7, 1.0);
    PD_COMPARE_TENSORS(g.output, c, 0.0);
    QCOMPARE(g.gap_rms.sizes(), torch::IntArrayRef({2}));
  }

  void xstartCombinesAlgebraically_data() {
    QTest::addColumn<double>("scale");
    QTest::addColumn<int>("step");
    QTest::addColumn<double>("tolerance");
    QTest::newRow("1.5 late") << 1.5 << 1 << 1e-5;
    QTest::newRow("2.0 mid") << 2.0 << 5 << 1e-5;
    QTest::newRow("0 unconditional") << 0.0 << 4 << 1e-5;
    // At t = 900 the eps detour multiplies x_t by sqrt(1/abar) ~ 59 in float32 (as the
    // original does), so float32 rounding grows by that factor.
    QTest::newRow("3.0 early") << 3.0 << 9 << 1e-4;
  }
  void xstartCombinesAlgebraically() {
    QFETCH(double, scale);
    QFETCH(int, step);
    QFETCH(double, tolerance);
    const auto d = make_diffusion(diffusion::MeanType::XStart, /*learn_sigma=*/true);
    torch::manual_seed(step);
    const auto x = torch::randn({2, 3, 8, 8});
    const auto c = torch::cat({torch::randn({2, 3, 8, 8}), torch::rand({2, 3, 8, 8})}, 1);
    const auto u = torch::cat({torch::randn({2, 3, 8, 8}), torch::rand({2, 3, 8, 8})}, 1);
    const auto g = diffusion::classifier_free_guidance(d, c, u, x, step, scale);
    const auto x0_c = c.narrow(1, 0, 3);
    const auto x0_u = u.narrow(1, 0, 3);
    // x0_u + s (x0_c - x0_u): the eps detour is linear in x0.
    PD_COMPARE_TENSORS(g.output.narrow(1, 0, 3), x0_u + scale * (x0_c - x0_u), tolerance);
    // Variance channels from the conditional run.
    PD_COMPARE_TENSORS(g.output.narrow(1, 3, 3), c.narrow(1, 3, 3), 0.0);
    // Gap: eps_c - eps_u = (x0_u - x0_c) / sqrt(1/abar - 1) at the original timestep.
    const int t = d.timestep_map()[step];
    const double abar = d.base_tables().alphas_cumprod[t];
    const auto expected_gap =
        (x0_u - x0_c).div(std::sqrt(1 / abar - 1)).pow(2).flatten(1).mean(1).sqrt();
    const double rel = pt::max_rel_diff(g.gap_rms, expected_gap);
    qInfo("gap RMS max relative error %.3g", rel);
    QVERIFY(rel <= 1e-5);
  }

  void epsAndVModelsCombineInEpsSpace() {
    const int step = 6;
    const double scale = 2.5;
    torch::manual_seed(3);
    const auto x = torch::randn({2, 3, 4, 4});
    const auto eps_c = torch::randn({2, 3, 4, 4});
    const auto eps_u = torch::randn({2, 3, 4, 4});
    const auto eps = eps_u + scale * (eps_c - eps_u);

    const auto de = make_diffusion(diffusion::MeanType::Epsilon, false);
    PD_COMPARE_TENSORS(diffusion::classifier_free_guidance(de, eps_c, eps_u, x, step, scale).output,
                       eps, 0.0);

    // v = sqrt(abar) eps - sqrt(1 - abar) x0 with x0 = x0(x_t, eps), in the base tables.
    const auto dv = make_diffusion(diffusion::MeanType::V, false);
    const diffusion::StepIndex t(dv.timestep_map()[step]);
    const auto& base = dv.device_base_tables();
    const auto v_c = diffusion::v_from_eps(base, t, x, eps_c);
    const auto v_u = diffusion::v_from_eps(base, t, x, eps_u);
    const auto g = diffusion::classifier_free_guidance(dv, v_c, v_u, x, step, scale);
    PD_COMPARE_TENSORS(g.output, diffusion::v_from_eps(base, t, x, eps), 1e-4);
    const auto expected_gap = (eps_c - eps_u).pow(2).flatten(1).mean(1).sqrt();
    PD_COMPARE_TENSORS(g.gap_rms, expected_gap, 1e-4);
  }

  void usesBaseTablesAtTheOriginalTimestep() {
    // At respacing ddim10, step 3 is original timestep 300: eps from the base tables there.
    const auto d = make_diffusion(diffusion::MeanType::XStart, false);
    QCOMPARE(d.timestep_map()[3], 300);
    torch::manual_seed(4);
    const auto x = torch::randn({1, 3, 4, 4});
    const auto c = torch::randn({1, 3, 4, 4});
    const auto u = torch::randn({1, 3, 4, 4});
    const auto& base = d.device_base_tables();
    const auto e_c = diffusion::eps_from_xstart(base, 300, x, c);
    const auto e_u = diffusion::eps_from_xstart(base, 300, x, u);
    const auto expected = diffusion::xstart_from_eps(base, 300, x, e_u + 1.5 * (e_c - e_u));
    PD_COMPARE_TENSORS(diffusion::classifier_free_guidance(d, c, u, x, 3, 1.5).output, expected,
                       0.0);
  }
};

QTEST_GUILESS_MAIN(TestGuidance)
#include "test_guidance.moc"
