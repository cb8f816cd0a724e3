// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Files in and out of the studio, through the core's writers so they match the CLI's: one
// PNG with the "patchdiff" run description, or a whole batch (npz, grid and per-image PNGs),
// written atomically; and the run description read back from one of our PNGs.
#include <QImage>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>

#include "ui/worker/worker_types.h"

namespace patchdiff::ui {

// A run description from a PNG, in Qt types.
struct RestoredRun {
  QStringList checkpointPaths, checkpointSha256;
  QVector<FlagMap> flags;  // each checkpoint's resolved flags
  sampling::SamplerSettings sampler;  // the job, respacing and splits included
  quint64 seed = 0;
  QString device, precision;
  bool injectedNoise = false;
  qint64 imageIndex = 0;
  qint64 label = -1;
  QString className;
  QImage image;  // the file's pixels (RGB888)
  QString specJson;  // the run description as stored
  // A branch (core/sampling/branch_record.h): the step it continued another run from (-1:
  // not a branch), whether from the parent's float x_t, the x_t itself [3, H, W] and the
  // parent's description.
  int branchStep = -1;
  bool branchExact = true;
  QVector<float> startX;
  QString parentSpecJson;
  // The multistep solver's history it continued with (null: it started fresh at branchStep).
  std::shared_ptr<const sampling::SolverState> branchState;
  // The image it started from (null pixels: from noise), at the model's size, with its mask.
  InputImage input;
};

class SampleExporter {
 public:
  // One image with its run description. False with a message (path and reason) on failure.
  static bool writeImage(const QString& path, const QImage& image, const QString& specJson, QString* error);
  // The CLI's set of files in `dir`: samples_NxHxWx3.npz, its grid PNG and sample_#####.png.
  static bool writeBatch(const QString& dir, const QVector<QImage>& images, const QVector<qint64>& labels,
                         const QStringList& specs, QStringList* written, QString* error);
  // The names writeBatch writes for `images` (image i is number firstImage + i) in `dir`;
  // with `existingOnly`, those already there.
  static QStringList batchFileNames(const QVector<QImage>& images, qint64 firstImage, const QString& dir,
                                    bool existingOnly);
  // Reads a PNG written by the studio or `patchdiff sample`.
  static bool readRun(const QString& path, RestoredRun* run, QString* error);
  // True when the file is a PNG with a "patchdiff" chunk; false without one, and false with
  // `error` set when the file cannot be read or its chunks are malformed.
  static bool hasRunDescription(const QString& path, QString* error = nullptr);
};

}  // namespace patchdiff::ui
