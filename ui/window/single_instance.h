// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One running studio per user and display. A later start hands its files to the running
// one through a local socket (in the user's runtime folder) and exits; the running one
// opens them as File > Open does and raises its window. `--new-instance` opts out.
#include <QLoggingCategory>
#include <QObject>
#include <QStringList>

class QLocalServer;
class QLocalSocket;

namespace patchdiff::ui {

Q_DECLARE_LOGGING_CATEGORY(lcInstance)

class SingleInstance : public QObject {
  Q_OBJECT

 public:
  explicit SingleInstance(QObject* parent = nullptr);
  ~SingleInstance() override;

  // The socket's full name: per user (in $XDG_RUNTIME_DIR, which is the user's alone) and
  // per display ($WAYLAND_DISPLAY, $DISPLAY), so two sessions of one user get a studio each.
  static QString serverName();

  // Claims the instance: sends `files` (absolute paths) to a running studio and returns
  // true once it confirmed them; else (none runs, or it does not answer) starts serving
  // in its place, replacing a socket that a crashed studio left behind, and returns false.
  // A lock file keeps two starts at the same moment from both serving.
  bool handOffOrServe(const QStringList& files);

  bool isServing() const;

 Q_SIGNALS:
  // Files a later start handed over (maybe none: it asks to raise the window).
  void filesReceived(const QStringList& files);

 private:
  bool handOff(const QStringList& files);
  void serve();
  void readRequest(QLocalSocket* socket);

  QString m_name;
  QLocalServer* m_server = nullptr;
};

}  // namespace patchdiff::ui
