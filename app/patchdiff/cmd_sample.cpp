// SPDX-License-Identifier: GPL-3.0-or-later
// patchdiff sample: a drop-in for the original scripts/image_sample.py (its MODEL_FLAGS and
// SAMPLE_FLAGS verbatim), plus seeds, labels, devices, trajectories and PNG metadata.
#include <chrono>
#include <cstdio>

#include <torch/torch.h>

#include "app/patchdiff/bundled_models.h"
#include "app/patchdiff/cli_args.h"
#include "app/patchdiff/cli_tr.h"
#include "app/patchdiff/commands.h"
#include "app/patchdiff/interrupt.h"
#include "app/patchdiff/progress_bar.h"
#include "app/patchdiff/sample_plan.h"
#include "core/diffusion/snr_splits.h"
#include "core/error.h"
#include "core/io/image.h"
#include "core/io/npy.h"
#include "core/io/npz.h"
#include "core/model/comma_list.h"
#include "core/model/flags.h"
#include "core/sampling/run_spec.h"
#include "core/sampling/sample_writer.h"
#include "core/sampling/sampler.h"

namespace patchdiff::cli {

namespace {

//: patchdiff sample --help. Keep flag names (--seed), their values (cpu|cuda, random,
//: auto|on|off), file names and shapes as they are; keep the two-column layout.
const char* kSampleHelp = PATCHDIFF_CLI_TRANSLATE_NOOP(
    "patchdiff",
    "usage: patchdiff sample --model_path A.pt[,B.pt] [original MODEL_FLAGS and SAMPLE_FLAGS]\n"
    "                        [--seed N] [--class_labels 3,3,7|random] [--device cpu|cuda]\n"
    "                        [--eta E] [--noise xT.npy] [--dynamic_threshold auto|on|off]\n"
    "                        [--trajectory K] [--threads N] [--entry NAME]\n"
    "Accepts the original README's sampling command lines. Writes to --save_dir (default .):\n"
    "samples_NxHxWx3.npz (as the original), a grid PNG and one PNG per image whose\n"
    "'patchdiff' text chunk records everything needed to redo it.\n"
    "  --model_path        checkpoints, comma separated, highest-SNR model first (splits);\n"
    "                      a bare name such as emoji64_p4 is a bundled model\n"
    "  --snr_splits        SNR boundaries between split models, e.g. 0.25\n"
    "  --timestep_respacing  250, 10,20,30 or ddim50 (default: all diffusion steps)\n"
    "  --guidance_scale    classifier-free guidance (default 1.5; 1 = off)\n"
    "  --use_ddim          True for DDIM (with --eta, default 0)\n"
    "  --num_samples, --batch_size, --clip_denoised, --use_fp16 (CUDA only)\n"
    "  --seed              image i uses the noise streams of (seed, i) (default 0)\n"
    "  --class_labels      labels for the images, repeated as needed, or random (default)\n"
    "  --noise             x_T for every image from an .npy [N, 3, H, W]\n"
    "  --dynamic_threshold auto (on exactly when guiding, as the original), on, off\n"
    "  --trajectory K      also save every K-th x0 prediction to trajectory.npz\n");

}  // namespace

int cmd_sample(const Args& raw) {
  const auto args = parse_command_args(
      raw,
      {"seed", "class_labels", "device", "eta", "noise", "dynamic_threshold", "trajectory",
       "threads", "entry"},
      {}, {model::FlagGroup::Model, model::FlagGroup::Diffusion, model::FlagGroup::Sample});
  if (args.help) {
    std::printf("%s", translate("patchdiff", kSampleHelp).c_str());
    return 0;
  }
  if (!args.positional.empty())
    throw ConfigError(format(translate("patchdiff", "unexpected argument '%1' (flags look like --name value)"),
                             {args.positional.front()}));
  auto flag = [&](const std::string& name) -> std::string {
    auto it = args.flags.find(name);
    return it != args.flags.end() ? it->second : model::find_flag(name)->default_value;
  };
  // Sample-group flags go to the sampler, model/diffusion ones to the checkpoints' resolver.
  model::FlagValues model_flags;
  for (const auto& [name, value] : args.flags) {
    const auto* spec = model::find_flag(name);
    if (spec && (spec->group == model::FlagGroup::Model || spec->group == model::FlagGroup::Diffusion))
      model_flags[name] = value;
  }
  const auto paths = resolve_model_paths(model::split_commas(flag("model_path")));
  if (paths.empty())
    throw ConfigError(translate("patchdiff", "--model_path is required (one checkpoint, or several for --snr_splits)"));
  if (args.has("threads")) torch::set_num_threads(model::parse_int("threads", args.get("threads")));

  const std::string device_name = args.get("device", "cpu");
  torch::Device device(device_name == "cuda" ? "cuda:0" : device_name);
  if (device.is_cuda() && !torch::cuda::is_available())
    throw ConfigError(translate("patchdiff", "--device cuda: this LibTorch build has no usable CUDA device"));

  std::vector<model::LoadedModel> models;
  for (const auto& path : paths) {
    models.push_back(model::load_model(path, model_flags, args.get("entry")));
    for (const auto& w : models.back().config.warnings) print_warning(w);
  }
  const bool use_fp16 = models.front().config.model.use_fp16;
  if (use_fp16 && !device.is_cuda())
    print_note(translate("patchdiff", "--use_fp16 True applies on CUDA only and is ignored on the CPU"));

  const auto splits = diffusion::parse_snr_splits(flag("snr_splits"));
  sampling::Sampler sampler(models, flag("timestep_respacing"), splits, device);
  const bool half_torso = sampler.apply_use_fp16();

  sampling::SamplerSettings settings;
  settings.use_ddim = model::parse_bool("use_ddim", flag("use_ddim"));
  settings.eta = args.has("eta") ? model::parse_double("eta", args.get("eta")) : 0.0;
  settings.guidance_scale = model::parse_double("guidance_scale", flag("guidance_scale"));
  settings.clip_denoised = model::parse_bool("clip_denoised", flag("clip_denoised"));
  settings.dynamic_threshold = sampling::threshold_mode_from_string(args.get("dynamic_threshold", "auto"));
  if (!sampler.class_conditional() && settings.guidance_scale != 1.0)
    print_note(format(translate("patchdiff",
                                "the model is unconditional, so --guidance_scale %1 has no effect "
                                "(the original skips guidance for such models too)"),
                      {c_format("%g", settings.guidance_scale)}));

  const int64_t num_samples = model::parse_int("num_samples", flag("num_samples"));
  const int64_t batch_size = model::parse_int("batch_size", flag("batch_size"));
  if (num_samples <= 0 || batch_size <= 0)
    throw ConfigError(translate("patchdiff", "--num_samples and --batch_size must be positive"));
  const uint64_t seed = args.has("seed") ? std::stoull(args.get("seed")) : 0;
  const int trajectory_every = args.has("trajectory") ? model::parse_int("trajectory", args.get("trajectory")) : 0;
  if (trajectory_every < 0) throw ConfigError(translate("patchdiff", "--trajectory must be a positive step interval"));
  const int size = sampler.image_size();

  // Labels for all images: given (repeated), or drawn from a generator seeded by --seed.
  std::vector<int64_t> labels;
  if (sampler.class_conditional()) {
    const std::string spec = args.get("class_labels", "random");
    if (spec == "random") {
      auto generator = at::make_generator<at::CPUGeneratorImpl>(sampling::derive_seed(seed, ~0ull));
      auto drawn = torch::randint(sampler.num_classes(), {num_samples}, generator, torch::kLong);
      labels.assign(drawn.data_ptr<int64_t>(), drawn.data_ptr<int64_t>() + num_samples);
    } else {
      const auto given = model::parse_int_list("class_labels", spec);
      if (given.empty()) throw ConfigError(translate("patchdiff", "--class_labels is empty"));
      for (int64_t i = 0; i < num_samples; ++i) labels.push_back(given[static_cast<size_t>(i) % given.size()]);
    }
    sampling::validate_labels(labels, sampler.num_classes());
  } else if (args.has("class_labels")) {
    throw ConfigError(translate("patchdiff", "--class_labels given, but the model is unconditional"));
  }

  torch::Tensor given_noise;
  if (args.has("noise")) {
    given_noise = io::read_npy(args.get("noise")).to(torch::kFloat32);
    if (given_noise.sizes() != torch::IntArrayRef({num_samples, 3, size, size}))
      throw ConfigError(format(
          translate("patchdiff", "--noise %1 has shape %2, expected %3"),
          {args.get("noise"), c10::str(given_noise.sizes()),
           "[" + std::to_string(num_samples) + ", 3, " + std::to_string(size) + ", " + std::to_string(size) + "]"}));
  }

  sampling::RunSpec base_spec;
  for (const auto& m : sampler.models()) base_spec.checkpoints.push_back(sampling::checkpoint_ref(m));
  base_spec.timestep_respacing = flag("timestep_respacing");
  base_spec.snr_splits = splits;
  base_spec.settings = settings;
  base_spec.seed = seed;
  base_spec.device = device.str();
  base_spec.precision = half_torso ? "float16" : "float32";
  base_spec.injected_noise = given_noise.defined();

  const int steps = sampler.num_steps();
  const std::string save_dir = flag("save_dir").empty() ? "." : flag("save_dir");
  SamplePlan plan{num_samples, batch_size, steps, sampler.diffusion().original_num_steps(),
                  settings.use_ddim ? "DDIM" : "DDPM", device.str(), save_dir,
                  !args.flags.count("num_samples"), flag("timestep_respacing").empty()};
  print_sample_plan(plan);
  const int64_t batches = batch_count(plan);
  // Counts steps of the run (each batch walks the schedule once), not image-steps.
  ProgressBar progress(translate("patchdiff", "sampling"), batches * steps, translate("patchdiff", "steps"));
  InterruptRequest interrupt;
  std::vector<torch::Tensor> images, trajectory;
  std::vector<int> trajectory_steps;
  double step_seconds = 0;
  long long steps_run = 0;
  bool interrupted = false;
  const auto started = std::chrono::steady_clock::now();
  for (int64_t first = 0; first < num_samples && !interrupted; first += batch_size) {
    const int64_t batch = std::min(batch_size, num_samples - first);
    const int64_t batch_number = first / batch_size;
    sampling::SeededNoise seeded(seed, first);
    std::unique_ptr<sampling::InjectedNoise> injected;
    sampling::RunRequest request;
    request.batch = batch;
    request.noise = &seeded;
    if (given_noise.defined()) {
      injected = std::make_unique<sampling::InjectedNoise>(given_noise.narrow(0, first, batch), torch::Tensor(), &seeded);
      request.noise = injected.get();
    }
    if (!labels.empty())
      request.labels = torch::tensor(std::vector<int64_t>(labels.begin() + first, labels.begin() + first + batch));
    std::vector<torch::Tensor> batch_trajectory;
    const std::string batch_text = format(translate("patchdiff", "batch %1/%2"),
                                          {std::to_string(batch_number + 1), std::to_string(batches)});
    const auto result = sampler.run(request, settings, [&](const sampling::StepRecord& r) {
      step_seconds += r.seconds;
      ++steps_run;
      // The first step warms caches up: estimate from the second on (or the only one).
      if (batch_number == 0 && (r.index == 1 || r.num_steps == 1))
        print_sample_estimate(plan, step_seconds / static_cast<double>(steps_run));
      progress.update(batch_number * steps + r.index + 1, batch_text);
      if (trajectory_every > 0 && (r.index % trajectory_every == 0 || r.index == r.num_steps - 1)) {
        batch_trajectory.push_back(io::to_uint8_nhwc(r.pred_xstart));
        if (first == 0) trajectory_steps.push_back(r.index);
      }
    }, interrupt.flag());
    if (result.cancelled) {
      interrupted = true;  // the unfinished batch is dropped; the finished ones are written below
      break;
    }
    images.push_back(io::to_uint8_nhwc(result.sample));
    if (!batch_trajectory.empty()) trajectory.push_back(torch::stack(batch_trajectory));  // [S, B, H, W, 3]
  }
  progress.finish();
  const double total = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  if (interrupted && images.empty()) {
    std::fprintf(stderr, "%s\n",
                 translate("patchdiff", "interrupted before the first batch finished: nothing to keep").c_str());
    throw Cancelled();
  }
  const auto all = torch::cat(images);
  const int64_t done = all.size(0);  // num_samples, or the finished batches' images when interrupted
  std::vector<sampling::RunSpec> specs;
  for (int64_t i = 0; i < done; ++i) {
    sampling::RunSpec s = base_spec;
    s.image_index = i;
    if (!labels.empty()) {
      s.label = labels[static_cast<size_t>(i)];
      const auto& names = sampler.models().front().class_names;
      s.class_name = static_cast<size_t>(s.label) < names.size() ? names[static_cast<size_t>(s.label)] : "none";
    }
    specs.push_back(s);
  }
  const auto label_tensor =
      labels.empty() ? torch::Tensor() : torch::tensor(std::vector<int64_t>(labels.begin(), labels.begin() + done));
  const auto files = sampling::write_samples(save_dir, all, label_tensor, specs);
  std::printf("%s\n", format(translate("patchdiff", "saving to %1"), {files.npz}).c_str());
  if (!trajectory.empty()) {
    const std::string path = save_dir + "/trajectory.npz";
    io::write_npz(path, {{"arr_0", torch::cat(trajectory, /*dim=*/1)},
                         {"arr_1", torch::tensor(std::vector<int64_t>(trajectory_steps.begin(), trajectory_steps.end()))}});
    std::printf("%s\n", format(translate("patchdiff", "trajectory (every %1 steps) in %2"),
                               {std::to_string(trajectory_every), path})
                            .c_str());
  }
  std::printf("%s\n", format(translate("patchdiff",
                                       "sampled %1 images, %2 steps each, %3 ms per step (batch %4, %5), %6 s in all"),
                             {std::to_string(done), std::to_string(steps),
                              c_format("%.1f", steps_run ? 1000.0 * step_seconds / steps_run : 0.0),
                              std::to_string(batch_size), device.str(), c_format("%.1f", total)})
                          .c_str());
  if (interrupted) {
    std::fprintf(stderr, "%s\n",
                 format(translate("patchdiff", "interrupted: kept the %1 images of the finished batches (of %2) in %3"),
                        {std::to_string(done), std::to_string(num_samples), save_dir})
                     .c_str());
    return 130;
  }
  return 0;
}

}  // namespace patchdiff::cli
