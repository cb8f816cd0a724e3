// SPDX-License-Identifier: GPL-3.0-or-later
// The sampler's own promises: batched guidance equals two passes, seeds independent of batch
// position, cancellation between steps, branching from a step, and clear errors.
#include <ATen/Parallel.h>

#include "core/diffusion/guidance.h"
#include "core/error.h"
#include "core/sampling/sampler.h"
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
}  // namespace

class TestSampler : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void batched_guidance_equals_two_passes() {
    auto m = test::load_reference_model("cond_p4");
    sampling::Sampler sampler({m}, "10", {}, torch::kCPU);
    c10::InferenceMode guard;
    torch::manual_seed(3);
    const auto x = torch::randn({2, 3, 32, 32});
    const auto labels = torch::tensor({0, 4});
    const int step = 6;
    const auto batched = sampler.model_output(x, step, labels, 2.0);
    // The original: two passes, one after the other, then the eps combination.
    const auto t = sampler.diffusion().model_timesteps(step, 2);
    const auto cond = m.net->forward(x, t, labels);
    const auto uncond = m.net->forward(x, t, torch::full({2}, 5, torch::kLong));
    const auto two_pass = diffusion::classifier_free_guidance(sampler.diffusion(), cond, uncond, x, step, 2.0);
    PD_COMPARE_TENSORS(batched, two_pass.output, 1e-5);
    QVERIFY(test::max_abs_diff(batched, cond) > 1e-3);  // guidance did something
  }

  void image_i_is_the_same_in_any_batch() {
    auto m = test::load_reference_model("cond_p8");
    sampling::Sampler sampler({m}, "4", {}, torch::kCPU);
    sampling::SamplerSettings settings;
    settings.guidance_scale = 1.5;
    sampling::SeededNoise batch_noise(1234, 0);
    const auto batch = sampler.run(request_for(3, &batch_noise, {0, 1, 2}), settings);
    sampling::SeededNoise single_noise(1234, 2);  // image 2 alone
    const auto single = sampler.run(request_for(1, &single_noise, {2}), settings);
    PD_COMPARE_TENSORS(single.sample[0], batch.sample[2], 1e-5);
    sampling::SeededNoise other_seed(1235, 2);
    const auto other = sampler.run(request_for(1, &other_seed, {2}), settings);
    QVERIFY(test::max_abs_diff(other.sample[0], batch.sample[2]) > 1e-2);
  }

  void seeded_streams_are_distinct_and_reproducible() {
    sampling::SeededNoise a(7, 0), b(7, 0);
    const auto x1 = a.initial(2, 8, 8);
    QVERIFY(torch::equal(x1, b.initial(2, 8, 8)));
    QVERIFY(!torch::equal(x1[0], x1[1]));
    QVERIFY(!torch::equal(a.step(0, 1, 8, 8), a.step(1, 1, 8, 8)));
    QVERIFY(!torch::equal(a.step(0, 1, 8, 8)[0], x1[0]));
  }

  void seeded_noise_does_not_depend_on_thread_count() {
    // Images are drawn in parallel; each must still be its own generator's stream.
    const int threads = at::get_num_threads();
    sampling::SeededNoise noise(42, 3);
    at::set_num_threads(1);
    const auto serial_initial = noise.initial(5, 8, 8), serial_step = noise.step(7, 5, 8, 8);
    at::set_num_threads(std::max(2, threads));
    QVERIFY(torch::equal(noise.initial(5, 8, 8), serial_initial));
    QVERIFY(torch::equal(noise.step(7, 5, 8, 8), serial_step));
    at::set_num_threads(threads);
    for (int64_t i = 0; i < 5; ++i)
      QVERIFY(torch::equal(serial_step[i], sampling::seeded_normal(sampling::derive_seed(42, 3 + i, 7), 8, 8)));
  }

  void cancel_in_the_middle_returns_last_prediction() {
    auto m = test::load_reference_model("cond_p8");
    sampling::Sampler sampler({m}, "8", {}, torch::kCPU);
    sampling::SeededNoise noise(5, 0);
    std::atomic_bool cancel{false};
    int seen = 0;
    torch::Tensor last_pred;
    const auto result = sampler.run(request_for(1, &noise, {1}), {}, [&](const sampling::StepRecord& r) {
      ++seen;
      last_pred = r.pred_xstart.clone();
      if (r.index == 3) cancel = true;
    }, &cancel);
    QVERIFY(result.cancelled);
    QCOMPARE(result.steps_done, 4);
    QCOMPARE(seen, 4);
    QVERIFY(torch::equal(result.sample, last_pred));
  }

  void branch_from_step_reproduces_the_rest() {
    auto m = test::load_reference_model("cond_p8");
    sampling::Sampler sampler({m}, "6", {}, torch::kCPU);
    sampling::SeededNoise noise(11, 0);
    std::vector<torch::Tensor> xs, preds;
    const auto parent = sampler.run(request_for(2, &noise, {0, 2}), {}, [&](const sampling::StepRecord& r) {
      xs.push_back(r.x_t.clone());
      preds.push_back(r.pred_xstart.clone());
    });
    auto branch_request = request_for(2, &noise, {0, 2});
    branch_request.start_index = 3;
    branch_request.start_x = xs[3];
    std::vector<torch::Tensor> branch_preds;
    const auto branch = sampler.run(branch_request, {}, [&](const sampling::StepRecord& r) {
      QVERIFY(r.index >= 3);
      branch_preds.push_back(r.pred_xstart.clone());
    });
    QCOMPARE(branch_preds.size(), size_t(3));
    for (size_t i = 0; i < 3; ++i) QVERIFY(torch::equal(branch_preds[i], preds[3 + i]));
    QVERIFY(torch::equal(branch.sample, parent.sample));
  }

  void observer_sees_every_step_with_its_numbers() {
    auto m = test::load_reference_model("cond_p8");
    sampling::Sampler sampler({m}, "5", {}, torch::kCPU);
    sampling::SeededNoise noise(1, 0);
    std::vector<sampling::StepRecord> records;
    sampler.run(request_for(1, &noise, {0}), {}, [&](const sampling::StepRecord& r) { records.push_back(r); });
    QCOMPARE(records.size(), size_t(5));
    for (size_t i = 0; i < records.size(); ++i) {
      QCOMPARE(records[i].index, int(i));
      QCOMPARE(records[i].step, int(4 - i));
      QCOMPARE(records[i].timestep, sampler.diffusion().timestep_map()[4 - i]);
      QVERIFY(records[i].guidance_gap.defined());      // default scale 1.5 guides
      QVERIFY(records[i].threshold_scale.defined());   // auto: on when guiding
      if (i > 0) QVERIFY(records[i].snr > records[i - 1].snr);
    }
  }

  void errors_are_clear_data() {
    QTest::addColumn<QString>("case_name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("label") << "label" << "class label 7 is out of range";
    QTest::newRow("splits") << "splits" << "1 SNR split(s) need 2 models";
    QTest::newRow("image size") << "image size" << "disagree on image_size";
    QTest::newRow("respacing") << "respacing" << "cannot give 2000";
    QTest::newRow("missing labels") << "missing labels" << "give one class label per image";
  }
  void errors_are_clear() {
    QFETCH(QString, case_name);
    QFETCH(QString, expected);
    auto p8 = test::load_reference_model("cond_p8");
    try {
      if (case_name == "label") {
        sampling::Sampler sampler({p8}, "4", {}, torch::kCPU);
        sampling::SeededNoise noise(1, 0);
        sampler.run(request_for(1, &noise, {7}), {});
      } else if (case_name == "splits") {
        sampling::Sampler sampler({p8}, "4", {0.25}, torch::kCPU);  // 1 model, 1 boundary
      } else if (case_name == "image size") {
        sampling::Sampler sampler({p8, test::load_reference_model("cond_p4")}, "4", {0.25}, torch::kCPU);
      } else if (case_name == "respacing") {
        sampling::Sampler sampler({p8}, "2000", {}, torch::kCPU);
      } else {
        sampling::Sampler sampler({p8}, "4", {}, torch::kCPU);
        sampling::SeededNoise noise(1, 0);
        sampling::RunRequest r;
        r.noise = &noise;
        sampler.run(r, {});
      }
      QFAIL("no error");
    } catch (const ConfigError& e) {
      QVERIFY2(QString(e.what()).contains(expected), e.what());
    }
  }
};

QTEST_GUILESS_MAIN(TestSampler)
#include "test_sampler.moc"
