#include "ui/sourcesync.h"

#include "sources/poller.h"
#include "store/database.h"
#include "store/pricestore.h"
#include "ui/secrets.h"

namespace burnrate::ui {

QString runSourceSync(
    const QString& databasePath, const QString& sourceName, const BackgroundTask::Context& ctx, QString& summary)
{
    auto db = Database::open(databasePath.toStdString());
    if (!db)
        return QString::fromStdString(db.error().detail);
    auto source = (*db)->source(sourceName.toStdString());
    if (!source)
        return QObject::tr("no source named %1").arg(sourceName);
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
        QString e = QString::fromStdString(out.error);
        if (!keyError.isEmpty())
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
