// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/diffusion/respacing.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <set>

#include "core/error.h"

namespace patchdiff::diffusion {

namespace {

// A positive decimal integer (surrounding spaces allowed, as Python's int() does).
bool parse_count(std::string text, int* out) {
  const auto first = text.find_first_not_of(" \t");
  const auto last = text.find_last_not_of(" \t");
  if (first == std::string::npos) return false;
  text = text.substr(first, last - first + 1);
  size_t i = (text[0] == '+' || text[0] == '-') ? 1 : 0;
  if (i == text.size()) return false;
  for (size_t k = i; k < text.size(); ++k) {
    if (text[k] < '0' || text[k] > '9') return false;
  }
  errno = 0;
  const long long value = std::strtoll(text.c_str(), nullptr, 10);
  if (errno == ERANGE || value > 1000000000LL || value < -1000000000LL) return false;
  *out = static_cast<int>(value);
  return true;
}

// ddimN: the smallest stride s in 1..T-1 with len(range(0, T, s)) == N.
std::vector<int> ddim_steps(int num_timesteps, const std::string& spec) {
  int desired = 0;
  if (!parse_count(spec.substr(4), &desired)) {
    throw ConfigError(Message(PATCHDIFF_TR_NOOP("core",
                                                "timestep_respacing '%1': expected 'ddimN' with N a whole number of "
                                                "steps, e.g. 'ddim50'"),
                              {spec}));
  }
  for (int stride = 1; stride < num_timesteps; ++stride) {
    const int count = (num_timesteps + stride - 1) / stride;
    if (count == desired) {
      std::vector<int> steps;
      for (int t = 0; t < num_timesteps; t += stride) steps.push_back(t);
      return steps;
    }
  }
  // The counts an integer stride can give, to say what would work instead.
  std::set<int> possible;
  for (int stride = 1; stride < num_timesteps; ++stride) {
    possible.insert((num_timesteps + stride - 1) / stride);
  }
  std::string near;
  const auto above = possible.lower_bound(desired);
  if (above != possible.end()) near += " " + std::to_string(*above);
  if (above != possible.begin()) near = " " + std::to_string(*std::prev(above)) + near;
  // %4 is the list of counts, each with a space before it.
  throw ConfigError(Message(PATCHDIFF_TR_NOOP("core",
                                              "timestep_respacing '%1': no integer stride gives exactly %2 of the %3 "
                                              "steps (the nearest possible counts are%4; or use a plain count such as "
                                              "'%2')"),
                            {spec, std::to_string(desired), std::to_string(num_timesteps), near}));
}

}  // namespace

std::vector<int> space_timesteps(int num_timesteps, const std::string& spec) {
  if (num_timesteps < 1) {
    throw ConfigError(Message(PATCHDIFF_TR_NOOP("core", "diffusion_steps must be at least 1, got %1"),
                              {std::to_string(num_timesteps)}));
  }
  if (spec.rfind("ddim", 0) == 0) return ddim_steps(num_timesteps, spec);

  std::vector<int> counts;
  if (spec.empty()) {
    counts.push_back(num_timesteps);
  } else {
    size_t begin = 0;
    while (true) {
      const size_t comma = spec.find(',', begin);
      const std::string item = spec.substr(begin, comma == std::string::npos ? std::string::npos
                                                                             : comma - begin);
      int count = 0;
      if (!parse_count(item, &count)) {
        throw ConfigError(Message(PATCHDIFF_TR_NOOP("core",
                                                    "timestep_respacing '%1': '%2' is not a whole number; expected "
                                                    "'' (all %3 steps), a comma list of step counts per section such "
                                                    "as '10,20,30', or 'ddimN'"),
                                  {spec, item, std::to_string(num_timesteps)}));
      }
      if (count < 1) {
        throw ConfigError(
            Message(PATCHDIFF_TR_NOOP("core", "timestep_respacing '%1': step counts must be at least 1, got %2"),
                    {spec, std::to_string(count)}));
      }
      counts.push_back(count);
      if (comma == std::string::npos) break;
      begin = comma + 1;
    }
  }
  const int sections = static_cast<int>(counts.size());
  if (sections > num_timesteps) {
    throw ConfigError(
        Message(PATCHDIFF_TR_NOOP("core", "timestep_respacing '%1': %2 sections cannot divide %3 steps"),
                {spec, std::to_string(sections), std::to_string(num_timesteps)}));
  }
  const int size_per = num_timesteps / sections;
  const int extra = num_timesteps % sections;
  int start = 0;
  std::vector<int> steps;
  for (int i = 0; i < sections; ++i) {
    const int size = size_per + (i < extra ? 1 : 0);
    const int count = counts[i];
    if (count > size) {
      throw ConfigError(Message(
          PATCHDIFF_TR_NOOP("core",
                            "timestep_respacing '%1': section %2 of %3 has %4 steps and cannot give %5 (at most %4)"),
          {spec, std::to_string(i + 1), std::to_string(sections), std::to_string(size), std::to_string(count)}));
    }
    const double stride = count <= 1 ? 1.0 : static_cast<double>(size - 1) / (count - 1);
    // The original accumulates the stride (cur_idx += frac_stride) and applies Python's
    // round(), half to even; nearbyint under the default rounding mode does the same.
    double position = 0.0;
    for (int k = 0; k < count; ++k) {
      steps.push_back(start + static_cast<int>(std::nearbyint(position)));
      position += stride;
    }
    start += size;
  }
  std::sort(steps.begin(), steps.end());
  steps.erase(std::unique(steps.begin(), steps.end()), steps.end());
  return steps;
}

}  // namespace patchdiff::diffusion
