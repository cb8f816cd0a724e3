// SPDX-License-Identifier: GPL-3.0-or-later
// Euler on the respaced grid is DDIM with eta 0: on every DDIM entry of
// ../shared/reference/index.json, the euler solver reproduces the original's final image
// and every step's x0 prediction to 1e-3.
#include "core/diffusion/snr_splits.h"
#include "core/io/npy.h"
#include "core/sampling/sampler.h"
#include "sampling/reference_models.h"
#include "support/tensor_compare.h"

using namespace patchdiff;

class TestSolversReference : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void euler_equals_ddim_eta0_data() {
    QTest::addColumn<QString>("name");
    // The index must outlive the loop: items() only refers to it.
    const auto index = test::reference_index();
    for (const auto& [name, entry] : index["sampling"].items())
      if (entry["use_ddim"].get<bool>()) QTest::newRow(name.c_str()) << QString::fromStdString(name);
  }
  void euler_equals_ddim_eta0() {
    QFETCH(QString, name);
    const auto entry = test::reference_index()["sampling"][name.toStdString()];
    std::vector<model::LoadedModel> models;
    for (const auto& m : entry["models"]) models.push_back(test::load_reference_model(m));
    sampling::Sampler sampler(models, entry["timestep_respacing"],
                              diffusion::parse_snr_splits(entry["snr_splits"]), torch::kCPU);
    const auto x_T = io::read_npy(test::reference_path(entry["x_T"]));
    sampling::InjectedNoise noise(x_T, torch::Tensor());
    sampling::RunRequest request;
    request.batch = x_T.size(0);
    request.noise = &noise;
    if (!entry["y"].is_null()) request.labels = torch::tensor(entry["y"].get<std::vector<int64_t>>());
    sampling::SamplerSettings settings;
    settings.solver = "euler";
    settings.guidance_scale = entry["guidance_scale"];
    settings.dynamic_threshold = entry["dynamic_threshold"].get<bool>() ? sampling::ThresholdMode::On
                                                                        : sampling::ThresholdMode::Off;
    std::vector<torch::Tensor> preds;
    const auto result = sampler.run(request, settings, [&](const sampling::StepRecord& r) {
      preds.push_back(r.pred_xstart.clone());
    });
    const auto expected_preds = io::read_npy(test::reference_path(entry["pred_xstart"]));
    QCOMPARE(static_cast<int64_t>(preds.size()), expected_preds.size(0));
    for (size_t i = 0; i < preds.size(); ++i)
      PD_COMPARE_TENSORS(preds[i], expected_preds[static_cast<int64_t>(i)], 1e-3);
    PD_COMPARE_TENSORS(result.sample, io::read_npy(test::reference_path(entry["final"])), 1e-3);
  }
};

QTEST_GUILESS_MAIN(TestSolversReference)
#include "test_solvers_reference.moc"
