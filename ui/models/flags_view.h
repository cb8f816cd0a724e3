// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Every resolved model and diffusion flag with where its value came from (weights, sidecar,
// user, default). Values the weights cannot decide are editable; a pasted original
// MODEL_FLAGS string sets several at once.
#include <QWidget>

#include "ui/worker/worker_types.h"

class QLineEdit;
class QPushButton;
class QTableWidget;

namespace patchdiff::ui {

class MessageBar;

class FlagsView : public QWidget {
  Q_OBJECT

 public:
  explicit FlagsView(QWidget* parent = nullptr);

  void setFlags(const QVector<FlagRow>& rows, const FlagMap& userFlags);
  // The user flags as edited (the last applied ones plus pending cell edits).
  FlagMap editedFlags() const;
  // Parses an original command line ("--image_size 64 --patch_size 4 ..."); model and
  // diffusion flags are applied, sampling flags (the original's SAMPLE_FLAGS, with
  // --timestep_respacing) go out through sampleFlagsPasted. An error is one line under the
  // box ("did you mean" for a typo) that leaves the layout as it was.
  bool applyFlagString(const QString& text, QString* error = nullptr);

 Q_SIGNALS:
  void applyRequested(const patchdiff::ui::FlagMap& userFlags);
  void sampleFlagsPasted(const patchdiff::ui::FlagMap& sampleFlags);

 private:
  void onCellChanged(int row, int column);
  void showError(const QString& text);

  QTableWidget* m_table;
  QLineEdit* m_paste;
  QPushButton* m_apply;
  MessageBar* m_message;
  FlagMap m_userFlags;
  FlagMap m_pending;
  bool m_filling = false;
};

}  // namespace patchdiff::ui
