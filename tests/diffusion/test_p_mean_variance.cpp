// SPDX-License-Identifier: GPL-3.0-or-later
// core/diffusion/gaussian_diffusion: one learned-range reverse step against the original,
// and the DDPM / DDIM updates built on it.
#include "core/diffusion/gaussian_diffusion.h"
#include "core/diffusion/predictions.h"
#include "diffusion/diffusion_test_util.h"
#include "support/tensor_compare.h"

namespace diffusion = patchdiff::diffusion;
namespace pt = patchdiff::test;

namespace {

diffusion::GaussianDiffusion make_diffusion(const std::string& respacing,
                                            diffusion::VarianceType variance,
                                            diffusion::MeanType mean = diffusion::MeanType::XStart) {
  diffusion::DiffusionConfig config;
  config.timestep_respacing = respacing;
  config.mean_type = mean;
  config.learn_sigma = variance == diffusion::VarianceType::LearnedRange;
  config.sigma_small = variance == diffusion::VarianceType::FixedSmall;
  return diffusion::GaussianDiffusion(config);
}

}  // namespace

class TestPMeanVariance : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void matchesReferenceLearnedRangeStep() {
    // "p_mean_variance@250": respacing 250, learned range, x0 prediction; t holds one
    // respaced step index per image.
    const auto& entry = pt::reference_index().at("steps").at("p_mean_variance@250");
    const auto d = make_diffusion("250", diffusion::VarianceType::LearnedRange);
    const auto x_t = pt::reference_array(entry.at("x_t").get<std::string>());
    const auto model_out = pt::reference_array(entry.at("model_out").get<std::string>());
    const auto t = torch::tensor(entry.at("t").get<std::vector<int64_t>>(), torch::kLong);
    QCOMPARE(t.size(0), x_t.size(0));

    const auto out = d.p_mean_variance(model_out, x_t, diffusion::StepIndex(t));
    PD_COMPARE_TENSORS(out.pred_xstart,
                       pt::reference_array(entry.at("pred_xstart").get<std::string>()), 1e-6);
    PD_COMPARE_TENSORS(out.log_variance,
                       pt::reference_array(entry.at("log_variance").get<std::string>()), 1e-5);
    PD_COMPARE_TENSORS(out.mean, pt::reference_array(entry.at("mean").get<std::string>()), 1e-5);

    // Per image, the single-step path (what a sampling loop uses) gives the same numbers.
    for (int64_t i = 0; i < t.size(0); ++i) {
      const int step = static_cast<int>(t[i].item<int64_t>());
      const auto one = d.p_mean_variance(model_out.narrow(0, i, 1), x_t.narrow(0, i, 1), step);
      PD_COMPARE_TENSORS(one.mean, out.mean.narrow(0, i, 1), 0.0);
      PD_COMPARE_TENSORS(one.log_variance, out.log_variance.narrow(0, i, 1), 0.0);
    }
  }

  void fixedVariances() {
    const auto large = make_diffusion("10", diffusion::VarianceType::FixedLarge);
    const auto small = make_diffusion("10", diffusion::VarianceType::FixedSmall);
    const auto x = torch::randn({2, 3, 4, 4});
    const auto& t = large.tables();
    for (int step : {0, 1, 9}) {
      const double large_var = step == 0 ? t.posterior_variance[1] : t.betas[step];
      const auto lv = large.p_mean_variance(x, x, step).log_variance;
      QCOMPARE(lv.item<float>(), static_cast<float>(std::log(large_var)));
      const auto sv = small.p_mean_variance(x, x, step).log_variance;
      QCOMPARE(sv.item<float>(), static_cast<float>(t.posterior_log_variance_clipped[step]));
    }
  }

  void clipsAndAppliesDenoisedFnFirst() {
    const auto d = make_diffusion("10", diffusion::VarianceType::FixedLarge);
    const auto x = torch::full({1, 3, 2, 2}, 0.5);
    const auto big = torch::full({1, 3, 2, 2}, 3.0);
    QCOMPARE(d.p_mean_variance(big, x, 5).pred_xstart.max().item<float>(), 1.0f);
    QCOMPARE(d.p_mean_variance(big, x, 5, {}, /*clip_denoised=*/false).pred_xstart.max().item<float>(),
             3.0f);
    // denoised_fn runs before the clamp: 3 * 0.25 = 0.75 (clamping first would give 0.25).
    const auto halve = [](const torch::Tensor& x0) { return x0 * 0.25; };
    QCOMPARE(d.p_mean_variance(big, x, 5, halve).pred_xstart.max().item<float>(), 0.75f);
  }

  void meanTypesAgree() {
    // eps and v predictions that encode the same x0 give the same step.
    const auto dx = make_diffusion("25", diffusion::VarianceType::FixedSmall);
    const auto de = make_diffusion("25", diffusion::VarianceType::FixedSmall,
                                   diffusion::MeanType::Epsilon);
    const auto dv = make_diffusion("25", diffusion::VarianceType::FixedSmall, diffusion::MeanType::V);
    torch::manual_seed(0);
    const auto x0 = torch::rand({2, 3, 4, 4}) * 1.6 - 0.8;
    const auto noise = torch::randn({2, 3, 4, 4});
    const int step = 12;
    const auto& tab = dx.device_tables();
    const auto x_t = diffusion::q_sample(tab, step, x0, noise);
    const auto sa = std::sqrt(dx.tables().alphas_cumprod[step]);
    const auto s1 = std::sqrt(1 - dx.tables().alphas_cumprod[step]);
    const auto v = sa * noise - s1 * x0;
    PD_COMPARE_TENSORS(de.p_mean_variance(noise, x_t, step).pred_xstart, x0, 1e-5);
    PD_COMPARE_TENSORS(dv.p_mean_variance(v, x_t, step).pred_xstart, x0, 1e-5);
    PD_COMPARE_TENSORS(dx.p_mean_variance(x0, x_t, step).mean,
                       de.p_mean_variance(noise, x_t, step).mean, 1e-5);
  }

  void ddpmAddsNoiseExceptAtStepZero() {
    const auto d = make_diffusion("10", diffusion::VarianceType::LearnedRange);
    const auto x = torch::randn({2, 3, 4, 4});
    const auto out6 = torch::cat({torch::randn({2, 3, 4, 4}), torch::rand({2, 3, 4, 4})}, 1);
    const auto noise = torch::randn({2, 3, 4, 4});
    const auto mv0 = d.p_mean_variance(out6, x, 0);
    PD_COMPARE_TENSORS(d.p_sample(mv0, 0, noise), mv0.mean, 0.0);
    const auto mv = d.p_mean_variance(out6, x, 4);
    PD_COMPARE_TENSORS(d.p_sample(mv, 4, noise),
                       mv.mean + torch::exp(0.5 * mv.log_variance) * noise, 0.0);
  }

  void ddimFollowsTheForwardProcessForATrueX0() {
    // With the true x0 and eta = 0, a DDIM step lands on q_sample at the previous step.
    const auto d = make_diffusion("ddim25", diffusion::VarianceType::FixedLarge);
    torch::manual_seed(1);
    const auto x0 = torch::rand({2, 3, 4, 4}) * 1.6 - 0.8;
    const auto noise = torch::randn({2, 3, 4, 4});
    const auto& tab = d.device_tables();
    for (int step : {1, 10, 24}) {
      const auto x_t = diffusion::q_sample(tab, step, x0, noise);
      const auto mv = d.p_mean_variance(x0, x_t, step);
      const auto prev = d.ddim_sample(mv, x_t, step, /*eta=*/0.0);
      const auto a_prev = d.tables().alphas_cumprod[step - 1];
      PD_COMPARE_TENSORS(prev, std::sqrt(a_prev) * x0 + std::sqrt(1 - a_prev) * noise, 2e-5);
    }
    const auto x_t = diffusion::q_sample(tab, 0, x0, noise);
    PD_COMPARE_TENSORS(d.ddim_sample(d.p_mean_variance(x0, x_t, 0), x_t, 0, 1.0, noise), x0, 1e-5);
    // eta = 1 at step > 0 adds sigma * noise.
    const auto x5 = diffusion::q_sample(tab, 5, x0, noise);
    const auto mv5 = d.p_mean_variance(x0, x5, 5);
    const auto z = torch::randn({2, 3, 4, 4});
    QVERIFY(!d.ddim_sample(mv5, x5, 5, 1.0, z).equal(d.ddim_sample(mv5, x5, 5, 0.0)));
  }

  void modelSeesOriginalTimesteps() {
    const auto d = make_diffusion("ddim50", diffusion::VarianceType::FixedLarge);
    const auto ts = d.model_timesteps(3, 4);
    QCOMPARE(ts.scalar_type(), torch::kLong);
    QCOMPARE(ts.size(0), int64_t(4));
    QCOMPARE(ts[0].item<int64_t>(), int64_t(60));
    QCOMPARE(d.original_num_steps(), 1000);
    QCOMPARE(d.num_steps(), 50);
  }

  void respacingEverythingKeepsTheBaseTables() {
    const auto d = make_diffusion("", diffusion::VarianceType::FixedLarge);
    const auto& a = d.tables();
    const auto& b = d.base_tables();
    for (int i = 0; i < d.num_steps(); i += 97) {
      QVERIFY(std::abs(a.betas[i] - b.betas[i]) <= 1e-15);
      QVERIFY(std::abs(a.alphas_cumprod[i] - b.alphas_cumprod[i]) <= 1e-15);
    }
  }

  void rejectsSingleStep() {
    const std::string msg = pt::config_error_of(
        [] { make_diffusion("1", diffusion::VarianceType::FixedLarge); });
    QVERIFY2(msg.find("at least 2 steps") != std::string::npos, msg.c_str());
  }
};

QTEST_GUILESS_MAIN(TestPMeanVariance)
#include "test_p_mean_variance.moc"
