// SPDX-License-Identifier: GPL-3.0-or-later
// Starting a run from a checkpoint's weights alone (a bundled starter: no step in its file
// name, no optimizer or EMA files beside it), and float16 EMA files (--ema_dtype).
#include <filesystem>

#include "core/error.h"
#include "core/io/atomic_file.h"
#include "core/model/model_loader.h"
#include "core/model/sidecar.h"
#include "core/training/trainer.h"
#include "training/training_test_util.h"

namespace fs = std::filesystem;
namespace model = patchdiff::model;
namespace training = patchdiff::training;
namespace pt = patchdiff::test;

namespace {

training::TrainEvents collect(std::vector<std::string>& warnings) {
  training::TrainEvents events;
  events.warning = [&warnings](const std::string& w) { warnings.push_back(w); };
  return events;
}

model::StateDict read(const fs::path& path) { return model::read_checkpoint(path.string()).tensors; }

}  // namespace

class TestTrainerInit : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() { torch::set_num_threads(1); }

  void startsFromWeightsOfAFileWithoutStep() {
    const auto flags = pt::tiny_model_flags(/*learn_sigma=*/true, /*class_cond=*/true);
    const std::string data = pt::write_image_folder(8, 16, /*classes=*/3);
    std::vector<std::string> warnings;
    auto options = pt::train_options("--batch_size 4 --max_steps 2 --num_workers 1 --ema_rate 0.99");
    options.data_dir = data;
    options.log_dir = pt::temp_dir();
    training::Trainer first(flags, options, collect(warnings));
    first.run();

    // A starter: the step-2 weights under a name without a step, its sidecar naming the classes.
    const fs::path starter_dir = pt::temp_dir();
    const fs::path starter = starter_dir / "emoji16_p2.pt";
    fs::copy_file(fs::path(options.log_dir) / "model000002.pt", starter);
    auto sidecar = *model::read_sidecar_for((fs::path(options.log_dir) / "model000002.pt").string());
    sidecar.class_names = {"red", "green", "blue"};
    patchdiff::io::write_file_atomic(model::sidecar_path_for(starter.string()), model::sidecar_to_json(sidecar));
    const auto weights = read(starter);

    auto second = options;
    second.resume_checkpoint = starter.string();
    second.log_dir = pt::temp_dir();
    second.max_steps = 1;
    second.lr = 0.0;  // one step that leaves the weights: EMA stays equal to them too
    warnings.clear();
    training::Trainer init(flags, second, collect(warnings));
    QCOMPARE(init.step(), int64_t(0));
    QCOMPARE(init.data_position(), int64_t(0));
    for (size_t i = 0; i < init.param_names().size(); ++i) {
      const auto& expected = weights.at(init.param_names()[i]);
      QVERIFY(torch::equal(init.master_params()[i], expected));
      QVERIFY(torch::equal(init.ema_params(0)[i], expected));
    }
    bool said_fresh = false;
    for (const auto& w : warnings) said_fresh |= w.find("fresh EMA and optimizer") != std::string::npos;
    QVERIFY(said_fresh);
    init.run();
    QCOMPARE(init.step(), int64_t(1));
    const auto after = read(fs::path(second.log_dir) / "ema_0.99_000001.pt");
    for (const auto& [key, tensor] : weights) QVERIFY(torch::allclose(after.at(key), tensor, 1e-6, 1e-7));
    // Integer class prefixes name no classes: the starter's names carry over.
    const auto written = model::read_sidecar_for((fs::path(second.log_dir) / "ema_0.99_000001.pt").string());
    QVERIFY(written.has_value());
    QCOMPARE(written->class_names, sidecar.class_names);
  }

  void emaFilesInFloat16() {
    auto options = pt::train_options("--batch_size 4 --max_steps 2 --num_workers 1 --ema_rate 0.9 --ema_dtype float16");
    QVERIFY(options.ema_float16);
    options.data_dir = pt::write_image_folder(8, 16);
    options.log_dir = pt::temp_dir();
    training::Trainer trainer(pt::tiny_model_flags(), options);
    trainer.run();
    const auto ema = read(fs::path(options.log_dir) / "ema_0.9_000002.pt");
    const auto weights = read(fs::path(options.log_dir) / "model000002.pt");
    for (size_t i = 0; i < trainer.param_names().size(); ++i) {
      const auto& name = trainer.param_names()[i];
      QCOMPARE(ema.at(name).scalar_type(), torch::kFloat16);
      QVERIFY(torch::equal(ema.at(name), trainer.ema_params(0)[i].to(torch::kFloat16)));
      QCOMPARE(weights.at(name).scalar_type(), torch::kFloat32);  // resumable master weights stay exact
    }
    // Our loader reads the half file back as a model.
    const auto loaded = model::load_model((fs::path(options.log_dir) / "ema_0.9_000002.pt").string());
    QCOMPARE(loaded.config.model.image_size, 16);
    QVERIFY_THROWS_EXCEPTION(patchdiff::ConfigError, pt::train_options("--ema_dtype bfloat16"));
  }
};

QTEST_GUILESS_MAIN(TestTrainerInit)
#include "test_trainer_init.moc"
