// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/export/trajectory_exporter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QPainter>

#include <cmath>
#include <cstring>

#include "core/io/atomic_file.h"
#include "core/io/gif_writer.h"
#include "ui/inspect/run_record.h"
#include "ui/window/error_text.h"

namespace patchdiff::ui {

namespace {

int scaleFor(int side, int atLeast) { return std::max(1, (atLeast + side - 1) / side); }

io::GifFrame toGifFrame(const QImage& image, int delayCs) {
  const QImage rgb = image.convertToFormat(QImage::Format_RGB888);
  io::GifFrame f;
  f.width = rgb.width();
  f.height = rgb.height();
  f.delay_cs = delayCs;
  f.rgb.resize(static_cast<size_t>(f.width) * f.height * 3);
  for (int y = 0; y < f.height; ++y)
    std::memcpy(&f.rgb[static_cast<size_t>(y) * f.width * 3], rgb.constScanLine(y), static_cast<size_t>(f.width) * 3);
  return f;
}

}  // namespace

QImage gridOf(const QVector<QImage>& images, int pad) {
  const int n = images.size();
  if (n == 0 || images.front().isNull()) return QImage();
  const int cols = static_cast<int>(std::ceil(std::sqrt(static_cast<double>(n))));
  const int rows = (n + cols - 1) / cols, s = images.front().width();
  QImage grid(cols * (s + pad) + pad, rows * (s + pad) + pad, QImage::Format_RGB888);
  grid.fill(Qt::white);
  QPainter p(&grid);
  for (int i = 0; i < n; ++i) p.drawImage(pad + (i % cols) * (s + pad), pad + (i / cols) * (s + pad), images[i]);
  return grid;
}

QVector<int> filmstripSteps(const RunRecord& record, int every) {
  QVector<int> steps;
  every = std::max(1, every);
  for (const auto& f : record.frames)
    if (f.index % every == 0) steps << f.index;
  if (!record.frames.isEmpty() && (steps.isEmpty() || steps.back() != record.frames.back().index))
    steps << record.frames.back().index;
  return steps;
}

int filmstripInterval(const RunRecord& record, int target) {
  const int k = std::max(1, record.plan.keepEvery);
  const int n = std::max(1, record.info.numSteps);
  const int wanted = std::max(1, (n + target - 1) / target);
  return std::max(k, (wanted + k - 1) / k * k);
}

QImage renderFilmstrip(const RunRecord& record, int image, int every) {
  const QVector<int> steps = filmstripSteps(record, every);
  if (steps.isEmpty()) return QImage();
  const QImage first = record.frames.front().x0.value(image);
  if (first.isNull()) return QImage();
  const int side = first.width() * scaleFor(first.width(), 96), gap = 4, label = 18;
  QImage out(gap + steps.size() * (side + gap), gap + 2 * side + gap + label + gap, QImage::Format_RGB888);
  out.fill(Qt::white);
  QPainter p(&out);
  p.setRenderHint(QPainter::SmoothPixmapTransform, false);
  QFont font = p.font();
  font.setPixelSize(12);
  p.setFont(font);
  p.setPen(Qt::black);
  for (int i = 0; i < steps.size(); ++i) {
    const StepFrame& f = record.frames[record.frameOf(steps[i])];
    const int x = gap + i * (side + gap);
    p.drawImage(QRect(x, gap, side, side), f.x0.value(image));
    p.drawImage(QRect(x, gap + side + gap, side, side), f.xt.value(image));
    p.drawText(QRect(x, gap + 2 * side + gap, side, label), Qt::AlignCenter, QCoreApplication::translate("TrajectoryExporter", "step %1").arg(f.index + 1));
  }
  return out;
}

bool writeFilmstrip(const QString& path, const RunRecord& record, int image, int every, QString* error) {
  const QImage strip = renderFilmstrip(record, image, every);
  if (strip.isNull()) {
    *error = QCoreApplication::translate("TrajectoryExporter", "The run on view has no recorded trajectory to export.");
    return false;
  }
  QByteArray bytes;
  QBuffer buffer(&bytes);
  buffer.open(QIODevice::WriteOnly);
  strip.save(&buffer, "PNG");
  try {
    io::write_file_atomic(QFileInfo(path).absoluteFilePath().toStdString(), bytes.toStdString());
  } catch (const std::exception& e) {
    *error = errorText(e);
    return false;
  }
  return true;
}

int writeTrajectoryGif(const QString& path, const RunRecord& record, int image, QString* error) {
  if (record.frames.isEmpty()) {
    *error = QCoreApplication::translate("TrajectoryExporter", "The run on view has no recorded trajectory to export.");
    return 0;
  }
  std::vector<io::GifFrame> frames;
  for (int i = 0; i < record.frames.size(); ++i) {
    const StepFrame& f = record.frames[i];
    QImage picture = image >= 0 ? f.x0.value(image) : gridOf(f.x0);
    if (picture.isNull()) continue;
    const int scale = scaleFor(picture.width(), 128);
    picture = picture.scaled(picture.size() * scale, Qt::IgnoreAspectRatio, Qt::FastTransformation);
    frames.push_back(toGifFrame(picture, i + 1 == record.frames.size() ? 150 : 8));
  }
  if (frames.empty()) {
    *error = QCoreApplication::translate("TrajectoryExporter", "Image %1 is not part of this run.").arg(image);
    return 0;
  }
  try {
    io::write_gif(QFileInfo(path).absoluteFilePath().toStdString(), frames);
  } catch (const std::exception& e) {
    *error = errorText(e);
    return 0;
  }
  return static_cast<int>(frames.size());
}

}  // namespace patchdiff::ui
