// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Times the sampling loop as users run it (core/sampling's Sampler: network, guidance,
// thresholding, diffusion update, noise) for presets with random weights or for
// checkpoints, and reports ms per step, throughput, achieved TFLOP/s and peak memory.
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>
#include <torch/types.h>

#include "core/bench/presets.h"
#include "core/model/model_loader.h"

namespace patchdiff::bench {

// The torso's precision: fp32, or use_fp16's half torso (fp16), or the same in bfloat16.
enum class Precision { Float32, Float16, BFloat16 };
Precision parse_precision(const std::string& text);  // fp32|fp16|bf16; throws ConfigError
const char* to_string(Precision precision);
torch::ScalarType torso_dtype(Precision precision);

// Where step noise comes from: seeded CPU streams as `patchdiff sample` draws them (the
// default; images drawn in parallel), or torch::randn on the device as the original.
enum class NoiseMode { Seeded, Device };
NoiseMode parse_noise_mode(const std::string& text);  // seeded|device
const char* to_string(NoiseMode mode);

struct BenchTarget {
  std::string name;  // preset name, or the checkpoints' file names
  std::vector<model::LoadedModel> models;  // in split order
  std::vector<double> snr_splits;
  double guidance_scale = 1.0;  // applies to class-conditional models only
  const Preset* preset = nullptr;
};

// A preset's networks with random weights, its splits and guidance.
BenchTarget preset_target(const Preset& preset, uint64_t seed = 0);

struct BenchSettings {
  std::vector<int64_t> batches{1};
  int steps = 50;   // timed steps, after `warmup` untimed ones, from the noisiest step on
  int warmup = 3;
  int repeats = 1;  // timed runs per variant (variants interleave, run by run)
  torch::Device device = torch::kCPU;
  Precision precision = Precision::Float32;
  bool cuda_graphs = false;  // replay the network as a CUDA graph per shape (CUDA only)
  bool channels_last = false;
  std::string respacing = "250";  // the schedule the loop walks (250 as the anchors)
  NoiseMode noise = NoiseMode::Seeded;  // a variant's "noise=..." overrides it
  int block = 0;  // steps per synchronised timing block; 0: 1 on the CPU, 5 on CUDA
  // Fast-path switch sets to compare in one process ("conv=0", "conv=1,attn=0", ...),
  // each may also name a noise source ("graphs=1,noise=device") or the memory format
  // ("channels_last=1"); empty: as they are.
  std::vector<std::string> variants;
  uint64_t seed = 0;
  // Times each operator of the timed steps too (core/bench/op_profile.h): the rows get the
  // share of each category (convolution, layout, norm+activation, attention, ...).
  bool profile = false;
};

struct BenchRow {
  std::string target;
  std::string variant;  // the fast-path switches in force
  std::string noise;    // seeded, parallel or device
  int64_t batch = 0;
  int passes = 1;       // network passes per image and step (2 with guidance)
  int models = 1;
  int64_t params = 0;   // per network
  double gflop_per_image = 0;
  std::vector<double> samples_ms;  // ms per step, one per timing block
  double ms_median = 0, ms_p10 = 0, ms_p90 = 0, ms_mean = 0;
  double images_per_s_250 = 0;  // batch / (250 steps at the median)
  double tflops = 0;            // achieved, from the FLOP count
  double noise_ms = 0;          // host time inside the noise source, per step
  double cpu_ms = 0;            // process CPU time (all threads) per step
  int64_t peak_bytes = -1;
  double anchor_ms = 0;         // the original's ms/step on an H200 at this batch, if any
  // With BenchSettings::profile: ms per step by category, "host" for the time outside any
  // operator (the loop's own C++), and the operators that cost most, ms per step.
  std::map<std::string, double> profile_ms;
  std::vector<std::pair<std::string, double>> top_operators_ms;
};

struct BenchReport {
  std::string device, device_name, libtorch, date, precision, noise, respacing;
  int threads = 0;
  bool cuda_graphs = false;
  bool channels_last = false;
  std::string peak_memory_kind;
  std::string tf32;  // LibTorch's TF32 switches for float32 on CUDA ("cudnn=1,cublas=0")
  int steps = 0, warmup = 0, block = 0, repeats = 0;
  std::vector<BenchRow> rows;
};

using BenchLog = std::function<void(const std::string&)>;

// Runs every target at every batch (and variant); `log` hears progress lines. Each target's
// networks are released once its rows are done (so that the next target's peak memory is
// its own): the targets keep their names and settings only.
BenchReport run_bench(std::vector<BenchTarget>& targets, const BenchSettings& settings,
                      const BenchLog& log = {});

nlohmann::json to_json(const BenchReport& report);
// A fixed-width table, one line per row, with the anchor's ms/step and the speed-up.
std::string format_table(const BenchReport& report);
// With a profile: per row, each category's share of the step and its ms per step.
std::string format_profile(const BenchReport& report);

// Median and p10 / p90 (nearest rank) of `values`.
struct Spread {
  double median = 0, p10 = 0, p90 = 0, mean = 0;
};
Spread spread_of(std::vector<double> values);

}  // namespace patchdiff::bench
