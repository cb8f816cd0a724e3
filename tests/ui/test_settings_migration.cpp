// SPDX-License-Identifier: GPL-3.0-or-later
// The settings kept under the placeholder names move to the new ones once, never over a
// value the new settings already hold, and the old file stays as it was.
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest/QtTest>

#include "ui/window/settings_migration.h"

using patchdiff::ui::migrateSettings;

class TestSettingsMigration : public QObject {
  Q_OBJECT

  QTemporaryDir m_dir;
  QString path(const QString& name) const { return m_dir.filePath(name); }

 private Q_SLOTS:
  void copies_every_key_once() {
    QSettings from(path(QStringLiteral("once-old.conf")), QSettings::IniFormat);
    from.setValue(QStringLiteral("ui/language"), QStringLiteral("de"));
    from.setValue(QStringLiteral("files/recent"), QStringList{QStringLiteral("/a.pt"), QStringLiteral("/b.png")});
    QSettings to(path(QStringLiteral("once-new.conf")), QSettings::IniFormat);

    QCOMPARE(migrateSettings(from, to), 2);
    QCOMPARE(to.value(QStringLiteral("ui/language")).toString(), QStringLiteral("de"));
    QCOMPARE(to.value(QStringLiteral("files/recent")).toStringList(),
             (QStringList{QStringLiteral("/a.pt"), QStringLiteral("/b.png")}));

    // a later start copies nothing, even what changed in the old file since
    from.setValue(QStringLiteral("ui/language"), QStringLiteral("fr"));
    to.remove(QStringLiteral("files/recent"));
    QCOMPARE(migrateSettings(from, to), 0);
    QCOMPARE(to.value(QStringLiteral("ui/language")).toString(), QStringLiteral("de"));
    QVERIFY(!to.contains(QStringLiteral("files/recent")));
  }

  void keeps_values_the_new_settings_hold() {
    QSettings from(path(QStringLiteral("keep-old.conf")), QSettings::IniFormat);
    from.setValue(QStringLiteral("ui/language"), QStringLiteral("de"));
    from.setValue(QStringLiteral("inspector/budget"), 512);
    QSettings to(path(QStringLiteral("keep-new.conf")), QSettings::IniFormat);
    to.setValue(QStringLiteral("ui/language"), QStringLiteral("ja"));

    QCOMPARE(migrateSettings(from, to), 1);
    QCOMPARE(to.value(QStringLiteral("ui/language")).toString(), QStringLiteral("ja"));
    QCOMPARE(to.value(QStringLiteral("inspector/budget")).toInt(), 512);
    QCOMPARE(from.value(QStringLiteral("ui/language")).toString(), QStringLiteral("de"));  // old file untouched
  }

  void runs_once_without_old_settings() {
    const QSettings from(path(QStringLiteral("absent-old.conf")), QSettings::IniFormat);
    QSettings to(path(QStringLiteral("absent-new.conf")), QSettings::IniFormat);
    QCOMPARE(migrateSettings(from, to), 0);
    // an old file that appears later (an older build started once more) is not merged in
    QSettings older(path(QStringLiteral("absent-old.conf")), QSettings::IniFormat);
    older.setValue(QStringLiteral("ui/language"), QStringLiteral("de"));
    older.sync();
    const QSettings reread(path(QStringLiteral("absent-old.conf")), QSettings::IniFormat);
    QCOMPARE(migrateSettings(reread, to), 0);
    QVERIFY(!to.contains(QStringLiteral("ui/language")));
  }
};

QTEST_GUILESS_MAIN(TestSettingsMigration)
#include "test_settings_migration.moc"
