// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/export/run_autosave.h"

#include <algorithm>

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>

#include "core/diffusion/respacing.h"
#include "core/error.h"
#include "ui/export/sample_exporter.h"

namespace patchdiff::ui {

namespace {
const QString kEnabledKey = QStringLiteral("outputs/autosave");
const QString kFolderKey = QStringLiteral("outputs/folder");

// 00003-seed1234-0.png: run number of the day, seed, image index.
const QRegularExpression& savedName() {
  static const QRegularExpression re(QStringLiteral("^(\\d{5})-seed(\\d+)-(\\d+)\\.png$"));
  return re;
}

int nextRunNumber(const QDir& day) {
  int last = 0;
  for (const QString& name : day.entryList({QStringLiteral("*.png")}, QDir::Files)) {
    const auto m = savedName().match(name);
    if (m.hasMatch()) last = std::max(last, m.captured(1).toInt());
  }
  return last + 1;
}

// The step count of a run's respacing ("50", "ddim25", "10,20,30"; empty: every step);
// 0 when the description's respacing does not fit its checkpoint's flags.
int stepsOf(const std::string& respacing, const FlagMap& flags) {
  try {
    const int diffusionSteps = flags.value(QStringLiteral("diffusion_steps"), QStringLiteral("1000")).toInt();
    return static_cast<int>(diffusion::space_timesteps(diffusionSteps, respacing).size());
  } catch (const ConfigError&) {
    return 0;
  }
}

std::shared_ptr<RunRecord> recordOf(const QVector<RestoredRun>& images, const QString& name) {
  auto r = std::make_shared<RunRecord>();
  const RestoredRun& first = images.front();
  RunInfo& info = r->info;
  info.numSteps = stepsOf(first.sampler.timestep_respacing, first.flags.value(0));
  info.batch = images.size();
  info.imageSize = first.image.width();
  info.seed = first.seed;
  info.firstImage = first.imageIndex;
  info.device = first.device;
  info.precision = first.precision;
  info.modelPaths = first.checkpointPaths;
  info.snrSplits = QVector<double>(first.sampler.snr_splits.begin(), first.sampler.snr_splits.end());
  GenerateRequest& q = info.request;
  q.sampler = first.sampler;
  q.input = first.input;
  q.seed = first.seed;
  q.firstImage = first.imageIndex;
  q.batch = images.size();
  q.device = first.device;
  QStringList titles;
  for (const QString& p : first.checkpointPaths) titles << QFileInfo(p).completeBaseName();
  q.modelTitle = titles.join(QStringLiteral(" → "));
  for (const RestoredRun& image : images) {
    info.labels << image.label;
    //: Caption under a sample: %1 the seed, %2 the image's index in the run.
    const QString seed = QCoreApplication::translate("patchdiff::ui::MainWindow", "seed %1 #%2")
                             .arg(image.seed).arg(image.imageIndex);
    info.captions << (image.className.isEmpty() ? seed : image.className + QStringLiteral(" · ") + seed);
    r->outcome.images << image.image;
    r->outcome.labels << image.label;
    r->outcome.specs << image.specJson;
  }
  q.labels = info.labels;
  r->outcome.stepsDone = info.numSteps;
  r->outcome.device = first.device;
  r->outcome.precision = first.precision;
  r->finished = true;
  r->trajectoryDropped = true;  // only the final images were saved
  r->savedName = name;
  return r;
}
}  // namespace

bool RunAutosave::enabled() { return QSettings().value(kEnabledKey, true).toBool(); }
void RunAutosave::setEnabled(bool on) { QSettings().setValue(kEnabledKey, on); }

QString RunAutosave::defaultFolder() {
  QString pictures = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
  if (pictures.isEmpty()) pictures = QDir::homePath();
  return QDir(pictures).filePath(QStringLiteral("Patch Diffusion Studio"));
}

QString RunAutosave::folder() {
  const QString set = QSettings().value(kFolderKey).toString();
  return set.isEmpty() ? defaultFolder() : set;
}
void RunAutosave::setFolder(const QString& path) { QSettings().setValue(kFolderKey, path); }

bool RunAutosave::save(const QString& root, const RunInfo& info, const RunOutcome& outcome, QStringList* written,
                       QString* error) {
  const QString dayPath = QDir(root).filePath(QDate::currentDate().toString(Qt::ISODate));
  if (!QDir().mkpath(dayPath)) {
    if (error)
      *error = QCoreApplication::translate("RunAutosave", "cannot create the folder %1")
                   .arg(QDir::toNativeSeparators(dayPath));
    return false;
  }
  const QDir day(dayPath);
  const int number = nextRunNumber(day);
  for (int i = 0; i < outcome.images.size(); ++i) {
    const QString name = QStringLiteral("%1-seed%2-%3.png")
                             .arg(number, 5, 10, QLatin1Char('0'))
                             .arg(info.seed)
                             .arg(info.firstImage + i);
    const QString path = day.filePath(name);
    if (QFileInfo::exists(path)) {  // another studio saved the same number meanwhile: never replace
      if (error)
        *error = QCoreApplication::translate("RunAutosave", "%1 exists already").arg(QDir::toNativeSeparators(path));
      return false;
    }
    if (!SampleExporter::writeImage(path, outcome.images[i], outcome.specs.value(i), error)) return false;
    if (written) *written << path;
  }
  return true;
}

QVector<std::shared_ptr<RunRecord>> RunAutosave::load(const QString& root, int maxRuns) {
  QVector<std::shared_ptr<RunRecord>> newestFirst;
  const QDir base(root);
  QStringList days = base.entryList({QStringLiteral("????-??-??")}, QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
  std::reverse(days.begin(), days.end());
  for (const QString& dayName : days) {
    const QDir day(base.filePath(dayName));
    QMap<int, QMap<qint64, QString>> runs;  // run number -> image index -> file
    for (const QString& name : day.entryList({QStringLiteral("*.png")}, QDir::Files)) {
      const auto m = savedName().match(name);
      if (m.hasMatch()) runs[m.captured(1).toInt()][m.captured(3).toLongLong()] = day.filePath(name);
    }
    for (auto it = runs.end(); it != runs.begin() && newestFirst.size() < maxRuns;) {
      --it;
      QVector<RestoredRun> images;
      for (const QString& path : it.value()) {
        RestoredRun image;
        if (SampleExporter::readRun(path, &image, nullptr)) images << image;
      }
      if (images.isEmpty()) continue;
      newestFirst << recordOf(images, QStringLiteral("%1 #%2").arg(dayName).arg(it.key()));
    }
    if (newestFirst.size() >= maxRuns) break;
  }
  std::reverse(newestFirst.begin(), newestFirst.end());
  return newestFirst;
}

}  // namespace patchdiff::ui
