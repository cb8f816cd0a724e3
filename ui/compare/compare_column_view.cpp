// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/compare/compare_column_view.h"

#include <QPainter>

#include <cmath>

namespace patchdiff::ui {

CompareColumnView::CompareColumnView(QWidget* parent) : QWidget(parent) {
  setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
  setMinimumSize(140, 160);
}

void CompareColumnView::setCaption(const QStringList& lines) {
  m_caption = lines;
  update();
}

void CompareColumnView::setImages(const QVector<QImage>& images) {
  m_images = images;
  update();
}

QSize CompareColumnView::sizeHint() const { return {260, 320}; }

void CompareColumnView::paintEvent(QPaintEvent*) {
  QPainter p(this);
  p.setRenderHint(QPainter::SmoothPixmapTransform, false);
  const int line = fontMetrics().height();
  int y = 4;
  for (int i = 0; i < m_caption.size(); ++i) {
    QFont f = font();
    f.setBold(i == 0);
    p.setFont(f);
    p.setPen(palette().color(i == 0 ? QPalette::Text : QPalette::PlaceholderText));
    p.drawText(QRect(0, y, width(), line), Qt::AlignHCenter, fontMetrics().elidedText(m_caption[i], Qt::ElideRight, width()));
    y += line;
  }
  y += 4;
  const int n = m_images.size();
  if (n == 0 || m_images.front().isNull()) {
    p.setPen(palette().color(QPalette::PlaceholderText));
    p.drawText(QRect(0, y, width(), height() - y), Qt::AlignCenter, tr("waiting…"));
    return;
  }
  // A near-square grid at the largest whole zoom that fits.
  const int side = m_images.front().width(), gap = 4;
  const int availW = width() - 8, availH = height() - y - 4;
  int bestZoom = 0, bestCols = 1;
  for (int cols = 1; cols <= n; ++cols) {
    const int rows = (n + cols - 1) / cols;
    const int zoom = std::min((availW - (cols - 1) * gap) / (cols * side), (availH - (rows - 1) * gap) / (rows * side));
    if (zoom > bestZoom) {
      bestZoom = zoom;
      bestCols = cols;
    }
  }
  const double scale = bestZoom >= 1 ? bestZoom : std::min(double(availW) / (bestCols * side), double(availH) / side);
  const double s = side * scale / devicePixelRatioF() * devicePixelRatioF();
  const double x0 = (width() - (bestCols * s + (bestCols - 1) * gap)) / 2;
  for (int i = 0; i < n; ++i) {
    const int r = i / bestCols, c = i % bestCols;
    p.drawImage(QRectF(x0 + c * (s + gap), y + r * (s + gap), s, s), m_images[i]);
  }
}

}  // namespace patchdiff::ui
