// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sampling/seed_spin_box.h"

#include <QLineEdit>
#include <QStyle>
#include <QStyleOptionSpinBox>

#include <limits>

namespace patchdiff::ui {

namespace {
constexpr quint64 kMaxSeed = std::numeric_limits<quint64>::max();

bool parseSeed(const QString& text, quint64* value) {
  bool ok = false;
  const quint64 v = text.trimmed().toULongLong(&ok);
  if (ok && value) *value = v;
  return ok;
}
}  // namespace

QSize SeedSpinBox::minimumSizeHint() const {
  ensurePolished();
  QStyleOptionSpinBox option;
  initStyleOption(&option);
  const QSize text(fontMetrics().horizontalAdvance(QStringLiteral("0000000000")) + 8,
                   QAbstractSpinBox::minimumSizeHint().height());
  return style()->sizeFromContents(QStyle::CT_SpinBox, &option, text, this).expandedTo(QAbstractSpinBox::minimumSizeHint());
}

QSize SeedSpinBox::sizeHint() const { return minimumSizeHint().expandedTo(QAbstractSpinBox::sizeHint()); }

SeedSpinBox::SeedSpinBox(QWidget* parent) : QAbstractSpinBox(parent) {
  setCorrectionMode(QAbstractSpinBox::CorrectToPreviousValue);
  lineEdit()->setText(QStringLiteral("0"));
  connect(this, &QAbstractSpinBox::editingFinished, this, &SeedSpinBox::commitText);
  connect(lineEdit(), &QLineEdit::textEdited, this, [this](const QString& text) {
    quint64 v = 0;
    if (parseSeed(text, &v) && v != m_value) {
      m_value = v;
      Q_EMIT valueChanged(m_value);
    }
  });
}

void SeedSpinBox::setValue(quint64 value) {
  const bool changed = value != m_value;
  m_value = value;
  lineEdit()->setText(QString::number(value));
  if (changed) Q_EMIT valueChanged(m_value);
}

QValidator::State SeedSpinBox::validate(QString& input, int& /*pos*/) const {
  const QString text = input.trimmed();
  if (text.isEmpty()) return QValidator::Intermediate;
  for (const QChar c : text)
    if (!c.isDigit()) return QValidator::Invalid;
  // Digits only, but more than 2^64 - 1: no value to correct it to while typing.
  return parseSeed(text, nullptr) ? QValidator::Acceptable : QValidator::Invalid;
}

void SeedSpinBox::fixup(QString& input) const { input = QString::number(m_value); }

void SeedSpinBox::stepBy(int steps) {
  quint64 v = m_value;
  if (steps > 0) v = kMaxSeed - v < quint64(steps) ? kMaxSeed : v + quint64(steps);
  if (steps < 0) v = v < quint64(-qint64(steps)) ? 0 : v - quint64(-qint64(steps));
  setValue(v);
  selectAll();
}

QAbstractSpinBox::StepEnabled SeedSpinBox::stepEnabled() const {
  StepEnabled e = StepNone;
  if (m_value > 0) e |= StepDownEnabled;
  if (m_value < kMaxSeed) e |= StepUpEnabled;
  return e;
}

void SeedSpinBox::commitText() {
  quint64 v = 0;
  if (parseSeed(lineEdit()->text(), &v)) setValue(v);
  else lineEdit()->setText(QString::number(m_value));
}

}  // namespace patchdiff::ui
