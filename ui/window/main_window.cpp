// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/window/main_window.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QUrl>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScrollArea>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QVBoxLayout>

#include "ui/window/about_notices.h"
#include "ui/input/input_panel.h"
#include "ui/window/message_bar.h"
#include "ui/models/model_catalog.h"
#include "ui/models/model_panel.h"
#include "ui/window/recent_files.h"
#include "ui/window/run_status.h"
#include "ui/inspect/sample_canvas.h"
#include "ui/worker/sampling_controller.h"
#include "ui/sampling/sampling_panel.h"
#include "ui/worker/sampling_worker.h"
#include "ui/models/flags_view.h"
#include "ui/inspect/inspector.h"
#include "ui/window/language_menu.h"
#include "ui/window/studio_paths.h"
#include "ui/inspect/trajectory_store.h"

namespace patchdiff::ui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
  initStudioResources();
  setObjectName(QStringLiteral("PatchDiffusionStudio"));
  setWindowTitle(tr("Patch Diffusion Studio"));
  setWindowIcon(QIcon(QStringLiteral(":/studio/icons/app.svg")));
  setAcceptDrops(true);
  setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);

  m_catalog = new ModelCatalog(this);
  const QString bundled = bundledModelsDir();
  if (!bundled.isEmpty()) m_catalog->scanDirectory(bundled, /*bundled=*/true);
  m_controller = new SamplingController(this);
  m_store = new TrajectoryStore(this);

  m_canvas = new SampleCanvas;
  m_scroll = new QScrollArea;
  m_scroll->setWidget(m_canvas);
  m_scroll->setWidgetResizable(true);
  m_scroll->setAlignment(Qt::AlignCenter);
  m_scroll->setFocusPolicy(Qt::NoFocus);
  m_messages = new MessageBar;
  auto* central = new QWidget;
  auto* layout = new QVBoxLayout(central);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(0);
  layout->addWidget(m_messages);
  layout->addWidget(m_scroll, 1);
  setCentralWidget(central);

  m_status = new RunStatus;
  statusBar()->addPermanentWidget(m_status);
  m_status->setDevice(QStringLiteral("cpu"));

  createActions();
  createDocks();
  createMenus();
  connectController();
  m_inspector = new Inspector(studioParts(), layout);  // before restoreSettings: its docks have saved places
  m_samplingPanel->setDevices(SamplingWorker::availableDevices());
  restoreSettings();
  restoreSavedRuns();
  updateActions();
  loadInitialModels();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions() {
  auto make = [this](const QString& text, const QKeySequence& key, QStyle::StandardPixmap icon) {
    auto* a = new QAction(style()->standardIcon(icon), text, this);
    if (!key.isEmpty()) a->setShortcut(key);
    a->setToolTip(key.isEmpty() ? text : QStringLiteral("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')),
                                                                       key.toString(QKeySequence::NativeText)));
    return a;
  };
  m_generateAction = make(tr("&Generate"), QKeySequence(Qt::CTRL | Qt::Key_Return), QStyle::SP_MediaPlay);
  m_cancelAction = make(tr("&Cancel"), QKeySequence(Qt::Key_Escape), QStyle::SP_MediaStop);
  m_openAction = make(tr("&Open…"), QKeySequence::Open, QStyle::SP_DialogOpenButton);
  m_exportAction = make(tr("&Export Image…"), QKeySequence::Save, QStyle::SP_DialogSaveButton);
  m_exportAllAction = make(tr("Export &All…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), QStyle::SP_DirIcon);
  m_copyAction = make(tr("&Copy Image"), QKeySequence::Copy, QStyle::SP_FileIcon);
  m_quitAction = make(tr("&Quit"), QKeySequence::Quit, QStyle::SP_DialogCloseButton);
  m_zoomInAction = make(tr("Zoom &In"), QKeySequence::ZoomIn, QStyle::SP_ArrowUp);
  m_zoomOutAction = make(tr("Zoom &Out"), QKeySequence::ZoomOut, QStyle::SP_ArrowDown);
  m_fitAction = make(tr("&Fit to Window"), QKeySequence(Qt::CTRL | Qt::Key_0), QStyle::SP_TitleBarMaxButton);
  m_fitAction->setCheckable(true);
  m_aboutAction = new QAction(tr("&About Patch Diffusion Studio"), this);
  m_generateAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});

  m_viewModes = new QActionGroup(this);
  const QList<QPair<QString, SampleCanvas::ViewMode>> modes = {
      //: x0 prediction: the network's estimate of the clean image x_0 at the current step; keep
      //: "x0" (translations/GLOSSARY.md).
      {tr("x0 &Prediction"), SampleCanvas::ViewMode::Prediction},
      //: x_t: the noisy image at step t that the sampler denoises; keep the symbol "x_t".
      {tr("Noisy &x_t"), SampleCanvas::ViewMode::Noisy},
      {tr("&Both Side by Side"), SampleCanvas::ViewMode::Both}};
  int key = Qt::Key_1;
  for (const auto& [text, mode] : modes) {
    auto* a = new QAction(text, m_viewModes);
    a->setCheckable(true);
    a->setShortcut(QKeySequence(Qt::ALT | static_cast<Qt::Key>(key++)));
    a->setData(static_cast<int>(mode));
  }
  m_viewModes->actions().front()->setChecked(true);
  // Toolbar labels of their own, so that a longer language keeps every action on the toolbar
  // (the menus and tooltips keep the full texts).
  //: Toolbar label of File > Export Image; may be shorter than the menu text.
  m_exportAction->setIconText(tr("Export Image…", "toolbar"));
  //: Toolbar label of Edit > Copy Image; may be shorter than the menu text.
  m_copyAction->setIconText(tr("Copy Image", "toolbar"));
  //: Toolbar label of View > Both Side by Side; may be shorter than the menu text.
  m_viewModes->actions().back()->setIconText(tr("Both Side by Side", "toolbar"));
  //: Toolbar label of View > Fit to Window; may be shorter than the menu text.
  m_fitAction->setIconText(tr("Fit to Window", "toolbar"));

  connect(m_generateAction, &QAction::triggered, this, [this] { generate(); });
  connect(m_cancelAction, &QAction::triggered, this, &MainWindow::cancel);
  connect(m_openAction, &QAction::triggered, this, &MainWindow::openDialog);
  connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportDialog);
  connect(m_exportAllAction, &QAction::triggered, this, &MainWindow::exportAllDialog);
  connect(m_copyAction, &QAction::triggered, this, &MainWindow::copyImage);
  connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
  connect(m_zoomInAction, &QAction::triggered, m_canvas, &SampleCanvas::zoomIn);
  connect(m_zoomOutAction, &QAction::triggered, m_canvas, &SampleCanvas::zoomOut);
  connect(m_fitAction, &QAction::toggled, m_canvas, &SampleCanvas::setFitToWindow);
  connect(m_canvas, &SampleCanvas::zoomChanged, this, [this](int, bool fit) {
    const QSignalBlocker block(m_fitAction);
    m_fitAction->setChecked(fit);
  });
  connect(m_canvas, &SampleCanvas::selectionChanged, this, &MainWindow::updateActions);
  connect(m_store, &TrajectoryStore::viewChanged, this, &MainWindow::updateActions);
  connect(m_viewModes, &QActionGroup::triggered, this, [this](QAction* a) {
    m_canvas->setViewMode(static_cast<SampleCanvas::ViewMode>(a->data().toInt()));
  });
  connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createDocks() {
  m_modelPanel = new ModelPanel(m_catalog);
  m_modelDock = new QDockWidget(tr("Models"), this);
  m_modelDock->setObjectName(QStringLiteral("ModelsDock"));
  m_modelDock->setWidget(m_modelPanel);
  addDockWidget(Qt::LeftDockWidgetArea, m_modelDock);

  m_samplingPanel = new SamplingPanel;
  auto* scroll = new QScrollArea;  // the controls stay reachable in a short window
  scroll->setWidget(m_samplingPanel);
  scroll->setWidgetResizable(true);
  scroll->setFrameShape(QFrame::NoFrame);
  m_samplingDock = new QDockWidget(tr("Sampling"), this);
  m_samplingDock->setObjectName(QStringLiteral("SamplingDock"));
  m_samplingDock->setWidget(scroll);
  addDockWidget(Qt::RightDockWidgetArea, m_samplingDock);

  connect(m_modelPanel, &ModelPanel::loadRequested, this, &MainWindow::requestLoad);
  connect(m_modelPanel, &ModelPanel::openRequested, this, &MainWindow::openDialog);
  connect(m_modelPanel->flagsView(), &FlagsView::sampleFlagsPasted, m_samplingPanel, &SamplingPanel::applySampleFlags);
  connect(m_samplingPanel, &SamplingPanel::generateRequested, this, [this] { generate(); });
  connect(m_samplingPanel, &SamplingPanel::cancelRequested, this, &MainWindow::cancel);
  createInputDock();
}

void MainWindow::createMenus() {
  QMenu* file = menuBar()->addMenu(tr("&File"));
  file->addAction(m_openAction);
  m_recent = new RecentFiles(this);
  file->addMenu(m_recent->menu());
  connect(m_recent, &RecentFiles::fileChosen, this, [this](const QString& path) { openFile(path); });
  file->addSeparator();
  file->addAction(m_exportAction);
  file->addAction(m_exportAllAction);
  file->addSeparator();
  createOutputsActions(file);
  file->addSeparator();
  file->addAction(m_quitAction);
  QMenu* edit = menuBar()->addMenu(tr("&Edit"));
  edit->addAction(m_copyAction);
  QMenu* run = menuBar()->addMenu(tr("&Run"));
  run->addAction(m_generateAction);
  run->addAction(m_cancelAction);
  QMenu* image = menuBar()->addMenu(tr("&Image"));
  createInputActions(image);
  QMenu* view = menuBar()->addMenu(tr("&View"));
  view->addActions(m_viewModes->actions());
  view->addSeparator();
  view->addAction(m_zoomInAction);
  view->addAction(m_zoomOutAction);
  view->addAction(m_fitAction);
  view->addSeparator();
  view->addAction(m_modelDock->toggleViewAction());
  view->addAction(m_samplingDock->toggleViewAction());
  view->addSeparator();
  auto* language = new LanguageMenu(this);
  view->addMenu(language);
  connect(language, &LanguageMenu::languageChosen, this, [this](const QString&, const QString& name) {
    showInfo(tr("Patch Diffusion Studio will use %1 from its next start.").arg(name));
  });
  QMenu* help = menuBar()->addMenu(tr("&Help"));
  m_userGuideAction = help->addAction(tr("&User Guide"), this, &MainWindow::openUserGuide);
  m_userGuideAction->setShortcut(QKeySequence::HelpContents);
  help->addSeparator();
  help->addAction(m_aboutAction);
  help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

  //: The name of the main window's toolbar (shown where toolbars can be hidden).
  QToolBar* bar = addToolBar(tr("Main"));
  bar->setObjectName(QStringLiteral("MainToolBar"));
  bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
  bar->addAction(m_generateAction);
  bar->addAction(m_cancelAction);
  bar->addSeparator();
  bar->addAction(m_openAction);
  bar->addAction(m_exportAction);
  bar->addAction(m_copyAction);
  bar->addSeparator();
  bar->addActions(m_viewModes->actions());
  bar->addSeparator();
  bar->addAction(m_zoomOutAction);
  bar->addAction(m_zoomInAction);
  bar->addAction(m_fitAction);
}

void MainWindow::requestLoad(const ModelRequest& request) {
  m_latestLoad = m_controller->loadModels(request);
  m_userFlagsByLoad.insert(m_latestLoad, request.userFlags);
  m_modelPanel->setLoading(true);
  const QString name = QFileInfo(request.paths.value(0)).fileName();
  if (m_controller->isRunning()) {
    //: %1 a checkpoint's file name.
    m_modelPanel->setQueued(tr("%1 loads when the current run ends.").arg(name));
    statusBar()->showMessage(tr("%1 loads when the current run ends.").arg(name));
  } else {
    statusBar()->showMessage(tr("Loading %1…").arg(name));
  }
}

void MainWindow::showError(const QString& message) {
  m_lastError = message;
  m_messages->showMessage(message, MessageBar::Kind::Error);
}

void MainWindow::showInfo(const QString& message) { m_messages->showMessage(message, MessageBar::Kind::Info); }

void MainWindow::updateActions() {
  const bool running = m_controller->isRunning();
  const bool haveModel = !m_modelPanel->loaded().paths.isEmpty() || m_controller->isLoading();
  const bool finished = m_store->isFinished() && !m_store->outcome().cancelled && !m_store->outcome().images.isEmpty();
  m_generateAction->setEnabled(haveModel);
  m_cancelAction->setEnabled(running);
  m_exportAction->setEnabled(finished);
  m_exportAllAction->setEnabled(finished);
  m_copyAction->setEnabled(m_canvas->count() > 0);
  if (m_useAsInputAction) {
    const bool tile = currentTile() >= 0 && !m_canvas->image(currentTile()).isNull();
    m_useAsInputAction->setEnabled(tile);
    m_variationsAction->setEnabled(tile && !running && haveModel);
  }
  m_samplingPanel->setRunning(running);
}

void MainWindow::openUserGuide() {
  const QString path = userGuidePath();
  if (path.isEmpty()) {
    showError(tr("The user guide is not installed here (share/doc/patchdiff/user-guide.md beside the program)."));
    return;
  }
  if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
    showError(tr("No program here opens %1: open it with a text editor or a Markdown viewer.")
                  .arg(QDir::toNativeSeparators(path)));
}

void MainWindow::showAbout() {
  QString models;
  for (const auto& e : m_catalog->entries()) {
    if (!e.bundled) continue;
    models += QStringLiteral("<li><b>%1</b>: %2<br/><small>%3</small></li>")
                  .arg(e.title.toHtmlEscaped(), e.license.toHtmlEscaped(), e.attribution.toHtmlEscaped());
  }
  QMessageBox::about(
      this, tr("About Patch Diffusion Studio"),
      tr("<h3>Patch Diffusion Studio %1</h3><p>Sample and inspect patch diffusion models; the patchdiff command line also trains them.</p>"
         "<p>Qt %2 (built with %3) · LibTorch %4</p><p>Bundled models:</p><ul>%5</ul>")
          .arg(QStringLiteral(PATCHDIFF_VERSION), QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR),
               SamplingWorker::torchVersion(), models.isEmpty() ? tr("<li>none found</li>") : models) +
          licenseNoticesHtml());
}

void MainWindow::closeEvent(QCloseEvent* event) {
  if (m_controller->isRunning() && !m_quitConfirmed) {
    event->ignore();
    askQuitDuringRun();
    return;
  }
  m_controller->cancel();  // the worker stops after its current step; the controller joins it
  saveSettings();
  event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
  for (const QUrl& url : event->mimeData()->urls()) {
    const QString suffix = QFileInfo(url.toLocalFile()).suffix().toLower();
    if (suffix == QLatin1String("pt") || suffix == QLatin1String("safetensors") || suffix == QLatin1String("png") ||
        suffix == QLatin1String("jpg") || suffix == QLatin1String("jpeg") || suffix == QLatin1String("bmp") ||
        suffix == QLatin1String("gif")) {
      event->acceptProposedAction();
      return;
    }
  }
}

void MainWindow::dropEvent(QDropEvent* event) {
  for (const QUrl& url : event->mimeData()->urls())
    if (url.isLocalFile()) openFile(url.toLocalFile());
  event->acceptProposedAction();
}

StudioParts MainWindow::studioParts() {
  StudioParts parts;
  parts.window = this;
  parts.store = m_store;
  parts.canvas = m_canvas;
  parts.catalog = m_catalog;
  parts.controller = m_controller;
  parts.messageBar = m_messages;
  parts.modelPanel = m_modelPanel;
  parts.samplingPanel = m_samplingPanel;
  parts.inputPanel = m_inputPanel;
  return parts;
}

}  // namespace patchdiff::ui
