// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/diffusion/snr_splits.h"

#include <cmath>
#include <cstdlib>
#include <sstream>

#include "core/error.h"

namespace patchdiff::diffusion {

namespace {

constexpr double kTopBoundary = 1e9;

std::string number(double v) {
  std::ostringstream s;
  s << v;
  return s.str();
}

}  // namespace

std::vector<double> parse_snr_splits(const std::string& text) {
  std::vector<double> out;
  if (text.empty()) return out;
  size_t begin = 0;
  while (true) {
    const size_t comma = text.find(',', begin);
    const std::string item =
        text.substr(begin, comma == std::string::npos ? std::string::npos : comma - begin);
    const char* c = item.c_str();
    char* end = nullptr;
    const double value = std::strtod(c, &end);
    while (end && (*end == ' ' || *end == '\t')) ++end;
    if (item.find_first_not_of(" \t") == std::string::npos || *end != '\0' ||
        !std::isfinite(value)) {
      throw ConfigError("snr_splits '" + text + "': '" + item +
                        "' is not a number; expected SNR values from high to low separated "
                        "by commas, e.g. '0.25' or '1.0,0.25'");
    }
    out.push_back(value);
    if (comma == std::string::npos) break;
    begin = comma + 1;
  }
  return out;
}

std::vector<double> snr_boundaries(const std::vector<double>& splits) {
  std::vector<double> b{kTopBoundary};
  b.insert(b.end(), splits.begin(), splits.end());
  b.push_back(0.0);
  return b;
}

void validate_snr_splits(const std::vector<double>& splits, int num_models) {
  const int expected = static_cast<int>(splits.size()) + 1;
  if (num_models != expected) {
    throw ConfigError(std::to_string(splits.size()) + " SNR split(s) need " +
                      std::to_string(expected) + " models (one per band, high SNR first), got " +
                      std::to_string(num_models) +
                      "; give that many comma-separated model paths or change --snr_splits");
  }
  double previous = kTopBoundary;
  for (size_t i = 0; i < splits.size(); ++i) {
    if (!(splits[i] > 0.0)) {
      throw ConfigError("SNR split " + std::to_string(i + 1) + " is " + number(splits[i]) +
                        "; splits must be positive");
    }
    if (!(splits[i] < previous)) {
      throw ConfigError("SNR split " + std::to_string(i + 1) + " (" + number(splits[i]) +
                        ") must be below " + (i == 0 ? std::string("1e9") : "the previous split (" +
                        number(previous) + ")") + ": list the splits from high SNR to low");
    }
    previous = splits[i];
  }
}

int split_model_for_snr(double snr, const std::vector<double>& boundaries) {
  for (size_t j = 0; j + 1 < boundaries.size(); ++j) {
    if (boundaries[j] >= snr && snr > boundaries[j + 1]) return static_cast<int>(j);
  }
  throw ConfigError("no SNR split band holds SNR " + number(snr) + " (bands run from 1e9 to 0)");
}

std::vector<int> split_models_per_step(const std::vector<double>& snrs,
                                       const std::vector<double>& boundaries) {
  std::vector<int> out(snrs.size());
  for (size_t i = 0; i < snrs.size(); ++i) out[i] = split_model_for_snr(snrs[i], boundaries);
  return out;
}

std::vector<int> uniform_split_timesteps(const std::vector<double>& snrs,
                                         const std::vector<double>& boundaries, int k) {
  const int bands = static_cast<int>(boundaries.size()) - 1;
  if (k < 0 || k >= bands) {
    throw ConfigError("uniform_split_" + std::to_string(k) + ": there are " +
                      std::to_string(bands) + " SNR bands (uniform_split_0 to uniform_split_" +
                      std::to_string(bands - 1) + ")");
  }
  std::vector<int> out;
  for (size_t t = 0; t < snrs.size(); ++t) {
    if (boundaries[k] > snrs[t] && snrs[t] >= boundaries[k + 1]) out.push_back(static_cast<int>(t));
  }
  if (out.empty()) {
    throw ConfigError("uniform_split_" + std::to_string(k) + ": no timestep has an SNR in [" +
                      number(boundaries[k + 1]) + ", " + number(boundaries[k]) + ")");
  }
  return out;
}

int uniform_split_index(const std::string& sampler_name) {
  const std::string prefix = "uniform_split_";
  if (sampler_name.rfind(prefix, 0) != 0 || sampler_name.size() != prefix.size() + 1) return -1;
  const char c = sampler_name.back();
  if (c < '0' || c > '9') return -1;
  return c - '0';
}

}  // namespace patchdiff::diffusion
