// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/window/studio_app.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>

#include <cstdio>
#include <cstring>

#include "app/notices/third_party.h"
#include "core/runtime/cpu_threads.h"
#include "ui/window/main_window.h"
#include "ui/worker/sampling_worker.h"
#include "ui/window/studio_language.h"
#include "ui/window/studio_paths.h"
#include "ui/window/settings_migration.h"
#include "ui/window/single_instance.h"

namespace patchdiff::ui {

namespace {

const QString kNewInstanceOption = QStringLiteral("new-instance");

// --help and --version need no display: they are answered by a QCoreApplication, so they
// work on a headless machine (packaging checks, the generated man page).
bool asksForTextOnly(int argc, char** argv) {
  for (int i = 1; i < argc; ++i)
    for (const char* option : {"-h", "--help", "--help-all", "-v", "--version"})
      if (std::strcmp(argv[i], option) == 0) return true;
  return false;
}

// QSettings' names (so its file is ~/.config/patch-diffusion-studio/patchdiff-studio.conf):
// the project's GitHub organisation of the application id, and the program.
void setApplicationNames() {
  QCoreApplication::setOrganizationName(QStringLiteral("patch-diffusion-studio"));
  QCoreApplication::setOrganizationDomain(QStringLiteral("patch_diffusion_studio.github.io"));
  QCoreApplication::setApplicationName(QStringLiteral("patchdiff-studio"));
  QCoreApplication::setApplicationVersion(QStringLiteral(PATCHDIFF_VERSION));
}

void describeOptions(QCommandLineParser& parser) {
  parser.setApplicationDescription(
      QCoreApplication::translate("StudioApp", "Sample patch diffusion models with a live step-by-step preview."));
  parser.addHelpOption();
  parser.addOption({{QStringLiteral("v"), QStringLiteral("version")},
                    QCoreApplication::translate("StudioApp",
                                                "Print the version and the bundled models' folder, and exit.")});
  parser.addOption({kNewInstanceOption,
                    QCoreApplication::translate("StudioApp",
                                                "Open a window of its own instead of handing the files to the "
                                                "studio that is already running.")});
  parser.addPositionalArgument(
      QStringLiteral("files"),
      QCoreApplication::translate("StudioApp", "Checkpoints (.pt, .safetensors) to load or samples (.png) to restore."),
      QCoreApplication::translate("StudioApp", "[FILE...]"));
}

int printVersion() {
  const QString models = bundledModelsDir();
  const QString where = models.isEmpty()
                            ? QCoreApplication::translate("StudioApp", "none found (set PATCHDIFF_MODELS_DIR)")
                            : QDir::toNativeSeparators(models);
  std::printf("patchdiff-studio %s (Qt %s, LibTorch %s)\n%s\n", PATCHDIFF_VERSION, qVersion(),
              SamplingWorker::torchVersion().toUtf8().constData(),
              QCoreApplication::translate("StudioApp", "bundled models: %1").arg(where).toUtf8().constData());
  //: %1 is the licence's SPDX identifier, GPL-3.0-or-later; keep it as it is.
  std::printf("%s\n%s", QCoreApplication::translate("StudioApp", "License: %1, with no warranty.")
                            .arg(QLatin1String(notices::kLicense)).toUtf8().constData(),
              QCoreApplication::translate("StudioApp", "Third-party libraries:").toUtf8().constData());
  std::printf("\n%s", notices::third_party_text(notices::Program::Studio).c_str());
  return 0;
}

// As File > Open does (the window says what is wrong with a file).
void openFiles(MainWindow& window, const QStringList& files) {
  for (const QString& file : files) {
    const bool opened = window.openFile(file);
    qCInfo(lcInstance) << (opened ? "opened" : "could not open") << file;
  }
}

// Files a later start handed over: opened, and the window brought to the front.
void openAndRaise(MainWindow& window, const QStringList& files) {
  openFiles(window, files);
  window.setWindowState((window.windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
  window.show();
  window.raise();
  window.activateWindow();
}

}  // namespace

int runStudio(int argc, char** argv) {
  if (asksForTextOnly(argc, argv)) {
    QCoreApplication app(argc, argv);
    setApplicationNames();
    installTranslators(QString());  // a terminal's text follows its locale, not View > Language
    QCommandLineParser parser;
    describeOptions(parser);
    parser.process(app);  // --help prints and exits here
    return printVersion();
  }
  QApplication app(argc, argv);
  setApplicationNames();
  migrateLegacySettings();  // before anything reads QSettings (the language, just below)
  installTranslators(languageOverride());
  QGuiApplication::setDesktopFileName(QStringLiteral(PATCHDIFF_APP_ID));
  initStudioResources();
  QApplication::setWindowIcon(QIcon(QStringLiteral(":/studio/icons/app.svg")));

  QCommandLineParser parser;
  describeOptions(parser);
  parser.process(app);
  // The worker's kernels: one thread per physical core within the CPU quota, not OpenMP's one
  // per logical CPU (docs/performance.md, "Threads").
  runtime::use_cpu_threads();
  // Absolute: the running studio has a working folder of its own.
  QStringList files;
  for (const QString& file : parser.positionalArguments()) files << QFileInfo(file).absoluteFilePath();

  SingleInstance instance;
  if (parser.isSet(kNewInstanceOption))
    qCInfo(lcInstance) << "new instance: neither handing over nor serving";
  else if (instance.handOffOrServe(files))
    return 0;

  MainWindow window;
  window.show();
  QObject::connect(&instance, &SingleInstance::filesReceived, &window,
                   [&window](const QStringList& received) { openAndRaise(window, received); });
  openFiles(window, files);
  return app.exec();
}

}  // namespace patchdiff::ui
