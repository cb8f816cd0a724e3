// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow: no work lost without a word. Finished runs go to the outputs folder (one
// subfolder per day) and come back in History on the next start; quitting during a run
// asks first.
#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QUrl>

#include "ui/window/main_window.h"
#include "ui/export/run_autosave.h"
#include "ui/worker/sampling_controller.h"
#include "ui/inspect/trajectory_store.h"

namespace patchdiff::ui {

void MainWindow::createOutputsActions(QMenu* file) {
  auto* autosave = file->addAction(tr("Sa&ve Finished Runs Automatically"));
  autosave->setObjectName(QStringLiteral("AutosaveAction"));
  autosave->setCheckable(true);
  autosave->setChecked(RunAutosave::enabled());
  autosave->setToolTip(tr("Every finished run's images, with their settings, go to the outputs folder"));
  connect(autosave, &QAction::toggled, this, [](bool on) { RunAutosave::setEnabled(on); });
  connect(file->addAction(tr("Outputs &Folder…")), &QAction::triggered, this, [this] {
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Outputs Folder"), RunAutosave::folder());
    if (dir.isEmpty()) return;
    RunAutosave::setFolder(dir);
    showInfo(tr("Finished runs are saved in %1, one subfolder per day.").arg(QDir::toNativeSeparators(dir)));
  });
  connect(file->addAction(tr("Open Outputs Folder")), &QAction::triggered, this, [] {
    QDir().mkpath(RunAutosave::folder());
    QDesktopServices::openUrl(QUrl::fromLocalFile(RunAutosave::folder()));
  });
  // Saved when the worker reports the run finished, after the store has taken its outcome.
  connect(m_controller, &SamplingController::runFinished, this, &MainWindow::autosaveRun);
}

void MainWindow::restoreSavedRuns() {
  if (RunAutosave::enabled()) m_store->addSavedRuns(RunAutosave::load(RunAutosave::folder()));
}

void MainWindow::autosaveRun(const RunOutcome& outcome) {
  const RunRecord* record = m_store->record(outcome.runId);
  if (!RunAutosave::enabled() || !record || outcome.cancelled || outcome.images.isEmpty()) return;
  QStringList written;
  QString error;
  if (!RunAutosave::save(RunAutosave::folder(), record->info, outcome, &written, &error)) {
    showError(tr("Could not save the run in the outputs folder: %1").arg(error));
    return;
  }
  statusBar()->showMessage(
      tr("Saved %n image(s) in %1", nullptr, written.size()).arg(QDir::toNativeSeparators(QFileInfo(written.front()).path())),
      5000);
}

void MainWindow::askQuitDuringRun() {
  auto* box = new QMessageBox(QMessageBox::Question, tr("Quit while sampling?"),
                              tr("A run is still going; quitting stops it and its images are lost. Runs that "
                                 "finished are kept in the outputs folder."),
                              QMessageBox::NoButton, this);
  box->setObjectName(QStringLiteral("QuitDuringRunQuestion"));
  auto* quit = box->addButton(tr("&Quit"), QMessageBox::DestructiveRole);
  box->setDefaultButton(box->addButton(tr("&Keep Running"), QMessageBox::RejectRole));
  box->setAttribute(Qt::WA_DeleteOnClose);
  connect(box, &QMessageBox::buttonClicked, this, [this, quit](QAbstractButton* clicked) {
    if (clicked != quit) return;
    m_quitConfirmed = true;
    close();
  });
  box->open();  // window-modal, never blocks the event loop
}

}  // namespace patchdiff::ui
