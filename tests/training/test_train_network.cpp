// SPDX-License-Identifier: GPL-3.0-or-later
// core/training/train_network: the original's zero init, its gradient path into the
// variance head, and label dropout.
#include <ATen/CPUGeneratorImpl.h>

#include "core/diffusion/gaussian_diffusion.h"
#include "core/diffusion/snr_splits.h"
#include "core/error.h"
#include "core/model/config_resolver.h"
#include "core/model/unet.h"
#include "core/training/schedule_sampler.h"
#include "core/training/train_network.h"
#include "support/tensor_compare.h"
#include "training/training_test_util.h"

namespace diffusion = patchdiff::diffusion;
namespace model = patchdiff::model;
namespace training = patchdiff::training;
namespace pt = patchdiff::test;

namespace {

model::UNet tiny_net(bool class_cond) {
  const auto config = model::resolve_config({}, pt::tiny_model_flags(/*learn_sigma=*/true, class_cond), std::nullopt);
  auto cfg = config.model;
  if (class_cond) cfg.num_classes = 5;
  torch::manual_seed(7);
  model::UNet net(cfg);
  torch::NoGradGuard no_grad;
  // Perturb every parameter so no zero-initialised layer hides a path.
  for (auto& p : net->parameters()) p.add_(torch::randn_like(p) * 0.05);
  return net;
}

bool is_torso(const std::string& name) {
  return name.rfind("input_blocks.", 0) == 0 || name.rfind("middle_block.", 0) == 0 ||
         name.rfind("output_blocks.", 0) == 0 || name.rfind("out.", 0) == 0 ||
         name.rfind("label_embs.", 0) == 0;
}

}  // namespace

class TestTrainNetwork : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  // One intra-op thread: spinning OpenMP teams make a loaded machine erratically slow.
  void initTestCase() { torch::set_num_threads(1); }

  void trainingForwardEqualsForward() {
    auto net = tiny_net(/*class_cond=*/true);
    torch::manual_seed(3);
    const auto x = torch::randn({3, 3, 16, 16});
    const auto t = torch::tensor({0, 500, 999}, torch::kLong);
    const auto y = torch::tensor({0, 4, 5}, torch::kLong);
    torch::NoGradGuard no_grad;
    // Equal up to float rounding: forward() may take faster conv paths.
    PD_COMPARE_TENSORS(training::training_forward(*net, x, t, y), net->forward(x, t, y), 1e-5);
  }

  void varianceLossDoesNotTrainTheTorso() {
    auto net = tiny_net(/*class_cond=*/true);
    torch::manual_seed(4);
    const auto x = torch::randn({2, 3, 16, 16});
    const auto out = training::training_forward(*net, x, torch::tensor({10, 700}, torch::kLong),
                                                torch::tensor({1, 2}, torch::kLong));
    out.narrow(1, 3, 3).pow(2).sum().backward();  // a loss on the variance channels only
    int torso = 0, head = 0;
    for (const auto& item : net->named_parameters()) {
      const auto& g = item.value().grad();
      const bool nonzero = g.defined() && g.abs().sum().item<double>() > 0;
      if (is_torso(item.key())) {
        QVERIFY2(!nonzero, qPrintable(QString::fromStdString(item.key() + " received a gradient")));
        ++torso;
      } else if (item.key().rfind("variance_output", 0) == 0 || item.key().rfind("time_embed", 0) == 0) {
        QVERIFY2(nonzero, qPrintable(QString::fromStdString(item.key() + " received no gradient")));
        ++head;
      }
    }
    QVERIFY(torso > 50 && head >= 6);
  }

  void zeroInitMatchesOriginal() {
    const auto config = model::resolve_config({}, pt::tiny_model_flags(), std::nullopt);
    model::UNet net(config.model);
    const auto zeroed = training::zero_init_like_original(*net);
    // Per residual block emb_layers (weight, bias) and out_layers.2 (weight, bias); per
    // attention block proj_out (weight, bias); and out.2 (weight, bias).
    int resblocks = 0, attention = 0;
    for (const auto& item : net->named_parameters()) {
      if (item.key().find(".emb_layers.weight") != std::string::npos) ++resblocks;
      if (item.key().find(".proj_out.weight") != std::string::npos) ++attention;
    }
    QCOMPARE(static_cast<int>(zeroed.size()), 4 * resblocks + 2 * attention + 2);
    for (const auto& name : {"out.2.weight", "out.2.bias", "middle_block.1.proj_out.weight",
                             "middle_block.0.emb_layers.weight", "middle_block.0.out_layers.2.bias"})
      QVERIFY(std::find(zeroed.begin(), zeroed.end(), name) != zeroed.end());
    for (const auto& item : net->named_parameters()) {
      const bool zero = item.value().abs().sum().item<double>() == 0;
      const bool listed = std::find(zeroed.begin(), zeroed.end(), item.key()) != zeroed.end();
      if (listed) QVERIFY(zero);
      else if (item.key().find("weight") != std::string::npos && item.key().find(".norm") == std::string::npos &&
               item.key().find("in_layers.0") == std::string::npos && item.key().find("out.0") == std::string::npos)
        QVERIFY2(!zero, qPrintable(QString::fromStdString(item.key())));
    }
    // A fresh model predicts x0 = 0 everywhere.
    torch::NoGradGuard no_grad;
    const auto out = net->forward(torch::randn({2, 3, 16, 16}), torch::tensor({5, 900}, torch::kLong));
    QCOMPARE(out.narrow(1, 0, 3).abs().max().item<double>(), 0.0);
  }

  void splitSamplerWeightsAreBandFractions() {
    // uniform_split_k draws t in its SNR band and weighs the loss by n_k / T, as the
    // original's importance weights 1 / (T p(t)) with p uniform over the band.
    diffusion::DiffusionConfig config;
    const diffusion::GaussianDiffusion d(config);
    const auto& snrs = d.tables().snr;
    auto gen = at::make_generator<at::CPUGeneratorImpl>(5);
    for (int k = 0; k < 2; ++k) {
      const auto sampler = training::make_schedule_sampler("uniform_split_" + std::to_string(k), snrs, {0.25});
      const auto band = diffusion::uniform_split_timesteps(snrs, diffusion::snr_boundaries({0.25}), k);
      const auto draw = sampler->sample(512, gen);
      const float expected = static_cast<float>(band.size()) / 1000.0f;
      QVERIFY(draw.weights.eq(expected).all().item<bool>());
      QVERIFY(draw.t.ge(band.front()).all().item<bool>() && draw.t.le(band.back()).all().item<bool>());
      qInfo("uniform_split_%d: %zu steps, weight %.3f", k, band.size(), expected);
    }
    const auto uniform = training::make_schedule_sampler("uniform", snrs, {});
    QVERIFY(uniform->sample(64, gen).weights.eq(1.0f).all().item<bool>());
    QVERIFY_THROWS_EXCEPTION(patchdiff::ConfigError, training::make_schedule_sampler("bogus", snrs, {}));
  }

  void labelDropoutRate_data() {
    QTest::addColumn<double>("p");
    QTest::newRow("0") << 0.0;
    QTest::newRow("0.1") << 0.1;
    QTest::newRow("0.25") << 0.25;
  }
  void labelDropoutRate() {
    QFETCH(double, p);
    constexpr int64_t n = 200000, null_label = 7;
    auto gen = at::make_generator<at::CPUGeneratorImpl>(42);
    const auto labels = torch::randint(null_label, {n}, torch::kLong);
    const auto dropped = training::drop_labels(labels, p, null_label, gen);
    const double rate = (dropped == null_label).to(torch::kFloat64).mean().item<double>();
    qInfo("requested %.2f, observed %.4f", p, rate);
    // 5 standard deviations of a binomial proportion.
    QVERIFY(std::abs(rate - p) <= 5 * std::sqrt(p * (1 - p) / n) + 1e-12);
    // Kept labels are untouched.
    const auto kept = dropped != null_label;
    QVERIFY(torch::equal(dropped.masked_select(kept), labels.masked_select(kept)));
  }
};

QTEST_GUILESS_MAIN(TestTrainNetwork)
#include "test_train_network.moc"
