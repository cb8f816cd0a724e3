// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/window/run_status.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

namespace patchdiff::ui {

RunStatus::RunStatus(QWidget* parent) : QWidget(parent) {
  m_progress = new QProgressBar(this);
  m_progress->setTextVisible(true);
  m_progress->setFormat(tr("idle"));
  m_progress->setValue(0);
  m_progress->setMinimumWidth(160);
  m_progress->setMaximumWidth(240);
  m_rate = new QLabel(this);
  m_device = new QLabel(this);
  m_device->setToolTip(tr("Device and precision of the run"));
  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(m_rate);
  layout->addWidget(m_progress);
  layout->addWidget(m_device);
}

void RunStatus::begin(int numSteps, const QString& device, const QString& precision) {
  m_progress->setRange(0, numSteps);
  m_progress->setValue(0);
  m_progress->setFormat(tr("step %v of %m"));
  m_rate->clear();
  setDevice(QStringLiteral("%1 · %2").arg(device, precision));
  m_clock.start();
  m_done = 0;
}

void RunStatus::step(int index, int numSteps) {
  m_done = index + 1;
  m_progress->setMaximum(numSteps);
  m_progress->setValue(m_done);
  const double seconds = m_clock.elapsed() / 1000.0;
  if (seconds <= 0) return;
  const double rate = m_done / seconds;
  const double eta = (numSteps - m_done) / std::max(rate, 1e-9);
  m_rate->setText(tr("%1 steps/s · ETA %2 s").arg(rate, 0, 'f', 2).arg(eta, 0, 'f', 0));
}

void RunStatus::end(const QString& summary) {
  if (m_progress->maximum() == 0) {  // ended before its first step: no busy indicator left running
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
  }
  m_progress->setFormat(summary);
  m_rate->clear();
}

void RunStatus::setDevice(const QString& device) { m_device->setText(device); }
QString RunStatus::rateText() const { return m_rate->text(); }

}  // namespace patchdiff::ui
