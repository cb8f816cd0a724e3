// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/inspect/compare.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <locale>
#include <sstream>

#include <torch/torch.h>

#include "core/diffusion/respacing.h"
#include "core/error.h"
#include "core/inspect/image_metrics.h"
#include "core/io/image.h"
#include "core/message.h"
#include "core/model/comma_list.h"
#include "core/model/flops.h"
#include "core/model/model_loader.h"
#include "core/sampling/noise.h"
#include "core/sampling/run_labels.h"
#include "core/sampling/sample_images.h"
#include "core/sampling/sampler_catalog.h"

namespace patchdiff::inspect {

namespace {

constexpr Varied kAllVaried[] = {Varied::Checkpoint, Varied::GuidanceScale, Varied::TimestepRespacing,
                                 Varied::Sampler, Varied::Eta, Varied::Schedule, Varied::Strength};

std::string number_text(double value) {
  std::ostringstream out;
  out.imbue(std::locale::classic());
  out << value;
  return out.str();
}

std::string file_stem(const std::string& path) { return std::filesystem::path(path).stem().string(); }

// Checks one value of the varied setting for its type (ConfigError naming it).
void check_value(Varied setting, const std::string& value) {
  const std::string name = to_string(setting);
  switch (setting) {
    case Varied::GuidanceScale:
    case Varied::Eta: {
      const double v = model::parse_double(name, value);
      if (setting == Varied::Eta && v < 0)
        throw ConfigError(Message(PATCHDIFF_TR_NOOP("core", "--vary eta: %1 is negative (eta >= 0)"), {value}));
      break;
    }
    case Varied::Sampler:
      sampling::solver_info(value);  // ConfigError naming the known samplers
      break;
    case Varied::TimestepRespacing:
      if (value.empty())
        throw ConfigError(Message(PATCHDIFF_TR_NOOP("core", "--vary timestep_respacing: an empty value"), {}));
      break;
    case Varied::Schedule:
      sampling::check_schedule(value);  // ConfigError naming the known schedules
      break;
    case Varied::Strength: {
      const double v = model::parse_double(name, value);
      if (!(v > 0.0 && v <= 1.0))
        throw ConfigError(Message(PATCHDIFF_TR_NOOP("core", "--vary strength: %1 is outside (0, 1]"), {value}));
      break;
    }
    case Varied::Checkpoint:
      break;
  }
}

RgbImage to_rgb(const torch::Tensor& hwc_u8) {  // uint8 [H, W, 3]
  const auto t = hwc_u8.contiguous();
  RgbImage image(static_cast<int>(t.size(1)), static_cast<int>(t.size(0)));
  std::memcpy(image.pixels.data(), t.data_ptr<uint8_t>(), image.pixels.size());
  return image;
}

std::vector<RgbImage> to_rgb_images(const torch::Tensor& nchw) {
  const auto u8 = io::to_uint8_nhwc(nchw);  // [N, H, W, 3]
  std::vector<RgbImage> out;
  for (int64_t i = 0; i < u8.size(0); ++i) out.push_back(to_rgb(u8[i]));
  return out;
}

double median(std::vector<double> values) {
  if (values.empty()) return 0.0;
  std::sort(values.begin(), values.end());
  const size_t n = values.size();
  return n % 2 ? values[n / 2] : 0.5 * (values[n / 2 - 1] + values[n / 2]);
}

// One column to run: its model and job.
struct ColumnPlan {
  size_t model = 0;
  sampling::SamplerSettings settings;
  std::string label;
};

void check_models_match(const std::vector<model::LoadedModel>& models) {
  const auto& first = models.front();
  for (size_t i = 1; i < models.size(); ++i) {
    const auto& m = models[i];
    const int a = first.config.model.image_size, b = m.config.model.image_size;
    if (a != b)
      throw ConfigError(Message(PATCHDIFF_TR_NOOP("core", "checkpoints of different image size: '%1' makes %2x%2 "
                                                          "images, '%3' %4x%4; compared columns share x_T, so they "
                                                          "need one image size"),
                                {first.path, std::to_string(a), m.path, std::to_string(b)}));
    const int ca = first.config.model.class_cond ? first.config.model.num_classes : 0;
    const int cb = m.config.model.class_cond ? m.config.model.num_classes : 0;
    if (ca != cb)
      throw ConfigError(Message(PATCHDIFF_TR_NOOP("core", "checkpoints with different classes: '%1' has %2 classes, "
                                                          "'%3' %4 (0 = unconditional); compared columns share their "
                                                          "class labels"),
                                {first.path, std::to_string(ca), m.path, std::to_string(cb)}));
  }
}

}  // namespace

const char* to_string(Varied varied) {
  switch (varied) {
    case Varied::Checkpoint: return "checkpoint";
    case Varied::GuidanceScale: return "guidance_scale";
    case Varied::TimestepRespacing: return "timestep_respacing";
    case Varied::Sampler: return "sampler";
    case Varied::Eta: return "eta";
    case Varied::Schedule: return "schedule";
    case Varied::Strength: return "strength";
  }
  return "?";
}

Varied varied_from_string(const std::string& name) {
  if (name == model::original_solver_flag()) return Varied::Sampler;  // values read as False/True
  if (name == "steps") return Varied::TimestepRespacing;  // N steps is respacing "N"
  for (Varied v : kAllVaried)
    if (v != Varied::Checkpoint && name == to_string(v)) return v;
  throw ConfigError(Message(PATCHDIFF_TR_NOOP("core", "--vary: unknown setting '%1' (settings that can vary: "
                                                      "guidance_scale, timestep_respacing (or steps), sampler, "
                                                      "schedule, eta; compare checkpoints with --model_path "
                                                      "a.pt,b.pt)"),
                            {name}));
}

VarySpec parse_vary(const std::string& text) {
  const auto eq = text.find('=');
  if (eq == std::string::npos || eq == 0)
    throw ConfigError(
        Message(PATCHDIFF_TR_NOOP("core", "--vary '%1': expected setting=v1,v2,... (e.g. guidance_scale=1,1.5,3)"),
                {text}));
  VarySpec spec;
  spec.setting = varied_from_string(text.substr(0, eq));
  spec.values = model::split_commas(text.substr(eq + 1));
  if (text.substr(0, eq) == model::original_solver_flag())
    for (auto& v : spec.values) v = model::solver_from_original_flag(v);
  const int n = static_cast<int>(spec.values.size());
  if (n < kMinValues || n > kMaxValues)
    throw ConfigError(Message(PATCHDIFF_TR_NOOP("core", "--vary %1: %2 value(s) given, compare needs %3 to %4"),
                              {text.substr(0, eq), std::to_string(n), std::to_string(kMinValues),
                               std::to_string(kMaxValues)}));
  for (const auto& v : spec.values) check_value(spec.setting, v);
  return spec;
}

void validate_request(const CompareRequest& r) {
  const int checkpoints = static_cast<int>(r.checkpoints.size());
  if (r.varied == Varied::Checkpoint) {
    if (checkpoints < kMinCheckpoints || checkpoints > kMaxCheckpoints)
      throw ConfigError(Message(PATCHDIFF_TR_NOOP("core", "compare needs %1 to %2 checkpoints (--model_path "
                                                          "a.pt,b.pt,...), got %3; to compare settings of one "
                                                          "checkpoint use --vary setting=v1,v2"),
                                {std::to_string(kMinCheckpoints), std::to_string(kMaxCheckpoints),
                                 std::to_string(checkpoints)}));
    if (!r.values.empty())
      throw ConfigError(Message(PATCHDIFF_TR_NOOP("core", "compare: values given, but no setting varies"), {}));
  } else {
    if (checkpoints != 1)
      throw ConfigError(Message(PATCHDIFF_TR_NOOP("core", "--vary %1 compares one checkpoint, got %2 "
                                                          "(give several checkpoints without --vary)"),
                                {to_string(r.varied), std::to_string(checkpoints)}));
    const int n = static_cast<int>(r.values.size());
    if (n < kMinValues || n > kMaxValues)
      throw ConfigError(Message(PATCHDIFF_TR_NOOP("core", "--vary %1: %2 value(s) given, compare needs %3 to %4"),
                                {to_string(r.varied), std::to_string(n), std::to_string(kMinValues),
                                 std::to_string(kMaxValues)}));
    for (const auto& v : r.values) check_value(r.varied, v);
  }
  if (r.num_samples <= 0 || r.batch_size <= 0)
    throw ConfigError(Message(PATCHDIFF_TR_NOOP("core", "--num_samples and --batch_size must be positive"), {}));
  if (r.x0_every < 0)
    throw ConfigError(Message(PATCHDIFF_TR_NOOP("core", "the x0 preview interval must be 0 (none) or positive"), {}));
  if (r.score_images < 0 || r.score_images == 1 || r.score_batch_size <= 0)
    throw ConfigError(Message(
        PATCHDIFF_TR_NOOP("core", "scoring needs at least 2 images per column and a positive batch size, got %1"),
        {std::to_string(r.score_images)}));
  if (r.score_images > 0 && r.init_images.defined())
    throw ConfigError(Message(PATCHDIFF_TR_NOOP("core", "scoring measures images made from noise: it cannot score a "
                                                        "comparison that starts from input images"),
                              {}));
}

std::string settings_label(int num_steps, const sampling::SamplerSettings& s) {
  const std::string original = model::original_solver_text(s.solver);
  return "timestep_respacing=" + (s.timestep_respacing.empty() ? std::to_string(num_steps) : s.timestep_respacing) +
         " " + (original.empty() ? "sampler=" + s.solver : original) +
         (s.schedule == "uniform" ? std::string() : " schedule=" + s.schedule) + " eta=" + number_text(s.eta) +
         " guidance_scale=" + number_text(s.guidance_scale) +
         (s.strength < 1.0 ? " strength=" + number_text(s.strength) : std::string());
}

CompareResult run_compare(const CompareRequest& request, const CompareObserver& observer,
                          const std::atomic_bool* cancel) {
  validate_request(request);
  if (request.varied == Varied::Strength && !request.init_images.defined())
    throw ConfigError(Message(
        PATCHDIFF_TR_NOOP("core", "--vary strength starts every column from an input image: give one (--init_image)"),
        {}));
  CompareResult result;
  result.varied = to_string(request.varied);
  result.seed = request.seed;

  std::vector<model::LoadedModel> models;
  for (const auto& path : request.checkpoints) {
    models.push_back(model::load_model(path, request.model_flags, request.entry));
    for (const auto& w : models.back().config.warnings) result.warnings.push_back(path + ": " + w);
  }
  check_models_match(models);
  const auto& first_config = models.front().config;
  const int size = first_config.model.image_size;
  const int num_classes = first_config.model.class_cond ? first_config.model.num_classes : 0;
  result.image_size = size;

  // Columns, with every varied value checked before anything runs.
  std::vector<ColumnPlan> plans;
  if (request.varied == Varied::Checkpoint) {
    for (size_t i = 0; i < models.size(); ++i)
      plans.push_back({i, request.settings, file_stem(models[i].path)});
  } else {
    const std::string name = to_string(request.varied);
    for (const auto& value : request.values) {
      ColumnPlan plan{0, request.settings, name + "=" + value};
      switch (request.varied) {
        case Varied::GuidanceScale: plan.settings.guidance_scale = model::parse_double(name, value); break;
        case Varied::Eta: plan.settings.eta = model::parse_double(name, value); break;
        case Varied::Sampler:
          plan.settings.solver = value;
          if (!request.eta_given) plan.settings.eta = sampling::solver_info(value).default_eta;
          break;
        case Varied::Schedule: plan.settings.schedule = value; break;
        case Varied::Strength: plan.settings.strength = model::parse_double(name, value); break;
        case Varied::TimestepRespacing:
          diffusion::space_timesteps(first_config.diffusion.diffusion_steps, value);  // throws ConfigError
          plan.settings.timestep_respacing = value;
          break;
        case Varied::Checkpoint: break;
      }
      plans.push_back(plan);
    }
  }

  // Labels for every image, shared by all columns.
  std::vector<int64_t> labels;
  if (num_classes > 0) {
    labels = request.class_labels.empty() ? sampling::random_labels(request.seed, request.num_samples, num_classes)
                                          : sampling::repeat_labels(request.class_labels, request.num_samples);
    sampling::validate_labels(labels, num_classes);
  } else if (!request.class_labels.empty()) {
    throw ConfigError(
        Message(PATCHDIFF_TR_NOOP("core", "class labels given, but the checkpoints are unconditional"), {}));
  }
  result.labels = labels;

  // No InferenceMode here: the Sampler moves modules between devices, which must stay
  // ordinary tensors; Sampler::run enters it for the loop.
  torch::Tensor first_final;  // [N, 3, H, W] model space, the first column's
  const int num_columns = static_cast<int>(plans.size());
  for (int ci = 0; ci < num_columns; ++ci) {
    const auto& plan = plans[static_cast<size_t>(ci)];
    auto& loaded = models[plan.model];
    auto job = plan.settings;
    job.snr_splits.clear();  // one checkpoint per column
    sampling::Sampler sampler({loaded}, job, request.device);
    sampler.apply_use_fp16();
    const int steps = sampler.num_steps();

    CompareColumn column;
    column.label = plan.label;
    column.checkpoint = loaded.path;
    column.patch_size = loaded.config.model.patch_size;
    column.setting = settings_label(steps, plan.settings);
    column.params = loaded.parameter_count;
    column.gflop_per_pass = model::gflop_per_image(loaded.config.model);
    column.passes_per_step = (sampler.guidance_active(plan.settings) ? 2 : 1) *
                             sampling::solver_info(plan.settings.solver).evaluations_per_step;
    column.num_steps = steps;
    for (int k = 0; k < steps; ++k) {
      const int step = steps - 1 - k;
      const double snr = sampler.diffusion().snr(step);
      column.log_snr.push_back(snr > 0 ? std::log(snr) : -INFINITY);
      column.model_index.push_back(sampler.model_per_step()[static_cast<size_t>(step)]);
    }
    const bool keep_x0 = request.x0_every > 0;
    const int first_step = request.init_images.defined() ? sampler.start_index(job) : 0;  // strength < 1 skips some
    auto kept = [&](int k) {
      return keep_x0 && k >= first_step && (k % request.x0_every == 0 || k == steps - 1);
    };
    for (int k = 0; k < steps; ++k)
      if (kept(k)) column.x0_steps.push_back(k);
    column.x0.resize(column.x0_steps.size());
    size_t kept_slot = 0;

    const auto started = std::chrono::steady_clock::now();
    // Pixel-resolution noise from (seed, image): identical x_T for every column.
    sampling::ImagesRequest images;
    images.num_images = request.num_samples;
    images.batch_size = request.batch_size;
    images.seed = request.seed;
    images.labels = labels;
    images.init_images = request.init_images;
    images.cancel = cancel;
    sampling::ImagesObserver images_observer;
    images_observer.step = [&](int64_t first, int64_t batch, const sampling::StepRecord& r) {
      if (r.index == first_step) kept_slot = 0;
      column.step_ms.push_back(1000.0 * r.seconds);
      if (kept(r.index)) {
        for (auto& image : to_rgb_images(r.pred_xstart)) column.x0[kept_slot].push_back(std::move(image));
        ++kept_slot;
      }
      if (observer.step) observer.step(ci, r);
      if (observer.progress)
        observer.progress({ci, num_columns, r.index, r.num_steps, first, request.num_samples, false, batch});
    };
    const auto out = sampling::sample_images(sampler, job, images, images_observer);
    if (out.cancelled) throw Cancelled();
    column.total_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    column.ms_per_step_median = median(column.step_ms);

    const auto sample = out.images.to(torch::kFloat32);  // [N, 3, H, W]
    column.images = to_rgb_images(sample);
    if (ci == 0) first_final = sample;
    const auto per_image = rms_difference(sample, first_final);  // [N]
    column.rms_to_first_per_image.assign(per_image.data_ptr<double>(), per_image.data_ptr<double>() + per_image.numel());
    column.rms_to_first = std::sqrt(per_image.square().mean().item<double>());
    // The column is shown before its scored images are made (they take longer).
    if (observer.column_done) observer.column_done(column);
    if (request.score_images > 0 && request.scorer) {
      // Balanced classes (i mod C), as `patchdiff score` asks for them.
      std::vector<int64_t> all_classes;
      for (int c = 0; c < num_classes; ++c) all_classes.push_back(c);
      sampling::ImagesRequest scored;
      scored.num_images = request.score_images;
      scored.batch_size = request.score_batch_size;
      scored.seed = request.seed;
      scored.labels = sampling::labels_for_images(all_classes, 0, 0, request.score_images, num_classes);
      scored.cancel = cancel;
      sampling::ImagesObserver scored_observer;
      scored_observer.step = [&](int64_t first, int64_t batch, const sampling::StepRecord& r) {
        if (observer.progress)
          observer.progress({ci, num_columns, r.index, r.num_steps, first, request.score_images, true, batch});
      };
      const auto made = sampling::sample_images(sampler, job, scored, scored_observer);
      if (made.cancelled) throw Cancelled();
      column.score = request.scorer(io::to_uint8_nhwc(made.images), scored.labels);
    }
    if (request.device.type() != torch::kCPU) loaded.net->to(torch::kCPU);  // free the device for the next column
    result.columns.push_back(std::move(column));
  }

  // Per image run: median step time x steps, GFLOP per pass x passes x steps.
  const auto& base = result.columns.front();
  const double base_ms = base.ms_per_step_median * base.num_steps;
  const double base_gflop = base.gflop_per_pass * base.passes_per_step * base.num_steps;
  for (auto& c : result.columns) {
    const double ms = c.ms_per_step_median * c.num_steps;
    const double gflop = c.gflop_per_pass * c.passes_per_step * c.num_steps;
    c.speed_up = ms > 0 ? base_ms / ms : 0.0;
    c.gflop_ratio = base_gflop > 0 ? gflop / base_gflop : 0.0;
  }
  return result;
}

}  // namespace patchdiff::inspect
