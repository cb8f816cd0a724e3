// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/training/trainer.h"

#include <ATen/CPUGeneratorImpl.h>

#include <cmath>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <limits>

#include "core/error.h"
#include "core/model/model_loader.h"
#include "core/sampling/noise.h"
#include "core/training/train_network.h"

namespace patchdiff::training {

namespace fs = std::filesystem;

namespace {

constexpr uint64_t kTrainSalt = 0x545241494Eull;  // "TRAIN": timesteps, dropout, CPU noise

torch::Device resolve_device(const std::string& name) {
  if (name == "auto" || name.empty())
    return torch::cuda::is_available() ? torch::Device("cuda:0") : torch::Device(torch::kCPU);
  torch::Device device(name == "cuda" ? std::string("cuda:0") : name);
  if (device.is_cuda() && !torch::cuda::is_available())
    throw ConfigError("--device " + name + ": this LibTorch build has no usable CUDA device");
  return device;
}

std::string default_log_dir() {
  if (const char* env = std::getenv("OPENAI_LOGDIR"); env && *env) return env;
  char buf[64];
  const std::time_t now = std::time(nullptr);
  std::strftime(buf, sizeof(buf), "train-%Y%m%d-%H%M%S", std::localtime(&now));
  return buf;
}

double nan() { return std::numeric_limits<double>::quiet_NaN(); }

}  // namespace

Trainer::Trainer(const model::FlagValues& model_flags, const TrainOptions& options, TrainEvents events,
                 std::shared_ptr<distributed::Communicator> comm)
    : m_options(options), m_events(std::move(events)),
      m_comm(comm ? std::move(comm) : std::make_shared<distributed::Communicator>()),
      m_grad_sync(std::make_unique<distributed::GradientSync>(m_comm)) {
  m_device = resolve_device(options.device);
  m_precision = options.precision;
  if (m_precision != Precision::Fp32 && !m_device.is_cuda()) {
    if (!options.precision_given) {
      warn("--use_fp16 True applies on CUDA only; training in fp32 on the CPU");
      m_precision = Precision::Fp32;
    } else {
      throw ConfigError(std::string("--precision ") + to_string(m_precision) +
                        " needs a CUDA device; on the CPU only fp32 is supported");
    }
  }
  m_gen = at::make_generator<at::CPUGeneratorImpl>(sampling::derive_seed(options.seed, kTrainSalt));

  m_log_dir = options.log_dir.empty() ? default_log_dir() : options.log_dir;
  if (m_comm->is_main()) {  // the other ranks write nothing
    std::error_code ec;
    fs::create_directories(m_log_dir, ec);
    if (ec || !fs::is_directory(m_log_dir))
      throw IoError("cannot create the log folder '" + m_log_dir + "': " + ec.message());
  }

  build_network(model_flags);
  if (m_comm->distributed()) {
    synchronise_with_rank0();
    decorrelate_rank_streams();
  }
  m_loader = std::make_unique<DataLoader>(m_folder, options.batch_size, data_seed(options.seed, *m_comm),
                                          options.num_workers, m_resume_position);
  m_means = IntervalMeans(m_loss->num_steps());
  if (m_comm->is_main()) m_csv = std::make_unique<ProgressCsv>((fs::path(m_log_dir) / "progress.csv").string());
}

Trainer::~Trainer() = default;

void Trainer::emit(const std::string& text) const {
  if (m_events.message) m_events.message(text);
}
void Trainer::warn(const std::string& text) const {
  if (m_events.warning) m_events.warning(text);
}

void Trainer::build_network(const model::FlagValues& given_flags) {
  model::FlagValues flags = given_flags;
  model::ShapeMap shapes;
  std::optional<model::Sidecar> sidecar;
  model::StateDict resume_weights;
  const std::string& resume = m_options.resume_checkpoint;
  if (!resume.empty()) {
    resume_weights = model::read_checkpoint(resume).tensors;
    shapes = model::shapes_of(resume_weights);
    sidecar = model::read_sidecar_for(resume);
  }
  m_config = model::resolve_config(shapes, flags, sidecar);

  io::ImageFolderOptions data_options;
  data_options.image_size = m_config.model.image_size;
  data_options.class_cond = m_config.model.class_cond;
  data_options.random_crop = m_options.random_crop;
  data_options.random_flip = m_options.random_flip;
  data_options.shard = m_comm->rank();
  data_options.num_shards = m_comm->world_size();
  m_folder = std::make_shared<io::ImageFolder>(m_options.data_dir, data_options,
                                               [this](const std::string& w) { warn(w); });
  if (m_config.model.class_cond) {
    // The class count comes from the data unless given (the original hard-codes 1000).
    if (shapes.empty() && !flags.count("num_classes") && !(sidecar && sidecar->flags.count("num_classes"))) {
      flags["num_classes"] = std::to_string(m_folder->num_classes());
      m_config = model::resolve_config(shapes, flags, sidecar);
    }
    if (m_folder->num_classes() > m_config.model.num_classes)
      throw ConfigError("the data in '" + m_options.data_dir + "' has " + std::to_string(m_folder->num_classes()) +
                        " classes, the model " + std::to_string(m_config.model.num_classes) +
                        " (--num_classes or the checkpoint's label_embs)");
    const auto& names = m_folder->class_names();
    if (sidecar && !sidecar->class_names.empty() &&
        (sidecar->class_names.size() < names.size() ||
         !std::equal(names.begin(), names.end(), sidecar->class_names.begin())))
      throw ConfigError("the class names of '" + resume + "' differ from the data's class prefixes; "
                        "resume on the same data set");
    if (sidecar && names.empty() && m_folder->num_classes() <= static_cast<int>(sidecar->class_names.size()))
      m_inherited_class_names = sidecar->class_names;
    m_class_dropout = m_options.class_dropout_prob;
    if (m_class_dropout > 0 && !m_config.model.classifier_free) {
      warn("--classifier_free False: the model has no null label, so no label dropout (and no guidance)");
      m_class_dropout = 0;
    }
  }
  for (const auto& w : m_config.warnings) warn(w);

  emit("creating model and diffusion...");
  torch::manual_seed(m_options.seed);  // the initial weights, and dropout's stream
  m_net = model::UNet(m_config.model);
  if (!resume.empty()) {
    model::copy_state_dict_strict(*m_net, resume_weights, resume);
  } else {
    zero_init_like_original(*m_net);
  }
  m_net->to(m_device);
  m_net->train();
  if (m_precision == Precision::Fp16) m_net->convert_torso_to_fp16();
  for (auto& item : m_net->named_parameters(/*recurse=*/true)) {
    m_names.push_back(item.key());
    m_model_params.push_back(item.value());
    m_master.push_back(m_precision == Precision::Fp16 ? item.value().detach().to(torch::kFloat32).clone()
                                                      : item.value());
  }
  for (size_t r = 0; r < m_options.ema_rates.size(); ++r) {
    std::vector<torch::Tensor> copy;
    for (const auto& p : m_master) copy.push_back(p.detach().clone());
    m_ema.push_back(std::move(copy));
  }
  AdamWOptions adam;
  adam.lr = m_options.lr;
  adam.weight_decay = m_options.weight_decay;
  m_adam = std::make_unique<AdamW>(m_names, m_master, adam);

  m_loss = std::make_unique<TrainingLoss>(m_config.diffusion, m_device);
  m_sampler = make_schedule_sampler(m_options.schedule_sampler, m_loss->diffusion().tables().snr,
                                    m_config.diffusion.snr_splits);

  if (!resume.empty()) resume_from(resume);
  emit(std::to_string(m_folder->size()) + " training images in " + m_options.data_dir +
       (m_config.model.class_cond ? ", " + std::to_string(m_config.model.num_classes) + " classes" : "") +
       "; " + std::to_string(m_adam->params().size()) + " parameter tensors on " + m_device.str() +
       " (" + to_string(m_precision) + ")");
}

double Trainer::current_lr() const {
  if (m_options.lr_anneal_steps <= 0) return m_options.lr;
  const double frac_done = static_cast<double>(m_step) / static_cast<double>(m_options.lr_anneal_steps);
  return m_options.lr * (1.0 - frac_done);
}

StepStats Trainer::train_step() {
  const auto started = std::chrono::steady_clock::now();
  StepStats stats;
  stats.lr = current_lr();
  Batch batch = m_loader->next();
  const int64_t B = batch.images.size(0);
  const int64_t micro = m_options.microbatch > 0 ? m_options.microbatch : B;
  for (auto& p : m_model_params) p.mutable_grad() = torch::Tensor();
  const double loss_scale = m_precision == Precision::Fp16 ? std::pow(2.0, m_lg_loss_scale) : 1.0;

  double loss_sum = 0, mse_sum = 0, vb_sum = 0;
  std::vector<torch::Tensor> used_labels;
  for (int64_t i = 0; i < B; i += micro) {
    const int64_t n = std::min(micro, B - i);
    const auto x_start = batch.images.narrow(0, i, n).to(m_device);  // [n, 3, S, S]
    const auto draw = m_sampler->sample(n, m_gen);
    const auto t = draw.t.to(m_device);
    const auto weights = draw.weights.to(m_device);
    torch::Tensor labels;
    if (m_config.model.class_cond) {
      labels = drop_labels(batch.labels.narrow(0, i, n), m_class_dropout, m_config.model.null_label(), m_gen);
      used_labels.push_back(labels);
      labels = labels.to(m_device);
    }
    torch::Tensor noise;
    if (m_device.is_cuda()) {
      at::Generator cuda_gen = at::globalContext().defaultGenerator(m_device);
      noise = torch::randn(x_start.sizes(), cuda_gen, x_start.options());
    } else {
      noise = torch::randn(x_start.sizes(), m_gen, x_start.options());
    }
    const auto terms = m_loss->terms(*m_net, x_start, t, noise, labels, m_precision == Precision::Bf16);
    m_sampler->update(draw.t, terms.loss.detach());
    // Each microbatch contributes its share of the batch mean, so --microbatch only trades
    // memory for time (the original sums microbatch means instead).
    const auto loss = (terms.loss * weights).mean() * (static_cast<double>(n) / static_cast<double>(B));
    (loss * loss_scale).backward();

    const auto weighted_loss = (terms.loss * weights).detach();
    m_means.add_terms("loss", weighted_loss, t);
    loss_sum += weighted_loss.sum().item<double>();
    if (terms.mse.defined()) {
      const auto w = (terms.mse * weights).detach();
      m_means.add_terms("mse", w, t);
      mse_sum += w.sum().item<double>();
    }
    if (terms.vb.defined()) {
      const auto w = (terms.vb * weights).detach();
      m_means.add_terms("vb", w, t);
      vb_sum += w.sum().item<double>();
    }
  }
  m_last_labels = used_labels.empty() ? torch::Tensor() : torch::cat(used_labels);
  stats.loss = loss_sum / static_cast<double>(B);
  stats.mse = m_loss->has_mse() ? mse_sum / static_cast<double>(B) : nan();
  stats.vb = m_loss->has_vb() ? vb_sum / static_cast<double>(B) : nan();

  stats.took_step = optimize(stats);
  ++m_step;
  stats.step = m_step;
  stats.sync_seconds = m_grad_sync->last_seconds();
  stats.lg_loss_scale = m_precision == Precision::Fp16 ? m_lg_loss_scale : 0.0;
  stats.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  m_means.add("grad_norm", stats.grad_norm);
  m_means.add("lr", stats.lr);
  m_means.add("sec_per_step", stats.seconds);
  if (m_precision == Precision::Fp16) m_means.add("lg_loss_scale", stats.lg_loss_scale);
  if (m_comm->distributed()) m_means.add("allreduce_sec", stats.sync_seconds);
  if (m_events.step) m_events.step(stats);
  return stats;
}

bool Trainer::optimize(StepStats& stats) {
  torch::NoGradGuard no_grad;
  const double unscale = m_precision == Precision::Fp16 ? std::pow(2.0, -m_lg_loss_scale) : 1.0;
  std::vector<torch::Tensor> grads;
  grads.reserve(m_model_params.size());
  for (size_t i = 0; i < m_model_params.size(); ++i) {
    const auto& g = m_model_params[i].grad();
    auto grad = g.defined() ? g.to(torch::kFloat32) : torch::zeros_like(m_master[i]);
    if (unscale != 1.0) grad = grad * unscale;
    grads.push_back(grad);
  }
  // Data-parallel: the mean gradient and loss over the ranks, so the decisions below (skip,
  // loss scale, clipping) and the update are the same on every rank.
  std::vector<double> losses{stats.loss, stats.mse, stats.vb};
  m_grad_sync->average(grads, losses, "averaging the gradients of step " + std::to_string(m_step + 1));
  stats.loss = losses[0];
  stats.mse = losses[1];
  stats.vb = losses[2];
  std::vector<torch::Tensor> squares;
  for (const auto& grad : grads) squares.push_back(grad.to(torch::kFloat64).pow(2).sum());
  const double grad_norm = std::sqrt(torch::stack(squares).sum().item<double>());
  stats.grad_norm = grad_norm;
  for (auto& p : m_model_params) p.mutable_grad() = torch::Tensor();
  if (!std::isfinite(grad_norm) || !std::isfinite(stats.loss)) {
    ++m_nonfinite_in_row;
    ++m_skipped;
    std::string note = "step " + std::to_string(m_step + 1) + ": non-finite loss or gradients, update skipped";
    if (m_precision == Precision::Fp16) {
      m_lg_loss_scale -= 1;
      note += "; lg_loss_scale lowered to " + std::to_string(m_lg_loss_scale);
    }
    warn(note);
    if (m_nonfinite_in_row >= m_options.max_nonfinite)
      throw Error("training diverged: " + std::to_string(m_nonfinite_in_row) +
                  " steps in a row had non-finite loss or gradients (at step " + std::to_string(m_step + 1) +
                  "); lower --lr, use --grad_clip, or try --precision fp32 / bf16, then resume from the "
                  "last checkpoint in " + m_log_dir);
    return false;
  }
  m_nonfinite_in_row = 0;
  if (m_options.grad_clip > 0 && grad_norm > m_options.grad_clip) {
    const double factor = m_options.grad_clip / (grad_norm + 1e-6);
    for (auto& g : grads) g.mul_(factor);
  }
  m_adam->step(grads, stats.lr);
  if (m_precision == Precision::Fp16) {
    for (size_t i = 0; i < m_model_params.size(); ++i) m_model_params[i].copy_(m_master[i]);
    m_lg_loss_scale += m_options.fp16_scale_growth;
  }
  for (size_t r = 0; r < m_ema.size(); ++r) {
    const double rate = m_options.ema_rates[r];
    for (size_t i = 0; i < m_master.size(); ++i) m_ema[r][i].mul_(rate).add_(m_master[i], 1 - rate);
  }
  return true;
}

std::string Trainer::run(const std::atomic_bool* cancel) {
  const auto started = std::chrono::steady_clock::now();
  std::string reason;
  auto write_row = [&] {
    auto row = m_means.means();
    if (row.empty()) return;
    row["step"] = static_cast<double>(m_step);
    const int64_t global_batch = static_cast<int64_t>(m_options.batch_size) * m_comm->world_size();
    row["samples"] = static_cast<double>(m_step * global_batch);
    double sq = 0;
    {
      torch::NoGradGuard no_grad;
      for (const auto& p : m_master) sq += p.to(torch::kFloat64).pow(2).sum().item<double>();
    }
    row["param_norm"] = std::sqrt(sq);
    if (row.count("sec_per_step") && row["sec_per_step"] > 0)
      row["images_per_sec"] = static_cast<double>(global_batch) / row["sec_per_step"];
    row["skipped_steps"] = static_cast<double>(m_skipped);
    if (m_csv) m_csv->write(row);
    if (m_events.log_row && m_comm->is_main()) m_events.log_row(row);
    m_means.reset();
  };
  while (true) {
    if (m_options.lr_anneal_steps > 0 && m_step >= m_options.lr_anneal_steps) {
      reason = "reached --lr_anneal_steps " + std::to_string(m_options.lr_anneal_steps);
      break;
    }
    if (m_options.max_steps > 0 && m_step >= m_options.max_steps) {
      reason = "reached --max_steps " + std::to_string(m_options.max_steps);
      break;
    }
    const double minutes = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count() / 60.0;
    if (m_options.max_minutes > 0 && minutes >= m_options.max_minutes)
      reason = "ran for --max_minutes " + python_float_repr(m_options.max_minutes);
    if (reason.empty() && cancel && cancel->load()) reason = "stopped on request";
    // Ctrl-C and the clock reach the ranks at different steps: they stop together.
    if (m_comm->distributed() &&
        m_comm->any(!reason.empty(), "agreeing whether to stop after step " + std::to_string(m_step)) &&
        reason.empty())
      reason = "another rank stopped (Ctrl-C or --max_minutes)";
    if (!reason.empty()) break;
    train_step();
    if (m_step % m_options.log_interval == 0) write_row();
    if (m_step % m_options.save_interval == 0) checkpoint();
    if (m_options.sample_every > 0 && m_step % m_options.sample_every == 0 && m_comm->is_main()) write_sample_grid();
  }
  write_row();
  if (m_last_saved != m_step && m_step > 0) checkpoint();
  return reason;
}

}  // namespace patchdiff::training
