// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/compare/compare_window.h"
#include "ui/export/export_folder.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSlider>
#include <QSpinBox>
#include <QShortcut>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

#include "core/inspect/compare_sheet.h"
#include "core/inspect/quality_chart.h"
#include "core/io/atomic_file.h"
#include "ui/compare/compare_column_view.h"
#include "ui/input/input_panel.h"
#include "ui/models/model_catalog.h"
#include "ui/models/model_panel.h"
#include "ui/inspect/qcustomplot_include.h"
#include "ui/sampling/sampler_caption.h"
#include "ui/worker/sampling_controller.h"
#include "ui/sampling/sampling_panel.h"
#include "ui/window/error_text.h"
#include "ui/window/studio_paths.h"

namespace patchdiff::ui {

namespace {

struct ModeRow {
  const char* varied;
  const char* label;
  const char* defaults;
};
// The varied setting's name as core/inspect knows it, its label and default values.
const ModeRow kModes[] = {
    //: Checkpoint: a .pt file with a model's trained weights (translations/GLOSSARY.md).
    {"checkpoint", QT_TRANSLATE_NOOP("patchdiff::ui::CompareWindow", "Checkpoints"), ""},
    //: Guidance scale: the strength s of classifier-free guidance, 1 = off.
    {"guidance_scale", QT_TRANSLATE_NOOP("patchdiff::ui::CompareWindow", "Guidance scale"), "1,1.5,3"},
    //: Respacing: sampling with fewer, evenly spread timesteps of the diffusion (--timestep_respacing).
    {"timestep_respacing", QT_TRANSLATE_NOOP("patchdiff::ui::CompareWindow", "Steps (respacing)"), "10,25,50"},
    {"sampler", QT_TRANSLATE_NOOP("patchdiff::ui::CompareWindow", "Sampler"), "ddim,dpmpp_2m,unipc"},
    //: Schedule: which noise levels a run's steps visit (uniform, karras, exponential, trailing).
    {"schedule", QT_TRANSLATE_NOOP("patchdiff::ui::CompareWindow", "Schedule"), "uniform,karras,exponential"},
    {"eta", QT_TRANSLATE_NOOP("patchdiff::ui::CompareWindow", "Eta (DDIM)"), "0,0.5,1"},
    //: Strength: how far into the noise an input image goes (image-to-image; the Input dock's image).
    {"strength", QT_TRANSLATE_NOOP("patchdiff::ui::CompareWindow", "Strength (input image)"), "0.3,0.6,0.9"},
};

QImage toQImage(const inspect::RgbImage& image) {
  if (image.pixels.empty()) return QImage();
  return QImage(image.pixels.data(), image.width, image.height, image.width * 3, QImage::Format_RGB888).copy();
}

QVector<QImage> toQImages(const std::vector<inspect::RgbImage>& images) {
  QVector<QImage> out;
  for (const auto& i : images) out << toQImage(i);
  return out;
}

// Where the data folder for the reference features is remembered.
const char* kScoreDataDirKey = "compare/scoreDataDir";

QTableWidgetItem* cell(const QString& text, bool number = true) {
  auto* item = new QTableWidgetItem(text);
  item->setTextAlignment(number ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
  item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
  return item;
}

// The lines of inspect::caption_lines (which the exported sheet prints in English), translated.
QStringList captionLines(const inspect::CompareColumn& c) {
  auto fixed = [](double value, int decimals) { return QString::number(value, 'f', decimals); };
  const QString gflop = fixed(c.gflop_per_pass, c.gflop_per_pass < 10 ? 2 : 1);
  QStringList lines{QString::fromStdString(c.label),
          CompareWindow::tr("P=%1  %2 ms/step").arg(c.patch_size).arg(fixed(c.ms_per_step_median, 1)),
          //: GFLOP per image per network pass; "x%2": two passes per step when guiding.
          c.passes_per_step > 1 ? CompareWindow::tr("%1 GFLOP/pass x%2").arg(gflop).arg(c.passes_per_step)
                                : CompareWindow::tr("%1 GFLOP/pass").arg(gflop),
          CompareWindow::tr("total %1 s").arg(fixed(c.total_s, c.total_s < 10 ? 2 : 1)),
          //: Time of the first column divided by this one's, per image.
          CompareWindow::tr("speed-up x%1").arg(fixed(c.speed_up, 2)),
          //: Root mean square difference of this column's images to the first column's, in [-1, 1] units.
          CompareWindow::tr("RMS to first %1").arg(fixed(c.rms_to_first, 3))};
  if (c.score && c.score->class_accuracy)
    //: A scored column: %1 its Fréchet distance (FD, keep the abbreviation), %2 the share of its
    //: images the classifier puts in the requested class, %3 how many images were scored.
    lines << CompareWindow::tr("FD %1 · class accuracy %2 (%3 images)")
                 .arg(fixed(c.score->fd, 1), fixed(*c.score->class_accuracy, 2))
                 .arg(c.score->num_images);
  else if (c.score)
    lines << CompareWindow::tr("FD %1 (%2 images)").arg(fixed(c.score->fd, 1)).arg(c.score->num_images);
  return lines;
}

}  // namespace

CompareWindow::CompareWindow(const StudioParts& parts) : QWidget(parts.window, Qt::Window), m_parts(parts) {
  setObjectName(QStringLiteral("CompareWindow"));
  setWindowTitle(tr("Compare — Patch Diffusion Studio"));
  resize(1100, 820);

  m_mode = new QComboBox;
  for (const auto& m : kModes) m_mode->addItem(tr(m.label), QString::fromLatin1(m.varied));
  m_checkpoints = new QListWidget;
  m_checkpoints->setMaximumHeight(96);
  m_checkpoints->setToolTip(tr("Check 2 to 4 checkpoints of one image size"));
  m_values = new QLineEdit;
  m_values->setToolTip(tr("2 to 6 comma-separated values of the varied setting"));
  m_values->setPlaceholderText(tr("values, e.g. 1,1.5,3"));
  m_align = new QComboBox;
  m_align->addItem(tr("Align by step"));
  m_align->addItem(tr("Align by SNR"));
  m_run = new QPushButton(tr("&Run Comparison"));
  m_run->setDefault(true);
  m_stop = new QPushButton(tr("Ca&ncel"));
  m_export = new QPushButton(tr("&Export Sheet…"));
  m_close = new QPushButton(tr("C&lose"));
  m_score = new QPushButton(tr("&Score Columns"));
  m_score->setToolTip(tr("Run the comparison, then make this many more images per column and measure them against "
                         "the data set: Fréchet distance and class accuracy (see patchdiff score)"));
  m_scoreImages = new QSpinBox;
  m_scoreImages->setRange(10, 5000);
  m_scoreImages->setSingleStep(50);
  m_scoreImages->setValue(100);
  //: Suffix of the number of images each column is scored on ("100 images per column").
  m_scoreImages->setSuffix(tr(" images per column"));
  m_scoreImages->setAccessibleName(tr("Images scored per column"));
  m_scoreImages->setToolTip(tr("500 or more for a stable Fréchet distance; 100 shows the order of large differences"));
  m_dataDir = new QPushButton(tr("&Data Folder…"));
  m_shared = new QLabel;
  m_shared->setWordWrap(true);
  m_progress = new QProgressBar;
  m_progress->setFormat(tr("idle"));
  m_progress->setValue(0);
  m_status = new QLabel;
  m_status->setWordWrap(true);

  auto* controls = new QHBoxLayout;
  auto* modeBox = new QVBoxLayout;
  modeBox->addWidget(new QLabel(tr("Columns differ in:")));
  modeBox->addWidget(m_mode);
  modeBox->addWidget(m_values);
  modeBox->addWidget(m_align);
  modeBox->addStretch();
  controls->addLayout(modeBox);
  controls->addWidget(m_checkpoints, 2);
  auto* runBox = new QVBoxLayout;
  runBox->addWidget(m_shared);
  runBox->addWidget(m_progress);
  auto* buttons = new QHBoxLayout;
  buttons->addWidget(m_run);
  buttons->addWidget(m_stop);
  buttons->addWidget(m_export);
  buttons->addWidget(m_close);
  runBox->addLayout(buttons);
  auto* scoreRow = new QHBoxLayout;
  scoreRow->addWidget(m_score);
  scoreRow->addWidget(m_scoreImages);
  scoreRow->addWidget(m_dataDir);
  scoreRow->addStretch();
  runBox->addLayout(scoreRow);
  controls->addLayout(runBox, 2);

  auto* columnsHost = new QWidget;
  m_columnsRow = new QHBoxLayout(columnsHost);
  m_columnsRow->setContentsMargins(0, 0, 0, 0);
  m_scrubber = new QSlider(Qt::Horizontal);
  m_scrubber->setAccessibleName(tr("Compare step"));
  m_scrubber->setEnabled(false);
  m_stepLabel = new QLabel;
  auto* scrubRow = new QHBoxLayout;
  scrubRow->addWidget(new QLabel(tr("Step:")));
  scrubRow->addWidget(m_scrubber, 1);
  scrubRow->addWidget(m_stepLabel);

  m_table = new QTableWidget;
  m_table->setObjectName(QStringLiteral("CompareTable"));
  const QStringList headers = {tr("Column"), tr("P"), tr("Parameters"), tr("GFLOP / pass"), tr("ms / step (median)"),
                               tr("Total s"), tr("Speed-up"), tr("GFLOP ratio"), tr("RMS to first")};
  m_table->setColumnCount(headers.size());
  m_table->setHorizontalHeaderLabels(headers);
  m_table->verticalHeader()->setVisible(false);
  m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  m_table->horizontalHeader()->setStretchLastSection(true);
  m_bars = new QCustomPlot;
  m_bars->setObjectName(QStringLiteral("CompareBars"));
  m_bars->setMinimumSize(320, 200);

  m_quality = new QCustomPlot;
  m_quality->setObjectName(QStringLiteral("CompareQuality"));
  m_quality->setMinimumSize(320, 180);
  m_quality->setVisible(false);  // until a comparison is scored
  // The charts one over the other beside the table: side by side, three panes leave the
  // table too narrow for its columns in some languages.
  auto* charts = new QSplitter(Qt::Vertical);
  charts->addWidget(m_bars);
  charts->addWidget(m_quality);

  auto* bottom = new QSplitter(Qt::Horizontal);
  bottom->addWidget(m_table);
  bottom->addWidget(charts);
  bottom->setStretchFactor(0, 3);
  bottom->setStretchFactor(1, 2);
  auto* top = new QWidget;
  auto* topLayout = new QVBoxLayout(top);
  topLayout->setContentsMargins(0, 0, 0, 0);
  topLayout->addWidget(columnsHost, 1);
  topLayout->addLayout(scrubRow);
  auto* split = new QSplitter(Qt::Vertical);
  split->addWidget(top);
  split->addWidget(bottom);
  split->setStretchFactor(0, 3);
  split->setStretchFactor(1, 1);
  split->setSizes({560, 240});  // the columns' images get the room; the table needs a few rows

  auto* layout = new QVBoxLayout(this);
  layout->addLayout(controls);
  layout->addWidget(m_status);
  layout->addWidget(split, 1);

  connect(m_mode, &QComboBox::currentIndexChanged, this, &CompareWindow::updateMode);
  connect(m_run, &QPushButton::clicked, this, [this] { start(); });
  connect(m_score, &QPushButton::clicked, this, [this] { startScored(); });
  connect(m_dataDir, &QPushButton::clicked, this, [this] {
    const QString dir = QFileDialog::getExistingDirectory(
        this, tr("Data Folder for Scoring (with train/ and heldout/)"), scoreDataDir());
    if (!dir.isEmpty()) setScoreDataDir(dir);
  });
  connect(m_stop, &QPushButton::clicked, this, &CompareWindow::cancel);
  connect(m_close, &QPushButton::clicked, this, &QWidget::close);
  // Ctrl+W closes, as in other windows; Esc stops a running comparison, else closes.
  auto* closeShortcut = new QShortcut(QKeySequence::Close, this);
  connect(closeShortcut, &QShortcut::activated, this, &QWidget::close);
  auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
  connect(escape, &QShortcut::activated, this, [this] {
    if (m_runId != 0)
      cancel();
    else
      close();
  });
  connect(m_export, &QPushButton::clicked, this, [this] {
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Comparison Sheet"),
                                                      exportPath(QStringLiteral("compare.png")), tr("PNG images (*.png)"));
    if (path.isEmpty()) return;
    rememberExportFolder(path);
    exportSheet(path);
  });
  connect(m_scrubber, &QSlider::valueChanged, this, &CompareWindow::showScrubbed);
  connect(m_align, &QComboBox::currentIndexChanged, this, &CompareWindow::showScrubbed);
  connect(m_parts.catalog, &ModelCatalog::changed, this, &CompareWindow::rebuildCheckpointList);
  connect(m_checkpoints, &QListWidget::itemChanged, this, [this] {
    m_run->setEnabled(m_runId == 0);
  });

  SamplingController* c = m_parts.controller;
  connect(c, &SamplingController::compareProgress, this, [this](const CompareProgress& p) {
    if (p.runId != m_runId) return;
    if (p.scoring) {
      // Columns in equal parts; within one, its images done plus the running batch's share of
      // its steps.
      const double images = std::max<qint64>(1, p.numImages);
      const double done = (p.imagesDone + p.batchImages * (p.step + 1.0) / std::max(1, p.numSteps)) / images;
      m_progress->setRange(0, 1000);
      m_progress->setValue(static_cast<int>(1000.0 * (p.column + done) / std::max(1, p.numColumns)));
      //: Progress while a column's scored images are made: %1 the column, %2 of how many, %3 images
      //: finished, %4 of how many.
      m_progress->setFormat(tr("scoring column %1 of %2 · %3 of %4 images")
                                .arg(p.column + 1)
                                .arg(p.numColumns)
                                .arg(p.imagesDone)
                                .arg(p.numImages));
      return;
    }
    m_progress->setRange(0, p.numColumns * p.numSteps);
    m_progress->setValue(p.column * p.numSteps + p.step + 1);
    m_progress->setFormat(tr("column %1 of %2 · step %3 of %4").arg(p.column + 1).arg(p.numColumns).arg(p.step + 1).arg(p.numSteps));
    showRunning(p);
  });
  connect(c, &SamplingController::compareColumnDone, this, [this](const CompareColumnDone& done) {
    if (done.runId == m_runId) showColumn(done);
  });
  connect(c, &SamplingController::compareFinished, this, [this](const CompareOutcome& o) {
    if (o.runId != m_runId) return;
    m_runId = 0;
    m_outcome = o;
    m_progress->setFormat(tr("done"));
    showOutcome();
    updateMode();
    Q_EMIT finished(true);
  });
  connect(c, &SamplingController::compareCancelled, this, [this](quint64 id) {
    if (id != m_runId) return;
    m_runId = 0;
    dropRunning();  // a half-run column is no result
    m_progress->setFormat(tr("cancelled"));
    updateMode();
    Q_EMIT finished(false);
  });
  connect(c, &SamplingController::compareFailed, this, [this](quint64 id, const QString& message) {
    if (id != m_runId) return;
    m_runId = 0;
    dropRunning();
    m_progress->setFormat(tr("failed"));
    fail(tr("The comparison failed: %1").arg(message));
    updateMode();
    Q_EMIT finished(false);
  });
  connect(c, &SamplingController::busyChanged, this, [this] { updateMode(); });
  connect(c, &SamplingController::modelsLoaded, this, [this] { updateMode(); });  // the shared checkpoint

  rebuildCheckpointList();
  updateMode();
  fillBars();
}

CompareWindow::~CompareWindow() = default;

void CompareWindow::rebuildCheckpointList() {
  const QStringList checked = checkedCheckpoints();
  const QSignalBlocker block(m_checkpoints);
  m_checkpoints->clear();
  const QString family = m_parts.modelPanel->currentFamily();
  for (const auto& e : m_parts.catalog->entries()) {
    const bool named = e.title.contains(QStringLiteral("P=%1").arg(e.patchSize));
    auto* item = new QListWidgetItem(e.patchSize > 0 && !named ? tr("%1 (P=%2)").arg(e.title).arg(e.patchSize) : e.title,
                                     m_checkpoints);
    item->setData(Qt::UserRole, e.path);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    // By default the bundled family's P = 2, 4, 8: one noise, three costs.
    const bool byDefault = checked.isEmpty() && e.bundled && (family.isEmpty() || e.family == family) &&
                           (e.patchSize == 2 || e.patchSize == 4 || e.patchSize == 8);
    item->setCheckState(checked.contains(e.path) || byDefault ? Qt::Checked : Qt::Unchecked);
  }
}

QStringList CompareWindow::checkedCheckpoints() const {
  QStringList out;
  for (int i = 0; i < m_checkpoints->count(); ++i)
    if (m_checkpoints->item(i)->checkState() == Qt::Checked) out << m_checkpoints->item(i)->data(Qt::UserRole).toString();
  return out;
}

void CompareWindow::setCheckpoints(const QStringList& paths) {
  m_mode->setCurrentIndex(0);
  QStringList canonical;
  for (const auto& p : paths) canonical << QFileInfo(p).canonicalFilePath();
  for (int i = 0; i < m_checkpoints->count(); ++i) {
    const QString path = m_checkpoints->item(i)->data(Qt::UserRole).toString();
    m_checkpoints->item(i)->setCheckState(canonical.contains(QFileInfo(path).canonicalFilePath()) ? Qt::Checked : Qt::Unchecked);
  }
}

void CompareWindow::setVaried(const QString& setting, const QString& values) {
  const int index = m_mode->findData(setting);
  if (index >= 0) m_mode->setCurrentIndex(index);
  m_values->setText(values);
}

void CompareWindow::setAlignBySnr(bool bySnr) { m_align->setCurrentIndex(bySnr ? 1 : 0); }

QString CompareWindow::sharedText() const { return m_shared->text(); }

void CompareWindow::updateMode() {
  const QString varied = m_mode->currentData().toString();
  const bool checkpoints = varied == QLatin1String("checkpoint");
  m_checkpoints->setEnabled(checkpoints);
  m_values->setEnabled(!checkpoints);
  if (!checkpoints && m_values->text().isEmpty())
    for (const auto& m : kModes)
      if (varied == QLatin1String(m.varied)) m_values->setText(QString::fromLatin1(m.defaults));
  const SamplingControls c = m_parts.samplingPanel->controls();
  // What every column shares, without the setting that varies; the checkpoint is named
  // unless the columns are checkpoints.
  QStringList shared;
  if (!checkpoints) {
    const QStringList titles = m_parts.modelPanel->loaded().titles;
    if (!titles.isEmpty()) shared << titles.join(QStringLiteral(" → "));
  }
  if (varied != QLatin1String("timestep_respacing")) shared << tr("%1 steps").arg(c.respacing());
  if (varied != QLatin1String("sampler") && varied != QLatin1String("eta") && varied != QLatin1String("schedule"))
    shared << samplerCaption(c.sampler);
  if (varied != QLatin1String("guidance_scale")) shared << tr("guidance %1").arg(c.sampler.guidance_scale);
  if (m_parts.inputPanel && m_parts.inputPanel->hasInput()) {
    if (varied != QLatin1String("strength")) shared << tr("from the input image at strength %1").arg(m_parts.inputPanel->strength());
    else shared << tr("from the input image");
  }
  shared << tr("seed %1").arg(c.seed) << tr("%n image(s)", nullptr, c.batch) << c.device;
  //: %1 the settings every column shares, joined by " · ".
  m_shared->setText(tr("Shared (from the Sampling panel): %1").arg(shared.join(QStringLiteral(" · "))));
  const bool busy = m_parts.controller->isRunning();
  m_run->setEnabled(m_runId == 0 && !busy);
  m_score->setEnabled(m_runId == 0 && !busy);
  m_scoreImages->setEnabled(m_runId == 0);
  m_dataDir->setEnabled(m_runId == 0);
  updateDataDirLabel();
  m_stop->setEnabled(m_runId != 0);
  m_export->setEnabled(m_outcome.has_value() && m_runId == 0);
}

quint64 CompareWindow::startScored() { return start(m_scoreImages->value()); }

void CompareWindow::setScoreImages(int count) { m_scoreImages->setValue(count); }

QString CompareWindow::scoreDataDir() const { return QSettings().value(QLatin1String(kScoreDataDirKey)).toString(); }

void CompareWindow::setScoreDataDir(const QString& dir) {
  QSettings().setValue(QLatin1String(kScoreDataDirKey), dir);
  updateDataDirLabel();
}

void CompareWindow::updateDataDirLabel() {
  const QString dir = scoreDataDir();
  m_dataDir->setToolTip(dir.isEmpty()
                            ? tr("The data set scores are measured against (with train/ and heldout/): needed once, "
                                 "until its features are cached")
                            : tr("Scores are measured against %1").arg(QDir::toNativeSeparators(dir)));
}

quint64 CompareWindow::start(int scoreImages) {
  m_lastError.clear();
  m_status->clear();
  const SamplingControls c = m_parts.samplingPanel->controls();
  CompareJob job;
  job.varied = m_mode->currentData().toString();
  if (job.varied == QLatin1String("checkpoint")) {
    job.checkpoints = checkedCheckpoints();
    if (job.checkpoints.size() < 2 || job.checkpoints.size() > 4) {
      fail(tr("Check 2 to 4 checkpoints to compare (%1 checked).").arg(job.checkpoints.size()));
      return 0;
    }
  } else {
    const QString loaded = m_parts.modelPanel->loaded().paths.value(0);
    if (loaded.isEmpty()) {
      fail(tr("Load a model first: a setting is compared on the loaded checkpoint."));
      return 0;
    }
    job.checkpoints = {loaded};
    job.values = m_values->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (job.values.size() < 2 || job.values.size() > 6) {
      fail(tr("Give 2 to 6 comma-separated values (%1 given).").arg(job.values.size()));
      return 0;
    }
  }
  job.sampler = c.sampler;
  if (m_parts.inputPanel && m_parts.inputPanel->hasInput()) {
    job.input = m_parts.inputPanel->input();
    job.sampler.strength = m_parts.inputPanel->strength();
    job.sampler.repaint_jumps = m_parts.inputPanel->repaintJumps();
  } else if (job.varied == QLatin1String("strength")) {
    fail(tr("Strength is compared on an input image: open one in the Input dock (or use a tile as input)."));
    return 0;
  }
  job.seed = c.seed;
  job.batch = c.batch;
  job.classIndex = c.classIndex;
  job.device = c.device;
  if (scoreImages > 0) {
    if (!job.input.isNull()) {
      fail(tr("Scoring measures images made from noise: clear the Input dock's image to score the columns."));
      return 0;
    }
    job.scoreImages = scoreImages;
    job.featureNet = bundledFeatureNetPath();
    job.scoreDataDir = scoreDataDir();
  }
  m_outcome.reset();
  clearColumns();
  m_table->setRowCount(0);
  fillBars();
  m_runId = m_parts.controller->compare(job);
  m_progress->setRange(0, 0);
  m_progress->setFormat(tr("starting…"));
  updateMode();
  return m_runId;
}

void CompareWindow::cancel() {
  if (m_runId != 0) m_parts.controller->cancel();
}

void CompareWindow::fail(const QString& message) {
  m_lastError = message;
  m_status->setText(message);
}

int CompareWindow::columnCount() const { return m_outcome ? static_cast<int>(m_outcome->result.columns.size()) : 0; }

int CompareWindow::shownStep(int column) const {
  if (!m_outcome || column < 0 || column >= columnCount()) return -1;
  const auto& cols = m_outcome->result.columns;
  const int s = m_scrubber->value();
  if (m_align->currentIndex() == 1) return inspect::align_by_snr(cols.front().log_snr, s, cols[static_cast<size_t>(column)].log_snr);
  return inspect::align_by_step(s, cols[static_cast<size_t>(column)].num_steps);
}

void CompareWindow::clearColumns() {
  for (auto* v : m_columns) {
    m_columnsRow->removeWidget(v);
    v->deleteLater();
  }
  m_columns.clear();
  dropRunning();
}

void CompareWindow::dropRunning() {
  if (!m_running) return;
  m_columnsRow->removeWidget(m_running);
  m_running->deleteLater();
  m_running = nullptr;
}

void CompareWindow::showRunning(const CompareProgress& p) {
  // The running column, live: its x0 prediction at each step, until its numbers are in.
  if (p.x0.isEmpty()) return;
  if (!m_running) {
    m_running = new CompareColumnView;
    m_columnsRow->addWidget(m_running, 1);
  }
  m_running->setCaption({tr("column %1 of %2").arg(p.column + 1).arg(p.numColumns),
                         tr("running · step %1 of %2").arg(p.step + 1).arg(p.numSteps)});
  m_running->setImages(p.x0);
}

bool CompareWindow::showsRunningColumn() const { return m_running && !m_running->images().isEmpty(); }

void CompareWindow::showColumn(const CompareColumnDone& done) {
  const auto& c = done.result;
  // The live view of this column becomes the finished one, in its place.
  auto* view = m_running ? m_running : new CompareColumnView;
  m_running = nullptr;
  view->setCaption({QString::fromStdString(c.label),
                    tr("P=%1  %2 ms/step").arg(c.patch_size).arg(c.ms_per_step_median, 0, 'f', 1),
                    tr("total %1 s").arg(c.total_s, 0, 'f', 2)});
  view->setImages(toQImages(c.images));
  if (m_columnsRow->indexOf(view) < 0) m_columnsRow->addWidget(view, 1);
  m_columns << view;
  Q_EMIT columnShown(done.column);
}

void CompareWindow::showOutcome() {
  clearColumns();
  const auto& cols = m_outcome->result.columns;
  for (size_t i = 0; i < cols.size(); ++i) {
    auto* view = new CompareColumnView;
    view->setCaption(captionLines(cols[i]));
    m_columnsRow->addWidget(view, 1);
    m_columns << view;
  }
  int maxSteps = 0;
  for (const auto& c : cols) maxSteps = std::max(maxSteps, c.num_steps);
  const QSignalBlocker block(m_scrubber);
  m_scrubber->setRange(0, std::max(0, cols.front().num_steps - 1));
  m_scrubber->setValue(m_scrubber->maximum());
  m_scrubber->setEnabled(true);
  showScrubbed();
  fillTable();
  fillBars();
  fillQuality();
  if (!m_outcome->result.warnings.empty()) m_status->setText(QString::fromStdString(m_outcome->result.warnings.front()));
}

void CompareWindow::showScrubbed() {
  if (!m_outcome) return;
  const auto& cols = m_outcome->result.columns;
  for (int i = 0; i < m_columns.size() && i < static_cast<int>(cols.size()); ++i) {
    const auto& c = cols[static_cast<size_t>(i)];
    const int k = shownStep(i);
    if (k >= c.num_steps - 1 || c.x0.empty()) {
      m_columns[i]->setImages(toQImages(c.images));
      continue;
    }
    // x0_steps lists the kept loop indices; show the last kept at or before k.
    size_t slot = 0;
    for (size_t j = 0; j < c.x0_steps.size(); ++j)
      if (c.x0_steps[j] <= k) slot = j;
    m_columns[i]->setImages(toQImages(c.x0[slot]));
  }
  const int s = m_scrubber->value();
  const auto& first = cols.front();
  m_stepLabel->setText(tr("step %1 / %2 · ln SNR %3").arg(s + 1).arg(first.num_steps)
                           .arg(first.log_snr.empty() ? 0.0 : first.log_snr[static_cast<size_t>(s)], 0, 'f', 2));
}

void CompareWindow::fillTable() {
  const auto& cols = m_outcome->result.columns;
  QStringList headers = {tr("Column"), tr("P"), tr("Parameters"), tr("GFLOP / pass"), tr("ms / step (median)"),
                         tr("Total s"), tr("Speed-up"), tr("GFLOP ratio"), tr("RMS to first")};
  const bool scored = m_outcome->result.scored();
  //: FD: Fréchet distance of the column's scored images to the data (lower is better); keep the abbreviation.
  if (scored) headers << tr("FD") << tr("Class accuracy");
  m_table->setColumnCount(headers.size());
  m_table->setHorizontalHeaderLabels(headers);
  m_table->setRowCount(static_cast<int>(cols.size()));
  for (size_t i = 0; i < cols.size(); ++i) {
    const auto& c = cols[i];
    const int r = static_cast<int>(i);
    const QString label = QString::fromStdString(c.label);
    m_table->setItem(r, 0, cell(label, false));
    m_table->item(r, 0)->setToolTip(QString::fromStdString(c.setting));
    m_table->setItem(r, 1, cell(QString::number(c.patch_size)));
    m_table->setItem(r, 2, cell(QLocale().toString(static_cast<qlonglong>(c.params))));
    m_table->setItem(r, 3, cell(c.passes_per_step > 1 ? tr("%1 ×%2").arg(c.gflop_per_pass, 0, 'f', 3).arg(c.passes_per_step)
                                                      : QString::number(c.gflop_per_pass, 'f', 3)));
    m_table->setItem(r, 4, cell(QString::number(c.ms_per_step_median, 'f', 1)));
    m_table->setItem(r, 5, cell(QString::number(c.total_s, 'f', 2)));
    m_table->setItem(r, 6, cell(QStringLiteral("×%1").arg(c.speed_up, 0, 'f', 2)));
    m_table->setItem(r, 7, cell(QString::number(c.gflop_ratio, 'f', 3)));
    m_table->setItem(r, 8, cell(QString::number(c.rms_to_first, 'f', 4)));
    if (scored) {
      m_table->setItem(r, 9, cell(c.score ? QString::number(c.score->fd, 'f', 2) : QStringLiteral("–")));
      m_table->setItem(r, 10, cell(c.score && c.score->class_accuracy ? QString::number(*c.score->class_accuracy, 'f', 3)
                                                                      : QStringLiteral("–")));
      if (const auto& floor = m_outcome->result.score_floor)
        m_table->item(r, 9)->setToolTip(tr("Floor (as many held-out real images): FD %1").arg(floor->fd, 0, 'f', 2));
    }
  }
  // The table gets the width its columns need when the window has it (some languages'
  // headings are longer); the chart keeps at least its minimum width.
  auto* split = qobject_cast<QSplitter*>(m_table->parentWidget());
  QHeaderView* header = m_table->horizontalHeader();
  header->setStretchLastSection(false);  // measure the columns at their contents' width
  header->resizeSections(QHeaderView::ResizeToContents);
  const int needed = header->length() + 2 * m_table->frameWidth();
  header->setStretchLastSection(true);
  const QList<int> sizes = split ? split->sizes() : QList<int>();
  if (sizes.size() == 2 && sizes[0] < needed) {
    const int total = sizes[0] + sizes[1];
    const int table = std::min(needed, total - m_bars->minimumWidth());
    if (table > sizes[0]) split->setSizes({table, total - table});
  }
}

QStringList CompareWindow::barLabels() const {
  QStringList labels;
  if (const auto ticker = qSharedPointerDynamicCast<QCPAxisTickerText>(m_bars->xAxis->ticker()))
    for (auto it = ticker->ticks().constBegin(); it != ticker->ticks().constEnd(); ++it) labels << it.value();
  return labels;
}

bool CompareWindow::barLegendOutsideBars() const { return m_bars->legend->layout() != m_bars->axisRect()->insetLayout(); }

void CompareWindow::fillBars() {
  m_bars->clearPlottables();
  m_bars->clearItems();
  if (m_bars->plotLayout()->rowCount() < 2) {
    m_bars->plotLayout()->insertRow(0);
    m_bars->plotLayout()->addElement(0, 0, new QCPTextElement(m_bars, tr("Measured time vs compute per step"), font()));
    // The legend in a row of its own under the axes, side by side: over the bars it hid them.
    m_bars->axisRect()->insetLayout()->take(m_bars->legend);
    auto* legendRow = new QCPLayoutGrid;
    m_bars->plotLayout()->addElement(2, 0, legendRow);
    legendRow->addElement(0, 0, m_bars->legend);
    m_bars->legend->setFillOrder(QCPLegend::foColumnsFirst);
    m_bars->legend->setBorderPen(Qt::NoPen);
    m_bars->plotLayout()->setRowStretchFactor(2, 0.001);
  }
  const QColor text = palette().color(QPalette::Text);
  m_bars->setBackground(palette().color(QPalette::Base));
  for (QCPAxis* a : {m_bars->xAxis, m_bars->yAxis, m_bars->yAxis2}) {
    a->setBasePen(QPen(text));
    a->setTickPen(QPen(text));
    a->setSubTickPen(QPen(text));
    a->setTickLabelColor(text);
    a->setLabelColor(text);
  }
  m_bars->yAxis->setLabel(tr("ms / step (measured, median)"));
  m_bars->yAxis2->setVisible(true);
  m_bars->yAxis2->setLabel(tr("GFLOP / step"));
  if (!m_outcome) {
    m_bars->replot();
    return;
  }
  const auto& cols = m_outcome->result.columns;
  QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
  QVector<double> keysMs, keysFlop, ms, flop;
  double maxMs = 0, maxFlop = 0;
  for (size_t i = 0; i < cols.size(); ++i) {
    const auto& c = cols[i];
    // The value alone ("unipc", not "sampler=unipc"): the title row says what varies.
    QString label = QString::fromStdString(c.label);
    if (const qsizetype eq = label.indexOf(QLatin1Char('=')); eq >= 0) label = label.mid(eq + 1);
    ticker->addTick(static_cast<double>(i), c.patch_size > 0 && m_outcome->result.varied == "checkpoint"
                                                ? QStringLiteral("P=%1").arg(c.patch_size)
                                                : label);
    keysMs << i - 0.18;
    keysFlop << i + 0.18;
    ms << c.ms_per_step_median;
    // GFLOP per step of the whole batch: images x passes x GFLOP per pass.
    flop << c.gflop_per_pass * c.passes_per_step * static_cast<double>(std::max<size_t>(1, c.images.size()));
    maxMs = std::max(maxMs, ms.back());
    maxFlop = std::max(maxFlop, flop.back());
  }
  auto* msBars = new QCPBars(m_bars->xAxis, m_bars->yAxis);
  msBars->setName(tr("ms / step"));
  msBars->setWidth(0.34);
  msBars->setBrush(QColor(70, 130, 220));
  msBars->setPen(Qt::NoPen);
  msBars->setData(keysMs, ms);
  auto* flopBars = new QCPBars(m_bars->xAxis, m_bars->yAxis2);
  flopBars->setName(tr("GFLOP / step"));
  flopBars->setWidth(0.34);
  flopBars->setBrush(QColor(230, 140, 40));
  flopBars->setPen(Qt::NoPen);
  flopBars->setData(keysFlop, flop);
  m_bars->xAxis->setTicker(ticker);
  m_bars->xAxis->setTickLabelRotation(cols.size() > 3 ? -30 : 0);  // many labels side by side overlap
  m_bars->xAxis->setRange(-0.6, cols.size() - 0.4);
  m_bars->yAxis->setRange(0, maxMs * 1.15 + 1e-9);
  m_bars->yAxis2->setRange(0, maxFlop * 1.15 + 1e-9);
  m_bars->legend->setVisible(true);
  m_bars->legend->setBrush(QBrush(palette().color(QPalette::Base)));
  m_bars->legend->setTextColor(text);
  m_bars->replot();
}

bool CompareWindow::qualityChartShown() const { return !m_quality->isHidden(); }

int CompareWindow::qualityPoints() const { return m_quality->graphCount() > 0 ? m_quality->graph(0)->dataCount() : 0; }

void CompareWindow::fillQuality() {
  m_quality->clearPlottables();
  m_quality->clearItems();
  const bool scored = m_outcome && m_outcome->result.scored();
  m_quality->setVisible(scored);
  if (!scored) return;
  // Room for both charts: the table's area grows to their minimum heights if it is smaller.
  auto* charts = qobject_cast<QSplitter*>(m_quality->parentWidget());
  auto* bottom = charts ? qobject_cast<QSplitter*>(charts->parentWidget()) : nullptr;
  auto* outer = bottom ? qobject_cast<QSplitter*>(bottom->parentWidget()) : nullptr;
  const int wanted = m_bars->minimumHeight() + m_quality->minimumHeight() + (charts ? charts->handleWidth() : 0);
  if (outer && outer->sizes().size() == 2 && outer->sizes()[1] < wanted) {
    const int total = outer->sizes()[0] + outer->sizes()[1];
    outer->setSizes({std::max(0, total - wanted), wanted});
  }
  if (m_quality->plotLayout()->rowCount() < 2) {
    m_quality->plotLayout()->insertRow(0);
    //: Title of the chart of each scored column's Fréchet distance against its compute per finished image.
    m_quality->plotLayout()->addElement(0, 0, new QCPTextElement(m_quality, tr("Quality vs compute"), font()));
  }
  const QColor text = palette().color(QPalette::Text);
  m_quality->setBackground(palette().color(QPalette::Base));
  for (QCPAxis* a : {m_quality->xAxis, m_quality->yAxis}) {
    a->setBasePen(QPen(text));
    a->setTickPen(QPen(text));
    a->setSubTickPen(QPen(text));
    a->setTickLabelColor(text);
    a->setLabelColor(text);
  }
  m_quality->xAxis->setLabel(tr("GFLOP per finished image"));
  m_quality->yAxis->setLabel(tr("Fréchet distance (lower is better)"));
  const auto& result = m_outcome->result;
  double lo = INFINITY, hi = 0, top = result.score_floor ? result.score_floor->fd : 0.0;
  QVector<double> xs, ys;
  QStringList labels;
  for (const auto& c : result.columns) {
    if (!c.score) continue;
    xs << std::max(c.gflop_per_image(), 1e-6);
    ys << c.score->fd;
    QString label = QString::fromStdString(c.label);
    if (c.patch_size > 0 && result.varied == "checkpoint") label = QStringLiteral("P=%1").arg(c.patch_size);
    labels << label;
    lo = std::min(lo, xs.back());
    hi = std::max(hi, xs.back());
    top = std::max(top, ys.back());
  }
  // Work that spans more than 8x reads better on a log axis (as the exported chart does).
  const bool logX = hi / lo > 8.0;
  m_quality->xAxis->setScaleType(logX ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
  m_quality->xAxis->setTicker(logX ? QSharedPointer<QCPAxisTicker>(new QCPAxisTickerLog)
                                   : QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
  m_quality->xAxis->setRange(logX ? lo / 1.6 : 0.0, logX ? hi * 1.6 : hi * 1.2);
  m_quality->yAxis->setRange(0, top * 1.2 + 1e-9);
  auto* points = new QCPGraph(m_quality->xAxis, m_quality->yAxis);
  points->setLineStyle(QCPGraph::lsNone);
  points->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, QColor(0, 114, 178), 9));
  points->setData(xs, ys);
  for (int i = 0; i < xs.size(); ++i) {
    auto* label = new QCPItemText(m_quality);
    label->position->setCoords(xs[i], ys[i]);
    label->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
    label->setPadding(QMargins(6, 0, 0, 4));
    label->setText(tr("%1 · FD %2").arg(labels[i]).arg(ys[i], 0, 'f', 1));
    label->setColor(text);
  }
  if (result.score_floor) {
    auto* floor = new QCPItemStraightLine(m_quality);
    floor->point1->setCoords(lo, result.score_floor->fd);
    floor->point2->setCoords(hi, result.score_floor->fd);
    floor->setPen(QPen(Qt::gray, 1, Qt::DashLine));
    auto* floorLabel = new QCPItemText(m_quality);
    floorLabel->position->setType(QCPItemPosition::ptAxisRectRatio);
    floorLabel->position->setAxisRect(m_quality->axisRect());
    floorLabel->setClipToAxisRect(true);
    floorLabel->position->setCoords(0.98, 1.0 - result.score_floor->fd / (top * 1.2 + 1e-9));
    floorLabel->setPositionAlignment(Qt::AlignRight | Qt::AlignBottom);
    //: The dashed line of the quality chart: what real images the network never saw score.
    floorLabel->setText(tr("floor: held-out real images (FD %1)").arg(result.score_floor->fd, 0, 'f', 1));
    floorLabel->setColor(Qt::gray);
  }
  m_quality->replot();
}

bool CompareWindow::exportSheet(const QString& path) {
  if (!m_outcome) {
    fail(tr("Run a comparison first."));
    return false;
  }
  // Beside the sheet: its numbers as compare.json writes them, and the quality chart when scored.
  const QFileInfo sheet(path);
  const QString base = sheet.absoluteDir().filePath(sheet.completeBaseName());
  try {
    inspect::write_compare_sheet(sheet.absoluteFilePath().toStdString(), m_outcome->result);
    io::write_file_atomic((base + QStringLiteral(".json")).toStdString(), inspect::to_json(m_outcome->result));
    if (m_outcome->result.scored())
      inspect::write_quality_chart((base + QStringLiteral("-quality.png")).toStdString(), m_outcome->result);
  } catch (const std::exception& e) {
    fail(tr("Could not write the comparison sheet: %1").arg(errorText(e)));
    return false;
  }
  m_status->setText(tr("Wrote %1").arg(path));
  return true;
}

}  // namespace patchdiff::ui
