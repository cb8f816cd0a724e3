// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs the patchdiff program built alongside the tests and captures what a user would see.
#include <QProcess>
#include <QString>
#include <QStringList>

namespace patchdiff::test {

struct CliResult {
  int exit_code = -1;
  QString out, err;
};

inline CliResult run_cli(const QStringList& args, const QString& working_dir = {}, int timeout_ms = 600000) {
  QProcess process;
  if (!working_dir.isEmpty()) process.setWorkingDirectory(working_dir);
  process.start(QStringLiteral(PATCHDIFF_CLI_PATH), args);
  CliResult r;
  if (!process.waitForFinished(timeout_ms)) {
    process.kill();
    r.err = "timed out";
    return r;
  }
  r.exit_code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
  r.out = QString::fromUtf8(process.readAllStandardOutput());
  r.err = QString::fromUtf8(process.readAllStandardError());
  return r;
}

inline QStringList to_qt(const std::vector<std::string>& words) {
  QStringList out;
  for (const auto& w : words) out << QString::fromStdString(w);
  return out;
}

}  // namespace patchdiff::test
