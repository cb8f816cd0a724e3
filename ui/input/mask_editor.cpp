// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/input/mask_editor.h"

#include <QMouseEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace patchdiff::ui {

MaskEditor::MaskEditor(QWidget* parent) : QWidget(parent) {
  setMinimumSize(160, 160);
  setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
  setCursor(Qt::CrossCursor);
  setToolTip(tr("Paint the part to regenerate (left button); the right button erases"));
}

void MaskEditor::setImage(const QImage& image) {
  m_image = image.isNull() ? QImage() : image.convertToFormat(QImage::Format_RGB888);
  m_mask = QImage();
  if (!m_image.isNull()) {
    m_mask = QImage(m_image.size(), QImage::Format_Grayscale8);
    m_mask.fill(0);
  }
  update();
  Q_EMIT maskChanged();
}

QImage MaskEditor::mask() const { return hasMask() ? m_mask : QImage(); }

void MaskEditor::setMask(const QImage& mask) {
  if (m_image.isNull()) return;
  if (mask.isNull()) {
    clearMask();
    return;
  }
  QImage gray = mask.convertToFormat(QImage::Format_Grayscale8);
  if (gray.size() != m_image.size()) gray = gray.scaled(m_image.size(), Qt::IgnoreAspectRatio, Qt::FastTransformation);
  for (int y = 0; y < gray.height(); ++y) {  // two levels, as the core thresholds them
    uchar* row = gray.scanLine(y);
    for (int x = 0; x < gray.width(); ++x) row[x] = row[x] >= 128 ? 255 : 0;
  }
  m_mask = gray;
  update();
  Q_EMIT maskChanged();
}

bool MaskEditor::hasMask() const {
  if (m_mask.isNull()) return false;
  for (int y = 0; y < m_mask.height(); ++y) {
    const uchar* row = m_mask.constScanLine(y);
    if (std::any_of(row, row + m_mask.width(), [](uchar v) { return v != 0; })) return true;
  }
  return false;
}

void MaskEditor::setBrushRadius(int pixels) { m_radius = std::max(1, pixels); }

void MaskEditor::clearMask() {
  if (m_mask.isNull()) return;
  m_mask.fill(0);
  update();
  Q_EMIT maskChanged();
}

void MaskEditor::invertMask() {
  if (m_mask.isNull()) return;
  m_mask.invertPixels();
  update();
  Q_EMIT maskChanged();
}

void MaskEditor::paintAt(const QPoint& p, bool regenerate) {
  if (m_mask.isNull()) return;
  const int r = m_radius;
  const uchar value = regenerate ? 255 : 0;
  for (int y = std::max(0, p.y() - r); y <= std::min(m_mask.height() - 1, p.y() + r); ++y) {
    uchar* row = m_mask.scanLine(y);
    for (int x = std::max(0, p.x() - r); x <= std::min(m_mask.width() - 1, p.x() + r); ++x)
      if ((x - p.x()) * (x - p.x()) + (y - p.y()) * (y - p.y()) <= r * r) row[x] = value;
  }
  update();
  Q_EMIT maskChanged();
}

QRectF MaskEditor::imageRect() const {
  if (m_image.isNull()) return {};
  const double scale = std::min(width() / double(m_image.width()), height() / double(m_image.height()));
  const QSizeF size(m_image.width() * scale, m_image.height() * scale);
  return {QPointF((width() - size.width()) / 2, (height() - size.height()) / 2), size};
}

QPoint MaskEditor::toImage(const QPointF& pos) const {
  const QRectF r = imageRect();
  return {static_cast<int>(std::floor((pos.x() - r.x()) / r.width() * m_image.width())),
          static_cast<int>(std::floor((pos.y() - r.y()) / r.height() * m_image.height()))};
}

// Dabs along the segment from the last point, so a fast stroke leaves no gaps.
void MaskEditor::strokeTo(const QPoint& p) {
  const QPoint d = p - m_last;
  const int n = std::max(1, static_cast<int>(std::ceil(std::hypot(d.x(), d.y()) / std::max(1.0, m_radius / 2.0))));
  for (int i = 1; i <= n; ++i) paintAt(m_last + d * i / n, m_strokeRegenerates);
  m_last = p;
}

void MaskEditor::mousePressEvent(QMouseEvent* event) {
  if (m_image.isNull() || !(event->button() == Qt::LeftButton || event->button() == Qt::RightButton)) return;
  m_stroking = true;
  m_strokeRegenerates = event->button() == Qt::LeftButton && !m_erasing;
  m_last = toImage(event->position());
  paintAt(m_last, m_strokeRegenerates);
}

void MaskEditor::mouseMoveEvent(QMouseEvent* event) {
  if (m_stroking) strokeTo(toImage(event->position()));
}

void MaskEditor::mouseReleaseEvent(QMouseEvent*) { m_stroking = false; }

void MaskEditor::paintEvent(QPaintEvent*) {
  QPainter p(this);
  if (m_image.isNull()) {
    p.setPen(palette().color(QPalette::PlaceholderText));
    p.drawRect(rect().adjusted(0, 0, -1, -1));
    p.drawText(rect().adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap,
               tr("No input image: generation starts from noise.\nDrop a PNG or JPEG here, or use a tile "
                  "(Image > Use as Input)."));
    return;
  }
  const QRectF target = imageRect();
  p.setRenderHint(QPainter::SmoothPixmapTransform, false);  // crisp pixels, as the canvas
  p.drawImage(target, m_image);
  if (!m_mask.isNull()) {
    QImage overlay(m_mask.size(), QImage::Format_ARGB32_Premultiplied);
    overlay.fill(Qt::transparent);
    for (int y = 0; y < m_mask.height(); ++y) {
      const uchar* in = m_mask.constScanLine(y);
      auto* out = reinterpret_cast<QRgb*>(overlay.scanLine(y));
      for (int x = 0; x < m_mask.width(); ++x)
        if (in[x]) out[x] = qPremultiply(qRgba(255, 0, 220, 140));  // magenta: rare in the images themselves
    }
    p.drawImage(target, overlay);
  }
}

}  // namespace patchdiff::ui
