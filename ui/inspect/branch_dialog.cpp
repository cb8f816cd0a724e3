// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/inspect/branch_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>

#include "core/sampling/sampler_catalog.h"
#include "ui/sampling/sampler_caption.h"
#include "ui/models/model_catalog.h"

namespace patchdiff::ui {

BranchDialog::BranchDialog(const GenerateRequest& run, int step, int imageSize, const ModelCatalog* catalog,
                           const QString& currentCheckpoint, const QString& note, QWidget* parent)
    : QDialog(parent) {
  setWindowTitle(tr("Continue from Step %1").arg(step + 1));  // counted from 1, as the timeline
  m_guidance = new QDoubleSpinBox(this);
  m_guidance->setRange(0, 20);
  m_guidance->setSingleStep(0.25);
  m_parentJob = run.sampler;
  m_guidance->setValue(run.sampler.guidance_scale);
  m_sampler = new QComboBox(this);
  for (const auto& info : sampling::solver_infos())  // the registry, in its order
    m_sampler->addItem(solverTitle(info.id), QString::fromStdString(info.id));
  m_sampler->setCurrentIndex(std::max(0, m_sampler->findData(QString::fromStdString(run.sampler.solver))));
  m_eta = new QDoubleSpinBox(this);
  m_eta->setRange(0, 1);
  m_eta->setSingleStep(0.1);
  m_eta->setValue(run.sampler.eta);
  m_seed = new QLineEdit(QString::number(run.seed), this);
  m_seed->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{1,19}")), m_seed));
  m_seed->setToolTip(tr("Seed of the remaining steps' noise (the parent's seed continues it unchanged)"));
  m_checkpoint = new QComboBox(this);
  m_checkpoint->addItem(tr("Same as the parent run"), QString());
  if (catalog)
    for (const auto& e : catalog->entries())
      if (e.imageSize == imageSize && e.path != currentCheckpoint) m_checkpoint->addItem(e.title, e.path);

  auto* form = new QFormLayout(this);
  auto* info = new QLabel(note, this);
  info->setWordWrap(true);
  form->addRow(info);
  //: Guidance scale: the strength s of classifier-free guidance, 1 = off (translations/GLOSSARY.md).
  form->addRow(tr("&Guidance scale:"), m_guidance);
  form->addRow(tr("&Sampler:"), m_sampler);
  form->addRow(tr("&Eta:"), m_eta);
  //: Seed: the number a run's random noise is drawn from (translations/GLOSSARY.md).
  form->addRow(tr("S&eed of the remaining noise:"), m_seed);
  //: Checkpoint: a .pt file with a model's trained weights (translations/GLOSSARY.md).
  form->addRow(tr("&Checkpoint:"), m_checkpoint);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  buttons->button(QDialogButtonBox::Ok)->setText(tr("&Continue"));
  form->addRow(buttons);
  connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  auto updateEta = [this] {
    m_eta->setEnabled(sampling::solver_info(m_sampler->currentData().toString().toStdString()).uses_eta);
  };
  connect(m_sampler, &QComboBox::currentIndexChanged, this, updateEta);
  updateEta();
}

BranchSettings BranchDialog::settings() const {
  BranchSettings s;
  s.sampler = m_parentJob;
  s.sampler.guidance_scale = m_guidance->value();
  s.sampler.solver = m_sampler->currentData().toString().toStdString();
  s.sampler.eta = m_eta->value();
  s.seed = m_seed->text().toULongLong();
  s.checkpoint = m_checkpoint->currentData().toString();
  return s;
}

}  // namespace patchdiff::ui
