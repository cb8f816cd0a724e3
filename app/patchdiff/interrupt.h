// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Ctrl+C (SIGINT) and SIGTERM as a request to stop between two steps, so a long command can
// keep what it finished. A second signal stops at once (the default action).
#include <atomic>

namespace patchdiff::cli {

class InterruptRequest {
 public:
  InterruptRequest();   // installs the handlers
  ~InterruptRequest();  // restores the default actions
  InterruptRequest(const InterruptRequest&) = delete;
  InterruptRequest& operator=(const InterruptRequest&) = delete;

  // The flag the sampler polls (set from the signal handler).
  const std::atomic_bool* flag() const;
  bool requested() const;
};

}  // namespace patchdiff::cli
