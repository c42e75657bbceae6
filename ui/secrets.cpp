#include "ui/secrets.h"

#include <QEventLoop>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <cstdlib>

namespace burnrate::ui::secrets {

QString keychainService()
{
    return QStringLiteral("burnrate");
}

QString keyFor(const QString& sourceName)
{
    return QStringLiteral("source/") + sourceName;
}

void store(
    const QString& sourceName, const QString& secret, QObject* context, std::function<void(const QString& error)> done)
{
    auto* job = new QKeychain::WritePasswordJob(keychainService());
    job->setAutoDelete(true);
    job->setKey(keyFor(sourceName));
    job->setTextData(secret);
    QObject::connect(job, &QKeychain::Job::finished, context, [done](QKeychain::Job* j) {
        if (done)
            done(j->error() == QKeychain::NoError ? QString() : j->errorString());
    });
    job->start();
}

void remove(const QString& sourceName)
{
    auto* job = new QKeychain::DeletePasswordJob(keychainService());
    job->setAutoDelete(true);
    job->setKey(keyFor(sourceName));
    job->start();
}

void probe(const QString& sourceName, QObject* context, std::function<void(bool stored, const QString& error)> done)
{
    auto* job = new QKeychain::ReadPasswordJob(keychainService());
    job->setAutoDelete(true);
    job->setKey(keyFor(sourceName));
    QObject::connect(job, &QKeychain::Job::finished, context, [done](QKeychain::Job* j) {
        if (!done)
            return;
        if (j->error() == QKeychain::NoError)
            done(!static_cast<QKeychain::ReadPasswordJob*>(j)->textData().isEmpty(), QString());
        else
            done(false, j->error() == QKeychain::EntryNotFound ? QString() : j->errorString());
    });
    job->start();
}

QString readBlocking(const QString& sourceName, int timeoutMs, QString* error)
{
    auto* job = new QKeychain::ReadPasswordJob(keychainService());
    job->setAutoDelete(false);
    job->setKey(keyFor(sourceName));
    QEventLoop loop;
    bool done = false;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&] {
        done = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    job->start();
    loop.exec();
    QString result;
    if (!done) {
        if (error)
            *error = QObject::tr("the keychain did not answer within %1 s").arg(timeoutMs / 1000);
        // The job may still complete later; let it delete itself then.
        job->setAutoDelete(true);
        return {};
    }
    if (job->error() == QKeychain::NoError)
        result = job->textData();
    else if (error && job->error() != QKeychain::EntryNotFound)
        *error = job->errorString();
    job->deleteLater();
    return result;
}

std::string forSource(const std::string& sourceName, const std::string& keyEnv)
{
    const QString key = readBlocking(QString::fromStdString(sourceName), 5000);
    if (!key.isEmpty())
        return key.toStdString();
    const char* v = keyEnv.empty() ? nullptr : std::getenv(keyEnv.c_str());
    return v ? v : "";
}

} // namespace burnrate::ui::secrets
