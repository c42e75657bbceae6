#pragma once

#include "model/result.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>
#include <functional>
#include <memory>

namespace burnrate::ui {

// What a worker job hands back to the GUI thread: a value or a one-line error.
template <typename T> struct QueryOutcome
{
    std::shared_ptr<T> value;
    QString error;
};

// Runs engine queries on the thread pool, each with its own read-only connection, and delivers
// only the newest result: a generation counter drops results that a newer request superseded.
// Reports busy after 150 ms so quick queries never flash an indicator.
class QueryRunner : public QObject
{
    Q_OBJECT
public:
    explicit QueryRunner(QObject* parent = nullptr);
    ~QueryRunner() override;

    void setDatabasePath(const QString& path)
    {
        m_path = path;
    }
    QString databasePath() const
    {
        return m_path;
    }
    bool isIdle() const
    {
        return m_inFlight == 0;
    }
    quint64 generation() const
    {
        return m_generation;
    }
    // Makes results of requests already in flight stale.
    void invalidate()
    {
        ++m_generation;
    }

    // job: Result<T>(Database&) on a worker thread; done: void(const QueryOutcome<T>&) on this thread.
    template <typename T, typename Job, typename Done> void run(Job job, Done done)
    {
        const quint64 gen = ++m_generation;
        begin();
        const std::string path = m_path.toStdString();
        // A QFutureWatcher owned by this runner, not QFuture::then(this, ...): in Qt 6.4 a `then`
        // continuation whose context died before the job finished asserts (debug) or posts to a null
        // object. A destroyed watcher simply never reports.
        auto* watcher = new QFutureWatcher<QueryOutcome<T>>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, gen, done] {
            watcher->deleteLater();
            if (gen == m_generation && watcher->future().resultCount() > 0)
                done(watcher->result());
            end();
        });
        watcher->setFuture(QtConcurrent::run([path, job]() -> QueryOutcome<T> {
            QueryOutcome<T> out;
            try {
                auto db = burnrate::Database::open(path, burnrate::Database::Mode::ReadOnly);
                if (!db) {
                    out.error = QString::fromStdString(db.error().detail);
                    return out;
                }
                burnrate::Result<T> r = job(**db);
                if (!r)
                    out.error = QString::fromStdString(r.error().detail);
                else
                    out.value = std::make_shared<T>(std::move(r).value());
            } catch (const std::exception& e) {
                out.error = QString::fromUtf8(e.what());
            } catch (...) {
                out.error = QCoreApplication::translate("burnrate::ui::QueryRunner", "unexpected error");
            }
            return out;
        }));
    }

signals:
    void busyChanged(bool busy);
    // Every request dispatched so far has delivered (or been dropped).
    void idle();

private:
    void begin();
    void end();

    QString m_path;
    quint64 m_generation = 0;
    int m_inFlight = 0;
    bool m_busyShown = false;
    QTimer m_busyTimer;
};

} // namespace burnrate::ui
