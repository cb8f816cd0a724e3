// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The History dock: the session's runs, newest first, each with a thumbnail, its checkpoint,
// steps, seed and settings; branches name their parent and step; runs whose trajectories
// were dropped for the memory budget say so. Selecting one puts it on view.
#include <QListWidget>

namespace patchdiff::ui {

class TrajectoryStore;

class RunHistoryView : public QListWidget {
  Q_OBJECT

 public:
  explicit RunHistoryView(TrajectoryStore* store, QWidget* parent = nullptr);

  void rebuild();
  quint64 runIdAt(int row) const;
  int rowOf(quint64 runId) const;

 Q_SIGNALS:
  void runActivated(quint64 runId);

 private:
  TrajectoryStore* m_store;
  bool m_rebuilding = false;
};

}  // namespace patchdiff::ui
