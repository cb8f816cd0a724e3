// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/bench/bench.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <optional>
#include <sstream>

#include <ATen/Context.h>
#include <ATen/Parallel.h>

#include <torch/torch.h>

#include "core/bench/device_info.h"
#include "core/bench/op_profile.h"
#include "core/diffusion/snr_splits.h"
#include "core/error.h"
#include "core/model/fast_paths.h"
#include "core/model/flops.h"
#include "core/sampling/noise.h"
#include "core/sampling/sampler.h"

namespace patchdiff::bench {

using Clock = std::chrono::steady_clock;

Precision parse_precision(const std::string& text) {
  if (text == "fp32" || text == "float32") return Precision::Float32;
  if (text == "fp16" || text == "float16" || text == "half") return Precision::Float16;
  if (text == "bf16" || text == "bfloat16") return Precision::BFloat16;
  throw ConfigError("--precision takes fp32, fp16 or bf16, got '" + text + "'");
}

const char* to_string(Precision precision) {
  switch (precision) {
    case Precision::Float16: return "fp16";
    case Precision::BFloat16: return "bf16";
    case Precision::Float32: break;
  }
  return "fp32";
}

torch::ScalarType torso_dtype(Precision precision) {
  switch (precision) {
    case Precision::Float16: return torch::kHalf;
    case Precision::BFloat16: return torch::kBFloat16;
    case Precision::Float32: break;
  }
  return torch::kFloat32;
}

NoiseMode parse_noise_mode(const std::string& text) {
  if (text == "seeded") return NoiseMode::Seeded;
  if (text == "device") return NoiseMode::Device;
  throw ConfigError("noise takes seeded or device, got '" + text + "'");
}

const char* to_string(NoiseMode mode) {
  switch (mode) {
    case NoiseMode::Device: return "device";
    case NoiseMode::Seeded: break;
  }
  return "seeded";
}

BenchTarget preset_target(const Preset& preset, uint64_t seed) {
  BenchTarget target;
  target.name = preset.name;
  target.models = build_preset_models(preset, seed);
  target.snr_splits = diffusion::parse_snr_splits(preset.snr_splits);
  target.guidance_scale = preset.guidance_scale;
  target.preset = &preset;
  return target;
}

Spread spread_of(std::vector<double> values) {
  Spread s;
  if (values.empty()) return s;
  std::sort(values.begin(), values.end());
  auto rank = [&](double q) {
    const auto i = static_cast<size_t>(std::lround(q * double(values.size() - 1)));
    return values[std::min(i, values.size() - 1)];
  };
  const size_t n = values.size();
  s.median = n % 2 ? values[n / 2] : 0.5 * (values[n / 2 - 1] + values[n / 2]);
  s.p10 = rank(0.1);
  s.p90 = rank(0.9);
  double sum = 0;
  for (double v : values) sum += v;
  s.mean = sum / double(n);
  return s;
}

namespace {

// Counts the host time spent drawing step noise (the seeded streams are CPU work).
class TimedNoise : public sampling::NoiseSource {
 public:
  explicit TimedNoise(sampling::NoiseSource& inner) : m_inner(inner) {}
  torch::Tensor initial(int64_t batch, int64_t height, int64_t width) override {
    return m_inner.initial(batch, height, width);
  }
  torch::Tensor step(int k, int64_t batch, int64_t height, int64_t width) override {
    const auto started = Clock::now();
    auto noise = m_inner.step(k, batch, height, width);
    m_seconds += std::chrono::duration<double>(Clock::now() - started).count();
    return noise;
  }
  double seconds() const { return m_seconds; }

 private:
  sampling::NoiseSource& m_inner;
  double m_seconds = 0;
};

// Noise drawn on the device by its default generator, as the original's th.randn_like.
class DeviceNoise : public sampling::NoiseSource {
 public:
  explicit DeviceNoise(const torch::Device& device) : m_device(device) {}
  torch::Tensor initial(int64_t batch, int64_t height, int64_t width) override {
    return torch::randn({batch, 3, height, width});
  }
  torch::Tensor step(int, int64_t batch, int64_t height, int64_t width) override {
    return torch::randn({batch, 3, height, width}, torch::TensorOptions().device(m_device));
  }

 private:
  torch::Device m_device;
};

// Process CPU time (all threads) in seconds: steadier than wall time on a shared machine.
double process_cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return double(ts.tv_sec) + 1e-9 * double(ts.tv_nsec);
}

struct RunTiming {
  std::vector<double> block_ms;  // ms per step, per block
  double noise_seconds = 0;
  double cpu_seconds = 0;  // process CPU time over the timed steps
  int64_t peak_bytes = -1;
  std::map<std::string, double> profile_ms;  // summed over the timed steps
  std::map<std::string, double> operators_ms;
};

RunTiming time_one_run(sampling::Sampler& sampler, const BenchTarget& target, int64_t batch,
                       const BenchSettings& s, NoiseMode noise_mode, int block) {
  const torch::Device device = s.device;
  sampling::SeededNoise seeded(s.seed, 0);
  DeviceNoise on_device(device);
  sampling::NoiseSource* inner = &seeded;
  if (noise_mode == NoiseMode::Device) inner = &on_device;
  TimedNoise noise(*inner);

  sampling::RunRequest request;
  request.batch = batch;
  request.noise = &noise;
  if (sampler.class_conditional()) {
    auto generator = at::make_generator<at::CPUGeneratorImpl>(s.seed + 17);
    request.labels = torch::randint(sampler.num_classes(), {batch}, generator, torch::kLong);
  }
  sampling::SamplerSettings settings;
  settings.guidance_scale = target.guidance_scale;

  RunTiming timing;
  const int total = s.warmup + s.steps;
  std::atomic_bool cancel{false};
  Clock::time_point block_start;
  int block_first = 0;  // steps done when the current block started
  double noise_at_start = 0, cpu_at_start = 0;
  std::optional<OpProfile> profile;  // the timed steps only: the warm-up's first calls differ
  auto start_timing = [&](int done) {
    synchronize(device);
    if (s.profile) profile.emplace();
    block_start = Clock::now();
    block_first = done;
    noise_at_start = noise.seconds();
    cpu_at_start = process_cpu_seconds();
  };
  reset_peak_memory(device);
  if (s.warmup == 0) start_timing(0);
  sampler.run(request, settings, [&](const sampling::StepRecord& record) {
    const int done = record.index + 1;  // the run starts at loop index 0
    if (done == s.warmup) {
      start_timing(done);
    } else if (done > s.warmup && ((done - s.warmup) % block == 0 || done == total)) {
      synchronize(device);  // only at block ends: the queue stays full within a block
      const auto now = Clock::now();
      const double ms = std::chrono::duration<double, std::milli>(now - block_start).count();
      timing.block_ms.push_back(ms / double(done - block_first));
      block_start = now;
      block_first = done;
    }
    if (done >= total) cancel = true;
  }, &cancel);
  synchronize(device);
  if (profile) {
    double wall_ms = 0;
    for (double ms : timing.block_ms) wall_ms += ms * block;
    timing.profile_ms = profile->categories();
    timing.profile_ms["host"] = std::max(0.0, wall_ms - profile->observed_ms());
    for (const auto& op : profile->operators()) timing.operators_ms[op.name] += op.self_ms;
    profile.reset();
  }
  timing.cpu_seconds = process_cpu_seconds() - cpu_at_start;
  timing.noise_seconds = noise.seconds() - noise_at_start;
  timing.peak_bytes = peak_memory_bytes(device);
  return timing;
}

void prepare_networks(const sampling::Sampler& sampler, const BenchSettings& s) {
  for (const auto& m : sampler.models()) {
    auto net = m.net.ptr();
    if (net->torso_dtype() != torso_dtype(s.precision)) net->convert_torso(torso_dtype(s.precision));
    net->set_channels_last(s.channels_last);
    net->set_cuda_graphs(s.cuda_graphs);
    net->clear_cuda_graphs();
  }
}

}  // namespace

BenchReport run_bench(std::vector<BenchTarget>& targets, const BenchSettings& s, const BenchLog& log) {
  if (s.steps <= 0 || s.warmup < 0 || s.repeats <= 0)
    throw ConfigError("--steps and --repeats must be positive and --warmup not negative");
  if (s.batches.empty()) throw ConfigError("--batch needs at least one batch size");
  if (s.device.is_cuda() && !torch::cuda::is_available())
    throw ConfigError("--device cuda: this LibTorch build has no usable CUDA device");
  if (s.cuda_graphs && s.device.is_cuda() && !model::has_cuda_graphs())
    throw ConfigError("--cuda_graphs: this build of LibTorch has no CUDA graph support");
  if (!s.device.is_cuda() && s.precision == Precision::Float16)
    throw ConfigError("--precision fp16 runs on CUDA only (LibTorch has no fast half convolutions "
                      "on the CPU; the original applies use_fp16 on CUDA only too)");
  const int block = s.block > 0 ? s.block : (s.device.is_cuda() ? 5 : 1);
  const std::vector<std::string> variants = s.variants.empty() ? std::vector<std::string>{""} : s.variants;

  BenchReport report;
  report.device = s.device.str();
  report.device_name = device_name(s.device);
  report.libtorch = libtorch_version();
  report.date = now_text();
  report.precision = to_string(s.precision);
  report.noise = to_string(s.noise);
  report.respacing = s.respacing;
  report.threads = cpu_threads();
  report.cuda_graphs = s.cuda_graphs;
  report.channels_last = s.channels_last;
  report.peak_memory_kind = peak_memory_kind(s.device);
  report.tf32 = std::string("cudnn=") + (at::globalContext().allowTF32CuDNN() ? "1" : "0") +
                ",cublas=" + (at::globalContext().allowTF32CuBLAS() ? "1" : "0");
  report.steps = s.steps;
  report.warmup = s.warmup;
  report.block = block;
  report.repeats = s.repeats;

  const model::FastPaths saved = model::fast_paths();
  // A variant: fast-path switches, and optionally noise=seeded|device and
  // channels_last=0|1 (which re-lays the weights, and so recaptures graphs in the warm-up).
  struct Variant {
    NoiseMode noise;
    bool channels_last;
  };
  auto apply_variant = [&](const std::string& variant, Variant* v) {
    model::fast_paths() = saved;
    v->noise = s.noise;
    v->channels_last = s.channels_last;
    std::string switches;
    std::stringstream items(variant);
    std::string item;
    while (std::getline(items, item, ',')) {
      if (item.rfind("noise=", 0) == 0) v->noise = parse_noise_mode(item.substr(6));
      else if (item == "channels_last=1") v->channels_last = true;
      else if (item == "channels_last=0") v->channels_last = false;
      else if (!item.empty()) switches += (switches.empty() ? "" : ",") + item;
    }
    model::apply_fast_paths(switches);
    return model::describe_fast_paths() + (v->channels_last ? ",channels_last" : "");
  };

  for (auto& target : targets) {
    if (target.models.empty()) throw ConfigError("benchmark target '" + target.name + "' has no network");
    sampling::Sampler sampler(target.models, s.respacing, target.snr_splits, s.device);
    if (s.warmup + s.steps > sampler.num_steps())
      throw ConfigError("--warmup " + std::to_string(s.warmup) + " plus --steps " +
                        std::to_string(s.steps) + " exceed the " + std::to_string(sampler.num_steps()) +
                        "-step schedule");
    prepare_networks(sampler, s);
    sampling::SamplerSettings probe;
    probe.guidance_scale = target.guidance_scale;
    const bool guiding = sampler.guidance_active(probe);
    const auto& config = target.models.front().config.model;

    for (int64_t batch : s.batches) {
      if (batch <= 0) throw ConfigError("batch sizes must be positive");
      std::vector<BenchRow> rows(variants.size());
      std::vector<double> noise_seconds(variants.size(), 0.0), cpu_seconds(variants.size(), 0.0);
      std::vector<std::map<std::string, double>> operators_ms(variants.size());
      for (size_t v = 0; v < variants.size(); ++v) {
        BenchRow& row = rows[v];
        row.target = target.name;
        Variant variant{};
        row.variant = apply_variant(variants[v], &variant);
        row.noise = to_string(variant.noise);
        row.batch = batch;
        row.passes = guiding ? 2 : 1;
        row.models = static_cast<int>(target.models.size());
        row.params = target.models.front().parameter_count;
        row.gflop_per_image = model::gflop_per_image(config);
        row.anchor_ms = target.preset ? target.preset->anchor_ms(batch) : 0.0;
      }
      for (int rep = 0; rep < s.repeats; ++rep) {
        for (size_t v = 0; v < variants.size(); ++v) {
          Variant variant{};
          apply_variant(variants[v], &variant);
          for (const auto& m : sampler.models()) m.net.ptr()->set_channels_last(variant.channels_last);
          if (log)
            log(target.name + " batch " + std::to_string(batch) + " [" + rows[v].variant + "] run " +
                std::to_string(rep + 1) + "/" + std::to_string(s.repeats));
          const auto timing = time_one_run(sampler, target, batch, s, variant.noise, block);
          auto& row = rows[v];
          row.samples_ms.insert(row.samples_ms.end(), timing.block_ms.begin(), timing.block_ms.end());
          noise_seconds[v] += timing.noise_seconds;
          cpu_seconds[v] += timing.cpu_seconds;
          row.peak_bytes = std::max(row.peak_bytes, timing.peak_bytes);
          for (const auto& [category, ms] : timing.profile_ms) row.profile_ms[category] += ms;
          for (const auto& [name, ms] : timing.operators_ms) operators_ms[v][name] += ms;
        }
      }
      for (size_t v = 0; v < variants.size(); ++v) {
        BenchRow& row = rows[v];
        const Spread spread = spread_of(row.samples_ms);
        row.ms_median = spread.median;
        row.ms_p10 = spread.p10;
        row.ms_p90 = spread.p90;
        row.ms_mean = spread.mean;
        row.images_per_s_250 = row.ms_median > 0 ? double(batch) / (250.0 * row.ms_median / 1000.0) : 0;
        // GFLOP per ms is TFLOP/s.
        row.tflops = row.ms_median > 0 ? row.gflop_per_image * double(batch * row.passes) / row.ms_median : 0;
        row.noise_ms = 1000.0 * noise_seconds[v] / double(s.steps * s.repeats);
        row.cpu_ms = 1000.0 * cpu_seconds[v] / double(s.steps * s.repeats);
        const double timed_steps = double(s.steps * s.repeats);
        for (auto& [category, ms] : row.profile_ms) ms /= timed_steps;
        for (const auto& [name, ms] : operators_ms[v]) row.top_operators_ms.emplace_back(name, ms / timed_steps);
        std::sort(row.top_operators_ms.begin(), row.top_operators_ms.end(),
                  [](const auto& a, const auto& b) { return a.second > b.second; });
        if (row.top_operators_ms.size() > 15) row.top_operators_ms.resize(15);
        report.rows.push_back(row);
      }
    }
    // Release the graphs (with their memory pools) and the networks before the next
    // target, so that its peak memory is its own.
    for (const auto& m : sampler.models()) m.net.ptr()->clear_cuda_graphs();
    target.models.clear();
  }
  model::fast_paths() = saved;
  return report;
}

nlohmann::json to_json(const BenchReport& r) {
  nlohmann::json j;
  j["device"] = r.device;
  j["device_name"] = r.device_name;
  j["libtorch"] = r.libtorch;
  j["date"] = r.date;
  j["precision"] = r.precision;
  j["noise"] = r.noise;
  j["timestep_respacing"] = r.respacing;
  j["threads"] = r.threads;
  j["cuda_graphs"] = r.cuda_graphs;
  j["channels_last"] = r.channels_last;
  j["peak_memory_kind"] = r.peak_memory_kind;
  j["tf32"] = r.tf32;
  j["steps"] = r.steps;
  j["warmup"] = r.warmup;
  j["block"] = r.block;
  j["repeats"] = r.repeats;
  j["rows"] = nlohmann::json::array();
  for (const auto& row : r.rows) {
    nlohmann::json o;
    o["target"] = row.target;
    o["fast_paths"] = row.variant;
    o["noise"] = row.noise;
    o["batch"] = row.batch;
    o["passes"] = row.passes;
    o["models"] = row.models;
    o["params"] = row.params;
    o["gflop_per_image"] = row.gflop_per_image;
    o["ms_per_step"] = {{"median", row.ms_median}, {"p10", row.ms_p10}, {"p90", row.ms_p90},
                        {"mean", row.ms_mean}, {"samples", row.samples_ms}};
    o["images_per_s_250_steps"] = row.images_per_s_250;
    o["tflops"] = row.tflops;
    o["noise_host_ms_per_step"] = row.noise_ms;
    o["process_cpu_ms_per_step"] = row.cpu_ms;
    o["peak_memory_bytes"] = row.peak_bytes;
    if (!row.profile_ms.empty()) {
      o["profile_ms_per_step"] = row.profile_ms;
      nlohmann::json top = nlohmann::json::array();
      for (const auto& [name, ms] : row.top_operators_ms) top.push_back({{"operator", name}, {"ms_per_step", ms}});
      o["top_operators"] = top;
    }
    if (row.anchor_ms > 0) {
      o["anchor_ms_per_step"] = row.anchor_ms;
      o["speedup_vs_anchor"] = row.ms_median > 0 ? row.anchor_ms / row.ms_median : 0.0;
    }
    j["rows"].push_back(o);
  }
  return j;
}

std::string format_table(const BenchReport& r) {
  std::string out;
  char line[512];
  std::snprintf(line, sizeof line, "%s (%s), LibTorch %s, %s, %d threads, %s, noise %s, graphs %s%s\n",
                r.device_name.c_str(), r.device.c_str(), r.libtorch.c_str(), r.date.c_str(), r.threads,
                r.precision.c_str(), r.noise.c_str(), r.cuda_graphs ? "on" : "off",
                r.channels_last ? ", channels-last" : "");
  out += line;
  std::snprintf(line, sizeof line, "%-14s %5s %-34s %9s %17s %9s %8s %8s %8s %9s %9s %7s\n", "target",
                "batch", "fast paths", "ms/step", "p10..p90", "img/s@250", "TFLOP/s", "noise ms", "cpu ms",
                "peak MiB", "orig ms", "speedup");
  out += line;
  for (const auto& row : r.rows) {
    char range[64], anchor[32], speedup[32];
    std::snprintf(range, sizeof range, "%.2f..%.2f", row.ms_p10, row.ms_p90);
    if (row.anchor_ms > 0) {
      std::snprintf(anchor, sizeof anchor, "%.1f", row.anchor_ms);
      std::snprintf(speedup, sizeof speedup, "%.2fx", row.anchor_ms / row.ms_median);
    } else {
      std::snprintf(anchor, sizeof anchor, "-");
      std::snprintf(speedup, sizeof speedup, "-");
    }
    std::snprintf(line, sizeof line, "%-14s %5lld %-34s %9.2f %17s %9.3g %8.3g %8.2f %8.1f %9.0f %9s %7s\n",
                  row.target.c_str(), static_cast<long long>(row.batch),
                  (row.variant + (row.noise == r.noise ? "" : ",noise=" + row.noise)).c_str(), row.ms_median,
                  range, row.images_per_s_250, row.tflops, row.noise_ms, row.cpu_ms,
                  row.peak_bytes >= 0 ? double(row.peak_bytes) / (1024.0 * 1024.0) : -1.0, anchor, speedup);
    out += line;
  }
  return out;
}

std::string format_profile(const BenchReport& r) {
  static const char* order[] = {"convolution", "layout", "norm+activation", "attention", "elementwise",
                                "allocation", "noise", "other", "host"};
  std::string out;
  char line[512];
  std::snprintf(line, sizeof line, "%-14s %5s %9s", "target", "batch", "ms/step");
  out += line;
  for (const char* category : order) {
    std::snprintf(line, sizeof line, " %16s", category);
    out += line;
  }
  out += "\n";
  for (const auto& row : r.rows) {
    if (row.profile_ms.empty()) continue;
    double total = 0;
    for (const auto& [category, ms] : row.profile_ms) total += ms;
    std::snprintf(line, sizeof line, "%-14s %5lld %9.2f", row.target.c_str(), static_cast<long long>(row.batch), total);
    out += line;
    for (const char* category : order) {
      const auto it = row.profile_ms.find(category);
      const double ms = it == row.profile_ms.end() ? 0.0 : it->second;
      std::snprintf(line, sizeof line, " %6.1f%% %7.2f", total > 0 ? 100.0 * ms / total : 0.0, ms);
      out += line;
    }
    out += "\n";
    for (const auto& [name, ms] : row.top_operators_ms) {
      std::snprintf(line, sizeof line, "    %8.2f ms  %s\n", ms, name.c_str());
      out += line;
    }
  }
  return out;
}

}  // namespace patchdiff::bench
