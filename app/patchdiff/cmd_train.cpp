// SPDX-License-Identifier: GPL-3.0-or-later
// patchdiff train: a drop-in for the original scripts/image_train.py (its MODEL_FLAGS,
// DIFFUSION_FLAGS and TRAIN_FLAGS verbatim), plus label dropout, stop conditions, exact
// resume, precision choices and sample grids.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <memory>

#include <torch/torch.h>

#include "app/patchdiff/cli_args.h"
#include "app/patchdiff/cli_tr.h"
#include "app/patchdiff/commands.h"
#include "app/patchdiff/interrupt.h"
#include "app/patchdiff/progress_bar.h"
#include "core/distributed/communicator.h"
#include "core/distributed/launch_env.h"
#include "core/error.h"
#include "core/model/config_resolver.h"
#include "core/model/flags.h"
#include "core/training/trainer.h"

namespace patchdiff::cli {

namespace {

//: patchdiff train --help. Keep flag names (--data_dir), values (fp32|fp16|bf16), file
//: names (model{N}.pt, progress.csv) and $OPENAI_LOGDIR as they are; keep the layout.
const char* kTrainHelp = PATCHDIFF_CLI_TRANSLATE_NOOP(
    "patchdiff",
    "usage: patchdiff train --data_dir DIR [original MODEL_FLAGS, DIFFUSION_FLAGS, TRAIN_FLAGS]\n"
    "                       [--log_dir DIR] [--max_steps N] [--max_minutes M] [--device cpu|cuda]\n"
    "                       [--precision fp32|fp16|bf16] [--class_dropout_prob P] [--seed N]\n"
    "                       [--sample_every N] [--grad_clip G] [--num_workers N] [--threads N]\n"
    "                       [--dist_init env://|file://PATH|tcp://HOST:PORT] [--dist_timeout S]\n"
    "                       [--dry_run]\n"
    "Accepts the original README's training command lines. Images: every .jpg/.jpeg/.png/.gif\n"
    "below --data_dir, decoded with stb_image and resized as the original (box halving, bicubic,\n"
    "centre crop; --random_crop, --random_flip). With --class_cond True the class is the file\n"
    "name before its first underscore: integers (the original's 3_cat.png) or words (numbered\n"
    "in sorted order; the names go into the sidecar).\n"
    "Writes to --log_dir (default $OPENAI_LOGDIR, else ./train-<date>): model{N}.pt,\n"
    "ema_{rate}_{N}.pt and opt{N}.pt every --save_interval steps and at the end, a .json sidecar\n"
    "beside each model so `patchdiff sample --model_path` needs no flags, and progress.csv.\n"
    "--resume_checkpoint DIR/modelN.pt continues exactly (optimizer, EMA, RNG, data order); a\n"
    "file without a step in its name (a bundled starter, emoji64_p4.pt) gives the starting\n"
    "weights alone: step 0, EMA from those weights, fresh AdamW.\n"
    "Beyond the original:\n"
    "  --class_dropout_prob  labels replaced by the null label at this rate (default 0.1), so\n"
    "                        the model can be sampled with guidance\n"
    "  --max_steps N         stop at total step N; --max_minutes M: after M minutes of this run\n"
    "  --precision           fp32 (CPU or CUDA), fp16 (CUDA: --use_fp16's half torso with dynamic\n"
    "                        loss scaling), bf16 (CUDA autocast)\n"
    "  --sample_every N      EMA sample grid samples_N.png every N steps (DDIM, guided)\n"
    "  --grad_clip G         clip the gradient norm; --max_nonfinite K: stop after K bad steps\n"
    "  --ema_dtype float16   EMA files in float16 (half the size, as the original's use_fp16)\n"
    "  --dry_run             check the flags and the data folder, print the plan, train nothing\n"
    "Several processes (torchrun --no-python --nproc_per_node N patchdiff train ..., mpirun, srun)\n"
    "train data-parallel: each reads its share of the files, gradients are averaged, the batch\n"
    "is --batch_size x N; rank 0 logs and writes the checkpoints (docs/distributed.md).\n"
    "  --dist_init           how the processes meet: env:// (MASTER_ADDR, MASTER_PORT; default),\n"
    "                        file://PATH (a new file all of them see), tcp://HOST:PORT\n"
    "  --dist_timeout S      a collective waits at most S seconds (default 1800) for a lost rank\n"
    "Ctrl-C stops after the current step and saves a checkpoint.\n");

//: patchdiff train --help, its last paragraph. Keep flag names, values and file names.
const char* kTrainFormatHelp = PATCHDIFF_CLI_TRANSLATE_NOOP(
    "patchdiff",
    "--save_format safetensors writes model, EMA and optimizer files as .safetensors with the\n"
    "sidecar inside (default pt: torch.save files, as the original); --resume_checkpoint reads both.\n");

std::string format_row(const std::map<std::string, double>& row) {
  auto get = [&](const char* key) {
    auto it = row.find(key);
    return it == row.end() ? std::nan("") : it->second;
  };
  //: One line of the training log. loss, mse, vb (variational bound), grad (gradient
  //: norm) and lr (learning rate) are the names in progress.csv: keep them.
  std::string line = format(
      translate("patchdiff", "step %1  loss %2  mse %3  vb %4  grad %5  lr %6  %7 s/step  %8 img/s"),
      {std::to_string(static_cast<long long>(get("step"))), c_format("%.4g", get("loss")), c_format("%.4g", get("mse")),
       c_format("%.4g", get("vb")), c_format("%.3g", get("grad_norm")), c_format("%.3g", get("lr")),
       c_format("%.3f", get("sec_per_step")), c_format("%.1f", get("images_per_sec"))});
  if (row.count("allreduce_sec"))
    //: Appended to a training log line when several processes train: the seconds per step the
    //: gradients' allreduce took (part of the s/step before it). Keep "allreduce" as it is.
    line += format(translate("patchdiff", "  allreduce %1 s/step"), {c_format("%.3f", row.at("allreduce_sec"))});
  return line;
}

}  // namespace

int train_with(const model::FlagValues& model_flags, const training::TrainOptions& options,
               const distributed::Communicator& run, std::shared_ptr<distributed::Communicator> comm,
               bool main_rank, const std::string& rank_prefix);

int cmd_train(const Args& raw) {
  const auto args = parse_command_args(
      raw, {"threads", "dist_init", "dist_timeout"}, {"dry_run"},
      {model::FlagGroup::Model, model::FlagGroup::Diffusion, model::FlagGroup::Train});
  if (args.help) {
    std::printf("%s", translate("patchdiff", kTrainHelp).c_str());
    std::printf("%s", translate("patchdiff", kTrainFormatHelp).c_str());
    return 0;
  }
  if (!args.positional.empty())
    throw ConfigError(format(translate("patchdiff", "unexpected argument '%1' (flags look like --name value)"),
                             {args.positional.front()}));

  model::FlagValues model_flags, train_flags;
  for (const auto& [name, value] : args.flags) {
    const auto* spec = model::find_flag(name);
    const bool model_flag = spec && (spec->group == model::FlagGroup::Model || spec->group == model::FlagGroup::Diffusion);
    (model_flag ? model_flags : train_flags)[name] = value;
  }
  const bool use_fp16 = model_flags.count("use_fp16") && model::parse_bool("use_fp16", model_flags.at("use_fp16"));
  auto options = training::train_options_from_flags(train_flags, use_fp16);
  const auto launch = distributed::read_launch_env(distributed::process_environment(),
                                                   {args.get("dist_init"), args.get("dist_timeout")});
  // Ranks on one machine share its cores (torchrun also sets OMP_NUM_THREADS=1 for them).
  use_threads_option(args, std::max(1, launch.local_world_size));
  if (args.has("dist_init") && !distributed::c10d_available() && !launch.distributed())
    print_warning(distributed::c10d_unavailable_reason() + "; training in one process");
  if (options.data_dir.empty())
    throw ConfigError(translate("patchdiff", "--data_dir is required (a folder of training images)"));

  if (args.has("dry_run")) {
    const auto config = model::resolve_config({}, model_flags, std::nullopt);
    io::ImageFolderOptions data_options;
    data_options.image_size = config.model.image_size;
    data_options.class_cond = config.model.class_cond;
    const io::ImageFolder folder(options.data_dir, data_options);
    std::printf("%s\n", format(translate("patchdiff", "model: %1"), {model::to_flag_string(config.flags)}).c_str());
    const std::string images =
        format(translate("patchdiff", "data: %1 images in %2"), {std::to_string(folder.size()), options.data_dir});
    std::printf(
        "%s\n",
        config.model.class_cond
            ? format(translate("patchdiff", "%1, %2 classes"), {images, std::to_string(folder.num_classes())}).c_str()
            : images.c_str());
    //: The training plan of --dry_run: lr (learning rate), batch and microbatch sizes, the EMA
    //: rates, the timestep sampler (uniform, loss-second-moment), precision and device.
    std::printf(
        "%s\n",
        format(
            translate("patchdiff",
                      "training: lr %1, batch %2 (microbatch %3), ema %4, sampler %5, precision %6, device %7"),
            {c_format("%g", options.lr), std::to_string(options.batch_size), std::to_string(options.microbatch),
             options.ema_rate_text, options.schedule_sampler, training::to_string(options.precision), options.device})
            .c_str());
    return 0;
  }

  // One device per process (cuda:<local rank>), then the process group.
  options.device = distributed::process_device(options.device, launch);
  const auto comm = distributed::Communicator::connect(
      launch, launch.distributed() ? torch::Device(options.device) : torch::Device(torch::kCPU));
  const bool main_rank = comm->is_main();
  const std::string rank_prefix = launch.distributed() ? "[rank " + std::to_string(launch.rank) + "] " : "";
  try {
    return train_with(model_flags, options, *comm, comm, main_rank, rank_prefix);
  } catch (const std::exception& e) {
    comm->announce_failure(e.what());  // the other ranks name this one and its reason
    throw;
  }
}

int train_with(const model::FlagValues& model_flags, const training::TrainOptions& options,
               const distributed::Communicator& run, std::shared_ptr<distributed::Communicator> comm,
               bool main_rank, const std::string& rank_prefix) {
  // A bar with ETA when the run has a known end: steps, or minutes.
  std::unique_ptr<ProgressBar> bar;
  int64_t first_step = 0, end_step = 0;
  auto started = std::chrono::steady_clock::now();
  training::TrainEvents events;
  // Rank 0 speaks for the run; the others report warnings alone, marked with their rank.
  if (main_rank)
    events.message = [](const std::string& text) { std::printf("%s\n", text.c_str()); std::fflush(stdout); };
  events.warning = [rank_prefix](const std::string& text) { print_warning(rank_prefix + text); };
  events.log_row = [](const std::map<std::string, double>& row) {
    std::printf("%s\n", format_row(row).c_str());
    std::fflush(stdout);
  };
  events.step = [&](const training::StepStats& s) {
    if (!bar || !main_rank) return;
    if (end_step > first_step) bar->update(s.step - first_step);
    else bar->update(static_cast<long long>(std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count()));
  };
  training::Trainer trainer(model_flags, options, events, std::move(comm));
  if (main_rank) {
    std::printf("%s\n", format(translate("patchdiff", "logging to %1"), {trainer.log_dir()}).c_str());
    if (run.distributed())
      //: A data-parallel run: %1 processes, %2 the backend (gloo, nccl), %3 the global batch.
      std::printf("%s\n", format(translate("patchdiff", "data-parallel over %1 processes (%2), global batch %3"),
                                  {std::to_string(run.world_size()), run.backend(),
                                   std::to_string(static_cast<long long>(options.batch_size) * run.world_size())})
                               .c_str());
  }

  first_step = trainer.step();
  if (options.max_steps > 0) end_step = options.max_steps;
  if (options.lr_anneal_steps > 0)
    end_step = end_step > 0 ? std::min(end_step, options.lr_anneal_steps) : options.lr_anneal_steps;
  started = std::chrono::steady_clock::now();
  if (main_rank && end_step > first_step)
    bar = std::make_unique<ProgressBar>(translate("patchdiff", "training"), end_step - first_step,
                                        translate("patchdiff", "steps"));
  else if (main_rank && options.max_minutes > 0)
    bar = std::make_unique<ProgressBar>(translate("patchdiff", "training"),
                                        static_cast<long long>(options.max_minutes * 60), "s");
  std::string reason;
  {
    InterruptRequest interrupt;  // Ctrl+C or SIGTERM stops after the current step; a second ends at once
    reason = trainer.run(interrupt.flag());
  }
  if (bar) bar->finish();
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  const int64_t steps = trainer.step() - first_step;
  if (!main_rank) return 0;
  const int64_t global_batch = static_cast<int64_t>(options.batch_size) * run.world_size();
  //: The end of training: %1 is why it stopped (the trainer's words, English), %2 the steps run.
  std::printf("%s\n",
              format(translate("patchdiff", "%1: %2 steps in %3 s (%4 images/s); checkpoints in %5"),
                     {reason, std::to_string(steps), c_format("%.1f", seconds),
                      c_format("%.2f", seconds > 0 ? static_cast<double>(steps * global_batch) / seconds : 0.0),
                      trainer.log_dir()})
                  .c_str());
  return 0;
}

}  // namespace patchdiff::cli
