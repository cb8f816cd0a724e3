// SPDX-License-Identifier: GPL-3.0-or-later
// The CLI in the user's language: German text under a German locale (LANG, LC_ALL,
// LC_MESSAGES, LANGUAGE), English under C whatever $LANGUAGE says, and core's own
// messages English inside the translated frame.
#include <QProcess>
#include <QProcessEnvironment>

#include "cli/cli_runner.h"

using namespace patchdiff;

namespace {

// `patchdiff args...` with the locale variables set as given (all others unset).
test::CliResult run_in(const QStringList& args, const QList<QPair<QString, QString>>& locale) {
  QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
  for (const char* name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"}) env.remove(QString::fromLatin1(name));
  for (const auto& [name, value] : locale) env.insert(name, value);
  QProcess process;
  process.setProcessEnvironment(env);
  process.start(QStringLiteral(PATCHDIFF_CLI_PATH), args);
  test::CliResult r;
  if (!process.waitForFinished(120000)) return r;
  r.exit_code = process.exitCode();
  r.out = QString::fromUtf8(process.readAllStandardOutput());
  r.err = QString::fromUtf8(process.readAllStandardError());
  return r;
}

}  // namespace

class TestCliLanguage : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void help_follows_the_locale_data() {
    QTest::addColumn<QString>("variable");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("LANG de") << "LANG" << "de_DE.UTF-8" << "Befehle:";
    QTest::newRow("LC_ALL de") << "LC_ALL" << "de_AT.UTF-8" << "Befehle:";
    QTest::newRow("LC_MESSAGES fr") << "LC_MESSAGES" << "fr_FR.UTF-8" << "commandes :";
    QTest::newRow("LANG ja") << "LANG" << "ja_JP.UTF-8" << "コマンド:";
    QTest::newRow("LANG zh_CN") << "LANG" << "zh_CN.UTF-8" << "命令：";
    QTest::newRow("LANG en") << "LANG" << "en_US.UTF-8" << "commands:";
    QTest::newRow("C") << "LC_ALL" << "C" << "commands:";
  }
  void help_follows_the_locale() {
    QFETCH(QString, variable);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    const auto r = run_in({"--help"}, {{variable, value}});
    QCOMPARE(r.exit_code, 0);
    QVERIFY2(r.out.contains(expected), qPrintable(r.out));
  }

  // gettext's rule: $LANGUAGE picks among languages, but the C locale means English.
  void language_list_wins_except_under_c() {
    auto r = run_in({"--help"}, {{"LANGUAGE", "ja:de"}, {"LANG", "de_DE.UTF-8"}});
    QVERIFY2(r.out.contains("コマンド:"), qPrintable(r.out));
    r = run_in({"--help"}, {{"LANGUAGE", "de"}, {"LC_ALL", "C.UTF-8"}});
    QVERIFY2(r.out.contains("commands:"), qPrintable(r.out));
  }

  // The frame and the core's message inside it are German (core/message.h); the path stays.
  void errors_translate_core_messages() {
    const auto english = run_in({"info", "/nonexistent/model.pt"}, {});
    QVERIFY2(english.err.contains("does not exist"), qPrintable(english.err));
    const auto r = run_in({"info", "/nonexistent/model.pt"}, {{"LANG", "de_DE.UTF-8"}});
    QCOMPARE(r.exit_code, 1);
    QVERIFY2(r.err.startsWith("patchdiff info: Fehler: "), qPrintable(r.err));
    QVERIFY2(r.err.contains("/nonexistent/model.pt") && !r.err.contains("does not exist"), qPrintable(r.err));
  }

  void command_help_is_translated() {
    const auto r = run_in({"sample", "--help"}, {{"LANG", "de_DE.UTF-8"}});
    QCOMPARE(r.exit_code, 0);
    QVERIFY2(r.out.contains("--guidance_scale") && r.out.contains("Classifier-free Guidance"), qPrintable(r.out));
  }
};

QTEST_GUILESS_MAIN(TestCliLanguage)
#include "test_cli_language.moc"
