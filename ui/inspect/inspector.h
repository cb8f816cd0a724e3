// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The trajectory inspector around the main window's canvas: the timeline scrubber and the
// filmstrip under it, the Plots and History docks, the Inspect menu (play, continue from a
// step, filmstrip / animation / plot exports, compare mode, memory budget). It reads the
// window's trajectory store and talks to the worker only through the sampling controller.
#include <QObject>
#include <QString>

#include "ui/window/studio_parts.h"

class QAction;
class QDockWidget;
class QLabel;
class QVBoxLayout;

namespace patchdiff::ui {

class CompareWindow;
class FilmstripView;
class PlotPanel;
class RunHistoryView;
class TimelineBar;
struct BranchSettings;
struct RunRecord;

class Inspector : public QObject {
  Q_OBJECT

 public:
  // Adds the timeline and filmstrip to `centralLayout` (under the canvas) and the docks and
  // menu to `window`.
  Inspector(const StudioParts& parts, QVBoxLayout* centralLayout);
  ~Inspector() override;

  TimelineBar* timeline() const { return m_timeline; }
  FilmstripView* filmstrip() const { return m_filmstrip; }
  PlotPanel* plots() const { return m_plots; }
  RunHistoryView* history() const { return m_history; }
  CompareWindow* compareWindow();  // created on first use
  QDockWidget* plotsDock() const { return m_plotsDock; }
  QDockWidget* historyDock() const { return m_historyDock; }

  // Whether the canvas should show the worker's live preview (the scrubber sits on the newest step).
  bool showsLive() const;
  // Shows step `step` of the run on view on the canvas, plots and filmstrip.
  void showStep(int step);
  // A new run from step `step` of the run on view with `settings`; returns its run id (0: refused, see lastError).
  quint64 continueFrom(int step, const BranchSettings& settings);
  // Whether the run on view keeps the float x_t of `step` (an exact continuation).
  bool isExactAt(int step) const;
  bool exportFilmstrip(const QString& path);
  int exportAnimation(const QString& path, int image);  // image < 0: the whole grid; returns frames
  bool exportPlots(const QString& dir, QStringList* written = nullptr);
  bool selectRun(quint64 runId);
  QString lastError() const { return m_lastError; }
  QString recordingNote() const;

  static qint64 savedMemoryBudget();

 private:
  void createMenu();
  void connectStore();
  void onViewChanged();
  void updateInfo(int step);
  void updateBranchEnabled();
  void restoreSettingsOf(const RunRecord& record);
  void continueDialog(int step);
  void exportFilmstripDialog();
  void exportAnimationDialog(bool grid);
  void exportPlotsDialog();
  void budgetDialog();
  void fail(const QString& message);
  int focusedImage() const;

  StudioParts m_parts;
  TimelineBar* m_timeline;
  FilmstripView* m_filmstrip;
  PlotPanel* m_plots;
  RunHistoryView* m_history;
  CompareWindow* m_compare = nullptr;
  QDockWidget* m_plotsDock;
  QDockWidget* m_historyDock;
  QLabel* m_recordLabel;
  QAction* m_playAction = nullptr;
  QString m_lastError;
};

}  // namespace patchdiff::ui
