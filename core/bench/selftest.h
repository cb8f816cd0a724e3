// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs the original's reference cases (../shared/reference: network outputs and whole
// sampling runs) on a chosen device, precision and set of fast paths, and reports the
// largest errors. The check for machines without Qt Test (the CUDA box): `patchdiff selftest`.
#include <functional>
#include <string>
#include <vector>

#include <torch/types.h>

#include "core/bench/bench.h"

namespace patchdiff::bench {

struct SelftestSettings {
  // Holds index.json; empty: no reference cases. Cases whose files are missing are
  // skipped (a partial copy fits where the whole folder cannot travel).
  std::string reference_dir;
  // The device against this build's own CPU float32 path (which the reference tests check):
  // checkpoints, and presets with random weights, run through the network and through short
  // sampling runs (10 DDIM steps, 5 DDPM steps with seeded noise; guidance 1.5 when
  // class-conditional) on both, from the same inputs.
  std::vector<std::string> compare_checkpoints;
  std::vector<std::string> compare_presets;
  torch::Device device = torch::kCPU;
  Precision precision = Precision::Float32;
  bool cuda_graphs = false;
  bool channels_last = false;
  // Largest allowed absolute errors; negative: the defaults for the precision (float32:
  // 1e-4 on network outputs as the CPU reference tests, 1e-3 on sampling runs; half
  // precisions get loose bounds that only catch broken paths).
  double model_tolerance = -1;
  double sampling_tolerance = -1;
};

struct SelftestCase {
  std::string kind;  // "model", "sampling" (references), "device" (against the CPU path)
  std::string name;
  double max_error = 0;
  double tolerance = 0;
  bool passed = false;
  bool skipped = false;  // reference files missing (counts as passed)
  std::string detail;  // shapes, steps
};

using SelftestLog = std::function<void(const SelftestCase&)>;

// Throws IoError when the reference folder or a file in it is missing.
std::vector<SelftestCase> run_selftest(const SelftestSettings& settings, const SelftestLog& log = {});

}  // namespace patchdiff::bench
