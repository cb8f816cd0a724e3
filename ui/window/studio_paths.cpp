// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/window/studio_paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

// Q_INIT_RESOURCE must be used from the global namespace.
static void initStudioQrc() { Q_INIT_RESOURCE(studio); }

namespace patchdiff::ui {

void initStudioResources() {
  static const bool done = (initStudioQrc(), true);
  (void)done;
}

QString bundledModelsDir() {
  QStringList candidates;
  const QString env = qEnvironmentVariable("PATCHDIFF_MODELS_DIR");
  if (!env.isEmpty()) candidates << env;
  if (QCoreApplication::instance())
    candidates << QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../share/patchdiff/models"));
#ifdef PATCHDIFF_SOURCE_MODELS_DIR
  candidates << QStringLiteral(PATCHDIFF_SOURCE_MODELS_DIR);
#endif
  for (const QString& dir : candidates)
    if (QFileInfo(dir).isDir()) return QDir(dir).canonicalPath();
  return QString();
}

QString bundledFeatureNetPath() {
  const QString name = QStringLiteral("emoji64_features.pt");
  QStringList candidates;
  const QString env = qEnvironmentVariable("PATCHDIFF_SCORE_DIR");
  if (!env.isEmpty()) candidates << QDir(env).filePath(name);
  if (const QString models = bundledModelsDir(); !models.isEmpty())
    candidates << QDir(models).filePath(QStringLiteral("../score/") + name);
  for (const QString& path : candidates)
    if (QFileInfo(path).isFile()) return QFileInfo(path).canonicalFilePath();
  return QString();
}

QString userGuidePath() {
  QStringList candidates;
  if (QCoreApplication::instance())
    candidates << QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../share/doc/patchdiff/user-guide.md"));
#ifdef PATCHDIFF_SOURCE_DOCS_DIR
  candidates << QStringLiteral(PATCHDIFF_SOURCE_DOCS_DIR "/user-guide.md");
#endif
  for (const QString& path : candidates)
    if (QFileInfo(path).isFile()) return QFileInfo(path).canonicalFilePath();
  return QString();
}

}  // namespace patchdiff::ui
