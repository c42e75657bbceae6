#pragma once

#include <QLockFile>
#include <QObject>
#include <QString>

#include <memory>

QT_BEGIN_NAMESPACE
class QLocalServer;
QT_END_NAMESPACE

namespace burnrate::ui {

// One dashboard per database: the first window to open a database claims it (a lock file, and a local
// socket named after the database's canonical path and the user); a second launch on the same database
// asks the first to raise its window and exits. Another database, or another user, is another instance.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    enum class Claim
    {
        Claimed, // this process owns the database now
        Raised, // another process owns it and was asked to show its window
        Unreachable, // another process holds the lock but did not answer (it may be starting or hung)
    };

    explicit SingleInstance(QObject* parent = nullptr);
    ~SingleInstance() override;

    // Claims `databasePath`, giving up a previous claim of this object. `waitMs`: how long to keep asking
    // a lock holder that has not opened its socket yet (it may have just started).
    Claim claim(const QString& databasePath, int waitMs = 3000);
    // The socket's name for a database (tests; stable across processes of one user).
    static QString serverName(const QString& databasePath);

signals:
    // A second launch on this database asked for the window.
    void raiseRequested();

private:
    void release();

    std::unique_ptr<QLockFile> m_lock;
    QLocalServer* m_server = nullptr;
};

} // namespace burnrate::ui
