#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

namespace burnrate::ui {

// Evaluates the budgets off the GUI thread and acts on tiers newly crossed (webhooks, circuit breaker;
// the LiteLLM admin key comes from the keychain, then the source's environment variable), then runs the
// cost-leak detectors over the recent days after new data (sources/leakalerts.h): new High findings are
// notified too. Runs after
// every sync and import, on a timer and on request; a check asked for while one runs is queued once.
class BudgetMonitor : public QObject
{
    Q_OBJECT
public:
    explicit BudgetMonitor(QObject* parent = nullptr);
    void setDatabasePath(const QString& path)
    {
        m_path = path;
    }
    // Budgets only (the timer, the Budgets page's Check now).
    void check();
    // Budgets, then the leak detectors (after a sync or import, and at start-up): a detector run reads every
    // request of the recent days, so it runs when data came in, not on every timer tick.
    void checkAfterNewData();
    bool isRunning() const
    {
        return m_running;
    }

signals:
    // After every check: alerts that tiers asked to notify about (one line each), the failures
    // (webhooks, blocks: never swallowed) and how many alerts nobody acknowledged yet.
    void checked(const QStringList& notifications, const QStringList& failures, int unacknowledged);

private:
    void start();
    QString m_path;
    bool m_running = false;
    bool m_pending = false;
    bool m_leaksWanted = false;
};

} // namespace burnrate::ui
