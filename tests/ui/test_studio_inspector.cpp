// SPDX-License-Identifier: GPL-3.0-or-later
// The trajectory inspector (offscreen): recording every step and scrubbing (also mid-run),
// the memory budget (one run thinned out, older runs dropping their trajectories), filmstrip,
// GIF and plot exports read back, history restoring a run, and continuing from a step.
#include <gif_lib.h>

#include <QFile>
#include <QSlider>
#include <QStatusBar>
#include <QTemporaryDir>

#include "tests/ui/studio_test_util.h"
#include "ui/inspect/branch_dialog.h"
#include "ui/inspect/filmstrip_view.h"
#include "ui/inspect/inspector.h"
#include "ui/inspect/plot_panel.h"
#include "ui/inspect/run_history_view.h"
#include "ui/inspect/sample_canvas.h"
#include "ui/inspect/timeline_bar.h"

using namespace patchdiff;

namespace {

QImage rgb(const QImage& image) { return image.convertToFormat(QImage::Format_RGB888); }

// A synthetic run of `steps` steps of `batch` 64x64 images (no worker involved).
ui::RunInfo syntheticRun(quint64 id, int steps, int batch) {
  ui::RunInfo info;
  info.runId = id;
  info.numSteps = steps;
  info.batch = batch;
  info.imageSize = 64;
  info.modelPaths = {QStringLiteral("synthetic.pt")};
  info.modelPerStep = QVector<int>(steps, 0);
  return info;
}

ui::StepFrame syntheticFrame(quint64 id, int index, int steps, int batch) {
  ui::StepFrame f;
  f.runId = id;
  f.index = index;
  f.numSteps = steps;
  for (int i = 0; i < batch; ++i) {
    QImage a(64, 64, QImage::Format_RGB888), b(64, 64, QImage::Format_RGB888);
    a.fill(QColor(index % 256, i, 0));
    b.fill(QColor(0, index % 256, i));
    f.x0 << a;
    f.xt << b;
  }
  f.xtFloat = QVector<float>(batch * 3 * 64 * 64, static_cast<float>(index));
  f.metrics.index = index;
  f.metrics.seconds = 0.01;
  return f;
}

int gifFrameCount(const QString& path) {
  int error = 0;
  GifFileType* gif = DGifOpenFileName(QFile::encodeName(path).constData(), &error);
  if (!gif) return -1;
  const int count = DGifSlurp(gif) == GIF_OK ? gif->ImageCount : -1;
  DGifCloseFile(gif, &error);
  return count;
}

}  // namespace

class TestStudioInspector : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() { test::isolateSettings(); }

  void a_run_of_N_steps_records_N_frames_and_the_scrubber_shows_frame_i() {
    ui::MainWindow w;
    w.show();
    QVERIFY(test::selectPatch(w, 8));
    test::fastSettings(w, 8, 2);
    QSignalSpy steps(w.store(), &ui::TrajectoryStore::stepAppended);
    w.generate();
    QVERIFY(test::waitForRunEnd(w));
    QCOMPARE(steps.size(), 8);
    QCOMPARE(w.store()->frameCount(), 8);
    QCOMPARE(w.store()->current()->metrics.size(), 8);
    ui::TimelineBar* timeline = w.inspector()->timeline();
    QCOMPARE(timeline->numSteps(), 8);
    QCOMPARE(timeline->available(), 7);
    QCOMPARE(timeline->step(), 7);
    for (int i : {0, 3, 6}) {
      timeline->setStep(i);
      QCOMPARE(timeline->step(), i);
      QCOMPARE(w.store()->frame(i).index, i);
      for (int b = 0; b < 2; ++b) QCOMPARE(rgb(w.canvas()->image(b)), rgb(w.store()->frame(i).x0[b]));
      QCOMPARE(w.inspector()->plots()->cursorStep(), double(i));
    }
    QVERIFY(rgb(w.store()->frame(0).x0[0]) != rgb(w.store()->frame(6).x0[0]));
    // A click on the filmstrip or a plot moves the scrubber.
    Q_EMIT w.inspector()->filmstrip()->stepSelected(2);
    QCOMPARE(timeline->step(), 2);
    Q_EMIT w.inspector()->plots()->stepClicked(5);
    QCOMPARE(timeline->step(), 5);
    // The filmstrip shows every k-th step of the focused image, ending with the last.
    QVERIFY(!w.inspector()->filmstrip()->steps().isEmpty());
    QCOMPARE(w.inspector()->filmstrip()->steps().back(), 7);
    // Play replays the trajectory from the start to the end.
    timeline->setStep(7);
    timeline->play();
    QVERIFY(timeline->isPlaying());
    QVERIFY(QTest::qWaitFor([&] { return !timeline->isPlaying(); }, 10000));
    QCOMPARE(timeline->step(), 7);
  }

  void the_scrubber_works_while_the_run_goes_on() {
    ui::MainWindow w;
    w.show();
    QVERIFY(test::selectPatch(w, 8));
    test::fastSettings(w, 60, 1);
    w.generate();
    QVERIFY(QTest::qWaitFor([&] { return w.store()->frameCount() >= 4; }, 60000));
    QVERIFY(w.controller()->isRunning());
    ui::TimelineBar* timeline = w.inspector()->timeline();
    timeline->setStep(1);
    QVERIFY(!timeline->isFollowing());
    const QImage shown = rgb(w.store()->frame(1).x0[0]);
    QCOMPARE(rgb(w.canvas()->image(0)), shown);
    const int before = w.store()->frameCount();
    QVERIFY(QTest::qWaitFor([&] { return w.store()->frameCount() >= before + 3; }, 60000));
    QCOMPARE(rgb(w.canvas()->image(0)), shown);  // the live preview does not take the canvas back
    QCOMPARE(timeline->step(), 1);
    QVERIFY(timeline->available() >= before + 2);  // the range grows with the run
    w.cancel();
    QVERIFY(test::waitForRunEnd(w));
  }

  void the_memory_budget_thins_out_a_run_and_drops_older_trajectories() {
    ui::TrajectoryStore store;
    const qint64 budget = qint64(1) << 20;
    store.setMemoryBudget(budget);
    QSignalSpy planned(&store, &ui::TrajectoryStore::recordingPlanned);
    QSignalSpy dropped(&store, &ui::TrajectoryStore::trajectoryDropped);
    const int steps = 100, batch = 4;
    store.beginRun(syntheticRun(1, steps, batch));
    for (int i = 0; i < steps; ++i) {
      store.append(syntheticFrame(1, i, steps, batch));
      QVERIFY2(store.memoryUsed() <= budget, qPrintable(QStringLiteral("step %1: %2 bytes").arg(i).arg(store.memoryUsed())));
    }
    const ui::RunRecord& first = *store.current();
    QVERIFY(first.plan.keepEvery > 1);
    QCOMPARE(store.frameCount(), first.plan.framesKept(steps));
    QVERIFY(store.frameCount() < steps);
    QCOMPARE(store.frame(0).index, 0);
    QCOMPARE(store.frames().back().index, steps - 1);
    for (const auto& f : store.frames()) QVERIFY(f.index % first.plan.keepEvery == 0 || f.index == steps - 1);
    QCOMPARE(first.metrics.size(), steps);  // the plots' numbers are never thinned out
    QVERIFY(planned.size() == 1 && planned.front().front().toString().contains(QStringLiteral("1 step in %1").arg(first.plan.keepEvery)));

    // A second run of the same size needs the room: the first drops its trajectory.
    store.beginRun(syntheticRun(2, steps, batch));
    for (int i = 0; i < steps; ++i) store.append(syntheticFrame(2, i, steps, batch));
    QCOMPARE(dropped.size(), 1);
    QCOMPARE(dropped.front().front().value<quint64>(), quint64(1));
    QVERIFY(store.memoryUsed() <= budget);
    QCOMPARE(store.history().size(), 2);
    QVERIFY(store.record(1)->trajectoryDropped);
    QCOMPARE(store.record(1)->frames.size(), 0);
    QCOMPARE(store.record(1)->metrics.size(), steps);
    QVERIFY(store.select(1));
    QVERIFY(store.recordingNote().contains(QStringLiteral("dropped")));
  }

  void a_real_run_over_the_budget_says_so_and_stays_within_it() {
    ui::MainWindow w;
    w.show();
    QVERIFY(test::selectPatch(w, 8));
    const qint64 budget = qint64(1) << 20;
    w.store()->setMemoryBudget(budget);
    test::fastSettings(w, 20, 8);  // 20 steps of 8 images: about 12 MB of frames and floats
    w.generate();
    QVERIFY(test::waitForRunEnd(w));
    QVERIFY(w.store()->memoryUsed() <= budget);
    const ui::RunRecord& r = *w.store()->current();
    QVERIFY(r.plan.keepEvery > 1);
    QCOMPARE(w.store()->frameCount(), r.plan.framesKept(20));
    QCOMPARE(w.store()->frames().back().index, 19);
    QVERIFY(w.inspector()->recordingNote().contains(QStringLiteral("1 step in %1").arg(r.plan.keepEvery)));
    // The scrubber shows the recorded step at or before the one asked for.
    w.inspector()->timeline()->setStep(r.plan.keepEvery + 1);
    QCOMPARE(rgb(w.canvas()->image(0)), rgb(r.frames[1].x0[0]));
  }

  void exports_write_readable_files() {
    ui::MainWindow w;
    w.show();
    QVERIFY(test::selectPatch(w, 8));
    test::fastSettings(w, 8, 2);
    w.generate();
    QVERIFY(test::waitForRunEnd(w));
    QTemporaryDir dir;
    const QString grid = dir.filePath(QStringLiteral("grid.gif")), one = dir.filePath(QStringLiteral("one.gif"));
    QCOMPARE(w.inspector()->exportAnimation(grid, -1), 8);
    QCOMPARE(gifFrameCount(grid), w.store()->frameCount());
    QCOMPARE(w.inspector()->exportAnimation(one, 1), 8);
    QCOMPARE(gifFrameCount(one), 8);

    const QString strip = dir.filePath(QStringLiteral("strip.png"));
    QVERIFY(w.inspector()->exportFilmstrip(strip));
    const QImage stripImage(strip);
    QVERIFY(!stripImage.isNull());
    QVERIFY(stripImage.width() > 2 * stripImage.height());  // one row of steps

    QStringList written;
    QVERIFY(w.inspector()->exportPlots(dir.filePath(QStringLiteral("plots")), &written));
    QCOMPARE(written.size(), 2 * ui::PlotPanel::PlotCount + 1);
    for (const QString& path : written) {
      QFile file(path);
      QVERIFY2(file.open(QIODevice::ReadOnly) && file.size() > 0, qPrintable(path));
      if (path.endsWith(QLatin1String(".png"))) QVERIFY2(!QImage(path).isNull(), qPrintable(path));
      if (path.endsWith(QLatin1String(".pdf"))) QVERIFY2(file.read(5) == "%PDF-", qPrintable(path));
      if (path.endsWith(QLatin1String(".csv"))) {
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1 + 8);  // header and one row per step
        QVERIFY(lines.front().startsWith(QLatin1String("step,respaced_index,timestep")));
        QVERIFY(lines[1].startsWith(QLatin1String("1,7,")));  // in run order from 1: step 1 is the noisiest
      }
    }
    // An unwritable place is a message, not a crash.
    QVERIFY(!w.inspector()->exportFilmstrip(dir.filePath(QStringLiteral("missing/folder/strip.png"))));
    QVERIFY(!w.inspector()->lastError().isEmpty());
  }

  void history_restores_a_run() {
    ui::MainWindow w;
    w.show();
    QVERIFY(test::selectPatch(w, 8));
    test::fastSettings(w, 6, 2, /*seed=*/11);
    const quint64 first = w.generate();
    QVERIFY(test::waitForRunEnd(w));
    const QVector<QImage> firstImages = w.store()->outcome().images;
    ui::SamplingControls c = w.samplingPanel()->controls();
    c.steps = 9;
    c.seed = 22;
    c.sampler.guidance_scale = 3.0;
    w.samplingPanel()->setControls(c);
    const quint64 second = w.generate();
    QVERIFY(test::waitForRunEnd(w));
    QCOMPARE(w.store()->history().size(), 2);
    ui::RunHistoryView* history = w.inspector()->history();
    QCOMPARE(history->count(), 2);
    QCOMPARE(history->runIdAt(0), second);  // newest first
    QVERIFY(!history->item(1)->icon().isNull());  // a thumbnail

    history->setCurrentRow(history->rowOf(first));
    QCOMPARE(w.store()->run().runId, first);
    QCOMPARE(w.canvas()->count(), 2);
    for (int b = 0; b < 2; ++b) QCOMPARE(rgb(w.canvas()->image(b)), rgb(firstImages[b]));
    QCOMPARE(w.samplingPanel()->controls().seed, quint64(11));
    QCOMPARE(w.samplingPanel()->controls().steps, 6);
    QCOMPARE(w.samplingPanel()->controls().sampler.guidance_scale, 1.5);
    QCOMPARE(w.inspector()->timeline()->numSteps(), 6);
    QCOMPARE(w.inspector()->plots()->series(ui::PlotPanel::StepTime, 0).size(), 6);
    w.inspector()->timeline()->setStep(2);
    QCOMPARE(rgb(w.canvas()->image(0)), rgb(w.store()->frame(2).x0[0]));
  }

  void continuing_from_step_k_with_unchanged_settings_reproduces_the_parent() {
    ui::MainWindow w;
    w.show();
    QVERIFY(test::selectPatch(w, 8));
    test::fastSettings(w, 8, 2, /*seed=*/77);
    const quint64 parent = w.generate();
    QVERIFY(test::waitForRunEnd(w));
    const ui::RunRecord parentRun = *w.store()->current();
    const int k = 3;
    QVERIFY(w.inspector()->isExactAt(k));
    ui::BranchSettings same;
    same.sampler = parentRun.info.request.sampler;
    same.seed = parentRun.info.request.seed;
    const quint64 branch = w.inspector()->continueFrom(k, same);
    QVERIFY(branch != 0);
    QSignalSpy steps(w.store(), &ui::TrajectoryStore::stepAppended);
    QVERIFY(test::waitForRunEnd(w));
    QCOMPARE(steps.size(), 8 - k);  // only the remaining steps ran
    const ui::RunRecord& b = *w.store()->current();
    QCOMPARE(b.runId(), branch);
    QCOMPARE(b.info.request.parentRunId, parent);
    QCOMPARE(b.frames.size(), 8);  // the parent's past and its own steps
    for (int i = k; i < 8; ++i)
      for (int img = 0; img < 2; ++img) {
        QCOMPARE(b.frames[i].index, i);
        QVERIFY2(rgb(b.frames[i].x0[img]) == rgb(parentRun.frames[i].x0[img]),
                 qPrintable(QStringLiteral("step %1 image %2 differs").arg(i).arg(img)));
        QCOMPARE(b.frames[i].xtFloat, parentRun.frames[i].xtFloat);
      }
    for (int img = 0; img < 2; ++img) QCOMPARE(rgb(b.outcome.images[img]), rgb(parentRun.outcome.images[img]));
    QVERIFY(w.inspector()->history()->item(0)->text().contains(QStringLiteral("branch of run %1 at step %2").arg(parent).arg(k + 1)));  // counted from 1

    // Changed settings change the remaining frames (the test above is not vacuous).
    QVERIFY(w.inspector()->selectRun(parent));
    ui::BranchSettings other = same;
    other.seed = 78;
    other.sampler.guidance_scale = 2.5;  // the studio's default solver draws no step noise
    QVERIFY(w.inspector()->continueFrom(k, other) != 0);
    QVERIFY(test::waitForRunEnd(w));
    QVERIFY(rgb(w.store()->current()->outcome.images[0]) != rgb(parentRun.outcome.images[0]));
  }
};

PATCHDIFF_STUDIO_TEST_MAIN(TestStudioInspector)
#include "test_studio_inspector.moc"
