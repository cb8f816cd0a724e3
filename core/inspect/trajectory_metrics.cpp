// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/inspect/trajectory_metrics.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <locale>
#include <sstream>

#include <torch/torch.h>

#include "core/inspect/image_metrics.h"
#include "core/sampling/step_record.h"

namespace patchdiff::inspect {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

std::vector<double> to_vector(const torch::Tensor& t) {
  if (!t.defined()) return {};
  const auto cpu = t.detach().to(torch::kCPU, torch::kFloat64).contiguous().reshape({-1});
  return std::vector<double>(cpu.data_ptr<double>(), cpu.data_ptr<double>() + cpu.numel());
}

void write_number(std::ostringstream& out, double value) {
  if (std::isfinite(value)) out << value;
}

}  // namespace

struct TrajectoryMetrics::State {
  torch::Tensor previous_x0;  // [B, 3, H, W] on the run's device
  int previous_index = -1;
};

TrajectoryMetrics::TrajectoryMetrics() : m_state(std::make_unique<State>()) {}
TrajectoryMetrics::~TrajectoryMetrics() = default;
// Tensors from the sampler are never written in place, so sharing the handle is a copy.
TrajectoryMetrics::TrajectoryMetrics(const TrajectoryMetrics& other)
    : m_rows(other.m_rows), m_state(std::make_unique<State>(*other.m_state)),
      m_seconds_sum(other.m_seconds_sum) {}
TrajectoryMetrics& TrajectoryMetrics::operator=(const TrajectoryMetrics& other) {
  if (this != &other) {
    m_rows = other.m_rows;
    m_state = std::make_unique<State>(*other.m_state);
    m_seconds_sum = other.m_seconds_sum;
  }
  return *this;
}
TrajectoryMetrics::TrajectoryMetrics(TrajectoryMetrics&&) noexcept = default;
TrajectoryMetrics& TrajectoryMetrics::operator=(TrajectoryMetrics&&) noexcept = default;

double finite_mean(const std::vector<double>& values) {
  double sum = 0.0;
  int count = 0;
  for (double v : values)
    if (std::isfinite(v)) {
      sum += v;
      ++count;
    }
  return count ? sum / count : kNaN;
}

void TrajectoryMetrics::add(const sampling::StepRecord& record) {
  if (!m_state) m_state = std::make_unique<State>();  // after a move
  c10::InferenceMode inference;
  StepMetrics row;
  row.index = record.index;
  row.num_steps = record.num_steps;
  row.step = record.step;
  row.timestep = record.timestep;
  row.model_index = record.model_index;
  row.snr = record.snr;
  row.log_snr = record.snr > 0 ? std::log(record.snr) : kNaN;

  const auto& x0 = record.pred_xstart;
  if (x0.defined()) {
    const auto& previous = m_state->previous_x0;
    if (previous.defined() && m_state->previous_index == record.index - 1 && previous.sizes() == x0.sizes())
      row.x0_change = to_vector(rms_difference(x0, previous));
    row.blurriness = to_vector(high_frequency_fraction(x0));
  }
  row.x0_change_mean = finite_mean(row.x0_change);
  row.blurriness_mean = finite_mean(row.blurriness);
  row.guidance_gap = to_vector(record.guidance_gap);
  row.guidance_gap_mean = finite_mean(row.guidance_gap);
  row.threshold_scale = to_vector(record.threshold_scale);
  row.threshold_scale_mean = finite_mean(row.threshold_scale);
  row.seconds = record.seconds;
  m_seconds_sum += record.seconds;
  row.seconds_running_mean = m_seconds_sum / static_cast<double>(m_rows.size() + 1);

  m_state->previous_x0 = x0;
  m_state->previous_index = record.index;
  m_rows.push_back(std::move(row));
}

void TrajectoryMetrics::clear() {
  m_rows.clear();
  m_state = std::make_unique<State>();
  m_seconds_sum = 0.0;
}

int TrajectoryMetrics::batch() const { return metrics_batch(m_rows); }

int metrics_batch(const std::vector<StepMetrics>& rows) {
  int b = 0;
  for (const auto& row : rows)
    b = std::max({b, static_cast<int>(row.blurriness.size()), static_cast<int>(row.x0_change.size()),
                  static_cast<int>(row.guidance_gap.size()), static_cast<int>(row.threshold_scale.size())});
  return b;
}

std::string TrajectoryMetrics::to_csv(bool per_image) const { return metrics_to_csv(m_rows, per_image); }

std::string metrics_to_csv(const std::vector<StepMetrics>& rows, bool per_image) {
  std::ostringstream out;
  out.imbue(std::locale::classic());
  out.precision(9);
  const int b = per_image ? metrics_batch(rows) : 0;
  // "step" counts the run's steps in order from 1 (the noisiest), as the studio shows them;
  // "respaced_index" is the original's respaced index, which counts down.
  out << "step,respaced_index,timestep,model_index,snr,log_snr,x0_change_mean,blurriness_mean,"
         "guidance_gap_mean,threshold_scale_mean,seconds,seconds_running_mean";
  for (const char* name : {"x0_change", "blurriness", "guidance_gap", "threshold_scale"})
    for (int i = 0; i < b; ++i) out << ',' << name << '_' << i;
  out << '\n';
  auto per_image_values = [&](const std::vector<double>& values) {
    for (int i = 0; i < b; ++i) {
      out << ',';
      if (static_cast<size_t>(i) < values.size()) write_number(out, values[static_cast<size_t>(i)]);
    }
  };
  for (const auto& r : rows) {
    out << r.index + 1 << ',' << r.step << ',' << r.timestep << ',' << r.model_index << ',';
    for (double v : {r.snr, r.log_snr, r.x0_change_mean, r.blurriness_mean, r.guidance_gap_mean,
                     r.threshold_scale_mean, r.seconds}) {
      write_number(out, v);
      out << ',';
    }
    write_number(out, r.seconds_running_mean);
    per_image_values(r.x0_change);
    per_image_values(r.blurriness);
    per_image_values(r.guidance_gap);
    per_image_values(r.threshold_scale);
    out << '\n';
  }
  return out.str();
}

}  // namespace patchdiff::inspect
