// SPDX-License-Identifier: GPL-3.0-or-later
// The training loss terms against the original's `losses` (../shared/reference): the
// reference network base_p2, given x0, noise and t, through the trainer's forward pass.
#include <cmath>

#include "core/diffusion/gaussian_diffusion.h"
#include "core/diffusion/loss_weights.h"
#include "core/diffusion/losses.h"
#include "core/diffusion/predictions.h"
#include "core/io/npy.h"
#include "core/training/train_network.h"
#include "sampling/reference_models.h"
#include "support/tensor_compare.h"

namespace diffusion = patchdiff::diffusion;
namespace pt = patchdiff::test;

class TestTrainingLosses : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void lossesEqualReference() {
    const auto entry = pt::reference_index()["losses"]["base_p2"];
    auto loaded = pt::load_reference_model("base_p2");
    const auto x0 = patchdiff::io::read_npy(pt::reference_path(entry["x_start"])).to(torch::kFloat32);
    const auto noise = patchdiff::io::read_npy(pt::reference_path(entry["noise"])).to(torch::kFloat32);
    const auto t = torch::tensor(entry["t"].get<std::vector<int64_t>>(), torch::kLong);

    auto config = loaded.config.diffusion;
    config.weight_schedule = entry["weight_schedule"].get<std::string>();
    const diffusion::GaussianDiffusion d(config);
    const auto x_t = diffusion::q_sample(d.device_tables(), diffusion::StepIndex(t), x0, noise);
    const auto out = patchdiff::training::training_forward(*loaded.net, x_t, t);
    const auto weights = diffusion::loss_weight_table(config.weight_schedule, d.tables(), torch::kCPU);
    const auto terms = diffusion::training_terms(d, diffusion::loss_type(config), out, x0, x_t, t, weights);

    double worst = 0;
    const std::vector<std::pair<const char*, torch::Tensor>> computed{
        {"mse", terms.mse}, {"vb", terms.vb}, {"loss", terms.loss}};
    for (const auto& [key, ours] : computed) {
      const auto expected = entry[key].get<std::vector<double>>();
      QCOMPARE(ours.size(0), static_cast<int64_t>(expected.size()));
      for (size_t i = 0; i < expected.size(); ++i) {
        const double got = ours[static_cast<int64_t>(i)].item<double>();
        const double rel = std::abs(got - expected[i]) / std::max(std::abs(expected[i]), 1e-30);
        qInfo("%-4s t=%4lld: ours %.9g, reference %.9g, relative error %.2e", key,
              static_cast<long long>(t[static_cast<int64_t>(i)].item<int64_t>()), got, expected[i], rel);
        worst = std::max(worst, rel);
        // 1e-4 relative. The t = 999 vb term (3e-7 bits) is a KL between nearly equal
        // Gaussians, made of per-pixel differences of O(1) float32 log-variances: its error
        // is absolute (about 1e-9 bits, varying with the thread count), so it gets a floor
        // of 1e-8 bits.
        QVERIFY2(rel <= 1e-4 || std::abs(got - expected[i]) <= 1e-8,
                 qPrintable(QString("%1 at index %2: %3 vs %4").arg(key).arg(i).arg(got).arg(expected[i])));
      }
    }
    qInfo("worst relative error %.2e", worst);
  }
};

QTEST_GUILESS_MAIN(TestTrainingLosses)
#include "test_training_losses.moc"
