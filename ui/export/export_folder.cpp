// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/export/export_folder.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

#include "ui/export/run_autosave.h"

namespace patchdiff::ui {

namespace {
const QString kKey = QStringLiteral("files/exportFolder");
}

QString exportFolder() {
  const QString last = QSettings().value(kKey).toString();
  if (!last.isEmpty() && QFileInfo(last).isDir()) return last;
  const QString outputs = RunAutosave::folder();
  return QFileInfo(outputs).isDir() ? outputs : QDir::homePath();
}

QString exportPath(const QString& fileName) { return QDir(exportFolder()).filePath(fileName); }

void rememberExportFolder(const QString& path) {
  const QFileInfo info(path);
  QSettings().setValue(kKey, info.isDir() ? info.absoluteFilePath() : info.absolutePath());
}

}  // namespace patchdiff::ui
