#include "ui/sourcesync.h"

#include "sources/poller.h"
#include "sources/sourcetypes.h"
#include "store/database.h"
#include "store/pricestore.h"
#include "ui/secrets.h"

#include <cstdlib>

namespace burnrate::ui {

bool canSync(const std::string& sourceType)
{
    return findSourceType(sourceType) != nullptr;
}

QString guiSourceError(const QString& error)
{
    if (error.startsWith(QLatin1String("no API key"))) {
        const qsizetype var = error.indexOf(QLatin1String("environment variable "));
        if (var >= 0)
            return QObject::tr("no API key (%1): enter the key in the source's Edit dialog").arg(error.mid(var));
        return QObject::tr("no API key: enter the key in the source's Edit dialog");
    }
    if (error.startsWith(QLatin1String("no AWS credentials")))
        return QObject::tr("no AWS credentials: enter ACCESS_KEY_ID:SECRET_ACCESS_KEY in the source's Edit dialog, "
                           "set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or give the source a profile");
    QString e = error;
    e.replace(QLatin1String("--key-env"), QObject::tr("the Key variable field"));
    return e;
}

QString runSourceSync(
    const QString& databasePath, const QString& sourceName, const BackgroundTask::Context& ctx, QString& summary)
{
    auto db = Database::open(databasePath.toStdString());
    if (!db)
        return QString::fromStdString(db.error().detail);
    auto source = (*db)->source(sourceName.toStdString());
    if (!source)
        return QObject::tr("no source named %1").arg(sourceName);
    if (!canSync(source->type))
        return QObject::tr("%1 is a %2 source: its data is imported, it cannot be polled")
            .arg(sourceName, QString::fromStdString(source->type));
    auto book = loadPriceBook(**db);
    if (!book)
        return QString::fromStdString(book.error().detail);
    ctx.progress(-1, QObject::tr("Reading the key of %1\u2026").arg(sourceName));
    QString keyError;
    PollOptions options;
    options.secret = secrets::readBlocking(sourceName, 5000, &keyError).toStdString();
    ctx.progress(-1, QObject::tr("Syncing %1\u2026").arg(sourceName));
    const PollOutcome out = pollSource(
        **db, *book, *source, options,
        [&ctx](const PollProgress& p) {
            ctx.progress(p.fraction,
                QObject::tr("%1: %2 pages, %3 rows").arg(QString::fromStdString(p.source)).arg(p.pages).arg(p.rows));
        },
        ctx.cancel);
    if (!out.ok) {
        QString e = guiSourceError(QString::fromStdString(out.error));
        // The keychain's trouble matters only when no key came from anywhere else.
        const char* env = source->keyEnv.empty() ? nullptr : std::getenv(source->keyEnv.c_str());
        if (!keyError.isEmpty() && options.secret.empty() && !(env && *env))
            e += QObject::tr(" (keychain: %1)").arg(keyError);
        return e;
    }
    summary = QObject::tr("%1 synced: %2 pages, %3 new rows, %4 updated")
                  .arg(sourceName)
                  .arg(out.pages)
                  .arg(out.inserted)
                  .arg(out.updated);
    return {};
}

} // namespace burnrate::ui
