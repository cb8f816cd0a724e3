// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/window/recent_files.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace patchdiff::ui {

namespace {
const QString kKey = QStringLiteral("files/recent");
}

RecentFiles::RecentFiles(QWidget* window) : QObject(window), m_menu(new QMenu(tr("Open &Recent"), window)) {
  m_files = QSettings().value(kKey).toStringList();
  while (m_files.size() > kMaxFiles) m_files.removeLast();
  // Rebuilt on opening, so files deleted meanwhile do not show.
  connect(m_menu, &QMenu::aboutToShow, this, &RecentFiles::rebuildMenu);
  rebuildMenu();
}

QStringList RecentFiles::files() const {
  QStringList existing;
  for (const QString& f : m_files)
    if (QFileInfo(f).isFile()) existing << f;
  return existing;
}

void RecentFiles::add(const QString& path) {
  const QString absolute = QFileInfo(path).absoluteFilePath();
  m_files.removeAll(absolute);
  m_files.prepend(absolute);
  while (m_files.size() > kMaxFiles) m_files.removeLast();
  save();
  rebuildMenu();
}

void RecentFiles::remove(const QString& path) {
  if (m_files.removeAll(QFileInfo(path).absoluteFilePath()) == 0) return;
  save();
  rebuildMenu();
}

void RecentFiles::clear() {
  m_files.clear();
  save();
  rebuildMenu();
}

void RecentFiles::save() const { QSettings().setValue(kKey, m_files); }

void RecentFiles::rebuildMenu() {
  m_menu->clear();
  const QStringList existing = files();
  for (int i = 0; i < existing.size(); ++i) {
    const QString& path = existing[i];
    // &1..&9 and &0 as keyboard accelerators; the full path as the tip.
    const QString text = QStringLiteral("&%1 %2").arg((i + 1) % 10).arg(QFileInfo(path).fileName().replace(QLatin1Char('&'), QStringLiteral("&&")));
    QAction* action = m_menu->addAction(text);
    action->setData(path);
    action->setToolTip(QDir::toNativeSeparators(path));
    action->setStatusTip(QDir::toNativeSeparators(path));
    connect(action, &QAction::triggered, this, [this, path] { Q_EMIT fileChosen(path); });
  }
  m_menu->addSeparator();
  QAction* clearAction = m_menu->addAction(tr("&Clear List"));
  clearAction->setEnabled(!existing.isEmpty());
  connect(clearAction, &QAction::triggered, this, &RecentFiles::clear);
  m_menu->setToolTipsVisible(true);
  m_menu->menuAction()->setEnabled(!existing.isEmpty());
}

}  // namespace patchdiff::ui
