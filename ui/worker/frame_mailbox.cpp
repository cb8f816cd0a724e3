// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/worker/frame_mailbox.h"

namespace patchdiff::ui {

bool FrameMailbox::post(StepFrame frame) {
  QMutexLocker lock(&m_mutex);
  const bool wasEmpty = !m_frame.has_value();
  if (!wasEmpty) ++m_dropped;
  m_frame = std::move(frame);
  return wasEmpty;
}

std::optional<StepFrame> FrameMailbox::take() {
  QMutexLocker lock(&m_mutex);
  std::optional<StepFrame> out = std::move(m_frame);
  m_frame.reset();
  return out;
}

void FrameMailbox::clear() {
  QMutexLocker lock(&m_mutex);
  m_frame.reset();
}

int FrameMailbox::dropped() const {
  QMutexLocker lock(&m_mutex);
  return m_dropped;
}

}  // namespace patchdiff::ui
