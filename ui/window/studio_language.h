// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The studio's language: the system locale ($LANGUAGE, LC_ALL, LC_MESSAGES, LANG) unless
// View > Language chose one (QSettings "ui/language"; it applies from the next start, as
// the widgets set their texts once).
#include <QString>
#include <QStringList>

namespace patchdiff::ui {

// Folder of patchdiff_<lang>.qm: <exe>/../share/patchdiff/translations when installed, else
// the build tree's translations folder. Empty when neither exists.
QString translationsDir();

// Languages with a translation in translationsDir() ("de", "fr", "ja", "zh_CN"), sorted.
QStringList availableLanguages();

// The language chosen in View > Language ("de", ..., "en" for English), empty for the
// system's. Needs the application's organization and name set (QSettings).
QString languageOverride();
void setLanguageOverride(const QString& language);

// Installs the translators for `language` (empty: the system locale): ours and Qt's own
// (qtbase, for the standard dialogs' buttons). Needs a QCoreApplication. Returns the
// language of the translation loaded, empty when the studio stays English.
QString installTranslators(const QString& language);

// The name of `language` in itself ("Deutsch", "Français", "简体中文", "日本語").
QString nativeLanguageName(const QString& language);

}  // namespace patchdiff::ui
