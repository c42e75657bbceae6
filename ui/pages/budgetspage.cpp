#include "ui/pages/budgetspage.h"

#include "sources/budgetalerts.h"
#include "ui/charts/linechart.h"
#include "ui/dialogs/budgetdialog.h"
#include "ui/format.h"
#include "ui/models/alerttablemodel.h"
#include "ui/queryrunner.h"
#include "ui/secrets.h"
#include "ui/widgets/budgetgauge.h"
#include "ui/widgets/tables.h"
#include "ui/writejob.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cstdlib>

namespace burnrate::ui {

namespace {

struct BudgetsData
{
    std::vector<BudgetStatus> statuses;
    std::vector<std::string> problems; // budgets that could not be evaluated
    std::vector<BudgetAlert> alerts;
    std::vector<AuditEntry> blocked;
    std::vector<std::string> capSources;
};

double ms(Epoch t)
{
    return double(t) * 1000.0;
}

} // namespace

BudgetsPage::BudgetsPage(DashboardState* state, QWidget* parent)
    : Page(state, parent)
    , m_alerts(new AlertTableModel(this))
{
    auto* bar = new QHBoxLayout;
    auto* add = new QPushButton(tr("&Add budget..."), this);
    m_edit = new QPushButton(tr("&Edit..."), this);
    m_remove = new QPushButton(tr("&Remove"), this);
    auto* check = new QPushButton(tr("&Check now"), this);
    check->setToolTip(tr("Evaluate every budget now and act on tiers crossed (notifications, webhooks, "
                         "circuit breaker). This also happens after every sync and import and every 5 minutes."));
    for (auto* b : { add, m_edit, m_remove, check })
        bar->addWidget(b);
    bar->addStretch(1);
    body()->addLayout(bar);
    connect(add, &QPushButton::clicked, this, &BudgetsPage::addBudget);
    connect(m_edit, &QPushButton::clicked, this, &BudgetsPage::editSelected);
    connect(m_remove, &QPushButton::clicked, this, &BudgetsPage::removeSelected);
    connect(check, &QPushButton::clicked, this, &BudgetsPage::checkRequested);

    m_problems = new QLabel(this);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #d03030"));
    m_problems->hide();
    body()->addWidget(m_problems);

    auto* split = new QSplitter(Qt::Horizontal, this);
    auto* scroll = new QScrollArea(split);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_gaugeBox = new QWidget(scroll);
    m_gauges = new QVBoxLayout(m_gaugeBox);
    m_gauges->setContentsMargins(0, 0, 6, 0);
    m_gauges->setSpacing(6);
    m_empty = new QLabel(tr("No budgets yet.\n\nAdd one to be warned at 60% (notify), 85% (escalate) and "
                            "100% (hard cap) of what a team, tenant, model or everything may spend in a "
                            "day, week, month, quarter or date range."),
        m_gaugeBox);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_gauges->addWidget(m_empty);
    m_gauges->addStretch(1);
    scroll->setWidget(m_gaugeBox);
    scroll->setMinimumWidth(340);
    m_chartBox = new QGroupBox(tr("Burn-down"), split);
    auto* chartLay = new QVBoxLayout(m_chartBox);
    chartLay->setContentsMargins(4, 4, 4, 4);
    m_chart = new LineChart(m_chartBox);
    m_chart->setMinimumHeight(220);
    chartLay->addWidget(m_chart);
    split->addWidget(scroll);
    split->addWidget(m_chartBox);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({ 520, 560 });
    body()->addWidget(split, 3);

    auto* tabs = new QTabWidget(this);
    auto* alertsTab = new QWidget(tabs);
    auto* al = new QVBoxLayout(alertsTab);
    al->setContentsMargins(4, 4, 4, 4);
    m_alertView = makeTableView(m_alerts, AlertTableModel::SortRole, alertsTab);
    m_alertView->setAccessibleName(tr("Budget alerts"));
    m_alertView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_alertView->horizontalHeader()->setSectionResizeMode(AlertTableModel::Outcome, QHeaderView::Stretch);
    m_alertView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    al->addWidget(m_alertView);
    auto* ackRow = new QHBoxLayout;
    m_ack = new QPushButton(tr("Ac&knowledge selected"), alertsTab);
    m_ackAll = new QPushButton(tr("Acknowledge &all"), alertsTab);
    ackRow->addWidget(m_ack);
    ackRow->addWidget(m_ackAll);
    ackRow->addStretch(1);
    al->addLayout(ackRow);
    connect(m_ack, &QPushButton::clicked, this, [this] { acknowledge(false); });
    connect(m_ackAll, &QPushButton::clicked, this, [this] { acknowledge(true); });
    tabs->addTab(alertsTab, tr("Alert history"));

    auto* breakerTab = new QWidget(tabs);
    auto* bl = new QVBoxLayout(breakerTab);
    bl->setContentsMargins(4, 4, 4, 4);
    m_blockedView = new QTableWidget(0, 5, breakerTab);
    m_blockedView->setTabKeyNavigation(false); // Tab leaves the table
    m_blockedView->setHorizontalHeaderLabels(
        { tr("Blocked since"), tr("Budget"), tr("Team or key"), tr("Through"), tr("Proxy's answer") });
    m_blockedView->horizontalHeader()->setStretchLastSection(true);
    m_blockedView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_blockedView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_blockedView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_blockedView->verticalHeader()->hide();
    bl->addWidget(m_blockedView);
    auto* unRow = new QHBoxLayout;
    m_unblock = new QPushButton(tr("&Unblock"), breakerTab);
    m_unblock->setToolTip(tr("Lift the block through the proxy's admin API (audited)"));
    unRow->addWidget(m_unblock);
    unRow->addStretch(1);
    bl->addLayout(unRow);
    connect(m_unblock, &QPushButton::clicked, this, &BudgetsPage::unblockSelected);
    tabs->addTab(breakerTab, tr("Circuit breaker"));
    body()->addWidget(tabs, 2);
    select(-1);
}

void BudgetsPage::setDark(bool dark)
{
    Page::setDark(dark);
    m_chart->setDark(dark);
}

void BudgetsPage::doRefresh()
{
    const Epoch now = state()->now();
    runner()->run<BudgetsData>(
        [now](Database& db) -> Result<BudgetsData> {
            BudgetsData d;
            auto budgets = listBudgets(db);
            if (!budgets)
                return budgets.error();
            CostQueries q(db);
            for (const Budget& b : *budgets) {
                auto st = evaluateBudget(q, b, now);
                if (st)
                    d.statuses.push_back(std::move(*st));
                else
                    d.problems.push_back(b.name + ": " + st.error().detail);
            }
            auto alerts = listAlerts(db, 500);
            if (!alerts)
                return alerts.error();
            d.alerts = std::move(*alerts);
            auto blocked = blockedTargets(db);
            if (!blocked)
                return blocked.error();
            d.blocked = std::move(*blocked);
            for (const SourceInfo& s : db.sources())
                if (s.type == "litellm")
                    d.capSources.push_back(s.name);
            return d;
        },
        [this](const QueryOutcome<BudgetsData>& out) {
            if (!out.value) {
                showError(tr("The budgets could not be loaded: %1").arg(out.error));
                return;
            }
            const BudgetsData& d = *out.value;
            std::string selectedName = m_selected >= 0 && m_selected < int(m_statuses.size())
                ? m_statuses[std::size_t(m_selected)].budget.name
                : std::string();
            m_statuses = d.statuses;
            m_blocked = d.blocked;
            m_capSources.clear();
            for (const auto& s : d.capSources)
                m_capSources << QString::fromStdString(s);
            QStringList problems;
            for (const auto& p : d.problems)
                problems << QString::fromStdString(p);
            m_problems->setText(
                problems.isEmpty() ? QString() : tr("Not evaluated: %1").arg(problems.join(QStringLiteral("; "))));
            m_problems->setVisible(!problems.isEmpty());

            qDeleteAll(m_gaugeWidgets);
            m_gaugeWidgets.clear();
            // Nearest to (or furthest over) its budget first.
            std::vector<std::size_t> order(m_statuses.size());
            for (std::size_t i = 0; i < order.size(); ++i)
                order[i] = i;
            std::stable_sort(order.begin(), order.end(),
                [this](auto a, auto b) { return m_statuses[a].projectedUsed() > m_statuses[b].projectedUsed(); });
            std::vector<BudgetStatus> sorted;
            for (auto i : order)
                sorted.push_back(m_statuses[i]);
            m_statuses = std::move(sorted);
            int keep = -1;
            for (int i = 0; i < int(m_statuses.size()); ++i) {
                auto* g = new BudgetGauge(m_gaugeBox);
                g->setStatus(m_statuses[std::size_t(i)]);
                m_gauges->insertWidget(m_gauges->count() - 1, g);
                m_gaugeWidgets << g;
                connect(g, &BudgetGauge::clicked, this, [this, i] { select(i); });
                connect(g, &BudgetGauge::doubleClicked, this, [this, i] {
                    select(i);
                    editSelected();
                });
                if (m_statuses[std::size_t(i)].budget.name == selectedName)
                    keep = i;
            }
            m_empty->setVisible(m_statuses.empty());
            m_alerts->setRows(d.alerts);
            m_ackAll->setEnabled(m_alerts->unacknowledged() > 0);
            m_ack->setEnabled(m_alerts->unacknowledged() > 0);

            m_blockedView->setRowCount(int(m_blocked.size()));
            for (int r = 0; r < int(m_blocked.size()); ++r) {
                const AuditEntry& e = m_blocked[std::size_t(r)];
                const QStringList cells { formatDateTime(e.ts), QString::fromStdString(e.budgetName),
                    QStringLiteral("%1 %2").arg(QString::fromStdString(e.targetKind), QString::fromStdString(e.target)),
                    QString::fromStdString(e.source), QString::fromStdString(e.detail) };
                for (int c = 0; c < cells.size(); ++c)
                    m_blockedView->setItem(r, c, new QTableWidgetItem(cells[c]));
            }
            m_unblock->setEnabled(!m_blocked.empty());
            select(keep >= 0 ? keep : (m_statuses.empty() ? -1 : 0));
            emit statusMessage(QString());
        });
}

void BudgetsPage::select(int index)
{
    m_selected = index;
    for (int i = 0; i < m_gaugeWidgets.size(); ++i)
        m_gaugeWidgets[i]->setSelected(i == index);
    m_edit->setEnabled(index >= 0);
    m_remove->setEnabled(index >= 0);
    showBurnDown();
}

void BudgetsPage::showBurnDown()
{
    if (m_selected < 0 || m_selected >= int(m_statuses.size())) {
        m_chartBox->setTitle(tr("Burn-down"));
        m_chart->showMessage(
            m_statuses.empty() ? tr("Add a budget to see its burn-down here.") : tr("Select a budget."));
        return;
    }
    const BudgetStatus& s = m_statuses[std::size_t(m_selected)];
    const Forecast& f = s.forecast;
    m_chartBox->setTitle(tr("Burn-down: %1, %2")
                             .arg(QString::fromStdString(s.budget.name),
                                 ui::describePeriod(s.budget.period, s.periodStart, s.periodEnd)));
    const double amount = toUsd(s.budget.amount);
    LineChart::Line ideal { tr("Ideal pace"), { { ms(s.periodStart), 0.0 }, { ms(s.periodEnd), amount } } };
    LineChart::Line budget { tr("Budget"), { { ms(s.periodStart), amount }, { ms(s.periodEnd), amount } } };
    LineChart::Line actual { tr("Spent"), { { ms(s.periodStart), 0.0 } } };
    const Epoch asOf = std::min(f.asOf, s.periodEnd);
    for (std::size_t i = 0; i < f.actualCumulative.size(); ++i) {
        const Epoch end = std::min<Epoch>(s.periodStart + Epoch(i + 1) * kSecondsPerDay, asOf);
        actual.points << QPointF(ms(end), toUsd(f.actualCumulative[i]));
    }
    LineChart::Line forecast { tr("Forecast"), {} };
    if (asOf < s.periodEnd) {
        forecast.points << QPointF(ms(asOf), toUsd(f.spent));
        for (std::size_t i = f.actualCumulative.empty() ? 0 : f.actualCumulative.size() - 1;
             i < f.projectedCumulative.size(); ++i)
            forecast.points << QPointF(
                ms(s.periodStart + Epoch(i + 1) * kSecondsPerDay), toUsd(f.projectedCumulative[i]));
    }
    QList<LineChart::Line> lines { actual, forecast, ideal, budget };
    if (forecast.points.isEmpty())
        lines.removeAt(1);
    m_chart->setData(lines, ValueKind::Money, tr("Cumulative spend (%1)").arg(currencyUnit()));
}

void BudgetsPage::write(std::function<QString(Database&)> job, const QString& done)
{
    runWrite(this, state()->databasePath(), std::move(job), [this, done](const QString& error) {
        if (!error.isEmpty()) {
            showError(error);
            return;
        }
        clearError();
        emit statusMessage(done);
        refresh();
        emit checkRequested();
    });
}

void BudgetsPage::addBudget()
{
    openDialog(nullptr);
}

void BudgetsPage::editSelected()
{
    if (m_selected >= 0 && m_selected < int(m_statuses.size()))
        openDialog(&m_statuses[std::size_t(m_selected)].budget);
}

void BudgetsPage::openDialog(const Budget* existing)
{
    auto* dlg = new BudgetDialog(state()->databasePath(), m_capSources, state()->chips(), state()->now(), this);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    if (existing)
        dlg->setBudget(*existing);
    connect(dlg, &QDialog::accepted, this, [this, dlg] {
        const Budget b = dlg->budget();
        const bool isNew = b.id == 0;
        write(
            [b, isNew](Database& db) -> QString {
                if (isNew) {
                    auto id = burnrate::addBudget(db, b);
                    return id ? QString() : QString::fromStdString(id.error().detail);
                }
                auto r = updateBudget(db, b);
                return r ? QString() : QString::fromStdString(r.error().detail);
            },
            isNew ? tr("Budget '%1' added").arg(QString::fromStdString(b.name))
                  : tr("Budget '%1' saved").arg(QString::fromStdString(b.name)));
    });
    dlg->open();
}

void BudgetsPage::removeSelected()
{
    if (m_selected < 0 || m_selected >= int(m_statuses.size()))
        return;
    const std::string name = m_statuses[std::size_t(m_selected)].budget.name;
    auto* box = new QMessageBox(QMessageBox::Question, tr("Remove budget"),
        tr("Remove the budget '%1' and its alert history? Blocks its circuit breaker made stay in place "
           "(lift them on the Circuit breaker tab).")
            .arg(QString::fromStdString(name)),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::accepted, this, [this, name] {
        write(
            [name](Database& db) -> QString {
                auto r = removeBudget(db, name);
                return r ? QString() : QString::fromStdString(r.error().detail);
            },
            tr("Budget '%1' removed").arg(QString::fromStdString(name)));
    });
    box->open();
}

void BudgetsPage::acknowledge(bool all)
{
    std::vector<std::int64_t> ids;
    if (!all)
        for (const QModelIndex& i : m_alertView->selectionModel()->selectedRows())
            if (const BudgetAlert* a = m_alerts->alertAt(sourceRow(m_alertView, i)))
                ids.push_back(a->id);
    if (!all && ids.empty()) {
        emit statusMessage(tr("Select the alerts to acknowledge first"));
        return;
    }
    const Epoch now = state()->now();
    write(
        [all, ids, now](Database& db) -> QString {
            if (all) {
                auto r = acknowledgeAlerts(db, std::nullopt, now);
                return r ? QString() : QString::fromStdString(r.error().detail);
            }
            for (auto id : ids)
                if (auto r = acknowledgeAlerts(db, id, now); !r)
                    return QString::fromStdString(r.error().detail);
            return {};
        },
        tr("Alerts acknowledged"));
}

void BudgetsPage::unblockSelected()
{
    const int row = m_blockedView->currentRow();
    if (row < 0 || row >= int(m_blocked.size())) {
        emit statusMessage(tr("Select a blocked team or key first"));
        return;
    }
    const AuditEntry e = m_blocked[std::size_t(row)];
    const QString analyst = QSettings().value(QStringLiteral("settings/analyst")).toString();
    runWrite(
        this, state()->databasePath(),
        [e, analyst](Database& db) -> QString {
            AlertOptions o;
            o.actor = analyst.isEmpty() ? std::string("burnrate") : "burnrate (" + analyst.toStdString() + ")";
            o.secretFor = [](const SourceInfo& s) {
                return secrets::forSource(s.name, s.keyEnv);
            };
            auto r = setLiteLLMBlocked(db, e.source, e.targetKind, e.target, false, e.budgetName, o);
            if (!r)
                return QString::fromStdString(r.error().detail);
            return r->ok ? QString() : QString::fromStdString(r->detail);
        },
        [this, e](const QString& error) {
            refresh();
            if (!error.isEmpty()) {
                // Loud: the team or key is still blocked.
                showError(tr("Unblocking %1 %2 failed: %3")
                              .arg(QString::fromStdString(e.targetKind), QString::fromStdString(e.target), error));
                return;
            }
            emit statusMessage(
                tr("Unblocked %1 %2").arg(QString::fromStdString(e.targetKind), QString::fromStdString(e.target)));
        });
}

} // namespace burnrate::ui
