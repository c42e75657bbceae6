#pragma once

#include "model/result.h"
#include "store/database.h"

#include <QFuture>
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
        QFuture<QueryOutcome<T>> f = QtConcurrent::run([path, job]() -> QueryOutcome<T> {
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
                out.error = QStringLiteral("unexpected error");
            }
            return out;
        });
        f.then(this, [this, gen, done](const QueryOutcome<T>& out) {
             const bool current = gen == m_generation;
             if (current)
                 done(out);
             end();
         }).onFailed(this, [this] { end(); });
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
