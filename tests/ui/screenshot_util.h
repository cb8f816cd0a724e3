// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by the screenshot tests: writing a widget's grab into the build's screenshots/
// folder, and running the compare window's default P = 2/4/8 comparison to the end.
#include <QDir>
#include <QSignalSpy>
#include <QWidget>

#include "ui/compare/compare_window.h"

namespace patchdiff::test {

inline bool saveScreenshot(QWidget& w, const QString& name) {
  QDir().mkpath(QStringLiteral(PATCHDIFF_SCREENSHOT_DIR));
  const QString path = QStringLiteral(PATCHDIFF_SCREENSHOT_DIR "/%1.png").arg(name);
  const bool ok = w.grab().save(path);
  qInfo("screenshot %s", qPrintable(path));
  return ok;
}

// Shows the window at screenshot size and runs its current comparison; true when it ran
// to the end without error.
inline bool runComparison(ui::CompareWindow& compare) {
  compare.resize(1200, 860);
  compare.show();
  QSignalSpy finished(&compare, &ui::CompareWindow::finished);
  if (compare.start() == 0) return false;
  if (!finished.wait(600000)) return false;
  return finished.front().front().toBool();
}

}  // namespace patchdiff::test
