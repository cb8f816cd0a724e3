// SPDX-License-Identifier: GPL-3.0-or-later
// Export and reproduce: a PNG whose run description regenerates it exactly, the CLI's batch
// files, unwritable folders as messages, and settings that survive a restart.
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>

#include <limits>

#include "support/file_size_limit.h"
#include "support/shared_data.h"
#include "tests/ui/studio_test_util.h"
#include "ui/window/message_bar.h"
#include "ui/inspect/sample_canvas.h"
#include "ui/export/export_folder.h"
#include "ui/export/sample_exporter.h"
#include "ui/sampling/seed_spin_box.h"

using namespace patchdiff;

class TestStudioExport : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() { test::isolateSettings(); }

  // The one folder every export dialog starts in: where the last export went.
  void the_export_folder_is_where_the_last_export_went() {
    const QString dir = QString::fromStdString(test::temp_dir());
    ui::rememberExportFolder(dir + QStringLiteral("/sheet.png"));  // a file: its folder
    QCOMPARE(ui::exportFolder(), QFileInfo(dir).absoluteFilePath());
    QCOMPARE(ui::exportPath(QStringLiteral("filmstrip.png")), QDir(dir).filePath(QStringLiteral("filmstrip.png")));
    QVERIFY(QDir(dir).mkdir(QStringLiteral("plots")));
    ui::rememberExportFolder(dir + QStringLiteral("/plots"));  // a folder: itself
    QCOMPARE(ui::exportFolder(), QFileInfo(dir + QStringLiteral("/plots")).absoluteFilePath());
    QVERIFY(QDir(dir + QStringLiteral("/plots")).removeRecursively());  // gone: not offered
    QVERIFY(ui::exportFolder() != QFileInfo(dir + QStringLiteral("/plots")).absoluteFilePath());
    QVERIFY(QFileInfo(ui::exportFolder()).isDir());
  }

  void export_writes_a_png_whose_metadata_reproduces_it() {
    ui::MainWindow w;
    QVERIFY(test::selectPatch(w, 8));
    // A seed above 2^63: `patchdiff sample --seed` takes any 64-bit value, so must the studio.
    const quint64 seed = 18446744073709551557ull;
    test::fastSettings(w, 6, 3, seed);
    w.generate();
    QVERIFY(test::waitForRunEnd(w));
    const auto outcome = w.store()->outcome();
    QCOMPARE(outcome.images.size(), 3);

    const QString dir = QString::fromStdString(test::temp_dir());
    const QString png = dir + QStringLiteral("/two.png");
    QVERIFY(w.exportImage(2, png));
    ui::RestoredRun run;
    QString error;
    QVERIFY2(ui::SampleExporter::readRun(png, &run, &error), qPrintable(error));
    QCOMPARE(run.seed, seed);
    QCOMPARE(run.imageIndex, qint64(2));
    QCOMPARE(run.label, outcome.labels[2]);
    QCOMPARE(QString::fromStdString(run.sampler.timestep_respacing), QStringLiteral("6"));
    QCOMPARE(run.image, outcome.images[2].convertToFormat(QImage::Format_RGB888));

    // Restore in a fresh window (on another model) and regenerate: the pixels match.
    ui::MainWindow other;
    QVERIFY(test::selectPatch(other, 2));
    QSignalSpy checked(&other, &ui::MainWindow::reproductionChecked);
    QVERIFY(other.restoreFromPng(png, /*offerRegenerate=*/false));
    QCOMPARE(other.samplingPanel()->controls().seed, seed);
    QCOMPARE(other.samplingPanel()->controls().steps, 6);
    other.regenerateRestored();
    QVERIFY(checked.wait(120000));
    QCOMPARE(other.modelPanel()->loaded().patchSize, 8);
    QVERIFY2(checked.front().at(0).toBool(),
             qPrintable(QStringLiteral("%1 pixels differ").arg(checked.front().at(1).toInt())));
    QCOMPARE(other.store()->outcome().images.front().convertToFormat(QImage::Format_RGB888), run.image);
  }

  void the_seed_box_takes_any_64_bit_seed() {
    ui::SeedSpinBox box;
    QSignalSpy changed(&box, &ui::SeedSpinBox::valueChanged);
    box.findChild<QLineEdit*>()->selectAll();
    QTest::keyClicks(&box, QStringLiteral("18446744073709551615"));
    QCOMPARE(box.value(), std::numeric_limits<quint64>::max());
    QVERIFY(!changed.isEmpty());
    box.stepBy(5);  // saturates rather than wrapping to 4
    QCOMPARE(box.value(), std::numeric_limits<quint64>::max());
    box.setValue(3);
    box.stepBy(-5);
    QCOMPARE(box.value(), quint64(0));
    // One digit more than 2^64 - 1 holds is refused as typed.
    box.findChild<QLineEdit*>()->selectAll();
    QTest::keyClicks(&box, QStringLiteral("18446744073709551616"));
    QCOMPARE(box.findChild<QLineEdit*>()->text(), QStringLiteral("1844674407370955161"));
    QCOMPARE(box.value(), quint64(1844674407370955161ull));
  }

  void export_all_writes_the_cli_files() {
    ui::MainWindow w;
    QVERIFY(test::selectPatch(w, 8));
    test::fastSettings(w, 3, 2);
    w.generate();
    QVERIFY(test::waitForRunEnd(w));
    const QString dir = QString::fromStdString(test::temp_dir()) + QStringLiteral("/batch");
    QVERIFY(w.exportBatch(dir));
    for (const char* name : {"samples_2x64x64x3.npz", "samples_2x64x64x3_grid.png", "sample_00000.png", "sample_00001.png"})
      QVERIFY2(QFile::exists(dir + QLatin1Char('/') + QLatin1String(name)), name);
    QVERIFY(ui::SampleExporter::hasRunDescription(dir + QStringLiteral("/sample_00001.png")));
  }

  void an_unwritable_folder_is_a_message() {
    ui::MainWindow w;
    QVERIFY(test::selectPatch(w, 8));
    test::fastSettings(w, 2, 1);
    w.generate();
    QVERIFY(test::waitForRunEnd(w));
    const QString path = QStringLiteral("/proc/no-such-dir/x.png");
    QVERIFY(!w.exportImage(0, path));
    QVERIFY(w.lastError().contains(QStringLiteral("/proc/no-such-dir")));
    QVERIFY(w.messageBar()->isVisibleTo(&w));
    QVERIFY(!QFile::exists(path));
  }

  void a_full_disk_is_a_message_and_leaves_no_partial_file() {
    ui::MainWindow w;
    QVERIFY(test::selectPatch(w, 8));
    test::fastSettings(w, 2, 2);
    w.generate();
    QVERIFY(test::waitForRunEnd(w));
    const QString dir = QString::fromStdString(test::temp_dir()) + QStringLiteral("/full");
    QVERIFY(QDir().mkpath(dir));
    // A disk that fills after 4 KiB.
    bool exported = true;
    {
      const test::FileSizeLimit fullDisk(4096);
      QVERIFY(fullDisk.active());
      exported = w.exportBatch(dir);
    }
    QVERIFY(!exported);
    QVERIFY2(w.lastError().contains(dir), qPrintable(w.lastError()));
    QVERIFY(w.messageBar()->isVisibleTo(&w));
    // No temporary or cut-off file: whatever is there is complete (the npz never fits).
    const QStringList left = QDir(dir).entryList(QDir::Files | QDir::Hidden);
    for (const QString& name : left) QVERIFY2(!name.startsWith(QLatin1Char('.')), qPrintable(name));
    QVERIFY(!left.contains(QStringLiteral("samples_2x64x64x3.npz")));
    for (const QString& name : left)
      if (name.endsWith(QLatin1String(".png"))) QVERIFY2(!QImage(dir + QLatin1Char('/') + name).isNull(), qPrintable(name));
  }

  void settings_survive_a_restart() {
    {
      ui::MainWindow w;
      w.show();
      QVERIFY(test::selectPatch(w, 2));
      ui::SamplingControls c = w.samplingPanel()->controls();
      c.sampler.solver = "ddim";
      c.sampler.eta = 0.3;
      c.steps = 17;
      c.batch = 3;
      c.sampler.guidance_scale = 2.5;
      c.seed = 4242;
      c.seedLocked = true;
      c.classIndex = 5;
      c.previewEvery = 2;
      w.samplingPanel()->setControls(c);
      w.canvas()->setZoom(6);
      w.findChild<QDockWidget*>(QStringLiteral("ModelsDock"))->hide();
      w.close();
    }
    ui::MainWindow w;
    QVERIFY(test::waitForModel(w));
    QCOMPARE(w.modelPanel()->loaded().patchSize, 2);
    const ui::SamplingControls c = w.samplingPanel()->controls();
    QCOMPARE(c.sampler.solver, std::string("ddim"));
    QCOMPARE(c.sampler.eta, 0.3);
    QCOMPARE(c.steps, 17);
    QCOMPARE(c.batch, 3);
    QCOMPARE(c.sampler.guidance_scale, 2.5);
    QCOMPARE(c.seed, quint64(4242));
    QCOMPARE(c.seedLocked, true);
    QCOMPARE(c.classIndex, 5);
    QCOMPARE(c.previewEvery, 2);
    QCOMPARE(w.canvas()->zoom(), 6);
    QVERIFY(!w.canvas()->fitToWindow());
    QVERIFY(w.findChild<QDockWidget*>(QStringLiteral("ModelsDock"))->isHidden());
  }
};

PATCHDIFF_STUDIO_TEST_MAIN(TestStudioExport)
#include "test_studio_export.moc"
