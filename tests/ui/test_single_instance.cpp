// SPDX-License-Identifier: GPL-3.0-or-later
// One running studio: real patchdiff-studio processes (offscreen, with their own runtime,
// config and data folders). A second start hands its files to the first and exits 0; the
// first opens them; --new-instance opens a window of its own; a socket left by a killed
// studio is replaced. The processes trace the hand-over on stderr
// (QT_LOGGING_RULES=patchdiff.studio.instance.info=true) and are killed when a test fails.
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest/QtTest>

#include <memory>

namespace {

constexpr int kWaitMs = 120000;  // a bound against hanging, not a speed requirement

QString bundledModel(int patchSize) {
  return QStringLiteral(PATCHDIFF_SOURCE_DIR "/resources/models/emoji64_p%1.pt").arg(patchSize);
}

// A patchdiff-studio process whose output (Qt's log) is collected; killed on destruction.
class Studio {
 public:
  Studio(const QProcessEnvironment& env, const QStringList& args, const QString& workingDir = {}) {
    m_process.setProcessEnvironment(env);
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    if (!workingDir.isEmpty()) m_process.setWorkingDirectory(workingDir);
    m_process.start(QStringLiteral(PATCHDIFF_STUDIO_PATH), args);
  }
  ~Studio() { kill(); }

  // Waits until the log holds `text`; false when the process ended or the time ran out first.
  bool waitForLog(const QString& text) {
    const QDeadlineTimer deadline(kWaitMs);
    for (;;) {
      m_log += QString::fromUtf8(m_process.readAll());
      if (m_log.contains(text)) return true;
      if (m_process.state() == QProcess::NotRunning || deadline.hasExpired()) {
        m_log += QString::fromUtf8(m_process.readAll());
        return m_log.contains(text);
      }
      m_process.waitForReadyRead(500);
    }
  }
  // The exit code once it ended by itself; -1 when it crashed or had to be killed.
  int finish() {
    const bool ended = m_process.waitForFinished(kWaitMs);
    m_log += QString::fromUtf8(m_process.readAll());
    if (!ended) {
      kill();
      return -1;
    }
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
  }
  void kill() {
    if (m_process.state() == QProcess::NotRunning) return;
    m_process.kill();  // SIGKILL: what a crash leaves behind
    m_process.waitForFinished(10000);
    m_log += QString::fromUtf8(m_process.readAll());
  }
  const QString& log() {
    m_log += QString::fromUtf8(m_process.readAll());
    return m_log;
  }

 private:
  QProcess m_process;
  QString m_log;
};

QString opened(const QString& path) { return QStringLiteral("opened \"%1\"").arg(path); }

}  // namespace

class TestSingleInstance : public QObject {
  Q_OBJECT

  QTemporaryDir m_dir;
  QProcessEnvironment m_env;
  std::unique_ptr<Studio> m_first;
  QString folder(const QString& name) const { return m_dir.filePath(name); }

 private Q_SLOTS:
  void initTestCase() {
    QVERIFY(m_dir.isValid());
    for (const char* name : {"run", "config", "data", "cache"}) QVERIFY(QDir().mkpath(folder(QLatin1String(name))));
    QVERIFY(QFile::setPermissions(folder(QStringLiteral("run")),
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));  // as Qt requires
    m_env = QProcessEnvironment::systemEnvironment();
    m_env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    m_env.insert(QStringLiteral("XDG_RUNTIME_DIR"), folder(QStringLiteral("run")));
    m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), folder(QStringLiteral("config")));
    m_env.insert(QStringLiteral("XDG_DATA_HOME"), folder(QStringLiteral("data")));
    m_env.insert(QStringLiteral("XDG_CACHE_HOME"), folder(QStringLiteral("cache")));
    m_env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("patchdiff.studio.instance.info=true"));

    // Settings as the studio kept them under its placeholder names.
    QVERIFY(QDir().mkpath(folder(QStringLiteral("config/PatchDiffusion"))));
    QFile legacy(folder(QStringLiteral("config/PatchDiffusion/Patch Diffusion Studio.conf")));
    QVERIFY(legacy.open(QIODevice::WriteOnly));
    legacy.write("[test]\nmarker=kept-from-the-old-names\n");
    legacy.close();

    m_first = std::make_unique<Studio>(m_env, QStringList{});
    QVERIFY2(m_first->waitForLog(QStringLiteral("listening on")), qPrintable(m_first->log()));
  }

  void first_start_migrates_legacy_settings() {
    QFile current(folder(QStringLiteral("config/patch-diffusion-studio/patchdiff-studio.conf")));
    QVERIFY(current.open(QIODevice::ReadOnly));
    QVERIFY(current.readAll().contains("marker=kept-from-the-old-names"));
  }

  void second_start_hands_file_to_running_studio() {
    const QString model = bundledModel(8);
    Studio second(m_env, {model});
    QCOMPARE(second.finish(), 0);
    QVERIFY2(second.log().contains(QStringLiteral("handed over")), qPrintable(second.log()));
    QVERIFY2(m_first->waitForLog(opened(model)), qPrintable(m_first->log()));
  }

  void relative_path_reaches_running_studio_absolute() {
    Studio second(m_env, {QStringLiteral("emoji64_p2.pt")}, QStringLiteral(PATCHDIFF_SOURCE_DIR "/resources/models"));
    QCOMPARE(second.finish(), 0);
    QVERIFY2(m_first->waitForLog(opened(bundledModel(2))), qPrintable(m_first->log()));
  }

  void new_instance_opens_a_window_of_its_own() {
    const QString model = bundledModel(1);
    Studio own(m_env, {QStringLiteral("--new-instance"), model});
    QVERIFY2(own.waitForLog(opened(model)), qPrintable(own.log()));
    QVERIFY(!own.log().contains(QStringLiteral("handed over")));
    QVERIFY(!own.log().contains(QStringLiteral("listening on")));
    QVERIFY(!m_first->log().contains(model));
  }

  void stale_socket_is_replaced() {
    m_first->kill();  // SIGKILL: the socket file stays
    const QStringList sockets = QDir(folder(QStringLiteral("run"))).entryList({QStringLiteral("*.socket")}, QDir::System);
    QVERIFY2(!sockets.isEmpty(), "the killed studio left no socket behind: nothing to test");
    Studio next(m_env, {});
    QVERIFY2(next.waitForLog(QStringLiteral("listening on")), qPrintable(next.log()));
    const QString model = bundledModel(4);
    Studio later(m_env, {model});
    QCOMPARE(later.finish(), 0);
    QVERIFY2(next.waitForLog(opened(model)), qPrintable(next.log()));
  }

  void cleanupTestCase() { m_first.reset(); }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "test_single_instance.moc"
