// SPDX-License-Identifier: GPL-3.0-or-later
// `patchdiff train` data-parallel over two processes on this machine (Gloo, a FileStore):
// a run that checkpoints and resumes on one process, and a rank killed mid-training.
#include <chrono>
#include <filesystem>

#include "cli/cli_runner.h"
#include "core/model/state_dict.h"
#include "core/model/flags.h"
#include "distributed/rank_processes.h"
#include "training/training_test_util.h"

namespace fs = std::filesystem;
using namespace patchdiff;
using test::RankProcesses;

namespace {

const char* kTinyModel =
    "--image_size 16 --patch_size 2 --num_channels 32 --channel_mult 1,1 --num_res_blocks 1 "
    "--attention_resolutions 4 --num_head_channels 32 --use_new_attention_order True --diffusion_steps 1000 "
    "--noise_schedule linear --learn_sigma True --batch_size 2 --num_workers 1 --device cpu --threads 1";

QStringList words(const std::string& text) {
  QStringList out;
  for (const auto& w : model::shell_split(text)) out << QString::fromStdString(w);
  return out;
}

QStringList train_args(const std::string& data, const std::string& log_dir, const std::string& more) {
  return QStringList{"train", "--data_dir", QString::fromStdString(data), "--log_dir", QString::fromStdString(log_dir)} +
         words(std::string(kTinyModel) + " " + more);
}

QString describe(const std::vector<test::RankResult>& results) {
  QString text;
  for (size_t r = 0; r < results.size(); ++r)
    text += QString("rank %1 exit %2:\n%3%4\n").arg(r).arg(results[r].exit_code).arg(results[r].out, results[r].err);
  return text;
}

// The highest step N with model{N}.pt in `dir` (0 when none).
int64_t last_checkpoint_step(const std::string& dir) {
  int64_t best = 0;
  for (const auto& entry : fs::directory_iterator(dir)) {
    const std::string name = entry.path().filename().string();
    if (name.rfind("model", 0) == 0 && entry.path().extension() == ".pt")
      best = std::max<int64_t>(best, std::stoll(name.substr(5, name.size() - 8)));
  }
  return best;
}

}  // namespace

class TestDistributedTrain : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void two_ranks_train_checkpoint_and_resume_on_one() {
    const std::string data = test::write_image_folder(8, 16);
    const std::string log_dir = test::temp_dir();
    RankProcesses ranks(PATCHDIFF_CLI_PATH, 2, [&](int) {
      return train_args(data, log_dir, "--max_steps 4 --save_interval 2 --log_interval 2 --dist_init {init}");
    });
    const auto results = ranks.wait_all();
    QVERIFY2(results[0].exit_code == 0 && results[1].exit_code == 0, qPrintable(describe(results)));
    QVERIFY2(results[0].out.contains("data-parallel over 2 processes (gloo), global batch 4"), qPrintable(results[0].out));
    QVERIFY2(results[0].out.contains("reached --max_steps 4"), qPrintable(results[0].out));
    QVERIFY2(!results[1].out.contains("saving"), qPrintable(results[1].out));  // rank 0 alone writes
    for (const char* name : {"model000002.pt", "model000004.pt", "opt000004.pt", "ema_0.9999_000004.pt", "progress.csv"})
      QVERIFY2(fs::is_regular_file(fs::path(log_dir) / name), name);

    // Resumed on one process (a different world size) for one more step.
    const auto resumed = test::run_cli(train_args(data, log_dir, "--max_steps 5 --resume_checkpoint " +
                                                                     (fs::path(log_dir) / "model000004.pt").string()));
    QVERIFY2(resumed.exit_code == 0, qPrintable(resumed.out + resumed.err));
    QVERIFY2(resumed.out.contains("reached --max_steps 5"), qPrintable(resumed.out));
    QVERIFY(fs::is_regular_file(fs::path(log_dir) / "model000005.pt"));
  }

  void a_killed_rank_stops_the_other_naming_it() {
    const std::string data = test::write_image_folder(8, 16);
    const std::string log_dir = test::temp_dir();
    constexpr int kTimeoutSeconds = 60;
    RankProcesses ranks(PATCHDIFF_CLI_PATH, 2, [&](int) {
      return train_args(data, log_dir, "--max_steps 100000 --save_interval 3 --dist_init {init} --dist_timeout " +
                                           std::to_string(kTimeoutSeconds));
    });
    // Once a checkpoint is on disk, rank 1 dies without a word (SIGKILL).
    const auto started = std::chrono::steady_clock::now();
    while (!fs::exists(fs::path(log_dir) / "model000003.json") &&
           std::chrono::steady_clock::now() - started < std::chrono::seconds(300))
      ranks.pump(100);
    QVERIFY2(fs::exists(fs::path(log_dir) / "model000003.json"), "no checkpoint after 300 s");
    ranks.process(1).kill();
    const auto survivor = ranks.wait(0, (kTimeoutSeconds + 30) * 1000);
    QVERIFY2(survivor.err != "timed out", "rank 0 kept waiting for the lost rank");
    QVERIFY2(survivor.exit_code == 1, qPrintable(survivor.out + survivor.err));
    QVERIFY2(survivor.err.contains("lost rank 1 of 2"), qPrintable(survivor.err));

    // The last checkpoint is whole, and one process resumes from it.
    const int64_t step = last_checkpoint_step(log_dir);
    QVERIFY(step >= 3);
    char number[16];
    std::snprintf(number, sizeof(number), "%06lld.pt", static_cast<long long>(step));
    const std::string model_path = (fs::path(log_dir) / ("model" + std::string(number))).string();
    for (const std::string prefix : {"model", "opt", "ema_0.9999_"})
      QVERIFY2(!model::read_checkpoint((fs::path(log_dir) / (prefix + number)).string()).tensors.empty(), number);
    const auto resumed = test::run_cli(train_args(data, log_dir, "--max_steps " + std::to_string(step + 1) +
                                                                     " --resume_checkpoint " + model_path));
    QVERIFY2(resumed.exit_code == 0, qPrintable(resumed.out + resumed.err));
    QVERIFY2(resumed.out.contains("loaded optimizer, RNG and data position"), qPrintable(resumed.out));
  }
};

QTEST_GUILESS_MAIN(TestDistributedTrain)
#include "test_distributed_train.moc"
