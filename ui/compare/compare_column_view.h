// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One column of compare mode: its label and timing caption over its images at the step the
// shared scrubber selects, scaled by a whole factor (nearest neighbour) to fit.
#include <QImage>
#include <QStringList>
#include <QVector>
#include <QWidget>

namespace patchdiff::ui {

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
