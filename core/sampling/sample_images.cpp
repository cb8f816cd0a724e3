// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sampling/sample_images.h"

#include <memory>

#include "core/error.h"
#include "core/message.h"
#include "core/sampling/noise.h"
#include "core/sampling/run_labels.h"
#include "core/sampling/strided_noise.h"

namespace patchdiff::sampling {

std::vector<int64_t> labels_for_images(const std::vector<int64_t>& given, uint64_t seed, int64_t first_image,
                                       int64_t count, int num_classes) {
  if (num_classes <= 0) {
    if (!given.empty())
      throw ConfigError(Message(PATCHDIFF_TR_NOOP("core", "class labels given, but the model is unconditional"), {}));
    return {};
  }
  std::vector<int64_t> labels;
  if (given.empty()) {
    const auto all = random_labels(seed, first_image + count, num_classes);
    labels.assign(all.begin() + first_image, all.end());
  } else {
    labels = repeat_labels(given, count);
  }
  validate_labels(labels, num_classes);
  return labels;
}

ImagesResult sample_images(Sampler& sampler, const SamplerSettings& settings, const ImagesRequest& request,
                           const ImagesObserver& observer) {
  const int64_t n = request.num_images;
  if (n <= 0 || request.batch_size <= 0 || request.image_stride <= 0)
    throw ConfigError(
        Message(PATCHDIFF_TR_NOOP("core", "the image count, batch size and image stride must be positive"), {}));
  if (sampler.class_conditional() && static_cast<int64_t>(request.labels.size()) != n)
    throw ConfigError(
        Message(PATCHDIFF_TR_NOOP("core", "this model is class-conditional: give one class label per image (%1)"),
                {std::to_string(n)}));
  const int64_t size = sampler.image_size();
  if (request.given_x_T.defined() && request.given_x_T.sizes() != torch::IntArrayRef({n, 3, size, size}))
    throw ConfigError(Message(PATCHDIFF_TR_NOOP("core", "the given x_T has shape %1, expected [%2, 3, %3, %3]"),
                              {c10::str(request.given_x_T.sizes()), std::to_string(n), std::to_string(size)}));
  validate_init_images(request.init_images, size);
  if (request.start_x.defined() && request.batch_size < n)
    throw ConfigError(
        Message(PATCHDIFF_TR_NOOP("core", "a branch continues one batch: the batch size must hold every image"), {}));

  ImagesResult result;
  std::vector<torch::Tensor> images;
  for (int64_t first = 0; first < n; first += request.batch_size) {
    const int64_t batch = std::min(request.batch_size, n - first);
    std::unique_ptr<NoiseSource> seeded;
    if (request.image_stride == 1)
      seeded = std::make_unique<SeededNoise>(request.seed, request.first_image + first);
    else
      seeded = std::make_unique<StridedSeededNoise>(request.seed, request.first_image + first * request.image_stride,
                                                    request.image_stride);
    std::unique_ptr<InjectedNoise> injected;
    RunRequest run;
    run.batch = batch;
    run.noise = seeded.get();
    if (request.given_x_T.defined()) {
      injected = std::make_unique<InjectedNoise>(request.given_x_T.narrow(0, first, batch), torch::Tensor(), seeded.get());
      run.noise = injected.get();
    }
    if (!request.labels.empty())
      run.labels = torch::tensor(std::vector<int64_t>(request.labels.begin() + first,
                                                      request.labels.begin() + first + batch));
    if (request.init_images.defined()) {
      std::vector<int64_t> global;
      for (int64_t j = 0; j < batch; ++j) global.push_back(request.first_image + (first + j) * request.image_stride);
      run.condition = condition_for_images(request.init_images, global);
    }
    run.start_index = request.start_index;
    run.start_x = request.start_x;
    run.start_state = request.start_state;
    StepObserver step_observer;
    if (observer.step)
      step_observer = [&](const StepRecord& r) { observer.step(first, batch, r); };
    const auto out = sampler.run(run, settings, step_observer, request.cancel);
    images.push_back(out.sample);
    result.steps_done = out.steps_done;
    result.state = out.state;
    if (observer.batch_done) observer.batch_done(first, out);
    if (out.cancelled) {
      result.cancelled = true;
      break;
    }
    result.images_done += batch;
  }
  result.images = torch::cat(images);
  return result;
}

}  // namespace patchdiff::sampling
