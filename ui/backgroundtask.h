#pragma once

#include <QFuture>
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace burnrate::ui {

// Runs one long write job at a time (log import, price import, source sync) on the thread pool.
// The job reports progress (0..1, or < 0 when unknown) through a callback that is safe to call from
// the worker: values are queued to this object's thread. Cancel sets a flag the job may poll.
class BackgroundTask : public QObject
{
    Q_OBJECT
public:
    struct Context
    {
        std::function<void(double fraction, const QString& text)> progress;
        const std::atomic<bool>* cancel = nullptr;
    };
    // Returns an error text, empty on success; `summary` receives what to tell the user.
    using Job = std::function<QString(const Context& ctx, QString& summary)>;

    explicit BackgroundTask(QObject* parent = nullptr);
    ~BackgroundTask() override;

    bool isRunning() const
    {
        return m_running;
    }
    QString title() const
    {
        return m_title;
    }
    // False when another job is running.
    bool start(const QString& title, bool cancellable, Job job);
    void cancel();
    // Blocks until the running job (if any) ends: for shutdown only.
    void waitForFinished();

signals:
    void started(const QString& title, bool cancellable);
    void progress(double fraction, const QString& text);
    void finished(const QString& title, bool ok, const QString& message);

private:
    bool m_running = false;
    QString m_title;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QFuture<void> m_future;
};

} // namespace burnrate::ui
