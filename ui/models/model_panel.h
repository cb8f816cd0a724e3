// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Models dock: bundled and opened checkpoints (families grouped, with a patch-size
// selector), Open, the model's facts, its resolved flags and SNR splits. It asks for loads;
// the window sends them to the worker and reports back what was loaded or what failed.
#include <QWidget>

#include "ui/worker/worker_types.h"

class QButtonGroup;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace patchdiff::ui {

class FlagsView;
class ModelCatalog;
class SplitsEditor;

class ModelPanel : public QWidget {
  Q_OBJECT

 public:
  explicit ModelPanel(ModelCatalog* catalog, QWidget* parent = nullptr);

  // The models the worker now holds (after a successful load).
  void setLoaded(const ModelInfo& info, const FlagMap& userFlags);
  // A load failed: the selection returns to what is loaded; the message shows inline.
  void showLoadError(const QString& message);
  // Says that a load waits for the current run ("" clears); the loaded model stays marked.
  void setQueued(const QString& note);
  QString queuedNote() const;
  void setLoading(bool loading);

  // Requests loading one checkpoint of the catalog (user flags are reset) unless it is what
  // is loaded; true when a load was requested.
  bool selectEntry(int catalogIndex);
  // Switches to the member of the current family with this patch size; false if none.
  bool selectPatchSize(int patchSize);
  int currentPatchSize() const;
  QString currentFamily() const;
  const ModelInfo& loaded() const { return m_loaded; }
  FlagMap userFlags() const { return m_userFlags; }
  FlagsView* flagsView() const { return m_flags; }
  SplitsEditor* splitsEditor() const { return m_splits; }

 Q_SIGNALS:
  void loadRequested(const patchdiff::ui::ModelRequest& request);
  void openRequested();

 private:
  void rebuildTree();
  void rebuildPatchButtons(const QString& family);
  void highlightLoaded();
  void requestLoad(const QStringList& paths, const FlagMap& userFlags, const QVector<double>& splits);

  ModelCatalog* m_catalog;
  QTreeWidget* m_tree;
  QHBoxLayout* m_patchRow;
  QButtonGroup* m_patchGroup;
  QLabel* m_patchLabel;
  QPushButton* m_open;
  QLabel* m_facts;
  QLabel* m_queued = nullptr;  // a load waiting for the current run to end
  QLabel* m_error;
  FlagsView* m_flags;
  SplitsEditor* m_splits;
  ModelInfo m_loaded;
  FlagMap m_userFlags;
  QString m_family;
  bool m_updating = false;
};

}  // namespace patchdiff::ui
