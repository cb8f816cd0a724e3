// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/export/sample_exporter.h"
#include "ui/window/error_text.h"

#include <torch/torch.h>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cstring>

#include "core/error.h"
#include "core/io/atomic_file.h"
#include "core/io/image.h"
#include "core/io/png_text.h"
#include "core/sampling/branch_record.h"
#include "core/sampling/run_spec.h"
#include "core/sampling/sample_writer.h"
#include "core/sampling/solver_state.h"

namespace patchdiff::ui {

namespace {

torch::Tensor toHwc(const QImage& image) {
  const QImage rgb = image.convertToFormat(QImage::Format_RGB888);
  auto out = torch::empty({rgb.height(), rgb.width(), 3}, torch::kUInt8);  // [H, W, 3]
  for (int y = 0; y < rgb.height(); ++y)
    std::memcpy(out.data_ptr<uint8_t>() + static_cast<size_t>(y) * rgb.width() * 3, rgb.constScanLine(y),
                static_cast<size_t>(rgb.width()) * 3);
  return out;
}

QImage fromHwc(const torch::Tensor& hwc) {
  const auto t = hwc.contiguous();
  const int h = static_cast<int>(t.size(0)), w = static_cast<int>(t.size(1));
  QImage image(w, h, QImage::Format_RGB888);
  for (int y = 0; y < h; ++y)
    std::memcpy(image.scanLine(y), t.data_ptr<uint8_t>() + static_cast<size_t>(y) * w * 3, static_cast<size_t>(w) * 3);
  return image;
}

QString q(const std::string& s) { return QString::fromStdString(s); }

}  // namespace

bool SampleExporter::writeImage(const QString& path, const QImage& image, const QString& specJson, QString* error) {
  try {
    io::write_png(QDir::toNativeSeparators(path).toStdString(), toHwc(image),
                  specJson.isEmpty() ? std::nullopt : std::optional<std::string>(specJson.toStdString()));
    return true;
  } catch (const std::exception& e) {
    if (error) *error = errorText(e);
    return false;
  }
}

bool SampleExporter::writeBatch(const QString& dir, const QVector<QImage>& images, const QVector<qint64>& labels,
                                const QStringList& specs, QStringList* written, QString* error) {
  try {
    if (images.isEmpty()) throw IoError(QCoreApplication::translate("SampleExporter", "There are no images to export.").toStdString());
    std::vector<torch::Tensor> hwc;
    for (const QImage& image : images) hwc.push_back(toHwc(image));
    std::vector<sampling::RunSpec> runSpecs;
    for (const QString& s : specs) runSpecs.push_back(sampling::run_spec_from_json(s.toStdString()));
    torch::Tensor labelTensor;
    if (!labels.isEmpty() && labels.front() >= 0)
      labelTensor = torch::tensor(std::vector<int64_t>(labels.begin(), labels.end()), torch::kLong);
    const auto files = sampling::write_samples(dir.toStdString(), torch::stack(hwc), labelTensor, runSpecs);
    // A branch's recipe lives beside the RunSpec (core/sampling/branch_record.h), which
    // write_samples does not know: those PNGs get their whole description again.
    for (size_t i = 0; i < files.images.size() && static_cast<qsizetype>(i) < specs.size(); ++i)
      if (sampling::branch_from_json(specs[static_cast<qsizetype>(i)].toStdString()))
        io::write_png(files.images[i], hwc[i], specs[static_cast<qsizetype>(i)].toStdString());
    if (written) {
      *written = QStringList{q(files.npz), q(files.grid)};
      for (const auto& f : files.images) *written << q(f);
    }
    return true;
  } catch (const std::exception& e) {
    if (error) *error = errorText(e);
    return false;
  }
}

QStringList SampleExporter::batchFileNames(const QVector<QImage>& images, qint64 firstImage, const QString& dir,
                                           bool existingOnly) {
  if (images.isEmpty()) return {};
  // As core/sampling/sample_writer names them.
  const QString shape = QStringLiteral("%1x%2x%3x3").arg(images.size()).arg(images.front().height()).arg(images.front().width());
  QStringList names{QStringLiteral("samples_%1.npz").arg(shape), QStringLiteral("samples_%1_grid.png").arg(shape)};
  for (int i = 0; i < images.size(); ++i)
    names << QStringLiteral("sample_%1.png").arg(firstImage + i, 5, 10, QLatin1Char('0'));
  if (!existingOnly) return names;
  QStringList existing;
  for (const QString& name : names)
    if (QFileInfo::exists(QDir(dir).filePath(name))) existing << name;
  return existing;
}

bool SampleExporter::readRun(const QString& path, RestoredRun* run, QString* error) {
  try {
    const std::string bytes = io::read_file(path.toStdString(), Message(PATCHDIFF_TR_NOOP("core", "image"), {}));
    const auto text = io::read_png_text(bytes, io::kPngMetadataKey);
    if (!text)
      throw ConfigError(QCoreApplication::translate("SampleExporter",
                                                    "%1 has no 'patchdiff' run description (only PNGs written by the "
                                                    "studio or `patchdiff sample` can be restored).")
                            .arg(path)
                            .toStdString());
    const auto spec = sampling::run_spec_from_json(*text);
    RestoredRun r;
    for (const auto& c : spec.checkpoints) {
      r.checkpointPaths << q(c.path);
      r.checkpointSha256 << q(c.sha256);
      FlagMap flags;
      for (const auto& [name, value] : c.flags) flags[q(name)] = q(value);
      r.flags << flags;
    }
    r.sampler = spec.settings;
    r.seed = spec.seed;
    r.device = q(spec.device);
    r.precision = q(spec.precision);
    r.injectedNoise = spec.injected_noise;
    r.imageIndex = spec.image_index;
    r.label = spec.label;
    r.className = q(spec.class_name);
    r.image = fromHwc(io::decode_image(bytes, path.toStdString()));
    r.specJson = q(*text);
    if (spec.input) {
      // As a run takes it (decoded and checked once, by the core).
      const auto inputs = sampling::init_images_of(*spec.input);
      r.input.pixels = fromHwc(inputs.pixels[0]);
      if (inputs.masks.defined())
        r.input.mask = fromHwc(inputs.masks[0].unsqueeze(2).expand({-1, -1, 3}).contiguous())
                           .convertToFormat(QImage::Format_Grayscale8);
      r.input.path = q(spec.input->path);
      r.input.sha256 = q(spec.input->sha256);
      r.input.maskPath = q(spec.input->mask_path);
      r.input.maskSha256 = q(spec.input->mask_sha256);
    }
    if (const auto branch = sampling::branch_from_json(*text)) {
      r.branchStep = branch->step;
      r.branchExact = branch->float_x_t_kept;
      r.startX = QVector<float>(branch->start_x.begin(), branch->start_x.end());
      r.parentSpecJson = q(branch->parent_spec_json);
      if (!branch->solver_history.empty()) {
        auto state = std::make_shared<sampling::SolverState>();
        const int64_t size = branch->image_size;
        for (size_t k = 0; k < branch->solver_history.size(); ++k) {
          // from_blob only reads the record's floats; clone() makes the one copy the state owns.
          float* values = const_cast<float*>(branch->solver_history[k].data());
          state->history.push_back(torch::from_blob(values, {1, 3, size, size}, torch::kFloat32).clone());
          state->history_points.push_back(branch->solver_history_points[k]);
        }
        r.branchState = std::move(state);
      }
    }
    *run = r;
    return true;
  } catch (const std::exception& e) {
    if (error) *error = errorText(e);
    return false;
  }
}

bool SampleExporter::hasRunDescription(const QString& path, QString* error) {
  try {
    const std::string bytes = io::read_file(path.toStdString(), Message(PATCHDIFF_TR_NOOP("core", "image"), {}));
    return io::read_png_text(bytes, io::kPngMetadataKey).has_value();
  } catch (const std::exception& e) {
    if (error) *error = errorText(e);
    return false;
  }
}

}  // namespace patchdiff::ui
