// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/bench/selftest.h"

#include <cmath>
#include <filesystem>
#include <limits>
#include <fstream>
#include <sstream>

#include <ATen/CPUGeneratorImpl.h>
#include <ATen/Context.h>
#include <nlohmann/json.hpp>
#include <torch/torch.h>

#include "core/diffusion/snr_splits.h"
#include "core/error.h"
#include "core/bench/presets.h"
#include "core/io/npy.h"
#include "core/model/flags.h"
#include "core/model/model_loader.h"
#include "core/sampling/noise.h"
#include "core/sampling/sampler.h"

namespace patchdiff::bench {

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

bool present(const std::string& dir, const std::string& name) {
  return fs::exists(fs::path(dir) / name);
}

std::string path_in(const std::string& dir, const std::string& name) {
  const std::string path = (fs::path(dir) / name).string();
  if (!fs::exists(path))
    throw IoError("reference file '" + path + "' is missing (is --reference the folder holding index.json?)");
  return path;
}

json read_index(const std::string& dir) {
  std::ifstream in(path_in(dir, "index.json"));
  std::stringstream text;
  text << in.rdbuf();
  return json::parse(text.str());
}

// The index's flags (strings, booleans, numbers) as the resolver takes them.
model::FlagValues flags_of(const json& entry) {
  model::FlagValues flags;
  for (const auto& [name, value] : entry["flags"].items()) {
    const auto* spec = model::find_flag(name);
    if (!spec) throw ConfigError("reference flag '" + name + "' is unknown");
    const std::string text = value.is_string()    ? value.get<std::string>()
                             : value.is_boolean() ? (value.get<bool>() ? "True" : "False")
                                                  : value.dump();
    flags[name] = model::canonical_value(*spec, text);
  }
  return flags;
}

double max_abs_error(const torch::Tensor& a, const torch::Tensor& b) {
  TORCH_CHECK(a.sizes() == b.sizes(), "shape ", a.sizes(), " against the reference's ", b.sizes());
  const double error = (a.to(torch::kCPU, torch::kFloat64) - b.to(torch::kFloat64)).abs().max().item<double>();
  return std::isnan(error) ? std::numeric_limits<double>::infinity() : error;
}

// TF32 would round float32 convolutions and products to 10-bit mantissas on Ampere and
// later: off while checking float32 against the references, restored afterwards.
struct NoTf32 {
  bool cudnn = at::globalContext().allowTF32CuDNN();
  bool cublas = at::globalContext().allowTF32CuBLAS();
  NoTf32() {
    at::globalContext().setAllowTF32CuDNN(false);
    at::globalContext().setAllowTF32CuBLAS(false);
  }
  ~NoTf32() {
    at::globalContext().setAllowTF32CuDNN(cudnn);
    at::globalContext().setAllowTF32CuBLAS(cublas);
  }
};

void prepare(model::UNetImpl& net, const SelftestSettings& s) {
  if (s.precision != Precision::Float32) net.convert_torso(torso_dtype(s.precision));
  net.set_channels_last(s.channels_last);
  net.set_cuda_graphs(s.cuda_graphs);
}

// The files a reference case reads, so that a partial copy of the folder can skip it.
std::vector<std::string> model_files(const json& entry) {
  return {entry["state_dict"], entry["x"], entry["out"]};
}

SelftestCase skipped_case(const std::string& kind, const std::string& name, const std::string& missing) {
  SelftestCase c;
  c.kind = kind;
  c.name = name;
  c.skipped = true;
  c.detail = "skipped: " + missing + " is not in the reference folder";
  return c;
}

using ModelsFactory = std::function<std::vector<model::LoadedModel>()>;

// One sampling run from seeded noise (the same x_T and step noise on any device).
sampling::RunResult sample_short(std::vector<model::LoadedModel> models, const std::vector<double>& splits,
                                 const torch::Device& device, const SelftestSettings* prepare_with,
                                 const std::string& respacing, bool ddim, std::vector<torch::Tensor>& preds) {
  sampling::Sampler sampler(std::move(models), respacing, splits, device);
  if (prepare_with)
    for (const auto& m : sampler.models()) prepare(*m.net.ptr(), *prepare_with);
  sampling::SeededNoise noise(/*seed=*/7, /*first_image=*/0);
  sampling::RunRequest request;
  request.batch = 2;
  request.noise = &noise;
  if (sampler.class_conditional())
    request.labels = torch::tensor(std::vector<int64_t>{0, sampler.num_classes() - 1});
  sampling::SamplerSettings settings;
  settings.solver = ddim ? "ddim" : "ddpm";
  settings.guidance_scale = 1.5;
  return sampler.run(request, settings, [&](const sampling::StepRecord& r) {
    preds.push_back(r.pred_xstart.to(torch::kCPU));
  });
}

}  // namespace

std::vector<SelftestCase> run_selftest(const SelftestSettings& s, const SelftestLog& log) {
  if (s.device.is_cuda() && !torch::cuda::is_available())
    throw ConfigError("--device cuda: this LibTorch build has no usable CUDA device");
  if (!s.device.is_cuda() && s.precision == Precision::Float16)
    throw ConfigError("--precision fp16 runs on CUDA only");
  const json index = s.reference_dir.empty() ? json::object() : read_index(s.reference_dir);
  double model_tol = s.model_tolerance, sampling_tol = s.sampling_tolerance;
  switch (s.precision) {
    case Precision::Float32:
      if (model_tol < 0) model_tol = s.device.is_cuda() ? 1e-3 : 1e-4;
      if (sampling_tol < 0) sampling_tol = 1e-3;
      break;
    case Precision::Float16:
      if (model_tol < 0) model_tol = 5e-2;
      if (sampling_tol < 0) sampling_tol = 2e-1;
      break;
    case Precision::BFloat16:
      if (model_tol < 0) model_tol = 2e-1;
      if (sampling_tol < 0) sampling_tol = 5e-1;
      break;
  }
  NoTf32 no_tf32;
  c10::InferenceMode inference;
  std::vector<SelftestCase> cases;
  auto record = [&](SelftestCase c) {
    c.passed = c.skipped || c.max_error <= c.tolerance;  // NaN fails
    if (log) log(c);
    cases.push_back(std::move(c));
  };
  auto load = [&](const std::string& name) {
    const json& entry = index["models"].at(name);
    return model::load_model(path_in(s.reference_dir, entry["state_dict"]), flags_of(entry));
  };

  // The device against the CPU float32 path, from the same weights and inputs.
  std::vector<std::pair<std::string, ModelsFactory>> pairs;
  for (const auto& path : s.compare_checkpoints)
    pairs.emplace_back(fs::path(path).filename().string(), [path] {
      return std::vector<model::LoadedModel>{model::load_model(path)};
    });
  for (const auto& name : s.compare_presets) {
    const Preset& preset = find_preset(name);
    pairs.emplace_back("preset " + name, [&preset] { return build_preset_models(preset, /*seed=*/0); });
  }
  for (const auto& [name, make] : pairs) {
    const auto cpu_models = make();
    const auto device_models = make();
    const auto& config = cpu_models.front().config;
    const auto splits = config.diffusion.snr_splits.empty() || cpu_models.size() < 2
                            ? std::vector<double>{}
                            : config.diffusion.snr_splits;
    {  // one network pass: two images at a late and an early timestep
      auto& cpu_net = *cpu_models.front().net.ptr();
      auto& dev_net = *device_models.front().net.ptr();
      dev_net.to(s.device);
      prepare(dev_net, s);
      const int64_t size = config.model.image_size;
      auto generator = at::make_generator<at::CPUGeneratorImpl>(11);
      const auto x = torch::randn({2, 3, size, size}, generator, torch::kFloat32);
      const auto t = torch::tensor(std::vector<int64_t>{999, 10});
      torch::Tensor y;
      if (config.model.class_cond) y = torch::tensor(std::vector<int64_t>{0, config.model.num_classes});
      const auto expected = cpu_net.forward(x, t, y);
      const auto yd = y.defined() ? y.to(s.device) : y;
      auto out = dev_net.forward(x.to(s.device), t.to(s.device), yd);
      if (s.cuda_graphs) out = dev_net.forward(x.to(s.device), t.to(s.device), yd);
      SelftestCase c;
      c.kind = "device";
      c.name = name + " network";
      c.tolerance = model_tol < 1e-3 ? 1e-3 : model_tol;
      c.max_error = max_abs_error(out, expected);
      c.detail = c10::str(out.sizes());
      record(c);
    }
    for (const bool ddim : {true, false}) {
      const std::string respacing = ddim ? "ddim10" : "5";
      std::vector<torch::Tensor> cpu_preds, dev_preds;
      const auto expected = sample_short(cpu_models, splits, torch::kCPU, nullptr, respacing, ddim, cpu_preds);
      const auto result = sample_short(device_models, splits, s.device, &s, respacing, ddim, dev_preds);
      SelftestCase c;
      c.kind = "device";
      c.name = name + (ddim ? " ddim10" : " ddpm5");
      c.tolerance = sampling_tol;
      c.max_error = max_abs_error(result.sample, expected.sample);
      for (size_t i = 0; i < std::min(cpu_preds.size(), dev_preds.size()); ++i)
        c.max_error = std::max(c.max_error, max_abs_error(dev_preds[i], cpu_preds[i]));
      c.detail = std::to_string(dev_preds.size()) + " steps, x0 predictions and final";
      record(c);
    }
  }

  const json no_cases = json::object();
  const json& model_cases = index.contains("models") ? index["models"] : no_cases;
  const json& sampling_cases = index.contains("sampling") ? index["sampling"] : no_cases;
  auto first_missing = [&](const std::vector<std::string>& files) -> std::string {
    for (const auto& f : files)
      if (!present(s.reference_dir, f)) return f;
    return "";
  };

  for (const auto& [name, entry] : model_cases.items()) {
    if (const auto missing = first_missing(model_files(entry)); !missing.empty()) {
      record(skipped_case("model", name, missing));
      continue;
    }
    auto loaded = load(name);
    auto& net = *loaded.net;
    net.to(s.device);
    prepare(net, s);
    const auto x = io::read_npy(path_in(s.reference_dir, entry["x"])).to(s.device);
    const auto t = torch::tensor(entry["t"].get<std::vector<int64_t>>()).to(s.device);
    torch::Tensor y;
    if (!entry["y"].is_null()) y = torch::tensor(entry["y"].get<std::vector<int64_t>>()).to(s.device);
    const auto expected = io::read_npy(path_in(s.reference_dir, entry["out"]));
    auto out = net.forward(x, t, y);
    if (s.cuda_graphs) out = net.forward(x, t, y);  // the first call captured; this one replays
    SelftestCase c;
    c.kind = "model";
    c.name = name;
    c.tolerance = model_tol;
    c.max_error = max_abs_error(out, expected);
    c.detail = c10::str(out.sizes());
    record(c);
  }

  for (const auto& [name, entry] : sampling_cases.items()) {
    std::vector<std::string> files{entry["x_T"], entry["pred_xstart"], entry["final"]};
    if (entry.contains("step_noise")) files.push_back(entry["step_noise"]);
    for (const auto& m : entry["models"]) files.push_back(model_cases.at(m.get<std::string>())["state_dict"]);
    if (const auto missing = first_missing(files); !missing.empty()) {
      record(skipped_case("sampling", name, missing));
      continue;
    }
    std::vector<model::LoadedModel> models;
    for (const auto& m : entry["models"]) models.push_back(load(m.get<std::string>()));
    sampling::Sampler sampler(models, entry["timestep_respacing"].get<std::string>(),
                              diffusion::parse_snr_splits(entry["snr_splits"].get<std::string>()),
                              s.device);
    for (const auto& m : sampler.models()) prepare(*m.net.ptr(), s);
    const auto x_T = io::read_npy(path_in(s.reference_dir, entry["x_T"]));
    torch::Tensor step_noise;
    if (entry.contains("step_noise")) step_noise = io::read_npy(path_in(s.reference_dir, entry["step_noise"]));
    sampling::InjectedNoise noise(x_T, step_noise);
    sampling::RunRequest request;
    request.batch = x_T.size(0);
    request.noise = &noise;
    if (!entry["y"].is_null()) request.labels = torch::tensor(entry["y"].get<std::vector<int64_t>>());
    sampling::SamplerSettings settings;
    // The reference index records the original's flags by their names.
    settings.solver = model::solver_from_original_flag(entry[model::original_solver_flag()].get<bool>() ? "True" : "False");
    settings.guidance_scale = entry["guidance_scale"].get<double>();
    settings.dynamic_threshold = entry["dynamic_threshold"].get<bool>() ? sampling::ThresholdMode::On
                                                                        : sampling::ThresholdMode::Off;
    std::vector<torch::Tensor> preds;
    const auto result = sampler.run(request, settings, [&](const sampling::StepRecord& r) {
      preds.push_back(r.pred_xstart.to(torch::kCPU));
    });
    const auto expected_preds = io::read_npy(path_in(s.reference_dir, entry["pred_xstart"]));
    SelftestCase c;
    c.kind = "sampling";
    c.name = name;
    c.tolerance = sampling_tol;
    if (static_cast<int64_t>(preds.size()) != expected_preds.size(0)) {
      c.max_error = std::numeric_limits<double>::infinity();
      c.detail = std::to_string(preds.size()) + " steps, the reference has " +
                 std::to_string(expected_preds.size(0));
    } else {
      for (size_t i = 0; i < preds.size(); ++i)
        c.max_error = std::max(c.max_error, max_abs_error(preds[i], expected_preds[static_cast<int64_t>(i)]));
      c.max_error = std::max(c.max_error,
                             max_abs_error(result.sample, io::read_npy(path_in(s.reference_dir, entry["final"]))));
      c.detail = std::to_string(preds.size()) + " steps, x0 predictions and final";
    }
    record(c);
  }
  return cases;
}

}  // namespace patchdiff::bench
