// SPDX-License-Identifier: GPL-3.0-or-later
// File > Open Recent: newest first, no duplicates, at most kMaxFiles, kept across restarts,
// missing files left out, choosing an entry asks for that file, and the window lists what
// it opens.
#include <QAction>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QWidget>

#include "tests/ui/studio_test_util.h"
#include "ui/window/recent_files.h"

using namespace patchdiff;

class TestRecentFiles : public QObject {
  Q_OBJECT

  QTemporaryDir m_dir;

  QString makeFile(const QString& name) {
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) qFatal("cannot create %s", qPrintable(path));
    return path;
  }
  static QStringList entryPaths(const ui::RecentFiles& recent) {
    QStringList out;
    for (QAction* a : recent.menu()->actions())
      if (!a->data().toString().isEmpty()) out << a->data().toString();
    return out;
  }

 private Q_SLOTS:
  void init() { test::isolateSettings(); }

  void newest_first_without_duplicates() {
    QWidget window;
    ui::RecentFiles recent(&window);
    QVERIFY(recent.files().isEmpty());
    QVERIFY(!recent.menu()->menuAction()->isEnabled());
    const QString a = makeFile("a.pt"), b = makeFile("b.png"), c = makeFile("c.pt");
    recent.add(a);
    recent.add(b);
    recent.add(c);
    recent.add(a);
    QCOMPARE(recent.files(), (QStringList{a, c, b}));
    QCOMPARE(entryPaths(recent), (QStringList{a, c, b}));
    QVERIFY(recent.menu()->menuAction()->isEnabled());
  }

  void keeps_at_most_the_limit() {
    QWidget window;
    ui::RecentFiles recent(&window);
    QStringList added;
    for (int i = 0; i < ui::RecentFiles::kMaxFiles + 3; ++i) {
      added.prepend(makeFile(QStringLiteral("m%1.pt").arg(i)));
      recent.add(added.front());
    }
    QCOMPARE(recent.files(), added.mid(0, ui::RecentFiles::kMaxFiles));
  }

  void survives_a_restart_and_skips_missing_files() {
    const QString kept = makeFile("kept.pt"), gone = makeFile("gone.png");
    {
      QWidget window;
      ui::RecentFiles recent(&window);
      recent.add(kept);
      recent.add(gone);
    }
    QVERIFY(QFile::remove(gone));
    QWidget window;
    ui::RecentFiles recent(&window);
    QCOMPARE(recent.files(), QStringList{kept});
    QCOMPARE(entryPaths(recent), QStringList{kept});
  }

  void choosing_an_entry_asks_for_its_file() {
    QWidget window;
    ui::RecentFiles recent(&window);
    const QString a = makeFile("first.pt"), b = makeFile("second.png");
    recent.add(a);
    recent.add(b);
    QSignalSpy chosen(&recent, &ui::RecentFiles::fileChosen);
    for (QAction* action : recent.menu()->actions())
      if (action->data().toString() == a) action->trigger();
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.front().front().toString(), a);
  }

  void remove_takes_one_file_off_the_list() {
    QWidget window;
    ui::RecentFiles recent(&window);
    const QString a = makeFile(QStringLiteral("a.pt")), b = makeFile(QStringLiteral("b.pt"));
    recent.add(a);
    recent.add(b);
    recent.remove(a);
    QCOMPARE(recent.files(), QStringList{QFileInfo(b).absoluteFilePath()});
    QCOMPARE(entryPaths(recent), QStringList{QFileInfo(b).absoluteFilePath()});
    recent.remove(a);  // not there: nothing changes
    QCOMPARE(recent.files().size(), 1);
  }

  void clear_empties_the_list() {
    QWidget window;
    ui::RecentFiles recent(&window);
    recent.add(makeFile("x.pt"));
    recent.clear();
    QVERIFY(recent.files().isEmpty());
    ui::RecentFiles reread(&window);
    QVERIFY(reread.files().isEmpty());
    QVERIFY(!reread.menu()->menuAction()->isEnabled());
  }

  // The window adds what it opens, and a new window (a restart) opens it again from the menu.
  void window_reopens_a_checkpoint_from_the_menu() {
    const QString p8 = QFileInfo(test::bundledModel(8)).absoluteFilePath();
    {
      ui::MainWindow w;
      QVERIFY(test::waitForModel(w));
      QVERIFY(w.openFile(p8, /*offerRegenerate=*/false));
      QCOMPARE(w.recentFiles()->files().value(0), p8);
      QVERIFY(test::waitForModel(w));
      w.saveSettings();
    }
    QSettings().remove(QStringLiteral("models/paths"));  // start on the default model again
    ui::MainWindow w;
    QVERIFY(test::waitForModel(w));
    QVERIFY(w.modelPanel()->loaded().paths.value(0) != p8);
    QAction* entry = nullptr;
    for (QAction* a : w.recentFiles()->menu()->actions())
      if (a->data().toString() == p8) entry = a;
    QVERIFY(entry);
    entry->trigger();
    QVERIFY(QTest::qWaitFor([&] { return !w.controller()->isLoading() && w.modelPanel()->loaded().paths.value(0) == p8; },
                            60000));
  }
};

PATCHDIFF_STUDIO_TEST_MAIN(TestRecentFiles)
#include "test_recent_files.moc"
