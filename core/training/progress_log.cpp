// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/training/progress_log.h"

#include <torch/torch.h>

#include <cmath>
#include <cstdio>
#include <filesystem>

#include "core/error.h"

namespace patchdiff::training {

void IntervalMeans::add_terms(const std::string& key, const torch::Tensor& values,
                              const torch::Tensor& t) {
  const auto v = values.detach().to(torch::kCPU, torch::kFloat64).contiguous();
  const auto ts = t.to(torch::kCPU, torch::kLong).contiguous();
  for (int64_t i = 0; i < v.numel(); ++i) {
    const double value = v.data_ptr<double>()[i];
    const int quartile = t_quartile(ts.data_ptr<int64_t>()[i], m_steps);
    add(key, value);
    add(key + "_q" + std::to_string(quartile), value);
  }
}

void IntervalMeans::add(const std::string& key, double value) {
  auto& entry = m_sums[key];
  entry.first += value;
  entry.second += 1;
}

std::map<std::string, double> IntervalMeans::means() const {
  std::map<std::string, double> out;
  for (const auto& [key, sum] : m_sums)
    if (sum.second > 0) out[key] = sum.first / static_cast<double>(sum.second);
  return out;
}

const std::vector<std::string>& ProgressCsv::columns() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> c{"step", "samples"};
    for (const char* key : {"loss", "mse", "vb"}) {
      c.push_back(key);
      for (int q = 0; q < 4; ++q) c.push_back(std::string(key) + "_q" + std::to_string(q));
    }
    for (const char* key : {"grad_norm", "param_norm", "lg_loss_scale", "lr", "sec_per_step",
                            "images_per_sec", "skipped_steps"})
      c.push_back(key);
    return c;
  }();
  return names;
}

namespace {
std::string header_line() {
  std::string line;
  for (const auto& c : ProgressCsv::columns()) line += (line.empty() ? "" : ",") + c;
  return line;
}
}  // namespace

ProgressCsv::ProgressCsv(const std::string& path) : m_path(path) {
  bool append = false, other_columns = false;
  {
    std::ifstream existing(path);
    std::string first;
    if (existing && std::getline(existing, first)) {
      append = first == header_line();
      other_columns = !append;
    }
  }
  // A log with other columns (written by another version of the program, resumed now) is kept
  // beside the new one under the first free name, progress.1.csv, progress.2.csv, ...
  if (other_columns) {
    const std::filesystem::path original(path);
    for (int n = 1;; ++n) {
      auto kept = original;
      kept.replace_extension("." + std::to_string(n) + original.extension().string());
      std::error_code error;
      if (std::filesystem::exists(kept, error)) continue;
      std::filesystem::rename(original, kept, error);
      if (error)
        throw IoError("cannot keep the earlier training log '" + path + "' as '" + kept.string() +
                      "': " + error.message());
      break;
    }
  }
  m_out.open(path, append ? std::ios::app : std::ios::trunc);
  if (!m_out) throw IoError("cannot write the training log '" + path + "'");
  if (!append) m_out << header_line() << "\n" << std::flush;
}

void ProgressCsv::write(const std::map<std::string, double>& row) {
  std::string line;
  bool first = true;
  for (const auto& c : columns()) {
    if (!first) line += ",";
    first = false;
    auto it = row.find(c);
    if (it == row.end() || !std::isfinite(it->second)) {
      if (it != row.end()) line += std::isnan(it->second) ? "nan" : (it->second > 0 ? "inf" : "-inf");
      continue;
    }
    char buf[40];
    if (c == "step" || c == "samples" || c == "skipped_steps")
      std::snprintf(buf, sizeof(buf), "%lld", static_cast<long long>(std::llround(it->second)));
    else
      std::snprintf(buf, sizeof(buf), "%.8g", it->second);
    line += buf;
  }
  m_out << line << "\n" << std::flush;
  if (!m_out) throw IoError("cannot write the training log '" + m_path + "' (disk full?)");
}

}  // namespace patchdiff::training
