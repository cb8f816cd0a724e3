// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/splits_editor.h"

#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/diffusion/snr_splits.h"
#include "ui/models/model_catalog.h"
#include "ui/window/error_text.h"

namespace patchdiff::ui {

SplitsEditor::SplitsEditor(ModelCatalog* catalog, QWidget* parent)
    //: SNR splits: several checkpoints, each denoising one band of signal-to-noise ratios
    //: (translations/GLOSSARY.md).
    : QGroupBox(tr("SNR splits"), parent), m_catalog(catalog) {
  setToolTip(tr("Several checkpoints, each denoising one SNR band; highest SNR (least noise) first"));
  m_list = new QListWidget(this);
  m_list->setAccessibleName(tr("Split checkpoints, highest SNR first"));
  m_list->setMaximumHeight(96);
  m_candidates = new QComboBox(this);
  m_candidates->setAccessibleName(tr("Checkpoint to add"));
  m_add = new QPushButton(tr("Add"), this);
  m_remove = new QPushButton(tr("Remove"), this);
  m_up = new QPushButton(tr("Up"), this);
  m_down = new QPushButton(tr("Down"), this);
  m_boundaries = new QLineEdit(this);
  m_boundaries->setPlaceholderText(tr("e.g. 0.25 (one fewer than checkpoints)"));
  m_boundaries->setAccessibleName(tr("SNR boundaries"));
  m_boundaries->setToolTip(tr("Where sampling switches checkpoint: the signal-to-noise ratio at which one "
                              "checkpoint hands over to the next, high to low (SNR falls as noise grows)"));
  m_apply = new QPushButton(tr("Use these splits"), this);
  m_status = new QLabel(this);
  m_status->setWordWrap(true);

  auto* addRow = new QHBoxLayout;
  addRow->addWidget(m_candidates, 1);
  addRow->addWidget(m_add);
  auto* moveRow = new QHBoxLayout;
  moveRow->addWidget(m_remove);
  moveRow->addWidget(m_up);
  moveRow->addWidget(m_down);
  moveRow->addStretch(1);
  auto* form = new QFormLayout;
  form->addRow(tr("Boundaries:"), m_boundaries);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(addRow);
  layout->addWidget(m_list);
  layout->addLayout(moveRow);
  layout->addLayout(form);
  layout->addWidget(m_status);
  layout->addWidget(m_apply);

  connect(m_catalog, &ModelCatalog::changed, this, &SplitsEditor::refreshCandidates);
  connect(m_add, &QPushButton::clicked, this, [this] {
    if (m_candidates->currentIndex() >= 0) addPath(m_candidates->currentData().toString());
  });
  connect(m_remove, &QPushButton::clicked, this, [this] {
    delete m_list->takeItem(m_list->currentRow());
    revalidate();
  });
  connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
  connect(m_down, &QPushButton::clicked, this, [this] { move(+1); });
  connect(m_boundaries, &QLineEdit::textChanged, this, &SplitsEditor::revalidate);
  connect(m_apply, &QPushButton::clicked, this, [this] {
    QVector<double> b;
    if (validationError(&b).isEmpty()) Q_EMIT applyRequested(paths(), b);
  });
  refreshCandidates();
  revalidate();
}

void SplitsEditor::refreshCandidates() {
  const QString current = m_candidates->currentData().toString();
  m_candidates->clear();
  for (const auto& e : m_catalog->entries()) m_candidates->addItem(e.title, e.path);
  const int keep = m_candidates->findData(current);
  if (keep >= 0) m_candidates->setCurrentIndex(keep);
}

void SplitsEditor::addPath(const QString& path) {
  const int i = m_catalog->indexOfPath(path);
  auto* item = new QListWidgetItem(i >= 0 ? m_catalog->entries()[i].title : QFileInfo(path).fileName());
  item->setData(Qt::UserRole, path);
  item->setToolTip(path);
  m_list->addItem(item);
  revalidate();
}

void SplitsEditor::setConfiguration(const QStringList& paths, const QVector<double>& boundaries) {
  m_list->clear();
  for (const QString& p : paths) addPath(p);
  QStringList parts;
  for (double b : boundaries) parts << QString::number(b, 'g', 10);
  m_boundaries->setText(parts.join(QLatin1Char(',')));
  revalidate();
}

QStringList SplitsEditor::paths() const {
  QStringList out;
  for (int i = 0; i < m_list->count(); ++i) out << m_list->item(i)->data(Qt::UserRole).toString();
  return out;
}

QString SplitsEditor::boundariesText() const { return m_boundaries->text(); }
void SplitsEditor::setBoundariesText(const QString& text) { m_boundaries->setText(text); }

QString SplitsEditor::validationError(QVector<double>* boundaries) const {
  const QStringList list = paths();
  if (list.isEmpty()) return tr("Add checkpoints, highest SNR first.");
  try {
    const auto splits = diffusion::parse_snr_splits(m_boundaries->text().toStdString());
    // Said in the studio's terms (the core's message names the CLI flag).
    if (static_cast<qsizetype>(splits.size()) + 1 != list.size())
      //: %n checkpoints in the list, %1 the boundaries they need.
      return tr("%n checkpoint(s) need %1 boundaries: a boundary is the SNR at which one checkpoint hands "
                "over to the next (e.g. 0.25 between two).", nullptr, list.size())
          .arg(list.size() - 1);
    diffusion::validate_snr_splits(splits, list.size());
    if (boundaries) *boundaries = QVector<double>(splits.begin(), splits.end());
  } catch (const std::exception& e) {
    return errorText(e);
  }
  // Image size and schedule, where the sidecars say them (the sampler checks the rest).
  const CatalogEntry* first = nullptr;
  for (const QString& p : list) {
    const int i = m_catalog->indexOfPath(p);
    if (i < 0) continue;
    const CatalogEntry& e = m_catalog->entries()[i];
    if (!first) {
      first = &e;
      continue;
    }
    if (e.imageSize && first->imageSize && e.imageSize != first->imageSize)
      return tr("%1 is %2 px but %3 is %4 px: split models need one image size.")
          .arg(e.title).arg(e.imageSize).arg(first->title).arg(first->imageSize);
    if (!e.schedule.isEmpty() && !first->schedule.isEmpty() && e.schedule != first->schedule)
      return tr("%1 uses the %2 schedule but %3 uses %4: split models need one schedule.")
          .arg(e.title, e.schedule, first->title, first->schedule);
  }
  return QString();
}

void SplitsEditor::revalidate() {
  const QString error = validationError();
  m_status->setText(error.isEmpty() ? tr("%n checkpoint(s), ready.", nullptr, m_list->count()) : error);
  m_apply->setEnabled(error.isEmpty());
}

void SplitsEditor::move(int delta) {
  const int row = m_list->currentRow();
  const int to = row + delta;
  if (row < 0 || to < 0 || to >= m_list->count()) return;
  QListWidgetItem* item = m_list->takeItem(row);
  m_list->insertItem(to, item);
  m_list->setCurrentRow(to);
  revalidate();
}

}  // namespace patchdiff::ui
