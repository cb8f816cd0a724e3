// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The batch as a grid of tiles: each shows the x0 prediction, x_t, or both side by side,
// at an integer zoom with nearest-neighbour scaling (a 64 px image stays crisp when large),
// or the largest zoom that fits. Click selects a tile, double-click (or Enter) focuses it
// alone; each tile is captioned with its label and seed.
#include <QImage>
#include <QStringList>
#include <QVector>
#include <QWidget>

class QFontMetrics;

namespace patchdiff::ui {

// A tile's caption ("Smileys & Emotion · seed 42 #0") in `width` pixels: when it does not fit,
// the class name is shortened and the seed part (after the last " · "), which a user copies
// to redo an image, stays whole.
QString fitCaption(const QString& caption, const QFontMetrics& metrics, int width);

class SampleCanvas : public QWidget {
  Q_OBJECT

 public:
  enum class ViewMode { Prediction, Noisy, Both };

  explicit SampleCanvas(QWidget* parent = nullptr);

  // A new run: `count` empty tiles with captions.
  void setRun(int count, int imageSize, const QStringList& captions);
  // The latest step's images (x0 prediction and x_t).
  void setImages(const QVector<QImage>& x0, const QVector<QImage>& xt);
  // The finished samples (shown as the x0 side).
  void setFinal(const QVector<QImage>& images);
  void clear();

  int count() const { return m_captions.size(); }
  QImage image(int i) const { return i >= 0 && i < m_x0.size() ? m_x0[i] : QImage(); }
  const QVector<QImage>& images() const { return m_x0; }
  QString caption(int i) const { return m_captions.value(i); }
  // All images tiled as shown (x0 side), for the clipboard.
  QImage gridImage() const;

  void setViewMode(ViewMode mode);
  ViewMode viewMode() const { return m_mode; }
  void setZoom(int zoom);  // device pixels per image pixel
  int zoom() const { return m_zoom; }
  void setFitToWindow(bool fit);
  bool fitToWindow() const { return m_fit; }
  void zoomIn() { setZoom(m_zoom + 1); }
  void zoomOut() { setZoom(m_zoom - 1); }
  int selectedIndex() const { return m_selected; }
  void setSelectedIndex(int index);
  int focusedIndex() const { return m_focused; }
  void setFocusedIndex(int index);  // -1: show all

  QSize sizeHint() const override;

 Q_SIGNALS:
  void selectionChanged(int index);
  void zoomChanged(int zoom, bool fit);

 protected:
  void paintEvent(QPaintEvent* event) override;
  void resizeEvent(QResizeEvent* event) override;
  void mousePressEvent(QMouseEvent* event) override;
  void mouseDoubleClickEvent(QMouseEvent* event) override;
  void keyPressEvent(QKeyEvent* event) override;

 private:
  QVector<int> visibleTiles() const;
  int columns() const;
  QSizeF tileImageSize(int zoom) const;  // logical size of one tile's picture area
  QSizeF contentSize(int zoom) const;
  QRectF tileRect(int slot) const;       // picture + caption
  int tileAt(const QPoint& pos) const;
  void relayout();

  QVector<QImage> m_x0, m_xt;
  QStringList m_captions;
  int m_imageSize = 64;
  ViewMode m_mode = ViewMode::Prediction;
  int m_zoom = 2;
  bool m_fit = true;
  int m_selected = -1;
  int m_focused = -1;
};

}  // namespace patchdiff::ui
