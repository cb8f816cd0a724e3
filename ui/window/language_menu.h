// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// View > Language: the system's language, English, or one of the installed translations.
// The choice is saved (studio_language.h) and applies from the next start.
#include <QMenu>

class QActionGroup;

namespace patchdiff::ui {

class LanguageMenu : public QMenu {
  Q_OBJECT

 public:
  explicit LanguageMenu(QWidget* parent = nullptr);

 Q_SIGNALS:
  // `language` as saved ("de", "en", or empty for the system's); `name` to show the user.
  void languageChosen(const QString& language, const QString& name);

 private:
  QActionGroup* m_group;
};

}  // namespace patchdiff::ui
