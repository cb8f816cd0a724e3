// SPDX-License-Identifier: GPL-3.0-or-later
// Runs that start from an image: strength 1 is generation from noise, a strength near 0
// returns the input, inpainting keeps the unmasked pixels exactly (RePaint's jumps too), a
// run's description regenerates it, and the RePaint walk is the original's schedule.
#include "core/error.h"
#include "core/io/atomic_file.h"
#include "core/io/base64.h"
#include "core/io/image.h"
#include "core/io/input_image.h"
#include "core/sampling/image_condition.h"
#include "core/sampling/run_spec.h"
#include "core/sampling/sample_images.h"
#include "core/sampling/schedule.h"
#include "sampling/reference_models.h"
#include "support/error_of.h"
#include "support/tensor_compare.h"

using namespace patchdiff;

namespace {

std::string bundled(int p) {
  return std::string(PATCHDIFF_SOURCE_DIR) + "/resources/models/emoji64_p" + std::to_string(p) + ".pt";
}

sampling::SamplerSettings fast_job(const std::string& solver, const std::string& steps) {
  sampling::SamplerSettings s;
  s.solver = solver;
  s.timestep_respacing = steps;
  s.guidance_scale = 1.5;
  return s;
}

// The images a run makes, as 8-bit pixels [N, S, S, 3].
torch::Tensor run_pixels(sampling::Sampler& sampler, const sampling::SamplerSettings& job, int64_t n,
                         const sampling::InitImages& inputs, std::vector<int64_t> labels = {}) {
  sampling::ImagesRequest request;
  request.num_images = n;
  request.batch_size = n;
  request.seed = 11;
  request.labels = labels.empty() && sampler.class_conditional() ? std::vector<int64_t>(n, 1) : labels;
  request.init_images = inputs;
  return io::to_uint8_nhwc(sampling::sample_images(sampler, job, request).images);
}

// A left half kept (0), right half regenerated (255).
torch::Tensor right_half_mask(int64_t count, int64_t size) {
  auto mask = torch::zeros({count, size, size}, torch::kUInt8);
  mask.narrow(2, size / 2, size - size / 2).fill_(255);
  return mask;
}

double mean_abs_levels(const torch::Tensor& a, const torch::Tensor& b) {
  return (a.to(torch::kFloat64) - b.to(torch::kFloat64)).abs().mean().item<double>();
}

}  // namespace

class TestImageCondition : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void moves_are_repaints_schedule() {
    // RePaint's get_schedule_jump(t_T=6, jump_length=2, jump_n_sample=2) visits t = 5 4 3 2 3 4 3
    // 2 1 0 1 2 1 0 -1; position p = 5 - t.
    const std::vector<std::pair<int, int>> expected{{0, 1}, {1, 2}, {2, 3}, {3, 1}, {1, 2}, {2, 3},
                                                    {3, 4}, {4, 5}, {5, 3}, {3, 4}, {4, 5}, {5, 6}};
    const auto moves = sampling::sampling_moves(0, 6, 1, 2);
    QCOMPARE(moves.size(), expected.size());
    for (size_t i = 0; i < moves.size(); ++i) {
      QCOMPARE(moves[i].from, expected[i].first);
      QCOMPARE(moves[i].to, expected[i].second);
    }
    // Without jumps: one step per point from the start; from a later start, relative to it.
    const auto plain = sampling::sampling_moves(3, 6, 0, 10);
    QCOMPARE(plain.size(), size_t{3});
    QCOMPARE(plain.front().from, 3);
    const auto later = sampling::sampling_moves(2, 8, 1, 2);  // as t_T = 6 above, shifted by 2
    QCOMPARE(later.size(), expected.size());
    for (size_t i = 0; i < later.size(); ++i) QCOMPARE(later[i].from, expected[i].first + 2);
  }

  void strength_picks_the_nearest_point() {
    auto m = test::load_reference_model("cond_p4");
    sampling::Sampler sampler({m}, "20", {}, torch::kCPU);
    const auto points = sampling::schedule_points("uniform", sampler.diffusion());
    const auto& d = sampler.diffusion();
    QCOMPARE(sampling::start_index_for_strength(points, d, 1.0), 0);
    QCOMPARE(sampling::start_index_for_strength(points, d, 1e-6), static_cast<int>(points.size()) - 1);
    int previous = 0;
    for (double s : {0.9, 0.7, 0.5, 0.3, 0.1}) {
      const int k = sampling::start_index_for_strength(points, d, s);
      QVERIFY(k >= previous);  // less strength, later start
      // Nearest: no other point is closer to s.
      for (const auto& p : points)
        QVERIFY(std::abs(sampling::point_strength(p, d) - s) >=
                std::abs(sampling::point_strength(points[static_cast<size_t>(k)], d) - s) - 1e-12);
      previous = k;
    }
    QVERIFY(test::error_of<ConfigError>([&] { sampling::start_index_for_strength(points, d, 0.0); }).find("(0, 1]") !=
            std::string::npos);
  }

  void strength_one_is_generation_from_noise() {
    auto m = test::load_reference_model("cond_p4");
    sampling::Sampler sampler({m}, "8", {}, torch::kCPU);
    const auto job = fast_job("ddpm", "8");
    const auto plain = run_pixels(sampler, job, 3, {});
    sampling::InitImages inputs;
    inputs.pixels = torch::randint(0, 256, {1, 32, 32, 3}, torch::kUInt8);
    QVERIFY(torch::equal(run_pixels(sampler, job, 3, inputs), plain));
    auto partial = job;
    partial.strength = 0.5;
    QVERIFY(!torch::equal(run_pixels(sampler, partial, 3, inputs), plain));
  }

  void inpainting_keeps_the_unmasked_pixels_exactly() {
    auto m = test::load_reference_model("cond_p4");
    for (const auto& solver : {"ddpm", "unipc"}) {
      sampling::Sampler sampler({m}, "10", {}, torch::kCPU);
      sampling::InitImages inputs;
      inputs.pixels = torch::randint(0, 256, {2, 32, 32, 3}, torch::kUInt8);
      inputs.masks = right_half_mask(2, 32);
      for (double strength : {1.0, 0.6}) {
        for (int jumps : {0, 2}) {
          auto job = fast_job(solver, "10");
          job.strength = strength;
          job.repaint_jumps = jumps;
          job.repaint_jump_length = 3;
          const auto out = run_pixels(sampler, job, 4, inputs);  // images 2, 3 reuse inputs 0, 1
          for (int64_t i = 0; i < 4; ++i) {
            const auto kept = out[i].narrow(1, 0, 16), input = inputs.pixels[i % 2].narrow(1, 0, 16);
            QVERIFY2(torch::equal(kept, input), solver);
            // The regenerated half is the model's, not the input's.
            QVERIFY(mean_abs_levels(out[i].narrow(1, 16, 16), inputs.pixels[i % 2].narrow(1, 16, 16)) > 1.0);
          }
        }
      }
    }
  }

  void observer_sees_each_step_once_with_jumps() {
    auto m = test::load_reference_model("cond_p8");
    sampling::Sampler sampler({m}, "9", {}, torch::kCPU);
    auto job = fast_job("ddim", "9");
    job.strength = 0.7;
    job.repaint_jumps = 2;
    job.repaint_jump_length = 2;
    sampling::InitImages inputs;
    inputs.pixels = torch::randint(0, 256, {1, 64, 64, 3}, torch::kUInt8);
    inputs.masks = right_half_mask(1, 64);
    sampling::ImagesRequest request;
    request.labels = {2};
    request.init_images = inputs;
    std::vector<int> seen;
    sampling::ImagesObserver observer;
    observer.step = [&](int64_t, int64_t, const sampling::StepRecord& r) { seen.push_back(r.index); };
    const auto out = sampling::sample_images(sampler, job, request, observer);
    const int start = sampler.start_index(job);
    QVERIFY(start > 0);
    QCOMPARE(static_cast<int>(seen.size()), 9 - start);
    for (size_t i = 0; i < seen.size(); ++i) QCOMPARE(seen[i], start + static_cast<int>(i));
    QCOMPARE(out.steps_done, 9 - start);
  }

  void a_branch_continues_an_inpainting_run_exactly() {
    // A branch at the parent's own settings, from a step after RePaint's first jump, makes the
    // parent's images: it joins the parent's walk and noise streams (a multistep solver too).
    auto m = test::load_reference_model("cond_p8");
    for (const auto& solver : {"ddpm", "unipc"}) {
      sampling::Sampler sampler({m}, "10", {}, torch::kCPU);
      auto job = fast_job(solver, "10");
      job.strength = 0.9;
      job.repaint_jumps = 1;
      job.repaint_jump_length = 2;
      sampling::InitImages inputs;
      inputs.pixels = torch::randint(0, 256, {1, 64, 64, 3}, torch::kUInt8);
      inputs.masks = right_half_mask(1, 64);
      sampling::ImagesRequest request;
      request.seed = 21;
      request.labels = {1};
      request.init_images = inputs;
      std::vector<sampling::StepRecord> records;
      sampling::ImagesObserver observer;
      observer.step = [&](int64_t, int64_t, const sampling::StepRecord& r) { records.push_back(r); };
      const auto parent = sampling::sample_images(sampler, job, request, observer).images;
      const auto& at = records.at(records.size() - 3);  // late: jumps were made before it
      auto branch = request;
      branch.start_index = at.index;
      branch.start_x = at.x_t;
      branch.start_state = at.solver_state_before;
      const auto continued = sampling::sample_images(sampler, job, branch).images;
      QVERIFY2(torch::equal(io::to_uint8_nhwc(continued), io::to_uint8_nhwc(parent)), solver);
    }
  }

  void a_run_description_regenerates_the_image() {
    auto m = test::load_reference_model("cond_p4");
    sampling::Sampler sampler({m}, "6", {}, torch::kCPU);
    auto job = fast_job("dpmpp_2m", "6");
    job.strength = 0.55;
    sampling::InitImages inputs;
    inputs.pixels = torch::randint(0, 256, {1, 32, 32, 3}, torch::kUInt8);
    inputs.masks = right_half_mask(1, 32);
    const auto first = run_pixels(sampler, job, 1, inputs);
    sampling::RunSpec spec;
    spec.checkpoints.push_back({"model.pt", "", "", {}});
    spec.settings = job;
    spec.input = std::make_shared<const sampling::InputImageRef>(
        sampling::input_image_ref("in.png", "abc", inputs.pixels[0], "mask.png", "def", inputs.masks[0]));
    const auto back = sampling::run_spec_from_json(sampling::to_json(spec));
    QVERIFY(back.input != nullptr);
    QCOMPARE(back.input->path, std::string("in.png"));
    QCOMPARE(back.input->mask_sha256, std::string("def"));
    QVERIFY(back.settings == job);
    const auto restored = sampling::init_images_of(*back.input);
    QVERIFY(torch::equal(restored.pixels, inputs.pixels));
    QVERIFY(torch::equal(restored.masks, inputs.masks));
    QVERIFY(torch::equal(run_pixels(sampler, back.settings, 1, restored), first));
    // A description that says it started from an image must carry it.
    auto json = nlohmann::json::parse(sampling::to_json(spec));
    json.erase("input");
    QVERIFY(test::error_of<ConfigError>([&] { sampling::run_spec_from_json(json.dump()); }).find("input image") !=
            std::string::npos);
  }

  void errors_name_the_problem() {
    auto m = test::load_reference_model("cond_p4");
    sampling::Sampler sampler({m}, "4", {}, torch::kCPU);
    auto job = fast_job("ddim", "4");
    job.strength = 0.5;
    QVERIFY(test::error_of<ConfigError>([&] { run_pixels(sampler, job, 1, {}); }).find("input image") !=
            std::string::npos);
    job.strength = 1.0;
    job.repaint_jumps = 1;
    sampling::InitImages inputs;
    inputs.pixels = torch::zeros({1, 32, 32, 3}, torch::kUInt8);
    QVERIFY(test::error_of<ConfigError>([&] { run_pixels(sampler, job, 1, inputs); }).find("mask") !=
            std::string::npos);
    job.repaint_jumps = 0;
    inputs.pixels = torch::zeros({1, 64, 64, 3}, torch::kUInt8);
    QVERIFY(test::error_of<ConfigError>([&] { run_pixels(sampler, job, 1, inputs); }).find("32x32") !=
            std::string::npos);
    job.strength = 1.5;
    QVERIFY(test::error_of<ConfigError>([&] { sampling::validate(job); }).find("(0, 1]") != std::string::npos);
  }

  void trained_model_near_zero_strength_returns_the_input() {
    // The bundled P=4 model: its own sample as the input; the last step alone (t = 0,
    // noise 0.01) gives it back within rounding, and more strength changes it more.
    auto m = model::load_model(bundled(4));
    sampling::Sampler sampler({m}, "20", {}, torch::kCPU);
    auto job = fast_job("unipc", "20");
    job.schedule = "exponential";
    sampling::InitImages inputs;
    inputs.pixels = run_pixels(sampler, job, 1, {}, {3});
    double previous = -1.0;
    for (double strength : {0.001, 0.2, 0.4, 0.6, 0.8, 1.0}) {
      job.strength = strength;
      const auto out = run_pixels(sampler, job, 4, inputs, {3, 3, 3, 3});
      const double change = mean_abs_levels(out, inputs.pixels.expand({4, 64, 64, 3}));
      qInfo("strength %.3f: mean absolute change %.2f levels", strength, change);
      // Within rounding: the original's truncating 8-bit conversion alone costs half a level on
      // average, and the last step sees noise of 0.01 (1.3 levels) that the model removes.
      if (strength < 0.01) QVERIFY2(change < 1.5, "strength near 0 returns the input within rounding");
      QVERIFY(change > previous);
      previous = change;
    }
  }

  void base64_round_trips_and_rejects_garbage() {
    for (const std::string& bytes : {std::string(), std::string("f"), std::string("fo"), std::string("foo"),
                                    std::string("foob"), std::string("\0\xff\x10\x80", 4)}) {
      QCOMPARE(io::base64_decode(io::base64_encode(bytes)), bytes);
    }
    QCOMPARE(io::base64_encode("foobar"), std::string("Zm9vYmFy"));  // RFC 4648 section 10
    QCOMPARE(io::base64_encode("fooba"), std::string("Zm9vYmE="));
    for (const char* bad : {"Zm9", "Zm9v!mFy", "Z=9v", "Zm==Zm9v"})
      QVERIFY(!test::error_of<IoError>([&] { io::base64_decode(bad); }).empty());
  }

  void masks_must_match_their_image() {
    const QString dir = QDir::tempPath() + "/pd_mask_test";
    QDir().mkpath(dir);
    const std::string mask_path = (dir + "/mask.png").toStdString();
    auto mask = torch::zeros({40, 30, 3}, torch::kUInt8);
    mask.narrow(1, 15, 15).fill_(255);
    io::write_file_atomic(mask_path, io::encode_png(mask));
    const auto resized = io::read_mask(mask_path, 30, 40, 16);
    QCOMPARE(resized.sizes(), torch::IntArrayRef({16, 16}));
    QVERIFY(((resized == 0) | (resized == 255)).all().item<bool>());
    QVERIFY(resized.select(1, 0).eq(0).all().item<bool>() && resized.select(1, 15).eq(255).all().item<bool>());
    QVERIFY(test::error_of<ConfigError>([&] { io::read_mask(mask_path, 64, 64, 16); }).find("30x40") !=
            std::string::npos);
  }
};

QTEST_GUILESS_MAIN(TestImageCondition)
#include "test_image_condition.moc"
