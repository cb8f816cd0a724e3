// SPDX-License-Identifier: GPL-3.0-or-later
// Screenshots of the window (offscreen platform's grab) mid-run and after a run, in the
// light palette and a dark one, written to <build>/screenshots for a person to look at.
#include <QAbstractButton>
#include <QDir>
#include <QMessageBox>
#include <QSlider>
#include <QStyleFactory>

#include "tests/ui/screenshot_util.h"
#include "tests/ui/studio_test_util.h"
#include "ui/compare/compare_window.h"
#include "ui/input/input_panel.h"
#include "ui/input/mask_editor.h"
#include "ui/inspect/inspector.h"
#include "ui/inspect/sample_canvas.h"
#include "ui/inspect/timeline_bar.h"
#include "ui/models/flags_view.h"
#include "ui/sampling/sampling_panel.h"

using namespace patchdiff;

class TestStudioScreenshots : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() { test::isolateSettings(); }

  void window_mid_run_and_after() {
    ui::MainWindow w;
    w.resize(1280, 800);
    w.show();
    QVERIFY(test::selectPatch(w, 4));
    test::fastSettings(w, 30, 4, /*seed=*/2024);
    w.generate();
    QVERIFY(QTest::qWaitFor([&] { return w.store()->frameCount() >= 12 && w.previewsShown() > 0; }, 120000));
    QTest::qWait(50);
    QVERIFY(test::saveScreenshot(w, QStringLiteral("studio_mid_run")));
    QVERIFY(test::waitForRunEnd(w, 600000));  // slow under a loaded machine; nothing here is timed
    QTest::qWait(50);
    QVERIFY(test::saveScreenshot(w, QStringLiteral("studio_after_run")));

    // Both sides (x0 prediction | x_t) at a fixed zoom, one tile selected.
    w.canvas()->setViewMode(ui::SampleCanvas::ViewMode::Both);
    w.canvas()->setZoom(3);
    w.canvas()->setSelectedIndex(1);
    QTest::qWait(50);
    QVERIFY(test::saveScreenshot(w, QStringLiteral("studio_both_views")));
  }

  // Starting from an image: an emoji face turned into variations, and a flag with its centre
  // repainted (the mask shown as an overlay in the Input Image dock).
  void variations_and_inpainting() {
    ui::MainWindow w;
    w.resize(1400, 900);
    w.show();
    QVERIFY(test::selectPatch(w, 4));
    test::fastSettings(w, 20, 1, /*seed=*/31);
    ui::SamplingControls c = w.samplingPanel()->controls();
    c.classIndex = 0;  // Smileys & Emotion
    w.samplingPanel()->setControls(c);
    w.generate();
    QVERIFY(test::waitForRunEnd(w, 600000));  // slow under a loaded machine; nothing here is timed
    c.batch = 4;
    c.seed = 32;
    w.samplingPanel()->setControls(c);
    w.inputPanel()->setStrength(0.55);
    QVERIFY(w.variationsOf(0) != 0);
    QVERIFY(test::waitForRunEnd(w, 600000));
    QTest::qWait(50);
    QVERIFY(test::saveScreenshot(w, QStringLiteral("studio_variations")));

    c.batch = 1;
    c.seed = 40;
    c.classIndex = 8;  // Flags
    w.samplingPanel()->setControls(c);
    w.inputPanel()->clear();
    w.generate();
    QVERIFY(test::waitForRunEnd(w, 600000));
    QVERIFY(w.useAsInput(0));
    w.inputPanel()->editor()->setBrushRadius(13);
    w.inputPanel()->editor()->paintAt({32, 32}, true);
    w.inputPanel()->setStrength(1.0);
    c.batch = 4;
    c.seed = 41;
    w.samplingPanel()->setControls(c);
    w.generate();
    QVERIFY(test::waitForRunEnd(w, 600000));
    QTest::qWait(50);
    QVERIFY(test::saveScreenshot(w, QStringLiteral("studio_inpaint_flag")));
  }

  // The trajectory inspector after a run (scrubbed back to an early step) and a P = 2/4/8
  // comparison with its table and bar chart.
  void inspector_and_comparison() {
    ui::MainWindow w;
    w.resize(1400, 900);
    w.show();
    QVERIFY(test::selectPatch(w, 4));
    test::fastSettings(w, 40, 4, /*seed=*/2024);
    w.generate();
    QVERIFY(test::waitForRunEnd(w, 600000));  // slow under a loaded machine; nothing here is timed
    QTest::qWait(50);
    QVERIFY(test::saveScreenshot(w, QStringLiteral("studio_inspector_after_run")));
    w.canvas()->setSelectedIndex(1);
    w.inspector()->timeline()->setStep(12);
    QTest::qWait(50);
    QVERIFY(test::saveScreenshot(w, QStringLiteral("studio_inspector_step12")));

    test::fastSettings(w, 20, 4, /*seed=*/2024);
    ui::CompareWindow* compare = w.inspector()->compareWindow();
    QVERIFY(test::runComparison(*compare));
    for (const auto& c : compare->outcome()->result.columns)
      qInfo("compare P=%d: %.1f ms/step (median of %zu), %.2f s total", c.patch_size, c.ms_per_step_median,
            c.step_ms.size(), c.total_s);
    QTest::qWait(50);
    QVERIFY(test::saveScreenshot(*compare, QStringLiteral("studio_compare_p2_p4_p8")));
    compare->scrubber()->setValue(8);
    QTest::qWait(50);
    QVERIFY(test::saveScreenshot(*compare, QStringLiteral("studio_compare_p2_p4_p8_step8")));
  }

  // States a new user met (issue 20), fixed: a mistyped MODEL_FLAGS paste (one line, the
  // layout unchanged) and the question when quitting mid-run.
  void paste_error_and_quit_question() {
    ui::MainWindow w;
    w.resize(1280, 800);
    w.show();
    QVERIFY(test::selectPatch(w, 8));
    QVERIFY(!w.modelPanel()->flagsView()->applyFlagString(QStringLiteral("--num_heads 4 --num_head_channel 32")));
    QTest::qWait(50);
    QVERIFY(test::saveScreenshot(w, QStringLiteral("studio_flags_paste_error")));

    // Steps checked as typed: the reason under the row, Generate off.
    ui::SamplingControls typed = w.samplingPanel()->controls();
    typed.respacingText = QStringLiteral("banana,-5");
    w.samplingPanel()->setControls(typed);
    QTest::qWait(50);
    QVERIFY(!w.samplingPanel()->stepsProblem().isEmpty());
    QVERIFY(test::saveScreenshot(*w.samplingPanel(), QStringLiteral("studio_steps_problem")));
    typed.respacingText.clear();
    w.samplingPanel()->setControls(typed);

    test::fastSettings(w, 400, 1);
    w.generate();
    QVERIFY(QTest::qWaitFor([&] { return w.store()->frameCount() >= 2; }, 60000));
    w.close();
    QMessageBox* box = nullptr;
    QVERIFY(QTest::qWaitFor([&] {
      box = w.findChild<QMessageBox*>(QStringLiteral("QuitDuringRunQuestion"));
      return box && box->isVisible();
    }, 10000));
    QTest::qWait(50);
    QVERIFY(test::saveScreenshot(*box, QStringLiteral("studio_quit_during_run")));
    for (QAbstractButton* b : box->buttons())
      if (box->buttonRole(b) == QMessageBox::RejectRole) b->click();
    w.cancel();
    QVERIFY(test::waitForRunEnd(w, 600000));  // slow under a loaded machine; nothing here is timed
  }

  void dark_palette() {
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(45, 45, 48));
    dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
    dark.setColor(QPalette::Base, QColor(30, 30, 32));
    dark.setColor(QPalette::AlternateBase, QColor(50, 50, 54));
    dark.setColor(QPalette::Text, QColor(230, 230, 230));
    dark.setColor(QPalette::Button, QColor(55, 55, 58));
    dark.setColor(QPalette::ButtonText, QColor(230, 230, 230));
    dark.setColor(QPalette::Highlight, QColor(60, 140, 220));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::PlaceholderText, QColor(150, 150, 150));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
      dark.setColor(QPalette::Disabled, role, QColor(120, 120, 120));
    QApplication::setPalette(dark);
    ui::MainWindow w;
    w.resize(1280, 800);
    w.show();
    QVERIFY(test::selectPatch(w, 8));
    test::fastSettings(w, 8, 4, /*seed=*/7);
    w.generate();
    QVERIFY(test::waitForRunEnd(w, 600000));  // slow under a loaded machine; nothing here is timed
    QTest::qWait(50);
    QVERIFY(test::saveScreenshot(w, QStringLiteral("studio_dark")));
  }
};

PATCHDIFF_STUDIO_TEST_MAIN(TestStudioScreenshots)
#include "test_studio_screenshots.moc"
