// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The timeline scrubber under the canvas: a slider over the run's steps (usable while the
// run is still going), play/pause to replay the trajectory, the step's numbers, and
// "Continue from here" to branch a new run from the step on view.
#include <QWidget>

class QLabel;
class QPushButton;
class QSlider;
class QTimer;
class QToolButton;

namespace patchdiff::ui {

class TimelineBar : public QWidget {
  Q_OBJECT

 public:
  explicit TimelineBar(QWidget* parent = nullptr);

  // A run of `numSteps` steps; nothing recorded yet.
  void reset(int numSteps);
  // Steps 0..last have arrived. While following, the slider moves to `last`.
  void setAvailable(int last);
  int available() const { return m_available; }
  int numSteps() const { return m_numSteps; }
  int step() const;
  void setStep(int step);  // clamped to what has arrived; emits stepChanged when it moves
  // Following: the slider sits on the newest step and moves with the run.
  bool isFollowing() const { return m_following; }
  void setFollowing(bool following) { m_following = following; }
  void setInfo(const QString& text);
  bool isPlaying() const;
  void play();
  void pause();
  void setBranchEnabled(bool enabled);
  QSlider* slider() const { return m_slider; }
  QToolButton* playButton() const { return m_play; }
  QPushButton* continueButton() const { return m_continue; }

 Q_SIGNALS:
  void stepChanged(int step);
  void continueRequested(int step);

 private:
  void advance();
  void updatePlayIcon();

  QToolButton* m_play;
  QSlider* m_slider;
  QLabel* m_label;
  QLabel* m_info;
  QPushButton* m_continue;
  QTimer* m_timer;
  int m_numSteps = 0;
  int m_available = -1;
  bool m_following = true;
};

}  // namespace patchdiff::ui
