// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow: opening checkpoints and PNGs, restoring runs, exporting, the clipboard and
// the settings that persist between sessions.
#include <QAbstractButton>
#include <QActionGroup>
#include <QClipboard>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>

#include <algorithm>

#include "ui/export/export_folder.h"
#include "ui/input/input_panel.h"
#include "ui/export/sample_exporter.h"
#include "ui/window/main_window.h"
#include "ui/window/message_bar.h"
#include "ui/models/model_catalog.h"
#include "ui/models/model_panel.h"
#include "ui/window/recent_files.h"
#include "ui/inspect/sample_canvas.h"
#include "ui/worker/sampling_controller.h"
#include "ui/sampling/sampling_panel.h"
#include "ui/inspect/trajectory_store.h"

namespace patchdiff::ui {

namespace {
constexpr int kStateVersion = 1;

QVariantMap toVariant(const FlagMap& flags) {
  QVariantMap out;
  for (auto it = flags.begin(); it != flags.end(); ++it) out[it.key()] = it.value();
  return out;
}
FlagMap toFlags(const QVariantMap& map) {
  FlagMap out;
  for (auto it = map.begin(); it != map.end(); ++it) out[it.key()] = it.value().toString();
  return out;
}
}  // namespace

void MainWindow::loadInitialModels() {
  QSettings s;
  const QStringList last = s.value(QStringLiteral("models/paths")).toStringList();
  bool usable = !last.isEmpty();
  for (const QString& p : last) usable = usable && QFileInfo(p).isFile();
  ModelRequest request;
  if (usable) {
    for (const QString& p : last) m_catalog->addCheckpoint(p);
    request.paths = last;
    request.userFlags = toFlags(s.value(QStringLiteral("models/userFlags")).toMap());
    for (const QVariant& v : s.value(QStringLiteral("models/splits")).toList()) request.snrSplits << v.toDouble();
  } else {
    const QStringList families = m_catalog->families();
    int index = families.isEmpty() ? -1 : m_catalog->familyMember(families.front(), 4);
    if (index < 0 && !m_catalog->entries().isEmpty()) index = 0;
    if (index < 0) {
      showError(tr("No bundled models were found: open a checkpoint (Ctrl+O) or set PATCHDIFF_MODELS_DIR."));
      return;
    }
    request.paths = {m_catalog->entries()[index].path};
  }
  requestLoad(request);
}

bool MainWindow::openFile(const QString& path, bool offerRegenerate) {
  const QFileInfo info(path);
  if (!info.isFile()) {
    showError(tr("%1 does not exist or is not a file.").arg(QDir::toNativeSeparators(path)));
    return false;
  }
  m_lastDir = info.absolutePath();
  const QString suffix = info.suffix().toLower();
  // Pictures without a run description (a photo, another program's PNG) become the input image.
  const bool picture = suffix == QLatin1String("jpg") || suffix == QLatin1String("jpeg") ||
                       suffix == QLatin1String("bmp") || suffix == QLatin1String("gif");
  QString unreadable;
  const bool png = suffix == QLatin1String("png");
  const bool described = png && SampleExporter::hasRunDescription(info.absoluteFilePath(), &unreadable);
  if (!unreadable.isEmpty()) {  // a damaged sample is reported, not taken as a plain picture
    showError(tr("Cannot open %1: %2").arg(info.fileName(), unreadable));
    return false;
  }
  if (picture || (png && !described)) {
    if (!openInputImage(info.absoluteFilePath())) return false;
    statusBar()->showMessage(tr("%1 has no run description: it is now the input image (Input Image dock)")
                                 .arg(info.fileName()), 8000);
    return true;
  }
  if (suffix == QLatin1String("png")) {
    const bool restored = restoreFromPng(info.absoluteFilePath(), offerRegenerate);
    if (restored) m_recent->add(info.absoluteFilePath());
    return restored;
  }
  // Anything else is tried as a checkpoint; the core says what is wrong with it, and a
  // file that fails to load leaves the catalog as it was.
  const bool isNew = m_catalog->indexOfPath(info.absoluteFilePath()) < 0;
  if (m_modelPanel->selectEntry(m_catalog->addCheckpoint(info.absoluteFilePath())) && isNew)
    m_forgetOnFailure.insert(m_latestLoad, info.absoluteFilePath());
  m_recent->add(info.absoluteFilePath());
  return true;
}

bool MainWindow::restoreFromPng(const QString& path, bool offerRegenerate) {
  RestoredRun run;
  QString error;
  if (!SampleExporter::readRun(path, &run, &error)) {
    m_recent->remove(path);  // offered again, it would fail again
    showError(tr("Cannot restore from %1: %2").arg(QFileInfo(path).fileName(), error));
    return false;
  }
  QStringList paths;
  const QDir pngDir = QFileInfo(path).dir();
  for (const QString& recorded : run.checkpointPaths) {
    QString found;
    const QFileInfo fi(recorded);
    if (fi.isFile()) found = fi.absoluteFilePath();
    else if (fi.isRelative() && QFileInfo(pngDir, recorded).isFile()) found = QFileInfo(pngDir, recorded).absoluteFilePath();
    else if (const int i = m_catalog->indexOfFileName(fi.fileName()); i >= 0) found = m_catalog->entries()[i].path;
    if (found.isEmpty()) {
      showError(tr("%1 was made with %2, which is not on this machine: open that checkpoint first, then the PNG.")
                    .arg(QFileInfo(path).fileName(), recorded));
      return false;
    }
    m_catalog->addCheckpoint(found);
    paths << found;
  }

  SamplingControls c = m_samplingPanel->controls();
  c.sampler = run.sampler;
  c.seed = run.seed;
  c.seedLocked = true;
  c.batch = 1;
  c.classIndex = static_cast<int>(run.label);
  bool plain = false;
  const QString respacing = QString::fromStdString(run.sampler.timestep_respacing);
  const int steps = respacing.toInt(&plain);
  c.respacingText = plain ? QString() : respacing;
  if (plain) c.steps = steps;
  if (respacing.isEmpty()) c.steps = run.flags.value(0).value(QStringLiteral("diffusion_steps"), QStringLiteral("1000")).toInt();
  c.device = run.device;
  c.half = run.precision == QLatin1String("float16");
  m_samplingPanel->setControls(c);
  m_pendingClass = c.classIndex;
  // Every setting includes the image it started from (none: the Input dock empties).
  if (run.input.isNull()) {
    m_inputPanel->clear();
  } else {
    //: Where the input image came from: %1 the PNG it was restored from.
    m_inputPanel->setInput(run.input.pixels, tr("restored from %1").arg(QFileInfo(path).fileName()), run.input.path,
                           run.input.sha256);
    m_inputPanel->setMask(run.input.mask, run.input.maskPath, run.input.maskSha256);
    m_inputPanel->setStrength(run.sampler.strength);
    m_inputPanel->setRepaintJumps(run.sampler.repaint_jumps);
  }

  m_store->clear();
  //: Caption under a sample: %1 the seed, %2 the image's index in the run.
  const QString seed = tr("seed %1 #%2").arg(run.seed).arg(run.imageIndex);
  const QString caption = run.className.isEmpty() ? seed : run.className + QStringLiteral(" · ") + seed;
  m_canvas->setRun(1, run.image.width(), {caption});
  m_canvas->setFinal({run.image});

  m_restored = run;
  m_restoreLoaded = false;
  m_regenerateWhenLoaded = false;
  m_reproduceRun = 0;
  ModelRequest request;
  request.paths = paths;
  request.pinnedFlags = run.flags;
  request.snrSplits = QVector<double>(run.sampler.snr_splits.begin(), run.sampler.snr_splits.end());
  requestLoad(request);
  m_restoreLoad = m_latestLoad;
  updateActions();

  // Whether the file can be redone exactly is said first, before any claim of restoration.
  const QString fileName = QFileInfo(path).fileName();
  const bool exact = !run.injectedNoise || run.branchStep >= 0;  // a branch holds its own x_t
  if (!exact)
    m_messages->showMessage(tr("%1 cannot be regenerated exactly: it started from injected noise, which its file "
                               "does not hold. Its settings are restored.").arg(fileName),
                            MessageBar::Kind::Warning);
  else if (run.branchStep >= 0)
    showInfo((run.branchExact
                  ? tr("%1 continued another run from step %2 with other settings; its file holds that run's "
                       "recipe and the x_t of step %2, so it regenerates exactly.")
                  : tr("%1 continued another run from the 8-bit x_t of step %2 (an approximate continuation); its "
                       "file holds that x_t, so it regenerates exactly as it was made."))
                 .arg(fileName).arg(run.branchStep + 1));
  else
    showInfo(tr("Restored the settings of %1 (seed %2, image #%3).")
                 .arg(fileName).arg(run.seed).arg(run.imageIndex));
  if (offerRegenerate) {
    auto* box = new QMessageBox(QMessageBox::Question, tr("Regenerate?"),
                                exact ? tr("All settings of %1 are restored. Regenerate the image now?").arg(fileName)
                                      : tr("The settings of %1 are restored, but a new image from them will differ. "
                                           "Generate it anyway?").arg(fileName),
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::accepted, this, &MainWindow::regenerateRestored);
    box->open();  // window-modal, never blocks the event loop
  }
  return true;
}

bool MainWindow::exportImage(int index, const QString& path) {
  const RunOutcome& o = m_store->outcome();
  if (!m_store->isFinished() || o.cancelled || index < 0 || index >= o.images.size()) {
    showError(tr("Nothing to export: finish a run first."));
    return false;
  }
  QString error;
  if (!SampleExporter::writeImage(path, o.images[index], o.specs.value(index), &error)) {
    showError(tr("Export failed: %1").arg(error));
    return false;
  }
  statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
  return true;
}

bool MainWindow::exportBatch(const QString& dir, bool replace) {
  const RunOutcome& o = m_store->outcome();
  if (!m_store->isFinished() || o.cancelled || o.images.isEmpty()) {
    showError(tr("Nothing to export: finish a run first."));
    return false;
  }
  if (!replace) {
    const QStringList existing = SampleExporter::batchFileNames(o.images, m_store->run().firstImage, dir, true);
    if (!existing.isEmpty()) {
      auto* box = new QMessageBox(QMessageBox::Question, tr("Replace files?"),
                                  tr("%1 already holds %n file(s) of these names (%2). Replace them?", nullptr,
                                     existing.size())
                                      .arg(QDir::toNativeSeparators(dir), existing.mid(0, 3).join(QStringLiteral(", "))),
                                  QMessageBox::Cancel, this);
      box->setObjectName(QStringLiteral("ReplaceFilesQuestion"));
      auto* replaceButton = box->addButton(tr("&Replace"), QMessageBox::DestructiveRole);
      box->setDefaultButton(QMessageBox::Cancel);
      box->setAttribute(Qt::WA_DeleteOnClose);
      connect(box, &QMessageBox::buttonClicked, this, [this, dir, replaceButton](QAbstractButton* clicked) {
        if (clicked == replaceButton) exportBatch(dir, true);
      });
      box->open();  // window-modal, never blocks the event loop
      return false;
    }
  }
  QStringList written;
  QString error;
  if (!SampleExporter::writeBatch(dir, o.images, o.labels, o.specs, &written, &error)) {
    showError(tr("Export failed: %1").arg(error));
    return false;
  }
  statusBar()->showMessage(tr("Saved %1 files in %2").arg(written.size()).arg(QDir::toNativeSeparators(dir)), 5000);
  return true;
}

void MainWindow::copyImage() {
  const int i = m_canvas->selectedIndex();
  const QImage image = i >= 0 ? m_canvas->image(i) : m_canvas->count() == 1 ? m_canvas->image(0) : m_canvas->gridImage();
  if (image.isNull()) return;
  QGuiApplication::clipboard()->setImage(image);
  statusBar()->showMessage(i >= 0 ? tr("Copied image %1").arg(i) : tr("Copied the grid"), 3000);
}

void MainWindow::openDialog() {
  const QStringList files = QFileDialog::getOpenFileNames(
      this, tr("Open Checkpoint or Sample"), m_lastDir,
      tr("Checkpoints and samples (*.pt *.safetensors *.png);;Checkpoints (*.pt *.safetensors);;Samples (*.png);;"
         "Input images (*.png *.jpg *.jpeg *.bmp *.gif);;All files (*)"));
  for (const QString& f : files) openFile(f);
}

void MainWindow::exportDialog() {
  const int i = std::max(0, m_canvas->selectedIndex());
  const qint64 index = m_store->run().firstImage + i;
  const QString name = QStringLiteral("sample_%1.png").arg(index, 5, 10, QLatin1Char('0'));
  const QString path = QFileDialog::getSaveFileName(this, tr("Export Image"), exportPath(name),
                                                    tr("PNG images (*.png)"));
  if (path.isEmpty()) return;
  rememberExportFolder(path);
  exportImage(i, path);
}

void MainWindow::exportAllDialog() {
  const QString dir = QFileDialog::getExistingDirectory(this, tr("Export All Into Folder"), exportFolder());
  if (dir.isEmpty()) return;
  rememberExportFolder(dir);
  exportBatch(dir);
}

void MainWindow::saveSettings() const {
  QSettings s;
  s.setValue(QStringLiteral("window/geometry"), saveGeometry());
  s.setValue(QStringLiteral("window/state"), saveState(kStateVersion));
  const ModelInfo& m = m_modelPanel->loaded();
  if (!m.paths.isEmpty()) {
    s.setValue(QStringLiteral("models/paths"), m.paths);
    s.setValue(QStringLiteral("models/userFlags"), toVariant(m_modelPanel->userFlags()));
    QVariantList splits;
    for (double b : m.snrSplits) splits << b;
    s.setValue(QStringLiteral("models/splits"), splits);
  }
  const SamplingControls c = m_samplingPanel->controls();
  s.beginGroup(QStringLiteral("sampling"));
  // The job as one line (solver, eta, guidance, thresholding, clipping); steps and the
  // respacing text stay the panel's own keys.
  s.setValue(QStringLiteral("job"), QString::fromStdString(sampling::to_string(c.sampler)));
  s.setValue(QStringLiteral("steps"), c.steps);
  s.setValue(QStringLiteral("respacing"), c.respacingText);
  s.setValue(QStringLiteral("class"), c.classIndex);
  s.setValue(QStringLiteral("seed"), c.seed);
  s.setValue(QStringLiteral("seedLocked"), c.seedLocked);
  s.setValue(QStringLiteral("batch"), c.batch);
  s.setValue(QStringLiteral("device"), c.device);
  s.setValue(QStringLiteral("half"), c.half);
  s.setValue(QStringLiteral("previewEvery"), c.previewEvery);
  s.endGroup();
  s.setValue(QStringLiteral("canvas/mode"), static_cast<int>(m_canvas->viewMode()));
  s.setValue(QStringLiteral("canvas/zoom"), m_canvas->zoom());
  s.setValue(QStringLiteral("canvas/fit"), m_canvas->fitToWindow());
  s.setValue(QStringLiteral("files/lastDir"), m_lastDir);
}

void MainWindow::restoreSettings() {
  QSettings s;
  if (!restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray())) resize(1200, 780);
  restoreState(s.value(QStringLiteral("window/state")).toByteArray(), kStateVersion);
  SamplingControls c = m_samplingPanel->controls();  // the defaults where nothing is stored
  s.beginGroup(QStringLiteral("sampling"));
  if (s.contains(QStringLiteral("job"))) {
    try {
      c.sampler = sampling::sampler_settings_from_string(s.value(QStringLiteral("job")).toString().toStdString());
    } catch (const std::exception&) {
      // A job written by a later version (an unknown solver): keep the defaults.
    }
  } else {  // written before the job key: the separate keys, "ddim" a boolean
    c.sampler.solver = s.value(QStringLiteral("ddim"), false).toBool() ? "ddim" : "ddpm";
    c.sampler.eta = s.value(QStringLiteral("eta"), c.sampler.eta).toDouble();
    c.sampler.guidance_scale = s.value(QStringLiteral("guidance"), c.sampler.guidance_scale).toDouble();
    c.sampler.clip_denoised = s.value(QStringLiteral("clip"), c.sampler.clip_denoised).toBool();
    c.sampler.dynamic_threshold = static_cast<sampling::ThresholdMode>(
        std::clamp(s.value(QStringLiteral("threshold"), 0).toInt(), 0, 2));
  }
  c.steps = s.value(QStringLiteral("steps"), c.steps).toInt();
  c.respacingText = s.value(QStringLiteral("respacing"), c.respacingText).toString();
  c.classIndex = s.value(QStringLiteral("class"), c.classIndex).toInt();
  c.seed = s.value(QStringLiteral("seed"), c.seed).toULongLong();
  c.seedLocked = s.value(QStringLiteral("seedLocked"), c.seedLocked).toBool();
  c.batch = s.value(QStringLiteral("batch"), c.batch).toInt();
  c.device = s.value(QStringLiteral("device"), c.device).toString();
  c.half = s.value(QStringLiteral("half"), c.half).toBool();
  c.previewEvery = s.value(QStringLiteral("previewEvery"), c.previewEvery).toInt();
  s.endGroup();
  m_samplingPanel->setControls(c);
  m_pendingClass = c.classIndex;
  const int mode = s.value(QStringLiteral("canvas/mode"), 0).toInt();
  if (mode >= 0 && mode < m_viewModes->actions().size()) m_viewModes->actions()[mode]->trigger();
  if (s.value(QStringLiteral("canvas/fit"), true).toBool())
    m_canvas->setFitToWindow(true);
  else
    m_canvas->setZoom(s.value(QStringLiteral("canvas/zoom"), 4).toInt());
  m_lastDir = s.value(QStringLiteral("files/lastDir"), QDir::homePath()).toString();
}

}  // namespace patchdiff::ui
