// SPDX-License-Identifier: GPL-3.0-or-later
// `patchdiff sample` split over two processes (Gloo, a FileStore): the files are those of one
// process, bit for bit (npz, grid and per-image PNGs with their run descriptions).
#include <QDir>
#include <QFile>

#include "cli/cli_runner.h"
#include "distributed/rank_processes.h"

using namespace patchdiff;
using test::RankProcesses;

namespace {

const QString kP8 = QStringLiteral(PATCHDIFF_SOURCE_DIR "/resources/models/emoji64_p8.pt");

QStringList sample_args(const QString& save_dir) {
  // 5 images in batches of 2: rank 0 makes images 0, 2, 4 and rank 1 images 1, 3.
  return QStringList{"sample", "--model_path", kP8, "--num_samples", "5", "--batch_size", "2",
                     "--timestep_respacing", "4", "--seed", "11", "--threads", "1", "--save_dir", save_dir};
}

QByteArray contents(const QString& path) {
  QFile file(path);
  return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

}  // namespace

class TestDistributedSample : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void two_ranks_write_the_files_of_one_process() {
    const QString one = QString::fromStdString(test::temp_dir());
    const QString two = QString::fromStdString(test::temp_dir());
    {
      RankProcesses single(PATCHDIFF_CLI_PATH, 1, [&](int) { return sample_args(one); });
      const auto r = single.wait(0);
      QVERIFY2(r.exit_code == 0, qPrintable(r.out + r.err));
    }
    RankProcesses pair(PATCHDIFF_CLI_PATH, 2, [&](int) { return sample_args(two) << "--dist_init" << "{init}"; });
    const auto r0 = pair.wait(0);
    const auto r1 = pair.wait(1);
    QVERIFY2(r0.exit_code == 0 && r1.exit_code == 0, qPrintable(r0.out + r0.err + r1.out + r1.err));
    QVERIFY2(r0.out.contains("2 processes"), qPrintable(r0.out));

    const QStringList files = QDir(one).entryList(QDir::Files, QDir::Name);
    QVERIFY(files.contains("samples_5x64x64x3.npz"));
    QVERIFY(files.size() >= 6);  // the npz, the grid and five PNGs
    QCOMPARE(QDir(two).entryList(QDir::Files, QDir::Name), files);
    for (const auto& name : files) QVERIFY2(contents(one + "/" + name) == contents(two + "/" + name), qPrintable(name));
  }
};

QTEST_GUILESS_MAIN(TestDistributedSample)
#include "test_distributed_sample.moc"
