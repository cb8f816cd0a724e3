// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/inspect/sample_canvas.h"

#include <QFontMetrics>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

#include <cmath>

namespace patchdiff::ui {

QString fitCaption(const QString& caption, const QFontMetrics& metrics, int width) {
  if (metrics.horizontalAdvance(caption) <= width) return caption;
  const QString separator = QStringLiteral(" · ");
  const int at = caption.lastIndexOf(separator);
  if (at < 0) return metrics.elidedText(caption, Qt::ElideRight, width);
  const QString tail = caption.mid(at);  // " · seed 42 #0"
  const int room = width - metrics.horizontalAdvance(tail);
  if (room < metrics.horizontalAdvance(QStringLiteral("M…")))  // no room for a name: the seed alone
    return metrics.elidedText(caption.mid(at + separator.size()), Qt::ElideRight, width);
  return metrics.elidedText(caption.left(at), Qt::ElideRight, room) + tail;
}

namespace {
constexpr int kMargin = 12, kSpacing = 12, kSideGap = 4, kMaxZoom = 32;
}

SampleCanvas::SampleCanvas(QWidget* parent) : QWidget(parent) {
  setFocusPolicy(Qt::StrongFocus);
  setAccessibleName(tr("Samples"));
  setBackgroundRole(QPalette::Base);
  setAutoFillBackground(true);
}

void SampleCanvas::setRun(int count, int imageSize, const QStringList& captions) {
  m_x0 = QVector<QImage>(count);
  m_xt = QVector<QImage>(count);
  m_captions = captions;
  while (m_captions.size() < count) m_captions << QString();
  m_imageSize = std::max(1, imageSize);
  if (m_selected >= count) m_selected = -1;
  if (m_focused >= count) m_focused = -1;
  relayout();
}

void SampleCanvas::setImages(const QVector<QImage>& x0, const QVector<QImage>& xt) {
  m_x0 = x0;
  m_xt = xt;
  update();
}

void SampleCanvas::setFinal(const QVector<QImage>& images) {
  m_x0 = images;
  update();
}

void SampleCanvas::clear() { setRun(0, m_imageSize, {}); }

QImage SampleCanvas::gridImage() const {
  const int n = m_x0.size();
  if (n == 0) return QImage();
  const int cols = static_cast<int>(std::ceil(std::sqrt(static_cast<double>(n))));
  const int rows = (n + cols - 1) / cols, s = m_imageSize, pad = 2;
  QImage grid(cols * (s + pad) + pad, rows * (s + pad) + pad, QImage::Format_RGB888);
  grid.fill(Qt::white);
  QPainter p(&grid);
  for (int i = 0; i < n; ++i) p.drawImage(pad + (i % cols) * (s + pad), pad + (i / cols) * (s + pad), m_x0[i]);
  return grid;
}

void SampleCanvas::setViewMode(ViewMode mode) {
  m_mode = mode;
  relayout();
}

void SampleCanvas::setZoom(int zoom) {
  m_fit = false;
  m_zoom = std::clamp(zoom, 1, kMaxZoom);
  relayout();
  Q_EMIT zoomChanged(m_zoom, m_fit);
}

void SampleCanvas::setFitToWindow(bool fit) {
  m_fit = fit;
  relayout();
  Q_EMIT zoomChanged(m_zoom, m_fit);
}

void SampleCanvas::setSelectedIndex(int index) {
  if (index < -1 || index >= count() || index == m_selected) return;
  m_selected = index;
  update();
  Q_EMIT selectionChanged(index);
}

void SampleCanvas::setFocusedIndex(int index) {
  m_focused = index >= 0 && index < count() ? index : -1;
  if (m_focused >= 0) setSelectedIndex(m_focused);
  relayout();
}

QVector<int> SampleCanvas::visibleTiles() const {
  if (m_focused >= 0) return {m_focused};
  QVector<int> all(count());
  for (int i = 0; i < all.size(); ++i) all[i] = i;
  return all;
}

int SampleCanvas::columns() const {
  const int n = std::max(1, static_cast<int>(visibleTiles().size()));
  return static_cast<int>(std::ceil(std::sqrt(static_cast<double>(n))));
}

QSizeF SampleCanvas::tileImageSize(int zoom) const {
  const double side = m_imageSize * zoom / devicePixelRatioF();  // whole device pixels per pixel
  return {m_mode == ViewMode::Both ? 2 * side + kSideGap : side, side};
}

QSizeF SampleCanvas::contentSize(int zoom) const {
  const int n = static_cast<int>(visibleTiles().size());
  if (n == 0) return {0, 0};
  const int cols = columns(), rows = (n + cols - 1) / cols;
  const QSizeF tile = tileImageSize(zoom);
  const double caption = fontMetrics().height() + 6;
  return {2 * kMargin + cols * tile.width() + (cols - 1) * kSpacing,
          2 * kMargin + rows * (tile.height() + caption) + (rows - 1) * kSpacing};
}

void SampleCanvas::relayout() {
  if (m_fit) {
    const QSize avail = parentWidget() ? parentWidget()->size() : size();
    int z = kMaxZoom;
    while (z > 1 && (contentSize(z).width() > avail.width() || contentSize(z).height() > avail.height())) --z;
    m_zoom = z;
    setMinimumSize(0, 0);
  } else {
    setMinimumSize(contentSize(m_zoom).toSize());
  }
  updateGeometry();
  update();
}

QSize SampleCanvas::sizeHint() const { return contentSize(m_zoom).toSize().expandedTo(QSize(320, 240)); }

QRectF SampleCanvas::tileRect(int slot) const {
  const int cols = columns();
  const QSizeF tile = tileImageSize(m_zoom);
  const double caption = fontMetrics().height() + 6;
  const QSizeF content = contentSize(m_zoom);
  // Centred when the widget is larger than the content.
  const double ox = std::max(0.0, (width() - content.width()) / 2), oy = std::max(0.0, (height() - content.height()) / 2);
  const double x = ox + kMargin + (slot % cols) * (tile.width() + kSpacing);
  const double y = oy + kMargin + (slot / cols) * (tile.height() + caption + kSpacing);
  return {x, y, tile.width(), tile.height() + caption};
}

int SampleCanvas::tileAt(const QPoint& pos) const {
  const auto tiles = visibleTiles();
  for (int slot = 0; slot < tiles.size(); ++slot)
    if (tileRect(slot).contains(pos)) return tiles[slot];
  return -1;
}

void SampleCanvas::paintEvent(QPaintEvent*) {
  QPainter p(this);
  p.setRenderHint(QPainter::SmoothPixmapTransform, false);  // nearest neighbour
  const auto tiles = visibleTiles();
  if (tiles.isEmpty()) {
    p.setPen(palette().color(QPalette::PlaceholderText));
    p.drawText(rect(), Qt::AlignCenter, tr("Press Generate (Ctrl+Return) to sample"));
    return;
  }
  const double side = m_imageSize * m_zoom / devicePixelRatioF();
  for (int slot = 0; slot < tiles.size(); ++slot) {
    const int i = tiles[slot];
    const QRectF r = tileRect(slot);
    auto drawPicture = [&](const QImage& image, double x) {
      const QRectF target(x, r.y(), side, side);
      if (image.isNull()) {
        p.fillRect(target, palette().color(QPalette::AlternateBase));
      } else {
        p.drawImage(target, image);
      }
    };
    if (m_mode != ViewMode::Noisy) drawPicture(m_x0.value(i), r.x());
    if (m_mode == ViewMode::Noisy) drawPicture(m_xt.value(i), r.x());
    if (m_mode == ViewMode::Both) drawPicture(m_xt.value(i), r.x() + side + kSideGap);
    if (i == m_selected) {
      QPen pen(palette().color(QPalette::Highlight), hasFocus() ? 3 : 2);
      p.setPen(pen);
      p.drawRect(QRectF(r.x() - 3, r.y() - 3, r.width() + 6, side + 6));
    }
    p.setPen(palette().color(QPalette::Text));
    const QRectF captionRect(r.x() - kSpacing / 2.0, r.y() + side + 2, r.width() + kSpacing, r.height() - side);
    p.drawText(captionRect, Qt::AlignHCenter | Qt::AlignTop,
               fitCaption(m_captions.value(i), fontMetrics(), static_cast<int>(captionRect.width())));
  }
}

void SampleCanvas::resizeEvent(QResizeEvent* event) {
  QWidget::resizeEvent(event);
  if (m_fit) {
    const int before = m_zoom;
    relayout();
    if (m_zoom != before) Q_EMIT zoomChanged(m_zoom, m_fit);
  }
}

void SampleCanvas::mousePressEvent(QMouseEvent* event) {
  const int i = tileAt(event->position().toPoint());
  if (i >= 0) setSelectedIndex(i);
  QWidget::mousePressEvent(event);
}

void SampleCanvas::mouseDoubleClickEvent(QMouseEvent* event) {
  const int i = tileAt(event->position().toPoint());
  setFocusedIndex(m_focused >= 0 ? -1 : i);
}

void SampleCanvas::keyPressEvent(QKeyEvent* event) {
  const int n = count(), cols = columns();
  int sel = m_selected < 0 ? 0 : m_selected;
  switch (event->key()) {
    case Qt::Key_Left: sel = std::max(0, sel - 1); break;
    case Qt::Key_Right: sel = std::min(n - 1, sel + 1); break;
    case Qt::Key_Up: sel = std::max(0, sel - cols); break;
    case Qt::Key_Down: sel = std::min(n - 1, sel + cols); break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
      setFocusedIndex(m_focused >= 0 ? -1 : m_selected);
      return;
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomIn(); return;
    case Qt::Key_Minus: zoomOut(); return;
    default: QWidget::keyPressEvent(event); return;
  }
  if (n > 0 && m_focused < 0) setSelectedIndex(sel);
}

}  // namespace patchdiff::ui
