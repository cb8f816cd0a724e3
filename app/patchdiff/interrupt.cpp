// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/patchdiff/interrupt.h"

#include <csignal>

namespace patchdiff::cli {

namespace {
// Lock-free, so setting it is safe in a signal handler.
std::atomic_bool g_interrupted{false};
static_assert(std::atomic_bool::is_always_lock_free);

extern "C" void on_signal(int signal_number) {
  g_interrupted.store(true);
  std::signal(signal_number, SIG_DFL);  // a second Ctrl+C ends the program at once
}
}  // namespace

InterruptRequest::InterruptRequest() {
  g_interrupted.store(false);
  std::signal(SIGINT, on_signal);
  std::signal(SIGTERM, on_signal);
}

InterruptRequest::~InterruptRequest() {
  std::signal(SIGINT, SIG_DFL);
  std::signal(SIGTERM, SIG_DFL);
}

const std::atomic_bool* InterruptRequest::flag() const { return &g_interrupted; }

bool InterruptRequest::requested() const { return g_interrupted.load(); }

}  // namespace patchdiff::cli
