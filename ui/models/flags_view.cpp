// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/flags_view.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/error.h"
#include "core/model/flags.h"
#include "ui/window/message_bar.h"
#include "ui/window/error_text.h"

namespace patchdiff::ui {

namespace {

// The core's name for where a value came from (model::to_string(FlagSource)), shown translated.
QString sourceText(const QString& source) {
  //: Where a flag's value came from: the user's entry.
  if (source == QLatin1String("user")) return FlagsView::tr("user", "flag source");
  //: Where a flag's value came from: the checkpoint's .json sidecar file.
  if (source == QLatin1String("sidecar")) return FlagsView::tr("sidecar", "flag source");
  //: Where a flag's value came from: read from the weights' tensor shapes.
  if (source == QLatin1String("weights")) return FlagsView::tr("weights", "flag source");
  //: Where a flag's value came from: the original's default.
  if (source == QLatin1String("default")) return FlagsView::tr("default", "flag source");
  return source;
}

}  // namespace

FlagsView::FlagsView(QWidget* parent) : QWidget(parent) {
  m_table = new QTableWidget(0, 3, this);
  m_table->setHorizontalHeaderLabels({tr("Flag"), tr("Value"), tr("From")});
  m_table->verticalHeader()->hide();
  m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
  m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
  m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
  m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                           QAbstractItemView::AnyKeyPressed);
  m_table->setAccessibleName(tr("Resolved flags"));
  m_paste = new QLineEdit(this);
  m_paste->setPlaceholderText(tr("Paste MODEL_FLAGS, e.g. --image_size 64 --patch_size 4"));
  m_paste->setClearButtonEnabled(true);
  m_apply = new QPushButton(tr("Apply flags"), this);
  m_apply->setEnabled(false);
  m_message = new MessageBar(this);
  m_message->setSingleLine(true);
  // Its line is kept while hidden: an error never resizes the table or the dock.
  QSizePolicy keep = m_message->sizePolicy();
  keep.setRetainSizeWhenHidden(true);
  m_message->setSizePolicy(keep);

  auto* row = new QHBoxLayout;
  row->addWidget(m_paste, 1);
  row->addWidget(m_apply);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(m_table, 1);
  layout->addLayout(row);
  layout->addWidget(m_message);

  connect(m_table, &QTableWidget::cellChanged, this, &FlagsView::onCellChanged);
  connect(m_paste, &QLineEdit::textChanged, this, [this] { m_apply->setEnabled(true); });
  connect(m_paste, &QLineEdit::returnPressed, m_apply, &QPushButton::click);
  connect(m_apply, &QPushButton::clicked, this, [this] {
    if (!m_paste->text().trimmed().isEmpty()) {
      QString error;
      if (!applyFlagString(m_paste->text(), &error)) return;
      m_paste->clear();
      return;
    }
    Q_EMIT applyRequested(editedFlags());
  });
}

void FlagsView::setFlags(const QVector<FlagRow>& rows, const FlagMap& userFlags) {
  m_filling = true;
  m_userFlags = userFlags;
  m_pending.clear();
  m_table->setRowCount(rows.size());
  for (int i = 0; i < rows.size(); ++i) {
    const FlagRow& r = rows[i];
    auto* name = new QTableWidgetItem(r.name);
    name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    name->setToolTip(r.help);
    auto* value = new QTableWidgetItem(r.value);
    value->setFlags(r.editable ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable
                               : Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    value->setToolTip(r.editable ? tr("Editable: the weights do not decide %1").arg(r.name)
                                 : tr("Read from the weights"));
    auto* source = new QTableWidgetItem(sourceText(r.source));
    source->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    m_table->setItem(i, 0, name);
    m_table->setItem(i, 1, value);
    m_table->setItem(i, 2, source);
  }
  m_apply->setEnabled(false);
  m_message->setVisible(false);
  m_filling = false;
}

FlagMap FlagsView::editedFlags() const {
  FlagMap out = m_userFlags;
  for (auto it = m_pending.begin(); it != m_pending.end(); ++it) out[it.key()] = it.value();
  return out;
}

void FlagsView::onCellChanged(int row, int column) {
  if (m_filling || column != 1) return;
  const QString name = m_table->item(row, 0)->text();
  const QString value = m_table->item(row, 1)->text().trimmed();
  const auto* spec = model::find_flag(name.toStdString());
  try {
    const QString canonical = QString::fromStdString(model::canonical_value(*spec, value.toStdString()));
    m_pending[name] = canonical;
    QFont bold = m_table->item(row, 1)->font();
    bold.setBold(true);
    m_filling = true;
    m_table->item(row, 1)->setFont(bold);
    m_table->item(row, 2)->setText(tr("user (pending)"));
    m_filling = false;
    m_message->setVisible(false);
    m_apply->setEnabled(true);
  } catch (const std::exception& e) {
    showError(errorText(e));
  }
}

void FlagsView::showError(const QString& text) { m_message->showMessage(text, MessageBar::Kind::Error); }

bool FlagsView::applyFlagString(const QString& text, QString* error) {
  try {
    const auto parsed = model::parse_flag_string(
        text.toStdString(), {model::FlagGroup::Model, model::FlagGroup::Diffusion, model::FlagGroup::Sample});
    FlagMap user = editedFlags(), sample;
    for (const auto& [name, value] : parsed) {
      // The original's SAMPLE_FLAGS carry --timestep_respacing: a setting of the run, which
      // the Sampling dock owns (a model flag would be overridden by the dock's steps).
      const auto* spec = model::find_flag(name);
      const bool sampling = spec->group == model::FlagGroup::Sample || name == "timestep_respacing";
      (sampling ? sample : user)[QString::fromStdString(name)] = QString::fromStdString(value);
    }
    m_message->setVisible(false);
    if (!sample.isEmpty()) Q_EMIT sampleFlagsPasted(sample);
    Q_EMIT applyRequested(user);
    return true;
  } catch (const std::exception& e) {
    //: %1: what is wrong with a pasted MODEL_FLAGS string (English, from the core), e.g.
    //: "unknown flag --num_head; did you mean --num_heads?".
    showError(tr("Cannot apply the flags: %1").arg(errorText(e)));
    if (error) *error = m_message->text();
    return false;
  }
}

}  // namespace patchdiff::ui
