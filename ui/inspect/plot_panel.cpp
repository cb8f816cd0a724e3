// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/inspect/plot_panel.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>

#include <cmath>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <functional>
#include <limits>

#include "core/io/atomic_file.h"
#include "ui/inspect/qcustomplot_include.h"
#include "ui/inspect/run_record.h"
#include "ui/window/error_text.h"

namespace patchdiff::ui {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
const QColor kRegionColors[] = {QColor(70, 130, 220, 40), QColor(230, 140, 40, 45), QColor(60, 170, 90, 40),
                                QColor(190, 70, 170, 40)};

QCPGraph* addGraph(QCustomPlot* plot, const QString& name, const QColor& color, bool dashed = false,
                   QCPAxis* valueAxis = nullptr) {
  QCPGraph* g = plot->addGraph(plot->xAxis, valueAxis ? valueAxis : plot->yAxis);
  g->setName(name);
  QPen pen(color, 1.6);
  if (dashed) pen.setStyle(Qt::DashLine);
  g->setPen(pen);
  return g;
}

double at(const std::vector<double>& v, int i) {
  return i >= 0 && static_cast<size_t>(i) < v.size() ? v[static_cast<size_t>(i)] : kNaN;
}

// Rescales the value axis to the finite data (keeping a sensible range when there is none).
void fitValues(QCPAxis* axis, const QVector<QCPGraph*>& graphs, double floor = kNaN) {
  double lo = std::numeric_limits<double>::infinity(), hi = -lo;
  for (QCPGraph* g : graphs)
    for (auto it = g->data()->constBegin(); it != g->data()->constEnd(); ++it)
      if (std::isfinite(it->value)) {
        lo = std::min(lo, it->value);
        hi = std::max(hi, it->value);
      }
  if (!std::isfinite(lo)) {
    axis->setRange(0, 1);
    return;
  }
  if (std::isfinite(floor)) lo = std::min(lo, floor);
  const double pad = hi > lo ? 0.06 * (hi - lo) : std::max(1e-3, std::abs(hi) * 0.1);
  axis->setRange(lo - (std::isfinite(floor) && lo == floor ? 0 : pad), hi + pad);
}

// Writes via a temporary file in the same folder and a rename (an old file stays whole).
bool saveViaTemp(const QString& path, const std::function<bool(const QString&)>& save, QString* error) {
  const QFileInfo info(path);
  const QString tmp = info.absolutePath() + QStringLiteral("/.%1.tmp-%2").arg(info.fileName()).arg(QCoreApplication::applicationPid());
  if (!save(tmp)) {
    QFile::remove(tmp);
    *error = QCoreApplication::translate("PlotPanel", "Could not write %1: the folder is not writable or the disk is full.").arg(path);
    return false;
  }
  if (std::rename(QFile::encodeName(tmp).constData(), QFile::encodeName(path).constData()) != 0) {
    QFile::remove(tmp);
    *error = QCoreApplication::translate("PlotPanel", "Could not write %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
    return false;
  }
  return true;
}

}  // namespace

PlotPanel::PlotPanel(QWidget* parent) : QWidget(parent) {
  setObjectName(QStringLiteral("PlotPanel"));
  auto* row = new QHBoxLayout(this);
  row->setContentsMargins(2, 2, 2, 2);
  row->setSpacing(2);
  const QColor focus = palette().color(QPalette::Highlight), mean = palette().color(QPalette::Text);
  for (int i = 0; i < PlotCount; ++i) {
    auto* plot = new QCustomPlot(this);
    plot->setObjectName(QStringLiteral("plot_") + plotName(static_cast<Plot>(i)));
    plot->setMinimumSize(200, 170);
    plot->setNoAntialiasingOnDrag(true);
    m_plots[i] = plot;
    row->addWidget(plot, 1);
    auto* cursor = new QCPItemStraightLine(plot);
    cursor->setPen(QPen(QColor(220, 50, 50), 1.2));
    cursor->point1->setCoords(0, 0);
    cursor->point2->setCoords(0, 1);
    cursor->setSelectable(false);
    m_cursors[i] = cursor;
    auto* note = new QCPItemText(plot);
    note->position->setType(QCPItemPosition::ptAxisRectRatio);
    note->position->setCoords(0.5, 0.5);
    note->setPositionAlignment(Qt::AlignCenter);
    note->setText(tr("Filled in as a run\nrecords its steps"));
    note->setColor(palette().color(QPalette::PlaceholderText));
    note->setSelectable(false);
    m_emptyNotes[i] = note;
    connect(plot, &QCustomPlot::mousePress, this, [this, plot](QMouseEvent* event) {
      if (!m_record || m_record->info.numSteps <= 0) return;
      const double x = plot->xAxis->pixelToCoord(event->position().x());
      Q_EMIT stepClicked(std::clamp(static_cast<int>(std::lround(x)), 0, m_record->info.numSteps - 1));
    });
  }
  styleFor(m_plots[LogSnr], tr("log SNR"), tr("ln SNR"));
  addGraph(m_plots[LogSnr], tr("log SNR"), mean);
  styleFor(m_plots[X0Change], tr("x0 change per step"), tr("RMS"));
  addGraph(m_plots[X0Change], tr("focused"), focus);
  addGraph(m_plots[X0Change], tr("batch mean"), mean, /*dashed=*/true);
  styleFor(m_plots[Blurriness], tr("x0 energy above ½ Nyquist"), tr("fraction"));
  addGraph(m_plots[Blurriness], tr("focused"), focus);
  addGraph(m_plots[Blurriness], tr("batch mean"), mean, /*dashed=*/true);
  styleFor(m_plots[Guidance], tr("guidance gap / threshold s"), tr("RMS(ε_c − ε_u)"));
  m_plots[Guidance]->yAxis2->setVisible(true);
  m_plots[Guidance]->yAxis2->setLabel(tr("s"));
  addGraph(m_plots[Guidance], tr("gap"), focus);
  addGraph(m_plots[Guidance], tr("s"), QColor(60, 160, 80), /*dashed=*/true, m_plots[Guidance]->yAxis2);
  styleFor(m_plots[StepTime], tr("time per step"), tr("ms"));
  addGraph(m_plots[StepTime], tr("step"), focus);
  addGraph(m_plots[StepTime], tr("running mean"), mean, /*dashed=*/true);
  for (auto* plot : m_plots) plot->legend->setVisible(plot->graphCount() > 1);
  refresh();  // no run yet: the placeholder notes
}

QString PlotPanel::plotName(Plot which) {
  switch (which) {
    case LogSnr: return QStringLiteral("log_snr");
    case X0Change: return QStringLiteral("x0_change");
    case Blurriness: return QStringLiteral("blurriness");
    case Guidance: return QStringLiteral("guidance");
    case StepTime: return QStringLiteral("step_time");
    case PlotCount: break;
  }
  return QString();
}

void PlotPanel::styleFor(QCustomPlot* plot, const QString& title, const QString& yLabel) {
  const QColor text = palette().color(QPalette::Text), base = palette().color(QPalette::Base);
  QFont small = font();
  small.setPointSizeF(std::max(6.5, small.pointSizeF() - 1.5));
  plot->setBackground(base);
  plot->plotLayout()->insertRow(0);
  auto* heading = new QCPTextElement(plot, title, small);
  heading->setTextColor(text);
  plot->plotLayout()->addElement(0, 0, heading);
  for (QCPAxis* axis : {plot->xAxis, plot->yAxis, plot->yAxis2}) {
    axis->setBasePen(QPen(text));
    axis->setTickPen(QPen(text));
    axis->setSubTickPen(QPen(text));
    axis->setTickLabelColor(text);
    axis->setLabelColor(text);
    axis->setTickLabelFont(small);
    axis->setLabelFont(small);
    axis->grid()->setPen(QPen(QColor(128, 128, 128, 60), 1, Qt::DotLine));
  }
  plot->xAxis->setLabel(tr("step"));
  plot->yAxis->setLabel(yLabel);
  plot->legend->setFont(small);
  plot->legend->setBrush(QBrush(QColor(base.red(), base.green(), base.blue(), 200)));
  plot->legend->setTextColor(text);
  plot->legend->setBorderPen(QPen(QColor(128, 128, 128, 120)));
  plot->legend->setIconSize(14, 8);
  plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
}

void PlotPanel::setRecord(const RunRecord* record) {
  m_record = record;
  if (m_record && m_image >= m_record->info.batch) m_image = 0;
  rebuildRegions();
  refresh();
}

bool PlotPanel::showsPlaceholder() const {
  return !m_record || m_record->info.numSteps <= 0 || (m_record->metrics.empty() && m_record->info.logSnr.isEmpty());
}

void PlotPanel::refresh() {
  rebuildData();
  setCursorStep(m_cursor);
}

void PlotPanel::setFocusedImage(int image) {
  m_image = std::max(0, image);
  refresh();
}

void PlotPanel::rebuildRegions() {
  QCustomPlot* plot = m_plots[LogSnr];
  for (int i = plot->itemCount() - 1; i >= 0; --i)
    if (plot->item(i) != m_cursors[LogSnr] && plot->item(i) != m_emptyNotes[LogSnr]) plot->removeItem(i);
  m_regionLabels.clear();
  if (!m_record) return;
  const RunInfo& info = m_record->info;
  const int n = info.numSteps;
  // modelPerStep is per respaced step; loop index k runs step n - 1 - k.
  auto modelAt = [&](int k) { return info.modelPerStep.value(n - 1 - k, 0); };
  int start = 0;
  for (int k = 1; k <= n; ++k) {
    if (k < n && modelAt(k) == modelAt(start)) continue;
    const int model = modelAt(start);
    auto* rect = new QCPItemRect(plot);
    rect->topLeft->setTypeY(QCPItemPosition::ptAxisRectRatio);
    rect->bottomRight->setTypeY(QCPItemPosition::ptAxisRectRatio);
    rect->topLeft->setCoords(start - 0.5, 0);
    rect->bottomRight->setCoords(k - 0.5, 1);
    rect->setPen(Qt::NoPen);
    rect->setBrush(kRegionColors[model % 4]);
    rect->setLayer(QStringLiteral("background"));
    rect->setSelectable(false);
    const QString label = QFileInfo(info.modelPaths.value(model)).completeBaseName();
    auto* text = new QCPItemText(plot);
    text->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    text->position->setCoords((start + k - 1) / 2.0, 0.03);  // axis-rect ratio: 0 is the top
    text->setPositionAlignment(Qt::AlignTop | Qt::AlignHCenter);
    QFont small = font();
    small.setPointSizeF(std::max(6.0, small.pointSizeF() - 2));
    text->setFont(small);
    text->setColor(palette().color(QPalette::Text));
    text->setText(label);
    text->setClipToAxisRect(true);
    text->setSelectable(false);
    m_regionLabels << label;
    start = k;
  }
}

void PlotPanel::rebuildData() {
  for (auto* plot : m_plots)
    for (int g = 0; g < plot->graphCount(); ++g) plot->graph(g)->data()->clear();
  const int n = m_record ? m_record->info.numSteps : 0;
  for (auto* plot : m_plots) plot->xAxis->setRange(-0.5, std::max(1, n) - 0.5);
  if (m_record) {
    const RunInfo& info = m_record->info;
    for (int k = 0; k < info.logSnr.size(); ++k) m_plots[LogSnr]->graph(0)->addData(k, info.logSnr[k]);
    for (const auto& m : m_record->metrics) {
      const double k = m.index;
      m_plots[X0Change]->graph(0)->addData(k, at(m.x0_change, m_image));
      m_plots[X0Change]->graph(1)->addData(k, m.x0_change_mean);
      m_plots[Blurriness]->graph(0)->addData(k, at(m.blurriness, m_image));
      m_plots[Blurriness]->graph(1)->addData(k, m.blurriness_mean);
      m_plots[Guidance]->graph(0)->addData(k, at(m.guidance_gap, m_image));
      m_plots[Guidance]->graph(1)->addData(k, at(m.threshold_scale, m_image));
      m_plots[StepTime]->graph(0)->addData(k, 1000.0 * m.seconds);
      m_plots[StepTime]->graph(1)->addData(k, 1000.0 * m.seconds_running_mean);
    }
  }
  const bool empty = showsPlaceholder();
  for (int i = 0; i < PlotCount; ++i) {
    m_emptyNotes[i]->setVisible(empty);
    m_cursors[i]->setVisible(!empty);
    m_plots[i]->legend->setVisible(!empty && m_plots[i]->graphCount() > 1);
    m_plots[i]->xAxis->setTickLabels(!empty);
    m_plots[i]->yAxis->setTickLabels(!empty);
  }
  fitValues(m_plots[LogSnr]->yAxis, {m_plots[LogSnr]->graph(0)});
  fitValues(m_plots[X0Change]->yAxis, {m_plots[X0Change]->graph(0), m_plots[X0Change]->graph(1)}, 0);
  fitValues(m_plots[Blurriness]->yAxis, {m_plots[Blurriness]->graph(0), m_plots[Blurriness]->graph(1)}, 0);
  fitValues(m_plots[Guidance]->yAxis, {m_plots[Guidance]->graph(0)}, 0);
  fitValues(m_plots[Guidance]->yAxis2, {m_plots[Guidance]->graph(1)});
  fitValues(m_plots[StepTime]->yAxis, {m_plots[StepTime]->graph(0), m_plots[StepTime]->graph(1)}, 0);
}

void PlotPanel::setCursorStep(int step) {
  m_cursor = step;
  for (int i = 0; i < PlotCount; ++i) {
    m_cursors[i]->point1->setCoords(step, 0);
    m_cursors[i]->point2->setCoords(step, 1);
    m_plots[i]->replot(QCustomPlot::rpQueuedReplot);
  }
}

double PlotPanel::cursorStep() const { return m_cursors[0]->point1->coords().x(); }

QVector<QPointF> PlotPanel::series(Plot which, int graph) const {
  QVector<QPointF> out;
  QCustomPlot* plot = m_plots[which];
  if (graph < 0 || graph >= plot->graphCount()) return out;
  for (auto it = plot->graph(graph)->data()->constBegin(); it != plot->graph(graph)->data()->constEnd(); ++it)
    out << QPointF(it->key, it->value);
  return out;
}

QString PlotPanel::csv() const {
  if (!m_record) return QString();
  const std::vector<inspect::StepMetrics> rows(m_record->metrics.begin(), m_record->metrics.end());
  return QString::fromStdString(inspect::metrics_to_csv(rows));
}

bool PlotPanel::exportTo(const QString& dir, QStringList* written, QString* error) const {
  if (!m_record || m_record->metrics.isEmpty()) {
    *error = tr("There is no run to export plots of.");
    return false;
  }
  if (!QDir().mkpath(dir)) {
    *error = tr("Could not create the folder %1.").arg(dir);
    return false;
  }
  const int w = 640, h = 400;
  for (int i = 0; i < PlotCount; ++i) {
    QCustomPlot* plot = m_plots[i];
    plot->replot(QCustomPlot::rpImmediateRefresh);
    const QString stem = QDir(dir).filePath(plotName(static_cast<Plot>(i)));
    if (!saveViaTemp(stem + QStringLiteral(".png"), [&](const QString& tmp) { return plot->savePng(tmp, w, h, 2.0); }, error) ||
        !saveViaTemp(stem + QStringLiteral(".pdf"), [&](const QString& tmp) { return plot->savePdf(tmp, w, h); }, error))
      return false;
    *written << stem + QStringLiteral(".png") << stem + QStringLiteral(".pdf");
  }
  const QString csvPath = QDir(dir).filePath(QStringLiteral("trajectory.csv"));
  try {
    io::write_file_atomic(QFileInfo(csvPath).absoluteFilePath().toStdString(), csv().toStdString());
  } catch (const std::exception& e) {
    *error = errorText(e);
    return false;
  }
  *written << csvPath;
  return true;
}

}  // namespace patchdiff::ui
