// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Progress on stderr: done/total, rate and time left. On a terminal one line redrawn in
// place; piped to a log, a plain line every few seconds (PATCHDIFF_PROGRESS_SECONDS sets the
// interval; 0 prints every update), so a log shows the run is alive. The label and unit come
// translated from the caller.
#include <chrono>
#include <string>

namespace patchdiff::cli {

// A duration as h:mm:ss, with days in front from 24 hours on ("10 d 10:34:12"), so long
// runs read at a glance (never 15046:34).
std::string format_duration(double seconds);

class ProgressBar {
 public:
  ProgressBar(std::string label, long long total, std::string unit);
  // `detail` follows the counter (e.g. "batch 2/5"), already translated.
  void update(long long done, const std::string& detail = {});
  void finish();

 private:
  std::string m_label, m_unit;
  long long m_total;
  bool m_terminal;
  double m_log_interval;  // seconds between lines when not a terminal
  bool m_drawn = false, m_drew_complete = false;
  std::chrono::steady_clock::time_point m_start, m_last_draw;
};

}  // namespace patchdiff::cli
