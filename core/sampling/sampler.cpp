// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sampling/sampler.h"

#include <chrono>
#include <cmath>

#include "core/diffusion/guidance.h"
#include "core/diffusion/snr_splits.h"
#include "core/error.h"
#include "core/message.h"
#include "core/sampling/denoiser.h"
#include "core/sampling/schedule.h"
#include "core/sampling/solver.h"

namespace patchdiff::sampling {

namespace {

diffusion::DiffusionConfig diffusion_config_of(const std::vector<model::LoadedModel>& models,
                                               const std::string& respacing) {
  if (models.empty())
    throw ConfigError(Message(PATCHDIFF_TR_NOOP("core", "sampling needs at least one checkpoint (--model_path)"), {}));
  diffusion::DiffusionConfig config = models.front().config.diffusion;
  config.timestep_respacing = respacing;
  return config;
}

// Split checkpoints must describe the same diffusion over the same images.
void check_models_agree(const std::vector<model::LoadedModel>& models) {
  const auto& first = models.front();
  for (size_t i = 1; i < models.size(); ++i) {
    const auto& other = models[i];
    // `what` is a flag name (plain) or a phrase with its own translation.
    auto mismatch = [&](const Message& what, const std::string& a, const std::string& b) {
      throw ConfigError(Message(PATCHDIFF_TR_NOOP("core", "split checkpoints disagree on %1: '%2' has %3, '%4' has %5"),
                                {what, first.path, a, other.path, b}));
    };
    const auto& a = first.config;
    const auto& b = other.config;
    if (a.model.image_size != b.model.image_size)
      mismatch("image_size", std::to_string(a.model.image_size), std::to_string(b.model.image_size));
    if (a.diffusion.noise_schedule != b.diffusion.noise_schedule)
      mismatch("noise_schedule", a.diffusion.noise_schedule, b.diffusion.noise_schedule);
    if (a.diffusion.diffusion_steps != b.diffusion.diffusion_steps)
      mismatch("diffusion_steps", std::to_string(a.diffusion.diffusion_steps),
               std::to_string(b.diffusion.diffusion_steps));
    if (a.diffusion.mean_type != b.diffusion.mean_type)
      mismatch("model_mean_type", a.flags.at("model_mean_type").value,
               b.flags.at("model_mean_type").value);
    if (a.model.learn_sigma != b.model.learn_sigma)
      mismatch("learn_sigma", a.model.learn_sigma ? "True" : "False",
               b.model.learn_sigma ? "True" : "False");
    if (a.model.num_classes != b.model.num_classes)
      mismatch(Message(PATCHDIFF_TR_NOOP("core", "the class count"), {}), std::to_string(a.model.num_classes),
               std::to_string(b.model.num_classes));
  }
}

}  // namespace

void validate_labels(const std::vector<int64_t>& labels, int num_classes) {
  for (int64_t label : labels)
    if (label < 0 || label > num_classes)
      throw ConfigError(Message(PATCHDIFF_TR_NOOP("core", "class label %1 is out of range: the model has %2 classes "
                                                          "(0..%3; %2 is the null label)"),
                                {std::to_string(label), std::to_string(num_classes),
                                 std::to_string(num_classes - 1)}));
}

Sampler::Sampler(std::vector<model::LoadedModel> models, const std::string& respacing,
                 const std::vector<double>& snr_splits, const torch::Device& device)
    : m_models(std::move(models)), m_diffusion(diffusion_config_of(m_models, respacing)) {
  check_models_agree(m_models);
  diffusion::validate_snr_splits(snr_splits, static_cast<int>(m_models.size()));
  m_boundaries = diffusion::snr_boundaries(snr_splits);
  m_model_per_step = diffusion::split_models_per_step(m_diffusion.tables().snr, m_boundaries);
  m_image_size = m_models.front().config.model.image_size;
  m_num_classes = m_models.front().config.model.class_cond ? m_models.front().config.model.num_classes : 0;
  m_diffusion.to(device);
  for (auto& m : m_models) {
    m.net->to(device);
    m.net->eval();
  }
}

Sampler::Sampler(std::vector<model::LoadedModel> models, const SamplerSettings& settings,
                 const torch::Device& device)
    : Sampler(std::move(models), settings.timestep_respacing, settings.snr_splits, device) {}

bool Sampler::apply_use_fp16() {
  if (!device().is_cuda()) return false;
  bool any = false;
  for (auto& m : m_models)
    if (m.config.model.use_fp16) {
      m.net->convert_torso_to_fp16();
      any = true;
    }
  return any;
}

bool Sampler::guidance_active(const SamplerSettings& settings) const {
  return class_conditional() && settings.guidance_scale != 1.0;
}

torch::Tensor Sampler::model_output(const torch::Tensor& x, int step, const torch::Tensor& labels,
                                    double guidance_scale, torch::Tensor* gap_rms) {
  auto& net = m_models.at(static_cast<size_t>(m_model_per_step.at(static_cast<size_t>(step)))).net;
  const int64_t batch = x.size(0);
  const auto t = m_diffusion.model_timesteps(step, batch);
  if (!class_conditional()) return net->forward(x, t);
  TORCH_CHECK(labels.defined() && labels.size(0) == batch, "one label per image is needed");
  if (guidance_scale == 1.0) return net->forward(x, t, labels);
  // Conditional and null-label halves in one batched pass (identical to two passes).
  const auto null_labels = torch::full_like(labels, m_num_classes);
  const auto both = net->forward(torch::cat({x, x}), torch::cat({t, t}), torch::cat({labels, null_labels}));
  const auto halves = both.chunk(2, /*dim=*/0);
  auto guided = diffusion::classifier_free_guidance(m_diffusion, halves[0], halves[1], x, step,
                                                    guidance_scale);
  if (gap_rms) *gap_rms = guided.gap_rms;
  return guided.output;
}

int Sampler::start_index(const SamplerSettings& settings) const {
  return start_index_for_strength(schedule_points(settings.schedule, m_diffusion), m_diffusion, settings.strength);
}

RunResult Sampler::run(const RunRequest& request, const SamplerSettings& settings,
                       const StepObserver& observer, const std::atomic_bool* cancel) {
  const torch::Device device = m_diffusion.device();
  const int64_t batch = request.batch;
  const int64_t size = m_image_size;
  const Solver& solver = find_solver(settings.solver);
  const auto points = schedule_points(settings.schedule, m_diffusion);
  const int n = static_cast<int>(points.size());
  if (batch <= 0) throw ConfigError(Message(PATCHDIFF_TR_NOOP("core", "batch size must be positive"), {}));
  if (request.start_index < 0 || request.start_index >= n)
    throw ConfigError(Message(PATCHDIFF_TR_NOOP("core", "start step %1 is outside the %2-step schedule"),
                              {std::to_string(request.start_index), std::to_string(n)}));
  const bool branching = request.start_x.defined();
  if (settings.strength < 1.0 && !request.condition.defined() && !branching)
    throw ConfigError(
        Message(PATCHDIFF_TR_NOOP("core", "a strength below 1 needs an input image to start from (--init_image)"), {}));
  if (settings.repaint_jumps > 0 && !request.condition.inpainting())
    throw ConfigError(Message(
        PATCHDIFF_TR_NOOP("core", "RePaint's jumps (--repaint_jumps) resample an inpainting run: give a mask (--mask)"),
        {}));
  if (request.condition.defined() &&
      request.condition.image.sizes() != torch::IntArrayRef({batch, 3, size, size}))
    throw ConfigError(
        Message(PATCHDIFF_TR_NOOP("core", "the input images have shape %1, the batch needs [%2, 3, %3, %3]"),
                {c10::str(request.condition.image.sizes()), std::to_string(batch), std::to_string(size)}));
  torch::Tensor labels;
  if (class_conditional()) {
    if (!request.labels.defined() || request.labels.numel() != batch)
      throw ConfigError(
          Message(PATCHDIFF_TR_NOOP("core", "this model is class-conditional: give one class label per image (%1)"),
                  {std::to_string(batch)}));
    auto cpu_labels = request.labels.to(torch::kCPU, torch::kLong).contiguous();
    validate_labels(std::vector<int64_t>(cpu_labels.data_ptr<int64_t>(),
                                         cpu_labels.data_ptr<int64_t>() + batch),
                    m_num_classes);
    labels = cpu_labels.to(device);
  }
  if (!request.noise && !branching)
    throw ConfigError(Message(PATCHDIFF_TR_NOOP("core", "sampling needs a noise source"), {}));

  c10::InferenceMode inference;
  const Denoiser denoiser(m_models, m_diffusion, m_boundaries, labels, m_num_classes, settings);
  ImageCondition condition;
  if (request.condition.defined()) {
    condition.image = request.condition.image.to(device, torch::kFloat32);
    if (request.condition.inpainting()) {
      condition.keep = request.condition.keep.to(device, torch::kFloat32);
      condition.kept_values = request.condition.kept_values.to(device, torch::kFloat32);
    }
  }
  auto noised_input = [&](int position, const torch::Tensor& eps) {
    const double ab = denoiser.alpha_bar(points[static_cast<size_t>(position)]);
    return std::sqrt(ab) * condition.image + std::sqrt(1.0 - ab) * eps;
  };
  // Inpainting: the kept region follows the input down the schedule (exact at the clean end).
  auto keep_input = [&](const torch::Tensor& x, int position, uint64_t stream) {
    if (!condition.inpainting()) return x;
    const auto kept = position >= n ? condition.kept_values
                                     : noised_input(position, request.noise->aux(stream, batch, size, size).to(device));
    return condition.keep * kept + (1.0 - condition.keep) * x;
  };

  // The walk over the schedule: an image run starts where its strength says, with RePaint's
  // jumps planned from there; a branch joins that walk at the last run of its step, so it
  // continues with the parent's noise streams (auxiliary ones are keyed by position and
  // visit, never by the move's ordinal).
  const int walk_start =
      condition.defined() ? start_index_for_strength(points, m_diffusion, settings.strength) : 0;  // 0 at strength 1
  const int start = branching || !condition.defined() ? request.start_index : walk_start;
  torch::Tensor x;
  if (branching) {
    x = request.start_x.to(device, torch::kFloat32);
  } else {
    x = request.noise->initial(batch, size, size).to(device);
    if (condition.defined()) {
      // SDEdit: the input noised to the start point with the image's own x_T draw. At
      // strength 1 the run starts from that noise itself, as generation does.
      const auto mixed = noised_input(start, x);
      if (settings.strength < 1.0) x = mixed;
      else if (condition.inpainting()) x = condition.keep * mixed + (1.0 - condition.keep) * x;
    }
  }
  TORCH_CHECK(x.sizes() == torch::IntArrayRef({batch, 3, size, size}), "x_t has shape ", x.sizes());

  const int plan_start = branching ? std::min(walk_start, request.start_index) : start;
  const auto moves = sampling_moves(plan_start, n, condition.inpainting() ? settings.repaint_jumps : 0,
                                    settings.repaint_jump_length);
  // The observer sees each step's last run (RePaint repeats steps); a repeat draws fresh noise.
  std::vector<size_t> last_run(static_cast<size_t>(n), moves.size());
  for (size_t i = 0; i < moves.size(); ++i)
    if (moves[i].down()) last_run[static_cast<size_t>(moves[i].from)] = i;
  const size_t first_move = branching ? last_run[static_cast<size_t>(request.start_index)] : 0;
  // Visits so far (a branch counts the parent's moves before it): what the stream keys use.
  std::vector<uint64_t> runs(static_cast<size_t>(n), 0), jumps_from(static_cast<size_t>(n), 0),
      arrivals(static_cast<size_t>(n) + 1, 0);
  for (size_t i = 0; i < first_move; ++i) {
    const Move m = moves[i];
    if (m.down()) ++runs[static_cast<size_t>(m.from)];
    else ++jumps_from[static_cast<size_t>(m.from)];
    ++arrivals[static_cast<size_t>(m.to)];
  }
  auto stream_key = [](uint64_t kind, int position, uint64_t visit) {
    return (kind << 56) | (static_cast<uint64_t>(position) << 28) | visit;
  };

  RunResult result;
  result.state = request.start_state;
  auto since = std::chrono::steady_clock::now();
  for (size_t i = first_move; i < moves.size(); ++i) {
    if (cancel && cancel->load()) {
      result.cancelled = true;
      break;
    }
    const Move move = moves[i];
    const uint64_t arrival = arrivals[static_cast<size_t>(move.to)]++;
    if (!move.down()) {
      // RePaint's jump: the forward process from point `from` up to the noisier point `to`.
      const double ab_from = denoiser.alpha_bar(points[static_cast<size_t>(move.from)]);
      const double ab_to = denoiser.alpha_bar(points[static_cast<size_t>(move.to)]);
      const double ratio = ab_to / ab_from;
      const uint64_t key = stream_key(2, move.from, jumps_from[static_cast<size_t>(move.from)]++);
      x = std::sqrt(ratio) * x + std::sqrt(1.0 - ratio) * request.noise->aux(key, batch, size, size).to(device);
      result.state = SolverState{};  // the history belongs to the path that came down
      continue;
    }
    const int k = move.from;
    const uint64_t visit = runs[static_cast<size_t>(k)]++;
    StepContext ctx{denoiser, points, k, settings, [&, k, visit] {
      if (!request.noise)
        throw ConfigError(Message(PATCHDIFF_TR_NOOP("core", "sampler '%1' draws noise: give a noise source"),
                                  {settings.solver}));
      const auto z = visit == 0 ? request.noise->step(k, batch, size, size)
                                : request.noise->aux(stream_key(3, k, visit), batch, size, size);
      return z.to(device);
    }};
    const SolverState entering = result.state;  // tensors are shared, nothing is copied
    StepOutput out = solver.step(ctx, x, result.state);
    out.x_next = keep_input(out.x_next, move.to, stream_key(1, move.to, arrival));
    result.last_pred_xstart = out.first.x0;
    if (i == last_run[static_cast<size_t>(k)]) {
      result.steps_done += 1;
      if (observer) {
        StepRecord record;
        record.index = k;
        record.num_steps = n;
        record.step = points[static_cast<size_t>(k)].step;
        record.timestep = static_cast<int>(std::lround(out.first.timestep));
        record.snr = out.first.snr;
        record.model_index = out.first.model_index;
        record.x_t = x;
        record.pred_xstart = out.first.x0;
        record.x_next = out.x_next;
        record.guidance_gap = out.first.guidance_gap;
        record.threshold_scale = out.first.threshold_scale;
        record.solver_state = result.state;
        record.solver_state_before = entering;
        record.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
        observer(record);
      }
      since = std::chrono::steady_clock::now();
    }
    x = out.x_next;
  }
  if (result.cancelled) {
    auto preview = result.last_pred_xstart.defined() ? result.last_pred_xstart : x;
    if (condition.inpainting())
      preview = condition.keep * condition.kept_values + (1.0 - condition.keep) * preview;
    result.sample = preview.to(torch::kCPU);
  } else {
    result.sample = x.to(torch::kCPU);
  }
  if (result.last_pred_xstart.defined()) result.last_pred_xstart = result.last_pred_xstart.to(torch::kCPU);
  return result;
}

}  // namespace patchdiff::sampling
