// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/inspect/timeline_bar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

namespace patchdiff::ui {

namespace {
constexpr int kPlayIntervalMs = 80;  // about 12 steps per second
}

TimelineBar::TimelineBar(QWidget* parent) : QWidget(parent) {
  setObjectName(QStringLiteral("TimelineBar"));
  m_play = new QToolButton(this);
  m_play->setToolTip(tr("Play or pause the trajectory"));
  m_play->setAccessibleName(tr("Play trajectory"));
  m_slider = new QSlider(Qt::Horizontal, this);
  m_slider->setAccessibleName(tr("Step"));
  m_slider->setToolTip(tr("Step of the trajectory shown on the canvas (1 = noisiest)"));
  m_slider->setPageStep(5);
  m_label = new QLabel(this);
  m_label->setMinimumWidth(m_label->fontMetrics().horizontalAdvance(tr("step 0000 / 0000")));
  m_info = new QLabel(this);
  m_info->setTextFormat(Qt::PlainText);
  m_continue = new QPushButton(tr("Continue from here…"), this);
  m_continue->setToolTip(tr("Start a new run from this step's x_t with changed settings"));
  m_timer = new QTimer(this);
  m_timer->setInterval(kPlayIntervalMs);

  auto* row = new QHBoxLayout(this);
  row->setContentsMargins(6, 2, 6, 2);
  row->addWidget(m_play);
  row->addWidget(m_slider, 1);
  row->addWidget(m_label);
  row->addWidget(m_info);
  row->addWidget(m_continue);

  connect(m_play, &QToolButton::clicked, this, [this] { isPlaying() ? pause() : play(); });
  connect(m_timer, &QTimer::timeout, this, &TimelineBar::advance);
  connect(m_slider, &QSlider::valueChanged, this, [this](int value) {
    if (value > m_available && m_available >= 0) {  // not recorded yet
      m_slider->setValue(m_available);
      return;
    }
    m_following = value >= m_available;
    m_label->setText(tr("step %1 / %2").arg(value + 1).arg(m_numSteps));  // counted from 1, as the status bar
    Q_EMIT stepChanged(value);
  });
  connect(m_continue, &QPushButton::clicked, this, [this] { Q_EMIT continueRequested(step()); });
  reset(0);
}

void TimelineBar::reset(int numSteps) {
  pause();
  m_numSteps = numSteps;
  m_available = -1;
  m_following = true;
  const QSignalBlocker block(m_slider);
  m_slider->setRange(0, std::max(0, numSteps - 1));
  m_slider->setValue(0);
  m_slider->setEnabled(false);
  m_play->setEnabled(false);
  m_continue->setEnabled(false);
  m_label->setText(numSteps > 0 ? tr("step %1 / %2").arg(1).arg(numSteps) : QString());
  m_info->clear();
}

void TimelineBar::setAvailable(int last) {
  m_available = std::min(last, m_numSteps - 1);
  m_slider->setEnabled(m_available >= 0);
  m_play->setEnabled(m_available > 0);
  if (m_following && !isPlaying()) setStep(m_available);
}

int TimelineBar::step() const { return m_slider->value(); }

void TimelineBar::setStep(int step) {
  step = std::clamp(step, 0, std::max(0, m_available));
  if (step == m_slider->value()) {
    m_following = step >= m_available;
    m_label->setText(tr("step %1 / %2").arg(step + 1).arg(m_numSteps));
    return;
  }
  m_slider->setValue(step);
}

void TimelineBar::setInfo(const QString& text) { m_info->setText(text); }
bool TimelineBar::isPlaying() const { return m_timer->isActive(); }

void TimelineBar::play() {
  if (m_available <= 0) return;
  if (step() >= m_available) setStep(0);  // replay from the start
  m_timer->start();
  updatePlayIcon();
}

void TimelineBar::pause() {
  m_timer->stop();
  updatePlayIcon();
}

void TimelineBar::setBranchEnabled(bool enabled) { m_continue->setEnabled(enabled); }

void TimelineBar::advance() {
  if (step() >= m_available) {
    pause();
    return;
  }
  setStep(step() + 1);
}

void TimelineBar::updatePlayIcon() {
  const bool playing = isPlaying();
  m_play->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
  m_play->setText(playing ? tr("Pause") : tr("Play"));
}

}  // namespace patchdiff::ui
