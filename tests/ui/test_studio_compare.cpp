// SPDX-License-Identifier: GPL-3.0-or-later
// Compare mode in the studio (offscreen): the bundled P = 2, 4, 8 checkpoints by default, one
// x_T for every column (asserted on the float x_T each column's sampler saw), the table and
// bar chart filled from the run, the shared scrubber with step and SNR alignment, a varied
// setting, and the comparison sheet export.
#include <QDir>
#include <QFile>
#include <QPainter>
#include <QTableWidget>
#include <QTemporaryDir>

#include "tests/ui/studio_test_util.h"
#include "ui/compare/compare_column_view.h"
#include "ui/compare/compare_window.h"
#include "ui/worker/sampling_controller.h"
#include "ui/inspect/inspector.h"
#include "ui/models/model_panel.h"
#include "core/sampling/sampler_catalog.h"

using namespace patchdiff;

class TestStudioCompare : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() { test::isolateSettings(); }

  void three_bundled_models_share_x_T_and_fill_the_table() {
    ui::MainWindow w;
    QVERIFY(test::selectPatch(w, 4));
    test::fastSettings(w, 5, 2, /*seed=*/31);
    ui::CompareWindow* compare = w.inspector()->compareWindow();
    compare->show();
    QStringList expected;
    for (int p : {2, 4, 8}) expected << QFileInfo(test::bundledModel(p)).canonicalFilePath();
    QStringList checked;
    for (const QString& path : compare->checkedCheckpoints()) checked << QFileInfo(path).canonicalFilePath();
    QCOMPARE(checked, expected);  // the default: P = 2, 4, 8

    QSignalSpy finished(compare, &ui::CompareWindow::finished);
    QSignalSpy shown(compare, &ui::CompareWindow::columnShown);
    bool firstShownWhileRunning = false;
    connect(compare, &ui::CompareWindow::columnShown, this, [&](int column) {
      if (column == 0) firstShownWhileRunning = compare->isRunning();
    });
    // The running column is on screen live (its x0 at each step), not empty until done;
    // this slot runs after the window's own.
    int liveSteps = 0;
    connect(w.controller(), &ui::SamplingController::compareProgress, this, [&](const ui::CompareProgress& p) {
      if (p.column == 1 && compare->showsRunningColumn()) ++liveSteps;
    });
    QVERIFY(compare->start() != 0);
    QVERIFY(finished.wait(600000));
    QCOMPARE(finished.front().front().toBool(), true);
    QCOMPARE(shown.size(), 3);  // each column showed as it finished ...
    QVERIFY(firstShownWhileRunning);  // ... the first while the others still ran
    QCOMPARE(liveSteps, 5);           // the second column showed every step while it ran
    QVERIFY(!compare->showsRunningColumn());
    QVERIFY(compare->outcome().has_value());
    const ui::CompareOutcome& o = *compare->outcome();
    QCOMPARE(int(o.result.columns.size()), 3);
    QCOMPARE(o.initialNoise.size(), 3);
    QCOMPARE(o.initialNoise[0].size(), 2 * 3 * 64 * 64);
    double energy = 0;
    for (float v : o.initialNoise[0]) energy += double(v) * v;
    QVERIFY(energy / o.initialNoise[0].size() > 0.5);  // standard normal noise, not zeros
    QCOMPARE(o.initialNoise[1], o.initialNoise[0]);
    QCOMPARE(o.initialNoise[2], o.initialNoise[0]);

    QTableWidget* table = compare->table();
    QCOMPARE(table->rowCount(), 3);
    const int patch[3] = {2, 4, 8};
    for (int r = 0; r < 3; ++r) {
      const auto& c = o.result.columns[size_t(r)];
      QCOMPARE(c.patch_size, patch[r]);
      QCOMPARE(table->item(r, 1)->text().toInt(), patch[r]);
      QVERIFY(c.params > 0 && c.gflop_per_pass > 0 && c.ms_per_step_median > 0 && c.total_s > 0);
      QCOMPARE(table->item(r, 4)->text(), QString::number(c.ms_per_step_median, 'f', 1));
      QCOMPARE(int(c.step_ms.size()), 5);
      qInfo("P=%d: %.1f ms/step (median), %.2f s total, %.3f GFLOP/pass x%d, speed-up %.2f, RMS to first %.4f",
            c.patch_size, c.ms_per_step_median, c.total_s, c.gflop_per_pass, c.passes_per_step, c.speed_up, c.rms_to_first);
      for (int col = 0; col < table->columnCount(); ++col) QVERIFY(!table->item(r, col)->text().isEmpty());
    }
    QCOMPARE(o.result.columns[0].rms_to_first, 0.0);
    QVERIFY(o.result.columns[1].rms_to_first > 0);
    QVERIFY(o.result.columns[0].gflop_per_pass > o.result.columns[2].gflop_per_pass);  // smaller patches cost more
    QCOMPARE(table->item(0, 6)->text(), QStringLiteral("×1.00"));

    // The shared scrubber: by step every column shows the same loop index.
    compare->scrubber()->setValue(2);
    for (int c = 0; c < 3; ++c) QCOMPARE(compare->shownStep(c), 2);
    compare->setAlignBySnr(true);
    for (int c = 0; c < 3; ++c) QCOMPARE(compare->shownStep(c), 2);  // same schedule: same SNR

    QTemporaryDir dir;
    const QString sheet = dir.filePath(QStringLiteral("compare.png"));
    QVERIFY(compare->exportSheet(sheet));
    const QImage image(sheet);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > image.height());  // three columns side by side
  }

  void one_varied_setting_aligned_by_snr() {
    ui::MainWindow w;
    QVERIFY(test::selectPatch(w, 8));
    test::fastSettings(w, 4, 1, /*seed=*/5);
    ui::CompareWindow* compare = w.inspector()->compareWindow();
    compare->setVaried(QStringLiteral("timestep_respacing"), QStringLiteral("4,8"));
    compare->setAlignBySnr(true);
    QSignalSpy finished(compare, &ui::CompareWindow::finished);
    QVERIFY(compare->start() != 0);
    QVERIFY(finished.wait(300000));
    QCOMPARE(finished.front().front().toBool(), true);
    const ui::CompareOutcome& o = *compare->outcome();
    QCOMPARE(int(o.result.columns.size()), 2);
    QCOMPARE(o.result.columns[0].num_steps, 4);
    QCOMPARE(o.result.columns[1].num_steps, 8);
    QCOMPARE(o.initialNoise[1], o.initialNoise[0]);
    // By SNR the 8-step column's shown step has the log SNR nearest to the 4-step column's.
    for (int s = 0; s < 4; ++s) {
      compare->scrubber()->setValue(s);
      const int k = compare->shownStep(1);
      const auto& a = o.result.columns[0].log_snr;
      const auto& b = o.result.columns[1].log_snr;
      for (size_t j = 0; j < b.size(); ++j) QVERIFY(std::abs(b[size_t(k)] - a[size_t(s)]) <= std::abs(b[j] - a[size_t(s)]));
    }
    QCOMPARE(compare->table()->rowCount(), 2);
    // The bar chart: short labels (the values), the legend beside the plot, not over its bars.
    QVERIFY(compare->barLegendOutsideBars());
    QCOMPARE(compare->barLabels(), (QStringList{QStringLiteral("4"), QStringLiteral("8")}));
  }

  // Every solver of the registry runs as a compare column (at most 6 columns a run), same x_T.
  void every_solver_runs_in_compare() {
    ui::MainWindow w;
    QVERIFY(test::selectPatch(w, 8));
    test::fastSettings(w, 3, 1, /*seed=*/9);
    ui::CompareWindow* compare = w.inspector()->compareWindow();
    QStringList ids;
    for (const auto& info : sampling::solver_infos()) ids << QString::fromStdString(info.id);
    for (const QStringList& part : {ids.mid(0, ids.size() / 2), ids.mid(ids.size() / 2)}) {
      compare->setVaried(QStringLiteral("sampler"), part.join(QLatin1Char(',')));
      QSignalSpy finished(compare, &ui::CompareWindow::finished);
      QVERIFY(compare->start() != 0);
      QVERIFY(finished.wait(300000));
      QCOMPARE(finished.front().front().toBool(), true);
      const ui::CompareOutcome& o = *compare->outcome();
      QCOMPARE(int(o.result.columns.size()), int(part.size()));
      for (int c = 0; c < part.size(); ++c) {
        QCOMPARE(o.initialNoise[c], o.initialNoise[0]);
        QCOMPARE(QString::fromStdString(o.result.columns[size_t(c)].label), QStringLiteral("sampler=") + part[c]);
        QVERIFY(!o.result.columns[size_t(c)].images.empty());
      }
    }
  }

  // The header leaves out what varies and names the checkpoint; Ctrl+W and Esc close.
  void the_header_says_what_is_shared_and_the_window_closes() {
    ui::MainWindow w;
    QVERIFY(test::selectPatch(w, 8));
    test::fastSettings(w, 4, 1, /*seed=*/5);
    ui::CompareWindow* compare = w.inspector()->compareWindow();
    const QString model = w.modelPanel()->loaded().titles.value(0);
    QVERIFY(!model.isEmpty());
    compare->setVaried(QStringLiteral("guidance_scale"), QStringLiteral("1,3"));
    QVERIFY2(!compare->sharedText().contains(QStringLiteral("guidance")), qPrintable(compare->sharedText()));
    QVERIFY2(compare->sharedText().contains(model), qPrintable(compare->sharedText()));
    QVERIFY(compare->sharedText().contains(QStringLiteral("4 steps")));
    compare->setVaried(QStringLiteral("timestep_respacing"), QStringLiteral("4,8"));
    QVERIFY(compare->sharedText().contains(QStringLiteral("guidance 1.5")));
    QVERIFY(!compare->sharedText().contains(QStringLiteral("4 steps")));
    compare->setCheckpoints({test::bundledModel(4), test::bundledModel(8)});
    QVERIFY(!compare->sharedText().contains(model));

    for (const QKeySequence& keys : {QKeySequence(QKeySequence::Close), QKeySequence(Qt::Key_Escape)}) {
      compare->show();
      compare->activateWindow();
      QVERIFY(QTest::qWaitForWindowActive(compare));
      QTest::keySequence(compare, keys);
      QVERIFY2(QTest::qWaitFor([&] { return !compare->isVisible(); }, 2000), qPrintable(keys.toString()));
    }
  }

  // Four 64-pixel images in a 252 x 266 column: a 2 x 2 grid nearly twice their size, not one
  // column of 64-pixel images beside empty space; a whole factor from 2 up.
  void column_images_fill_their_column() {
    const ui::TileLayout four = ui::tileLayout(4, 64, 252, 266, 4);
    QCOMPARE(four.columns, 2);
    QVERIFY2(four.scale > 1.9 && four.scale < 2.0, qPrintable(QString::number(four.scale)));
    const ui::TileLayout big = ui::tileLayout(4, 64, 600, 600, 4);
    QCOMPARE(big.columns, 2);
    QCOMPARE(big.scale, 4.0);  // 4.6 rounded down: crisp pixels
    QCOMPARE(ui::tileLayout(1, 64, 100, 40, 4).scale, 40.0 / 64);
  }

  // Score Columns: a varied step count of the P = 8 model, 12 scored images per column, against
  // a tiny data set of discs (one colour per class); the feature network copied to a folder of
  // the test's, so its reference cache goes there and not beside the bundled one.
  void scoring_fills_fd_class_accuracy_and_the_quality_chart() {
    QTemporaryDir dir;
    QDir root(dir.path());
    QVERIFY(root.mkpath(QStringLiteral("score")));
    QVERIFY(QFile::copy(QStringLiteral(PATCHDIFF_SOURCE_DIR "/resources/score/emoji64_features.pt"),
                        root.filePath(QStringLiteral("score/emoji64_features.pt"))));
    qputenv("PATCHDIFF_SCORE_DIR", root.filePath(QStringLiteral("score")).toUtf8());
    const QColor colours[9] = {QColor(250, 200, 40), QColor(220, 150, 110), QColor(60, 170, 60),
                               QColor(200, 60, 40),  QColor(70, 110, 200),  QColor(230, 120, 20),
                               QColor(120, 120, 130), QColor(150, 60, 190), QColor(30, 30, 30)};
    int drawn = 0;
    for (const auto& [split, count] : {std::pair<QString, int>{QStringLiteral("train"), 4}, {QStringLiteral("heldout"), 3}}) {
      QVERIFY(root.mkpath(QStringLiteral("data/") + split));
      for (int c = 0; c < 9; ++c)
        for (int i = 0; i < count; ++i, ++drawn) {
          QImage image(64, 64, QImage::Format_RGB888);
          image.fill(Qt::white);
          QPainter painter(&image);
          painter.setPen(Qt::NoPen);
          painter.setBrush(colours[c]);
          painter.drawEllipse(QPointF(24 + drawn % 16, 24 + drawn % 13), 12 + i * 3, 12 + i * 3);
          painter.end();
          QVERIFY(image.save(root.filePath(QStringLiteral("data/%1/%2_%3.png").arg(split).arg(c).arg(i))));
        }
    }

    ui::MainWindow w;
    QVERIFY(test::selectPatch(w, 8));
    test::fastSettings(w, 2, 1, /*seed=*/5);
    ui::CompareWindow* compare = w.inspector()->compareWindow();
    compare->show();
    compare->setVaried(QStringLiteral("timestep_respacing"), QStringLiteral("2,4"));
    compare->setScoreImages(12);
    // Without cached features and without a data folder: a message saying what to choose.
    compare->setScoreDataDir(QString());
    QSignalSpy refused(compare, &ui::CompareWindow::finished);
    QVERIFY(compare->startScored() != 0);
    QVERIFY(refused.wait(300000));
    QCOMPARE(refused.front().front().toBool(), false);
    QVERIFY2(compare->lastError().contains(QStringLiteral("Data Folder")), qPrintable(compare->lastError()));

    compare->setScoreDataDir(root.filePath(QStringLiteral("data")));
    QSignalSpy finished(compare, &ui::CompareWindow::finished);
    bool sawScoring = false;
    connect(w.controller(), &ui::SamplingController::compareProgress, this, [&](const ui::CompareProgress& p) {
      if (p.scoring) sawScoring = p.numImages == 12;
    });
    QVERIFY(compare->startScored() != 0);
    QVERIFY(finished.wait(600000));
    QCOMPARE(finished.front().front().toBool(), true);
    QVERIFY(sawScoring);
    const ui::CompareOutcome& o = *compare->outcome();
    QVERIFY(o.result.scored() && o.result.score_floor);
    QVERIFY(QFileInfo::exists(root.filePath(QStringLiteral("score/emoji64_features.reference.npz"))));
    QTableWidget* table = compare->table();
    QCOMPARE(table->columnCount(), 11);
    QCOMPARE(table->horizontalHeaderItem(9)->text(), QStringLiteral("FD"));
    for (int r = 0; r < 2; ++r) {
      const auto& score = *o.result.columns[size_t(r)].score;
      QCOMPARE(score.num_images, qint64(12));
      QVERIFY(score.class_accuracy.has_value());
      QCOMPARE(table->item(r, 9)->text(), QString::number(score.fd, 'f', 2));
      QCOMPARE(table->item(r, 10)->text(), QString::number(*score.class_accuracy, 'f', 3));
    }
    QVERIFY(compare->qualityChartShown());
    QCOMPARE(compare->qualityPoints(), 2);

    // Export: the sheet, its numbers with the scores, and the quality chart.
    const QString sheet = dir.filePath(QStringLiteral("cmp.png"));
    QVERIFY(compare->exportSheet(sheet));
    QFile json(dir.filePath(QStringLiteral("cmp.json")));
    QVERIFY(json.open(QIODevice::ReadOnly));
    QVERIFY(json.readAll().contains("\"fd\""));
    QVERIFY(!QImage(dir.filePath(QStringLiteral("cmp-quality.png"))).isNull());

    // A plain run afterwards has no scores, and the table its usual columns.
    QSignalSpy plain(compare, &ui::CompareWindow::finished);
    QVERIFY(compare->start() != 0);
    QVERIFY(plain.wait(300000));
    QCOMPARE(table->columnCount(), 9);
    QVERIFY(!compare->qualityChartShown());
    qunsetenv("PATCHDIFF_SCORE_DIR");
  }

  void a_bad_selection_is_a_message() {
    ui::MainWindow w;
    QVERIFY(test::waitForModel(w));
    ui::CompareWindow* compare = w.inspector()->compareWindow();
    compare->setCheckpoints({test::bundledModel(8)});
    QCOMPARE(compare->start(), quint64(0));
    QVERIFY(compare->lastError().contains(QStringLiteral("2 to 4")));
  }
};

PATCHDIFF_STUDIO_TEST_MAIN(TestStudioCompare)
#include "test_studio_compare.moc"
