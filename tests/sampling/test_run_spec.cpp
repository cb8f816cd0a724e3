// SPDX-License-Identifier: GPL-3.0-or-later
// core/sampling/sampler_settings and run_spec: the job description's JSON and text forms,
// RunSpec version 2, and a version 1 PNG (written before solvers were a table; see
// data/README.md) that still opens as the same job and regenerates the same pixels.
#include <QFile>

#include <filesystem>

#include "core/error.h"
#include "core/io/atomic_file.h"
#include "core/io/image.h"
#include "core/io/png_text.h"
#include "core/io/sha256.h"
#include "core/model/model_loader.h"
#include "core/sampling/run_spec.h"
#include "core/sampling/sample_images.h"
#include "core/sampling/sampler_catalog.h"
#include "core/sampling/sampler_settings.h"
#include "support/error_of.h"

using namespace patchdiff;

namespace {
const std::string kFixture = PATCHDIFF_SOURCE_DIR "/tests/sampling/data/run_v1_ddim_eta0.5.png";
const std::string kModels = PATCHDIFF_SOURCE_DIR "/resources/models/";

sampling::SamplerSettings unusual_job() {
  sampling::SamplerSettings s;
  s.solver = "ddim";
  s.eta = 0.25;
  s.order = 2;
  s.timestep_respacing = "10,20,30";
  s.snr_splits = {1.0, 0.25};
  s.guidance_scale = 3;
  s.dynamic_threshold = sampling::ThresholdMode::Off;
  s.clip_denoised = false;
  return s;
}
}  // namespace

class TestRunSpec : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void settings_round_trip_through_json_and_text() {
    const auto job = unusual_job();
    QVERIFY(sampling::sampler_settings_from_json(sampling::to_json(job)) == job);
    QVERIFY(sampling::sampler_settings_from_string(sampling::to_string(job)) == job);
    QVERIFY(sampling::sampler_settings_from_string("") == sampling::SamplerSettings());
    QVERIFY(sampling::sampler_settings_from_json("{}") == sampling::SamplerSettings());
  }

  void settings_errors_name_the_problem_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("solver") << "solver=euler_x" << "unknown sampler 'euler_x' (known: ddpm, ddim";
    QTest::newRow("schedule") << "schedule=wavy" << "unknown schedule 'wavy' (known: uniform";
    QTest::newRow("eta") << "eta=-1" << "eta must be 0 or positive";
    QTest::newRow("key") << "steps=4" << "unknown setting 'steps'";
    QTest::newRow("form") << "ddim" << "'ddim' is not name=value";
  }
  void settings_errors_name_the_problem() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const std::string msg = test::error_of<ConfigError>([&] { sampling::sampler_settings_from_string(text.toStdString()); });
    QVERIFY2(QString::fromStdString(msg).contains(expected), msg.c_str());
  }

  void registry_rows_describe_ddpm_and_ddim() {
    const auto& ddpm = sampling::solver_info("ddpm");
    QVERIFY(ddpm.draws_noise && !ddpm.uses_eta);
    QCOMPARE(ddpm.evaluations_per_step, 1);
    const auto& ddim = sampling::solver_info("ddim");
    QVERIFY(ddim.uses_eta);
    QCOMPARE(ddim.evaluations_per_step, 1);
    QCOMPARE(sampling::solver_infos().front().id, std::string("ddpm"));  // the original's default first
  }

  void version_2_round_trips() {
    sampling::RunSpec spec;
    spec.checkpoints.push_back({"a.pt", "ab12", "ema", {{"patch_size", "4"}}});
    spec.settings = unusual_job();
    spec.seed = 99;
    spec.image_index = 3;
    spec.label = 2;
    spec.class_name = "Smileys";
    const std::string text = sampling::to_json(spec);
    QVERIFY(text.find("\"format\":\"patchdiff-run/2\"") != std::string::npos);
    QVERIFY(text.find("use_ddim") == std::string::npos);
    const auto back = sampling::run_spec_from_json(text);
    QVERIFY(back.settings == spec.settings);
    QCOMPARE(sampling::to_json(back), text);
  }

  void version_1_png_opens_as_the_same_job() {
    const auto text = io::read_png_text(io::read_file(kFixture, "fixture"), io::kPngMetadataKey);
    QVERIFY(text.has_value());
    QVERIFY(text->find("patchdiff-run/1") != std::string::npos);
    const auto spec = sampling::run_spec_from_json(*text);
    QCOMPARE(spec.settings.solver, std::string("ddim"));  // "use_ddim": true
    QCOMPARE(spec.settings.eta, 0.5);
    QCOMPARE(spec.settings.schedule, std::string("uniform"));
    QCOMPARE(spec.settings.timestep_respacing, std::string("4"));
    QCOMPARE(spec.settings.guidance_scale, 1.5);
    QCOMPARE(spec.seed, uint64_t(7));
    QCOMPARE(spec.label, int64_t(3));
  }

  void version_1_png_regenerates_its_pixels() {
    const std::string bytes = io::read_file(kFixture, "fixture");
    const auto spec = sampling::run_spec_from_json(*io::read_png_text(bytes, io::kPngMetadataKey));
    QCOMPARE(spec.checkpoints.size(), size_t(1));
    // Written from the source tree: the checkpoint is the bundled model of that name.
    const std::string path = kModels + std::filesystem::path(spec.checkpoints[0].path).filename().string();
    QCOMPARE(io::sha256_file_hex(path), spec.checkpoints[0].sha256);
    sampling::Sampler sampler({model::load_model(path, {}, spec.checkpoints[0].entry)}, spec.settings, torch::kCPU);
    sampling::ImagesRequest request;
    request.seed = spec.seed;
    request.first_image = spec.image_index;
    request.labels = {spec.label};
    const auto images = sampling::sample_images(sampler, spec.settings, request).images;
    const auto regenerated = io::to_uint8_nhwc(images)[0];  // [H, W, 3]
    const auto stored = io::decode_image(bytes, kFixture);
    QCOMPARE(regenerated.sizes(), stored.sizes());
    // The fixture was written by an earlier build whose CPU convolutions rounded differently in
    // the last bits (LibTorch's NCHW path; now channels-last oneDNN with packed weights), so a
    // few values may land one level apart, as the studio reports when it regenerates a file.
    const auto difference = (regenerated.to(torch::kInt) - stored.to(torch::kInt)).abs();
    QVERIFY2(difference.max().item<int>() <= 1, "a value differs by more than one level");
    QVERIFY2((difference > 0).sum().item<int64_t>() <= difference.numel() / 1000,
             "more than 0.1% of the values differ");
    // Within one build, the same job gives the same pixels, every time.
    const auto again = io::to_uint8_nhwc(sampling::sample_images(sampler, spec.settings, request).images)[0];
    QVERIFY(torch::equal(again, regenerated));
  }

  // Found by fuzz_run_json (docs/reliability.md): a number too large for its field (1e124 as
  // image_index) went through nlohmann's bare cast, undefined behaviour. A clear error now.
  void out_of_range_numbers_are_config_errors() {
    sampling::RunSpec spec;
    spec.checkpoints.push_back({"a.pt", "", "", {}});
    const std::string json = sampling::to_json(spec);
    auto with = [&](const std::string& key, const std::string& value) {
      std::string text = json;
      const auto at = text.find("\"" + key + "\":");
      const auto end = text.find_first_of(",}", at);
      return text.replace(at, end - at, "\"" + key + "\":" + value);
    };
    for (const auto& [key, value] : std::vector<std::pair<std::string, std::string>>{
             {"image_index", "1.11111e+124"}, {"seed", "-1"}, {"image_index", "2.5"}}) {
      const std::string msg = test::error_of<ConfigError>([&] { sampling::run_spec_from_json(with(key, value)); });
      QVERIFY2(msg.find("must be a whole number") != std::string::npos, msg.c_str());
    }
    const std::string settings = test::error_of<ConfigError>(
        [&] { sampling::sampler_settings_from_json("{\"order\": 1e300}"); });
    QVERIFY2(settings.find("order must be a whole number") != std::string::npos, settings.c_str());
  }
};

QTEST_GUILESS_MAIN(TestRunSpec)
#include "test_run_spec.moc"
