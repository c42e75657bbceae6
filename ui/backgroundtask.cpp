#include "ui/backgroundtask.h"

#include <QMetaObject>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>

namespace burnrate::ui {

BackgroundTask::BackgroundTask(QObject* parent)
    : QObject(parent)
{
}

BackgroundTask::~BackgroundTask()
{
    cancel();
    waitForFinished();
}

bool BackgroundTask::start(const QString& title, bool cancellable, Job job)
{
    if (m_running)
        return false;
    m_running = true;
    m_title = title;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    emit started(title, cancellable);
    auto cancelFlag = m_cancel;
    // The job outlives nothing: the destructor waits for it, so `this` stays valid in the queued calls.
    m_future = QtConcurrent::run([this, job, cancelFlag, title] {
        Context ctx;
        ctx.cancel = cancelFlag.get();
        ctx.progress = [this](double f, const QString& text) {
            QMetaObject::invokeMethod(
                this, [this, f, text] { emit progress(f, text); }, Qt::QueuedConnection);
        };
        QString summary, error;
        try {
            error = job(ctx, summary);
        } catch (const std::exception& e) {
            error = QString::fromUtf8(e.what());
        } catch (...) {
            error = tr("unexpected error");
        }
        if (error.isEmpty() && cancelFlag->load())
            error = tr("Cancelled");
        QMetaObject::invokeMethod(
            this,
            [this, title, error, summary] {
                m_running = false;
                emit finished(title, error.isEmpty(), error.isEmpty() ? summary : error);
            },
            Qt::QueuedConnection);
    });
    return true;
}

void BackgroundTask::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void BackgroundTask::waitForFinished()
{
    m_future.waitForFinished();
}

} // namespace burnrate::ui
