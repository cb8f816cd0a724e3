#include "ui/trajectory_store.h"

namespace patchdiff::ui {

TrajectoryStore::TrajectoryStore(QObject* parent) : QObject(parent) {}

void TrajectoryStore::beginRun(const RunInfo& info) {
  m_run = info;
  m_frames.clear();
  m_frames.reserve(info.numSteps);
  m_outcome = RunOutcome();
  m_finished = false;
  m_seconds = 0;
  Q_EMIT runBegun(info);
}

void TrajectoryStore::append(const StepFrame& frame) {
  if (frame.runId != m_run.runId) return;
  m_frames.push_back(frame);
  m_seconds += frame.seconds;
  Q_EMIT frameAppended(m_frames.size() - 1);
}

void TrajectoryStore::finish(const RunOutcome& outcome) {
  if (outcome.runId != m_run.runId) return;
  m_outcome = outcome;
  m_finished = true;
  Q_EMIT runFinished();
}

void TrajectoryStore::clear() {
  m_run = RunInfo();
  m_frames.clear();
  m_outcome = RunOutcome();
  m_finished = false;
  m_seconds = 0;
  Q_EMIT cleared();
}

}  // namespace patchdiff::ui
