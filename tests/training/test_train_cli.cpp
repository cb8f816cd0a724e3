// SPDX-License-Identifier: GPL-3.0-or-later
// patchdiff train on the command line: the original README's training command parses, a
// tiny variant of it trains for real, and our sampler reads the result with no flags.
#include <QProcess>

#include <filesystem>

#include "cli/cli_runner.h"
#include "core/model/flags.h"
#include "core/training/train_options.h"
#include "training/training_test_util.h"

namespace fs = std::filesystem;
namespace model = patchdiff::model;
namespace pt = patchdiff::test;

using patchdiff::test::run_cli;

namespace {

// The original README's training command (its MODEL_FLAGS, DIFFUSION_FLAGS, TRAIN_FLAGS).
const char* kReadmeFlags =
    "--image_size 256 --num_channels 128 --num_res_blocks 2 --channel_mult '1,1,2,2' --patch_size 4 "
    "--learn_sigma True --diffusion_steps 1000 --noise_schedule linear --lr 1e-4 --batch_size 128";

QStringList words(const std::string& text) {
  QStringList out;
  for (const auto& w : model::shell_split(text)) out << QString::fromStdString(w);
  return out;
}

}  // namespace

class TestTrainCli : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void readmeCommandParses() {
    // As the command's parser sees it: every flag in the Model, Diffusion and Train groups.
    const auto flags = model::parse_flag_string(
        kReadmeFlags, {model::FlagGroup::Model, model::FlagGroup::Diffusion, model::FlagGroup::Train});
    QCOMPARE(flags.at("channel_mult"), std::string("1,1,2,2"));
    QCOMPARE(flags.at("batch_size"), std::string("128"));
    const auto options = patchdiff::training::train_options_from_flags(flags, false);
    QCOMPARE(options.batch_size, 128);
    QCOMPARE(options.lr, 1e-4);
    // And the program accepts it (without training).
    const std::string data = pt::write_image_folder(2, 8);
    const auto r = run_cli(QStringList{"train", "--data_dir", QString::fromStdString(data), "--dry_run"} + words(kReadmeFlags));
    QVERIFY2(r.exit_code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains("--image_size 256"));
    QVERIFY(r.out.contains("--channel_mult '1,1,2,2'"));
    QVERIFY(r.out.contains("batch 128"));
  }

  void tinyReadmeVariantTrainsAndSamples() {
    // The README command at image_size 32 and 32 channels, for 2 steps.
    const std::string data = pt::write_image_folder(8, 32);
    const std::string log_dir = pt::temp_dir();
    const std::string flags =
        "--image_size 32 --num_channels 32 --num_res_blocks 1 --channel_mult '1,1,2,2' --patch_size 4 "
        "--learn_sigma True --diffusion_steps 1000 --noise_schedule linear --lr 1e-4 --batch_size 4 "
        "--max_steps 2 --num_workers 1 --device cpu --threads 1";
    const auto r = run_cli(QStringList{"train", "--data_dir", QString::fromStdString(data), "--log_dir",
                                       QString::fromStdString(log_dir)} + words(flags));
    QVERIFY2(r.exit_code == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains("reached --max_steps 2"), qPrintable(r.out));
    QVERIFY(fs::is_regular_file(fs::path(log_dir) / "model000002.pt"));
    QVERIFY(fs::is_regular_file(fs::path(log_dir) / "ema_0.9999_000002.pt"));
    QVERIFY(fs::is_regular_file(fs::path(log_dir) / "opt000002.pt"));
    // The sampler needs only the path.
    const std::string save_dir = pt::temp_dir();
    const auto s = run_cli(QStringList{"sample", "--model_path",
                                       QString::fromStdString((fs::path(log_dir) / "ema_0.9999_000002.pt").string()),
                                       "--num_samples", "2", "--batch_size", "2", "--timestep_respacing", "4",
                                       "--save_dir", QString::fromStdString(save_dir), "--threads", "1"});
    QVERIFY2(s.exit_code == 0, qPrintable(s.out + s.err));
    QVERIFY2(!s.err.contains("warning"), qPrintable(s.err));
    QVERIFY(fs::is_regular_file(fs::path(save_dir) / "samples_2x32x32x3.npz"));
  }

  void badFlagsAreErrors() {
    const std::string data = pt::write_image_folder(2, 8);
    auto r = run_cli({"train", "--data_dir", QString::fromStdString(data), "--precision", "bf16", "--device", "cpu",
                      "--image_size", "8", "--max_steps", "1"});
    QCOMPARE(r.exit_code, 1);
    QVERIFY2(r.err.contains("only fp32"), qPrintable(r.err));
    r = run_cli({"train", "--data_dir", QString::fromStdString(data), "--no_such_flag", "1"});
    QCOMPARE(r.exit_code, 1);
    QVERIFY(r.err.contains("unknown flag --no_such_flag"));
    r = run_cli({"train", "--data_dir", QString::fromStdString(data), "--class_cond", "True", "--dry_run"});
    QCOMPARE(r.exit_code, 1);
    QVERIFY2(r.err.contains("class prefix") || r.err.contains("no such prefix"), qPrintable(r.err));
  }
};

QTEST_GUILESS_MAIN(TestTrainCli)
#include "test_train_cli.moc"
