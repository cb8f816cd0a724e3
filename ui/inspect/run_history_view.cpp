// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/inspect/run_history_view.h"

#include "ui/sampling/sampler_caption.h"
#include "ui/inspect/trajectory_store.h"

namespace patchdiff::ui {

RunHistoryView::RunHistoryView(TrajectoryStore* store, QWidget* parent) : QListWidget(parent), m_store(store) {
  setObjectName(QStringLiteral("RunHistory"));
  setAccessibleName(tr("Run history"));
  setIconSize(QSize(48, 48));
  setSelectionMode(QAbstractItemView::SingleSelection);
  setWordWrap(true);
  setUniformItemSizes(false);
  connect(m_store, &TrajectoryStore::historyChanged, this, &RunHistoryView::rebuild);
  connect(m_store, &TrajectoryStore::runBegun, this, &RunHistoryView::rebuild);
  connect(m_store, &TrajectoryStore::viewChanged, this, &RunHistoryView::rebuild);
  connect(this, &QListWidget::currentRowChanged, this, [this](int row) {
    if (m_rebuilding || row < 0) return;
    const quint64 id = runIdAt(row);
    if (id != 0 && (!m_store->current() || m_store->current()->runId() != id)) Q_EMIT runActivated(id);
  });
}

void RunHistoryView::rebuild() {
  m_rebuilding = true;
  clear();
  const auto& runs = m_store->history();
  // Runs are numbered 1, 2, 3... in the order this session made them, whatever their ids.
  QHash<quint64, int> number;
  for (const auto& r : runs)
    if (r->savedName.isEmpty()) number.insert(r->runId(), number.size() + 1);
  int currentRow = -1;
  for (int i = runs.size() - 1; i >= 0; --i) {
    const RunRecord& r = *runs[i];
    const GenerateRequest& q = r.info.request;
    //: A run saved in the outputs folder by an earlier session: %1 its day and number there
    //: ("2026-12-07 #3"), %2 the checkpoint.
    QString text = r.savedName.isEmpty() ? tr("Run %1 · %2").arg(number.value(r.runId())).arg(q.modelTitle)
                                         : tr("Saved %1 · %2").arg(r.savedName, q.modelTitle);
    text += QStringLiteral("\n") + tr("%1 steps · %2 · guidance %3 · seed %4")
                                       .arg(r.info.numSteps)
                                       .arg(samplerCaption(q.sampler))
                                       .arg(q.sampler.guidance_scale)
                                       .arg(r.info.seed);
    if (q.parentRunId != 0) text += QStringLiteral("\n") + tr("↳ branch of run %1 at step %2").arg(number.value(q.parentRunId)).arg(q.startIndex + 1);
    if (!r.finished) text += QStringLiteral("\n") + tr("running…");
    else if (r.outcome.cancelled) text += QStringLiteral("\n") + tr("cancelled at step %1").arg(r.outcome.stepsDone);
    if (!r.savedName.isEmpty()) text += QStringLiteral("\n") + tr("final images only (from the outputs folder)");
    else if (r.trajectoryDropped) text += QStringLiteral("\n") + tr("trajectory dropped (memory budget)");
    auto* item = new QListWidgetItem(QIcon(QPixmap::fromImage(r.thumbnail)), text, this);
    item->setData(Qt::UserRole, QVariant::fromValue(r.runId()));
    item->setToolTip(text);
    if (m_store->current() == &r) currentRow = count() - 1;
  }
  setCurrentRow(currentRow);
  m_rebuilding = false;
}

quint64 RunHistoryView::runIdAt(int row) const {
  const QListWidgetItem* it = item(row);
  return it ? it->data(Qt::UserRole).value<quint64>() : 0;
}

int RunHistoryView::rowOf(quint64 runId) const {
  for (int i = 0; i < count(); ++i)
    if (runIdAt(i) == runId) return i;
  return -1;
}

}  // namespace patchdiff::ui
