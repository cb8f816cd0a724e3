// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One column of compare mode: its label and timing caption over its images at the step the
// shared scrubber selects, in the grid that shows them largest, scaled by a whole factor
// (nearest neighbour) when that is 2 or more, else by whatever fills the column.
#include <QImage>
#include <QStringList>
#include <QVector>
#include <QWidget>

namespace patchdiff::ui {

// How `count` square images of `side` pixels fill `width` x `height` with `gap` between them:
// the number of grid columns and the scale, the largest over every grid shape.
struct TileLayout {
  int columns = 1;
  double scale = 1.0;
};
TileLayout tileLayout(int count, int side, int width, int height, int gap);

class CompareColumnView : public QWidget {
  Q_OBJECT

 public:
  explicit CompareColumnView(QWidget* parent = nullptr);

  void setCaption(const QStringList& lines);
  void setImages(const QVector<QImage>& images);
  const QVector<QImage>& images() const { return m_images; }

  QSize sizeHint() const override;

 protected:
  void paintEvent(QPaintEvent* event) override;

 private:
  QStringList m_caption;
  QVector<QImage> m_images;
};

}  // namespace patchdiff::ui
