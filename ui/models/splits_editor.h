// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// SNR splits: an ordered list of checkpoints (highest SNR first) and the boundaries between
// them, checked before they are sent (count = boundaries + 1, decreasing boundaries, same
// image size and schedule); the worker's sampler checks again when it loads them.
#include <QGroupBox>

#include "ui/worker/worker_types.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace patchdiff::ui {

class ModelCatalog;

class SplitsEditor : public QGroupBox {
  Q_OBJECT

 public:
  explicit SplitsEditor(ModelCatalog* catalog, QWidget* parent = nullptr);

  // Shows a configuration (e.g. what the worker loaded) without applying it.
  void setConfiguration(const QStringList& paths, const QVector<double>& boundaries);
  QStringList paths() const;
  QString boundariesText() const;
  void setBoundariesText(const QString& text);
  void addPath(const QString& path);
  // Empty when valid; else what is wrong.
  QString validationError(QVector<double>* boundaries = nullptr) const;

 Q_SIGNALS:
  void applyRequested(const QStringList& paths, const QVector<double>& boundaries);

 private:
  void refreshCandidates();
  void revalidate();
  void move(int delta);

  ModelCatalog* m_catalog;
  QListWidget* m_list;
  QComboBox* m_candidates;
  QPushButton *m_add, *m_remove, *m_up, *m_down, *m_apply;
  QLineEdit* m_boundaries;
  QLabel* m_status;
};

}  // namespace patchdiff::ui
