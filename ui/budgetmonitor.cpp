#include "ui/budgetmonitor.h"

#include "sources/budgetalerts.h"
#include "sources/leakalerts.h"
#include "store/database.h"
#include "ui/secrets.h"

#include <QFutureWatcher>
#include <QSettings>
#include <QtConcurrent/QtConcurrentRun>

#include <cstdlib>
#include <exception>

namespace burnrate::ui {

namespace {

struct CheckOutcome
{
    QStringList notifications, failures;
    int unacknowledged = 0;
};

} // namespace

BudgetMonitor::BudgetMonitor(QObject* parent)
    : QObject(parent)
{
}

void BudgetMonitor::check()
{
    if (m_path.isEmpty())
        return;
    if (m_running) {
        m_pending = true;
        return;
    }
    start();
}

void BudgetMonitor::checkAfterNewData()
{
    m_leaksWanted = true;
    check();
}

void BudgetMonitor::start()
{
    m_running = true;
    m_pending = false;
    const bool leaks = m_leaksWanted;
    m_leaksWanted = false;
    const std::string path = m_path.toStdString();
    const QString analyst = QSettings().value(QStringLiteral("settings/analyst")).toString();
    auto* watcher = new QFutureWatcher<CheckOutcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_running = false;
        if (watcher->future().resultCount() > 0) {
            const CheckOutcome o = watcher->result();
            emit checked(o.notifications, o.failures, o.unacknowledged);
        }
        if (m_pending)
            start();
    });
    watcher->setFuture(QtConcurrent::run([path, analyst, leaks]() -> CheckOutcome {
        CheckOutcome out;
        try {
            auto db = Database::open(path);
            if (!db) {
                out.failures << QString::fromStdString(db.error().detail);
                return out;
            }
            AlertOptions o;
            o.actor = analyst.isEmpty() ? std::string("burnrate") : "burnrate (" + analyst.toStdString() + ")";
            o.secretFor = [](const SourceInfo& s) {
                return secrets::forSource(s.name, s.keyEnv);
            };
            auto r = checkBudgets(**db, o);
            if (!r) {
                out.failures << QString::fromStdString(r.error().detail);
                return out;
            }
            for (const auto& f : r->fired)
                if (f.notify)
                    out.notifications << QString::fromStdString(f.text);
            for (const auto& e : r->errors)
                out.failures << QString::fromStdString(e);
            // The leak detectors over the recent days: new High findings reach the same channels (webhooks in
            // checkLeaks, the tray through `notifications`).
            if (leaks) {
                if (auto found = checkLeaks(**db, o)) {
                    for (const auto& a : found->alerts)
                        out.notifications << QString::fromStdString(a);
                    for (const auto& e : found->errors)
                        out.failures << QString::fromStdString(e);
                } else {
                    out.failures << QString::fromStdString(found.error().detail);
                }
            }
            if (auto un = listAlerts(**db, 1000, true))
                out.unacknowledged = int(un->size());
        } catch (const std::exception& e) {
            out.failures << QString::fromUtf8(e.what());
        }
        return out;
    }));
}

} // namespace burnrate::ui
