// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the original's logger records while training: means over a log interval of each loss
// term, overall and per quartile of t (key_q0 .. key_q3 with quartile = int(4 t / T)), plus
// step, samples and norms; written as rows of progress.csv in the log folder.
#include <torch/types.h>

#include <fstream>
#include <map>
#include <string>
#include <vector>

namespace patchdiff::training {

// The original logger's quartile of step index t in a diffusion of num_steps: int(4 t / T).
inline int t_quartile(int64_t t, int64_t num_steps) { return static_cast<int>(4 * t / num_steps); }

class IntervalMeans {
 public:
  explicit IntervalMeans(int num_timesteps) : m_steps(num_timesteps) {}
  // Per-image values [B] (already multiplied by the importance weights, as the original
  // logs them) at step indices t [B]: adds to `key` and `key_qN`.
  void add_terms(const std::string& key, const torch::Tensor& values, const torch::Tensor& t);
  void add(const std::string& key, double value);
  // Means since the last reset; keys never added are absent.
  std::map<std::string, double> means() const;
  void reset() { m_sums.clear(); }

 private:
  int m_steps;
  std::map<std::string, std::pair<double, int64_t>> m_sums;
};

// progress.csv with a fixed header (the columns below); values absent from a row are left
// empty, as the original's CSV output does for keys it has not seen.
class ProgressCsv {
 public:
  // Appends to an existing file with the same header (a resumed run), else starts it; a file
  // with other columns (another version's) is first renamed to progress.1.csv (the first free
  // number), never overwritten.
  explicit ProgressCsv(const std::string& path);
  void write(const std::map<std::string, double>& row);
  static const std::vector<std::string>& columns();
  const std::string& path() const { return m_path; }

 private:
  std::string m_path;
  std::ofstream m_out;
};

}  // namespace patchdiff::training
