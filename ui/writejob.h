#pragma once

#include "model/result.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>
#include <functional>

namespace burnrate::ui {

// A short write (save a source, a price override) on the thread pool with its own read-write
// connection; `done` receives the message (empty on success) on `context`'s thread.
inline void runWrite(QObject* context, const QString& databasePath, std::function<QString(burnrate::Database&)> job,
    std::function<void(const QString& error)> done)
{
    const std::string path = databasePath.toStdString();
    // Watcher owned by `context` (see QueryRunner::run for why not QFuture::then(context, ...)).
    auto* watcher = new QFutureWatcher<QString>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done] {
        watcher->deleteLater();
        if (done)
            done(watcher->future().resultCount() > 0 ? watcher->result() : QStringLiteral("cancelled"));
    });
    watcher->setFuture(QtConcurrent::run([path, job]() -> QString {
        try {
            auto db = burnrate::Database::open(path);
            if (!db)
                return QString::fromStdString(db.error().detail);
            return job(**db);
        } catch (const std::exception& e) {
            return QString::fromUtf8(e.what());
        } catch (...) {
            return QCoreApplication::translate("burnrate::ui::QueryRunner", "unexpected error");
        }
    }));
}

} // namespace burnrate::ui
