// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/diffusion/schedules.h"

#include <cmath>
#include <cstdlib>

#include "core/error.h"

namespace patchdiff::diffusion {

namespace {

constexpr double kPi = 3.14159265358979323846;  // math.pi

// Parses the X of `linearX` as Python's float() would accept it, or returns false.
bool parse_linear_end(const std::string& text, double* out) {
  if (text.empty()) return false;
  const char* begin = text.c_str();
  char* end = nullptr;
  const double value = std::strtod(begin, &end);
  if (end != begin + text.size() || !std::isfinite(value)) return false;
  *out = value;
  return true;
}

// guided-diffusion's betas_for_alpha_bar: beta_i = min(1 - abar((i+1)/T)/abar(i/T), max_beta).
std::vector<double> cosine_betas(int num_timesteps) {
  auto alpha_bar = [](double t) {
    // Python's `x ** 2` on a float calls pow(x, 2.0).
    return std::pow(std::cos((t + 0.008) / 1.008 * kPi / 2), 2.0);
  };
  std::vector<double> betas(num_timesteps);
  for (int i = 0; i < num_timesteps; ++i) {
    const double t1 = static_cast<double>(i) / num_timesteps;
    const double t2 = static_cast<double>(i + 1) / num_timesteps;
    betas[i] = std::min(1 - alpha_bar(t2) / alpha_bar(t1), 0.999);
  }
  return betas;
}

}  // namespace

std::vector<double> linspace(double start, double stop, int num) {
  std::vector<double> out(num > 0 ? num : 0);
  if (num <= 0) return out;
  const int div = num - 1;
  if (div == 0) {
    out[0] = start;
    return out;
  }
  const double step = (stop - start) / div;
  for (int i = 0; i < num; ++i) out[i] = static_cast<double>(i) * step + start;
  out[num - 1] = stop;
  return out;
}

std::vector<double> beta_schedule(const std::string& name, int num_timesteps) {
  if (num_timesteps < 1) {
    throw ConfigError("diffusion_steps must be at least 1, got " +
                      std::to_string(num_timesteps));
  }
  if (name == "cosine") return cosine_betas(num_timesteps);
  if (name.rfind("linear", 0) == 0) {
    double beta_max = 0.02;
    if (name != "linear" && !parse_linear_end(name.substr(6), &beta_max)) {
      throw ConfigError("noise_schedule '" + name +
                        "': the text after 'linear' must be a number (the final beta at "
                        "T = 1000, e.g. 'linear0.025')");
    }
    const double scale = 1000.0 / num_timesteps;
    return linspace(scale * 0.0001, scale * beta_max, num_timesteps);
  }
  throw ConfigError("unknown noise_schedule '" + name +
                    "': expected 'linear', 'linearX' with X the final beta at T = 1000 "
                    "(e.g. 'linear0.025') or 'cosine'");
}

}  // namespace patchdiff::diffusion
