// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The latest preview frame, handed from the worker to the UI. Posting replaces an unread
// frame, so a UI that falls behind skips previews; the trajectory store gets every frame
// through its own queued signal.
#include <QMutex>

#include <optional>

#include "ui/worker/worker_types.h"

namespace patchdiff::ui {

class FrameMailbox {
 public:
  // Stores `frame`; true when the box was empty (the reader needs a wake-up signal).
  bool post(StepFrame frame);
  // The newest frame, emptying the box.
  std::optional<StepFrame> take();
  void clear();
  int dropped() const;  // frames replaced before they were read

 private:
  mutable QMutex m_mutex;
  std::optional<StepFrame> m_frame;
  int m_dropped = 0;
};

}  // namespace patchdiff::ui
