// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The status bar's run display: a progress bar ("step k of N"), steps per second, ETA and
// the device.
#include <QElapsedTimer>
#include <QWidget>

class QLabel;
class QProgressBar;

namespace patchdiff::ui {

class RunStatus : public QWidget {
  Q_OBJECT

 public:
  explicit RunStatus(QWidget* parent = nullptr);

  void begin(int numSteps, const QString& device, const QString& precision);
  void step(int index, int numSteps);
  void end(const QString& summary);
  void setDevice(const QString& device);
  QString rateText() const;

 private:
  QProgressBar* m_progress;
  QLabel* m_rate;
  QLabel* m_device;
  QElapsedTimer m_clock;
  int m_done = 0;
};

}  // namespace patchdiff::ui
