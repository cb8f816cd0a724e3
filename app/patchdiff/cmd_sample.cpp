// SPDX-License-Identifier: GPL-3.0-or-later
// patchdiff sample: a drop-in for the original scripts/image_sample.py (its MODEL_FLAGS and
// SAMPLE_FLAGS verbatim), plus seeds, labels, devices, trajectories and PNG metadata.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <memory>
#include <optional>

#include <torch/torch.h>

#include "app/patchdiff/bundled_models.h"
#include "app/patchdiff/cli_args.h"
#include "app/patchdiff/cli_tr.h"
#include "app/patchdiff/commands.h"
#include "app/patchdiff/interrupt.h"
#include "app/patchdiff/progress_bar.h"
#include "app/patchdiff/sample_plan.h"
#include "app/patchdiff/sampler_args.h"
#include "core/diffusion/snr_splits.h"
#include "core/distributed/communicator.h"
#include "core/distributed/image_shards.h"
#include "core/distributed/launch_env.h"
#include "core/error.h"
#include "core/io/image.h"
#include "core/io/npy.h"
#include "core/io/npz.h"
#include "core/model/comma_list.h"
#include "core/model/flags.h"
#include "core/sampling/run_labels.h"
#include "core/sampling/run_spec.h"
#include "core/sampling/sampler_catalog.h"
#include "core/sampling/sample_images.h"
#include "core/sampling/sample_writer.h"
#include "core/sampling/sampler.h"

namespace patchdiff::cli {

namespace {

//: patchdiff sample --help. Keep flag names (--seed), their values (cpu|cuda, random,
//: auto|on|off), file names and shapes as they are; keep the two-column layout. %1 is the
//: original's DDIM flag name.
const char* kSampleHelp = PATCHDIFF_CLI_TRANSLATE_NOOP(
    "patchdiff",
    "usage: patchdiff sample --model_path A.pt[,B.pt] [original MODEL_FLAGS and SAMPLE_FLAGS]\n"
    "                        [--seed N] [--class_labels 3,3,7|random] [--device cpu|cuda]\n"
    "                        [--eta E] [--noise xT.npy] [--dynamic_threshold auto|on|off]\n"
    "                        [--trajectory K] [--threads N] [--entry NAME]\n"
    "                        [--sampler NAME] [--schedule NAME] [--order K]\n"
    "                        [--init_image PATH|DIR [--strength S] [--mask PATH]\n"
    "                         [--repaint_jumps N] [--repaint_jump_length J]]\n"
    "                        [--dist_init env://|file://PATH|tcp://HOST:PORT] [--dist_timeout S]\n"
    "Accepts the original README's sampling command lines. Writes to --save_dir (default .):\n"
    "samples_NxHxWx3.npz (as the original), a grid PNG and one PNG per image whose\n"
    "'patchdiff' text chunk records everything needed to redo it.\n"
    "  --model_path        checkpoints, comma separated, highest-SNR model first (splits);\n"
    "                      a bare name such as emoji64_p4 is a bundled model\n"
    "  --snr_splits        SNR boundaries between split models, e.g. 0.25\n"
    "  --timestep_respacing  250, 10,20,30 or ddim50 (default: all diffusion steps)\n"
    "  --guidance_scale    classifier-free guidance (default 1.5; 1 = off)\n"
    "  --%1          True for DDIM (with --eta, default 0)\n"
    "  --sampler           ddpm (default), ddim, euler, euler_ancestral, heun (2 passes a\n"
    "                      step), dpmpp_2m, dpmpp_2m_sde (--eta, default 1), unipc;\n"
    "                      --timestep_respacing N then means N steps\n"
    "  --schedule          uniform (the respacing string, default), karras, exponential,\n"
    "                      trailing\n"
    "  --order             unipc's order (default 3, 2 when guiding)\n"
    "  --num_samples, --batch_size, --clip_denoised, --use_fp16 (CUDA only)\n"
    "  --seed              image i uses the noise streams of (seed, i) (default 0)\n"
    "  --class_labels      labels for the images, repeated as needed, or random (default)\n"
    "  --noise             x_T for every image from an .npy [N, 3, H, W]\n"
    "  --dynamic_threshold auto (on exactly when guiding, as the original), on, off\n"
    "  --trajectory K      also save every K-th x0 prediction to trajectory.npz\n"
    "  --init_image        start from this image (or each image of a folder) instead of\n"
    "                      noise; --num_samples N gives N variations (default: one per\n"
    "                      image); images of another size are resized as for training\n"
    "  --strength          how far into the noise the image goes, in (0, 1] (default 1:\n"
    "                      from noise; 0.5 keeps the layout, near 0 returns the image)\n"
    "  --mask              inpainting: white regenerates, black keeps the image's pixels\n"
    "                      exactly (the image's size)\n"
    "  --repaint_jumps N   RePaint's resampling: at every J-th step go back J steps and\n"
    "                      come down again, N times (default 0); J: --repaint_jump_length\n"
    "                      (default 10)\n"
    "Several processes (torchrun --no-python --nproc_per_node N patchdiff sample ...) split the\n"
    "images: rank r samples images r, r+N, ...; rank 0 writes the files, the same as one\n"
    "process's (docs/distributed.md).\n");

}  // namespace

int cmd_sample(const Args& raw) {
  const auto args = parse_command_args(
      raw,
      with_image_options(with_sampler_options({"seed", "class_labels", "device", "noise", "trajectory", "threads",
                                               "entry", "dist_init", "dist_timeout"})),
      {}, {model::FlagGroup::Model, model::FlagGroup::Diffusion, model::FlagGroup::Sample});
  if (args.help) {
    std::printf("%s", format(translate("patchdiff", kSampleHelp), {model::original_solver_flag()}).c_str());
    return 0;
  }
  if (!args.positional.empty())
    throw ConfigError(format(translate("patchdiff", "unexpected argument '%1' (flags look like --name value)"),
                             {args.positional.front()}));
  // Sample-group flags go to the sampler, model/diffusion ones to the checkpoints' resolver.
  model::FlagValues model_flags;
  for (const auto& [name, value] : args.flags) {
    const auto* spec = model::find_flag(name);
    if (spec && (spec->group == model::FlagGroup::Model || spec->group == model::FlagGroup::Diffusion))
      model_flags[name] = value;
  }
  const auto paths = resolve_model_paths(model::split_commas(args.flag("model_path")));
  if (paths.empty())
    throw ConfigError(translate("patchdiff", "--model_path is required (one checkpoint, or several for --snr_splits)"));

  // Several processes (a launcher's variables): one device each, and a share of the images.
  const auto launch = distributed::read_launch_env(distributed::process_environment(),
                                                   {args.get("dist_init"), args.get("dist_timeout")});
  // Ranks on one machine share its cores (torchrun also sets OMP_NUM_THREADS=1 for them).
  use_threads_option(args, std::max(1, launch.local_world_size));
  const std::string device_name = distributed::process_device(args.get("device", "cpu"), launch);
  torch::Device device(device_name == "cuda" ? "cuda:0" : device_name);
  if (device.is_cuda() && !torch::cuda::is_available())
    throw ConfigError(translate("patchdiff", "--device cuda: this LibTorch build has no usable CUDA device"));
  const auto comm = distributed::Communicator::connect(launch, device);
  const int rank = comm->rank(), world = comm->world_size();

  std::vector<model::LoadedModel> models;
  for (const auto& path : paths) {
    models.push_back(model::load_model(path, model_flags, args.get("entry")));
    for (const auto& w : models.back().config.warnings) print_warning(w);
  }
  const bool use_fp16 = models.front().config.model.use_fp16;
  if (use_fp16 && !device.is_cuda())
    print_note(translate("patchdiff", "--use_fp16 True applies on CUDA only and is ignored on the CPU"));

  sampling::SamplerSettings settings = sampler_settings_from_args(args);
  read_image_settings(args, settings);
  settings.snr_splits = diffusion::parse_snr_splits(args.flag("snr_splits"));
  sampling::Sampler sampler(models, settings, device);
  const bool half_torso = sampler.apply_use_fp16();
  if (!sampler.class_conditional() && settings.guidance_scale != 1.0)
    print_note(format(translate("patchdiff",
                                "the model is unconditional, so --guidance_scale %1 has no effect "
                                "(the original skips guidance for such models too)"),
                      {c_format("%g", settings.guidance_scale)}));

  const auto inputs = read_input_images(args, sampler.image_size(), comm->is_main());
  // From input images, the default is one image per input (variations: --num_samples N).
  const int64_t num_samples = inputs.images.defined() && !args.flags.count("num_samples")
                                  ? static_cast<int64_t>(inputs.paths.size())
                                  : model::parse_int("num_samples", args.flag("num_samples"));
  const int64_t batch_size = model::parse_int("batch_size", args.flag("batch_size"));
  if (num_samples <= 0 || batch_size <= 0)
    throw ConfigError(translate("patchdiff", "--num_samples and --batch_size must be positive"));
  const uint64_t seed = args.has("seed") ? std::stoull(args.get("seed")) : 0;
  const int trajectory_every = args.has("trajectory") ? model::parse_int("trajectory", args.get("trajectory")) : 0;
  if (trajectory_every < 0) throw ConfigError(translate("patchdiff", "--trajectory must be a positive step interval"));
  const int size = sampler.image_size();

  // Labels for all images: given (repeated), or drawn from a generator seeded by --seed.
  std::vector<int64_t> given_labels;
  const std::string label_spec = args.get("class_labels", "random");
  if (sampler.class_conditional() && label_spec != "random") {
    const auto given = model::parse_int_list("class_labels", label_spec);
    if (given.empty()) throw ConfigError(translate("patchdiff", "--class_labels is empty"));
    given_labels.assign(given.begin(), given.end());
  } else if (!sampler.class_conditional() && args.has("class_labels")) {
    throw ConfigError(translate("patchdiff", "--class_labels given, but the model is unconditional"));
  }
  const auto labels =
      sampling::labels_for_images(given_labels, seed, /*first_image=*/0, num_samples, sampler.num_classes());

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
  base_spec.settings = settings;
  base_spec.seed = seed;
  base_spec.device = device.str();
  base_spec.precision = half_torso ? "float16" : "float32";
  base_spec.injected_noise = given_noise.defined();

  const int steps = sampler.num_steps();
  // A run from an image starts at the step its strength picks (every step is seen once).
  const int first_step = inputs.images.defined() ? sampler.start_index(settings) : 0;
  const int steps_run = steps - first_step;
  if (settings.repaint_jumps > 0 && comm->is_main()) {
    const auto moves = sampling::sampling_moves(first_step, steps, settings.repaint_jumps, settings.repaint_jump_length);
    if (static_cast<int>(moves.size()) == steps_run)
      //: %1 the jump length, %2 the steps the run walks.
      print_note(format(translate("patchdiff", "--repaint_jump_length %1 leaves no room for a jump in the %2 steps "
                                               "this run walks: no resampling happens (try a shorter length)"),
                        {std::to_string(settings.repaint_jump_length), std::to_string(steps_run)}));
  }
  if (inputs.images.defined() && comm->is_main())
    //: %1 the number of input images, %2 the strength, %3 the first step run, %4 the step count.
    print_note(format(translate("patchdiff", "starting from %1 input image(s) at strength %2: the run begins at step "
                                             "%3 of %4"),
                      {std::to_string(inputs.paths.size()), c_format("%g", settings.strength),
                       std::to_string(first_step + 1), std::to_string(steps)}));
  const std::string save_dir = args.flag("save_dir").empty() ? "." : args.flag("save_dir");
  // This process's share: images rank, rank + world, ... (all of them with one process);
  // local image j is image rank + j * world, with that image's noise and label.
  const int64_t local_count = distributed::shard_size(num_samples, rank, world);
  auto global_index = [&](int64_t j) { return rank + j * world; };
  SamplePlan plan{local_count, batch_size, steps_run, sampler.diffusion().original_num_steps(),
                  settings.solver, device.str(), save_dir,
                  !args.flags.count("num_samples") && !inputs.images.defined(),
                  args.flag("timestep_respacing").empty()};
  if (comm->is_main()) print_sample_plan(plan);
  const int64_t batches = batch_count(plan);
  // Counts steps of the run (each batch walks the schedule once), not image-steps.
  std::unique_ptr<ProgressBar> progress_bar;
  if (comm->is_main())
    progress_bar = std::make_unique<ProgressBar>(translate("patchdiff", "sampling"), batches * steps_run,
                                                 translate("patchdiff", "steps"));
  // Ctrl+C stops between steps and keeps the finished batches; a run over several processes
  // leaves signals to its launcher (the ranks could not agree on what finished).
  std::optional<InterruptRequest> interrupt;
  if (world == 1) interrupt.emplace();
  std::vector<torch::Tensor> trajectory;
  std::vector<int> trajectory_steps;
  double step_seconds = 0;
  long long steps_timed = 0;
  const auto started = std::chrono::steady_clock::now();
  sampling::ImagesRequest request;
  request.num_images = local_count;
  request.batch_size = batch_size;
  request.seed = seed;
  request.first_image = rank;
  request.image_stride = world;
  request.cancel = interrupt ? interrupt->flag() : nullptr;
  for (int64_t j = 0; j < local_count && !labels.empty(); ++j)
    request.labels.push_back(labels[static_cast<size_t>(global_index(j))]);
  request.init_images = inputs.images;
  if (given_noise.defined() && local_count > 0)
    request.given_x_T = given_noise.index_select(0, torch::arange(rank, num_samples, world, torch::kLong));
  std::vector<torch::Tensor> batch_trajectory;
  sampling::ImagesObserver observer;
  observer.step = [&](int64_t first, int64_t, const sampling::StepRecord& r) {
    step_seconds += r.seconds;
    ++steps_timed;
    const int64_t batch_number = first / batch_size;
    if (progress_bar) {
      // The first step warms caches up: estimate from the second on (or the only one).
      if (batch_number == 0 && (r.index == first_step + 1 || steps_run == 1))
        print_sample_estimate(plan, step_seconds / static_cast<double>(steps_timed));
      progress_bar->update(batch_number * steps_run + (r.index - first_step) + 1,
                           format(translate("patchdiff", "batch %1/%2"),
                                  {std::to_string(batch_number + 1), std::to_string(batches)}));
    }
    if (trajectory_every > 0 && (r.index % trajectory_every == 0 || r.index == r.num_steps - 1)) {
      batch_trajectory.push_back(io::to_uint8_nhwc(r.pred_xstart));
      if (first == 0) trajectory_steps.push_back(r.index);
    }
  };
  observer.batch_done = [&](int64_t, const sampling::RunResult& run) {
    // A cancelled batch is dropped; the finished ones are written below.
    if (!run.cancelled && !batch_trajectory.empty())
      trajectory.push_back(torch::stack(batch_trajectory));  // [S, B, H, W, 3]
    batch_trajectory.clear();
  };
  bool interrupted = false;
  torch::Tensor all;
  if (local_count > 0) {
    const auto result = sampling::sample_images(sampler, settings, request, observer);
    interrupted = result.cancelled;
    all = io::to_uint8_nhwc(result.images.narrow(0, 0, result.images_done));
  } else {
    all = torch::empty({0, size, size, 3}, torch::kUInt8);
  }
  if (progress_bar) progress_bar->finish();
  if (interrupted && all.size(0) == 0) {
    std::fprintf(stderr, "%s\n",
                 translate("patchdiff", "interrupted before the first batch finished: nothing to keep").c_str());
    throw Cancelled();
  }
  const int64_t done = interrupted ? all.size(0) : num_samples;  // only one process can be interrupted
  // Every rank's share, in image order; rank 0 writes the files.
  all = distributed::gather_shards(*comm, all, done, "gathering the sampled images");
  torch::Tensor trajectory_all;
  if (trajectory_every > 0) {
    // [S, n, H, W, 3] per rank -> image-major for the gather -> [S, N, H, W, 3].
    int64_t saved_steps = 0;  // also on a rank without images
    for (int k = first_step; k < steps; ++k) saved_steps += (k % trajectory_every == 0 || k == steps - 1) ? 1 : 0;
    auto local = trajectory.empty() ? torch::empty({saved_steps, 0, size, size, 3}, torch::kUInt8)
                                    : torch::cat(trajectory, /*dim=*/1);
    trajectory_all = distributed::gather_shards(*comm, local.transpose(0, 1).contiguous(), done,
                                                "gathering the trajectories")
                         .transpose(0, 1);
  }
  if (!comm->is_main()) return 0;
  const double total = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();

  std::vector<sampling::RunSpec> specs;
  for (int64_t i = 0; i < done; ++i) {
    specs.push_back(sampling::spec_for_image(base_spec, i, labels.empty() ? -1 : labels[static_cast<size_t>(i)],
                                             sampler.models().front().class_names));
    if (!inputs.refs.empty()) specs.back().input = inputs.refs[static_cast<size_t>(i) % inputs.refs.size()];
  }
  const auto label_tensor =
      labels.empty() ? torch::Tensor() : torch::tensor(std::vector<int64_t>(labels.begin(), labels.begin() + done));
  const auto files = sampling::write_samples(save_dir, all, label_tensor, specs);
  std::printf("%s\n", format(translate("patchdiff", "saving to %1"), {files.npz}).c_str());
  if (trajectory_all.defined()) {
    const std::string path = save_dir + "/trajectory.npz";
    io::write_npz(path, {{"arr_0", trajectory_all.contiguous()},
                         {"arr_1", torch::tensor(std::vector<int64_t>(trajectory_steps.begin(), trajectory_steps.end()))}});
    std::printf("%s\n", format(translate("patchdiff", "trajectory (every %1 steps) in %2"),
                               {std::to_string(trajectory_every), path})
                            .c_str());
  }
  std::printf("%s\n", format(translate("patchdiff",
                                       "sampled %1 images, %2 steps each, %3 ms per step (batch %4, %5), %6 s in all"),
                             {std::to_string(done), std::to_string(steps_run),
                              c_format("%.1f", steps_timed ? 1000.0 * step_seconds / steps_timed : 0.0),
                              std::to_string(batch_size), device.str(), c_format("%.1f", total)})
                          .c_str());
  if (world > 1)
    //: A sampling run split over processes: %1 processes, %2 the backend (gloo, nccl).
    std::printf("%s\n", format(translate("patchdiff", "split over %1 processes (%2); rank 0 wrote the files"),
                               {std::to_string(world), comm->backend()})
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
