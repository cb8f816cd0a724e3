// SPDX-License-Identifier: GPL-3.0-or-later
// core/training/trainer: learning, checkpoints the original and our sampler read, exact
// resume, label dropout in the loop, non-finite steps.
#include <ATen/CPUGeneratorImpl.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "core/build_info.h"
#include "core/diffusion/loss_weights.h"
#include "core/diffusion/losses.h"
#include "core/diffusion/predictions.h"
#include "core/error.h"
#include "core/model/model_loader.h"
#include "core/model/sidecar.h"
#include "core/training/progress_log.h"
#include "core/training/train_network.h"
#include "core/training/trainer.h"
#include "sampling/reference_models.h"
#include "support/tensor_compare.h"
#include "training/training_test_util.h"

namespace fs = std::filesystem;
namespace model = patchdiff::model;
namespace diffusion = patchdiff::diffusion;
namespace training = patchdiff::training;
namespace pt = patchdiff::test;

namespace {

training::TrainEvents quiet() {
  training::TrainEvents events;
  events.warning = [](const std::string& w) { qInfo("warning: %s", w.c_str()); };
  return events;
}

// The training objective on a fixed evaluation batch: every image at 16 timesteps spread
// over the schedule with fixed noise, so two evaluations differ by the weights alone.
double evaluation_loss(training::Trainer& trainer, const torch::Tensor& images) {
  torch::NoGradGuard no_grad;
  const diffusion::GaussianDiffusion d(trainer.config().diffusion);
  const auto weights = diffusion::loss_weight_table(trainer.config().diffusion.weight_schedule, d.tables(), torch::kCPU);
  auto gen = at::make_generator<at::CPUGeneratorImpl>(99);
  double total = 0;
  int count = 0;
  for (int k = 0; k < 16; ++k) {
    const auto t = torch::full({images.size(0)}, 31 + 62 * k, torch::kLong);
    const auto noise = torch::randn(images.sizes(), gen);
    const auto x_t = diffusion::q_sample(d.device_tables(), diffusion::StepIndex(t), images, noise);
    trainer.net().eval();
    const auto out = training::training_forward(trainer.net(), x_t, t);
    trainer.net().train();
    const auto terms = diffusion::training_terms(d, diffusion::loss_type(trainer.config().diffusion), out,
                                                 images, x_t, t, weights);
    total += terms.loss.sum().item<double>();
    count += static_cast<int>(images.size(0));
  }
  return total / count;
}

model::StateDict read(const fs::path& path) { return model::read_checkpoint(path.string()).tensors; }

void compare_files_bitwise(const fs::path& a, const fs::path& b) {
  const auto sa = read(a), sb = read(b);
  QCOMPARE(sa.keys(), sb.keys());
  for (const auto& [name, tensor] : sa) {
    if (name.rfind("rng.", 0) == 0 || name.rfind("trainer.", 0) == 0) continue;  // compared below
    QVERIFY2(torch::equal(tensor, sb.at(name)),
             qPrintable(QString("%1: %2 differs (max %3)").arg(QString::fromStdString(a.filename().string()))
                            .arg(QString::fromStdString(name))
                            .arg(pt::max_abs_diff(tensor, sb.at(name)))));
  }
}

}  // namespace

class TestTrainer : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  // One intra-op thread: on a loaded machine OpenMP teams that spin in barriers make
  // timings erratic, and the assertions do not depend on it.
  void initTestCase() { torch::set_num_threads(1); }

  void thirtyStepsReduceTheLoss() {
    const std::string data = pt::write_image_folder(64, 16);
    auto options = pt::train_options("--lr 2e-3 --batch_size 8 --ema_rate 0.9 --seed 3 --save_interval 1000 "
                                     "--log_interval 10 --num_workers 2 --max_steps 30");
    options.data_dir = data;
    options.log_dir = pt::temp_dir();
    training::Trainer trainer(pt::tiny_model_flags(), options, quiet());
    // The evaluation set: the 64 images, centre-cropped, unflipped.
    std::vector<torch::Tensor> images;
    patchdiff::io::ImageFolderOptions plain;
    plain.image_size = 16;
    plain.random_flip = false;
    const patchdiff::io::ImageFolder folder(data, plain);
    for (size_t i = 0; i < folder.size(); ++i) images.push_back(folder.load(i, 0));
    const auto eval = torch::stack(images);
    const double before = evaluation_loss(trainer, eval);
    std::vector<double> losses;
    const auto started = std::chrono::steady_clock::now();
    for (int i = 0; i < 30; ++i) losses.push_back(trainer.train_step().loss);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    const double after = evaluation_loss(trainer, eval);
    double first = 0, last = 0;
    for (int i = 0; i < 10; ++i) first += losses[static_cast<size_t>(i)] / 10, last += losses[static_cast<size_t>(20 + i)] / 10;
    qInfo("evaluation loss %.4f -> %.4f; training loss, mean of steps 1-10 %.4f, of 21-30 %.4f; "
          "%.1f images/s on %d CPU threads", before, after, first, last, 30 * 8 / seconds, torch::get_num_threads());
    QVERIFY2(after < 0.8 * before, "the evaluation loss did not drop by 20%");
    QVERIFY2(last < first, "the smoothed training loss did not decrease");
  }

  void checkpointsHaveTheOriginalsKeysAndLoadBack() {
    // base_p2's flags: our files must have exactly the original's keys and shapes.
    const auto entry = pt::reference_index()["models"]["base_p2"];
    model::FlagValues given;
    for (const auto& [name, value] : entry["flags"].items()) {
      const std::string text = value.is_string()    ? value.get<std::string>()
                               : value.is_boolean() ? (value.get<bool>() ? "True" : "False")
                                                    : value.dump();
      given[name] = model::canonical_value(*model::find_flag(name), text);
    }
    auto options = pt::train_options("--batch_size 2 --ema_rate 0.9999,0.999 --max_steps 1 --num_workers 1");
    options.data_dir = pt::write_image_folder(4, 40);
    options.log_dir = pt::temp_dir();
    training::Trainer trainer(given, options, quiet());
    trainer.run();
    const fs::path dir = options.log_dir;
    for (const char* name : {"model000001.pt", "model000001.json", "ema_0.9999_000001.pt", "ema_0.9999_000001.json",
                             "ema_0.999_000001.pt", "opt000001.pt", "progress.csv"})
      QVERIFY2(fs::is_regular_file(dir / name), name);
    const auto reference = read(pt::reference_path(entry["state_dict"]));
    for (const char* name : {"model000001.pt", "ema_0.9999_000001.pt", "ema_0.999_000001.pt"}) {
      const auto ours = read(dir / name);
      QCOMPARE(ours.keys(), reference.keys());
      for (const auto& [key, tensor] : reference) {
        QCOMPARE(ours.at(key).sizes(), tensor.sizes());
        QCOMPARE(ours.at(key).scalar_type(), torch::kFloat32);
      }
    }
    // Our sampler's loader needs no flags: the sidecar has them.
    const auto loaded = model::load_model((dir / "ema_0.999_000001.pt").string());
    QCOMPARE(loaded.config.model.image_size, 32);
    QCOMPARE(loaded.config.model.num_head_channels, 32);
    QVERIFY(loaded.config.model.use_new_attention_order);
    QVERIFY(loaded.config.warnings.empty());
    for (size_t i = 0; i < trainer.param_names().size(); ++i)
      QVERIFY(torch::equal(loaded.net->named_parameters()[trainer.param_names()[i]], trainer.ema_params(1)[i]));
    const auto sidecar = model::read_sidecar_for((dir / "model000001.pt").string());
    QVERIFY(sidecar && sidecar->extra_json.find("\"step\":1") != std::string::npos);
    QVERIFY(sidecar->extra_json.find("git_revision") != std::string::npos);
    // The optimizer file: AdamW state named after the parameters, plus RNG state.
    const auto opt = read(dir / "opt000001.pt");
    QVERIFY(opt.contains("out.2.weight.exp_avg") && opt.contains("out.2.weight.exp_avg_sq"));
    QCOMPARE(opt.at("out.2.weight.step").item<double>(), 1.0);
    QVERIFY(opt.contains("rng.train") && opt.contains("rng.torch_cpu"));
  }

  void resumeEqualsContinuous() {
    // Everything random at once: label dropout, dropout, microbatches, random crops and flips,
    // the loss-aware sampler, two EMA rates, an annealed LR.
    const std::string data = pt::write_image_folder(12, 20, /*classes=*/3, /*words=*/true);
    auto model_flags = pt::tiny_model_flags(/*learn_sigma=*/true, /*class_cond=*/true);
    model_flags["dropout"] = "0.1";
    model_flags["diffusion_steps"] = "50";
    const std::string common = "--lr 1e-3 --batch_size 4 --microbatch 2 --ema_rate 0.9,0.99 --seed 11 "
                               "--random_crop True --class_dropout_prob 0.3 --lr_anneal_steps 100 "
                               "--schedule_sampler loss-second-moment --num_workers 2 --save_interval 3";
    auto continuous = pt::train_options(common + " --max_steps 6");
    continuous.data_dir = data;
    continuous.log_dir = pt::temp_dir();
    training::Trainer(model_flags, continuous, quiet()).run();

    auto first = pt::train_options(common + " --max_steps 3");
    first.data_dir = data;
    first.log_dir = pt::temp_dir();
    training::Trainer(model_flags, first, quiet()).run();
    auto second = pt::train_options(common + " --max_steps 6");
    second.data_dir = data;
    second.log_dir = first.log_dir;
    second.resume_checkpoint = (fs::path(first.log_dir) / "model000003.pt").string();
    training::Trainer resumed(model_flags, second, quiet());
    QCOMPARE(resumed.step(), int64_t(3));
    resumed.run();

    const fs::path a = continuous.log_dir, b = first.log_dir;
    for (const char* name : {"model000006.pt", "ema_0.9_000006.pt", "ema_0.99_000006.pt", "opt000006.pt"})
      compare_files_bitwise(a / name, b / name);
    const auto oa = read(a / "opt000006.pt"), ob = read(b / "opt000006.pt");
    for (const char* key : {"rng.train", "rng.torch_cpu", "trainer.data_position", "sampler.loss_history"})
      QVERIFY2(torch::equal(oa.at(key), ob.at(key)), key);
    // The stopped run's files at step 3 equal the continuous run's.
    compare_files_bitwise(a / "model000003.pt", b / "model000003.pt");
  }

  void safetensorsRunResumesLikePt() {
    // --save_format safetensors: the same numbers as .pt files, the sidecar (with this
    // build's revision) inside each file, and a resume from them as exact as from .pt.
    const std::string data = pt::write_image_folder(8, 20, /*classes=*/2, /*words=*/true);
    const auto model_flags = pt::tiny_model_flags(/*learn_sigma=*/false, /*class_cond=*/true);
    const std::string common = "--lr 1e-3 --batch_size 2 --ema_rate 0.9 --seed 5 --num_workers 1 --save_interval 2";
    auto as_pt = pt::train_options(common + " --max_steps 4");
    as_pt.data_dir = data;
    as_pt.log_dir = pt::temp_dir();
    training::Trainer(model_flags, as_pt, quiet()).run();

    auto first = pt::train_options(common + " --max_steps 2 --save_format safetensors");
    first.data_dir = data;
    first.log_dir = pt::temp_dir();
    training::Trainer(model_flags, first, quiet()).run();
    const fs::path b = first.log_dir;
    for (const char* name : {"model000002.safetensors", "ema_0.9_000002.safetensors", "opt000002.safetensors"})
      QVERIFY2(fs::is_regular_file(b / name), name);
    QVERIFY(!fs::exists(b / "model000002.json") && !fs::exists(b / "model000002.pt"));
    const auto sidecar = model::read_sidecar_for((b / "model000002.safetensors").string());
    QVERIFY(sidecar && sidecar->class_names.size() == 2);
    QVERIFY2(sidecar->extra_json.find(std::string("\"git_revision\":\"") + patchdiff::build_git_revision() + "\"") !=
                 std::string::npos,
             sidecar->extra_json.c_str());

    auto second = pt::train_options(common + " --max_steps 4 --save_format safetensors");
    second.data_dir = data;
    second.log_dir = first.log_dir;
    second.resume_checkpoint = (b / "model000002.safetensors").string();
    training::Trainer resumed(model_flags, second, quiet());
    QCOMPARE(resumed.step(), int64_t(2));
    resumed.run();
    const fs::path a = as_pt.log_dir;
    compare_files_bitwise(a / "model000004.pt", b / "model000004.safetensors");
    compare_files_bitwise(a / "ema_0.9_000004.pt", b / "ema_0.9_000004.safetensors");
    compare_files_bitwise(a / "opt000004.pt", b / "opt000004.safetensors");
    const auto oa = read(a / "opt000004.pt"), ob = read(b / "opt000004.safetensors");
    for (const char* key : {"rng.train", "rng.torch_cpu", "trainer.data_position"})
      QVERIFY2(torch::equal(oa.at(key), ob.at(key)), key);
  }

  void labelDropoutInTheLoop() {
    auto options = pt::train_options("--batch_size 32 --class_dropout_prob 0.25 --num_workers 2 --seed 1");
    options.data_dir = pt::write_image_folder(32, 16, /*classes=*/4);
    options.log_dir = pt::temp_dir();
    training::Trainer trainer(pt::tiny_model_flags(false, true), options, quiet());
    QCOMPARE(trainer.config().model.num_classes, 4);
    int64_t nulls = 0, total = 0;
    for (int i = 0; i < 8; ++i) {
      trainer.train_step();
      nulls += (trainer.last_labels() == 4).sum().item<int64_t>();
      total += trainer.last_labels().numel();
    }
    const double rate = static_cast<double>(nulls) / static_cast<double>(total);
    qInfo("null label in %lld of %lld labels (%.3f, requested 0.25)", static_cast<long long>(nulls),
          static_cast<long long>(total), rate);
    QVERIFY(std::abs(rate - 0.25) < 5 * std::sqrt(0.25 * 0.75 / static_cast<double>(total)));
  }

  void nonFiniteStepsStopTheRun() {
    auto options = pt::train_options("--lr 1e37 --batch_size 4 --max_nonfinite 3 --num_workers 1 --max_steps 20");
    options.data_dir = pt::write_image_folder(8, 16);
    options.log_dir = pt::temp_dir();
    training::Trainer trainer(pt::tiny_model_flags(false), options, quiet());
    int skipped = 0;
    try {
      for (int i = 0; i < 20; ++i)
        if (!trainer.train_step().took_step) ++skipped;
      QFAIL("expected the run to stop");
    } catch (const patchdiff::Error& e) {
      qInfo("%s", e.what());
      QCOMPARE(skipped, 2);  // the third skip throws
      QVERIFY(std::string(e.what()).find("non-finite") != std::string::npos);
    }
  }

  // A resumed run whose log has other columns (another version's) keeps that log beside.
  void progressLogWithOtherColumnsIsKept() {
    const auto dir = std::filesystem::path(patchdiff::test::temp_dir()) / "progress_kept";
    std::filesystem::create_directories(dir);
    const auto path = (dir / "progress.csv").string();
    { std::ofstream(path) << "step,loss\n10,0.5\n"; }
    { std::ofstream((dir / "progress.1.csv").string()) << "step,loss\n5,0.9\n"; }
    {
      training::ProgressCsv log(path);
      log.write({{"step", 20}, {"loss", 0.25}});
    }
    std::ifstream kept((dir / "progress.2.csv").string());
    std::string text((std::istreambuf_iterator<char>(kept)), std::istreambuf_iterator<char>());
    QCOMPARE(QString::fromStdString(text), QStringLiteral("step,loss\n10,0.5\n"));
    std::ifstream fresh(path);
    std::string header;
    std::getline(fresh, header);
    QCOMPARE(header.rfind("step,samples,loss", 0), size_t(0));
    // Resumed again with the same columns: appended.
    { training::ProgressCsv(path).write({{"step", 30}}); }
    std::ifstream again(path);
    int lines = 0;
    for (std::string line; std::getline(again, line);) ++lines;
    QCOMPARE(lines, 3);
    QVERIFY(!std::filesystem::exists(dir / "progress.3.csv"));
  }

  void sampleGridDuringTraining() {
    auto options = pt::train_options("--batch_size 4 --num_workers 1 --max_steps 2 --sample_every 2");
    options.data_dir = pt::write_image_folder(8, 16, /*classes=*/2);
    options.log_dir = pt::temp_dir();
    training::Trainer trainer(pt::tiny_model_flags(true, true), options, quiet());
    trainer.run();
    QVERIFY(fs::is_regular_file(fs::path(options.log_dir) / "samples_000002.png"));
  }
};

QTEST_GUILESS_MAIN(TestTrainer)
#include "test_trainer.moc"
