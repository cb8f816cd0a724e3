// SPDX-License-Identifier: GPL-3.0-or-later
// What `patchdiff sample` tells a user during a run: the plan and an estimate before the
// long part, a counter of the run's steps (not image-steps) with h:mm:ss times, lines in a
// log when stderr is not a terminal, and Ctrl+C keeping the finished batches.
#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

#include <csignal>

#include "core/io/npz.h"
#include "support/shared_data.h"

using namespace patchdiff;

namespace {
const QString kP8 = QStringLiteral(PATCHDIFF_SOURCE_DIR "/resources/models/emoji64_p8.pt");

// The CLI piped (as into a log), with a progress line at every update.
void start_cli(QProcess& process, const QStringList& args) {
  auto env = QProcessEnvironment::systemEnvironment();
  env.insert("PATCHDIFF_PROGRESS_SECONDS", "0");
  process.setProcessEnvironment(env);
  process.start(QStringLiteral(PATCHDIFF_CLI_PATH), args);
  QVERIFY(process.waitForStarted());
}

// Reads stderr until it holds `text` (or the program ends); returns all of it.
QString read_err_until(QProcess& process, QString& err, const QString& text) {
  while (!err.contains(text) && process.state() != QProcess::NotRunning) {
    process.waitForReadyRead(1000);
    err += QString::fromUtf8(process.readAllStandardError());
  }
  return err;
}
}  // namespace

class TestCliSampleProgress : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void says_plan_and_counts_steps_of_the_run() {
    const QString dir = QString::fromStdString(test::temp_dir());
    QProcess process;
    start_cli(process, {"sample", "--model_path", kP8, "--timestep_respacing", "5", "--num_samples", "4",
                        "--batch_size", "2", "--class_labels", "0", "--save_dir", dir});
    QVERIFY(process.waitForFinished(600000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(process.exitCode() == 0, qPrintable(err));
    QVERIFY2(err.contains("sampling 4 images in 2 batches of up to 2, 5 ddpm steps each, on cpu, into " + dir), qPrintable(err));
    QVERIFY2(QRegularExpression("estimated time: about \\d+:\\d\\d:\\d\\d").match(err).hasMatch(), qPrintable(err));
    // Two batches of 5 steps: 10 steps of the run (not 20 image-steps), each a line in the log.
    QVERIFY2(err.contains("sampling 10/10 steps (batch 2/2)"), qPrintable(err));
    QVERIFY2(err.contains("sampling 1/10 steps (batch 1/2)"), qPrintable(err));
    QVERIFY2(!err.contains("/20 steps"), qPrintable(err));
    QVERIFY2(QRegularExpression("ETA \\d+:\\d\\d:\\d\\d\n").match(err).hasMatch(), qPrintable(err));
    QVERIFY2(!err.contains("defaults"), qPrintable(err));  // count and steps were given
  }

  void announces_the_originals_long_defaults() {
    const QString dir = QString::fromStdString(test::temp_dir());
    QProcess process;
    start_cli(process, {"sample", "--model_path", kP8, "--save_dir", dir});
    QString err;
    read_err_until(process, err, "estimated time");
    ::kill(static_cast<pid_t>(process.processId()), SIGINT);
    QVERIFY(process.waitForFinished(600000));
    err += QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(err.contains("sampling 10000 images in 625 batches of up to 16, 1000 ddpm steps each"), qPrintable(err));
    QVERIFY2(err.contains("these are the original's defaults (--num_samples 10000, all 1000 diffusion steps)"),
             qPrintable(err));
    QVERIFY2(QRegularExpression("estimated time: about (\\d+ d \\d\\d|\\d+):\\d\\d:\\d\\d").match(err).hasMatch(),
             qPrintable(err));
    // Interrupted inside the first batch: nothing finished, nothing written, said so.
    QCOMPARE(process.exitCode(), 130);
    QVERIFY2(err.contains("nothing to keep"), qPrintable(err));
    QVERIFY(QDir(dir).entryList(QDir::Files).isEmpty());
  }

  void ctrl_c_keeps_finished_batches() {
    const QString dir = QString::fromStdString(test::temp_dir());
    QProcess process;
    start_cli(process, {"sample", "--model_path", kP8, "--timestep_respacing", "5", "--num_samples", "1000",
                        "--batch_size", "2", "--class_labels", "3", "--save_dir", dir});
    QString err;
    read_err_until(process, err, "(batch 3/500)");  // two batches are finished
    QVERIFY2(process.state() == QProcess::Running, qPrintable(err));
    ::kill(static_cast<pid_t>(process.processId()), SIGINT);
    QVERIFY(process.waitForFinished(600000));
    err += QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitCode(), 130);
    const auto match = QRegularExpression("interrupted: kept the (\\d+) images of the finished batches \\(of 1000\\) in ")
                           .match(err);
    QVERIFY2(match.hasMatch(), qPrintable(err));
    const int kept = match.captured(1).toInt();
    QVERIFY2(kept >= 4 && kept < 1000 && kept % 2 == 0, qPrintable(err));
    const QString npz = QString("%1/samples_%2x64x64x3.npz").arg(dir).arg(kept);
    const auto arrays = io::read_npz(npz.toStdString());
    QCOMPARE(arrays[0].second.size(0), static_cast<int64_t>(kept));
    QCOMPARE(arrays[1].second.size(0), static_cast<int64_t>(kept));  // labels of the kept images
    QCOMPARE(QDir(dir).entryList({"sample_*.png"}, QDir::Files).size(), kept);
  }
};

QTEST_GUILESS_MAIN(TestCliSampleProgress)
#include "test_cli_sample_progress.moc"
