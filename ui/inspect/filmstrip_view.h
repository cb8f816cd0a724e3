// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The filmstrip: every k-th recorded step of the focused image in one row (x0 prediction),
// each captioned with its step; the step on view is outlined, a click jumps to a step.
#include <QWidget>

namespace patchdiff::ui {

struct RunRecord;

class FilmstripView : public QWidget {
  Q_OBJECT

 public:
  explicit FilmstripView(QWidget* parent = nullptr);

  // The run to show (nullptr: none); call refresh() when its frames grow.
  void setRecord(const RunRecord* record);
  void refresh();
  void setImage(int image);  // the focused image of the batch
  int image() const { return m_image; }
  void setCurrentStep(int step);
  int interval() const { return m_every; }
  QVector<int> steps() const { return m_steps; }

  QSize sizeHint() const override;
  QSize minimumSizeHint() const override { return sizeHint(); }

 Q_SIGNALS:
  void stepSelected(int step);

 protected:
  void paintEvent(QPaintEvent* event) override;
  void mousePressEvent(QMouseEvent* event) override;

 private:
  QRect cellRect(int slot) const;

  const RunRecord* m_record = nullptr;
  QVector<int> m_steps;
  int m_every = 1;
  int m_image = 0;
  int m_current = -1;
};

}  // namespace patchdiff::ui
