// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Input dock: the image a run starts from (image-to-image, inpainting, variations), its
// strength, and the inpainting mask painted over it (brush size, erase, clear, invert),
// with RePaint's resampling jumps. Empty, runs start from noise as always.
#include <QWidget>

#include "ui/worker/worker_types.h"

class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSlider;
class QSpinBox;
class QToolButton;

namespace patchdiff::ui {

class MaskEditor;

class InputPanel : public QWidget {
  Q_OBJECT

 public:
  explicit InputPanel(QWidget* parent = nullptr);

  // `source` names where it came from (a file path, or a run's tile); sha256 of the file, if any.
  void setInput(const QImage& image, const QString& source, const QString& path = {}, const QString& sha256 = {});
  void clear();
  // A mask from a file (a restored run): its provenance goes with it until the user paints.
  void setMask(const QImage& mask, const QString& path, const QString& sha256);
  bool hasInput() const;
  // The run's input (null without one): pixels, mask (null when nothing is painted), file.
  InputImage input() const;
  double strength() const;
  void setStrength(double strength);
  int repaintJumps() const;
  void setRepaintJumps(int jumps);
  MaskEditor* editor() const { return m_editor; }

 Q_SIGNALS:
  void changed();
  void openRequested();
  void fileDropped(const QString& path);

 protected:
  void dragEnterEvent(QDragEnterEvent* event) override;
  void dropEvent(QDropEvent* event) override;

 private:
  void updateState();

  MaskEditor* m_editor;
  QLabel* m_source;
  QString m_path, m_sha256;
  QString m_maskPath, m_maskSha256;
  QSlider* m_strengthSlider;
  QDoubleSpinBox* m_strength;
  QSpinBox* m_brush;
  QToolButton* m_erase;
  QPushButton *m_open, *m_remove, *m_clearMask, *m_invertMask;
  QSpinBox* m_jumps;
  QLabel* m_hint;
};

}  // namespace patchdiff::ui
