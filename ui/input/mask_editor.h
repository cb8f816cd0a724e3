// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The input image of a run, large, with its inpainting mask painted over it: the left
// button paints "regenerate" (a translucent magenta overlay), the right button (or erase mode)
// paints "keep"; the brush is a disc of settable radius in image pixels. The mask has the
// image's own size (Grayscale8: 255 regenerate, 0 keep), as `patchdiff sample --mask` reads it.
#include <QImage>
#include <QWidget>

namespace patchdiff::ui {

class MaskEditor : public QWidget {
  Q_OBJECT

 public:
  explicit MaskEditor(QWidget* parent = nullptr);

  // A new image clears the mask; a null image shows the drop hint.
  void setImage(const QImage& image);
  QImage image() const { return m_image; }
  // The mask (same size as the image); null when nothing is marked for regeneration.
  QImage mask() const;
  void setMask(const QImage& mask);  // resized to the image (nearest) when it differs
  bool hasMask() const;

  void setBrushRadius(int pixels);
  int brushRadius() const { return m_radius; }
  void setErasing(bool erase) { m_erasing = erase; }
  bool erasing() const { return m_erasing; }
  void clearMask();
  void invertMask();
  // Paints one brush dab at an image pixel (what a mouse press does there).
  void paintAt(const QPoint& imagePixel, bool regenerate);

  QSize sizeHint() const override { return {224, 224}; }
  bool hasHeightForWidth() const override { return true; }
  int heightForWidth(int width) const override { return width; }

 Q_SIGNALS:
  void maskChanged();

 protected:
  void paintEvent(QPaintEvent* event) override;
  void mousePressEvent(QMouseEvent* event) override;
  void mouseMoveEvent(QMouseEvent* event) override;
  void mouseReleaseEvent(QMouseEvent* event) override;

 private:
  QRectF imageRect() const;  // where the image is drawn (aspect kept, centred)
  QPoint toImage(const QPointF& widgetPos) const;
  void strokeTo(const QPoint& imagePixel);

  QImage m_image;  // RGB888
  QImage m_mask;   // Grayscale8, the image's size
  int m_radius = 6;
  bool m_erasing = false;
  bool m_stroking = false, m_strokeRegenerates = true;
  QPoint m_last;
};

}  // namespace patchdiff::ui
