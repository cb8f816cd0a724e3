// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/window/single_instance.h"

#include <QDataStream>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QStandardPaths>

namespace patchdiff::ui {

// Off by default; QT_LOGGING_RULES="patchdiff.studio.instance.info=true" traces the
// hand-over (tests/ui/test_single_instance.cpp reads it).
Q_LOGGING_CATEGORY(lcInstance, "patchdiff.studio.instance", QtWarningMsg)

namespace {

constexpr quint32 kMagic = 0x50445331;  // "PDS1": a request of this protocol version
constexpr char kAck = '1';
// Generous: the running studio answers from its event loop, which a model load or a
// dialog does not block, but a busy machine may be slow to schedule it.
constexpr int kTimeoutMs = 10000;

QString displayKey() {
  QString key = qEnvironmentVariable("WAYLAND_DISPLAY") + QLatin1Char('-') + qEnvironmentVariable("DISPLAY");
  key.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]")), QStringLiteral("_"));
  return key;
}

}  // namespace

SingleInstance::SingleInstance(QObject* parent) : QObject(parent), m_name(serverName()) {}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverName() {
  const QString name = QStringLiteral("patchdiff-studio") + displayKey();
  // Qt creates the runtime folder (mode 0700) when the variable is unset.
  const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
  if (runtime.isEmpty()) return name + QLatin1Char('-') + qEnvironmentVariable("USER");  // the temp folder
  return QDir(runtime).filePath(name + QStringLiteral(".socket"));
}

bool SingleInstance::isServing() const { return m_server && m_server->isListening(); }

bool SingleInstance::handOffOrServe(const QStringList& files) {
  // Beside the socket (an absolute path), else in the temp folder, where Qt puts the socket.
  const QString lockPath = QDir::isAbsolutePath(m_name) ? m_name + QStringLiteral(".lock")
                                                        : QDir::temp().filePath(m_name + QStringLiteral(".lock"));
  QLockFile lock(lockPath);
  if (!lock.tryLock(kTimeoutMs))
    qCWarning(lcInstance) << "cannot lock" << lock.fileName() << "- going on without it";
  if (handOff(files)) return true;
  serve();
  return false;
}

bool SingleInstance::handOff(const QStringList& files) {
  QLocalSocket socket;
  socket.connectToServer(m_name);
  if (!socket.waitForConnected(kTimeoutMs)) return false;
  QByteArray request;
  QDataStream out(&request, QIODevice::WriteOnly);
  out.setVersion(QDataStream::Qt_6_0);
  out << kMagic << files;
  socket.write(request);
  if (!socket.waitForBytesWritten(kTimeoutMs) || !socket.waitForReadyRead(kTimeoutMs) ||
      socket.read(1) != QByteArray(1, kAck)) {
    qCWarning(lcInstance) << "the running studio at" << m_name << "did not answer; opening a window of our own";
    return false;
  }
  qCInfo(lcInstance) << "handed over" << files;
  return true;
}

void SingleInstance::serve() {
  auto* server = new QLocalServer(this);
  server->setSocketOptions(QLocalServer::UserAccessOption);
  if (!server->listen(m_name)) {
    // Nothing answered at this name (we hold the lock), so the socket is stale: a studio
    // that crashed or was killed left it behind.
    QLocalServer::removeServer(m_name);
    if (!server->listen(m_name)) {
      qCWarning(lcInstance) << "cannot serve at" << m_name << ":" << server->errorString()
                            << "- later starts open windows of their own";
      delete server;
      return;
    }
  }
  m_server = server;
  connect(m_server, &QLocalServer::newConnection, this, [this] {
    while (QLocalSocket* socket = m_server->nextPendingConnection()) {
      connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
      connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readRequest(socket); });
      if (socket->bytesAvailable() > 0) readRequest(socket);
    }
  });
  qCInfo(lcInstance) << "listening on" << m_server->fullServerName();
}

void SingleInstance::readRequest(QLocalSocket* socket) {
  QDataStream in(socket);
  in.setVersion(QDataStream::Qt_6_0);
  in.startTransaction();
  quint32 magic = 0;
  QStringList files;
  in >> magic >> files;
  if (!in.commitTransaction()) return;  // the rest is still on its way
  if (magic != kMagic) {
    qCWarning(lcInstance) << "ignored a request of another version";
    socket->disconnectFromServer();
    return;
  }
  socket->write(QByteArray(1, kAck));
  socket->flush();
  qCInfo(lcInstance) << "received" << files;
  Q_EMIT filesReceived(files);
}

}  // namespace patchdiff::ui
