// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Patch Diffusion Studio's main window: the Models and Sampling docks, the sample canvas,
// toolbar, menus and status bar. It owns the sampling controller (and through it the worker
// thread) and the trajectory store; every call into the core runs on the worker.
#include <QHash>
#include <QMainWindow>

#include <optional>

#include "ui/export/sample_exporter.h"
#include "ui/window/studio_parts.h"
#include "ui/worker/worker_types.h"

class QAction;
class QActionGroup;
class QMenu;
class QDockWidget;
class QScrollArea;

namespace patchdiff::ui {

class MessageBar;
class InputPanel;
class Inspector;
class ModelCatalog;
class ModelPanel;
class RecentFiles;
class RunStatus;
class SampleCanvas;
class SamplingController;
class SamplingPanel;
class TrajectoryStore;

class MainWindow : public QMainWindow {
  Q_OBJECT

 public:
  explicit MainWindow(QWidget* parent = nullptr);
  ~MainWindow() override;

  // Loads the last session's models, else the bundled family's default (P=4).
  void loadInitialModels();
  // Starts a run with the panel's settings (a new seed unless locked); returns its id.
  quint64 generate();
  void cancel();
  // A .pt checkpoint (loaded) or one of our PNGs (restored; `offerRegenerate` asks first).
  bool openFile(const QString& path, bool offerRegenerate = true);
  // Restores every setting a PNG records and loads its checkpoints; false with a message.
  bool restoreFromPng(const QString& path, bool offerRegenerate);
  // Regenerates the restored image (as soon as its models are loaded).
  void regenerateRestored();
  // main_window_input.cpp: an image file becomes the input runs start from (the Input
  // dock); a tile becomes it; variations of a tile in one step. False with a message.
  bool openInputImage(const QString& path);
  bool useAsInput(int tile);
  quint64 variationsOf(int tile);
  bool exportImage(int index, const QString& path);
  // Writes the CLI's set of files into `dir`. Files of the same names there are never
  // replaced silently: unless `replace`, a window-modal question asks first (and false is
  // returned; answering Replace exports).
  bool exportBatch(const QString& dir, bool replace = false);
  void copyImage();
  void saveSettings() const;

  SamplingController* controller() const { return m_controller; }
  TrajectoryStore* store() const { return m_store; }
  Inspector* inspector() const { return m_inspector; }
  ModelCatalog* catalog() const { return m_catalog; }
  RecentFiles* recentFiles() const { return m_recent; }
  ModelPanel* modelPanel() const { return m_modelPanel; }
  SamplingPanel* samplingPanel() const { return m_samplingPanel; }
  InputPanel* inputPanel() const { return m_inputPanel; }
  SampleCanvas* canvas() const { return m_canvas; }
  MessageBar* messageBar() const { return m_messages; }
  QString lastError() const { return m_lastError; }
  int previewsShown() const { return m_previewsShown; }
  QAction* generateAction() const { return m_generateAction; }
  QAction* cancelAction() const { return m_cancelAction; }

 Q_SIGNALS:
  void modelsReady(const patchdiff::ui::ModelInfo& info);
  void modelLoadFailed(const QString& message);
  void runDone(bool cancelled);
  void reproductionChecked(bool identical, int differingPixels);

 protected:
  void closeEvent(QCloseEvent* event) override;
  void dragEnterEvent(QDragEnterEvent* event) override;
  void dropEvent(QDropEvent* event) override;

 private:
  // The parts the inspector and compare windows use (instead of this window).
  StudioParts studioParts();
  void createActions();
  void createMenus();
  void createDocks();
  void connectController();
  void restoreSettings();
  void requestLoad(const ModelRequest& request);
  void showError(const QString& message);
  void showInfo(const QString& message);
  void updateActions();
  void showAbout();
  void openUserGuide();
  void openDialog();
  void exportDialog();
  void exportAllDialog();
  void onRunStarted(const RunInfo& info);
  void onStep(const StepFrame& frame);
  void onPreview();
  void onRunEnded(const RunOutcome& outcome, bool cancelled);
  void checkReproduction(const RunOutcome& outcome);
  void startRegeneration();
  // main_window_outputs.cpp: finished runs saved to the outputs folder, History rebuilt
  // from it, the File menu's outputs actions, and asking before quitting mid-run.
  void createOutputsActions(QMenu* file);
  void restoreSavedRuns();
  void autosaveRun(const RunOutcome& outcome);
  void askQuitDuringRun();
  void createInputDock();
  void createInputActions(QMenu* menu);
  void openInputDialog();
  // A selected tile, or the only one; -1 when none.
  int currentTile() const;

  ModelCatalog* m_catalog;
  SamplingController* m_controller;
  TrajectoryStore* m_store;
  SampleCanvas* m_canvas;
  QScrollArea* m_scroll;
  MessageBar* m_messages;
  RunStatus* m_status;
  Inspector* m_inspector = nullptr;
  ModelPanel* m_modelPanel = nullptr;
  RecentFiles* m_recent = nullptr;
  SamplingPanel* m_samplingPanel = nullptr;
  QDockWidget* m_modelDock = nullptr;
  QDockWidget* m_samplingDock = nullptr;
  InputPanel* m_inputPanel = nullptr;
  QDockWidget* m_inputDock = nullptr;
  QAction *m_openInputAction = nullptr, *m_useAsInputAction = nullptr, *m_variationsAction = nullptr;
  QAction *m_generateAction, *m_cancelAction, *m_openAction, *m_exportAction, *m_exportAllAction,
      *m_copyAction, *m_quitAction, *m_zoomInAction, *m_zoomOutAction, *m_fitAction, *m_aboutAction,
      *m_userGuideAction = nullptr;
  QActionGroup* m_viewModes;

  quint64 m_latestLoad = 0;
  QHash<quint64, FlagMap> m_userFlagsByLoad;
  QHash<quint64, QString> m_forgetOnFailure;  // opened checkpoints new to the catalog, by load  // the user flags each load request carried
  QString m_lastError;
  QString m_lastDir;
  int m_previewsShown = 0;
  int m_pendingClass = -2;  // a class to select once the model's class names are known
  std::optional<RestoredRun> m_restored;
  QString m_loadErrorText;        // the message bar's text of the last failed load, until a load succeeds
  quint64 m_restoreLoad = 0;      // load request of the restored run's models
  bool m_restoreLoaded = false;
  bool m_regenerateWhenLoaded = false;
  quint64 m_reproduceRun = 0;     // run regenerating the restored image
  bool m_quitConfirmed = false;   // the user chose to quit although a run was going
};

}  // namespace patchdiff::ui
