// SPDX-License-Identifier: GPL-3.0-or-later
// Kill tests: `patchdiff train` killed with SIGKILL at random moments (checkpoint writes
// among them, every 3 steps) 20 times; each time the newest model file on disk loads, its
// optimizer and EMA files are beside it, at most --save_interval logged steps are lost, and
// resuming from it ends bit for bit where an uninterrupted run ends. SIGTERM and SIGINT save
// and exit cleanly. `patchdiff sample` killed mid-run leaves complete files or none.
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <signal.h>

#include <filesystem>

#include "cli/cli_runner.h"
#include "core/io/npz.h"
#include "core/model/state_dict.h"
#include "training/training_test_util.h"

namespace fs = std::filesystem;
using namespace patchdiff;

namespace {

QStringList trainArgs(const std::string& data, const std::string& log_dir, int max_steps) {
  return {"train", "--data_dir", QString::fromStdString(data), "--log_dir", QString::fromStdString(log_dir),
          "--image_size", "32", "--num_channels", "32", "--num_res_blocks", "1", "--channel_mult", "1,1,2,2",
          "--patch_size", "4", "--learn_sigma", "True", "--lr", "1e-4", "--batch_size", "4", "--max_steps",
          QString::number(max_steps), "--save_interval", "3", "--log_interval", "1", "--num_workers", "1",
          "--device", "cpu", "--threads", "1", "--seed", "3"};
}

// The newest modelNNNNNN.pt in the folder (0 when there is none).
int newestCheckpoint(const std::string& dir) {
  int newest = 0;
  static const QRegularExpression name(QStringLiteral("^model(\\d{6})\\.pt$"));
  for (const auto& entry : fs::directory_iterator(dir)) {
    const auto m = name.match(QString::fromStdString(entry.path().filename().string()));
    if (m.hasMatch()) newest = std::max(newest, m.captured(1).toInt());
  }
  return newest;
}

QString stepName(const char* kind, int step) {
  return QStringLiteral("%1%2.pt").arg(QString::fromLatin1(kind)).arg(step, 6, 10, QLatin1Char('0'));
}

bool sameWeights(const std::string& a, const std::string& b) {
  const auto x = model::read_checkpoint(a).tensors, y = model::read_checkpoint(b).tensors;
  if (x.keys() != y.keys()) return false;
  for (const auto& [name, tensor] : x)
    if (!torch::equal(tensor, y.at(name))) return false;
  return true;
}

// Every file under `dir` with a final name (not a temporary) reads back.
QString unreadableFile(const std::string& dir) {
  for (const auto& entry : fs::directory_iterator(dir)) {
    const std::string name = entry.path().filename().string();
    if (name.rfind('.', 0) == 0) continue;  // a temporary left by the kill, never a final name
    try {
      if (entry.path().extension() == ".pt") model::read_checkpoint(entry.path().string());
      if (entry.path().extension() == ".npz") io::read_npz(entry.path().string());
    } catch (const std::exception& e) {
      return QString::fromStdString(name + ": " + e.what());
    }
  }
  return {};
}

}  // namespace

class TestTrainKill : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void kill_minus_nine_then_resume_continues_exactly() {
    const std::string data = test::write_image_folder(8, 32);
    const int max_steps = 24;
    const std::string baseline = test::temp_dir();
    auto r = test::run_cli(trainArgs(data, baseline, max_steps));
    QVERIFY2(r.exit_code == 0, qPrintable(r.err));
    const std::string final_model = (fs::path(baseline) / stepName("model", max_steps).toStdString()).string();

    QRandomGenerator random(20261207);  // fixed: the same moments on every run of the test
    int killed_in_write = 0, lost_most = 0;
    for (int trial = 0; trial < 20; ++trial) {
      const std::string log_dir = test::temp_dir();
      QProcess train;
      train.setProcessChannelMode(QProcess::MergedChannels);
      train.start(QStringLiteral(PATCHDIFF_CLI_PATH), trainArgs(data, log_dir, max_steps));
      QVERIFY(train.waitForStarted());
      QString output;
      // Kill after a random number of logged steps plus a random few milliseconds, so some
      // kills land inside a checkpoint write.
      const int after_step = static_cast<int>(random.bounded(1, max_steps - 2));
      const int extra_ms = static_cast<int>(random.bounded(0, 30));
      int logged = 0;
      static const QRegularExpression step_line(QStringLiteral("^step (\\d+) "), QRegularExpression::MultilineOption);
      while (logged < after_step && train.state() == QProcess::Running) {
        train.waitForReadyRead(200);
        output += QString::fromUtf8(train.readAll());
        auto it = step_line.globalMatch(output);
        while (it.hasNext()) logged = std::max(logged, it.next().captured(1).toInt());
      }
      if (trial % 2 == 1) {
        // Every other trial: at once when the next checkpoint's first "saving" line appears,
        // so the kill lands inside the write of its files.
        const int seen = static_cast<int>(output.count(QStringLiteral("saving")));
        while (output.count(QStringLiteral("saving")) == seen && train.state() == QProcess::Running) {
          train.waitForReadyRead(50);
          output += QString::fromUtf8(train.readAll());
        }
      } else {
        QTest::qSleep(extra_ms);
      }
      train.kill();  // SIGKILL: no handler runs
      QVERIFY(train.waitForFinished(10000));
      output += QString::fromUtf8(train.readAll());
      // The trainer says "saving ..." before each file of a checkpoint: killed inside a write
      // when that is the last thing it said.
      if (output.trimmed().section(QLatin1Char('\n'), -1).startsWith(QStringLiteral("saving"))) ++killed_in_write;

      QVERIFY2(unreadableFile(log_dir).isEmpty(), qPrintable(unreadableFile(log_dir)));
      const int newest = newestCheckpoint(log_dir);
      QVERIFY2(logged - newest <= 3, qPrintable(QStringLiteral("trial %1: step %2 logged, newest checkpoint %3")
                                                    .arg(trial).arg(logged).arg(newest)));
      lost_most = std::max(lost_most, logged - newest);
      if (newest == 0) continue;  // killed before the first save: a fresh start is the resume
      for (const char* kind : {"opt", "ema_0.9999_"})
        QVERIFY2(fs::exists(fs::path(log_dir) / stepName(kind, newest).toStdString()), kind);
      QStringList resume = trainArgs(data, log_dir, max_steps);
      resume << "--resume_checkpoint" << QString::fromStdString((fs::path(log_dir) / stepName("model", newest).toStdString()).string());
      r = test::run_cli(resume);
      QVERIFY2(r.exit_code == 0, qPrintable(r.err));
      QVERIFY2(sameWeights((fs::path(log_dir) / stepName("model", max_steps).toStdString()).string(), final_model),
               qPrintable(QStringLiteral("trial %1: resumed from step %2, the end differs").arg(trial).arg(newest)));
    }
    qInfo("20 SIGKILLs (%d during a checkpoint write): every newest checkpoint intact and resumable, at most %d "
          "logged steps lost, every resumed run bit for bit equal to the uninterrupted one",
          killed_in_write, lost_most);
  }

  void sigterm_and_sigint_save_and_exit_cleanly() {
    const std::string data = test::write_image_folder(8, 32);
    for (const int signal_number : {SIGTERM, SIGINT}) {
      const std::string log_dir = test::temp_dir();
      QProcess train;
      train.setProcessChannelMode(QProcess::MergedChannels);
      train.start(QStringLiteral(PATCHDIFF_CLI_PATH), trainArgs(data, log_dir, 100000));
      QVERIFY(train.waitForStarted());
      QString output;
      while (!output.contains(QStringLiteral("step 5 ")) && train.state() == QProcess::Running) {
        train.waitForReadyRead(200);
        output += QString::fromUtf8(train.readAll());
      }
      ::kill(static_cast<pid_t>(train.processId()), signal_number);
      QVERIFY(train.waitForFinished(60000));
      output += QString::fromUtf8(train.readAll());
      QVERIFY2(train.exitStatus() == QProcess::NormalExit, qPrintable(output));
      const int newest = newestCheckpoint(log_dir);
      QVERIFY2(newest >= 5, qPrintable(output));  // saved at the step it stopped after
      QVERIFY2(unreadableFile(log_dir).isEmpty(), qPrintable(unreadableFile(log_dir)));
    }
  }

  void killed_sampling_leaves_complete_files_or_none() {
    auto args = [](const std::string& save_dir) {
      return QStringList{"sample", "--model_path", PATCHDIFF_SOURCE_DIR "/resources/models/emoji64_p8.pt",
                         "--num_samples", "64", "--batch_size", "64", "--timestep_respacing", "3", "--save_dir",
                         QString::fromStdString(save_dir), "--threads", "1"};
    };
    // The kills spread from a third of an uninterrupted run's time to its end, so some land
    // while the files are written, not all before the first one.
    QElapsedTimer timer;
    timer.start();
    QVERIFY(test::run_cli(args(test::temp_dir())).exit_code == 0);
    const qint64 whole_ms = timer.elapsed();
    QRandomGenerator random(7);
    for (int trial = 0; trial < 5; ++trial) {
      const std::string save_dir = test::temp_dir();
      QProcess sample;
      sample.start(QStringLiteral(PATCHDIFF_CLI_PATH), args(save_dir));
      QVERIFY(sample.waitForStarted());
      QTest::qSleep(static_cast<int>(whole_ms * (2 + trial) / 6 + random.bounded(0, 20)));
      sample.kill();
      QVERIFY(sample.waitForFinished(10000));
      QVERIFY2(unreadableFile(save_dir).isEmpty(), qPrintable(unreadableFile(save_dir)));
    }
  }
};

QTEST_GUILESS_MAIN(TestTrainKill)
#include "test_train_kill.moc"
