// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Plain Qt values that travel between the window and the sampling worker through queued
// signals: no torch type crosses this line (the worker converts tensors to 8-bit images).
#include <QImage>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <memory>

#include "core/inspect/compare_result.h"
#include "core/inspect/trajectory_metrics.h"
#include "core/sampling/sampler_settings.h"

namespace patchdiff::sampling {
struct SolverState;  // a multistep solver's memory (core/sampling/solver_state.h), opaque here
}

namespace patchdiff::ui {

using FlagMap = QMap<QString, QString>;

// Which checkpoints to load: one, or several in split order with their SNR boundaries.
struct ModelRequest {
  quint64 id = 0;
  QStringList paths;
  FlagMap userFlags;    // model/diffusion flags the user set (beat sidecar and defaults)
  QVector<FlagMap> pinnedFlags;  // per path, flags a restored run recorded: applied where they differ
  QVector<double> snrSplits;
};

struct FlagRow {
  QString name, value, source, help;
  bool editable = false;  // the weights did not decide it
};

// What the worker reports about the models it now holds.
struct ModelInfo {
  quint64 requestId = 0;
  QStringList paths, titles, sha256;
  QVector<double> snrSplits;
  QStringList classNames;  // empty for unconditional models
  int imageSize = 0, patchSize = 0, diffusionSteps = 0;
  QString schedule, flagString;
  QVector<FlagRow> flags;  // of the first (highest-SNR) model
  QStringList warnings;
  qint64 parameters = 0;
  double gflopPerImage = 0;
};

// The image a run starts from (image-to-image, inpainting, variations): any size (the
// worker brings it to the model's as training does), with a mask of the same size
// (Grayscale8, 255 regenerate) or none. Null pixels: the run starts from noise.
struct InputImage {
  QImage pixels;
  QImage mask;
  QString path;    // the file it came from, or empty (a tile)
  QString sha256;  // of that file; empty: the worker hashes the pixels it used
  QString maskPath, maskSha256;  // the mask's file (a restored CLI run); empty: painted here
  bool isNull() const { return pixels.isNull(); }
};

struct GenerateRequest {
  quint64 runId = 0;
  std::shared_ptr<std::atomic_bool> cancel;  // set from the UI thread
  // The job: solver, respacing ("50", "ddim25", "10,20,30", "" for every diffusion step),
  // guidance, thresholding, clipping (snr_splits: the loaded models' own).
  sampling::SamplerSettings sampler;
  quint64 seed = 0;
  qint64 firstImage = 0;  // image i of the batch uses SeededNoise(seed, firstImage + i)
  int batch = 1;
  int classIndex = -1;       // -1: random labels drawn from the seed
  QVector<qint64> labels;    // explicit labels (restored runs) win over classIndex
  QString device = QStringLiteral("cpu");
  bool half = false;         // float16 torso (CUDA only)
  int previewEvery = 1;
  // Branching: continue at loop index startIndex from startX (the float x_t that step takes
  // in, [batch, 3, H, W] row-major), with the remaining noise from `seed`. Empty: from x_T.
  int startIndex = 0;
  QVector<float> startX;
  // The solver's state at that step (multistep history), when the branch keeps the parent's
  // solver, schedule and steps; null: the solver starts fresh there.
  std::shared_ptr<const sampling::SolverState> startState;
  quint64 parentRunId = 0;
  int parentStep = -1;
  // A branch's recipe for its PNGs (core/sampling/branch_record.h): the parent's run
  // description per image, and whether startX is the parent's float x_t (else 8-bit).
  QStringList parentSpecs;
  bool startExact = true;
  QString modelTitle;  // shown in the history (the checkpoint(s) it ran with)
  // Starting from an image: sampler.strength says how far into the noise it goes.
  InputImage input;
};

struct RunInfo {
  quint64 runId = 0;
  int numSteps = 0, batch = 0, imageSize = 0;
  quint64 seed = 0;
  qint64 firstImage = 0;
  QVector<qint64> labels;
  QStringList captions;  // per image: "class · seed S #i"
  QString device, precision;
  QStringList modelPaths;
  QVector<double> snrSplits;
  QVector<int> modelPerStep;
  QVector<double> logSnr;       // natural log of the SNR per loop index (0 = noisiest)
  GenerateRequest request;      // the settings it ran with (startX and cancel cleared)
};

// One sampling step as 8-bit images (x0 prediction and x_t of every image) and numbers.
struct StepFrame {
  quint64 runId = 0;
  int index = 0, numSteps = 0, timestep = 0, modelIndex = 0;
  double snr = 0, seconds = 0;
  QVector<QImage> x0, xt;
  inspect::StepMetrics metrics;  // the plots' numbers for this step (core/inspect)
  QVector<float> xtFloat;        // the step's input x_t as floats (exact branching), [B, 3, H, W]
  std::shared_ptr<const sampling::SolverState> solverState;  // the solver's state on entering the step
};

// Compare mode: columns that differ in one thing (checkpoint or one sampling setting).
struct CompareJob {
  quint64 runId = 0;
  std::shared_ptr<std::atomic_bool> cancel;
  QStringList checkpoints;  // 2..4 when varying the checkpoint, else 1
  QString varied = QStringLiteral("checkpoint");  // or guidance_scale, timestep_respacing, sampler, eta
  QStringList values;       // 2..6 values of the varied setting
  sampling::SamplerSettings sampler;  // shared by every column (the varied setting overrides its field)
  InputImage input;                   // every column starts from it (varying strength needs it)
  quint64 seed = 0;
  int batch = 1;
  int classIndex = -1;  // -1: random labels drawn from the seed
  QString device = QStringLiteral("cpu");
  // Scoring (core/score): every column also makes scoreImages images, measured by the
  // feature network against its reference features (cached; else computed once from
  // scoreDataDir, a folder with train/ and heldout/). 0: no scores.
  int scoreImages = 0;
  QString featureNet;
  QString scoreDataDir;
};

struct CompareProgress {
  quint64 runId = 0;
  int column = 0, numColumns = 0, step = 0, numSteps = 0;
  QVector<QImage> x0;  // the running column's x0 prediction at this step (shown live)
  // Making the column's scored images (after its shown ones): how many are done of how many.
  bool scoring = false;
  qint64 imagesDone = 0, numImages = 0, batchImages = 0;
};

// One finished column, before the numbers relative to the first column are known.
struct CompareColumnDone {
  quint64 runId = 0;
  int column = 0, numColumns = 0;
  inspect::CompareColumn result;
};

struct CompareOutcome {
  quint64 runId = 0;
  inspect::CompareResult result;
  QVector<QVector<float>> initialNoise;  // per column, x_T of its first batch as the sampler saw it
  QStringList titles;                    // per column, its label (checkpoint stem or setting=value)
};

struct RunOutcome {
  quint64 runId = 0;
  bool cancelled = false;
  int stepsDone = 0;
  double seconds = 0;
  QVector<QImage> images;   // final samples (last x0 prediction when cancelled)
  QVector<qint64> labels;
  QStringList specs;        // per image: the RunSpec JSON written into its PNG
  QString device, precision;
};

}  // namespace patchdiff::ui

Q_DECLARE_METATYPE(patchdiff::ui::ModelRequest)
Q_DECLARE_METATYPE(patchdiff::ui::ModelInfo)
Q_DECLARE_METATYPE(patchdiff::ui::GenerateRequest)
Q_DECLARE_METATYPE(patchdiff::ui::RunInfo)
Q_DECLARE_METATYPE(patchdiff::ui::StepFrame)
Q_DECLARE_METATYPE(patchdiff::ui::RunOutcome)
Q_DECLARE_METATYPE(patchdiff::ui::CompareJob)
Q_DECLARE_METATYPE(patchdiff::ui::CompareProgress)
Q_DECLARE_METATYPE(patchdiff::ui::CompareOutcome)
Q_DECLARE_METATYPE(patchdiff::ui::CompareColumnDone)
