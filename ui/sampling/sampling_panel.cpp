// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sampling/sampling_panel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

#include "core/diffusion/respacing.h"
#include "core/model/flags.h"
#include "core/sampling/sampler_catalog.h"
#include "ui/sampling/sampler_caption.h"
#include "ui/sampling/seed_spin_box.h"
#include "ui/window/error_text.h"

namespace patchdiff::ui {

namespace {
bool truthy(const QString& v) {
  const QString t = v.trimmed().toLower();
  return t == QLatin1String("true") || t == QLatin1String("1") || t == QLatin1String("yes");
}
}  // namespace

SamplingPanel::SamplingPanel(QWidget* parent) : QWidget(parent) {
  m_sampler = new QComboBox(this);
  // The solver registry, in its order.
  for (const auto& info : sampling::solver_infos()) {
    //: A sampler box entry: the solver's name and its network passes per step.
    m_sampler->addItem(tr("%1 (passes/step: %2)").arg(solverTitle(info.id)).arg(info.evaluations_per_step),
                       QString::fromStdString(info.id));
  }
  m_sampler->setToolTip(tr("Solver; guidance doubles every pass's batch"));
  // Long entries ("DPM++ 2M SDE (passes/step: 1)", longer translated) must not widen the dock.
  m_sampler->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
  m_sampler->setMinimumContentsLength(14);
  m_schedule = new QComboBox(this);
  for (const auto& name : sampling::schedule_names())
    m_schedule->addItem(scheduleTitle(name), QString::fromStdString(name));
  m_schedule->setToolTip(tr("Which noise levels the steps visit; DDPM and DDIM use the original's (uniform)"));
  m_eta = new QDoubleSpinBox(this);
  m_eta->setRange(0.0, 1.0);
  m_eta->setSingleStep(0.1);
  m_eta->setToolTip(tr("DDIM eta: 0 is deterministic, 1 matches DDPM's noise"));
  m_steps = new QSpinBox(this);
  // No maximum that eats keystrokes: a count above the model's steps is a message below.
  m_steps->setRange(1, 1000000);
  m_steps->setValue(SamplingControls().steps);
  m_steps->setToolTip(tr("Respaced sampling steps"));
  m_respacing = new QLineEdit(this);
  m_respacing->setPlaceholderText(tr("or e.g. ddim25, 10,20,30"));
  m_respacing->setToolTip(tr("Any original --timestep_respacing string; overrides the step count"));
  m_respacing->setClearButtonEnabled(true);
  m_guidanceSlider = new QSlider(Qt::Horizontal, this);
  m_guidanceSlider->setRange(0, 100);  // 0 .. 10 in tenths
  m_guidance = new QDoubleSpinBox(this);
  m_guidance->setRange(0.0, 20.0);
  m_guidance->setSingleStep(0.1);
  m_guidance->setDecimals(2);
  m_class = new QComboBox(this);
  m_seed = new SeedSpinBox(this);
  m_seed->setToolTip(tr("Image i of a run uses the noise streams of (seed, i)"));
  m_newSeed = new QToolButton(this);
  m_newSeed->setText(tr("New"));
  m_newSeed->setToolTip(tr("Draw a new random seed"));
  m_lockSeed = new QCheckBox(tr("Lock"), this);
  m_lockSeed->setToolTip(tr("Keep this seed for the next runs (otherwise each run draws a new one)"));
  m_batch = new QSpinBox(this);
  m_batch->setRange(1, 64);
  m_batch->setValue(4);
  //: x0: the network's prediction of the clean image; keep "x0" (translations/GLOSSARY.md).
  m_clip = new QCheckBox(tr("Clip x0 to [-1, 1]"), this);
  m_clip->setChecked(true);
  m_threshold = new QComboBox(this);
  m_threshold->addItems({tr("Auto (when guiding)"), tr("On"), tr("Off")});
  m_threshold->setToolTip(tr("Dynamic thresholding of the x0 prediction"));
  m_device = new QComboBox(this);
  m_precision = new QComboBox(this);
  m_precision->addItems({QStringLiteral("float32"), QStringLiteral("float16")});
  m_precision->setToolTip(tr("float16 runs the network's torso in half precision (CUDA only)"));
  m_previewEvery = new QSpinBox(this);
  m_previewEvery->setRange(1, 1000);
  m_previewEvery->setToolTip(tr("Update the preview every N steps (every step is still recorded)"));
  m_generate = new QPushButton(tr("Generate"), this);
  m_generate->setDefault(true);
  m_generate->setToolTip(tr("Generate (Ctrl+Return)"));
  m_cancel = new QPushButton(tr("Cancel"), this);
  m_cancel->setToolTip(tr("Cancel (Esc)"));
  m_cancel->setEnabled(false);

  auto* stepsBox = new QVBoxLayout;
  stepsBox->setContentsMargins(0, 0, 0, 0);
  auto* stepsRow = new QHBoxLayout;
  stepsRow->addWidget(m_steps);
  stepsRow->addWidget(m_respacing, 1);
  stepsBox->addLayout(stepsRow);
  m_stepsProblem = new QLabel(this);
  m_stepsProblem->setObjectName(QStringLiteral("StepsProblem"));
  m_stepsProblem->setWordWrap(true);
  m_stepsProblem->setStyleSheet(QStringLiteral("color: #b3261e;"));
  m_stepsProblem->hide();
  stepsBox->addWidget(m_stepsProblem);
  auto* samplerRow = new QHBoxLayout;
  samplerRow->addWidget(m_sampler, 1);
  samplerRow->addWidget(m_eta);
  auto* guidanceRow = new QHBoxLayout;
  guidanceRow->addWidget(m_guidanceSlider, 1);
  guidanceRow->addWidget(m_guidance);
  auto* seedRow = new QHBoxLayout;
  seedRow->addWidget(m_seed, 1);
  seedRow->addWidget(m_newSeed);
  seedRow->addWidget(m_lockSeed);
  // Rows holding a layout need an explicit label with a buddy for their mnemonic.
  auto label = [this](const QString& text, QWidget* buddy) {
    auto* l = new QLabel(text, this);
    l->setBuddy(buddy);
    return l;
  };
  auto* form = new QFormLayout;
  form->addRow(label(tr("&Sampler / eta:"), m_sampler), samplerRow);
  //: Steps: how many (respaced) timesteps the sampler takes (translations/GLOSSARY.md).
  form->addRow(label(tr("S&teps:"), m_steps), stepsBox);
  //: Schedule: which noise levels a run's steps visit (uniform, Karras, ...).
  form->addRow(tr("Sc&hedule:"), m_schedule);
  //: Guidance scale: the strength s of classifier-free guidance, 1 = off.
  form->addRow(label(tr("&Guidance:"), m_guidance), guidanceRow);
  form->addRow(tr("C&lass:"), m_class);
  //: Seed: the number a run's random noise is drawn from.
  form->addRow(label(tr("S&eed:"), m_seed), seedRow);
  form->addRow(tr("&Batch size:"), m_batch);
  form->addRow(tr("&Thresholding:"), m_threshold);
  form->addRow(QString(), m_clip);
  form->addRow(tr("&Device:"), m_device);
  form->addRow(tr("&Precision:"), m_precision);
  form->addRow(tr("Preview e&very:"), m_previewEvery);
  auto* buttons = new QHBoxLayout;
  buttons->addWidget(m_generate, 1);
  buttons->addWidget(m_cancel);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addLayout(buttons);
  layout->addStretch(1);
  m_seed->setAccessibleName(tr("Seed"));
  m_guidanceSlider->setAccessibleName(tr("Guidance scale"));

  setDevices({QStringLiteral("cpu")});
  setModel({}, 1000);
  randomizeSeed();
  m_guidance->setValue(1.5);
  m_guidanceSlider->setValue(15);

  connect(m_guidanceSlider, &QSlider::valueChanged, this, [this](int v) {
    if (std::lround(m_guidance->value() * 10) != v) m_guidance->setValue(v / 10.0);
  });
  connect(m_guidance, qOverload<double>(&QDoubleSpinBox::valueChanged), this, [this](double v) {
    const QSignalBlocker block(m_guidanceSlider);
    m_guidanceSlider->setValue(static_cast<int>(std::lround(std::min(v, 10.0) * 10)));
    Q_EMIT changed();
  });
  connect(m_sampler, qOverload<int>(&QComboBox::currentIndexChanged), this, &SamplingPanel::updateEnabled);
  connect(m_device, qOverload<int>(&QComboBox::currentIndexChanged), this, &SamplingPanel::updateEnabled);
  connect(m_newSeed, &QToolButton::clicked, this, &SamplingPanel::randomizeSeed);
  connect(m_generate, &QPushButton::clicked, this, &SamplingPanel::generateRequested);
  connect(m_steps, &QSpinBox::valueChanged, this, &SamplingPanel::checkSteps);
  connect(m_cancel, &QPushButton::clicked, this, &SamplingPanel::cancelRequested);
  connect(m_respacing, &QLineEdit::textChanged, this, [this] { updateEnabled(); Q_EMIT changed(); });
  connect(m_seed, &SeedSpinBox::valueChanged, this, &SamplingPanel::changed);
  for (QSpinBox* s : {m_steps, m_batch, m_previewEvery})
    connect(s, qOverload<int>(&QSpinBox::valueChanged), this, &SamplingPanel::changed);
  for (QComboBox* c : {m_sampler, m_schedule, m_class, m_threshold, m_device, m_precision})
    connect(c, qOverload<int>(&QComboBox::currentIndexChanged), this, &SamplingPanel::changed);
  connect(m_eta, qOverload<double>(&QDoubleSpinBox::valueChanged), this, &SamplingPanel::changed);
  connect(m_clip, &QCheckBox::toggled, this, &SamplingPanel::changed);
  connect(m_lockSeed, &QCheckBox::toggled, this, &SamplingPanel::changed);
  updateEnabled();
}

void SamplingPanel::setDevices(const QStringList& devices) {
  const QString current = m_device->currentText();
  const QSignalBlocker block(m_device);
  m_device->clear();
  m_device->addItems(devices);
  if (devices.contains(current)) m_device->setCurrentText(current);
  updateEnabled();
}

void SamplingPanel::setModel(const QStringList& classNames, int diffusionSteps) {
  m_conditional = !classNames.isEmpty();
  const int previous = m_class->currentIndex();
  {
    const QSignalBlocker block(m_class);
    m_class->clear();
    m_class->addItem(m_conditional ? tr("Random") : tr("(unconditional model)"));
    for (int i = 0; i < classNames.size(); ++i) m_class->addItem(QStringLiteral("%1  %2").arg(i).arg(classNames[i]));
    m_class->setCurrentIndex(previous >= 0 && previous < m_class->count() ? previous : 0);
  }
  m_diffusionSteps = diffusionSteps;
  updateEnabled();
}

void SamplingPanel::updateEnabled() {
  const auto& solver = sampling::solver_info(m_sampler->currentData().toString().toStdString());
  m_eta->setEnabled(solver.uses_eta);
  if (solver.table_steps_only) m_schedule->setCurrentIndex(0);  // uniform
  m_schedule->setEnabled(!solver.table_steps_only);
  m_steps->setEnabled(m_respacing->text().trimmed().isEmpty());
  m_class->setEnabled(m_conditional);
  const QString why = tr("This model is unconditional: guidance needs a class-conditional model");
  for (QWidget* w : {static_cast<QWidget*>(m_guidanceSlider), static_cast<QWidget*>(m_guidance)}) {
    w->setEnabled(m_conditional);
    w->setToolTip(m_conditional ? tr("Classifier-free guidance scale (1 = off)") : why);
  }
  const bool cuda = m_device->currentText().startsWith(QLatin1String("cuda"));
  if (!cuda) m_precision->setCurrentIndex(0);
  m_precision->setEnabled(cuda);
  checkSteps();
}

void SamplingPanel::checkSteps() {
  // As typed, not at Generate: the respacing string (or the count) against the model's steps.
  if (!m_stepsProblem) return;  // still being built
  const QString respacing = controls().respacing();
  QString problem;
  if (m_diffusionSteps > 0) {
    try {
      diffusion::space_timesteps(m_diffusionSteps, respacing.toStdString());
    } catch (const std::exception& e) {
      problem = m_respacing->text().trimmed().isEmpty()
                    //: %1 the step count typed, %2 the model's diffusion steps.
                    ? tr("%1 steps: this model has %2 diffusion steps, so at most %2.").arg(m_steps->value()).arg(m_diffusionSteps)
                    //: %1 the respacing text typed, %2 why it cannot be used (from the sampler).
                    : tr("Steps \"%1\" cannot be used: %2").arg(respacing, errorText(e));
    }
  }
  if (problem == m_stepsProblem->text() && m_stepsProblem->isHidden() == problem.isEmpty()) return;
  m_stepsProblem->setText(problem);
  m_stepsProblem->setVisible(!problem.isEmpty());
  m_generate->setEnabled(problem.isEmpty());
  m_generate->setToolTip(problem.isEmpty() ? tr("Generate (Ctrl+Return)") : problem);
}

QString SamplingPanel::stepsProblem() const { return m_stepsProblem->text(); }

void SamplingPanel::randomizeSeed() {
  // New seeds stay below 2^31 so they are easy to read and type; any 64-bit seed is accepted.
  m_seed->setValue(QRandomGenerator::global()->bounded(std::numeric_limits<int>::max()));
}

quint64 SamplingPanel::seedForNextRun() {
  if (!m_lockSeed->isChecked()) randomizeSeed();
  return m_seed->value();
}

void SamplingPanel::setRunning(bool running) { m_cancel->setEnabled(running); }

SamplingControls SamplingPanel::controls() const {
  SamplingControls c;
  c.sampler.solver = m_sampler->currentData().toString().toStdString();
  c.sampler.eta = m_eta->value();
  c.sampler.schedule = m_schedule->currentData().toString().toStdString();
  c.steps = m_steps->value();
  c.respacingText = m_respacing->text().trimmed();
  c.sampler.guidance_scale = m_guidance->value();
  c.classIndex = m_conditional ? m_class->currentIndex() - 1 : -1;
  c.seed = m_seed->value();
  c.seedLocked = m_lockSeed->isChecked();
  c.batch = m_batch->value();
  c.sampler.clip_denoised = m_clip->isChecked();
  c.sampler.dynamic_threshold = static_cast<sampling::ThresholdMode>(m_threshold->currentIndex());  // box order = enum order
  c.sampler.timestep_respacing = c.respacing().toStdString();
  c.device = m_device->currentText();
  c.half = m_precision->currentIndex() == 1;
  c.previewEvery = m_previewEvery->value();
  return c;
}

void SamplingPanel::setControls(const SamplingControls& c) {
  m_sampler->setCurrentIndex(std::max(0, m_sampler->findData(QString::fromStdString(c.sampler.solver))));
  m_eta->setValue(c.sampler.eta);
  m_schedule->setCurrentIndex(std::max(0, m_schedule->findData(QString::fromStdString(c.sampler.schedule))));
  m_steps->setValue(c.steps);
  m_respacing->setText(c.respacingText);
  m_guidance->setValue(c.sampler.guidance_scale);
  if (c.classIndex + 1 < m_class->count()) m_class->setCurrentIndex(std::max(0, c.classIndex + 1));
  m_seed->setValue(c.seed);
  m_lockSeed->setChecked(c.seedLocked);
  m_batch->setValue(c.batch);
  m_clip->setChecked(c.sampler.clip_denoised);
  m_threshold->setCurrentIndex(static_cast<int>(c.sampler.dynamic_threshold));
  if (m_device->findText(c.device) >= 0) m_device->setCurrentText(c.device);
  updateEnabled();
  m_precision->setCurrentIndex(c.half && m_precision->isEnabled() ? 1 : 0);
  m_previewEvery->setValue(c.previewEvery);
}

void SamplingPanel::applySampleFlags(const FlagMap& flags) {
  SamplingControls c = controls();
  if (flags.contains(QStringLiteral("timestep_respacing"))) {
    const QString r = flags.value(QStringLiteral("timestep_respacing")).trimmed();
    bool plain = false;
    const int n = r.toInt(&plain);
    if (plain && n > 0) {
      c.steps = n;
      c.respacingText.clear();
    } else {
      c.respacingText = r;
    }
  }
  const QString solverFlag = QString::fromStdString(model::original_solver_flag());
  if (flags.contains(solverFlag)) c.sampler.solver = truthy(flags.value(solverFlag)) ? "ddim" : "ddpm";
  if (flags.contains(QStringLiteral("guidance_scale"))) c.sampler.guidance_scale = flags.value(QStringLiteral("guidance_scale")).toDouble();
  if (flags.contains(QStringLiteral("batch_size"))) c.batch = std::max(1, flags.value(QStringLiteral("batch_size")).toInt());
  if (flags.contains(QStringLiteral("clip_denoised"))) c.sampler.clip_denoised = truthy(flags.value(QStringLiteral("clip_denoised")));
  setControls(c);
}

}  // namespace patchdiff::ui
