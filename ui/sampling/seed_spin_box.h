// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A spin box for 64-bit seeds. QSpinBox holds an int, but `patchdiff sample --seed` takes
// any unsigned 64-bit value: restoring such a run from its PNG must not clamp the seed, or
// the regenerated image would differ from the file.
#include <QAbstractSpinBox>

namespace patchdiff::ui {

class SeedSpinBox : public QAbstractSpinBox {
  Q_OBJECT

 public:
  explicit SeedSpinBox(QWidget* parent = nullptr);

  quint64 value() const { return m_value; }
  void setValue(quint64 value);

  QValidator::State validate(QString& input, int& pos) const override;
  void fixup(QString& input) const override;
  void stepBy(int steps) override;
  // Wide enough for ten digits: every seed the studio draws (below 2^31) shows whole.
  QSize sizeHint() const override;
  QSize minimumSizeHint() const override;

 Q_SIGNALS:
  void valueChanged(quint64 value);

 protected:
  StepEnabled stepEnabled() const override;

 private:
  void commitText();
  quint64 m_value = 0;
};

}  // namespace patchdiff::ui
