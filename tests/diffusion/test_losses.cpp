// SPDX-License-Identifier: GPL-3.0-or-later
// core/diffusion/losses: the variational-bound helpers (no network; the reference `losses`
// entry needs one and is checked where the network is wired in).
#include <cmath>

#include "core/diffusion/losses.h"
#include "core/diffusion/loss_weights.h"
#include "core/diffusion/predictions.h"
#include "diffusion/diffusion_test_util.h"
#include "support/tensor_compare.h"

namespace diffusion = patchdiff::diffusion;
namespace pt = patchdiff::test;

class TestLosses : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void normalKlClosedForm() {
    torch::manual_seed(0);
    const auto m1 = torch::randn({2, 3});
    const auto l1 = torch::randn({2, 3});
    PD_COMPARE_TENSORS(diffusion::normal_kl(m1, l1, m1, l1), torch::zeros({2, 3}), 1e-6);
    // KL(N(1, 1) || N(0, e^2)) = 0.5 (-1 + 2 - 0 + e^-2 + e^-2) nats.
    const auto kl = diffusion::normal_kl(torch::ones({1}), torch::zeros({1}), torch::zeros({1}),
                                         torch::full({1}, 2.0));
    QVERIFY(std::abs(kl.item<double>() - 0.5 * (1 + 2 * std::exp(-2.0))) < 1e-6);
  }

  void discretizedLikelihoodSumsToOne() {
    // Over the 256 bin centres of [-1, 1] the probabilities of one Gaussian add up to 1.
    const auto x = torch::linspace(-1, 1, 256).view({1, 256});
    const auto means = torch::full({1, 256}, 0.1);
    const auto log_scales = torch::full({1, 256}, std::log(0.3));
    const auto p = diffusion::discretized_gaussian_log_likelihood(x, means, log_scales).exp();
    QVERIFY(std::abs(p.sum().item<double>() - 1.0) < 1e-3);
    QVERIFY(p.le(1.0).all().item<bool>());
  }

  void vbTermsPickDecoderAtStepZero() {
    diffusion::DiffusionConfig config;
    config.learn_sigma = true;
    config.timestep_respacing = "50";
    const diffusion::GaussianDiffusion d(config);
    torch::manual_seed(1);
    const auto x0 = torch::rand({3, 3, 4, 4}) * 2 - 1;
    const auto noise = torch::randn({3, 3, 4, 4});
    const auto t = torch::tensor({0, 10, 49}, torch::kLong);
    const auto x_t = diffusion::q_sample(d.device_tables(), diffusion::StepIndex(t), x0, noise);
    // A perfect x0 prediction with v = 1 (posterior variance): KL = 0 away from t = 0.
    const auto out = torch::cat({x0, torch::ones_like(x0)}, 1);
    const auto vb = diffusion::vb_terms_bpd(d, out, x0, x_t, t);
    QCOMPARE(vb.sizes(), torch::IntArrayRef({3}));
    QVERIFY(std::abs(vb[1].item<double>()) < 1e-5);
    QVERIFY(std::abs(vb[2].item<double>()) < 1e-5);
    QVERIFY(vb[0].item<double>() > 0.0);  // the decoder NLL in bits/dim

    const auto weights = diffusion::loss_weight_table("sqrt_snr", d.tables(), torch::kCPU);
    const auto terms = diffusion::training_terms(d, diffusion::LossType::Mse, out, x0, x_t, t,
                                                 weights);
    PD_COMPARE_TENSORS(terms.mse, torch::zeros({3}), 0.0);
    PD_COMPARE_TENSORS(terms.loss, vb, 0.0);
  }
};

QTEST_GUILESS_MAIN(TestLosses)
#include "test_losses.moc"
