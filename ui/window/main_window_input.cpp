// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's input image (image-to-image, inpainting, variations): the Input dock, the
// actions that fill it (a file, a tile) and variations of a tile in one click.
#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QStatusBar>

#include <cstring>

#include "core/io/atomic_file.h"
#include "core/io/image_folder.h"
#include "core/io/sha256.h"
#include "ui/export/export_folder.h"
#include "ui/inspect/sample_canvas.h"
#include "ui/inspect/trajectory_store.h"
#include "ui/input/input_panel.h"
#include "ui/models/model_panel.h"
#include "ui/sampling/sampling_panel.h"
#include "ui/window/main_window.h"
#include "ui/window/message_bar.h"
#include "ui/worker/sampling_controller.h"
#include "ui/window/error_text.h"

namespace patchdiff::ui {

void MainWindow::createInputDock() {
  m_inputPanel = new InputPanel;
  m_inputDock = new QDockWidget(tr("Input Image"), this);
  m_inputDock->setObjectName(QStringLiteral("InputDock"));
  m_inputDock->setWidget(m_inputPanel);
  addDockWidget(Qt::LeftDockWidgetArea, m_inputDock);
  splitDockWidget(m_modelDock, m_inputDock, Qt::Vertical);
  connect(m_inputPanel, &InputPanel::openRequested, this, &MainWindow::openInputDialog);
  connect(m_inputPanel, &InputPanel::fileDropped, this, &MainWindow::openInputImage);
}

void MainWindow::createInputActions(QMenu* menu) {
  m_openInputAction = menu->addAction(tr("Open &Image as Input…"), this, &MainWindow::openInputDialog);
  m_openInputAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
  m_useAsInputAction = menu->addAction(tr("&Use as Input"), this, [this] { useAsInput(currentTile()); });
  m_useAsInputAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
  m_useAsInputAction->setToolTip(tr("Start the next runs from the selected image"));
  m_variationsAction = menu->addAction(tr("&Variations"), this, [this] { variationsOf(currentTile()); });
  m_variationsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
  m_variationsAction->setToolTip(tr("A batch of variations of the selected image (its own seed each)"));
  menu->addSeparator();
  menu->addAction(m_inputDock->toggleViewAction());
}

int MainWindow::currentTile() const {
  const int selected = m_canvas->selectedIndex();
  if (selected >= 0 && selected < m_canvas->count()) return selected;
  return m_canvas->count() == 1 ? 0 : -1;
}

void MainWindow::openInputDialog() {
  const QString path = QFileDialog::getOpenFileName(
      this, tr("Open Input Image"), m_lastDir.isEmpty() ? exportFolder() : m_lastDir,
      tr("Images (*.png *.jpg *.jpeg *.bmp *.gif);;All files (*)"));
  if (!path.isEmpty()) openInputImage(path);
}

bool MainWindow::openInputImage(const QString& path) {
  try {
    // Decoded by the core, as `patchdiff sample --init_image` decodes it, so both see the same pixels.
    const std::string bytes = io::read_file(path.toStdString(), Message(PATCHDIFF_TR_NOOP("core", "input image"), {}));
    auto rgb = io::decode_rgb(bytes, path.toStdString());  // [H, W, 3]
    // Brought to the loaded model's size now, as runs would bring it there: the editor then
    // shows (and the mask covers) exactly what a run uses, and a large photo stays small.
    const int size = m_modelPanel->loaded().imageSize;
    if (size > 0 && (rgb.size(0) != size || rgb.size(1) != size)) {
      statusBar()->showMessage(tr("%1 is %2×%3: resized to %4×%4 as training resizes images")
                                   .arg(QFileInfo(path).fileName()).arg(rgb.size(1)).arg(rgb.size(0)).arg(size),
                               8000);
      rgb = io::center_crop_arr(rgb, size);
    }
    rgb = rgb.contiguous();
    const int h = static_cast<int>(rgb.size(0)), w = static_cast<int>(rgb.size(1));
    QImage image(w, h, QImage::Format_RGB888);
    for (int y = 0; y < h; ++y)
      std::memcpy(image.scanLine(y), rgb.data_ptr<uint8_t>() + static_cast<size_t>(y) * w * 3, static_cast<size_t>(w) * 3);
    m_inputPanel->setInput(image, QDir::toNativeSeparators(path), QFileInfo(path).absoluteFilePath(),
                           QString::fromStdString(io::sha256_hex(bytes)));
  } catch (const std::exception& e) {
    showError(tr("Cannot use %1 as the input image: %2").arg(QFileInfo(path).fileName(), errorText(e)));
    return false;
  }
  m_lastDir = QFileInfo(path).absolutePath();
  m_inputDock->show();
  m_inputDock->raise();
  updateActions();
  return true;
}

bool MainWindow::useAsInput(int tile) {
  const QImage image = m_canvas->image(tile);
  if (tile < 0 || image.isNull()) {
    showError(tr("Select an image first (click a tile)."));
    return false;
  }
  //: Where the input image came from: %1 the tile's caption (class · seed S #i).
  m_inputPanel->setInput(image, tr("tile %1").arg(m_canvas->caption(tile)));
  m_inputDock->show();
  m_inputDock->raise();
  updateActions();
  return true;
}

quint64 MainWindow::variationsOf(int tile) {
  if (!useAsInput(tile)) return 0;
  // Variations re-noise the whole image: setInput starts without a mask.
  m_inputPanel->setInput(m_inputPanel->input().pixels, tr("variations of %1").arg(m_canvas->caption(tile)));
  if (m_inputPanel->strength() >= 1.0) m_inputPanel->setStrength(0.6);  // 1 would ignore the image
  return generate();
}

}  // namespace patchdiff::ui
