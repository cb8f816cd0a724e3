// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/window/language_menu.h"

#include <QActionGroup>

#include "ui/window/studio_language.h"

namespace patchdiff::ui {

LanguageMenu::LanguageMenu(QWidget* parent) : QMenu(tr("&Language"), parent), m_group(new QActionGroup(this)) {
  setObjectName(QStringLiteral("LanguageMenu"));
  const QString current = languageOverride();
  auto add = [this, &current](const QString& text, const QString& language) {
    QAction* action = addAction(text);
    action->setCheckable(true);
    action->setChecked(language == current);
    action->setData(language);
    m_group->addAction(action);
  };
  add(tr("&System Language"), QString());
  addSeparator();
  // Languages by their own names, as a user who cannot read the current one looks for them.
  add(QStringLiteral("English"), QStringLiteral("en"));
  for (const QString& language : availableLanguages()) add(nativeLanguageName(language), language);
  connect(m_group, &QActionGroup::triggered, this, [this](QAction* action) {
    const QString language = action->data().toString();
    setLanguageOverride(language);
    Q_EMIT languageChosen(language, language.isEmpty() ? tr("the system language") : action->text());
  });
}

}  // namespace patchdiff::ui
