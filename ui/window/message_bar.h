// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// An inline, non-modal message strip above the canvas (errors, warnings, results) that
// never blocks the UI; dismissed with its close button.
#include <QFrame>

class QLabel;
class QToolButton;

namespace patchdiff::ui {

class MessageBar : public QFrame {
  Q_OBJECT

 public:
  enum class Kind { Info, Warning, Error };
  explicit MessageBar(QWidget* parent = nullptr);

  void showMessage(const QString& text, Kind kind);
  // One line that never widens or heightens its parent (a dock keeps its geometry): text
  // beyond the width is cut off and the whole message is in the tooltip.
  void setSingleLine(bool singleLine);
  QString text() const;
  Kind kind() const { return m_kind; }

 Q_SIGNALS:
  void messageShown(const QString& text, patchdiff::ui::MessageBar::Kind kind);

 private:
  QLabel* m_label;
  QToolButton* m_close;
  Kind m_kind = Kind::Info;
};

}  // namespace patchdiff::ui
