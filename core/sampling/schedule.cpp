// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sampling/schedule.h"

#include "core/error.h"
#include "core/sampling/sampler_catalog.h"

namespace patchdiff::sampling {

namespace {

// The original: every step of the respaced table, noisiest first.
std::vector<EvalPoint> uniform_points(const diffusion::GaussianDiffusion& respaced) {
  std::vector<EvalPoint> points;
  for (int step = respaced.num_steps() - 1; step >= 0; --step) points.push_back(EvalPoint::at_step(step));
  return points;
}

struct ScheduleRow {
  const char* name;
  std::vector<EvalPoint> (*points)(const diffusion::GaussianDiffusion&);
};

const std::vector<ScheduleRow>& schedule_table() {
  static const std::vector<ScheduleRow> table = {
      {"uniform", &uniform_points},
  };
  return table;
}

}  // namespace

const std::vector<std::string>& schedule_names() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> out;
    for (const auto& row : schedule_table()) out.push_back(row.name);
    return out;
  }();
  return names;
}

void check_schedule(const std::string& name) {
  std::string known;
  for (const auto& n : schedule_names()) {
    if (n == name) return;
    known += (known.empty() ? "" : ", ") + n;
  }
  throw ConfigError("unknown schedule '" + name + "' (known: " + known + ")");
}

std::vector<EvalPoint> schedule_points(const std::string& name, const diffusion::GaussianDiffusion& respaced) {
  check_schedule(name);
  for (const auto& row : schedule_table())
    if (name == row.name) return row.points(respaced);
  return {};
}

}  // namespace patchdiff::sampling
