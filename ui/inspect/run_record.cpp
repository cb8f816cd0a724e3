// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/inspect/run_record.h"

#include <algorithm>

namespace patchdiff::ui {

namespace {
constexpr qint64 kFrameOverhead = 256;  // StepFrame, QImage headers, metrics vectors
}

int RecordingPlan::framesKept(int numSteps) const {
  int n = 0;
  for (int s = 0; s < numSteps; ++s) n += keepsFrame(s, numSteps);
  return n;
}

int RecordingPlan::floatsKept(int numSteps) const {
  int n = 0;
  for (int s = 0; s < numSteps; ++s) n += keepsFrame(s, numSteps) && keepsFloat(s);
  return n;
}

qint64 frameBytesFor(int batch, int imageSize) {
  const qint64 line = (static_cast<qint64>(imageSize) * 3 + 3) / 4 * 4;
  return 2 * static_cast<qint64>(batch) * line * imageSize + kFrameOverhead;  // x0 and x_t
}

qint64 floatBytesFor(int batch, int imageSize) {
  return static_cast<qint64>(batch) * 3 * imageSize * imageSize * static_cast<qint64>(sizeof(float));
}

RecordingPlan planRecording(int numSteps, int batch, int imageSize, qint64 available) {
  RecordingPlan plan;
  plan.frameBytes = frameBytesFor(batch, imageSize);
  plan.floatBytes = floatBytesFor(batch, imageSize);
  plan.fullBytes = numSteps * (plan.frameBytes + plan.floatBytes);
  plan.floatEvery = 0;
  // 8-bit frames: the smallest interval that fits (at least the first and last step).
  plan.keepEvery = 1;
  while (plan.keepEvery < numSteps && plan.framesKept(numSteps) * plan.frameBytes > available) ++plan.keepEvery;
  const qint64 rest = available - plan.framesKept(numSteps) * plan.frameBytes;
  // Float x_t at recorded steps only: every keepEvery * j-th step for the smallest j that fits.
  for (int j = 1; plan.keepEvery * j <= std::max(1, numSteps); ++j) {
    plan.floatEvery = plan.keepEvery * j;
    if (plan.floatsKept(numSteps) * plan.floatBytes <= rest) return plan;
  }
  plan.floatEvery = 0;
  return plan;
}

int RunRecord::frameAtOrBefore(int step) const {
  int found = -1;
  for (int i = 0; i < frames.size() && frames[i].index <= step; ++i) found = i;
  return found < 0 && !frames.isEmpty() ? 0 : found;
}

int RunRecord::frameOf(int step) const {
  for (int i = 0; i < frames.size(); ++i)
    if (frames[i].index == step) return i;
  return -1;
}

QVector<int> RunRecord::floatSteps() const {
  QVector<int> out;
  for (const auto& f : frames)
    if (!f.xtFloat.isEmpty()) out << f.index;
  return out;
}

qint64 RunRecord::bytes() const {
  qint64 total = 0;
  for (const auto& f : frames) {
    total += plan.frameBytes;
    total += static_cast<qint64>(f.xtFloat.size()) * static_cast<qint64>(sizeof(float));
  }
  return total;
}

void RunRecord::dropTrajectory() {
  frames.clear();
  frames.squeeze();
  trajectoryDropped = true;
}

}  // namespace patchdiff::ui
