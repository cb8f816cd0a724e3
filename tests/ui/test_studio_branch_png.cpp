// SPDX-License-Identifier: GPL-3.0-or-later
// A branch's PNG (offscreen): continued from another run's step with another checkpoint and
// guidance, exported, and opened after a restart, it regenerates bit for bit; a file that
// cannot be redone exactly says so before any claim of restoration.
#include <QAbstractButton>
#include <QMessageBox>

#include "core/sampling/branch_record.h"
#include "support/shared_data.h"
#include "tests/ui/studio_test_util.h"
#include "ui/inspect/branch_dialog.h"
#include "ui/inspect/inspector.h"
#include "ui/window/message_bar.h"
#include "ui/models/model_catalog.h"
#include "ui/export/sample_exporter.h"

using namespace patchdiff;

namespace {
QImage rgb(const QImage& image) { return image.convertToFormat(QImage::Format_RGB888); }

// Runs P=8 for 6 steps, continues it from loop index 3 (shown as step 4) with P=4 and guidance 3, exports image 1 of
// the branch; returns the PNG's path.
QString exportBranch(QImage* expected) {
  ui::MainWindow w;
  if (!test::selectPatch(w, 8)) return {};
  test::fastSettings(w, 6, 2, 4321);
  w.generate();
  if (!test::waitForRunEnd(w)) return {};
  const quint64 parent = w.store()->current()->runId();
  ui::BranchSettings s;
  s.sampler = w.store()->current()->info.request.sampler;  // the parent's job
  s.sampler.guidance_scale = 3;
  s.seed = 4321;
  s.checkpoint = w.catalog()->entries()[w.catalog()->familyMember(QStringLiteral("Emoji 64x64"), 4)].path;
  if (w.inspector()->continueFrom(3, s) == 0) return {};
  // Branching with another checkpoint changes the Models dock: said at once.
  if (!w.messageBar()->text().contains(QStringLiteral("Models dock"))) return {};
  if (!test::waitForRunEnd(w) || w.store()->run().request.parentRunId != parent) return {};
  if (w.modelPanel()->loaded().patchSize != 4) return {};
  const QString png = QString::fromStdString(test::temp_dir()) + QStringLiteral("/branch.png");
  if (!w.exportImage(1, png)) return {};
  *expected = rgb(w.store()->outcome().images[1]);
  return png;
}
}  // namespace

class TestStudioBranchPng : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() { test::isolateSettings(); }

  void a_branch_png_regenerates_bit_for_bit_after_a_restart() {
    QImage expected;
    const QString png = exportBranch(&expected);
    QVERIFY(!png.isEmpty());

    ui::RestoredRun run;
    QVERIFY(ui::SampleExporter::readRun(png, &run, nullptr));
    QCOMPARE(run.branchStep, 3);
    QVERIFY(run.branchExact);
    QCOMPARE(run.startX.size(), 3 * 64 * 64);
    QVERIFY(run.parentSpecJson.contains(QStringLiteral("emoji64_p8")));  // the parent's recipe
    QCOMPARE(run.sampler.guidance_scale, 3.0);

    ui::MainWindow other;  // a restart
    QVERIFY(test::waitForModel(other));
    QSignalSpy checked(&other, &ui::MainWindow::reproductionChecked);
    QVERIFY(other.restoreFromPng(png, /*offerRegenerate=*/false));
    QCOMPARE(other.messageBar()->kind(), ui::MessageBar::Kind::Info);
    QVERIFY2(other.messageBar()->text().contains(QStringLiteral("continued another run from step 4")),
             qPrintable(other.messageBar()->text()));
    other.regenerateRestored();
    QVERIFY(checked.wait(120000));
    QVERIFY2(checked.front().at(0).toBool(),
             qPrintable(QStringLiteral("%1 pixels differ").arg(checked.front().at(1).toInt())));
    QCOMPARE(rgb(other.store()->outcome().images.front()), expected);
    // The regenerated image carries the recipe again.
    QVERIFY(sampling::branch_from_json(other.store()->outcome().specs.front().toStdString()).has_value());
  }

  void a_file_that_cannot_be_redone_says_so_before_restoring() {
    ui::MainWindow w;
    QVERIFY(test::selectPatch(w, 8));
    test::fastSettings(w, 2, 1);
    w.generate();
    QVERIFY(test::waitForRunEnd(w));
    QString spec = w.store()->outcome().specs.front();
    spec.replace(QStringLiteral("\"injected_noise\":false"), QStringLiteral("\"injected_noise\":true"));
    QVERIFY(spec.contains(QStringLiteral("\"injected_noise\":true")));
    const QString png = QString::fromStdString(test::temp_dir()) + QStringLiteral("/injected.png");
    QVERIFY(ui::SampleExporter::writeImage(png, w.store()->outcome().images.front(), spec, nullptr));

    w.show();
    QVERIFY(w.restoreFromPng(png, /*offerRegenerate=*/true));
    QCOMPARE(w.messageBar()->kind(), ui::MessageBar::Kind::Warning);
    QVERIFY2(w.messageBar()->text().contains(QStringLiteral("cannot be regenerated exactly")),
             qPrintable(w.messageBar()->text()));
    QMessageBox* box = nullptr;
    QVERIFY(QTest::qWaitFor([&] {
      box = w.findChild<QMessageBox*>();
      return box && box->isVisible();
    }, 10000));
    QVERIFY2(!box->text().contains(QStringLiteral("All settings")), qPrintable(box->text()));
    QVERIFY2(box->text().contains(QStringLiteral("will differ")), qPrintable(box->text()));
    box->button(QMessageBox::No)->click();
  }
};

PATCHDIFF_STUDIO_TEST_MAIN(TestStudioBranchPng)
#include "test_studio_branch_png.moc"
