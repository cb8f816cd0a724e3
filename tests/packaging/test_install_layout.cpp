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

// A gzip file's text (man pages and the changelog are installed compressed).
QString readGzip(const QString& path) {
  const Run r = run(QStringLiteral("gzip"), {QStringLiteral("-dc"), path});
  return r.code == 0 ? r.out : QString();
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
                      QStringLiteral("share/patchdiff/models/LICENSE.md"),
                      QStringLiteral("share/patchdiff/score/emoji64_features.pt"),
                      QStringLiteral("share/patchdiff/score/MODEL_CARD.md"),
                      QStringLiteral("share/man/man1/patchdiff.1.gz"), QStringLiteral("share/man/man1/patchdiff-studio.1.gz"),
                      QStringLiteral("share/doc/patchdiff/copyright"), QStringLiteral("share/doc/patchdiff/changelog.gz"),
                      QStringLiteral("share/doc/patchdiff/third-party-notices.txt"),
                      QStringLiteral("share/lintian/overrides/patchdiff"),
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

  void programs_print_licence_and_libraries() {
    for (const QString& program : {QStringLiteral("patchdiff"), QStringLiteral("patchdiff-studio")}) {
      const Run r = run(installed(QStringLiteral("bin/") + program), {QStringLiteral("--version")});
      QVERIFY2(r.code == 0, qPrintable(r.err));
      QVERIFY2(r.out.contains(QStringLiteral("\nLicense: GPL-3.0-or-later, with no warranty.\nThird-party libraries:\n")),
               qPrintable(r.out));
      QVERIFY2(r.out.contains(QStringLiteral("\n  LibTorch (PyTorch): BSD-3-Clause (")), qPrintable(r.out));
      // QCustomPlot is the studio's alone
      QCOMPARE(r.out.contains(QStringLiteral("\n  QCustomPlot: GPL-3.0-or-later (")), program == QStringLiteral("patchdiff-studio"));
    }
  }

  void documentation_states_licences() {
    const QString copyright = readText(installed(QStringLiteral("share/doc/patchdiff/copyright")));
    QVERIFY(copyright.startsWith(QStringLiteral("Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n")));
    QVERIFY(copyright.contains(QStringLiteral("\nFiles: resources/models/*\n")));
    QVERIFY(copyright.contains(QStringLiteral("Twemoji")) && copyright.contains(QStringLiteral("Noto Color Emoji")));
    QVERIFY(readGzip(installed(QStringLiteral("share/doc/patchdiff/changelog.gz")))
                .startsWith(QStringLiteral("patchdiff (" PATCHDIFF_VERSION ") ")));
    const QString notices = readText(installed(QStringLiteral("share/doc/patchdiff/third-party-notices.txt")));
    QVERIFY(notices.contains(QStringLiteral("GPL-3.0-or-later")));
    QVERIFY(notices.contains(QStringLiteral("  QCustomPlot\n      GPL-3.0-or-later; linked; patchdiff-studio;")));
    QVERIFY(readText(installed(QStringLiteral("share/patchdiff/models/LICENSE.md"))).contains(QStringLiteral("CC-BY-4.0")));
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
    QVERIFY(types.contains(QStringLiteral("application/x-safetensors")));
    // the checkpoint types are ones this package defines
    const QString mimeTypes = readText(installed(QStringLiteral("share/mime/packages/patchdiff.xml")));
    QVERIFY(mimeTypes.contains(QStringLiteral("type=\"application/x-pytorch-checkpoint\"")));
    QVERIFY(mimeTypes.contains(QStringLiteral("<glob pattern=\"*.safetensors\"/>")));
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
    const QString page = readGzip(installed(QStringLiteral("share/man/man1/patchdiff.1.gz")));
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
    QVERIFY(readGzip(installed(QStringLiteral("share/man/man1/patchdiff-studio.1.gz"))).contains(QStringLiteral("\\-\\-version")));
  }
};

QTEST_GUILESS_MAIN(TestInstallLayout)
#include "test_install_layout.moc"
