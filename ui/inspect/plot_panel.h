// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The trajectory plots (QCustomPlot), one per measure, over the run's steps: log SNR with the
// SNR-split regions shaded and labelled by checkpoint; how much the x0 prediction changes per
// step; its blurriness (focused image and batch mean); the guidance gap and dynamic
// thresholding's s; the time per step with its running mean. Every plot has a cursor at the
// step on view and jumps there on a click; they grow live as steps arrive. The numbers come
// from core/inspect (computed on the worker), so the CLI and the studio agree.
#include <QVector>
#include <QWidget>

class QCustomPlot;
class QCPItemStraightLine;
class QCPItemText;

namespace patchdiff::ui {

struct RunRecord;

class PlotPanel : public QWidget {
  Q_OBJECT

 public:
  enum Plot { LogSnr, X0Change, Blurriness, Guidance, StepTime, PlotCount };

  explicit PlotPanel(QWidget* parent = nullptr);

  // The run to plot (nullptr: none). refresh() after its steps grow.
  void setRecord(const RunRecord* record);
  void refresh();
  void setCursorStep(int step);
  void setFocusedImage(int image);
  int focusedImage() const { return m_image; }

  // True while no run with recorded steps is shown: the plots say so instead of empty axes.
  bool showsPlaceholder() const;
  QCustomPlot* plot(Plot which) const { return m_plots[which]; }
  static QString plotName(Plot which);  // file stem: "log_snr", "x0_change", ...
  // (step, value) pairs of one graph of a plot, as drawn.
  QVector<QPointF> series(Plot which, int graph) const;
  double cursorStep() const;
  // Number of shaded SNR-split regions on the log SNR plot and their labels.
  QStringList regionLabels() const { return m_regionLabels; }

  // Each plot as <dir>/<name>.png and .pdf, and the numbers as <dir>/trajectory.csv.
  bool exportTo(const QString& dir, QStringList* written, QString* error) const;
  // One row per step (core/inspect's CSV columns).
  QString csv() const;

 Q_SIGNALS:
  void stepClicked(int step);

 private:
  void rebuildRegions();
  void rebuildData();
  void styleFor(QCustomPlot* plot, const QString& title, const QString& yLabel);

  QCustomPlot* m_plots[PlotCount] = {};
  QCPItemStraightLine* m_cursors[PlotCount] = {};
  QCPItemText* m_emptyNotes[PlotCount] = {};  // said instead of empty axes before a run has steps
  const RunRecord* m_record = nullptr;
  QStringList m_regionLabels;
  int m_image = 0;
  int m_cursor = 0;
};

}  // namespace patchdiff::ui
