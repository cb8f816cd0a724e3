// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The runs of the session (history) and the one on view. Every run records its trajectory
// as 8-bit frames (x0 prediction and x_t per image) and, where the memory budget allows, the
// float x_t that exact branching needs; every step's plot numbers are always kept. All runs
// share one memory budget: when a new run needs room, older runs drop their trajectories
// first (oldest first); when one run alone would exceed it, it keeps every k-th step plus
// the first and last. The preview may skip frames; this never skips a planned one.
#include <QObject>
#include <QVector>

#include <memory>

#include "ui/inspect/run_record.h"

namespace patchdiff::ui {

class TrajectoryStore : public QObject {
  Q_OBJECT

 public:
  static constexpr qint64 kDefaultBudget = qint64(1) << 30;  // 1 GiB

  explicit TrajectoryStore(QObject* parent = nullptr);

  void setMemoryBudget(qint64 bytes);
  qint64 memoryBudget() const { return m_budget; }
  qint64 memoryUsed() const;  // all runs' recorded frames and floats

  // Starts recording a new run and puts it on view. A branch (info.request.parentRunId)
  // starts with its parent's frames and numbers before the branch step.
  void beginRun(const RunInfo& info);
  // Appends a step of the recording run; frames of other runs are ignored.
  void append(const StepFrame& frame);
  // The run's final images (after the last step, or the last prediction when cancelled).
  void finish(const RunOutcome& outcome);
  // Nothing on view (the history stays).
  void clear();
  // Runs saved by an earlier session (RunAutosave::load), put before this session's in
  // the history, with ids of their own (from kSavedRunIdBase) that never meet the
  // controller's. Not put on view.
  void addSavedRuns(const QVector<std::shared_ptr<RunRecord>>& runs);
  static constexpr quint64 kSavedRunIdBase = quint64(1) << 48;
  // Puts an earlier run on view; false when it is not in the history.
  bool select(quint64 runId);

  // The run on view.
  const RunInfo& run() const;
  bool hasRun() const { return m_view != nullptr; }
  const RunRecord* current() const { return m_view.get(); }
  int frameCount() const { return m_view ? m_view->frames.size() : 0; }
  const StepFrame& frame(int i) const { return m_view->frames.at(i); }
  const QVector<StepFrame>& frames() const;
  bool isFinished() const { return m_view && m_view->finished; }
  const RunOutcome& outcome() const;
  double stepSeconds() const;  // total seconds of the run's steps so far
  bool isRecording(quint64 runId) const { return m_live && m_live->runId() == runId && !m_live->finished; }

  const QVector<std::shared_ptr<RunRecord>>& history() const { return m_history; }
  const RunRecord* record(quint64 runId) const;
  // What the recording plan of the run on view means, for the status bar ("" when complete).
  QString recordingNote() const;

 Q_SIGNALS:
  void runBegun(const patchdiff::ui::RunInfo& info);
  void stepAppended(int step);    // a step of the run on view (its numbers; maybe a frame)
  void frameAppended(int index);  // a recorded frame of the run on view
  void runFinished();
  void cleared();
  void viewChanged(quint64 runId);  // another run was selected
  void historyChanged();
  void trajectoryDropped(quint64 runId);
  void recordingPlanned(const QString& note);

 private:
  qint64 usedByOthers(const RunRecord* except) const;
  // Drops the oldest trajectories (not `keep`'s) until `needed` more bytes fit; true if they do.
  bool makeRoom(qint64 needed, const RunRecord* keep);

  QVector<std::shared_ptr<RunRecord>> m_history;
  std::shared_ptr<RunRecord> m_live;  // recording (or last recorded)
  std::shared_ptr<RunRecord> m_view;  // on view
  qint64 m_budget = kDefaultBudget;
  quint64 m_nextSavedId = kSavedRunIdBase;
};

// "1.5 GiB", "320 MiB", "12 KiB".
QString formatBytes(qint64 bytes);

}  // namespace patchdiff::ui
