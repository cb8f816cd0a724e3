// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/export/export_folder.h"
#include "ui/inspect/inspector.h"

#include <QAction>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStatusBar>
#include <QVBoxLayout>

#include "ui/inspect/branch_dialog.h"
#include "ui/compare/compare_window.h"
#include "ui/inspect/filmstrip_view.h"
#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>

#include "ui/window/message_bar.h"
#include "ui/models/model_catalog.h"
#include "ui/models/model_panel.h"
#include "ui/inspect/plot_panel.h"
#include "ui/inspect/run_history_view.h"
#include "ui/inspect/sample_canvas.h"
#include "ui/worker/sampling_controller.h"
#include "ui/sampling/sampling_panel.h"
#include "ui/inspect/timeline_bar.h"
#include "ui/export/trajectory_exporter.h"
#include "ui/inspect/trajectory_store.h"

namespace patchdiff::ui {

namespace {
const char* kBudgetKey = "inspector/memoryBudgetMiB";
}

qint64 Inspector::savedMemoryBudget() {
  const qint64 mib = QSettings().value(QLatin1String(kBudgetKey), TrajectoryStore::kDefaultBudget >> 20).toLongLong();
  return std::max<qint64>(1, mib) << 20;
}

Inspector::Inspector(const StudioParts& parts, QVBoxLayout* centralLayout)
    : QObject(parts.window), m_parts(parts) {
  m_timeline = new TimelineBar;
  m_filmstrip = new FilmstripView;
  auto* strip = new QScrollArea;
  strip->setObjectName(QStringLiteral("FilmstripScroll"));
  strip->setWidget(m_filmstrip);
  strip->setWidgetResizable(true);
  strip->setFrameShape(QFrame::NoFrame);
  strip->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  strip->setFixedHeight(m_filmstrip->sizeHint().height() + strip->horizontalScrollBar()->sizeHint().height());
  centralLayout->addWidget(m_timeline);
  centralLayout->addWidget(strip);

  m_plots = new PlotPanel;
  m_plotsDock = new QDockWidget(tr("Plots"), parts.window);
  m_plotsDock->setObjectName(QStringLiteral("PlotsDock"));
  m_plotsDock->setWidget(m_plots);
  parts.window->addDockWidget(Qt::BottomDockWidgetArea, m_plotsDock);

  m_history = new RunHistoryView(parts.store);
  m_historyDock = new QDockWidget(tr("History"), parts.window);
  m_historyDock->setObjectName(QStringLiteral("HistoryDock"));
  m_historyDock->setWidget(m_history);
  parts.window->addDockWidget(Qt::LeftDockWidgetArea, m_historyDock);

  m_recordLabel = new QLabel;
  m_recordLabel->setObjectName(QStringLiteral("RecordingNote"));
  m_recordLabel->setWordWrap(false);
  parts.window->statusBar()->addWidget(m_recordLabel, 1);

  parts.store->setMemoryBudget(savedMemoryBudget());
  createMenu();
  connectStore();

  connect(m_timeline, &TimelineBar::stepChanged, this, [this](int step) {
    const bool live = m_parts.controller->isRunning() && showsLive();
    if (!live) showStep(step);  // the live preview fills the canvas itself
    m_plots->setCursorStep(step);
    m_filmstrip->setCurrentStep(step);
    updateInfo(step);
  });
  connect(m_timeline, &TimelineBar::continueRequested, this, &Inspector::continueDialog);
  connect(m_plots, &PlotPanel::stepClicked, this, [this](int step) { m_timeline->setStep(step); });
  connect(m_filmstrip, &FilmstripView::stepSelected, this, [this](int step) { m_timeline->setStep(step); });
  connect(m_history, &RunHistoryView::runActivated, this, [this](quint64 id) { selectRun(id); });
  connect(parts.canvas, &SampleCanvas::selectionChanged, this, [this](int index) {
    if (index < 0) return;
    m_plots->setFocusedImage(index);
    m_filmstrip->setImage(index);
  });
  connect(parts.controller, &SamplingController::busyChanged, this, &Inspector::updateBranchEnabled);
}

Inspector::~Inspector() = default;

CompareWindow* Inspector::compareWindow() {
  if (!m_compare) m_compare = new CompareWindow(m_parts);
  return m_compare;
}

void Inspector::createMenu() {
  QMenuBar* bar = m_parts.window->menuBar();
  auto* menu = new QMenu(tr("&Inspect"), m_parts.window);
  const QList<QAction*> top = bar->actions();
  bar->insertMenu(top.isEmpty() ? nullptr : top.back(), menu);  // before Help

  m_playAction = menu->addAction(tr("&Play / Pause Trajectory"));
  m_playAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
  connect(m_playAction, &QAction::triggered, this, [this] { m_timeline->isPlaying() ? m_timeline->pause() : m_timeline->play(); });
  auto* back = menu->addAction(tr("Step &Back"));
  back->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Left));
  connect(back, &QAction::triggered, this, [this] { m_timeline->setStep(m_timeline->step() - 1); });
  auto* forward = menu->addAction(tr("Step &Forward"));
  forward->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Right));
  connect(forward, &QAction::triggered, this, [this] { m_timeline->setStep(m_timeline->step() + 1); });
  auto* branch = menu->addAction(tr("&Continue from This Step…"));
  connect(branch, &QAction::triggered, this, [this] { continueDialog(m_timeline->step()); });
  menu->addSeparator();
  auto* compare = menu->addAction(tr("Co&mpare…"));
  compare->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
  connect(compare, &QAction::triggered, this, [this] {
    compareWindow()->show();
    compareWindow()->raise();
  });
  menu->addSeparator();
  connect(menu->addAction(tr("Export &Filmstrip…")), &QAction::triggered, this, &Inspector::exportFilmstripDialog);
  connect(menu->addAction(tr("Export &Animation of Image…")), &QAction::triggered, this, [this] { exportAnimationDialog(false); });
  connect(menu->addAction(tr("Export Animation of &Grid…")), &QAction::triggered, this, [this] { exportAnimationDialog(true); });
  connect(menu->addAction(tr("Export P&lots and CSV…")), &QAction::triggered, this, &Inspector::exportPlotsDialog);
  menu->addSeparator();
  menu->addAction(m_plotsDock->toggleViewAction());
  menu->addAction(m_historyDock->toggleViewAction());
  connect(menu->addAction(tr("Trajectory &Memory Budget…")), &QAction::triggered, this, &Inspector::budgetDialog);
}

void Inspector::connectStore() {
  TrajectoryStore* store = m_parts.store;
  connect(store, &TrajectoryStore::runBegun, this, [this] { onViewChanged(); });
  connect(store, &TrajectoryStore::viewChanged, this, [this] { onViewChanged(); });
  connect(store, &TrajectoryStore::cleared, this, [this] { onViewChanged(); });
  connect(store, &TrajectoryStore::stepAppended, this, [this](int step) {
    m_plots->refresh();
    m_timeline->setAvailable(step);
    updateInfo(m_timeline->step());
  });
  connect(store, &TrajectoryStore::frameAppended, this, [this] { m_filmstrip->refresh(); });
  connect(store, &TrajectoryStore::runFinished, this, [this] {
    const RunRecord* r = m_parts.store->current();
    if (!r) return;
    if (!r->metrics.isEmpty()) m_timeline->setAvailable(r->metrics.back().index);
    m_filmstrip->refresh();
    updateBranchEnabled();
  });
  connect(store, &TrajectoryStore::recordingPlanned, this, [this](const QString& note) {
    m_recordLabel->setText(note);
    m_recordLabel->setToolTip(note);
    if (!note.isEmpty()) m_parts.window->statusBar()->showMessage(note, 10000);
  });
  connect(store, &TrajectoryStore::trajectoryDropped, this, [this](quint64 id) {
    const QString note = tr("Run %1 dropped its trajectory to keep the session within the %2 memory budget.")
                             .arg(id).arg(formatBytes(m_parts.store->memoryBudget()));
    m_parts.window->statusBar()->showMessage(note, 10000);
    if (m_recordLabel->text().isEmpty()) m_recordLabel->setText(note);
  });
}

void Inspector::onViewChanged() {
  const RunRecord* r = m_parts.store->current();
  m_timeline->reset(r ? r->info.numSteps : 0);
  m_plots->setRecord(r);
  m_filmstrip->setRecord(r);
  m_recordLabel->setText(m_parts.store->recordingNote());
  if (r && !r->metrics.isEmpty()) {
    m_timeline->setAvailable(r->metrics.back().index);
    m_timeline->setStep(r->metrics.back().index);
  }
  updateBranchEnabled();
}

bool Inspector::showsLive() const {
  const TrajectoryStore* store = m_parts.store;
  return m_timeline->isFollowing() && (!store->hasRun() || store->isRecording(store->run().runId));
}

void Inspector::showStep(int step) {
  const RunRecord* r = m_parts.store->current();
  if (!r) return;
  SampleCanvas* canvas = m_parts.canvas;
  const bool last = r->finished && !r->outcome.images.isEmpty() && step >= r->info.numSteps - 1;
  const int f = r->frameAtOrBefore(step);
  if (last) {  // the final samples (x_0 after the last step), as the run ended
    canvas->setImages(r->outcome.images, f >= 0 ? r->frames[f].xt : QVector<QImage>());
  } else if (f >= 0) {
    canvas->setImages(r->frames[f].x0, r->frames[f].xt);
  }
}

void Inspector::updateInfo(int step) {
  const RunRecord* r = m_parts.store->current();
  m_timeline->setInfo(QString());
  if (!r) return;
  for (const auto& m : r->metrics)
    if (m.index == step) {
      const int f = r->frameAtOrBefore(step);
      QString text = tr("t=%1 · ln SNR %2 · %3").arg(m.timestep).arg(m.log_snr, 0, 'f', 2)
                         .arg(QFileInfo(r->info.modelPaths.value(m.model_index)).completeBaseName());
      if (f >= 0 && r->frames[f].index != step) text += tr(" · showing step %1").arg(r->frames[f].index + 1);
      m_timeline->setInfo(text);
      return;
    }
}

void Inspector::updateBranchEnabled() {
  const RunRecord* r = m_parts.store->current();
  m_timeline->setBranchEnabled(r && r->finished && !r->frames.isEmpty() && !m_parts.controller->isRunning());
}

int Inspector::focusedImage() const {
  const int selected = m_parts.canvas->selectedIndex();
  return selected >= 0 ? selected : 0;
}

bool Inspector::isExactAt(int step) const {
  const RunRecord* r = m_parts.store->current();
  if (!r) return false;
  const int f = r->frameOf(step);
  return f >= 0 && !r->frames[f].xtFloat.isEmpty();
}

QString Inspector::recordingNote() const { return m_recordLabel->text(); }

void Inspector::fail(const QString& message) {
  m_lastError = message;
  m_parts.messageBar->showMessage(message, MessageBar::Kind::Error);
}

quint64 Inspector::continueFrom(int step, const BranchSettings& s) {
  const RunRecord* r = m_parts.store->current();
  if (!r || r->frames.isEmpty()) {
    fail(tr("There is no recorded trajectory to continue from."));
    return 0;
  }
  const int f = r->frameAtOrBefore(step);
  const StepFrame& frame = r->frames[f];
  GenerateRequest q = r->info.request;
  q.sampler = s.sampler;
  q.seed = s.seed;
  q.startIndex = frame.index;
  q.parentRunId = r->runId();
  q.parentStep = frame.index;
  q.modelTitle.clear();
  q.batch = r->info.batch;
  q.firstImage = r->info.firstImage;
  q.labels.clear();
  for (qint64 label : r->info.labels)
    if (label >= 0) q.labels << label;
  // A multistep solver continues with its history when the branch walks the parent's points.
  const auto& parent = r->info.request.sampler;
  if (s.sampler.solver == parent.solver && s.sampler.schedule == parent.schedule &&
      s.sampler.timestep_respacing == parent.timestep_respacing)
    q.startState = frame.solverState;
  else
    q.startState.reset();
  q.parentSpecs = r->outcome.specs;  // the branch's PNGs carry the parent's recipe
  q.startExact = !frame.xtFloat.isEmpty();
  if (!frame.xtFloat.isEmpty()) {
    q.startX = frame.xtFloat;
  } else {  // only the 8-bit x_t survived the budget: an approximate continuation
    const int size = r->info.imageSize;
    q.startX.resize(r->info.batch * 3 * size * size);
    for (int b = 0; b < r->info.batch; ++b) {
      const QImage img = frame.xt.value(b).convertToFormat(QImage::Format_RGB888);
      for (int y = 0; y < size; ++y)
        for (int x = 0; x < size; ++x)
          for (int c = 0; c < 3; ++c)
            q.startX[((b * 3 + c) * size + y) * size + x] = img.constScanLine(y)[x * 3 + c] / 127.5f - 1.0f;
    }
  }
  QString switchedTo;
  if (!s.checkpoint.isEmpty()) {  // loads first; the worker handles requests in order
    const int index = m_parts.catalog->indexOfPath(s.checkpoint);
    if (index < 0) {
      fail(tr("The checkpoint %1 is not in the catalog.").arg(s.checkpoint));
      return 0;
    }
    if (m_parts.modelPanel->selectEntry(index)) switchedTo = m_parts.catalog->entries()[index].title;
  }
  m_parts.messageBar->hide();
  if (!switchedTo.isEmpty())  // the one model slot changes with the branch: said, not done behind the user
    m_parts.messageBar->showMessage(
        tr("The branch runs with %1, so the Models dock now holds it; choose another model there to go back.")
            .arg(switchedTo),
        MessageBar::Kind::Info);
  return m_parts.controller->generate(q);
}

void Inspector::continueDialog(int step) {
  const RunRecord* r = m_parts.store->current();
  if (!r || r->frames.isEmpty() || m_parts.controller->isRunning()) return;
  const int f = r->frameAtOrBefore(step);
  const int from = r->frames[f].index;
  const QString note = isExactAt(from)
                           ? tr("Continues exactly from the recorded float x_t of step %1.").arg(from + 1)
                           : tr("Only the 8-bit x_t of step %1 was kept (memory budget): the continuation is approximate.").arg(from + 1);
  BranchDialog dialog(r->info.request, from, r->info.imageSize, m_parts.catalog,
                      m_parts.modelPanel->loaded().paths.value(0), note, m_parts.window);
  if (dialog.exec() == QDialog::Accepted) continueFrom(from, dialog.settings());
}

bool Inspector::selectRun(quint64 runId) {
  if (!m_parts.store->select(runId)) return false;
  const RunRecord& r = *m_parts.store->current();
  SampleCanvas* canvas = m_parts.canvas;
  canvas->setRun(r.info.batch, r.info.imageSize, r.info.captions);
  QVector<QImage> xt = r.frames.isEmpty() ? QVector<QImage>() : r.frames.back().xt;
  canvas->setImages(r.outcome.images.isEmpty() && !r.frames.isEmpty() ? r.frames.back().x0 : r.outcome.images, xt);
  restoreSettingsOf(r);
  if (r.trajectoryDropped && r.savedName.isEmpty())  // a saved run never had one here
    m_parts.window->statusBar()->showMessage(tr("Run %1's trajectory was dropped for the memory budget: its images, plots and settings remain.").arg(runId), 10000);
  return true;
}

void Inspector::restoreSettingsOf(const RunRecord& r) {
  const GenerateRequest& q = r.info.request;
  SamplingControls c = m_parts.samplingPanel->controls();
  bool plain = false;
  const QString respacing = QString::fromStdString(q.sampler.timestep_respacing);
  const int steps = respacing.toInt(&plain);
  c.respacingText = plain ? QString() : respacing;
  if (plain) c.steps = steps;
  c.sampler = q.sampler;
  c.seed = q.seed;
  c.batch = q.batch;
  c.classIndex = q.labels.isEmpty() ? q.classIndex : c.classIndex;
  m_parts.samplingPanel->setControls(c);
  // The checkpoint it ran with, when it was a single one the catalog knows.
  if (r.info.modelPaths.size() == 1 && m_parts.modelPanel->loaded().paths != r.info.modelPaths) {
    const int index = m_parts.catalog->indexOfPath(r.info.modelPaths.front());
    if (index >= 0) m_parts.modelPanel->selectEntry(index);
  }
}

bool Inspector::exportFilmstrip(const QString& path) {
  const RunRecord* r = m_parts.store->current();
  QString error = tr("There is no run on view.");
  if (!r || !writeFilmstrip(path, *r, focusedImage(), m_filmstrip->interval(), &error)) {
    fail(tr("Could not export the filmstrip: %1").arg(error));
    return false;
  }
  m_parts.window->statusBar()->showMessage(tr("Wrote %1").arg(path), 5000);
  return true;
}

int Inspector::exportAnimation(const QString& path, int image) {
  const RunRecord* r = m_parts.store->current();
  QString error = tr("There is no run on view.");
  const int frames = r ? writeTrajectoryGif(path, *r, image, &error) : 0;
  if (frames == 0) {
    fail(tr("Could not export the animation: %1").arg(error));
    return 0;
  }
  m_parts.window->statusBar()->showMessage(tr("Wrote %1 (%2 frames)").arg(path).arg(frames), 5000);
  return frames;
}

bool Inspector::exportPlots(const QString& dir, QStringList* written) {
  QStringList files;
  QString error;
  if (!m_plots->exportTo(dir, &files, &error)) {
    fail(tr("Could not export the plots: %1").arg(error));
    return false;
  }
  if (written) *written = files;
  m_parts.window->statusBar()->showMessage(tr("Wrote %1 files to %2").arg(files.size()).arg(dir), 5000);
  return true;
}

void Inspector::exportFilmstripDialog() {
  const QString path = QFileDialog::getSaveFileName(m_parts.window, tr("Export Filmstrip"),
                                                    exportPath(QStringLiteral("filmstrip.png")), tr("PNG images (*.png)"));
  if (path.isEmpty()) return;
  rememberExportFolder(path);
  exportFilmstrip(path);
}

void Inspector::exportAnimationDialog(bool grid) {
  const QString path = QFileDialog::getSaveFileName(
      m_parts.window, tr("Export Animation"),
      exportPath(grid ? QStringLiteral("denoising_grid.gif") : QStringLiteral("denoising.gif")),
      tr("GIF animations (*.gif)"));
  if (path.isEmpty()) return;
  rememberExportFolder(path);
  exportAnimation(path, grid ? -1 : focusedImage());
}

void Inspector::exportPlotsDialog() {
  const QString dir = QFileDialog::getExistingDirectory(m_parts.window, tr("Export Plots and CSV to Folder"), exportFolder());
  if (dir.isEmpty()) return;
  rememberExportFolder(dir);
  exportPlots(dir);
}

void Inspector::budgetDialog() {
  bool ok = false;
  const int mib = QInputDialog::getInt(m_parts.window, tr("Trajectory Memory Budget"),
                                       tr("Memory for recorded trajectories of all runs (MiB):"),
                                       static_cast<int>(m_parts.store->memoryBudget() >> 20), 16, 1 << 20, 64, &ok);
  if (!ok) return;
  QSettings().setValue(QLatin1String(kBudgetKey), mib);
  m_parts.store->setMemoryBudget(qint64(mib) << 20);
}

}  // namespace patchdiff::ui
