// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/studio_app.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>

#include <cstdio>
#include <cstring>

#include "ui/main_window.h"
#include "ui/sampling_worker.h"
#include "ui/studio_language.h"
#include "ui/studio_paths.h"

namespace patchdiff::ui {

namespace {

// --help and --version need no display: they are answered by a QCoreApplication, so they
// work on a headless machine (packaging checks, the generated man page).
bool asksForTextOnly(int argc, char** argv) {
  for (int i = 1; i < argc; ++i)
    for (const char* option : {"-h", "--help", "--help-all", "-v", "--version"})
      if (std::strcmp(argv[i], option) == 0) return true;
  return false;
}

void setApplicationNames() {
  QCoreApplication::setOrganizationName(QStringLiteral("PatchDiffusion"));
  QCoreApplication::setApplicationName(QStringLiteral("Patch Diffusion Studio"));
  QCoreApplication::setApplicationVersion(QStringLiteral(PATCHDIFF_VERSION));
}

void describeOptions(QCommandLineParser& parser) {
  parser.setApplicationDescription(
      QCoreApplication::translate("StudioApp", "Sample patch diffusion models with a live step-by-step preview."));
  parser.addHelpOption();
  parser.addOption({{QStringLiteral("v"), QStringLiteral("version")},
                    QCoreApplication::translate("StudioApp",
                                                "Print the version and the bundled models' folder, and exit.")});
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
  return 0;
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
  installTranslators(languageOverride());
  QGuiApplication::setDesktopFileName(QStringLiteral(PATCHDIFF_APP_ID));
  initStudioResources();
  QApplication::setWindowIcon(QIcon(QStringLiteral(":/studio/icons/app.svg")));

  QCommandLineParser parser;
  describeOptions(parser);
  parser.process(app);

  MainWindow window;
  window.show();
  for (const QString& file : parser.positionalArguments()) window.openFile(file);
  return app.exec();
}

}  // namespace patchdiff::ui
