// SPDX-License-Identifier: GPL-3.0-or-later
// Every `sampling` entry of ../shared/reference/index.json: whole runs of the original
// sampler (DDPM fed its recorded step noise, DDIM from x_T; guidance, thresholding, splits),
// final images and every step's x0 prediction to 1e-3.
#include "core/diffusion/snr_splits.h"
#include "core/io/npy.h"
#include "core/sampling/sampler.h"
#include "sampling/reference_models.h"
#include "support/tensor_compare.h"

using namespace patchdiff;

class TestSamplingReference : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void run_matches_original_data() {
    QTest::addColumn<QString>("name");
    const auto index = test::reference_index();
    for (const auto& [name, entry] : index["sampling"].items())
      QTest::newRow(name.c_str()) << QString::fromStdString(name);
  }
  void run_matches_original() {
    QFETCH(QString, name);
    const auto entry = test::reference_index()["sampling"][name.toStdString()];
    std::vector<model::LoadedModel> models;
    for (const auto& m : entry["models"]) models.push_back(test::load_reference_model(m));
    sampling::Sampler sampler(models, entry["timestep_respacing"],
                              diffusion::parse_snr_splits(entry["snr_splits"]), torch::kCPU);

    const auto x_T = io::read_npy(test::reference_path(entry["x_T"]));
    torch::Tensor step_noise;
    if (entry.contains("step_noise")) step_noise = io::read_npy(test::reference_path(entry["step_noise"]));
    sampling::InjectedNoise noise(x_T, step_noise);
    sampling::RunRequest request;
    request.batch = x_T.size(0);
    request.noise = &noise;
    if (!entry["y"].is_null()) request.labels = torch::tensor(entry["y"].get<std::vector<int64_t>>());
    sampling::SamplerSettings settings;
    settings.solver = entry["use_ddim"].get<bool>() ? "ddim" : "ddpm";
    settings.guidance_scale = entry["guidance_scale"];
    settings.dynamic_threshold = entry["dynamic_threshold"].get<bool>() ? sampling::ThresholdMode::On
                                                                        : sampling::ThresholdMode::Off;
    std::vector<torch::Tensor> preds;
    const auto result = sampler.run(request, settings, [&](const sampling::StepRecord& r) {
      preds.push_back(r.pred_xstart.clone());
    });
    QVERIFY(!result.cancelled);

    const auto expected_preds = io::read_npy(test::reference_path(entry["pred_xstart"]));
    QCOMPARE(static_cast<int64_t>(preds.size()), expected_preds.size(0));
    double worst = 0;
    for (size_t i = 0; i < preds.size(); ++i)
      worst = std::max(worst, test::max_abs_diff(preds[i], expected_preds[static_cast<int64_t>(i)]));
    qInfo("x0 predictions: max abs error %.3g over %zu steps", worst, preds.size());
    QVERIFY2(worst <= 1e-3, qPrintable(QString("x0 prediction error %1").arg(worst)));
    PD_COMPARE_TENSORS(result.sample, io::read_npy(test::reference_path(entry["final"])), 1e-3);
  }

  // The split run uses the recorded model per step.
  void split_models_follow_reference() {
    const auto index = test::reference_index();
    for (const auto& [name, entry] : index["splits"].items()) {
      if (!entry.contains("model_index")) continue;
      // One model (linear schedule, as the reference) twice is enough to check the assignment.
      auto model = test::load_reference_model("base_p2");
      const std::string respacing = name.substr(name.find('@') + 1);
      sampling::Sampler sampler({model, model}, respacing,
                                diffusion::parse_snr_splits(name.substr(0, name.find('@'))), torch::kCPU);
      QCOMPARE(sampler.model_per_step(), entry["model_index"].get<std::vector<int>>());
    }
  }
};

QTEST_GUILESS_MAIN(TestSamplingReference)
#include "test_sampling_reference.moc"
