#pragma once
// Runs the real burnrate binary as a user (or a cron job) would: headless, no display.

#include <QProcess>
#include <QString>
#include <QStringList>

namespace burnrate::test {

struct Run
{
    int code = -1; // -1: did not finish in time
    QString out, err;
};

inline QProcess* startBurnrate(const QStringList& args, QObject* parent = nullptr)
{
    auto* p = new QProcess(parent);
    p->setProgram(QStringLiteral(BURNRATE_BIN));
    p->setArguments(args);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY")); // headless commands must not need a display
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p->setProcessEnvironment(env);
    p->start();
    return p;
}

inline Run finish(QProcess& p, int timeoutMs = 300000)
{
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return { -1, QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()) };
    }
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, QString::fromUtf8(p.readAllStandardOutput()),
        QString::fromUtf8(p.readAllStandardError()) };
}

inline Run runCli(const QStringList& args, int timeoutMs = 300000)
{
    QProcess* p = startBurnrate(args);
    Run r = finish(*p, timeoutMs);
    delete p;
    return r;
}

} // namespace burnrate::test
