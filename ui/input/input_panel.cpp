// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/input/input_panel.h"

#include <QDoubleSpinBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

#include "ui/input/mask_editor.h"

namespace patchdiff::ui {

namespace {
bool isImageFile(const QString& path) {
  const QString suffix = QFileInfo(path).suffix().toLower();
  return suffix == QLatin1String("png") || suffix == QLatin1String("jpg") || suffix == QLatin1String("jpeg") ||
         suffix == QLatin1String("bmp") || suffix == QLatin1String("gif");
}
}  // namespace

InputPanel::InputPanel(QWidget* parent) : QWidget(parent) {
  setAcceptDrops(true);
  m_editor = new MaskEditor(this);
  m_source = new QLabel(this);
  m_source->setWordWrap(true);
  m_source->setTextInteractionFlags(Qt::TextSelectableByMouse);
  m_open = new QPushButton(tr("Open Image…"), this);
  m_remove = new QPushButton(tr("Remove"), this);
  m_remove->setToolTip(tr("Start runs from noise again"));

  m_strengthSlider = new QSlider(Qt::Horizontal, this);
  m_strengthSlider->setRange(1, 100);
  m_strength = new QDoubleSpinBox(this);
  m_strength->setRange(0.01, 1.0);
  m_strength->setSingleStep(0.05);
  m_strength->setDecimals(2);
  m_strength->setValue(0.6);
  m_strengthSlider->setValue(60);
  const QString strengthTip = tr("How far into the noise the image goes before the model takes over: near 0 keeps "
                                 "it, 0.5 keeps its layout, 1 starts from noise");
  m_strength->setToolTip(strengthTip);
  m_strengthSlider->setToolTip(strengthTip);

  m_brush = new QSpinBox(this);
  m_brush->setRange(1, 64);
  m_brush->setValue(m_editor->brushRadius());
  m_brush->setSuffix(tr(" px"));
  m_brush->setToolTip(tr("Brush radius in image pixels"));
  m_erase = new QToolButton(this);
  m_erase->setText(tr("Erase"));
  m_erase->setCheckable(true);
  m_erase->setToolTip(tr("Paint with the left button to keep (the right button always erases)"));
  //: Clears the inpainting mask (the row is labelled "Mask").
  m_clearMask = new QPushButton(tr("Clear"), this);
  //: Inverts the inpainting mask (the row is labelled "Mask").
  m_invertMask = new QPushButton(tr("Invert"), this);
  m_jumps = new QSpinBox(this);
  m_jumps->setRange(0, 20);
  m_jumps->setToolTip(tr("RePaint's resampling: at every 10th step go back 10 steps and come down again, this "
                         "many times (harmonises the border, costs steps)"));
  m_hint = new QLabel(this);
  m_hint->setWordWrap(true);
  m_hint->setForegroundRole(QPalette::PlaceholderText);

  auto* fileRow = new QHBoxLayout;
  fileRow->addWidget(m_open);
  fileRow->addWidget(m_remove);
  fileRow->addStretch(1);
  auto* strengthRow = new QHBoxLayout;
  strengthRow->addWidget(m_strengthSlider, 1);
  strengthRow->addWidget(m_strength);
  // Two controls a row at most, so the dock stays as narrow as the Models dock above it.
  auto* brushRow = new QHBoxLayout;
  brushRow->addWidget(m_brush);
  brushRow->addWidget(m_erase);
  brushRow->addStretch(1);
  auto* maskRow = new QHBoxLayout;
  maskRow->addWidget(m_clearMask);
  maskRow->addWidget(m_invertMask);
  maskRow->addStretch(1);
  auto* form = new QFormLayout;
  form->addRow(tr("Strength"), strengthRow);
  form->addRow(tr("Mask brush"), brushRow);
  form->addRow(tr("Mask"), maskRow);
  form->addRow(tr("Resample jumps"), m_jumps);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(m_editor, 1);
  layout->addWidget(m_source);
  layout->addLayout(fileRow);
  layout->addLayout(form);
  layout->addWidget(m_hint);

  connect(m_open, &QPushButton::clicked, this, &InputPanel::openRequested);
  connect(m_remove, &QPushButton::clicked, this, &InputPanel::clear);
  connect(m_strengthSlider, &QSlider::valueChanged, this, [this](int v) {
    const QSignalBlocker block(m_strength);
    m_strength->setValue(v / 100.0);
    updateState();
  });
  connect(m_strength, &QDoubleSpinBox::valueChanged, this, [this](double v) {
    const QSignalBlocker block(m_strengthSlider);
    m_strengthSlider->setValue(static_cast<int>(std::lround(v * 100)));
    updateState();
  });
  connect(m_brush, &QSpinBox::valueChanged, m_editor, &MaskEditor::setBrushRadius);
  connect(m_erase, &QToolButton::toggled, m_editor, &MaskEditor::setErasing);
  connect(m_clearMask, &QPushButton::clicked, m_editor, &MaskEditor::clearMask);
  connect(m_invertMask, &QPushButton::clicked, m_editor, &MaskEditor::invertMask);
  connect(m_editor, &MaskEditor::maskChanged, this, [this] {
    m_maskPath.clear();  // painted here now: no longer the file's mask
    m_maskSha256.clear();
    updateState();
  });
  connect(m_jumps, &QSpinBox::valueChanged, this, &InputPanel::updateState);
  updateState();
}

void InputPanel::setInput(const QImage& image, const QString& source, const QString& path, const QString& sha256) {
  m_editor->setImage(image);
  m_path = path;
  m_sha256 = sha256;
  //: Under the input image: %1 where it came from (a file, or "run 3, image 2"), %2 x %3 its size.
  m_source->setText(tr("%1 · %2×%3").arg(source).arg(image.width()).arg(image.height()));
  updateState();
}

void InputPanel::clear() {
  m_editor->setImage({});
  m_path.clear();
  m_sha256.clear();
  m_source->clear();
  updateState();
}

void InputPanel::setMask(const QImage& mask, const QString& path, const QString& sha256) {
  m_editor->setMask(mask);
  m_maskPath = path;
  m_maskSha256 = sha256;
}

bool InputPanel::hasInput() const { return !m_editor->image().isNull(); }

InputImage InputPanel::input() const {
  InputImage in;
  if (!hasInput()) return in;
  in.pixels = m_editor->image();
  in.mask = m_editor->mask();
  in.path = m_path;
  in.sha256 = m_sha256;
  if (!in.mask.isNull()) {
    in.maskPath = m_maskPath;
    in.maskSha256 = m_maskSha256;
  }
  return in;
}

double InputPanel::strength() const { return m_strength->value(); }
void InputPanel::setStrength(double strength) { m_strength->setValue(strength); }
int InputPanel::repaintJumps() const { return m_editor->hasMask() ? m_jumps->value() : 0; }
void InputPanel::setRepaintJumps(int jumps) { m_jumps->setValue(jumps); }

void InputPanel::updateState() {
  const bool has = hasInput();
  const bool masked = m_editor->hasMask();
  for (QWidget* w : std::initializer_list<QWidget*>{m_remove, m_strengthSlider, m_strength, m_brush, m_erase,
                                                    m_clearMask, m_invertMask})
    w->setEnabled(has);
  m_jumps->setEnabled(masked);
  if (!has)
    m_hint->setText(tr("Runs start from noise."));
  else if (masked)
    m_hint->setText(tr("Inpainting: the magenta part is regenerated at strength %1; the rest keeps the image's pixels "
                       "exactly.").arg(strength(), 0, 'g', 2));
  else
    m_hint->setText(tr("Image-to-image at strength %1: every image of the batch is a variation (its own seed). "
                       "Paint a mask to regenerate one part only.").arg(strength(), 0, 'g', 2));
  Q_EMIT changed();
}

void InputPanel::dragEnterEvent(QDragEnterEvent* event) {
  const auto urls = event->mimeData()->urls();
  if (urls.size() == 1 && urls.front().isLocalFile() && isImageFile(urls.front().toLocalFile()))
    event->acceptProposedAction();
}

void InputPanel::dropEvent(QDropEvent* event) {
  const auto urls = event->mimeData()->urls();
  if (urls.size() != 1 || !urls.front().isLocalFile()) return;
  event->acceptProposedAction();
  Q_EMIT fileDropped(urls.front().toLocalFile());
}

}  // namespace patchdiff::ui
