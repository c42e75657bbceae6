#include "ui/singleinstance.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>
#include <QThread>

namespace burnrate::ui {

namespace {

constexpr char kRaise[] = "raise\n";

QString userName()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user;
}

QString canonical(const QString& databasePath)
{
    // The file may not exist yet (first start): canonicalise its folder instead.
    const QFileInfo fi(databasePath);
    const QString dir = QFileInfo(fi.absolutePath()).canonicalFilePath();
    return (dir.isEmpty() ? fi.absolutePath() : dir) + QLatin1Char('/') + fi.fileName();
}

// Asks the instance listening on `name` to raise its window; true when it acknowledged.
bool askToRaise(const QString& name)
{
    QLocalSocket socket;
    socket.connectToServer(name);
    if (!socket.waitForConnected(500))
        return false;
    socket.write(kRaise);
    if (!socket.waitForBytesWritten(1000))
        return false;
    return socket.waitForReadyRead(2000) && socket.readAll().startsWith("ok");
}

} // namespace

SingleInstance::SingleInstance(QObject* parent)
    : QObject(parent)
{
}

SingleInstance::~SingleInstance()
{
    release();
}

QString SingleInstance::serverName(const QString& databasePath)
{
    const QByteArray key = (userName() + QLatin1Char('\n') + canonical(databasePath)).toUtf8();
    return QStringLiteral("burnrate-")
        + QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(24));
}

void SingleInstance::release()
{
    if (m_server) {
        m_server->close();
        delete m_server;
        m_server = nullptr;
    }
    m_lock.reset();
}

SingleInstance::Claim SingleInstance::claim(const QString& databasePath, int waitMs)
{
    release();
    const QString name = serverName(databasePath);
    QString lockDir = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (lockDir.isEmpty())
        lockDir = QDir::tempPath();
    auto lock = std::make_unique<QLockFile>(QDir(lockDir).filePath(name + QStringLiteral(".lock")));
    // Never stale by age (the owner may run for weeks); a lock whose process is gone is stale at once.
    lock->setStaleLockTime(0);
    const QDeadlineTimer deadline(waitMs);
    while (!lock->tryLock(0)) {
        if (lock->error() != QLockFile::LockFailedError)
            return Claim::Unreachable; // no permission to create the lock: do not block the start
        if (askToRaise(name))
            return Claim::Raised;
        lock->removeStaleLockFile();
        if (deadline.hasExpired())
            return Claim::Unreachable;
        QThread::msleep(100);
    }
    m_lock = std::move(lock);
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    QLocalServer::removeServer(name); // a socket file left behind by a crashed owner (we hold the lock)
    if (!m_server->listen(name))
        qWarning("burnrate: cannot listen on %s: %s", qPrintable(name), qPrintable(m_server->errorString()));
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket* s = m_server->nextPendingConnection()) {
            connect(s, &QLocalSocket::disconnected, s, &QObject::deleteLater);
            connect(s, &QLocalSocket::readyRead, this, [this, s] {
                if (!s->readAll().startsWith(QByteArray(kRaise).trimmed()))
                    return;
                s->write("ok\n");
                s->flush();
                emit raiseRequested();
            });
        }
    });
    return Claim::Claimed;
}

} // namespace burnrate::ui
