// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/patchdiff/progress_bar.h"

#include <cstdio>
#include <cstdlib>
#include <unistd.h>

#include "app/patchdiff/cli_tr.h"

namespace patchdiff::cli {

namespace {
double log_interval_seconds() {
  const char* text = std::getenv("PATCHDIFF_PROGRESS_SECONDS");
  if (!text || !*text) return 5.0;
  char* end = nullptr;
  const double value = std::strtod(text, &end);
  return (end && *end == '\0' && value >= 0) ? value : 5.0;
}
}  // namespace

std::string format_duration(double seconds) {
  const long long total = seconds > 0 ? static_cast<long long>(seconds + 0.5) : 0;
  const long long days = total / 86400, hours = total % 86400 / 3600, minutes = total % 3600 / 60, secs = total % 60;
  char clock[32];
  if (days == 0) {
    std::snprintf(clock, sizeof clock, "%lld:%02lld:%02lld", hours, minutes, secs);
    return clock;
  }
  std::snprintf(clock, sizeof clock, "%02lld:%02lld:%02lld", hours, minutes, secs);
  //: A duration of a day or more: %1 is the number of days, %2 hours:minutes:seconds.
  return format(translate("patchdiff", "%1 d %2"), {std::to_string(days), clock});
}

ProgressBar::ProgressBar(std::string label, long long total, std::string unit)
    : m_label(std::move(label)), m_unit(std::move(unit)), m_total(total),
      m_terminal(isatty(fileno(stderr)) != 0), m_log_interval(log_interval_seconds()),
      m_start(std::chrono::steady_clock::now()), m_last_draw(m_start) {}

void ProgressBar::update(long long done, const std::string& detail) {
  const auto now = std::chrono::steady_clock::now();
  const auto since_last = std::chrono::duration<double>(now - m_last_draw).count();
  const bool complete = done >= m_total;
  if (m_terminal ? (!complete && since_last < 0.1) : (complete ? m_drew_complete : since_last < m_log_interval)) return;
  m_last_draw = now;
  m_drawn = true;
  m_drew_complete = complete;
  const double elapsed = std::chrono::duration<double>(now - m_start).count();
  const double rate = elapsed > 0 ? done / elapsed : 0.0;
  const double eta = rate > 0 ? (m_total - done) / rate : 0.0;
  //: Estimated time left in a progress line, followed by hours:minutes:seconds.
  static const std::string eta_label = translate("patchdiff", "ETA");
  const std::string extra = detail.empty() ? "" : " (" + detail + ")";
  if (!m_terminal) {
    std::fprintf(stderr, "%s %lld/%lld %s%s  %.2f %s/s  %s %s\n", m_label.c_str(), done, m_total, m_unit.c_str(),
                 extra.c_str(), rate, m_unit.c_str(), eta_label.c_str(), format_duration(eta).c_str());
    std::fflush(stderr);
    return;
  }
  const int width = 30;
  const int filled = m_total > 0 ? static_cast<int>(width * done / m_total) : 0;
  std::string bar(static_cast<size_t>(filled), '#');
  bar.resize(width, '.');
  std::fprintf(stderr, "\r%s [%s] %lld/%lld %s%s  %.2f %s/s  %s %s ", m_label.c_str(), bar.c_str(), done, m_total,
               m_unit.c_str(), extra.c_str(), rate, m_unit.c_str(), eta_label.c_str(), format_duration(eta).c_str());
  std::fflush(stderr);
}

void ProgressBar::finish() {
  if (m_terminal && m_drawn) std::fprintf(stderr, "\n");
}

}  // namespace patchdiff::cli
