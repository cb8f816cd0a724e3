// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/inspect/filmstrip_view.h"

#include <QMouseEvent>
#include <QPainter>

#include "ui/inspect/run_record.h"
#include "ui/export/trajectory_exporter.h"

namespace patchdiff::ui {

namespace {
constexpr int kSide = 56, kGap = 4;
}

FilmstripView::FilmstripView(QWidget* parent) : QWidget(parent) {
  setObjectName(QStringLiteral("Filmstrip"));
  setAccessibleName(tr("Filmstrip"));
  setToolTip(tr("Every k-th step of the focused image; click to show that step"));
  setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void FilmstripView::setRecord(const RunRecord* record) {
  m_record = record;
  if (m_record && m_image >= m_record->info.batch) m_image = 0;
  refresh();
}

void FilmstripView::refresh() {
  m_steps.clear();
  if (m_record && !m_record->frames.isEmpty()) {
    m_every = filmstripInterval(*m_record);
    m_steps = filmstripSteps(*m_record, m_every);
  }
  updateGeometry();
  update();
}

void FilmstripView::setImage(int image) {
  m_image = std::max(0, image);
  update();
}

void FilmstripView::setCurrentStep(int step) {
  m_current = step;
  update();
}

QSize FilmstripView::sizeHint() const {
  const int label = fontMetrics().height();
  return {kGap + std::max<int>(1, m_steps.size()) * (kSide + kGap), kGap + kSide + label + kGap};
}

QRect FilmstripView::cellRect(int slot) const { return {kGap + slot * (kSide + kGap), kGap, kSide, kSide}; }

void FilmstripView::paintEvent(QPaintEvent*) {
  QPainter p(this);
  p.setRenderHint(QPainter::SmoothPixmapTransform, false);
  if (m_steps.isEmpty() || !m_record) {
    p.setPen(palette().color(QPalette::PlaceholderText));
    p.drawText(rect(), Qt::AlignCenter, tr("The filmstrip of the focused image appears here during a run"));
    return;
  }
  // The step on view belongs to the cell at or before it.
  int currentSlot = -1;
  for (int i = 0; i < m_steps.size(); ++i)
    if (m_steps[i] <= m_current) currentSlot = i;
  for (int i = 0; i < m_steps.size(); ++i) {
    const int f = m_record->frameOf(m_steps[i]);
    if (f < 0) continue;
    const QRect r = cellRect(i);
    p.drawImage(r, m_record->frames[f].x0.value(m_image));
    if (i == currentSlot) {
      p.setPen(QPen(palette().color(QPalette::Highlight), 2));
      p.drawRect(r.adjusted(-1, -1, 1, 1));
    }
    p.setPen(palette().color(QPalette::Text));
    p.drawText(QRect(r.x() - kGap / 2, r.bottom() + 1, kSide + kGap, fontMetrics().height()), Qt::AlignCenter,
               QString::number(m_steps[i] + 1));  // 1-based, as the timeline and the exported strip
  }
}

void FilmstripView::mousePressEvent(QMouseEvent* event) {
  for (int i = 0; i < m_steps.size(); ++i)
    if (cellRect(i).adjusted(0, 0, 0, fontMetrics().height()).contains(event->position().toPoint())) {
      Q_EMIT stepSelected(m_steps[i]);
      return;
    }
  QWidget::mousePressEvent(event);
}

}  // namespace patchdiff::ui
