// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The numbers behind the trajectory plots, one row per sampling step: log SNR, how much the
// x0 prediction moved, how blurry it is, the guidance gap, dynamic thresholding's s and the
// step time. Plain C++ (no torch in this header) so plot widgets can include it; the tensor
// work happens in add(), inside the .cpp.
#include <memory>
#include <string>
#include <vector>

namespace patchdiff::sampling {
struct StepRecord;
}

namespace patchdiff::inspect {

// One sampling step. Per-image vectors have one entry per image of the batch; a value that
// does not exist for this step (no previous step, no guidance, thresholding off) is NaN and
// its per-image vector is empty.
struct StepMetrics {
  int index = 0;        // loop position: 0 = first (noisiest) step
  int num_steps = 0;
  int step = 0;         // respaced step index
  int timestep = 0;     // original timestep the network saw
  int model_index = 0;  // split checkpoint that ran (SNR-split regions)
  double snr = 0.0;
  double log_snr = 0.0;  // natural log
  // RMS over C, H, W of pred_xstart minus the previous step's, in [-1, 1] model space.
  std::vector<double> x0_change;
  double x0_change_mean = 0.0;
  // high_frequency_fraction of pred_xstart (see image_metrics.h).
  std::vector<double> blurriness;
  double blurriness_mean = 0.0;
  std::vector<double> guidance_gap;  // RMS(eps_cond - eps_uncond)
  double guidance_gap_mean = 0.0;
  std::vector<double> threshold_scale;  // dynamic thresholding's s
  double threshold_scale_mean = 0.0;
  double seconds = 0.0;               // wall time of the step
  double seconds_running_mean = 0.0;  // mean over this and the earlier rows
};

class TrajectoryMetrics {
 public:
  TrajectoryMetrics();
  ~TrajectoryMetrics();
  TrajectoryMetrics(const TrajectoryMetrics& other);
  TrajectoryMetrics& operator=(const TrajectoryMetrics& other);
  TrajectoryMetrics(TrajectoryMetrics&&) noexcept;
  TrajectoryMetrics& operator=(TrajectoryMetrics&&) noexcept;

  // Appends the row of one step (call it from a StepObserver). x0_change needs the previous
  // step: it is NaN for a record that does not follow the last one added (index + 1, same
  // batch size), e.g. the first step or a branch that starts mid-way.
  void add(const sampling::StepRecord& record);
  void clear();

  const std::vector<StepMetrics>& rows() const { return m_rows; }
  bool empty() const { return m_rows.empty(); }
  int batch() const;  // images per row (0 when empty)

  // One line per row after a header line. Stable columns: step (in run order, from 1 =
  // noisiest), respaced_index (the original's, counting down), timestep,
  // model_index, snr, log_snr, x0_change_mean, blurriness_mean, guidance_gap_mean,
  // threshold_scale_mean, seconds, seconds_running_mean, then with `per_image`
  // x0_change_<i>, blurriness_<i>, guidance_gap_<i>, threshold_scale_<i> for each image i.
  // NaN is written as an empty field; numbers use '.' whatever the locale.
  std::string to_csv(bool per_image = true) const;

 private:
  struct State;
  std::vector<StepMetrics> m_rows;
  std::unique_ptr<State> m_state;  // the previous x0 prediction (a tensor)
  double m_seconds_sum = 0.0;
};

// The CSV of TrajectoryMetrics::to_csv for any rows (e.g. the studio's recorded runs).
std::string metrics_to_csv(const std::vector<StepMetrics>& rows, bool per_image = true);
// Images per row of `rows` (0 when empty).
int metrics_batch(const std::vector<StepMetrics>& rows);

// Mean of the finite values (NaN when there are none).
double finite_mean(const std::vector<double>& values);

}  // namespace patchdiff::inspect
