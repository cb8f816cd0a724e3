// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The sampling loop: the job's solver (core/sampling/solver.h) walks the job's schedule over
// a denoiser (guidance in one batched network pass, dynamic thresholding, SNR splits over
// several checkpoints), with an observer per step, cancellation between any two steps, and
// starting from any step (with the solver state a branch carries). It knows no solver by name.
#include <torch/torch.h>

#include <atomic>
#include <string>
#include <vector>

#include "core/diffusion/gaussian_diffusion.h"
#include "core/model/model_loader.h"
#include "core/sampling/image_condition.h"
#include "core/sampling/noise.h"
#include "core/sampling/sampler_settings.h"
#include "core/sampling/solver_state.h"
#include "core/sampling/step_record.h"

namespace patchdiff::sampling {


struct RunRequest {
  int64_t batch = 1;
  torch::Tensor labels;          // [B] int64 for class-conditional models
  NoiseSource* noise = nullptr;  // x_T and step noise
  // Branching: start at loop index `start_index` from `start_x` (the x_t that step takes in).
  // A multistep solver also continues from the state recorded at that step (StepRecord).
  int start_index = 0;
  torch::Tensor start_x;
  SolverState start_state;
  // Starting from an image (settings.strength picks the first step, unless start_x is
  // given) and inpainting (the condition's kept region): core/sampling/image_condition.h.
  ImageCondition condition;
};

struct RunResult {
  torch::Tensor sample;       // [B, 3, H, W] on the CPU: x_0, or the last x0 prediction if cancelled
  torch::Tensor last_pred_xstart;
  int steps_done = 0;
  bool cancelled = false;
  SolverState state;  // the solver's state after the last step run
};

class Sampler {
 public:
  // `models` in split order (high SNR first); `respacing` and `snr_splits` override the
  // models' diffusion flags. Checks that the models agree on image size and schedule and
  // that there is one more model than split boundaries. Moves the models to `device`.
  Sampler(std::vector<model::LoadedModel> models, const std::string& respacing,
          const std::vector<double>& snr_splits, const torch::Device& device);
  // The same with the job's timestep_respacing and snr_splits.
  Sampler(std::vector<model::LoadedModel> models, const SamplerSettings& settings, const torch::Device& device);

  const diffusion::GaussianDiffusion& diffusion() const { return m_diffusion; }
  const std::vector<model::LoadedModel>& models() const { return m_models; }
  // use_fp16 as the original defines it, on CUDA only (a no-op on the CPU): returns whether
  // the torso now runs in half precision.
  bool apply_use_fp16();
  // Per respaced step, the index of the model that serves it.
  const std::vector<int>& model_per_step() const { return m_model_per_step; }
  int num_steps() const { return m_diffusion.num_steps(); }
  const std::vector<double>& snr_boundaries() const { return m_boundaries; }
  int image_size() const { return m_image_size; }
  bool class_conditional() const { return m_num_classes > 0; }
  int num_classes() const { return m_num_classes; }
  torch::Device device() const { return m_diffusion.device(); }
  // The loop index a run with `settings` starts at: 0, or the step its strength picks.
  int start_index(const SamplerSettings& settings) const;
  // Guidance runs when the models are class-conditional and the scale is not 1.
  bool guidance_active(const SamplerSettings& settings) const;

  // Runs the loop; `cancel` (may be null) is polled between steps. Cancelling is not an
  // error: the result says so and holds the last x0 prediction. With RePaint's jumps a step
  // runs several times; the observer sees its last run only, so it sees each step once.
  RunResult run(const RunRequest& request, const SamplerSettings& settings,
                const StepObserver& observer = {}, const std::atomic_bool* cancel = nullptr);

  // One network evaluation with guidance as the loop does it (for tests and tools):
  // returns the raw (guided) output and fills the guidance gap when guiding.
  torch::Tensor model_output(const torch::Tensor& x, int step, const torch::Tensor& labels,
                             double guidance_scale, torch::Tensor* gap_rms = nullptr);

 private:
  std::vector<model::LoadedModel> m_models;
  diffusion::GaussianDiffusion m_diffusion;
  std::vector<int> m_model_per_step;
  std::vector<double> m_boundaries;
  int m_image_size = 0;
  int m_num_classes = 0;
};

// Checks labels against the class count: 0..n-1, or n (the null label). Throws ConfigError.
void validate_labels(const std::vector<int64_t>& labels, int num_classes);

}  // namespace patchdiff::sampling
