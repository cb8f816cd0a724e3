// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// "Continue from here": the settings a branch may change (guidance, sampler, eta, the seed of
// the remaining noise, a checkpoint of the same image size), prefilled from the parent run.
#include <QDialog>

#include "ui/worker_types.h"

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace patchdiff::ui {

class ModelCatalog;

struct BranchSettings {
  sampling::SamplerSettings sampler;  // the parent's job with the dialog's guidance, solver and eta
  quint64 seed = 0;
  QString checkpoint;  // empty: keep the models the parent ran with
};

class BranchDialog : public QDialog {
  Q_OBJECT

 public:
  // `parent` settings; `imageSize` limits the checkpoints offered; `note` says whether the
  // continuation is exact (float x_t kept) or approximate.
  BranchDialog(const GenerateRequest& parentRun, int step, int imageSize, const ModelCatalog* catalog,
               const QString& currentCheckpoint, const QString& note, QWidget* parent = nullptr);

  BranchSettings settings() const;

 private:
  QDoubleSpinBox* m_guidance;
  QComboBox* m_sampler;
  QDoubleSpinBox* m_eta;
  sampling::SamplerSettings m_parentJob;
  QLineEdit* m_seed;
  QComboBox* m_checkpoint;
};

}  // namespace patchdiff::ui
