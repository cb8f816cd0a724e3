// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One run of the session as the studio keeps it: its settings, the recorded trajectory
// (8-bit frames of every k-th step plus the first and last, float x_t where the memory
// budget allows), every step's plot numbers, the final images and a thumbnail.
#include <QImage>
#include <QVector>

#include "ui/worker/worker_types.h"

namespace patchdiff::ui {

struct RecordingPlan {
  int keepEvery = 1;   // 8-bit frames of steps 0, k, 2k, ... and the last step
  int floatEvery = 1;  // float x_t of steps 0, m, 2m, ... (a multiple of keepEvery); 0: none
  qint64 frameBytes = 0, floatBytes = 0;  // one step's 8-bit frames / float x_t
  qint64 fullBytes = 0;                   // everything at every step

  bool keepsFrame(int step, int numSteps) const {
    return step == 0 || step == numSteps - 1 || (keepEvery > 0 && step % keepEvery == 0);
  }
  bool keepsFloat(int step) const { return floatEvery > 0 && step % floatEvery == 0; }
  // Frames (and floats) this plan keeps for a run of `numSteps` steps.
  int framesKept(int numSteps) const;
  int floatsKept(int numSteps) const;
  qint64 bytes(int numSteps) const { return framesKept(numSteps) * frameBytes + floatsKept(numSteps) * floatBytes; }
};

// Estimates of what one step's frames hold in memory (QImage rows are 4-byte aligned).
qint64 frameBytesFor(int batch, int imageSize);
qint64 floatBytesFor(int batch, int imageSize);
// The finest plan whose bytes fit `available` (keepEvery grows first for 8-bit frames, then
// floats are kept at the finest interval the rest allows).
RecordingPlan planRecording(int numSteps, int batch, int imageSize, qint64 available);

struct RunRecord {
  RunInfo info;
  RecordingPlan plan;
  QVector<StepFrame> frames;              // recorded steps in step order
  QVector<inspect::StepMetrics> metrics;  // every step (small; never dropped)
  RunOutcome outcome;
  bool finished = false;
  bool trajectoryDropped = false;  // the budget made room for newer runs
  QString savedName;  // "2026-12-07 #3" for a run rebuilt from the outputs folder (no trajectory)
  QImage thumbnail;

  quint64 runId() const { return info.runId; }
  // Index in `frames` of the recorded step nearest to `step` at or before it (-1: none).
  int frameAtOrBefore(int step) const;
  // Index in `frames` of exactly `step` (-1: not recorded).
  int frameOf(int step) const;
  // Steps whose float x_t are kept (exact branching).
  QVector<int> floatSteps() const;
  qint64 bytes() const;  // frames and floats held
  void dropTrajectory();
};

}  // namespace patchdiff::ui
