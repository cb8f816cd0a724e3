// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A one-line progress bar on stderr (only when stderr is a terminal): done/total, rate, ETA.
// The label and unit come translated from the caller.
#include <chrono>
#include <string>

namespace patchdiff::cli {

class ProgressBar {
 public:
  ProgressBar(std::string label, long long total, std::string unit);
  void update(long long done);
  void finish();

 private:
  std::string m_label, m_unit;
  long long m_total;
  bool m_enabled;
  std::chrono::steady_clock::time_point m_start, m_last_draw;
};

}  // namespace patchdiff::cli
