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
      throw ConfigError(Message(PATCHDIFF_TR_NOOP("core",
                                                  "snr_splits '%1': '%2' is not a number; expected SNR values from "
                                                  "high to low separated by commas, e.g. '0.25' or '1.0,0.25'"),
                                {text, item}));
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
    throw ConfigError(Message(PATCHDIFF_TR_NOOP("core",
                                                "%1 SNR split(s) need %2 models (one per band, high SNR first), got "
                                                "%3; give that many comma-separated model paths or change "
                                                "--snr_splits"),
                              {std::to_string(splits.size()), std::to_string(expected), std::to_string(num_models)}));
  }
  double previous = kTopBoundary;
  for (size_t i = 0; i < splits.size(); ++i) {
    if (!(splits[i] > 0.0)) {
      throw ConfigError(Message(PATCHDIFF_TR_NOOP("core", "SNR split %1 is %2; splits must be positive"),
                                {std::to_string(i + 1), number(splits[i])}));
    }
    if (!(splits[i] < previous)) {
      if (i == 0) {
        throw ConfigError(Message(
            PATCHDIFF_TR_NOOP("core", "SNR split %1 (%2) must be below 1e9: list the splits from high SNR to low"),
            {std::to_string(i + 1), number(splits[i])}));
      }
      throw ConfigError(Message(PATCHDIFF_TR_NOOP("core",
                                                  "SNR split %1 (%2) must be below the previous split (%3): list the "
                                                  "splits from high SNR to low"),
                                {std::to_string(i + 1), number(splits[i]), number(previous)}));
    }
    previous = splits[i];
  }
}

int split_model_for_snr(double snr, const std::vector<double>& boundaries) {
  for (size_t j = 0; j + 1 < boundaries.size(); ++j) {
    if (boundaries[j] >= snr && snr > boundaries[j + 1]) return static_cast<int>(j);
  }
  throw ConfigError(
      Message(PATCHDIFF_TR_NOOP("core", "no SNR split band holds SNR %1 (bands run from 1e9 to 0)"), {number(snr)}));
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
    throw ConfigError(Message(
        PATCHDIFF_TR_NOOP("core", "uniform_split_%1: there are %2 SNR bands (uniform_split_0 to uniform_split_%3)"),
        {std::to_string(k), std::to_string(bands), std::to_string(bands - 1)}));
  }
  std::vector<int> out;
  for (size_t t = 0; t < snrs.size(); ++t) {
    if (boundaries[k] > snrs[t] && snrs[t] >= boundaries[k + 1]) out.push_back(static_cast<int>(t));
  }
  if (out.empty()) {
    throw ConfigError(Message(PATCHDIFF_TR_NOOP("core", "uniform_split_%1: no timestep has an SNR in [%2, %3)"),
                              {std::to_string(k), number(boundaries[k + 1]), number(boundaries[k])}));
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
