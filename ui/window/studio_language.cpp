// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/window/studio_language.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace patchdiff::ui {

namespace {

const QString kLanguageKey = QStringLiteral("ui/language");

// Installs `name`_<lang>.qm from `dir` for `locale` (a translator owned by the application);
// returns the file loaded, empty when none matches.
QString install(const QLocale& locale, const QString& name, const QString& dir) {
  auto* translator = new QTranslator(QCoreApplication::instance());
  if (!translator->load(locale, name, QStringLiteral("_"), dir) || !QCoreApplication::installTranslator(translator)) {
    delete translator;
    return QString();
  }
  return translator->filePath();
}

}  // namespace

QString translationsDir() {
  QStringList candidates;
  if (QCoreApplication::instance())
    candidates << QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../share/patchdiff/translations"));
#ifdef PATCHDIFF_BUILD_TRANSLATIONS_DIR
  candidates << QStringLiteral(PATCHDIFF_BUILD_TRANSLATIONS_DIR);
#endif
  for (const QString& dir : candidates)
    if (QFileInfo(dir).isDir() && !QDir(dir).entryList({QStringLiteral("patchdiff_*.qm")}, QDir::Files).isEmpty())
      return QDir(dir).canonicalPath();
  return QString();
}

QStringList availableLanguages() {
  QStringList languages;
  const QString dir = translationsDir();
  if (dir.isEmpty()) return languages;
  for (const QString& file : QDir(dir).entryList({QStringLiteral("patchdiff_*.qm")}, QDir::Files, QDir::Name))
    languages << QFileInfo(file).completeBaseName().mid(int(sizeof("patchdiff_")) - 1);
  return languages;
}

QString languageOverride() { return QSettings().value(kLanguageKey).toString(); }

void setLanguageOverride(const QString& language) {
  QSettings settings;
  if (language.isEmpty())
    settings.remove(kLanguageKey);
  else
    settings.setValue(kLanguageKey, language);
}

QString installTranslators(const QString& language) {
  if (language == QLatin1String("en")) return QString();
  const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
  const QString dir = translationsDir();
  const QString file = dir.isEmpty() ? QString() : install(locale, QStringLiteral("patchdiff"), dir);
  if (file.isEmpty()) return QString();
  install(locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
  return QFileInfo(file).completeBaseName().mid(int(sizeof("patchdiff_")) - 1);  // "zh_CN"
}

QString nativeLanguageName(const QString& language) {
  if (language == QLatin1String("zh_CN")) return QStringLiteral("简体中文");  // CLDR says 中文 for both scripts
  QString name = QLocale(language).nativeLanguageName();
  if (!name.isEmpty()) name[0] = name[0].toUpper();  // "français" as a menu entry
  return name.isEmpty() ? language : name;
}

}  // namespace patchdiff::ui
