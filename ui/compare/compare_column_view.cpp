// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/compare/compare_column_view.h"

#include <QPainter>

#include <cmath>

namespace patchdiff::ui {

TileLayout tileLayout(int count, int side, int width, int height, int gap) {
  TileLayout best;
  best.scale = 0;
  if (count <= 0 || side <= 0) return best;
  for (int cols = 1; cols <= count; ++cols) {
    const int rows = (count + cols - 1) / cols;
    const double scale = std::min(double(width - (cols - 1) * gap) / (cols * side),
                                  double(height - (rows - 1) * gap) / (rows * side));
    if (scale > best.scale) best = {cols, scale};
  }
  // Crisp pixels where that costs little: a whole factor from 2 up; below, fill the room
  // (one 64-pixel column beside empty space was the alternative).
  if (best.scale >= 2) best.scale = std::floor(best.scale);
  best.scale = std::max(best.scale, 0.1);
  return best;
}

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
  const int side = m_images.front().width(), gap = 4;
  const TileLayout layout = tileLayout(n, side, width() - 8, height() - y - 4, gap);
  const int bestCols = layout.columns;
  const double s = side * layout.scale;
  const double x0 = (width() - (bestCols * s + (bestCols - 1) * gap)) / 2;
  for (int i = 0; i < n; ++i) {
    const int r = i / bestCols, c = i % bestCols;
    p.drawImage(QRectF(x0 + c * (s + gap), y + r * (s + gap), s, s), m_images[i]);
  }
}

}  // namespace patchdiff::ui
