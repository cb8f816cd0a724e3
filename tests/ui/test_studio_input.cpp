// SPDX-License-Identifier: GPL-3.0-or-later
// Starting from an image in the studio (offscreen): a tile used as the input, a mask painted
// over part of it (brush, erase, clear, invert), inpainting that keeps the unpainted pixels
// exactly, variations in one click, the input restored from a PNG that regenerates bit for
// bit, an image file opened as the input, and compare varying the strength.
#include <QSignalSpy>

#include "core/sampling/run_spec.h"
#include "support/shared_data.h"
#include "tests/ui/studio_test_util.h"
#include "ui/compare/compare_window.h"
#include "ui/export/sample_exporter.h"
#include "ui/input/input_panel.h"
#include "ui/input/mask_editor.h"
#include "ui/inspect/inspector.h"
#include "ui/inspect/sample_canvas.h"
#include "ui/window/message_bar.h"

using namespace patchdiff;

namespace {
QImage rgb(const QImage& image) { return image.convertToFormat(QImage::Format_RGB888); }

int countMasked(const QImage& mask) {
  int n = 0;
  for (int y = 0; y < mask.height(); ++y)
    for (int x = 0; x < mask.width(); ++x) n += mask.constScanLine(y)[x] != 0;
  return n;
}

// Pixels that differ between a and b inside (keep = true) or outside the mask's white part.
int differing(const QImage& a, const QImage& b, const QImage& mask, bool inKept) {
  int n = 0;
  for (int y = 0; y < a.height(); ++y)
    for (int x = 0; x < a.width(); ++x) {
      const bool kept = mask.constScanLine(y)[x] == 0;
      if (kept == inKept && a.pixel(x, y) != b.pixel(x, y)) ++n;
    }
  return n;
}
}  // namespace

class TestStudioInput : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() { test::isolateSettings(); }

  void mask_editing_paints_erases_clears_and_inverts() {
    ui::MaskEditor editor;
    editor.resize(256, 256);
    QImage image(64, 64, QImage::Format_RGB888);
    image.fill(Qt::gray);
    editor.setImage(image);
    QVERIFY(!editor.hasMask());
    QVERIFY(editor.mask().isNull());
    editor.setBrushRadius(4);
    // A stroke with the mouse: the widget shows 64 px at 4x.
    QTest::mousePress(&editor, Qt::LeftButton, {}, QPoint(40, 128));
    QTest::mouseMove(&editor, QPoint(216, 128));
    QTest::mouseRelease(&editor, Qt::LeftButton, {}, QPoint(216, 128));
    QVERIFY(editor.hasMask());
    const int painted = countMasked(editor.mask());
    QVERIFY2(painted > 9 * 40, qPrintable(QString::number(painted)));  // a continuous band, no gaps
    QCOMPARE(editor.mask().pixelColor(32, 32).value(), 255);
    QCOMPARE(editor.mask().pixelColor(32, 5).value(), 0);
    editor.setErasing(true);
    editor.paintAt({32, 32}, /*regenerate=*/false);
    QCOMPARE(editor.mask().pixelColor(32, 32).value(), 0);
    const int afterErase = countMasked(editor.mask());
    QVERIFY(afterErase < painted);
    editor.invertMask();
    QCOMPARE(countMasked(editor.mask()), 64 * 64 - afterErase);
    editor.clearMask();
    QVERIFY(!editor.hasMask());
  }

  void inpainting_a_tile_keeps_its_unpainted_pixels() {
    ui::MainWindow w;
    QVERIFY(test::selectPatch(w, 4));
    test::fastSettings(w, 8, 2, 99);
    w.generate();
    QVERIFY(test::waitForRunEnd(w));
    const QImage source = rgb(w.canvas()->image(1));
    w.canvas()->setSelectedIndex(1);
    QVERIFY(w.useAsInput(1));
    ui::InputPanel* panel = w.inputPanel();
    QVERIFY(panel->hasInput());
    QCOMPARE(rgb(panel->input().pixels), source);
    // Regenerate the centre: a square of 24 px.
    panel->editor()->setBrushRadius(12);
    panel->editor()->paintAt({32, 32}, true);
    panel->setStrength(0.8);
    const QImage mask = panel->input().mask;
    QVERIFY(!mask.isNull());
    w.generate();
    QVERIFY(test::waitForRunEnd(w));
    QVERIFY2(w.store()->outcome().images.size() == 2, qPrintable(w.lastError()));
    for (const QImage& out : w.store()->outcome().images) {
      QCOMPARE(differing(rgb(out), source, mask, /*inKept=*/true), 0);
      QVERIFY(differing(rgb(out), source, mask, /*inKept=*/false) > 100);  // the centre is new
    }
    // The run description holds the input and its mask, and the strength.
    const auto spec = sampling::run_spec_from_json(w.store()->outcome().specs.front().toStdString());
    QVERIFY(spec.input != nullptr);
    QVERIFY(!spec.input->mask_png.empty());
    QCOMPARE(spec.settings.strength, 0.8);

    // Exported and opened in a new window (a restart), it regenerates bit for bit.
    const QString png = QString::fromStdString(test::temp_dir()) + QStringLiteral("/inpainted.png");
    QVERIFY(w.exportImage(1, png));
    const QImage expected = rgb(w.store()->outcome().images[1]);
    ui::MainWindow other;
    QVERIFY(test::waitForModel(other));
    QSignalSpy checked(&other, &ui::MainWindow::reproductionChecked);
    QVERIFY(other.restoreFromPng(png, /*offerRegenerate=*/false));
    QVERIFY(other.inputPanel()->hasInput());
    QCOMPARE(rgb(other.inputPanel()->input().pixels), source);
    QCOMPARE(other.inputPanel()->input().mask.convertToFormat(QImage::Format_Grayscale8),
             mask.convertToFormat(QImage::Format_Grayscale8));
    QCOMPARE(other.inputPanel()->strength(), 0.8);
    other.regenerateRestored();
    QVERIFY(checked.wait(120000));
    QVERIFY2(checked.front().at(0).toBool(), qPrintable(QStringLiteral("%1 pixels differ").arg(checked.front().at(1).toInt())));
    QCOMPARE(rgb(other.store()->outcome().images.front()), expected);
  }

  void variations_in_one_click() {
    ui::MainWindow w;
    QVERIFY(test::selectPatch(w, 4));
    test::fastSettings(w, 8, 1, 7);
    w.generate();
    QVERIFY(test::waitForRunEnd(w));
    const QImage source = rgb(w.canvas()->image(0));
    test::fastSettings(w, 8, 3, 8);
    w.inputPanel()->setStrength(0.5);
    QVERIFY(w.variationsOf(0) != 0);
    QVERIFY(test::waitForRunEnd(w));
    const auto& images = w.store()->outcome().images;
    QVERIFY2(images.size() == 3, qPrintable(w.lastError()));
    QVERIFY(rgb(images[0]) != rgb(images[1]));  // each its own seed
    for (const QImage& v : images) QVERIFY(rgb(v) != source);
    QCOMPARE(w.store()->run().request.sampler.strength, 0.5);
    // The trajectory starts where the strength put it: the first recorded step is not step 0.
    QVERIFY(w.store()->frameCount() > 0);
    QVERIFY(w.store()->frames().front().index > 0);
  }

  void an_image_file_without_a_run_description_becomes_the_input() {
    ui::MainWindow w;
    QVERIFY(test::waitForModel(w));
    QImage photo(100, 80, QImage::Format_RGB888);
    photo.fill(QColor(200, 120, 40));
    const QString path = QString::fromStdString(test::temp_dir()) + QStringLiteral("/photo.jpg");
    QVERIFY(photo.save(path));
    QVERIFY(w.openFile(path));
    QVERIFY(w.inputPanel()->hasInput());
    // Brought to the model's size as training would (the dock shows what a run uses).
    QCOMPARE(w.inputPanel()->input().pixels.size(), QSize(64, 64));
    const QString broken = QString::fromStdString(test::temp_dir()) + QStringLiteral("/broken.jpg");
    QFile f(broken);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not a jpeg");
    f.close();
    QVERIFY(!w.openInputImage(broken));
    QVERIFY2(w.lastError().contains(QStringLiteral("broken.jpg")), qPrintable(w.lastError()));
    QCOMPARE(w.inputPanel()->input().pixels.size(), QSize(64, 64));  // the previous input stays
  }

  void compare_varies_the_strength() {
    ui::MainWindow w;
    QVERIFY(test::selectPatch(w, 8));
    test::fastSettings(w, 6, 1, 5);
    w.generate();
    QVERIFY(test::waitForRunEnd(w));
    ui::CompareWindow* compare = w.inspector()->compareWindow();
    w.inputPanel()->clear();
    compare->setVaried(QStringLiteral("strength"), QStringLiteral("0.3,0.9"));
    QCOMPARE(compare->start(), quint64(0));  // no input image
    QVERIFY2(compare->lastError().contains(QStringLiteral("input image")), qPrintable(compare->lastError()));
    QVERIFY(w.useAsInput(0));
    QSignalSpy finished(compare, &ui::CompareWindow::finished);
    QVERIFY(compare->start() != 0);
    QVERIFY(finished.wait(120000));
    QVERIFY2(finished.front().at(0).toBool(), qPrintable(compare->lastError()));
    const auto& columns = compare->outcome()->result.columns;
    QCOMPARE(static_cast<int>(columns.size()), 2);
    QVERIFY(columns[0].rms_to_first == 0.0 && columns[1].rms_to_first > 0.0);
    QVERIFY2(compare->sharedText().contains(QStringLiteral("input image")), qPrintable(compare->sharedText()));
  }
};

PATCHDIFF_STUDIO_TEST_MAIN(TestStudioInput)
#include "test_studio_input.moc"
