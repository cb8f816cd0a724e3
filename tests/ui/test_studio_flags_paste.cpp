// SPDX-License-Identifier: GPL-3.0-or-later
// Pasting the original's flags into the Models dock (offscreen): an error is one readable
// line with "did you mean" that leaves every dock where it was; sampling flags such as
// --timestep_respacing land in the Sampling dock, not among the model flags.
#include <QDockWidget>
#include <QTableWidget>

#include "tests/ui/studio_test_util.h"
#include "ui/models/flags_view.h"
#include "ui/window/message_bar.h"

using namespace patchdiff;

namespace {
struct Geometry {
  QRect models, sampling, table;
  bool operator==(const Geometry& o) const { return models == o.models && sampling == o.sampling && table == o.table; }
};

Geometry geometryOf(ui::MainWindow& w) {
  return {w.findChild<QDockWidget*>(QStringLiteral("ModelsDock"))->geometry(),
          w.findChild<QDockWidget*>(QStringLiteral("SamplingDock"))->geometry(),
          w.modelPanel()->flagsView()->findChild<QTableWidget*>()->geometry()};
}

char* describe(const Geometry& g) {
  return QTest::toString(QStringLiteral("models %1,%2 %3x%4; sampling %5,%6 %7x%8; table %9x%10")
                             .arg(g.models.x()).arg(g.models.y()).arg(g.models.width()).arg(g.models.height())
                             .arg(g.sampling.x()).arg(g.sampling.y()).arg(g.sampling.width()).arg(g.sampling.height())
                             .arg(g.table.width()).arg(g.table.height()));
}
}  // namespace

class TestStudioFlagsPaste : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() { test::isolateSettings(); }

  void a_bad_paste_shows_one_line_and_leaves_the_docks_where_they_were_data() {
    QTest::addColumn<QString>("paste");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown flag") << "--num_heads 4 --foo bar" << "Cannot apply the flags: unknown flag --foo";
    QTest::newRow("typo") << "--num_head 4" << "Cannot apply the flags: unknown flag --num_head; did you mean --num_heads?";
    QTest::newRow("bad value") << "--num_heads four" << "Cannot apply the flags: --num_heads expects an integer, got 'four'";
  }
  void a_bad_paste_shows_one_line_and_leaves_the_docks_where_they_were() {
    QFETCH(QString, paste);
    QFETCH(QString, expected);
    ui::MainWindow w;
    w.resize(1200, 780);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(test::waitForModel(w));
    QCoreApplication::processEvents();
    const Geometry before = geometryOf(w);
    auto* flags = w.modelPanel()->flagsView();
    QVERIFY(!flags->applyFlagString(paste));
    QCoreApplication::processEvents();
    auto* bar = flags->findChild<ui::MessageBar*>();
    QVERIFY(bar && bar->isVisible());
    QCOMPARE(bar->text(), expected);
    QCOMPARE(bar->kind(), ui::MessageBar::Kind::Error);
    const Geometry after = geometryOf(w);
    QVERIFY2(after == before, qPrintable(QStringLiteral("%1 became %2").arg(describe(before), describe(after))));
    QVERIFY(!bar->text().contains(QStringLiteral("accepted")));  // no list of every flag
  }

  void pasted_sampling_flags_go_to_the_sampling_dock() {
    ui::MainWindow w;
    w.show();
    QVERIFY(test::waitForModel(w));
    test::fastSettings(w, 20, 1);
    QVERIFY(w.modelPanel()->flagsView()->applyFlagString(
        QStringLiteral("--timestep_respacing 30 --guidance_scale 2 --use_ddim True --num_heads 4")));
    const ui::SamplingControls c = w.samplingPanel()->controls();
    QCOMPARE(c.respacing(), QStringLiteral("30"));
    QCOMPARE(c.sampler.guidance_scale, 2.0);
    QCOMPARE(c.sampler.solver, std::string("ddim"));
    QVERIFY(test::waitForModel(w));
    QVERIFY(QTest::qWaitFor([&] { return w.modelPanel()->userFlags().contains(QStringLiteral("num_heads")); }, 60000));
    QVERIFY(!w.modelPanel()->userFlags().contains(QStringLiteral("timestep_respacing")));
  }
};

PATCHDIFF_STUDIO_TEST_MAIN(TestStudioFlagsPaste)
#include "test_studio_flags_paste.moc"
