#include "ui/dialogs/budgetdialog.h"

#include "analytics/budgets.h"
#include "ui/dashboardstate.h"
#include "ui/format.h"
#include "ui/queryrunner.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

namespace burnrate::ui {

namespace {

struct Preview
{
    Lens lens = Lens::Attribution;
    Totals current, previous;
    Epoch from = 0, to = 0, prevFrom = 0, prevTo = 0;
};

QDate toDate(Epoch t)
{
    return QDateTime::fromSecsSinceEpoch(t, QTimeZone::utc()).date();
}

Epoch fromDate(const QDate& d)
{
    return QDateTime(d, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
}

} // namespace

BudgetDialog::BudgetDialog(const QString& databasePath, const QStringList& capSources, const QList<FilterChip>& chips,
    Epoch now, QWidget* parent)
    : QDialog(parent)
    , m_runner(new QueryRunner(this))
    , m_debounce(new QTimer(this))
    , m_now(now)
{
    setWindowTitle(tr("Budget"));
    m_runner->setDatabasePath(databasePath);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &BudgetDialog::runPreview);

    auto* form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("e.g. Search team, monthly"));
    form->addRow(tr("&Name:"), m_name);
    m_amount = new QLineEdit(this);
    m_amount->setPlaceholderText(tr("USD, e.g. 2500"));
    form->addRow(tr("&Amount (USD):"), m_amount);
    m_period = new QComboBox(this);
    m_period->addItem(tr("Daily"), int(BudgetPeriod::Daily));
    m_period->addItem(tr("Weekly (Monday to Sunday, UTC)"), int(BudgetPeriod::Weekly));
    m_period->addItem(tr("Monthly"), int(BudgetPeriod::Monthly));
    m_period->addItem(tr("Quarterly"), int(BudgetPeriod::Quarterly));
    m_period->addItem(tr("Date range"), int(BudgetPeriod::Range));
    m_period->setCurrentIndex(2);
    form->addRow(tr("&Period:"), m_period);
    auto* range = new QHBoxLayout;
    m_from = new QDateEdit(toDate(floorMonth(now)), this);
    m_to = new QDateEdit(toDate(addMonths(floorMonth(now), 1) - kSecondsPerDay), this);
    for (auto* d : { m_from, m_to }) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    range->addWidget(m_from);
    range->addWidget(new QLabel(tr("to"), this));
    range->addWidget(m_to);
    auto* rangeLabel = new QLabel(tr("&Date range:"), this);
    rangeLabel->setBuddy(m_from);
    form->addRow(rangeLabel, range);
    auto* scopeRow = new QHBoxLayout;
    m_scope = new QLineEdit(this);
    m_scope->setPlaceholderText(tr("everything, or e.g. team=search,env=prod"));
    m_scope->setToolTip(tr("Dimension=value pairs separated by commas. Values of one dimension are "
                           "alternatives; different dimensions must all match. Dimensions: provider, model, "
                           "tenant, team, project, env, user, api_key, prompt, prompt_version, tag:NAME."));
    scopeRow->addWidget(m_scope, 1);
    auto* useChips = new QPushButton(tr("Use current filters"), this);
    useChips->setEnabled(!chips.isEmpty());
    useChips->setToolTip(tr("The filter chips of the dashboard as the scope"));
    connect(useChips, &QPushButton::clicked, this, [this, chips] {
        QStringList terms;
        for (const auto& c : chips)
            terms << c.axis + QLatin1Char('=') + c.value;
        m_scope->setText(terms.join(QLatin1Char(',')));
    });
    scopeRow->addWidget(useChips);
    auto* scopeLabel = new QLabel(tr("&Scope:"), this);
    scopeLabel->setBuddy(m_scope);
    form->addRow(scopeLabel, scopeRow);
    m_lens = new QComboBox(this);
    m_lens->addItem(tr("Automatic (billing where connected, else attribution)"), -1);
    m_lens->addItem(tr("Billing (provider usage APIs)"), int(Lens::Billing));
    m_lens->addItem(tr("Attribution (proxy logs and imports)"), int(Lens::Attribution));
    form->addRow(tr("&Lens:"), m_lens);
    m_tiers = new QLineEdit(QStringLiteral("60,85,100"), this);
    m_tiers->setToolTip(tr("Percentages of the amount, each optionally with its actions: "
                           "60:notify, 85:notify+webhook, 100:notify+webhook+cap. Without actions a tier "
                           "notifies and calls the webhooks; the highest also trips the circuit breaker "
                           "when one is chosen."));
    form->addRow(tr("&Tiers (%):"), m_tiers);
    m_webhooks = new QPlainTextEdit(this);
    m_webhooks->setPlaceholderText(tr("One URL per line (https; plain http only to this machine)"));
    m_webhooks->setFixedHeight(fontMetrics().height() * 4);
    m_webhooks->setTabChangesFocus(true);
    form->addRow(tr("&Webhooks:"), m_webhooks);
    m_cap = new QComboBox(this);
    m_cap->addItem(tr("None"), QString());
    for (const auto& s : capSources)
        m_cap->addItem(tr("Block through %1").arg(s), s);
    m_cap->setToolTip(tr("At the top tier, block the scope's LiteLLM team or key through this proxy's admin "
                         "API (the scope must name a team or an api_key). Every block is audited and can be "
                         "lifted on the Budgets page."));
    form->addRow(tr("&Circuit breaker:"), m_cap);

    m_preview = new QLabel(this);
    m_preview->setWordWrap(true);
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setMinimumHeight(fontMetrics().height() * 3);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #d03030"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* v = new QVBoxLayout(this);
    v->addLayout(form);
    v->addWidget(m_preview);
    v->addWidget(m_problem);
    v->addWidget(m_buttons);
    setMinimumWidth(560);

    for (auto* e : { m_name, m_amount, m_scope, m_tiers })
        connect(e, &QLineEdit::textChanged, this, &BudgetDialog::changed);
    for (auto* c : { m_period, m_lens, m_cap })
        connect(c, &QComboBox::currentIndexChanged, this, &BudgetDialog::changed);
    for (auto* d : { m_from, m_to })
        connect(d, &QDateEdit::dateChanged, this, &BudgetDialog::changed);
    connect(m_webhooks, &QPlainTextEdit::textChanged, this, &BudgetDialog::changed);
    changed();
}

void BudgetDialog::setBudget(const Budget& b)
{
    m_id = b.id;
    m_created = b.created;
    setWindowTitle(tr("Edit budget"));
    m_name->setText(QString::fromStdString(b.name));
    m_amount->setText(QString::fromStdString(formatDecimal(b.amount, 2)));
    m_period->setCurrentIndex(m_period->findData(int(b.period)));
    if (b.period == BudgetPeriod::Range) {
        m_from->setDate(toDate(b.rangeFrom));
        m_to->setDate(toDate(b.rangeTo - kSecondsPerDay));
    }
    m_scope->setText(QString::fromStdString(formatScope(b.scope)));
    m_lens->setCurrentIndex(m_lens->findData(b.lens ? int(*b.lens) : -1));
    m_tiers->setText(QString::fromStdString(formatTiers(b.tiers)));
    QStringList hooks;
    for (const auto& w : b.webhooks)
        hooks << QString::fromStdString(w);
    m_webhooks->setPlainText(hooks.join(QLatin1Char('\n')));
    int cap = m_cap->findData(QString::fromStdString(b.capSource));
    if (cap < 0 && !b.capSource.empty()) {
        m_cap->addItem(tr("Block through %1 (missing)").arg(QString::fromStdString(b.capSource)),
            QString::fromStdString(b.capSource));
        cap = m_cap->count() - 1;
    }
    m_cap->setCurrentIndex(std::max(cap, 0));
    changed();
}

Budget BudgetDialog::budget() const
{
    Budget b;
    b.id = m_id;
    b.created = m_created;
    b.name = m_name->text().trimmed().toStdString();
    b.amount = parseDecimalNano(m_amount->text().trimmed().remove(QLatin1Char(',')).toStdString()).value_or(0);
    b.period = BudgetPeriod(m_period->currentData().toInt());
    if (b.period == BudgetPeriod::Range) {
        b.rangeFrom = fromDate(m_from->date());
        b.rangeTo = fromDate(m_to->date()) + kSecondsPerDay;
    }
    if (auto s = parseScope(m_scope->text().toStdString()))
        b.scope = *s;
    if (int l = m_lens->currentData().toInt(); l >= 0)
        b.lens = Lens(l);
    b.capSource = m_cap->currentData().toString().toStdString();
    if (auto t = parseTiers(m_tiers->text().toStdString(), !b.capSource.empty()))
        b.tiers = *t;
    for (const QString& line : m_webhooks->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        if (!line.trimmed().isEmpty())
            b.webhooks.push_back(line.trimmed().toStdString());
    return b;
}

QString BudgetDialog::previewText() const
{
    return m_preview->text();
}

bool BudgetDialog::validate(QString* why) const
{
    auto fail = [&](const QString& m) {
        *why = m;
        return false;
    };
    auto amount = parseDecimalNano(m_amount->text().trimmed().remove(QLatin1Char(',')).toStdString());
    if (m_name->text().trimmed().isEmpty())
        return fail(tr("Give the budget a name."));
    if (!amount || *amount <= 0)
        return fail(tr("The amount must be a positive number of US dollars."));
    auto scope = parseScope(m_scope->text().toStdString());
    if (!scope)
        return fail(QString::fromStdString(scope.error().detail));
    if (auto f = scopeFilters(*scope); !f)
        return fail(QString::fromStdString(f.error().detail));
    auto tiers = parseTiers(m_tiers->text().toStdString(), !m_cap->currentData().toString().isEmpty());
    if (!tiers)
        return fail(QString::fromStdString(tiers.error().detail));
    Budget b = budget();
    const auto filters = scopeFilters(b.scope);
    if (b.lens && filters)
        for (const auto& f : *filters)
            if (!lensCarries(*b.lens, f.axis))
                return fail(QString::fromStdString(lensRefusal(*b.lens, f.axis)));
    if (auto v = validateBudget(b); !v)
        return fail(QString::fromStdString(v.error().detail));
    return true;
}

void BudgetDialog::changed()
{
    const bool range = BudgetPeriod(m_period->currentData().toInt()) == BudgetPeriod::Range;
    m_from->setEnabled(range);
    m_to->setEnabled(range);
    QString why;
    const bool ok = validate(&why);
    m_problem->setText(why);
    m_problem->setVisible(!ok);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
    m_debounce->start();
}

void BudgetDialog::runPreview()
{
    QString why;
    auto scope = parseScope(m_scope->text().toStdString());
    if (!scope || !scopeFilters(*scope)) {
        m_preview->setText(tr("Preview: the scope is not valid yet."));
        return;
    }
    Budget b = budget();
    b.amount = std::max<Nano>(b.amount, 1);
    const Epoch now = m_now;
    m_runner->run<Preview>(
        [b, now](Database& db) -> Result<Preview> {
            CostQueries q(db);
            Preview p;
            auto lens = budgetLens(q, b);
            if (!lens)
                return lens.error();
            p.lens = *lens;
            std::tie(p.from, p.to) = budgetPeriodAt(b, now);
            std::tie(p.prevFrom, p.prevTo) = previousBudgetPeriod(b, now);
            auto cur = budgetSpend(q, b, p.from, p.to);
            if (!cur)
                return cur.error();
            auto prev = budgetSpend(q, b, p.prevFrom, p.prevTo);
            if (!prev)
                return prev.error();
            p.current = *cur;
            p.previous = *prev;
            return p;
        },
        [this, b](const QueryOutcome<Preview>& out) {
            if (!out.value) {
                m_preview->setText(tr("Preview: %1").arg(out.error));
                return;
            }
            const Preview& p = *out.value;
            const QString lens = p.lens == Lens::Billing ? tr("billing lens") : tr("attribution lens");
            QString text = tr("Preview (%1): the scope matches %n request(s) in %2, %3 so far.", "",
                int(std::min<std::int64_t>(p.current.requests, INT32_MAX)))
                               .arg(lens, ui::describePeriod(b.period, p.from, p.to), formatMoney(p.current.cost));
            text += QLatin1Char('\n')
                + tr("Last period (%1) it spent %2 over %n request(s).", "",
                    int(std::min<std::int64_t>(p.previous.requests, INT32_MAX)))
                      .arg(ui::describePeriod(b.period, p.prevFrom, p.prevTo), formatMoney(p.previous.cost));
            const Nano amount
                = parseDecimalNano(m_amount->text().trimmed().remove(QLatin1Char(',')).toStdString()).value_or(0);
            if (amount > 0 && p.previous.cost > 0)
                text += QLatin1Char(' ')
                    + tr("That is %1 of this amount.").arg(formatPercent(double(p.previous.cost) / double(amount)));
            if (p.current.requests == 0 && p.previous.requests == 0)
                text += QLatin1Char('\n') + tr("Nothing matches yet: check the scope's spelling.");
            m_preview->setText(text);
        });
}

} // namespace burnrate::ui
