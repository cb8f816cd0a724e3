// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow: generating, the worker's signals, and checking a regenerated image.
#include <QFileInfo>
#include <QStatusBar>

#include "ui/inspect/inspector.h"
#include "ui/input/input_panel.h"
#include "ui/window/main_window.h"
#include "ui/window/recent_files.h"
#include "ui/window/message_bar.h"
#include "ui/models/model_catalog.h"
#include "ui/models/model_panel.h"
#include "ui/window/run_status.h"
#include "ui/inspect/sample_canvas.h"
#include "ui/worker/sampling_controller.h"
#include "ui/sampling/sampling_panel.h"
#include "ui/inspect/trajectory_store.h"

namespace patchdiff::ui {

void MainWindow::connectController() {
  connect(m_controller, &SamplingController::modelsLoaded, this, [this](const ModelInfo& info) {
    const FlagMap user = m_userFlagsByLoad.take(info.requestId);
    m_forgetOnFailure.remove(info.requestId);
    m_modelPanel->setLoaded(info, user);
    m_modelPanel->setLoading(m_controller->isLoading());
    m_samplingPanel->setModel(info.classNames, info.diffusionSteps);
    if (m_pendingClass >= -1) {
      SamplingControls c = m_samplingPanel->controls();
      c.classIndex = m_pendingClass < info.classNames.size() ? m_pendingClass : -1;
      m_samplingPanel->setControls(c);
      m_pendingClass = -2;
    }
    statusBar()->showMessage(tr("Loaded %1").arg(info.titles.join(QStringLiteral(" → "))), 5000);
    // An earlier load's error is out of date once a load succeeds.
    if (!m_loadErrorText.isEmpty() && !m_messages->isHidden() && m_messages->text() == m_loadErrorText) m_messages->hide();
    m_loadErrorText.clear();
    if (info.requestId == m_restoreLoad) {
      m_restoreLoaded = true;
      if (m_restored && !m_restored->checkpointSha256.isEmpty() && m_restored->checkpointSha256 != info.sha256)
        m_messages->showMessage(tr("The checkpoint differs from the one that made this image (SHA-256 "
                                   "mismatch): the regenerated image will differ."), MessageBar::Kind::Warning);
      if (m_regenerateWhenLoaded) startRegeneration();
    }
    updateActions();
    saveSettings();
    Q_EMIT modelsReady(info);
  });
  connect(m_controller, &SamplingController::loadFailed, this, [this](quint64 id, const QString& message) {
    m_userFlagsByLoad.remove(id);
    const QString opened = m_forgetOnFailure.take(id);
    if (!opened.isEmpty()) {
      m_catalog->removeCheckpoint(opened);
      m_recent->remove(opened);
    }
    m_modelPanel->setLoading(m_controller->isLoading());
    m_modelPanel->showLoadError(message);
    if (id == m_restoreLoad) m_regenerateWhenLoaded = false;
    showError(tr("Could not load the model: %1").arg(message));
    m_loadErrorText = m_messages->text();
    statusBar()->clearMessage();
    updateActions();
    Q_EMIT modelLoadFailed(message);
  });
  connect(m_controller, &SamplingController::runStarted, this, &MainWindow::onRunStarted);
  connect(m_controller, &SamplingController::stepRecorded, this, &MainWindow::onStep);
  connect(m_controller, &SamplingController::previewReady, this, &MainWindow::onPreview);
  connect(m_controller, &SamplingController::runFinished, this,
          [this](const RunOutcome& outcome) { onRunEnded(outcome, false); });
  connect(m_controller, &SamplingController::runCancelled, this,
          [this](const RunOutcome& outcome) { onRunEnded(outcome, true); });
  connect(m_controller, &SamplingController::runFailed, this, [this](quint64 runId, const QString& message) {
    if (runId != m_controller->currentRunId()) return;
    showError(tr("Sampling failed: %1").arg(message));
    m_status->end(tr("failed"));
    updateActions();
    Q_EMIT runDone(false);
  });
  connect(m_controller, &SamplingController::busyChanged, this, &MainWindow::updateActions);
}

quint64 MainWindow::generate() {
  if (m_modelPanel->loaded().paths.isEmpty() && !m_controller->isLoading()) {
    showError(tr("No model is loaded: choose a checkpoint in the Models panel or open one (Ctrl+O)."));
    return 0;
  }
  SamplingControls c = m_samplingPanel->controls();
  GenerateRequest r;
  r.seed = m_samplingPanel->seedForNextRun();
  r.sampler = c.sampler;
  r.input = m_inputPanel->input();
  r.sampler.strength = r.input.isNull() ? 1.0 : m_inputPanel->strength();
  r.sampler.repaint_jumps = r.input.isNull() ? 0 : m_inputPanel->repaintJumps();
  r.batch = c.batch;
  r.classIndex = c.classIndex;
  r.device = c.device;
  r.half = c.half;
  r.previewEvery = c.previewEvery;
  m_reproduceRun = 0;
  m_messages->hide();
  const quint64 id = m_controller->generate(r);
  m_status->begin(0, c.device, c.half ? QStringLiteral("float16") : QStringLiteral("float32"));
  updateActions();
  return id;
}

void MainWindow::cancel() {
  if (!m_controller->isRunning()) return;
  m_controller->cancel();
  statusBar()->showMessage(tr("Cancelling after the current step…"));
}

void MainWindow::onRunStarted(const RunInfo& info) {
  if (info.runId != m_controller->currentRunId()) return;  // superseded
  m_store->beginRun(info);
  m_canvas->setRun(info.batch, info.imageSize, info.captions);
  m_status->begin(info.numSteps, info.device, info.precision);
  updateActions();
}

void MainWindow::onStep(const StepFrame& frame) {
  m_store->append(frame);  // every frame; the store ignores superseded runs
  if (frame.runId == m_controller->currentRunId()) m_status->step(frame.index, frame.numSteps);
}

void MainWindow::onPreview() {
  // Only the newest frame is shown; frames posted while the UI was busy were replaced.
  const auto frame = m_controller->takePreview();
  if (!frame || frame->runId != m_controller->currentRunId()) return;
  if (!m_inspector->showsLive()) return;  // the user scrubbed back: the timeline fills the canvas
  m_canvas->setImages(frame->x0, frame->xt);
  ++m_previewsShown;
}

void MainWindow::onRunEnded(const RunOutcome& outcome, bool cancelled) {
  if (outcome.runId != m_controller->currentRunId()) return;
  m_store->finish(outcome);
  if (!outcome.images.isEmpty()) {
    QVector<QImage> xt;
    if (m_store->frameCount() > 0) xt = m_store->frames().back().xt;
    m_canvas->setImages(outcome.images, xt);
  }
  if (cancelled) {
    m_status->end(tr("cancelled at step %1").arg(outcome.stepsDone));
    statusBar()->showMessage(tr("Cancelled after %1 steps: showing the last x0 prediction").arg(outcome.stepsDone), 5000);
  } else {
    m_status->end(tr("done: %1 steps in %2 s").arg(outcome.stepsDone).arg(outcome.seconds, 0, 'f', 1));
    checkReproduction(outcome);
  }
  updateActions();
  Q_EMIT runDone(cancelled);
}

void MainWindow::checkReproduction(const RunOutcome& outcome) {
  if (!m_restored || outcome.runId != m_reproduceRun || outcome.images.isEmpty()) return;
  const QImage a = outcome.images.front().convertToFormat(QImage::Format_RGB888);
  const QImage b = m_restored->image.convertToFormat(QImage::Format_RGB888);
  int differing = 0, maxDiff = 0;
  if (a.size() != b.size()) {
    differing = b.width() * b.height();
  } else {
    for (int y = 0; y < a.height(); ++y)
      for (int x = 0; x < a.width(); ++x) {
        const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
        const int d = std::max({std::abs(qRed(p) - qRed(q)), std::abs(qGreen(p) - qGreen(q)), std::abs(qBlue(p) - qBlue(q))});
        if (d > 0) ++differing;
        maxDiff = std::max(maxDiff, d);
      }
  }
  if (differing == 0)
    showInfo(tr("Regenerated image is identical to the file."));
  else
    m_messages->showMessage(tr("Regenerated image differs from the file in %1 pixels (at most %2 levels).")
                                .arg(differing).arg(maxDiff), MessageBar::Kind::Warning);
  Q_EMIT reproductionChecked(differing == 0, differing);
}

void MainWindow::regenerateRestored() {
  if (!m_restored) return;
  m_regenerateWhenLoaded = true;
  if (m_restoreLoaded) startRegeneration();
}

void MainWindow::startRegeneration() {
  m_regenerateWhenLoaded = false;
  const RestoredRun& rr = *m_restored;
  GenerateRequest r;
  r.seed = rr.seed;
  r.firstImage = rr.imageIndex;
  r.batch = 1;
  if (rr.label >= 0) r.labels = {rr.label};
  r.sampler = rr.sampler;
  r.input = rr.input;
  if (rr.branchStep >= 0) {  // a branch: continue from the x_t its file holds, as it did
    r.startIndex = r.parentStep = rr.branchStep;
    r.startX = rr.startX;
    r.startExact = rr.branchExact;
    r.startState = rr.branchState;
    r.parentSpecs = {rr.parentSpecJson};
  }
  const SamplingControls c = m_samplingPanel->controls();
  r.device = c.device;
  r.half = c.half;
  r.previewEvery = c.previewEvery;
  m_messages->hide();
  m_reproduceRun = m_controller->generate(r);
  m_status->begin(0, r.device, r.half ? QStringLiteral("float16") : QStringLiteral("float32"));
  updateActions();
}

}  // namespace patchdiff::ui
