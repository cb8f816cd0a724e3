// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/inspect/trajectory_store.h"

#include <QPainter>

namespace patchdiff::ui {

namespace {

const RunInfo kNoRun;
const RunOutcome kNoOutcome;
const QVector<StepFrame> kNoFrames;

QImage thumbnailOf(const QVector<QImage>& images) {
  if (images.isEmpty() || images.front().isNull()) return QImage();
  const int n = std::min<int>(4, images.size()), s = images.front().width();
  const int cols = n == 1 ? 1 : 2, rows = (n + 1) / cols;
  QImage out(cols * s, rows * s, QImage::Format_RGB888);
  out.fill(Qt::white);
  QPainter p(&out);
  for (int i = 0; i < n; ++i) p.drawImage((i % cols) * s, (i / cols) * s, images[i]);
  p.end();
  return out.scaled(64, 64 * rows / cols, Qt::KeepAspectRatio, Qt::SmoothTransformation);
}

}  // namespace

QString formatBytes(qint64 bytes) {
  if (bytes >= (qint64(1) << 30)) return QObject::tr("%1 GiB").arg(bytes / double(qint64(1) << 30), 0, 'f', 2);
  if (bytes >= (qint64(1) << 20)) return QObject::tr("%1 MiB").arg(bytes / double(qint64(1) << 20), 0, 'f', 1);
  return QObject::tr("%1 KiB").arg(bytes / 1024.0, 0, 'f', 1);
}

TrajectoryStore::TrajectoryStore(QObject* parent) : QObject(parent) {}

void TrajectoryStore::setMemoryBudget(qint64 bytes) {
  m_budget = std::max<qint64>(bytes, 1 << 20);
  makeRoom(0, m_live.get());
}

qint64 TrajectoryStore::memoryUsed() const { return usedByOthers(nullptr); }

qint64 TrajectoryStore::usedByOthers(const RunRecord* except) const {
  qint64 total = 0;
  for (const auto& r : m_history)
    if (r.get() != except) total += r->bytes();
  return total;
}

bool TrajectoryStore::makeRoom(qint64 needed, const RunRecord* keep) {
  for (const auto& r : m_history) {  // oldest first
    if (memoryUsed() + needed <= m_budget) break;
    if (r.get() == keep || r->trajectoryDropped || r->frames.isEmpty()) continue;
    r->dropTrajectory();
    Q_EMIT trajectoryDropped(r->runId());
    Q_EMIT historyChanged();
  }
  return memoryUsed() + needed <= m_budget;
}

void TrajectoryStore::beginRun(const RunInfo& info) {
  auto created = std::make_shared<RunRecord>();
  created->info = info;
  created->metrics.reserve(info.numSteps);
  const RunRecord* parent = record(info.request.parentRunId);
  if (parent && info.request.startIndex > 0) {  // the branch shares its parent's past
    for (const auto& f : parent->frames)
      if (f.index < info.request.startIndex) {
        created->frames << f;
        created->frames.back().runId = info.runId;
      }
    for (const auto& m : parent->metrics)
      if (m.index < info.request.startIndex) created->metrics << m;
  }
  // Older runs give up their trajectories before this one is thinned out.
  const RecordingPlan full = planRecording(info.numSteps, info.batch, info.imageSize, qint64(1) << 62);
  makeRoom(full.bytes(info.numSteps) + created->bytes(), nullptr);
  created->plan = planRecording(info.numSteps, info.batch, info.imageSize,
                               m_budget - memoryUsed() - created->bytes());
  m_history << created;
  m_live = created;
  m_view = created;
  Q_EMIT historyChanged();
  Q_EMIT runBegun(info);
  Q_EMIT recordingPlanned(recordingNote());
}

void TrajectoryStore::append(const StepFrame& frame) {
  if (!m_live || frame.runId != m_live->runId() || m_live->finished) return;
  RunRecord& r = *m_live;
  r.metrics << frame.metrics;
  if (r.plan.keepsFrame(frame.index, frame.numSteps)) {
    StepFrame kept = frame;
    if (!r.plan.keepsFloat(frame.index)) kept.xtFloat = QVector<float>();
    const qint64 need = r.plan.frameBytes + qint64(kept.xtFloat.size()) * qint64(sizeof(float));
    // The plan fits the budget; this guards against estimates that do not (a smaller budget set mid-run).
    if (!makeRoom(need, &r) && !kept.xtFloat.isEmpty()) kept.xtFloat = QVector<float>();
    bool fits = makeRoom(r.plan.frameBytes, &r);
    if (!fits && frame.index == frame.numSteps - 1)  // the last step wins over the latest middle one
      while (!fits && r.frames.size() > 1) {
        r.frames.removeAt(r.frames.size() - 1);
        fits = makeRoom(r.plan.frameBytes, &r);
      }
    if (fits) {
      r.frames << kept;
      if (m_view == m_live) Q_EMIT frameAppended(r.frames.size() - 1);
    }
  }
  if (m_view == m_live) Q_EMIT stepAppended(frame.index);
}

void TrajectoryStore::finish(const RunOutcome& outcome) {
  if (!m_live || outcome.runId != m_live->runId()) return;
  m_live->outcome = outcome;
  m_live->finished = true;
  m_live->thumbnail = thumbnailOf(outcome.images);
  Q_EMIT historyChanged();
  if (m_view == m_live) Q_EMIT runFinished();
}

void TrajectoryStore::addSavedRuns(const QVector<std::shared_ptr<RunRecord>>& runs) {
  if (runs.isEmpty()) return;
  QVector<std::shared_ptr<RunRecord>> merged;
  for (const auto& r : runs) {
    r->info.runId = r->outcome.runId = m_nextSavedId++;
    r->thumbnail = thumbnailOf(r->outcome.images);
    merged << r;
  }
  merged << m_history;
  m_history = merged;
  Q_EMIT historyChanged();
}

void TrajectoryStore::clear() {
  m_view.reset();
  Q_EMIT cleared();
}

bool TrajectoryStore::select(quint64 runId) {
  for (const auto& r : m_history)
    if (r->runId() == runId) {
      m_view = r;
      Q_EMIT viewChanged(runId);
      return true;
    }
  return false;
}

const RunInfo& TrajectoryStore::run() const { return m_view ? m_view->info : kNoRun; }
const QVector<StepFrame>& TrajectoryStore::frames() const { return m_view ? m_view->frames : kNoFrames; }
const RunOutcome& TrajectoryStore::outcome() const { return m_view ? m_view->outcome : kNoOutcome; }

double TrajectoryStore::stepSeconds() const {
  double total = 0;
  if (m_view)
    for (const auto& m : m_view->metrics) total += m.seconds;
  return total;
}

const RunRecord* TrajectoryStore::record(quint64 runId) const {
  for (const auto& r : m_history)
    if (r->runId() == runId) return r.get();
  return nullptr;
}

QString TrajectoryStore::recordingNote() const {
  if (!m_view) return QString();
  const RunRecord& r = *m_view;
  if (!r.savedName.isEmpty()) return QString();  // from the outputs folder: final images only
  if (r.trajectoryDropped) return tr("Trajectory of run %1 dropped to stay within the %2 memory budget").arg(r.runId()).arg(formatBytes(m_budget));
  const int n = r.info.numSteps;
  QString note;
  if (r.plan.keepEvery > 1)
    note = tr("Recording 1 step in %1 plus the first and last: the whole trajectory (%2) exceeds the %3 memory budget.")
               .arg(r.plan.keepEvery).arg(formatBytes(r.plan.fullBytes)).arg(formatBytes(m_budget));
  if (r.plan.floatEvery == 0)
    note += (note.isEmpty() ? QString() : QStringLiteral(" ")) +
            tr("No float x_t kept: branches continue from 8-bit x_t (approximate).");
  else if (r.plan.floatEvery > 1 || r.plan.keepEvery > 1)
    note += (note.isEmpty() ? QString() : QStringLiteral(" ")) +
            tr("Float x_t (exact branching) kept for 1 step in %1 of %2.").arg(r.plan.floatEvery).arg(n);
  return note;
}

}  // namespace patchdiff::ui
