// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The training loop of the original image_train.py / TrainLoop (guided-diffusion's
// train_util.py with Patch Diffusion's weighted x0 loss), plus label dropout, stop
// conditions, exact resume, precision choices and sample grids.
//
// Step numbering: `step()` counts iterations done (batches consumed). Checkpoint files of step
// N hold the state after N iterations, and resuming from model{N}.pt continues with iteration
// N + 1 from the data position, RNG, optimizer, EMA and loss-scale state in opt{N}.pt, so a
// stopped-and-resumed run ends with the same weights as an uninterrupted one.
#include <torch/torch.h>

#include <atomic>
#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "core/distributed/communicator.h"
#include "core/distributed/gradient_sync.h"
#include "core/io/image_folder.h"
#include "core/model/config_resolver.h"
#include "core/model/unet.h"
#include "core/training/adamw.h"
#include "core/training/data_loader.h"
#include "core/training/progress_log.h"
#include "core/training/schedule_sampler.h"
#include "core/training/train_options.h"
#include "core/training/training_loss.h"

namespace patchdiff::training {

struct StepStats {
  int64_t step = 0;         // iterations done after this one
  bool took_step = true;    // false: non-finite gradients, the update was skipped
  double loss = 0, mse = 0, vb = 0;  // batch means, importance-weighted (NaN when absent)
  double grad_norm = 0;
  double lr = 0;            // the learning rate this step used
  double lg_loss_scale = 0; // fp16 only (0 otherwise)
  double seconds = 0;       // wall time of the step, data wait included
  double sync_seconds = 0;  // of which averaging the gradients over the ranks (0 with one process)
};

struct TrainEvents {
  std::function<void(const std::string&)> message;  // progress notes (creating, saving, ...)
  std::function<void(const std::string&)> warning;  // skipped images, non-finite steps, ...
  std::function<void(const StepStats&)> step;       // after every iteration
  std::function<void(const std::map<std::string, double>&)> log_row;  // every log_interval
};

class Trainer {
 public:
  // `model_flags` are the Model and Diffusion flags as given. Builds (or resumes) the network,
  // the diffusion, the data stream and the optimizer; creates the log folder.
  // ConfigError / IoError / CheckpointError with what to change.
  //
  // Data-parallel with a multi-process `comm` (core/distributed): each rank reads its share
  // of the files with its own data seed, starts from rank 0's weights, EMA and optimizer
  // state, and averages gradients and loss statistics every step (so the batch is
  // batch_size x world size); rank 0 alone writes the log folder, checkpoints and grids.
  Trainer(const model::FlagValues& model_flags, const TrainOptions& options, TrainEvents events = {},
          std::shared_ptr<distributed::Communicator> comm = nullptr);
  ~Trainer();

  // One iteration: a batch, its microbatches' forward/backward, then the AdamW update,
  // EMA and LR anneal (or a skip on non-finite gradients).
  StepStats train_step();
  // Writes opt{N}.pt, ema_{rate}_{N}.pt and model{N}.pt (with .json sidecars; .safetensors
  // with the sidecar inside for --save_format safetensors) for the current step,
  // atomically; returns the model file's path.
  std::string save();
  // Trains until lr_anneal_steps, max_steps, max_minutes or `cancel`; saves every
  // save_interval and at the end; writes progress.csv rows every log_interval and sample
  // grids every sample_every. Returns why it stopped.
  std::string run(const std::atomic_bool* cancel = nullptr);
  // A grid of EMA samples (the first rate; guided for class-conditional models) as
  // samples_{N}.png in the log folder; returns its path.
  std::string write_sample_grid();

  int64_t step() const { return m_step; }
  int64_t data_position() const { return m_loader->position(); }
  const std::string& log_dir() const { return m_log_dir; }
  const distributed::Communicator& communicator() const { return *m_comm; }
  const TrainOptions& options() const { return m_options; }
  const model::ResolvedConfig& config() const { return m_config; }
  const io::ImageFolder& data() const { return *m_folder; }
  torch::Device device() const { return m_device; }
  Precision precision() const { return m_precision; }
  model::UNetImpl& net() { return *m_net; }
  // float32 master weights (the network's own when not in fp16), in parameter order.
  const std::vector<torch::Tensor>& master_params() const { return m_master; }
  const std::vector<std::string>& param_names() const { return m_names; }
  // The loss each step minimises (also what `patchdiff evaluate` computes).
  const TrainingLoss& loss() const { return *m_loss; }
  const std::vector<torch::Tensor>& ema_params(size_t rate_index) const { return m_ema.at(rate_index); }
  // A copy of the network holding EMA rate `rate_index`'s weights, in eval mode on the device.
  model::UNet ema_network(size_t rate_index) const;
  // Labels seen by the network in the last iteration (after label dropout); undefined when
  // unconditional.
  const torch::Tensor& last_labels() const { return m_last_labels; }
  double current_lr() const;

 private:
  void build_network(const model::FlagValues& model_flags);
  void synchronise_with_rank0();
  void decorrelate_rank_streams();
  void checkpoint();  // save() on rank 0, then every rank continues
  void resume_from(const std::string& model_path);
  void load_opt_state(const std::string& opt_path);
  bool optimize(StepStats& stats);
  void emit(const std::string& text) const;
  void warn(const std::string& text) const;
  model::Sidecar make_sidecar(const std::string& what, double ema_rate) const;

  TrainOptions m_options;
  TrainEvents m_events;
  std::shared_ptr<distributed::Communicator> m_comm;
  std::unique_ptr<distributed::GradientSync> m_grad_sync;
  torch::Device m_device = torch::kCPU;
  Precision m_precision = Precision::Fp32;
  std::string m_log_dir;

  model::ResolvedConfig m_config;
  model::UNet m_net{nullptr};
  std::vector<std::string> m_names;
  std::vector<torch::Tensor> m_model_params;  // the network's (half in the fp16 torso)
  std::vector<torch::Tensor> m_master;        // float32 (== m_model_params unless fp16)
  std::vector<std::vector<torch::Tensor>> m_ema;
  std::unique_ptr<AdamW> m_adam;

  std::unique_ptr<TrainingLoss> m_loss;
  std::unique_ptr<ScheduleSampler> m_sampler;
  double m_class_dropout = 0.0;

  std::shared_ptr<io::ImageFolder> m_folder;
  std::unique_ptr<DataLoader> m_loader;
  int64_t m_resume_position = 0;

  at::Generator m_gen;            // timesteps, label dropout (and noise on the CPU)
  int64_t m_step = 0;
  double m_lg_loss_scale = 20.0;  // the original's INITIAL_LOG_LOSS_SCALE
  int m_nonfinite_in_row = 0;
  int64_t m_skipped = 0;
  torch::Tensor m_last_labels;
  std::vector<std::string> m_inherited_class_names;  // the resumed checkpoint's, for integer classes

  IntervalMeans m_means{1};
  std::unique_ptr<ProgressCsv> m_csv;
  int64_t m_last_saved = -1;
};

// The data seed of a rank: `seed` on rank 0 (as one process), derived from it on the others.
uint64_t data_seed(uint64_t seed, const distributed::Communicator& comm);

}  // namespace patchdiff::training
