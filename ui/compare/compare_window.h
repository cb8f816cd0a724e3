// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Compare mode: columns that differ in one thing and share everything else (seed, x_T,
// labels, the Sampling panel's settings): 2 to 4 checkpoints (default the bundled family's
// P = 2, 4, 8) or 2 to 6 values of one sampling setting. The worker runs them one after
// another (core/inspect/compare, as `patchdiff compare`); they show side by side with one
// scrubber, aligned by step or by SNR, over a table of parameters, GFLOP per pass, measured
// ms per step, total time, speed-up, GFLOP ratio and RMS to the first column, and a bar
// chart of measured time against GFLOP. Scored (Score Columns: N more images per column,
// core/score), the table adds each column's Fréchet distance and class accuracy and a second
// chart shows quality against compute: FD against GFLOP per finished image.
#include <QWidget>

#include <optional>

#include "ui/window/studio_parts.h"
#include "ui/worker/worker_types.h"

class QComboBox;
class QCustomPlot;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSlider;
class QSpinBox;
class QTableWidget;
class QHBoxLayout;

namespace patchdiff::ui {

class CompareColumnView;

class CompareWindow : public QWidget {
  Q_OBJECT

 public:
  explicit CompareWindow(const StudioParts& parts);
  ~CompareWindow() override;

  // Checks the catalog's checkpoints with these paths (2..4) and selects checkpoint mode.
  void setCheckpoints(const QStringList& paths);
  QStringList checkedCheckpoints() const;
  // Varies one setting ("guidance_scale", "timestep_respacing", "sampler", "eta", "schedule") over values.
  void setVaried(const QString& setting, const QString& values);
  void setAlignBySnr(bool bySnr);
  // Starts the comparison with the Sampling panel's shared settings, scoring every column on
  // `scoreImages` more images when positive; returns its run id (0: refused).
  quint64 start(int scoreImages = 0);
  // Score Columns: start() with the images-per-column box's count.
  quint64 startScored();
  void setScoreImages(int count);
  // The data set the feature network's reference features are computed from when they are
  // not cached yet (remembered in the settings).
  void setScoreDataDir(const QString& dir);
  QString scoreDataDir() const;
  void cancel();
  bool isRunning() const { return m_runId != 0; }
  const std::optional<CompareOutcome>& outcome() const { return m_outcome; }
  QString lastError() const { return m_lastError; }
  QString sharedText() const;  // the header: what every column shares
  bool showsRunningColumn() const;  // the running column's live x0 prediction is on screen
  bool exportSheet(const QString& path);

  QTableWidget* table() const { return m_table; }
  QCustomPlot* barChart() const { return m_bars; }
  QCustomPlot* qualityChart() const { return m_quality; }
  bool qualityChartShown() const;  // the outcome is scored: its chart is in the window
  int qualityPoints() const;       // scored columns plotted
  QStringList barLabels() const;        // the bar chart's column labels, left to right
  bool barLegendOutsideBars() const;    // the legend sits beside the axes, not over the bars
  QSlider* scrubber() const { return m_scrubber; }
  int columnCount() const;
  // Loop index column `column` shows for the scrubber's position.
  int shownStep(int column) const;

 Q_SIGNALS:
  void columnShown(int column);
  void finished(bool ok);

 private:
  void rebuildCheckpointList();
  void updateMode();
  void showOutcome();
  // A finished column while the others still run: its images and own numbers.
  void showColumn(const CompareColumnDone& done);
  void showRunning(const CompareProgress& p);
  void dropRunning();
  void clearColumns();
  void showScrubbed();
  void fillTable();
  void fillBars();
  void fillQuality();
  void updateDataDirLabel();
  void fail(const QString& message);

  StudioParts m_parts;
  QComboBox* m_mode;
  QListWidget* m_checkpoints;
  QLineEdit* m_values;
  QComboBox* m_align;
  QLabel* m_shared;
  QPushButton* m_run;
  QPushButton* m_stop;
  QPushButton* m_export;
  QPushButton* m_close;
  QPushButton* m_score;
  QSpinBox* m_scoreImages;
  QPushButton* m_dataDir;
  QProgressBar* m_progress;
  QLabel* m_status;
  QHBoxLayout* m_columnsRow;
  QVector<CompareColumnView*> m_columns;
  CompareColumnView* m_running = nullptr;  // the column being sampled, shown live
  QSlider* m_scrubber;
  QLabel* m_stepLabel;
  QTableWidget* m_table;
  QCustomPlot* m_bars;
  QCustomPlot* m_quality;
  quint64 m_runId = 0;
  std::optional<CompareOutcome> m_outcome;
  QString m_lastError;
};

}  // namespace patchdiff::ui
