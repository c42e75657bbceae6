#include "ui/pages/savingspage.h"

#include "export/whatifcsv.h"
#include "store/pricestore.h"
#include "ui/charts/waterfallchart.h"
#include "ui/format.h"
#include "ui/models/savingsbreakdownmodel.h"
#include "ui/models/whatifstepmodel.h"
#include "ui/queryrunner.h"
#include "ui/savedscenarios.h"
#include "ui/widgets/tables.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <sstream>

namespace burnrate::ui {

namespace {

struct SavingsData
{
    bool recsLoaded = false;
    std::vector<Recommendation> recs;
    bool opened = false; // the job opened the largest recommendation (no scenario yet)
    Scenario scenario;
    std::optional<WhatIfResult> result;
};

double usdOf(Nano n)
{
    return double(n) / double(kNanoPerUsd);
}

// The example argument of each kind, as the CLI takes it.
QString placeholder(StepKind k)
{
    switch (k) {
    case StepKind::Route:
        return QStringLiteral("gpt-4o=gpt-4o-mini:max-input=500");
    case StepKind::PromptCache:
        return QStringLiteral("support-answer=0.6");
    case StepKind::ResponseCache:
        return QStringLiteral("support-answer=0.2");
    case StepKind::Batch:
        return QStringLiteral("prompt=nightly-enrich");
    case StepKind::CapInput:
        return QStringLiteral("sql-agent=8000");
    case StepKind::Lambda:
        return QStringLiteral("summarise-ticket=512:arm64");
    }
    return {};
}

QString kindTitle(StepKind k)
{
    switch (k) {
    case StepKind::Route:
        return SavingsPage::tr("Route to another model");
    case StepKind::PromptCache:
        return SavingsPage::tr("Prompt cache hit rate");
    case StepKind::ResponseCache:
        return SavingsPage::tr("Response cache hit rate");
    case StepKind::Batch:
        return SavingsPage::tr("Batch prices");
    case StepKind::CapInput:
        return SavingsPage::tr("Cap input tokens");
    case StepKind::Lambda:
        return SavingsPage::tr("Lambda memory / architecture");
    }
    return {};
}

} // namespace

SavingsPage::SavingsPage(DashboardState* state, QWidget* parent)
    : Page(state, parent)
{
    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Saved scenario:"), this));
    m_saved = new QComboBox(this);
    m_saved->setMinimumContentsLength(12);
    m_saved->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    controls->addWidget(m_saved);
    m_save = new QPushButton(tr("Save\u2026"), this);
    m_save->setToolTip(tr("Save the steps (and a recommendation's scope) under a name"));
    controls->addWidget(m_save);
    m_delete = new QPushButton(tr("Delete"), this);
    controls->addWidget(m_delete);
    m_export = new QToolButton(this);
    m_export->setText(tr("Export CSV"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(m_export);
    menu->addAction(tr("Steps (waterfall)\u2026"), this, [this] { exportCsv(CsvShape::Steps); });
    menu->addAction(tr("Breakdown by tenant and prompt\u2026"), this, [this] { exportCsv(CsvShape::Breakdown); });
    m_export->setMenu(menu);
    controls->addWidget(m_export);
    controls->addStretch(1);
    body()->addLayout(controls);
    // What the scenario runs on, on a line of its own: the page stays narrow enough for a 1024-pixel window.
    auto* context = new QHBoxLayout;
    m_context = new QLabel(this);
    m_context->setWordWrap(true);
    m_context->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    context->addWidget(m_context, 1);
    m_unpin = new QPushButton(tr("Use the dashboard's range"), this);
    m_unpin->setToolTip(tr("Run the steps on the dashboard's range and filters instead of the recommendation's"));
    m_unpin->hide();
    context->addWidget(m_unpin);
    body()->addLayout(context);

    auto* split = new QSplitter(Qt::Horizontal, this);
    // Left: the builder and the opportunities.
    auto* left = new QWidget(split);
    auto* ll = new QVBoxLayout(left);
    ll->setContentsMargins(0, 0, 0, 0);
    auto* builder = new QGroupBox(tr("Scenario: steps apply in order"), left);
    auto* bl = new QVBoxLayout(builder);
    bl->setContentsMargins(4, 4, 4, 4);
    m_stepList = new QListWidget(builder);
    m_stepList->setAccessibleName(builder->title());
    m_stepList->setWordWrap(true);
    bl->addWidget(m_stepList, 1);
    auto* moves = new QHBoxLayout;
    m_up = new QPushButton(tr("Up"), builder);
    m_down = new QPushButton(tr("Down"), builder);
    m_remove = new QPushButton(tr("Remove"), builder);
    moves->addWidget(m_up);
    moves->addWidget(m_down);
    moves->addWidget(m_remove);
    moves->addStretch(1);
    bl->addLayout(moves);
    auto* add = new QGridLayout;
    m_kind = new QComboBox(builder);
    for (const StepKindInfo& k : stepKinds())
        m_kind->addItem(kindTitle(k.kind), int(k.kind));
    add->addWidget(m_kind, 0, 0, 1, 2);
    m_argument = new QLineEdit(builder);
    m_argument->setClearButtonEnabled(true);
    add->addWidget(m_argument, 1, 0);
    m_add = new QPushButton(tr("Add step"), builder);
    add->addWidget(m_add, 1, 1);
    add->setColumnStretch(0, 1);
    bl->addLayout(add);
    m_stepHint = new QLabel(builder);
    m_stepHint->setWordWrap(true);
    m_stepHint->setForegroundRole(QPalette::PlaceholderText);
    m_stepHint->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    bl->addWidget(m_stepHint);
    ll->addWidget(builder, 1);

    auto* recBox = new QGroupBox(tr("Largest opportunities, last 30 days of data"), left);
    auto* rl = new QVBoxLayout(recBox);
    rl->setContentsMargins(4, 4, 4, 4);
    m_recList = new QListWidget(recBox);
    m_recList->setAccessibleName(recBox->title());
    m_recList->setWordWrap(true);
    m_recList->setToolTip(tr("Double-click (or Enter) opens the scenario that computes the saving"));
    rl->addWidget(m_recList, 1);
    m_recNote = new QLabel(recBox);
    m_recNote->setWordWrap(true);
    m_recNote->setForegroundRole(QPalette::PlaceholderText);
    m_recNote->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_recNote->setText(tr("Each amount is what its scenario saves on those 30 days; open it to see the steps "
                          "and their quality risk."));
    rl->addWidget(m_recNote);
    ll->addWidget(recBox, 1);

    // Right: the waterfall, the steps with their risk, the breakdown.
    auto* right = new QSplitter(Qt::Vertical, split);
    auto* chartBox = new QGroupBox(tr("Saving by step"), right);
    auto* cl = new QVBoxLayout(chartBox);
    cl->setContentsMargins(4, 4, 4, 4);
    m_summary = new QLabel(chartBox);
    m_summary->setWordWrap(true);
    QFont sf = m_summary->font();
    sf.setBold(true);
    m_summary->setFont(sf);
    cl->addWidget(m_summary);
    m_waterfall = new WaterfallChart(chartBox);
    m_waterfall->setMinimumHeight(220);
    cl->addWidget(m_waterfall, 1);
    auto* stepsBox = new QGroupBox(tr("Steps and their quality risk"), right);
    auto* sl = new QVBoxLayout(stepsBox);
    sl->setContentsMargins(4, 4, 4, 4);
    m_stepModel = new WhatIfStepModel(this);
    m_stepTable = new QTableView(stepsBox);
    m_stepTable->setAccessibleName(stepsBox->title());
    m_stepTable->setModel(m_stepModel);
    m_stepTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_stepTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_stepTable->setTabKeyNavigation(false); // Tab leaves the table, as in every other table
    m_stepTable->verticalHeader()->hide();
    m_stepTable->setWordWrap(true); // rows grow to show the risk whole (resized after each result)
    m_stepTable->setTextElideMode(Qt::ElideRight);
    // The step and its risk share what the figures leave, eliding (the tooltip has them whole): the risk never
    // scrolls out of sight beside its saving.
    m_stepTable->horizontalHeader()->setMinimumSectionSize(40);
    for (int c = 0; c < WhatIfStepModel::ColumnCount; ++c)
        m_stepTable->horizontalHeader()->setSectionResizeMode(c,
            c == WhatIfStepModel::Step || c == WhatIfStepModel::Risk ? QHeaderView::Stretch
                                                                     : QHeaderView::ResizeToContents);
    m_stepTable->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    sl->addWidget(m_stepTable);
    auto* breakBox = new QGroupBox(tr("Breakdown by tenant and prompt"), right);
    auto* brl = new QVBoxLayout(breakBox);
    brl->setContentsMargins(4, 4, 4, 4);
    m_breakdown = new SavingsBreakdownModel(this);
    m_breakdownTable = makeTableView(m_breakdown, SavingsBreakdownModel::SortRole, breakBox);
    m_breakdownTable->sortByColumn(SavingsBreakdownModel::Saving, Qt::DescendingOrder);
    fitColumnsToWidth(m_breakdownTable);
    brl->addWidget(m_breakdownTable);
    right->addWidget(chartBox);
    right->addWidget(stepsBox);
    right->addWidget(breakBox);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);
    right->setStretchFactor(2, 2);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 5);
    split->setSizes({ 420, 1100 });
    body()->addWidget(split, 1);

    auto updatePlaceholder = [this] {
        const auto kind = StepKind(m_kind->currentData().toInt());
        m_argument->setPlaceholderText(placeholder(kind));
        m_stepHint->setText(tr("Syntax: %1").arg(QString::fromLatin1(stepKindInfo(kind).syntax)));
    };
    updatePlaceholder();
    connect(m_kind, &QComboBox::currentIndexChanged, this, updatePlaceholder);
    auto addCurrent = [this] {
        if (addStep(StepKind(m_kind->currentData().toInt()), m_argument->text().trimmed()))
            m_argument->clear();
    };
    connect(m_add, &QPushButton::clicked, this, addCurrent);
    connect(m_argument, &QLineEdit::returnPressed, this, addCurrent);
    connect(m_up, &QPushButton::clicked, this, [this] { moveStep(m_stepList->currentRow(), -1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveStep(m_stepList->currentRow(), 1); });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeStep(m_stepList->currentRow()); });
    connect(m_recList, &QListWidget::itemActivated, this,
        [this](QListWidgetItem* item) { openRecommendation(m_recList->row(item)); });
    connect(m_unpin, &QPushButton::clicked, this, &SavingsPage::unpin);
    connect(m_save, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(
            this, tr("Save scenario"), tr("Name:"), QLineEdit::Normal, m_saved->currentText(), &ok);
        if (ok && !name.trimmed().isEmpty())
            saveScenario(name.trimmed());
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (m_saved->currentIndex() > 0 && SavedScenarios::remove(m_saved->currentText()))
            fillSaved();
    });
    connect(m_saved, &QComboBox::activated, this, [this](int i) {
        if (i > 0)
            loadScenario(m_saved->itemText(i));
    });
    connect(state, &DashboardState::databaseChanged, this, [this] {
        m_recsStale = true;
        m_recs.clear();
    });
    fillSaved();
    showSteps();
}

void SavingsPage::setDark(bool dark)
{
    Page::setDark(dark);
    m_waterfall->setDark(dark);
}

Scenario SavingsPage::scenario() const
{
    Scenario sc;
    if (m_pin) {
        sc.from = m_pin->first;
        sc.to = m_pin->second;
        sc.scope = m_scope;
    } else {
        sc.from = state()->from();
        sc.to = state()->to();
        for (const FilterChip& c : state()->chips())
            sc.scope.push_back(ScopeTerm { c.axis.toStdString(), c.value.toStdString() });
        for (const ScopeTerm& t : m_scope)
            if (std::find(sc.scope.begin(), sc.scope.end(), t) == sc.scope.end())
                sc.scope.push_back(t);
    }
    sc.steps = m_steps;
    return sc;
}

bool SavingsPage::addStep(StepKind kind, const QString& argument)
{
    auto step = parseStep(kind, argument.toStdString());
    if (!step) {
        m_stepHint->setText(tr("Not added: %1").arg(QString::fromStdString(step.error().detail)));
        return false;
    }
    m_steps.push_back(std::move(*step));
    m_stepHint->setText(tr("Syntax: %1").arg(QString::fromLatin1(stepKindInfo(kind).syntax)));
    stepsChanged();
    return true;
}

QString SavingsPage::stepError() const
{
    return m_stepHint->text();
}

void SavingsPage::removeStep(int index)
{
    if (index < 0 || index >= int(m_steps.size()))
        return;
    m_steps.erase(m_steps.begin() + index);
    stepsChanged();
}

void SavingsPage::moveStep(int index, int delta)
{
    const int to = index + delta;
    if (index < 0 || index >= int(m_steps.size()) || to < 0 || to >= int(m_steps.size()))
        return;
    std::swap(m_steps[std::size_t(index)], m_steps[std::size_t(to)]);
    stepsChanged();
    m_stepList->setCurrentRow(to);
}

void SavingsPage::setSteps(std::vector<ScenarioStep> steps, std::vector<ScopeTerm> scope)
{
    m_steps = std::move(steps);
    m_scope = std::move(scope);
    stepsChanged();
}

void SavingsPage::openRecommendation(int index)
{
    if (index < 0 || index >= int(m_recs.size()))
        return;
    const Recommendation& r = m_recs[std::size_t(index)];
    m_pin = std::pair { r.scenario.from, r.scenario.to };
    m_steps = r.scenario.steps;
    m_scope = r.scenario.scope;
    stepsChanged();
}

void SavingsPage::unpin()
{
    m_pin.reset();
    m_scope.clear();
    stepsChanged();
}

void SavingsPage::stepsChanged()
{
    m_autoOpened = true; // the user has a scenario of their own now
    showSteps();
    refresh();
}

void SavingsPage::showSteps()
{
    const int current = m_stepList->currentRow();
    m_stepList->clear();
    for (std::size_t i = 0; i < m_steps.size(); ++i)
        m_stepList->addItem(tr("%1. %2").arg(i + 1).arg(WhatIfStepModel::stepText(m_steps[i])));
    if (current >= 0 && current < m_stepList->count())
        m_stepList->setCurrentRow(current);
    const Scenario sc = scenario();
    const QString range = tr("%1 to %2 (UTC)").arg(formatDate(sc.from), formatDate(sc.to - kSecondsPerDay));
    const QString scope = sc.scope.empty() ? tr("all requests") : QString::fromStdString(formatScope(sc.scope));
    m_context->setText(m_pin ? tr("Recommendation's range %1, scope %2").arg(range, scope)
                             : tr("Range %1, scope %2").arg(range, scope));
    m_unpin->setVisible(m_pin.has_value());
}

void SavingsPage::doRefresh()
{
    const Scenario sc = scenario();
    const bool wantRecs = m_recsStale;
    const bool autoOpen = !m_autoOpened && m_steps.empty();
    showSteps();
    runner()->run<SavingsData>(
        [sc, wantRecs, autoOpen](Database& db) -> Result<SavingsData> {
            auto book = loadPriceBook(db);
            if (!book)
                return book.error();
            SavingsData d;
            d.scenario = sc;
            if (wantRecs) {
                auto recs = recommendSavings(db, *book);
                if (!recs)
                    return recs.error();
                d.recs = std::move(*recs);
                d.recsLoaded = true;
                if (autoOpen && !d.recs.empty()) {
                    d.scenario = d.recs.front().scenario;
                    d.opened = true;
                }
            }
            if (!d.scenario.steps.empty()) {
                auto r = runWhatIf(db, *book, d.scenario);
                if (!r)
                    return r.error();
                d.result = std::move(*r);
            }
            return d;
        },
        [this](const QueryOutcome<SavingsData>& out) {
            if (!out.value) {
                m_result.reset();
                m_stepModel->clear();
                m_breakdown->setGroups({});
                m_waterfall->showMessage(tr("No scenario result"));
                showError(tr("The what-if scenario could not be computed: %1").arg(out.error));
                return;
            }
            const SavingsData& d = *out.value;
            if (d.recsLoaded) {
                m_recs = d.recs;
                m_recsStale = false;
                showRecommendations();
            }
            if (d.opened) {
                m_autoOpened = true;
                m_pin = std::pair { d.scenario.from, d.scenario.to };
                m_steps = d.scenario.steps;
                m_scope = d.scenario.scope;
                showSteps();
                if (m_recList->count() > 0)
                    m_recList->setCurrentRow(0);
            }
            m_result = d.result;
            m_resultScenario = d.scenario;
            showResult();
        });
}

QString SavingsPage::recommendationText(const Recommendation& r)
{
    const QString tenant = r.tenant.empty() ? tr("Requests without a tenant") : QString::fromStdString(r.tenant);
    if (r.kind == "route")
        return tr("%1 sends %2% of its %3 requests with at most %4 input tokens: route them to %5")
            .arg(tenant)
            .arg(r.sharePercent)
            .arg(QString::fromStdString(r.model))
            .arg(formatCount(r.maxInput), QString::fromStdString(r.target));
    if (r.kind == "cache-hit")
        return tr("Prompt %1 sends %2 input tokens a request but its cache hit rate is %3%: at %4%")
            .arg(QString::fromStdString(r.prompt), formatCount(r.averageInput))
            .arg(r.hitPercent)
            .arg(r.targetPercent);
    if (r.kind == "cap-input")
        return tr("Prompt %1 sends %2 input tokens a request: capped at %3 (check that answers keep the context "
                  "they need)")
            .arg(QString::fromStdString(r.prompt), formatCount(r.averageInput), formatCount(r.cap));
    return QString::fromStdString(r.title);
}

void SavingsPage::showRecommendations()
{
    m_recList->clear();
    for (const Recommendation& r : m_recs) {
        auto* item = new QListWidgetItem(
            tr("%1 \u2014 %2 in 30 days").arg(recommendationText(r), formatMoney(r.saving, 0)), m_recList);
        QStringList steps;
        for (const ScenarioStep& s : r.scenario.steps)
            steps << WhatIfStepModel::stepText(s);
        item->setToolTip(steps.join(QLatin1Char('\n')));
    }
    if (m_recs.empty())
        m_recList->addItem(tr("No opportunity found in the last 30 days of data"));
}

void SavingsPage::showResult()
{
    if (!m_result) {
        m_stepModel->clear();
        m_breakdown->setGroups({});
        m_summary->clear();
        m_waterfall->showMessage(tr("Add a step, open an opportunity or a saved scenario"));
        return;
    }
    const WhatIfResult& r = *m_result;
    m_stepModel->setResult(r);
    m_stepTable->resizeRowsToContents();
    m_breakdown->setGroups(r.groups);
    QStringList labels, tips;
    QVector<double> after;
    for (std::size_t i = 0; i < r.steps.size(); ++i) {
        const StepResult& s = r.steps[i];
        labels << tr("%1. %2").arg(i + 1).arg(QString::fromLatin1(stepKindInfo(s.step.kind).name));
        after << usdOf(s.scenario);
        const QString amount = s.saving() >= 0 ? tr("saves %1").arg(formatMoney(s.saving()))
                                               : tr("costs %1 more").arg(formatMoney(-s.saving()));
        QStringList lines { WhatIfStepModel::stepText(s.step).toHtmlEscaped(), amount };
        for (const QString& risk : WhatIfStepModel::riskLines(r, i))
            lines << risk.toHtmlEscaped();
        tips << lines.join(QStringLiteral("<br>"));
    }
    m_waterfall->setData(tr("Baseline"), usdOf(r.baseline), labels, after, tr("Scenario"), tips);
    const double pct = r.baseline ? double(r.saving()) / double(r.baseline) : 0.0;
    QString summary = r.saving() >= 0
        ? tr("Saves %1 of %2 (%3)").arg(formatMoney(r.saving()), formatMoney(r.baseline), formatPercent(pct))
        : tr("Costs %1 more than %2 (%3)").arg(formatMoney(-r.saving()), formatMoney(r.baseline), formatPercent(-pct));
    if (r.unpricedRequests > 0)
        summary += QLatin1Char(' ')
            + tr(
                "(%n requests without a price left out)", "", int(std::min<std::int64_t>(r.unpricedRequests, INT_MAX)));
    m_summary->setText(summary);
}

void SavingsPage::saveScenario(const QString& name)
{
    SavedScenario s;
    s.name = name;
    s.steps = m_steps;
    s.scope = m_pin ? m_scope : std::vector<ScopeTerm> {};
    SavedScenarios::put(s);
    fillSaved();
    m_saved->setCurrentIndex(std::max(0, m_saved->findText(name)));
    emit statusMessage(tr("Saved scenario %1").arg(name));
}

bool SavingsPage::loadScenario(const QString& name)
{
    auto s = SavedScenarios::find(name);
    if (!s)
        return false;
    m_pin.reset();
    setSteps(s->steps, s->scope);
    return true;
}

QStringList SavingsPage::savedScenarioNames() const
{
    QStringList out;
    for (const SavedScenario& s : SavedScenarios::load())
        out << s.name;
    return out;
}

void SavingsPage::fillSaved()
{
    const QString current = m_saved->currentText();
    m_saved->clear();
    m_saved->addItem(tr("(none)"));
    for (const QString& n : savedScenarioNames())
        m_saved->addItem(n);
    const int i = m_saved->findText(current);
    m_saved->setCurrentIndex(i > 0 ? i : 0);
}

bool SavingsPage::exportCsvTo(const QString& path, CsvShape shape) const
{
    if (!m_result)
        return false;
    std::ostringstream out;
    if (shape == CsvShape::Steps)
        writeWhatIfCsv(out, *m_result);
    else
        writeWhatIfBreakdownCsv(out, *m_result);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    const std::string s = out.str();
    return f.write(s.data(), qint64(s.size())) == qint64(s.size());
}

void SavingsPage::exportCsv(CsvShape shape)
{
    if (!m_result) {
        emit statusMessage(tr("Nothing to export: the scenario has no result yet"));
        return;
    }
    const QString suggested = state()->exportFileName(
        shape == CsvShape::Steps ? QStringLiteral("savings") : QStringLiteral("savings-breakdown"), {},
        Lens::Attribution, QStringLiteral("csv"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export CSV"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    emit statusMessage(exportCsvTo(path, shape) ? tr("Exported %1").arg(path) : tr("Could not write %1").arg(path));
}

} // namespace burnrate::ui
