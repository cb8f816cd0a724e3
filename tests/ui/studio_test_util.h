// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Helpers shared by the studio's tests: isolated settings, fast sampling settings, waiting
// for the worker, and a QApplication main (QTEST_MAIN may pick QCoreApplication when the
// shared precompiled header was built without QtWidgets).
#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest/QtTest>
#include <QtTest/qtest_widgets.h>

#include "ui/window/main_window.h"
#include "ui/models/model_panel.h"
#include "ui/worker/sampling_controller.h"
#include "ui/sampling/sampling_panel.h"
#include "ui/inspect/trajectory_store.h"

namespace patchdiff::test {

// Settings go to a fresh temporary folder for this process.
inline QString isolateSettings() {
  static QTemporaryDir dir;
  QCoreApplication::setOrganizationName(QStringLiteral("PatchDiffusionTest"));
  QCoreApplication::setApplicationName(QStringLiteral("Studio Test"));
  QSettings::setDefaultFormat(QSettings::IniFormat);
  QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
  QSettings().clear();
  // Runs are saved automatically by default; tests that want it turn it on (and every
  // saved file stays in this folder).
  QSettings().setValue(QStringLiteral("outputs/autosave"), false);
  QSettings().setValue(QStringLiteral("outputs/folder"), dir.filePath(QStringLiteral("outputs")));
  return dir.path();
}

inline QString bundledModel(int patchSize) {
  return QStringLiteral(PATCHDIFF_SOURCE_DIR "/resources/models/emoji64_p%1.pt").arg(patchSize);
}

// Waits until the window holds a model (the first load runs on the worker).
inline bool waitForModel(ui::MainWindow& w, int timeoutMs = 60000) {
  return QTest::qWaitFor([&] { return !w.modelPanel()->loaded().paths.isEmpty() && !w.controller()->isLoading(); },
                         timeoutMs);
}

inline bool selectPatch(ui::MainWindow& w, int p) {
  if (!waitForModel(w)) return false;
  if (w.modelPanel()->loaded().patchSize == p && w.modelPanel()->loaded().paths.size() == 1) return true;
  if (!w.modelPanel()->selectPatchSize(p)) return false;
  return QTest::qWaitFor([&] { return !w.controller()->isLoading() && w.modelPanel()->loaded().patchSize == p; }, 60000);
}

// Few steps, small batch, a locked seed: fast and reproducible.
inline void fastSettings(ui::MainWindow& w, int steps, int batch, quint64 seed = 1234) {
  ui::SamplingControls c = w.samplingPanel()->controls();
  c.steps = steps;
  c.respacingText.clear();
  c.batch = batch;
  c.seed = seed;
  c.seedLocked = true;
  c.classIndex = -1;
  c.sampler.guidance_scale = 1.5;
  c.previewEvery = 1;
  c.device = QStringLiteral("cpu");
  w.samplingPanel()->setControls(c);
}

inline bool waitForRunEnd(ui::MainWindow& w, int timeoutMs = 120000) {
  return QTest::qWaitFor([&] { return !w.controller()->isRunning(); }, timeoutMs);
}

// Distinct 8-bit values across an image: a flat (constant) image has 1.
inline int distinctValues(const QImage& image) {
  QSet<int> seen;
  const QImage rgb = image.convertToFormat(QImage::Format_RGB888);
  for (int y = 0; y < rgb.height(); ++y)
    for (int x = 0; x < rgb.width() * 3; ++x) seen.insert(rgb.constScanLine(y)[x]);
  return seen.size();
}

}  // namespace patchdiff::test

#define PATCHDIFF_STUDIO_TEST_MAIN(TestClass)           \
  int main(int argc, char** argv) {                     \
    QApplication app(argc, argv);                       \
    app.setAttribute(Qt::AA_Use96Dpi, true);            \
    TestClass test;                                     \
    return QTest::qExec(&test, argc, argv);             \
  }
