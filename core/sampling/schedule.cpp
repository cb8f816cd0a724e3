// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sampling/schedule.h"

#include <algorithm>
#include <cmath>

#include "core/error.h"
#include "core/sampling/sampler_catalog.h"

namespace patchdiff::sampling {

namespace {

double log_sigma_of(double alpha_bar) { return 0.5 * std::log((1.0 - alpha_bar) / alpha_bar); }

// The original timestep (fractional) at noise level sigma: log sigma interpolated linearly
// between table entries, the inverse of Denoiser::alpha_bar at a continuous point.
double timestep_at_sigma(const diffusion::GaussianDiffusion& d, double sigma) {
  const auto& ab = d.base_tables().alphas_cumprod;
  const double target = std::log(sigma);
  if (target <= log_sigma_of(ab.front())) return 0.0;
  if (target >= log_sigma_of(ab.back())) return static_cast<double>(ab.size() - 1);
  size_t lo = 0, hi = ab.size() - 1;  // log sigma rises with t
  while (hi - lo > 1) {
    const size_t mid = (lo + hi) / 2;
    (log_sigma_of(ab[mid]) <= target ? lo : hi) = mid;
  }
  const double a = log_sigma_of(ab[lo]), b = log_sigma_of(ab[hi]);
  return static_cast<double>(lo) + (target - a) / (b - a);
}

// Schedules continuous in sigma take sigma_min from the first table entry and sigma_max
// from the last, capped: the cosine table's last entry jumps from sigma 642 to 20,291, a
// step no solver resolves, so sigma_max is at most kSigmaMaxCap (the linear schedule's
// own sigma_max at T = 1000 is 157). Starting there, x_T holds under 1/160 of the signal.
constexpr double kSigmaMaxCap = 160.0;

double sigma_min_of(const diffusion::GaussianDiffusion& d) {
  return std::exp(log_sigma_of(d.base_tables().alphas_cumprod.front()));
}
double sigma_max_of(const diffusion::GaussianDiffusion& d) {
  return std::min(kSigmaMaxCap, std::exp(log_sigma_of(d.base_tables().alphas_cumprod.back())));
}

// Between table entries the network is fed the fractional timestep (kSnapToTable false)
// or the nearest table entry (true): see docs/samplers.md for which and why.
constexpr bool kSnapToTable = false;

std::vector<EvalPoint> points_at_sigmas(const diffusion::GaussianDiffusion& d, const std::vector<double>& sigmas) {
  std::vector<EvalPoint> points;
  for (double s : sigmas) {
    const double t = timestep_at_sigma(d, s);
    points.push_back(EvalPoint::at_timestep(kSnapToTable ? std::round(t) : t));
  }
  return points;
}

// Karras et al. 2022 (arXiv 2206.00364) eq. 5 with rho 7: uniform in sigma^(1/rho).
std::vector<EvalPoint> karras_points(const diffusion::GaussianDiffusion& d) {
  const int n = d.num_steps();
  const double rho = 7.0, lo = std::pow(sigma_min_of(d), 1.0 / rho), hi = std::pow(sigma_max_of(d), 1.0 / rho);
  std::vector<double> sigmas;
  for (int i = 0; i < n; ++i) {
    const double f = n == 1 ? 0.0 : static_cast<double>(i) / (n - 1);
    sigmas.push_back(std::pow(hi + f * (lo - hi), rho));
  }
  return points_at_sigmas(d, sigmas);
}

// Uniform in log sigma, i.e. in log-SNR (k-diffusion get_sigmas_exponential; the time
// variable of DPM-Solver, Lu et al. 2022 Sec. 3.3 "logSNR" spacing).
std::vector<EvalPoint> exponential_points(const diffusion::GaussianDiffusion& d) {
  const int n = d.num_steps();
  const double lo = std::log(sigma_min_of(d)), hi = std::log(sigma_max_of(d));
  std::vector<double> sigmas;
  for (int i = 0; i < n; ++i) {
    const double f = n == 1 ? 0.0 : static_cast<double>(i) / (n - 1);
    sigmas.push_back(std::exp(hi + f * (lo - hi)));
  }
  return points_at_sigmas(d, sigmas);
}

// "Trailing" spacing (Lin et al. 2024, arXiv 2305.08891, Table 2): t_i = round(T - i T/N) - 1,
// table entries that start at the last timestep and stop short of 0.
std::vector<EvalPoint> trailing_points(const diffusion::GaussianDiffusion& d) {
  const int n = d.num_steps(), big_t = d.original_num_steps();
  std::vector<EvalPoint> points;
  for (int i = 0; i < n; ++i)
    points.push_back(EvalPoint::at_timestep(std::round(big_t - i * static_cast<double>(big_t) / n) - 1.0));
  return points;
}

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
      {"karras", &karras_points},
      {"exponential", &exponential_points},
      {"trailing", &trailing_points},
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
