// SPDX-License-Identifier: GPL-3.0-or-later
// `cmake --install` into a temporary prefix lays out the standard tree, and the installed
// programs find their bundled models relative to themselves, not in the source tree.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest/QtTest>

namespace {

struct Run {
  int code = -1;
  QString out, err;
};

// Runs a program as a user would, without the variable that would point it at the models.
Run run(const QString& program, const QStringList& args) {
  QProcess process;
  QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
  env.remove(QStringLiteral("PATCHDIFF_MODELS_DIR"));
  env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
  process.setProcessEnvironment(env);
  process.start(program, args);
  Run r;
  if (!process.waitForFinished(300000)) {
    process.kill();
    r.err = QStringLiteral("timed out");
    return r;
  }
  r.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
  r.out = QString::fromUtf8(process.readAllStandardOutput());
  r.err = QString::fromUtf8(process.readAllStandardError());
  return r;
}

QString readText(const QString& path) {
  QFile file(path);
  return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

const QString kAppId = QStringLiteral(PATCHDIFF_APP_ID);
const int kIconSizes[] = {16, 24, 32, 48, 64, 128, 256, 512};

}  // namespace

class TestInstallLayout : public QObject {
  Q_OBJECT

  QTemporaryDir m_dir;
  QString m_prefix;
  QString installed(const QString& relative) const { return m_prefix + QLatin1Char('/') + relative; }

 private Q_SLOTS:
  void initTestCase() {
    QVERIFY(m_dir.isValid());
    m_prefix = QDir(m_dir.path()).canonicalPath();
    const Run r = run(QStringLiteral(PATCHDIFF_CMAKE_COMMAND),
                      {QStringLiteral("--install"), QStringLiteral(PATCHDIFF_BINARY_DIR), QStringLiteral("--prefix"), m_prefix});
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
  }

  void installs_standard_tree_data() {
    QTest::addColumn<QString>("file");
    QStringList files{QStringLiteral("bin/patchdiff"), QStringLiteral("bin/patchdiff-studio"),
                      QStringLiteral("share/patchdiff/models/MODEL_CARD.md"),
                      QStringLiteral("share/patchdiff/score/emoji64_features.pt"),
                      QStringLiteral("share/patchdiff/score/MODEL_CARD.md"),
                      QStringLiteral("share/man/man1/patchdiff.1"), QStringLiteral("share/man/man1/patchdiff-studio.1"),
                      QStringLiteral("share/applications/%1.desktop").arg(kAppId),
                      QStringLiteral("share/metainfo/%1.metainfo.xml").arg(kAppId),
                      QStringLiteral("share/mime/packages/patchdiff.xml"),
                      QStringLiteral("share/icons/hicolor/scalable/apps/%1.svg").arg(kAppId)};
    for (int p : {1, 2, 4, 8})
      files << QStringLiteral("share/patchdiff/models/emoji64_p%1.pt").arg(p)
            << QStringLiteral("share/patchdiff/models/emoji64_p%1.json").arg(p);
    for (const QString& f : files) QTest::newRow(qPrintable(f)) << f;
  }
  void installs_standard_tree() {
    QFETCH(QString, file);
    QVERIFY2(QFileInfo(installed(file)).isFile(), qPrintable(installed(file) + " is missing"));
  }

  void icon_rendered_at_each_size_data() {
    QTest::addColumn<int>("size");
    for (int s : kIconSizes) QTest::newRow(qPrintable(QString::number(s))) << s;
  }
  void icon_rendered_at_each_size() {
    QFETCH(int, size);
    const QString png = installed(QStringLiteral("share/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(kAppId));
    QImageReader reader(png);
    QCOMPARE(reader.format(), QByteArray("png"));
    QCOMPARE(reader.size(), QSize(size, size));
  }

  void cli_finds_installed_models() {
    const QString models = installed(QStringLiteral("share/patchdiff/models"));
    const Run version = run(installed(QStringLiteral("bin/patchdiff")), {QStringLiteral("--version")});
    QVERIFY2(version.code == 0, qPrintable(version.err));
    QVERIFY2(version.out.contains(QStringLiteral("bundled models: ") + models), qPrintable(version.out));

    const Run info = run(installed(QStringLiteral("bin/patchdiff")), {QStringLiteral("info"), QStringLiteral("emoji64_p8")});
    QVERIFY2(info.code == 0, qPrintable(info.err));
    QVERIFY2(info.out.contains(QRegularExpression(QStringLiteral("file:\\s+") +
                                                 QRegularExpression::escape(models + QStringLiteral("/emoji64_p8.pt")))),
             qPrintable(info.out));
    QVERIFY(info.out.contains(QStringLiteral("Emoji 64x64, P=8")));  // the installed sidecar was read
  }

  void cli_names_bundled_models_when_a_name_matches_none() {
    const Run r = run(installed(QStringLiteral("bin/patchdiff")), {QStringLiteral("info"), QStringLiteral("emoji64_p3")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("neither a file nor a bundled model")) &&
                 r.err.contains(QStringLiteral("emoji64_p1, emoji64_p2, emoji64_p4, emoji64_p8")),
             qPrintable(r.err));
  }

  void studio_finds_installed_models() {
    const Run r = run(installed(QStringLiteral("bin/patchdiff-studio")), {QStringLiteral("--version")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.startsWith(QStringLiteral("patchdiff-studio " PATCHDIFF_VERSION)), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("bundled models: ") + installed(QStringLiteral("share/patchdiff/models"))),
             qPrintable(r.out));
  }

  void desktop_entry_opens_checkpoints_and_pngs() {
    const QString entry = readText(installed(QStringLiteral("share/applications/%1.desktop").arg(kAppId)));
    QVERIFY(entry.contains(QStringLiteral("\nExec=patchdiff-studio %F\n")));
    QVERIFY(entry.contains(QStringLiteral("\nIcon=") + kAppId + QLatin1Char('\n')));
    const QRegularExpressionMatch mime = QRegularExpression(QStringLiteral("\nMimeType=([^\n]*)\n")).match(entry);
    QVERIFY(mime.hasMatch());
    const QStringList types = mime.captured(1).split(QLatin1Char(';'), Qt::SkipEmptyParts);
    QVERIFY(types.contains(QStringLiteral("image/png")));
    QVERIFY(types.contains(QStringLiteral("application/x-pytorch-checkpoint")));
    // the checkpoint type is one this package defines
    QVERIFY(readText(installed(QStringLiteral("share/mime/packages/patchdiff.xml")))
                .contains(QStringLiteral("type=\"application/x-pytorch-checkpoint\"")));
  }

  void metainfo_lists_this_release() {
    const QString metainfo = readText(installed(QStringLiteral("share/metainfo/%1.metainfo.xml").arg(kAppId)));
    QVERIFY(metainfo.contains(QStringLiteral("<id>") + kAppId + QStringLiteral("</id>")));
    QVERIFY2(metainfo.contains(QStringLiteral("<release version=\"" PATCHDIFF_VERSION "\"")),
             "add a <release> entry for the project version to the metainfo");
  }

  void man_page_documents_every_command() {
    const Run usage = run(installed(QStringLiteral("bin/patchdiff")), {QStringLiteral("--help")});
    QCOMPARE(usage.code, 0);
    const QString page = readText(installed(QStringLiteral("share/man/man1/patchdiff.1")));
    QVERIFY(page.startsWith(QStringLiteral(".\\\"")));
    QVERIFY(page.contains(QStringLiteral(".TH PATCHDIFF 1 \"\" \"patchdiff " PATCHDIFF_VERSION "\"")));
    const QString commands = usage.out.section(QStringLiteral("commands:\n"), 1).section(QStringLiteral("\n\n"), 0, 0);
    int count = 0;
    for (const QString& line : commands.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
      const QString name = line.trimmed().section(QLatin1Char(' '), 0, 0);
      QVERIFY2(page.contains(QStringLiteral(".SS \"patchdiff %1\"").arg(name)), qPrintable(name));
      ++count;
    }
    QVERIFY(count >= 5);
    QVERIFY(readText(installed(QStringLiteral("share/man/man1/patchdiff-studio.1"))).contains(QStringLiteral("\\-\\-version")));
  }
};

QTEST_GUILESS_MAIN(TestInstallLayout)
#include "test_install_layout.moc"
