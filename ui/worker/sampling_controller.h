// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The UI's handle on the sampling worker: owns the worker thread (quits and waits on
// destruction), sends requests as queued calls, and cancels through an atomic flag set
// directly from the UI thread (a queued cancel would wait behind the running loop).
#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>
#include <optional>

#include "ui/worker/frame_mailbox.h"
#include "ui/worker/worker_types.h"

namespace patchdiff::ui {

class SamplingWorker;

class SamplingController : public QObject {
  Q_OBJECT

 public:
  explicit SamplingController(QObject* parent = nullptr);
  ~SamplingController() override;

  // Returns the request id that modelsLoaded/loadFailed will carry.
  quint64 loadModels(ModelRequest request);
  // Cancels the run in progress (if any) and queues this one; returns its run id.
  quint64 generate(GenerateRequest request);
  // Compare mode: cancels the run in progress and queues the comparison; returns its run id.
  quint64 compare(CompareJob job);
  // Asks the current run to stop after its current step.
  void cancel();
  bool isRunning() const { return m_running; }
  bool isLoading() const { return m_pendingLoads > 0; }
  quint64 currentRunId() const { return m_currentRun; }
  // The newest preview frame, if one arrived since the last call.
  std::optional<StepFrame> takePreview() { return m_mailbox.take(); }
  int droppedPreviews() const { return m_mailbox.dropped(); }

 Q_SIGNALS:
  void modelsLoaded(const patchdiff::ui::ModelInfo& info);
  void loadFailed(quint64 requestId, const QString& message);
  void runStarted(const patchdiff::ui::RunInfo& info);
  void stepRecorded(const patchdiff::ui::StepFrame& frame);
  void previewReady();
  void runFinished(const patchdiff::ui::RunOutcome& outcome);
  void runCancelled(const patchdiff::ui::RunOutcome& outcome);
  void runFailed(quint64 runId, const QString& message);
  void compareProgress(const patchdiff::ui::CompareProgress& progress);
  void compareColumnDone(const patchdiff::ui::CompareColumnDone& column);
  void compareFinished(const patchdiff::ui::CompareOutcome& outcome);
  void compareCancelled(quint64 runId);
  void compareFailed(quint64 runId, const QString& message);
  void busyChanged(bool running);

 private:
  void runEnded(quint64 runId);
  // A new current run (cancelling the old one); returns its id and cancel flag.
  quint64 startRun(std::shared_ptr<std::atomic_bool>* cancel);

  FrameMailbox m_mailbox;  // declared before the thread: outlives the worker
  QThread m_thread;
  SamplingWorker* m_worker = nullptr;
  std::shared_ptr<std::atomic_bool> m_cancel;
  quint64 m_nextId = 1;      // runs and compares
  quint64 m_nextLoadId = 1;  // model loads: their own count, so run numbers start at 1
  quint64 m_currentRun = 0;
  int m_pendingLoads = 0;
  bool m_running = false;
};

}  // namespace patchdiff::ui
