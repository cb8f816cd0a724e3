// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/worker/sampling_controller.h"

#include "ui/worker/sampling_worker.h"

namespace patchdiff::ui {

SamplingController::SamplingController(QObject* parent) : QObject(parent) {
  qRegisterMetaType<ModelRequest>();
  qRegisterMetaType<ModelInfo>();
  qRegisterMetaType<GenerateRequest>();
  qRegisterMetaType<RunInfo>();
  qRegisterMetaType<StepFrame>();
  qRegisterMetaType<RunOutcome>();
  qRegisterMetaType<CompareJob>();
  qRegisterMetaType<CompareProgress>();
  qRegisterMetaType<CompareOutcome>();
  qRegisterMetaType<CompareColumnDone>();

  m_worker = new SamplingWorker(&m_mailbox);
  m_worker->moveToThread(&m_thread);
  m_thread.setObjectName(QStringLiteral("patchdiff-sampler"));

  // Worker -> controller connections are queued (different threads); a run's end signals
  // are filtered so a superseded run never clears the busy state of its successor.
  connect(m_worker, &SamplingWorker::modelsLoaded, this, [this](const ModelInfo& info) {
    --m_pendingLoads;
    Q_EMIT modelsLoaded(info);
  });
  connect(m_worker, &SamplingWorker::loadFailed, this, [this](quint64 id, const QString& message) {
    --m_pendingLoads;
    Q_EMIT loadFailed(id, message);
  });
  connect(m_worker, &SamplingWorker::runStarted, this, &SamplingController::runStarted);
  connect(m_worker, &SamplingWorker::stepRecorded, this, &SamplingController::stepRecorded);
  connect(m_worker, &SamplingWorker::previewReady, this, &SamplingController::previewReady);
  connect(m_worker, &SamplingWorker::runFinished, this, [this](const RunOutcome& outcome) {
    runEnded(outcome.runId);
    Q_EMIT runFinished(outcome);
  });
  connect(m_worker, &SamplingWorker::runCancelled, this, [this](const RunOutcome& outcome) {
    runEnded(outcome.runId);
    Q_EMIT runCancelled(outcome);
  });
  connect(m_worker, &SamplingWorker::runFailed, this, [this](quint64 id, const QString& message) {
    runEnded(id);
    Q_EMIT runFailed(id, message);
  });
  connect(m_worker, &SamplingWorker::compareProgress, this, &SamplingController::compareProgress);
  connect(m_worker, &SamplingWorker::compareColumnDone, this, &SamplingController::compareColumnDone);
  connect(m_worker, &SamplingWorker::compareFinished, this, [this](const CompareOutcome& outcome) {
    runEnded(outcome.runId);
    Q_EMIT compareFinished(outcome);
  });
  connect(m_worker, &SamplingWorker::compareCancelled, this, [this](quint64 id) {
    runEnded(id);
    Q_EMIT compareCancelled(id);
  });
  connect(m_worker, &SamplingWorker::compareFailed, this, [this](quint64 id, const QString& message) {
    runEnded(id);
    Q_EMIT compareFailed(id, message);
  });
  m_thread.start();
}

SamplingController::~SamplingController() {
  if (m_cancel) m_cancel->store(true);  // the loop stops after its current step
  m_thread.quit();
  m_thread.wait();
  delete m_worker;  // its thread has finished, so deleting it here is safe
}

quint64 SamplingController::loadModels(ModelRequest request) {
  request.id = m_nextLoadId++;
  ++m_pendingLoads;
  SamplingWorker* worker = m_worker;
  QMetaObject::invokeMethod(worker, [worker, request] { worker->loadModels(request); }, Qt::QueuedConnection);
  return request.id;
}

quint64 SamplingController::startRun(std::shared_ptr<std::atomic_bool>* cancel) {
  if (m_cancel) m_cancel->store(true);  // starting a new run cancels the old one
  m_cancel = std::make_shared<std::atomic_bool>(false);
  *cancel = m_cancel;
  m_currentRun = m_nextId++;
  m_mailbox.clear();
  if (!m_running) {
    m_running = true;
    Q_EMIT busyChanged(true);
  }
  return m_currentRun;
}

quint64 SamplingController::compare(CompareJob job) {
  job.runId = startRun(&job.cancel);
  SamplingWorker* worker = m_worker;
  QMetaObject::invokeMethod(worker, [worker, job] { worker->compare(job); }, Qt::QueuedConnection);
  return job.runId;
}

quint64 SamplingController::generate(GenerateRequest request) {
  request.runId = startRun(&request.cancel);
  SamplingWorker* worker = m_worker;
  QMetaObject::invokeMethod(worker, [worker, request] { worker->generate(request); }, Qt::QueuedConnection);
  return request.runId;
}

void SamplingController::cancel() {
  if (m_cancel) m_cancel->store(true);
}

void SamplingController::runEnded(quint64 runId) {
  if (runId != m_currentRun || !m_running) return;
  m_running = false;
  m_cancel.reset();
  Q_EMIT busyChanged(false);
}

}  // namespace patchdiff::ui
