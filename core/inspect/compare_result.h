// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a comparison run produces, as plain C++ (no torch in this header) so the studio's
// compare widgets can include it: per column the images, the table's numbers, and what a
// shared scrubber needs (per-step x0 previews and log SNR for alignment), and the columns'
// measured quality when scored.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace patchdiff::inspect {

// 8-bit RGB pixels, row by row.
struct RgbImage {
  int width = 0, height = 0;
  std::vector<uint8_t> pixels;  // width * height * 3

  RgbImage() = default;
  RgbImage(int w, int h, uint8_t fill = 0)
      : width(w), height(h), pixels(static_cast<size_t>(w) * static_cast<size_t>(h) * 3, fill) {}
  uint8_t* at(int x, int y) { return pixels.data() + (static_cast<size_t>(y) * width + x) * 3; }
  const uint8_t* at(int x, int y) const { return pixels.data() + (static_cast<size_t>(y) * width + x) * 3; }
};

// Measured quality of a column's scored images (core/score's numbers, as plain values):
// Fréchet distance, KID with its standard error, precision/recall, class accuracy.
struct ColumnScore {
  double fd = 0, kid = 0, kid_std = 0, precision = 0, recall = 0;
  std::optional<double> class_accuracy;  // when conditional and the feature network classifies
  int64_t num_images = 0;
};

struct CompareColumn {
  std::string label;       // what sets the column apart: "emoji64_p4" (file stem) or "guidance_scale=1.5"
  std::string checkpoint;  // path as given
  int patch_size = 0;
  std::string setting;     // the sampler settings it ran with, settings_label() of compare.h
  int64_t params = 0;
  double gflop_per_pass = 0.0;  // one network pass over one image (guidance makes two per step)
  int passes_per_step = 1;      // 2 when guiding: conditional and unconditional halves
  int num_steps = 0;
  double ms_per_step_median = 0.0;  // median wall time of a step (one batch), over all steps
  double total_s = 0.0;             // wall time of all the column's batches
  // Relative to the first column, per image run (median step time x steps; GFLOP per pass x
  // passes x steps): speed_up = first / this, gflop_ratio = this / first.
  double speed_up = 1.0;
  double gflop_ratio = 1.0;
  // RMS of final image minus the first column's, in [-1, 1] model space, over all images.
  double rms_to_first = 0.0;
  std::vector<double> rms_to_first_per_image;
  std::vector<double> step_ms;  // every step of every batch, in run order
  std::vector<double> log_snr;  // natural log of the SNR per loop index (0 = noisiest)
  std::vector<int> model_index; // split checkpoint per loop index
  std::vector<RgbImage> images;           // final images
  std::vector<int> x0_steps;              // loop indices whose x0 predictions are kept
  std::vector<std::vector<RgbImage>> x0;  // [kept step][image], uint8 x0 predictions
  std::optional<ColumnScore> score;       // when the comparison was scored

  // Network work to finish one image: GFLOP per pass x passes per step x steps.
  double gflop_per_image() const { return gflop_per_pass * passes_per_step * num_steps; }
};

struct CompareResult {
  std::string varied;  // "checkpoint", or the sampling setting's name
  uint64_t seed = 0;
  int image_size = 0;
  std::vector<int64_t> labels;  // per image, shared by every column (empty: unconditional)
  std::vector<CompareColumn> columns;
  std::vector<std::string> warnings;  // from loading the checkpoints
  // Scored comparisons: the same numbers for as many held-out real images (the floor no
  // column is expected to beat), and the feature network that measured them.
  std::optional<ColumnScore> score_floor;
  std::string feature_net;

  bool scored() const;  // some column has a score
};

// compare.json: a JSON array with one object per column, keys in this order: checkpoint,
// patch_size, setting, params, gflop_per_pass, ms_per_step_median, total_s, rms_to_first;
// a scored column adds score {fd, kid, kid_std, precision, recall, class_accuracy,
// num_images, gflop_per_image, floor {the same keys for held-out real images},
// feature_net}.
std::string to_json(const CompareResult& result);

// Scrubber alignment from a step of one column to the step of another (both loop indices,
// 0 = noisiest). By step: the same index, clamped to the other's range.
int align_by_step(int index, int other_num_steps);
// By SNR: the index in `other_log_snr` whose log SNR is nearest to `log_snr[index]` (the
// earlier step on a tie); for columns with different step counts.
int align_by_snr(const std::vector<double>& log_snr, int index, const std::vector<double>& other_log_snr);

}  // namespace patchdiff::inspect
