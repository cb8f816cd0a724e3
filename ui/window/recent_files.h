// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// File > Open Recent: the checkpoints and samples opened last, newest first, kept in
// QSettings (files/recent) so the list survives a restart. Files that have gone away are
// left out of the menu.
#include <QObject>
#include <QStringList>

class QMenu;
class QWidget;

namespace patchdiff::ui {

class RecentFiles : public QObject {
  Q_OBJECT

 public:
  static constexpr int kMaxFiles = 10;

  // The menu is a child of `window`; the list is read from the settings.
  explicit RecentFiles(QWidget* window);

  QMenu* menu() const { return m_menu; }
  // Existing files, newest first.
  QStringList files() const;
  // Moves `path` (made absolute) to the front, drops the oldest beyond kMaxFiles, saves.
  void add(const QString& path);
  // Takes `path` off the list (a file that failed to load is no file to offer again).
  void remove(const QString& path);
  void clear();

 Q_SIGNALS:
  void fileChosen(const QString& path);

 private:
  void save() const;
  void rebuildMenu();

  QMenu* m_menu;
  QStringList m_files;
};

}  // namespace patchdiff::ui
