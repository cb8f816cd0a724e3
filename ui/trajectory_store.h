#pragma once
// Every step of the current run as 8-bit frames (x0 prediction and x_t per image) with the
// step's numbers. The window owns it; the preview may skip frames, this never does. Later
// tools (a step scrubber, SNR and timing plots, run history) read from here.
#include <QObject>
#include <QVector>

#include "ui/worker_types.h"

namespace patchdiff::ui {

class TrajectoryStore : public QObject {
  Q_OBJECT

 public:
  explicit TrajectoryStore(QObject* parent = nullptr);

  // Starts recording a new run (drops the previous one).
  void beginRun(const RunInfo& info);
  // Appends a frame of the current run; frames of other runs are ignored.
  void append(const StepFrame& frame);
  // The run's final images (after the last step, or the last prediction when cancelled).
  void finish(const RunOutcome& outcome);
  void clear();

  const RunInfo& run() const { return m_run; }
  bool hasRun() const { return m_run.runId != 0; }
  int frameCount() const { return m_frames.size(); }
  const StepFrame& frame(int i) const { return m_frames.at(i); }
  const QVector<StepFrame>& frames() const { return m_frames; }
  bool isFinished() const { return m_finished; }
  const RunOutcome& outcome() const { return m_outcome; }
  // Total seconds of the recorded steps.
  double stepSeconds() const { return m_seconds; }

 Q_SIGNALS:
  void runBegun(const patchdiff::ui::RunInfo& info);
  void frameAppended(int index);
  void runFinished();
  void cleared();

 private:
  RunInfo m_run;
  QVector<StepFrame> m_frames;
  RunOutcome m_outcome;
  bool m_finished = false;
  double m_seconds = 0;
};

}  // namespace patchdiff::ui
