// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Sampling dock: sampler, respacing, guidance, class, seed, batch, thresholding, device,
// precision and preview rate, as one plain settings value.
#include <QWidget>

#include "ui/worker/worker_types.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSlider;
class QSpinBox;
class QToolButton;

namespace patchdiff::ui {

class SeedSpinBox;

struct SamplingControls {
  // Solver, eta, guidance, thresholding, clipping; its timestep_respacing is respacing().
  // The studio opens on the setting with the best measured quality per network pass on the
  // bundled P=4 model (patchdiff score: DDIM has the lowest Fréchet distance at 5 to 25
  // passes, its lowest at 10; docs/samplers.md, "Quality per network pass").
  sampling::SamplerSettings sampler = [] {
    sampling::SamplerSettings s;
    s.solver = "ddim";
    s.schedule = "uniform";
    return s;
  }();
  int steps = 10;
  QString respacingText;  // any original respacing string; wins over `steps` when set
  int classIndex = -1;  // -1: random
  quint64 seed = 0;
  bool seedLocked = false;
  int batch = 4;
  QString device = QStringLiteral("cpu");
  bool half = false;
  int previewEvery = 1;

  QString respacing() const {
    return respacingText.trimmed().isEmpty() ? QString::number(steps) : respacingText.trimmed();
  }
};

class SamplingPanel : public QWidget {
  Q_OBJECT

 public:
  explicit SamplingPanel(QWidget* parent = nullptr);

  void setDevices(const QStringList& devices);
  // Class names (empty: unconditional, guidance disabled) and the schedule's length.
  void setModel(const QStringList& classNames, int diffusionSteps);
  SamplingControls controls() const;
  void setControls(const SamplingControls& c);
  // Sample-group flags pasted with MODEL_FLAGS (timestep_respacing, guidance_scale, the solver flag, ...).
  void applySampleFlags(const FlagMap& flags);
  // Draws a new seed unless the seed is locked; returns the seed to use.
  quint64 seedForNextRun();
  void setRunning(bool running);
  // Why the steps or respacing typed cannot run on the loaded model ("" when they can); shown
  // under the row as typed, and Generate is off meanwhile.
  QString stepsProblem() const;

 Q_SIGNALS:
  void generateRequested();
  void cancelRequested();
  void changed();

 private:
  void updateEnabled();
  void checkSteps();
  void randomizeSeed();

  QLabel* m_stepsProblem = nullptr;
  int m_diffusionSteps = 0;
  QComboBox* m_sampler;
  QComboBox* m_schedule;
  QDoubleSpinBox* m_eta;
  QSpinBox* m_steps;
  QLineEdit* m_respacing;
  QSlider* m_guidanceSlider;
  QDoubleSpinBox* m_guidance;
  QComboBox* m_class;
  SeedSpinBox* m_seed;
  QToolButton* m_newSeed;
  QCheckBox* m_lockSeed;
  QSpinBox* m_batch;
  QCheckBox* m_clip;
  QComboBox* m_threshold;
  QComboBox* m_device;
  QComboBox* m_precision;
  QSpinBox* m_previewEvery;
  QPushButton* m_generate;
  QPushButton* m_cancel;
  bool m_conditional = true;
};

}  // namespace patchdiff::ui
