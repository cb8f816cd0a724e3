// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/patchdiff/progress_bar.h"

#include <cstdio>
#include <unistd.h>

#include "app/patchdiff/cli_tr.h"

namespace patchdiff::cli {

ProgressBar::ProgressBar(std::string label, long long total, std::string unit)
    : m_label(std::move(label)), m_unit(std::move(unit)), m_total(total),
      m_enabled(isatty(fileno(stderr)) != 0), m_start(std::chrono::steady_clock::now()),
      m_last_draw(m_start) {}

void ProgressBar::update(long long done) {
  if (!m_enabled) return;
  const auto now = std::chrono::steady_clock::now();
  if (done < m_total && now - m_last_draw < std::chrono::milliseconds(100)) return;
  m_last_draw = now;
  const double elapsed = std::chrono::duration<double>(now - m_start).count();
  const double rate = elapsed > 0 ? done / elapsed : 0.0;
  const double eta = rate > 0 ? (m_total - done) / rate : 0.0;
  const int width = 30;
  const int filled = m_total > 0 ? static_cast<int>(width * done / m_total) : 0;
  std::string bar(static_cast<size_t>(filled), '#');
  bar.resize(width, '.');
  //: Estimated time left in a progress line, followed by minutes:seconds.
  static const std::string eta_label = translate("patchdiff", "ETA");
  std::fprintf(stderr, "\r%s [%s] %lld/%lld %s  %.2f %s/s  %s %02d:%02d ", m_label.c_str(), bar.c_str(), done, m_total,
               m_unit.c_str(), rate, m_unit.c_str(), eta_label.c_str(), static_cast<int>(eta) / 60,
               static_cast<int>(eta) % 60);
  std::fflush(stderr);
}

void ProgressBar::finish() {
  if (m_enabled) std::fprintf(stderr, "\n");
}

}  // namespace patchdiff::cli
