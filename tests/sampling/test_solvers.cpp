// SPDX-License-Identifier: GPL-3.0-or-later
// Every solver of the registry through the sampling loop on a real (reference) model:
// stochastic solvers draw their noise from the per-image seeded streams (image i is the same
// in any batch), and a branch from a step, carrying the recorded solver state, reproduces
// the rest of the run for multistep solvers too.
#include "core/sampling/sampler.h"
#include "core/sampling/sampler_catalog.h"
#include "sampling/reference_models.h"
#include "support/tensor_compare.h"

using namespace patchdiff;

namespace {
sampling::RunRequest request_for(int64_t batch, sampling::NoiseSource* noise, std::vector<int64_t> labels) {
  sampling::RunRequest r;
  r.batch = batch;
  r.noise = noise;
  r.labels = torch::tensor(labels);
  return r;
}

sampling::SamplerSettings settings_for(const std::string& solver) {
  sampling::SamplerSettings s;
  s.solver = solver;
  s.eta = sampling::solver_info(solver).default_eta;
  if (solver == "ddim") s.eta = 1.0;  // the stochastic form
  s.guidance_scale = 1.5;
  return s;
}
}  // namespace

class TestSolvers : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void image_i_is_the_same_in_any_batch_data() {
    QTest::addColumn<QString>("solver");
    for (const auto& info : sampling::solver_infos())
      if (info.draws_noise) QTest::newRow(info.id.c_str()) << QString::fromStdString(info.id);
  }
  void image_i_is_the_same_in_any_batch() {
    QFETCH(QString, solver);
    auto m = test::load_reference_model("cond_p8");
    sampling::Sampler sampler({m}, "4", {}, torch::kCPU);
    const auto settings = settings_for(solver.toStdString());
    sampling::SeededNoise batch_noise(77, 0);
    const auto batch = sampler.run(request_for(3, &batch_noise, {0, 1, 2}), settings);
    sampling::SeededNoise single_noise(77, 2);
    const auto single = sampler.run(request_for(1, &single_noise, {2}), settings);
    PD_COMPARE_TENSORS(single.sample[0], batch.sample[2], 1e-5);
    // The step noise matters: another seed for the steps only changes the image.
    sampling::SeededNoise other_steps(78, 2);
    sampling::InjectedNoise same_x_T(single_noise.initial(1, sampler.image_size(), sampler.image_size()), {}, &other_steps);
    const auto other = sampler.run(request_for(1, &same_x_T, {2}), settings);
    QVERIFY(test::max_abs_diff(other.sample[0], batch.sample[2]) > 1e-3);
  }

  void branch_carries_the_solver_state_data() {
    QTest::addColumn<QString>("solver");
    for (const auto& info : sampling::solver_infos()) QTest::newRow(info.id.c_str()) << QString::fromStdString(info.id);
  }
  void branch_carries_the_solver_state() {
    QFETCH(QString, solver);
    auto m = test::load_reference_model("cond_p8");
    sampling::Sampler sampler({m}, "6", {}, torch::kCPU);
    const auto settings = settings_for(solver.toStdString());
    sampling::SeededNoise noise(11, 0);
    std::vector<torch::Tensor> xs;
    std::vector<sampling::SolverState> states;
    const auto parent = sampler.run(request_for(2, &noise, {0, 2}), settings, [&](const sampling::StepRecord& r) {
      xs.push_back(r.x_next.clone());
      states.push_back(r.solver_state);
    });
    auto branch_request = request_for(2, &noise, {0, 2});
    branch_request.start_index = 3;
    branch_request.start_x = xs[2];
    branch_request.start_state = states[2];
    const auto branch = sampler.run(branch_request, settings);
    QCOMPARE(branch.steps_done, 3);
    PD_COMPARE_TENSORS(branch.sample, parent.sample, 1e-6);
  }
};

QTEST_GUILESS_MAIN(TestSolvers)
#include "test_solvers.moc"
