// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/worker/sampling_worker.h"
#include "ui/window/error_text.h"

#include <torch/torch.h>

#include <QElapsedTimer>
#include <QFileInfo>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <limits>
#include <new>
#include <optional>

#include "core/error.h"
#include "core/inspect/compare.h"
#include "core/inspect/trajectory_metrics.h"
#include "core/io/image.h"
#include "core/io/image_folder.h"
#include "core/io/input_image.h"
#include "core/io/sha256.h"
#include "core/model/flops.h"
#include "core/model/model_loader.h"
#include "core/sampling/run_labels.h"
#include "core/sampling/branch_record.h"
#include "core/sampling/run_spec.h"
#include "core/sampling/sample_images.h"
#include "core/sampling/sampler.h"
#include "core/score/compare_scorer.h"
#include "core/score/feature_net.h"
#include "core/score/reference.h"

namespace patchdiff::ui {

namespace {

model::FlagValues toFlagValues(const FlagMap& map) {
  model::FlagValues out;
  for (auto it = map.begin(); it != map.end(); ++it) out[it.key().toStdString()] = it.value().toStdString();
  return out;
}

QString q(const std::string& s) { return QString::fromStdString(s); }

// [B, 3, H, W] in [-1, 1] -> one RGB888 image per batch entry (the original's truncation).
QVector<QImage> toImages(const torch::Tensor& x) {
  const auto u8 = io::to_uint8_nhwc(x).contiguous();  // [B, H, W, 3] uint8 on the CPU
  const int b = static_cast<int>(u8.size(0)), h = static_cast<int>(u8.size(1)), w = static_cast<int>(u8.size(2));
  QVector<QImage> out;
  out.reserve(b);
  const uint8_t* data = u8.data_ptr<uint8_t>();
  for (int i = 0; i < b; ++i) {
    QImage image(w, h, QImage::Format_RGB888);
    for (int y = 0; y < h; ++y)
      std::memcpy(image.scanLine(y), data + (static_cast<size_t>(i) * h + y) * w * 3, static_cast<size_t>(w) * 3);
    out.push_back(image);
  }
  return out;
}

QVector<float> toFloats(const torch::Tensor& x) {
  const auto cpu = x.detach().to(torch::kCPU, torch::kFloat32).contiguous();
  return QVector<float>(cpu.data_ptr<float>(), cpu.data_ptr<float>() + cpu.numel());
}

// The run's input brought to the model's size as training brings images there, and its
// reference for the PNGs (a tile has no file: the hash is of the pixels used).
struct RunInput {
  sampling::InitImages images;
  sampling::InputImageRef ref;
};

RunInput toRunInput(const InputImage& in, int size) {
  RunInput out;
  if (in.isNull()) return out;
  const QImage rgb = in.pixels.convertToFormat(QImage::Format_RGB888);
  auto hwc = torch::empty({rgb.height(), rgb.width(), 3}, torch::kUInt8);
  for (int y = 0; y < rgb.height(); ++y)
    std::memcpy(hwc.data_ptr<uint8_t>() + static_cast<size_t>(y) * rgb.width() * 3, rgb.constScanLine(y),
                static_cast<size_t>(rgb.width()) * 3);
  const bool same = rgb.width() == size && rgb.height() == size;
  const auto pixels = same ? hwc : io::center_crop_arr(hwc, size).contiguous();
  out.images.pixels = pixels.unsqueeze(0).contiguous();
  const std::string sha = in.sha256.isEmpty() ? io::sha256_hex(io::encode_png(pixels)) : in.sha256.toStdString();
  if (in.mask.isNull()) {
    out.ref = sampling::input_image_ref(in.path.toStdString(), sha, pixels);
    return out;
  }
  const QImage gray = in.mask.convertToFormat(QImage::Format_Grayscale8);
  if (gray.size() != rgb.size())
    throw ConfigError(SamplingWorker::tr("The mask is %1×%2, the input image %3×%4: paint the mask again.")
                          .arg(gray.width()).arg(gray.height()).arg(rgb.width()).arg(rgb.height()).toStdString());
  auto hw = torch::empty({gray.height(), gray.width()}, torch::kUInt8);
  for (int y = 0; y < gray.height(); ++y)
    std::memcpy(hw.data_ptr<uint8_t>() + static_cast<size_t>(y) * gray.width(), gray.constScanLine(y),
                static_cast<size_t>(gray.width()));
  const auto mask = io::mask_to_size(hw, size);
  out.images.masks = mask.unsqueeze(0).contiguous();
  const std::string maskSha = in.maskSha256.isEmpty() ? io::sha256_hex(io::encode_png(mask.unsqueeze(2).contiguous()))
                                                      : in.maskSha256.toStdString();
  out.ref = sampling::input_image_ref(in.path.toStdString(), sha, pixels, in.maskPath.toStdString(), maskSha, mask);
  return out;
}

// A message a user can act on, for any exception the core or LibTorch throws.
QString describe(const std::exception& e, const QString& device) {
  if (dynamic_cast<const c10::OutOfMemoryError*>(&e) || dynamic_cast<const std::bad_alloc*>(&e))
    return SamplingWorker::tr("Out of memory on %1: lower the batch size, use fewer steps per split, "
                              "or sample on another device.")
        .arg(device.isEmpty() ? SamplingWorker::tr("this machine") : device);
  if (const auto* c10 = dynamic_cast<const c10::Error*>(&e)) return q(c10->what_without_backtrace());
  return errorText(e);
}

// A branch's images carry their recipe: the parent's description, the step and the x_t they
// continued from, so each PNG regenerates exactly on its own.
void recordBranch(const GenerateRequest& r, int imageSize, QStringList* specs) {
  const qsizetype perImage = qsizetype(3) * imageSize * imageSize;
  for (int i = 0; i < specs->size(); ++i) {
    sampling::BranchRecord branch;
    branch.parent_spec_json = r.parentSpecs.value(i, QStringLiteral("{}")).toStdString();
    branch.step = r.startIndex;
    branch.float_x_t_kept = r.startExact;
    branch.image_size = imageSize;
    branch.start_x.assign(r.startX.constBegin() + i * perImage, r.startX.constBegin() + (i + 1) * perImage);
    if (r.startState) {  // the multistep history it continued with
      for (size_t k = 0; k < r.startState->history.size(); ++k) {
        const auto entry = r.startState->history[k][i].to(torch::kCPU, torch::kFloat32).contiguous();
        branch.solver_history.emplace_back(entry.data_ptr<float>(), entry.data_ptr<float>() + entry.numel());
        branch.solver_history_points.push_back(r.startState->history_points[k]);
      }
    }
    (*specs)[i] = q(sampling::with_branch((*specs)[i].toStdString(), branch));
  }
}

}  // namespace

struct SamplingWorker::State {
  std::vector<model::LoadedModel> models;
  std::vector<model::FlagValues> loadFlags;  // the user flags each model was loaded with
  std::vector<model::LoadedModel> halfModels;  // use_fp16 copies, made on first half run
  std::vector<sampling::CheckpointRef> refs;
  std::vector<double> splits;
};

SamplingWorker::SamplingWorker(FrameMailbox* mailbox, QObject* parent)
    : QObject(parent), m_state(std::make_unique<State>()), m_mailbox(mailbox) {}

SamplingWorker::~SamplingWorker() = default;

QStringList SamplingWorker::availableDevices() {
  QStringList out{QStringLiteral("cpu")};
  const int n = torch::cuda::is_available() ? static_cast<int>(torch::cuda::device_count()) : 0;
  for (int i = 0; i < n; ++i) out << QStringLiteral("cuda:%1").arg(i);
  return out;
}

QString SamplingWorker::torchVersion() { return QStringLiteral(TORCH_VERSION); }

void SamplingWorker::loadModels(const ModelRequest& request) {
  c10::InferenceMode inference;  // grad mode is per thread
  try {
    if (request.paths.isEmpty()) throw ConfigError(tr("No checkpoint given.").toStdString());
    const model::FlagValues user = toFlagValues(request.userFlags);
    std::vector<model::LoadedModel> models;
    std::vector<model::FlagValues> flags;
    for (int i = 0; i < request.paths.size(); ++i) {
      const QString& path = request.paths[i];
      const FlagMap pinned = request.pinnedFlags.value(i);
      model::FlagValues used = user;
      auto loaded = model::load_model(path.toStdString(), used);
      // A restored run pins the flags it recorded; reload only when they differ.
      bool differs = false;
      for (auto it = pinned.begin(); it != pinned.end(); ++it) {
        const auto* spec = model::find_flag(it.key().toStdString());
        if (!spec || (spec->group != model::FlagGroup::Model && spec->group != model::FlagGroup::Diffusion)) continue;
        const auto found = loaded.config.flags.find(spec->name);
        if (found != loaded.config.flags.end() && found->second.value != it.value().toStdString()) {
          used[spec->name] = it.value().toStdString();
          differs = true;
        }
      }
      if (differs) loaded = model::load_model(path.toStdString(), used);
      models.push_back(std::move(loaded));
      flags.push_back(used);
    }
    const std::vector<double> splits(request.snrSplits.begin(), request.snrSplits.end());
    // The sampler checks that the models agree and that the splits fit them.
    sampling::Sampler check(models, "", splits, torch::kCPU);
    std::vector<sampling::CheckpointRef> refs;
    for (const auto& m : models) refs.push_back(sampling::checkpoint_ref(m));

    ModelInfo info;
    info.requestId = request.id;
    info.snrSplits = request.snrSplits;
    for (size_t i = 0; i < models.size(); ++i) {
      info.paths << q(models[i].path);
      info.titles << q(models[i].title());
      info.sha256 << q(refs[i].sha256);
      for (const auto& w : models[i].config.warnings) info.warnings << q(w);
    }
    const auto& first = models.front();
    if (check.class_conditional())
      for (const auto& name : first.class_names) info.classNames << q(name);
    info.imageSize = first.config.model.image_size;
    info.patchSize = first.config.model.patch_size;
    info.diffusionSteps = first.config.diffusion.diffusion_steps;
    info.schedule = q(first.config.diffusion.noise_schedule);
    info.flagString = q(model::to_flag_string(first.config.flags));
    info.gflopPerImage = model::gflop_per_image(first.config.model);
    for (const auto& m : models) info.parameters += m.parameter_count;
    for (const auto& spec : model::flag_specs()) {
      const auto found = first.config.flags.find(spec.name);
      if (found == first.config.flags.end()) continue;
      info.flags.push_back({q(spec.name), q(found->second.value), q(model::to_string(found->second.source)),
                            q(spec.help), found->second.source != model::FlagSource::Weights});
    }
    m_state->models = std::move(models);
    m_state->loadFlags = std::move(flags);
    m_state->halfModels.clear();
    m_state->refs = std::move(refs);
    m_state->splits = splits;
    Q_EMIT modelsLoaded(info);
  } catch (const std::exception& e) {
    Q_EMIT loadFailed(request.id, describe(e, QString()));
  }
}

void SamplingWorker::generate(const GenerateRequest& r) {
  RunOutcome outcome;
  outcome.runId = r.runId;
  if (r.cancel && r.cancel->load()) {  // superseded before it started
    outcome.cancelled = true;
    Q_EMIT runCancelled(outcome);
    return;
  }
  if (m_state->models.empty()) {
    Q_EMIT runFailed(r.runId, tr("No model is loaded: choose a checkpoint in the Models panel."));
    return;
  }
  c10::InferenceMode inference;
  try {
    const torch::Device device(r.device.toStdString());
    if (device.is_cuda() && !torch::cuda::is_available())
      throw ConfigError(tr("Device %1: this LibTorch build has no usable CUDA device.").arg(r.device).toStdString());
    if (r.batch <= 0) throw ConfigError(tr("The batch size must be positive.").toStdString());
    const bool wantHalf = r.half && device.is_cuda();
    if (wantHalf && m_state->halfModels.empty())
      for (size_t i = 0; i < m_state->models.size(); ++i) {
        auto flags = m_state->loadFlags[i];
        flags["use_fp16"] = "True";
        m_state->halfModels.push_back(model::load_model(m_state->models[i].path, flags));
      }
    sampling::SamplerSettings settings = r.sampler;
    settings.snr_splits = m_state->splits;  // the loaded models' own
    sampling::validate(settings);
    sampling::Sampler sampler(wantHalf ? m_state->halfModels : m_state->models, settings, device);
    const bool half = wantHalf && sampler.apply_use_fp16();

    const auto& classNames = m_state->models.front().class_names;
    // Restored labels, or the chosen class, or drawn as `patchdiff sample --class_labels random`
    // for images first .. first+batch-1.
    std::vector<int64_t> given(r.labels.begin(), r.labels.end());
    if (given.empty() && r.classIndex >= 0) given = {r.classIndex};
    const auto labels = sampler.class_conditional()
                            ? sampling::labels_for_images(given, r.seed, r.firstImage, r.batch, sampler.num_classes())
                            : std::vector<int64_t>();

    RunInfo info;
    info.runId = r.runId;
    info.numSteps = sampler.num_steps();
    info.batch = r.batch;
    info.imageSize = sampler.image_size();
    info.seed = r.seed;
    info.firstImage = r.firstImage;
    info.device = q(device.str());
    info.precision = half ? QStringLiteral("float16") : QStringLiteral("float32");
    info.snrSplits = QVector<double>(m_state->splits.begin(), m_state->splits.end());
    for (int m : sampler.model_per_step()) info.modelPerStep << m;
    for (const auto& m : sampler.models()) info.modelPaths << q(m.path);
    for (int k = 0; k < sampler.num_steps(); ++k) {
      const double snr = sampler.diffusion().snr(sampler.num_steps() - 1 - k);
      info.logSnr << (snr > 0 ? std::log(snr) : -std::numeric_limits<double>::infinity());
    }
    info.request = r;
    info.request.cancel.reset();
    info.request.startX.clear();
    if (info.request.modelTitle.isEmpty()) {
      QStringList titles;
      for (const auto& m : sampler.models()) titles << q(m.title());
      info.request.modelTitle = titles.join(QStringLiteral(" → "));
    }
    for (int i = 0; i < r.batch; ++i) {
      const qint64 label = labels.empty() ? -1 : labels[static_cast<size_t>(i)];
      info.labels << label;
      const QString cls = label < 0 ? QString() : static_cast<size_t>(label) < classNames.size()
                                                      ? q(classNames[static_cast<size_t>(label)]) : QString::number(label);
      //: Caption under a sample: %1 the seed, %2 the image's index in the run.
      const QString seed = tr("seed %1 #%2").arg(r.seed).arg(r.firstImage + i);
      info.captions << (cls.isEmpty() ? seed : cls + QStringLiteral(" · ") + seed);
    }
    Q_EMIT runStarted(info);

    sampling::ImagesRequest request;
    request.num_images = r.batch;
    request.batch_size = r.batch;
    request.seed = r.seed;
    request.first_image = r.firstImage;
    request.labels = labels;
    request.cancel = r.cancel.get();
    const RunInput input = toRunInput(r.input, sampler.image_size());
    request.init_images = input.images;
    if (!r.startX.isEmpty()) {  // a branch: continue from a recorded x_t
      const int64_t size = sampler.image_size();
      if (r.startX.size() != static_cast<qsizetype>(r.batch) * 3 * size * size)
        throw ConfigError(
            tr("The recorded x_t does not fit this model: branch with a checkpoint of the same image size.").toStdString());
      request.start_index = r.startIndex;
      request.start_x = torch::from_blob(const_cast<float*>(r.startX.constData()), {r.batch, 3, size, size},
                                         torch::kFloat32).clone();
      if (r.startState) request.start_state = *r.startState;
    }
    inspect::TrajectoryMetrics metrics;  // the plots' numbers, computed here where the tensors are
    const int every = std::max(1, r.previewEvery);
    QElapsedTimer timer;
    timer.start();
    sampling::ImagesObserver observer;
    observer.step = [&](int64_t, int64_t, const sampling::StepRecord& rec) {
      StepFrame frame;
      frame.runId = r.runId;
      frame.index = rec.index;
      frame.numSteps = rec.num_steps;
      frame.timestep = rec.timestep;
      frame.modelIndex = rec.model_index;
      frame.snr = rec.snr;
      frame.seconds = rec.seconds;
      frame.x0 = toImages(rec.pred_xstart);
      frame.xt = toImages(rec.x_t);
      metrics.add(rec);
      frame.metrics = metrics.rows().back();
      frame.xtFloat = toFloats(rec.x_t);
      frame.solverState = std::make_shared<const sampling::SolverState>(rec.solver_state_before);
      const bool preview = (rec.index + 1) % every == 0 || rec.index + 1 == rec.num_steps;
      if (preview && m_mailbox && m_mailbox->post(frame)) Q_EMIT previewReady();
      Q_EMIT stepRecorded(frame);
    };
    const auto result = sampling::sample_images(sampler, settings, request, observer);

    outcome.cancelled = result.cancelled;
    outcome.stepsDone = result.steps_done;
    outcome.seconds = timer.elapsed() / 1000.0;
    outcome.images = toImages(result.images);
    outcome.labels = info.labels;
    outcome.device = info.device;
    outcome.precision = info.precision;
    sampling::RunSpec base;
    base.checkpoints = m_state->refs;
    base.settings = settings;
    base.seed = r.seed;
    base.device = device.str();
    base.precision = info.precision.toStdString();
    if (input.images.defined()) base.input = std::make_shared<const sampling::InputImageRef>(input.ref);
    for (int i = 0; i < r.batch; ++i)
      outcome.specs << q(sampling::to_json(sampling::spec_for_image(base, r.firstImage + i, info.labels[i], classNames)));
    if (!r.startX.isEmpty()) recordBranch(r, info.imageSize, &outcome.specs);
    if (result.cancelled)
      Q_EMIT runCancelled(outcome);
    else
      Q_EMIT runFinished(outcome);
  } catch (const std::exception& e) {
    Q_EMIT runFailed(r.runId, describe(e, r.device));
  }
}

void SamplingWorker::compare(const CompareJob& job) {
  if (job.cancel && job.cancel->load()) {
    Q_EMIT compareCancelled(job.runId);
    return;
  }
  try {
    inspect::CompareRequest request;
    for (const auto& path : job.checkpoints) request.checkpoints.push_back(path.toStdString());
    request.varied = job.varied == QLatin1String("checkpoint") ? inspect::Varied::Checkpoint
                                                               : inspect::varied_from_string(job.varied.toStdString());
    for (const auto& v : job.values) request.values.push_back(v.trimmed().toStdString());
    request.settings = job.sampler;
    request.seed = job.seed;
    if (!job.input.isNull()) {
      // The inputs are brought to the checkpoints' size: the loaded model's (the columns run the
      // loaded checkpoint, or family members of its size; run_compare checks the inputs fit).
      const int size = m_state->models.empty()
                           ? model::load_model(job.checkpoints.front().toStdString()).config.model.image_size
                           : m_state->models.front().config.model.image_size;
      request.init_images = toRunInput(job.input, size).images;
    }
    if (job.classIndex >= 0) request.class_labels = {job.classIndex};
    request.num_samples = job.batch;
    request.batch_size = job.batch;
    request.device = torch::Device(job.device.toStdString());
    if (request.device.is_cuda() && !torch::cuda::is_available())
      throw ConfigError(tr("Device %1: this LibTorch build has no usable CUDA device.").arg(job.device).toStdString());
    request.x0_every = 1;  // the shared scrubber shows every step of every column

    // The scorer first: a missing reference is reported before anything is sampled.
    std::optional<score::FeatureNet> net;
    std::optional<score::Reference> reference;
    if (job.scoreImages > 0) {
      if (job.featureNet.isEmpty())
        throw ConfigError(tr("The bundled feature network (emoji64_features.pt) was not found: reinstall "
                             "patchdiff or set PATCHDIFF_SCORE_DIR to its folder.")
                              .toStdString());
      net = score::FeatureNet::load(job.featureNet.toStdString());
      const auto caches = score::reference_cache_paths(job.featureNet.toStdString(), net->identity());
      const bool cached = std::any_of(caches.begin(), caches.end(), [](const std::string& path) {
        std::error_code ec;
        return std::filesystem::is_regular_file(path, ec);
      });
      if (!cached && job.scoreDataDir.isEmpty())
        throw ConfigError(tr("Scoring measures images against the data set the feature network describes; its "
                             "features are computed once, then cached. Choose that data folder (Data Folder…: the "
                             "one with train/ and heldout/, as `patchdiff data emoji DIR` writes it).")
                              .toStdString());
      reference = score::load_reference(*net, job.scoreDataDir.toStdString(), caches);
      request.score_images = job.scoreImages;
      request.score_batch_size = std::max(job.batch, 25);
      request.scorer = score::compare_scorer(*net, *reference);
    }

    CompareOutcome outcome;
    outcome.runId = job.runId;
    inspect::CompareObserver observer;
    QVector<QImage> latestX0;
    observer.step = [&](int column, const sampling::StepRecord& rec) {
      latestX0 = toImages(rec.pred_xstart);
      if (outcome.initialNoise.size() <= column) outcome.initialNoise.resize(column + 1);
      if (outcome.initialNoise[column].isEmpty() && rec.index == 0) outcome.initialNoise[column] = toFloats(rec.x_t);
    };
    int numColumns = 0;
    observer.column_done = [&](const inspect::CompareColumn& column) {
      const int index = static_cast<int>(outcome.titles.size());
      outcome.titles << QString::fromStdString(column.label);
      Q_EMIT compareColumnDone({job.runId, index, numColumns, column});
    };
    observer.progress = [&](const inspect::CompareProgress& p) {
      numColumns = p.num_columns;
      if (p.scoring)
        Q_EMIT compareProgress({job.runId, p.column, p.num_columns, p.step, p.num_steps, {}, true, p.images_done,
                                p.num_images, p.batch_images});
      else
        Q_EMIT compareProgress({job.runId, p.column, p.num_columns, p.step, p.num_steps, latestX0});
    };
    outcome.result = inspect::run_compare(request, observer, job.cancel.get());
    if (net) {
      outcome.result.score_floor = score::to_column_score(score::floor_scores(*net, *reference, job.scoreImages));
      outcome.result.feature_net = job.featureNet.toStdString();
    }
    Q_EMIT compareFinished(outcome);
  } catch (const Cancelled&) {
    Q_EMIT compareCancelled(job.runId);
  } catch (const std::exception& e) {
    Q_EMIT compareFailed(job.runId, describe(e, job.device));
  }
}

}  // namespace patchdiff::ui
