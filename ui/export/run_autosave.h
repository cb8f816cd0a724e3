// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Finished runs saved as they end (as AUTOMATIC1111 and ComfyUI do): every image as a PNG
// with its run description, in an outputs folder with one subfolder per day
// (<folder>/2026-12-07/00003-seed1234-0.png: run 3 of the day, image 0). On by default; the
// folder is a setting. On start the History is rebuilt from the newest saved runs.
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>

#include "ui/inspect/run_record.h"

namespace patchdiff::ui {

class RunAutosave {
 public:
  // Settings keys: "outputs/autosave" (bool, default true), "outputs/folder".
  static bool enabled();
  static void setEnabled(bool on);
  // The folder set in the settings, else <Pictures>/Patch Diffusion Studio.
  static QString folder();
  static void setFolder(const QString& path);
  static QString defaultFolder();

  // Writes the outcome's images into today's subfolder of `root`, numbered after the
  // runs already there (never replacing a file). Returns the files written; false with a
  // message (the path and why) when one cannot be written.
  static bool save(const QString& root, const RunInfo& info, const RunOutcome& outcome, QStringList* written,
                   QString* error);

  // The newest `maxRuns` runs saved under `root` (oldest first), as finished History
  // records without trajectories; unreadable files are skipped.
  static QVector<std::shared_ptr<RunRecord>> load(const QString& root, int maxRuns = 50);
};

}  // namespace patchdiff::ui
