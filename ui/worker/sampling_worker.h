// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The studio's worker: a QObject that lives on its own QThread, owns the loaded models and
// runs the core sampler. Requests arrive as queued slot calls; results leave as signals
// carrying 8-bit images and plain numbers. It never touches a widget.
#include <QObject>

#include <memory>

#include "ui/worker/frame_mailbox.h"
#include "ui/worker/worker_types.h"

namespace patchdiff::ui {

class SamplingWorker : public QObject {
  Q_OBJECT

 public:
  // `mailbox` receives preview frames; it must outlive the worker.
  explicit SamplingWorker(FrameMailbox* mailbox, QObject* parent = nullptr);
  ~SamplingWorker() override;

  // "cpu", then "cuda:0", "cuda:1", ... when this LibTorch build sees CUDA devices.
  static QStringList availableDevices();
  static QString torchVersion();

 public Q_SLOTS:
  // Loads and validates the checkpoints; on any error the models held so far stay.
  void loadModels(const patchdiff::ui::ModelRequest& request);
  // Runs one batch; polls request.cancel between steps.
  void generate(const patchdiff::ui::GenerateRequest& request);
  // Compare mode (core/inspect/compare): the columns one after another; polls job.cancel.
  void compare(const patchdiff::ui::CompareJob& job);

 Q_SIGNALS:
  void modelsLoaded(const patchdiff::ui::ModelInfo& info);
  void loadFailed(quint64 requestId, const QString& message);
  void runStarted(const patchdiff::ui::RunInfo& info);
  void stepRecorded(const patchdiff::ui::StepFrame& frame);  // every step, never dropped
  void previewReady();  // the mailbox went from empty to holding a frame
  void runFinished(const patchdiff::ui::RunOutcome& outcome);
  void runCancelled(const patchdiff::ui::RunOutcome& outcome);
  void runFailed(quint64 runId, const QString& message);
  void compareProgress(const patchdiff::ui::CompareProgress& progress);
  void compareColumnDone(const patchdiff::ui::CompareColumnDone& column);
  void compareFinished(const patchdiff::ui::CompareOutcome& outcome);
  void compareCancelled(quint64 runId);
  void compareFailed(quint64 runId, const QString& message);

 private:
  struct State;
  std::unique_ptr<State> m_state;
  FrameMailbox* m_mailbox;
};

}  // namespace patchdiff::ui
