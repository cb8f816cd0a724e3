// SPDX-License-Identifier: GPL-3.0-or-later
// No work lost without a word (offscreen): finished runs are saved to the outputs folder by
// default (one subfolder per day) and come back in History after a restart; quitting during
// a run asks; Export All never replaces files silently.
#include <QAbstractButton>
#include <QDate>
#include <QDir>
#include <QMessageBox>

#include "support/shared_data.h"
#include "tests/ui/studio_test_util.h"
#include "ui/inspect/inspector.h"
#include "ui/inspect/sample_canvas.h"
#include "ui/export/run_autosave.h"
#include "ui/export/sample_exporter.h"

using namespace patchdiff;

namespace {
// The window-modal question named `objectName` once it is up (it opens asynchronously).
QMessageBox* waitForQuestion(QWidget& parent, const QString& objectName) {
  QMessageBox* box = nullptr;
  const auto shown = [&] {
    box = parent.findChild<QMessageBox*>(objectName);
    return box && box->isVisible();
  };
  return QTest::qWaitFor(shown, 10000) ? box : nullptr;
}

QAbstractButton* buttonWithText(QMessageBox* box, const QString& text) {
  for (QAbstractButton* b : box->buttons())
    if (b->text().remove(QLatin1Char('&')) == text) return b;
  return nullptr;
}

QByteArray contents(const QString& path) {
  QFile f(path);
  return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
}  // namespace

class TestStudioOutputs : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() { test::isolateSettings(); }

  void autosave_is_on_by_default() {
    QSettings().remove(QStringLiteral("outputs/autosave"));
    QVERIFY(ui::RunAutosave::enabled());
    QVERIFY(ui::RunAutosave::defaultFolder().endsWith(QStringLiteral("Patch Diffusion Studio")));
    ui::RunAutosave::setEnabled(false);
  }

  void finished_runs_are_saved_and_come_back_in_history_after_a_restart() {
    const QString root = QString::fromStdString(test::temp_dir()) + QStringLiteral("/outputs");
    ui::RunAutosave::setEnabled(true);
    ui::RunAutosave::setFolder(root);
    QVector<QImage> images;
    {
      ui::MainWindow w;
      QVERIFY(test::selectPatch(w, 8));
      test::fastSettings(w, 3, 2, 77);
      w.generate();
      QVERIFY(test::waitForRunEnd(w));
      images = w.store()->outcome().images;
    }
    const QString day = QDir(root).filePath(QDate::currentDate().toString(Qt::ISODate));
    for (const char* name : {"00001-seed77-0.png", "00001-seed77-1.png"}) {
      const QString path = QDir(day).filePath(QLatin1String(name));
      QVERIFY2(ui::SampleExporter::hasRunDescription(path), qPrintable(path));
    }
    {
      ui::MainWindow w;  // a restart
      QVERIFY(test::waitForModel(w));
      const auto& history = w.store()->history();
      QCOMPARE(history.size(), 1);
      const ui::RunRecord& saved = *history.front();
      QCOMPARE(saved.savedName, QDate::currentDate().toString(Qt::ISODate) + QStringLiteral(" #1"));
      QCOMPARE(saved.info.seed, quint64(77));
      QCOMPARE(saved.info.numSteps, 3);
      QCOMPARE(saved.outcome.images.size(), 2);
      for (int i = 0; i < 2; ++i)
        QCOMPARE(saved.outcome.images[i].convertToFormat(QImage::Format_RGB888),
                 images[i].convertToFormat(QImage::Format_RGB888));
      // Picking it shows its images and lets them be exported again.
      QVERIFY(w.inspector()->selectRun(saved.runId()));
      QCOMPARE(w.canvas()->count(), 2);
      const QString png = QString::fromStdString(test::temp_dir()) + QStringLiteral("/again.png");
      QVERIFY(w.exportImage(1, png));
      QVERIFY(ui::SampleExporter::hasRunDescription(png));
      // A second run of the day is numbered after the first; nothing is replaced.
      QVERIFY(test::selectPatch(w, 8));
      test::fastSettings(w, 2, 1, 77);
      w.generate();
      QVERIFY(test::waitForRunEnd(w));
      QVERIFY(QFileInfo::exists(QDir(day).filePath(QStringLiteral("00002-seed77-0.png"))));
    }
    ui::RunAutosave::setEnabled(false);
  }

  void quitting_during_a_run_asks() {
    ui::MainWindow w;
    QVERIFY(test::selectPatch(w, 8));
    test::fastSettings(w, 500, 1);
    w.show();
    w.generate();
    QVERIFY(QTest::qWaitFor([&] { return w.store()->frameCount() >= 1; }, 60000));
    w.close();
    QMessageBox* box = waitForQuestion(w, QStringLiteral("QuitDuringRunQuestion"));
    QVERIFY(box);
    QVERIFY(w.isVisible());
    QVERIFY(w.controller()->isRunning());
    buttonWithText(box, QStringLiteral("Keep Running"))->click();
    QTest::qWait(50);
    QVERIFY(w.isVisible());
    QVERIFY(w.controller()->isRunning());
    w.close();
    box = waitForQuestion(w, QStringLiteral("QuitDuringRunQuestion"));
    QVERIFY(box);
    buttonWithText(box, QStringLiteral("Quit"))->click();
    QVERIFY(QTest::qWaitFor([&] { return !w.isVisible(); }, 10000));
    QVERIFY(test::waitForRunEnd(w));
  }

  void export_all_never_replaces_files_silently() {
    ui::MainWindow w;
    QVERIFY(test::selectPatch(w, 8));
    test::fastSettings(w, 2, 2);
    w.show();
    w.generate();
    QVERIFY(test::waitForRunEnd(w));
    const QString dir = QString::fromStdString(test::temp_dir()) + QStringLiteral("/batch");
    QVERIFY(w.exportBatch(dir));
    const QString png = dir + QStringLiteral("/sample_00000.png");
    QFile::remove(png);
    QFile marker(png);
    QVERIFY(marker.open(QIODevice::WriteOnly));
    marker.write("the user's own file");
    marker.close();
    // Same names: a question, and nothing written until it is answered.
    QVERIFY(!w.exportBatch(dir));
    QMessageBox* box = waitForQuestion(w, QStringLiteral("ReplaceFilesQuestion"));
    QVERIFY(box);
    QVERIFY2(box->text().contains(QStringLiteral("4 file")), qPrintable(box->text()));
    QCOMPARE(contents(png), QByteArray("the user's own file"));
    box->button(QMessageBox::Cancel)->click();
    QTest::qWait(50);
    QCOMPARE(contents(png), QByteArray("the user's own file"));
    // Replace writes them.
    QVERIFY(!w.exportBatch(dir));
    box = waitForQuestion(w, QStringLiteral("ReplaceFilesQuestion"));
    QVERIFY(box);
    buttonWithText(box, QStringLiteral("Replace"))->click();
    QVERIFY(QTest::qWaitFor([&] { return ui::SampleExporter::hasRunDescription(png); }, 10000));
  }
};

PATCHDIFF_STUDIO_TEST_MAIN(TestStudioOutputs)
#include "test_studio_outputs.moc"
