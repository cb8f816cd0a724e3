#include "ui/studio_app.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

#include <cstdio>
#include <cstring>

#include "ui/main_window.h"
#include "ui/sampling_worker.h"
#include "ui/studio_paths.h"

namespace patchdiff::ui {

int runStudio(int argc, char** argv) {
  // Answered before any display is opened, so it works on a headless machine.
  for (int i = 1; i < argc; ++i)
    if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0) {
      std::printf("patchdiff-studio %s (Qt %s, LibTorch %s)\n", PATCHDIFF_VERSION, qVersion(),
                  SamplingWorker::torchVersion().toUtf8().constData());
      return 0;
    }
  QApplication app(argc, argv);
  QCoreApplication::setOrganizationName(QStringLiteral("PatchDiffusion"));
  QCoreApplication::setApplicationName(QStringLiteral("Patch Diffusion Studio"));
  QCoreApplication::setApplicationVersion(QStringLiteral(PATCHDIFF_VERSION));
  QGuiApplication::setDesktopFileName(QStringLiteral("patchdiff-studio"));
  initStudioResources();
  QApplication::setWindowIcon(QIcon(QStringLiteral(":/studio/icons/app.svg")));

  QCommandLineParser parser;
  parser.setApplicationDescription(QStringLiteral("Sample patch diffusion models with a live step-by-step preview."));
  parser.addHelpOption();
  parser.addOption({{QStringLiteral("v"), QStringLiteral("version")}, QStringLiteral("Print the version and exit.")});
  parser.addPositionalArgument(QStringLiteral("files"), QStringLiteral("Checkpoints (.pt) to load or samples (.png) to restore."),
                               QStringLiteral("[FILE...]"));
  parser.process(app);

  MainWindow window;
  window.show();
  for (const QString& file : parser.positionalArguments()) window.openFile(file);
  return app.exec();
}

}  // namespace patchdiff::ui
