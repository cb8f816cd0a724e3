// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/model_panel.h"

#include <QButtonGroup>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "ui/models/flags_view.h"
#include "ui/models/model_catalog.h"
#include "ui/models/splits_editor.h"

namespace patchdiff::ui {

namespace {
constexpr int kEntryRole = Qt::UserRole + 1;
}

ModelPanel::ModelPanel(ModelCatalog* catalog, QWidget* parent) : QWidget(parent), m_catalog(catalog) {
  m_tree = new QTreeWidget(this);
  m_tree->setHeaderHidden(true);
  m_tree->setRootIsDecorated(true);
  m_tree->setAccessibleName(tr("Checkpoints"));
  m_tree->setMinimumHeight(110);
  //: Patch size P: the image is cut into P×P patches before the U-Net (translations/GLOSSARY.md).
  m_patchLabel = new QLabel(tr("Patch size:"), this);
  m_patchGroup = new QButtonGroup(this);
  m_patchGroup->setExclusive(true);
  m_patchRow = new QHBoxLayout;
  m_patchRow->addWidget(m_patchLabel);
  m_patchRow->addStretch(1);
  m_open = new QPushButton(tr("Open checkpoint…"), this);
  m_open->setToolTip(tr("Open a .pt checkpoint (or drop one on the window)"));
  m_facts = new QLabel(this);
  m_facts->setWordWrap(true);
  m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
  m_error = new QLabel(this);
  m_error->setWordWrap(true);
  m_error->setVisible(false);
  m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
  QPalette errorPalette = m_error->palette();
  errorPalette.setColor(QPalette::WindowText, QColor(200, 40, 40));
  m_error->setPalette(errorPalette);
  m_flags = new FlagsView(this);
  m_splits = new SplitsEditor(catalog, this);

  auto* tabs = new QTabWidget(this);
  tabs->addTab(m_flags, tr("Flags"));
  tabs->addTab(m_splits, tr("Splits"));
  tabs->setDocumentMode(true);

  auto* layout = new QVBoxLayout(this);
  layout->addWidget(m_tree, 1);
  layout->addLayout(m_patchRow);
  layout->addWidget(m_open);
  layout->addWidget(m_facts);
  layout->addWidget(m_error);
  m_queued = new QLabel(this);
  m_queued->setObjectName(QStringLiteral("QueuedLoad"));
  m_queued->setWordWrap(true);
  m_queued->setVisible(false);
  layout->addWidget(m_queued);
  layout->addWidget(tabs, 2);

  connect(m_catalog, &ModelCatalog::changed, this, &ModelPanel::rebuildTree);
  connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
    if (!m_updating && item->data(0, kEntryRole).isValid()) selectEntry(item->data(0, kEntryRole).toInt());
  });
  connect(m_tree, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem* item) {
    if (!m_updating && item->data(0, kEntryRole).isValid()) selectEntry(item->data(0, kEntryRole).toInt());
  });
  connect(m_patchGroup, &QButtonGroup::idClicked, this, [this](int p) { selectPatchSize(p); });
  connect(m_open, &QPushButton::clicked, this, &ModelPanel::openRequested);
  connect(m_flags, &FlagsView::applyRequested, this, [this](const FlagMap& user) {
    requestLoad(m_loaded.paths, user, m_loaded.snrSplits);
  });
  connect(m_splits, &SplitsEditor::applyRequested, this, [this](const QStringList& paths, const QVector<double>& b) {
    requestLoad(paths, m_userFlags, b);
  });
  rebuildTree();
}

void ModelPanel::rebuildTree() {
  m_updating = true;
  m_tree->clear();
  const auto& entries = m_catalog->entries();
  for (const QString& family : m_catalog->families()) {
    auto* top = new QTreeWidgetItem(m_tree, {family});
    top->setFlags(Qt::ItemIsEnabled);
    for (int i : m_catalog->familyMembers(family)) {
      auto* item = new QTreeWidgetItem(top, {entries[i].title});
      item->setData(0, kEntryRole, i);
      item->setToolTip(0, entries[i].description.isEmpty() ? entries[i].path : entries[i].description);
    }
    top->setExpanded(true);
  }
  QTreeWidgetItem* other = nullptr;
  for (int i = 0; i < entries.size(); ++i) {
    if (!entries[i].family.isEmpty()) continue;
    if (!other) {
      other = new QTreeWidgetItem(m_tree, {tr("Opened checkpoints")});
      other->setFlags(Qt::ItemIsEnabled);
    }
    auto* item = new QTreeWidgetItem(other, {entries[i].title});
    item->setData(0, kEntryRole, i);
    item->setToolTip(0, entries[i].path);
  }
  if (other) other->setExpanded(true);
  m_updating = false;
  highlightLoaded();
}

void ModelPanel::rebuildPatchButtons(const QString& family) {
  m_family = family;
  for (QAbstractButton* b : m_patchGroup->buttons()) {
    m_patchGroup->removeButton(b);
    delete b;
  }
  const auto members = m_catalog->familyMembers(family);
  for (int i : members) {
    const int p = m_catalog->entries()[i].patchSize;
    auto* button = new QToolButton(this);
    button->setText(QStringLiteral("P=%1").arg(p));
    button->setCheckable(true);
    button->setToolTip(tr("Use %1 (patch size %2)").arg(m_catalog->entries()[i].title).arg(p));
    button->setFocusPolicy(Qt::StrongFocus);
    m_patchGroup->addButton(button, p);
    m_patchRow->insertWidget(m_patchRow->count() - 1, button);
  }
  m_patchLabel->setEnabled(!members.isEmpty());
}

void ModelPanel::highlightLoaded() {
  // The family of the first (highest-SNR) model; a P is checked only for a single model.
  const int index = m_loaded.paths.isEmpty() ? -1 : m_catalog->indexOfPath(m_loaded.paths.front());
  const QString family = index >= 0 ? m_catalog->entries()[index].family : QString();
  if (family != m_family || m_patchGroup->buttons().isEmpty()) rebuildPatchButtons(family);
  m_updating = true;
  for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
    const bool isLoaded = (*it)->data(0, kEntryRole).isValid() && m_loaded.paths.contains(
        m_catalog->entries()[(*it)->data(0, kEntryRole).toInt()].path);
    QFont f = (*it)->font(0);
    f.setBold(isLoaded);
    (*it)->setFont(0, f);
    if (isLoaded && m_loaded.paths.size() == 1) m_tree->setCurrentItem(*it);
  }
  const int p = index >= 0 && m_loaded.paths.size() == 1 ? m_catalog->entries()[index].patchSize : 0;
  if (QAbstractButton* b = m_patchGroup->button(p)) {
    b->setChecked(true);
  } else if (m_patchGroup->checkedButton()) {
    m_patchGroup->setExclusive(false);
    m_patchGroup->checkedButton()->setChecked(false);
    m_patchGroup->setExclusive(true);
  }
  m_updating = false;
}

void ModelPanel::setLoaded(const ModelInfo& info, const FlagMap& userFlags) {
  m_loaded = info;
  m_userFlags = userFlags;
  m_error->setVisible(false);
  setQueued(QString());
  QString facts = info.titles.join(QStringLiteral(" → "));
  facts += tr("\n%1×%1 px, P=%2, %3 classes, %4 M parameters, %5 GFLOP per image, %6 schedule, T=%7")
               .arg(info.imageSize).arg(info.patchSize).arg(info.classNames.size())
               .arg(info.parameters / 1e6, 0, 'f', 1).arg(info.gflopPerImage, 0, 'f', 2)
               .arg(info.schedule).arg(info.diffusionSteps);
  if (!info.snrSplits.isEmpty()) facts += tr("\nSNR splits: %1 models").arg(info.paths.size());
  for (const QString& w : info.warnings) facts += QStringLiteral("\n⚠ ") + w;
  m_facts->setText(facts);
  m_flags->setFlags(info.flags, userFlags);
  if (info.paths.size() > 1) m_splits->setConfiguration(info.paths, info.snrSplits);
  highlightLoaded();
}

void ModelPanel::showLoadError(const QString& message) {
  m_error->setText(message);
  m_error->setVisible(true);
  setQueued(QString());
  highlightLoaded();
}

QString ModelPanel::queuedNote() const { return m_queued->isHidden() ? QString() : m_queued->text(); }

void ModelPanel::setQueued(const QString& note) {
  m_queued->setText(note);
  m_queued->setVisible(!note.isEmpty());
  if (!note.isEmpty()) highlightLoaded();  // the P and the info keep showing what is loaded
}

void ModelPanel::setLoading(bool loading) {
  m_open->setEnabled(!loading);
  setCursor(loading ? Qt::BusyCursor : Qt::ArrowCursor);
}

bool ModelPanel::selectEntry(int catalogIndex) {
  if (catalogIndex < 0 || catalogIndex >= m_catalog->entries().size()) return false;
  const QString path = m_catalog->entries()[catalogIndex].path;
  if (m_loaded.paths == QStringList{path} && m_userFlags.isEmpty()) return false;  // already loaded
  requestLoad({path}, {}, {});
  return true;
}

bool ModelPanel::selectPatchSize(int patchSize) {
  const int index = m_catalog->familyMember(m_family, patchSize);
  if (index < 0) return false;
  selectEntry(index);
  return true;
}

int ModelPanel::currentPatchSize() const { return m_loaded.patchSize; }
QString ModelPanel::currentFamily() const { return m_family; }

void ModelPanel::requestLoad(const QStringList& paths, const FlagMap& userFlags, const QVector<double>& splits) {
  if (paths.isEmpty()) return;
  ModelRequest request;
  request.paths = paths;
  request.userFlags = userFlags;
  request.snrSplits = splits;
  Q_EMIT loadRequested(request);
}

}  // namespace patchdiff::ui
