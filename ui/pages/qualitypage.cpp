#include "ui/pages/qualitypage.h"

#include "ui/charts/linechart.h"
#include "ui/charts/scatterchart.h"
#include "ui/format.h"
#include "ui/models/qualitytablemodel.h"
#include "ui/pages/charthelpers.h"
#include "ui/queryrunner.h"
#include "ui/widgets/tables.h"

#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

namespace burnrate::ui {

namespace {

struct QualityData
{
    QualityResult groups, trend;
    Granularity trendGranularity = Granularity::Week;
    QualityQuery query;
};

struct CompareData
{
    Comparison comparison;
};

// The group-by presets: engine axis names, comma-separated.
const char* const kGroupings[] = {
    "model,prompt_version",
    "model",
    "prompt,prompt_version",
    "prompt_version",
    "provider",
    "model_tier",
    "tenant",
    "team",
};

std::vector<Axis> axesOf(const QString& names)
{
    std::vector<Axis> out;
    for (const QString& n : names.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (auto a = Axis::fromName(n.toStdString()))
            out.push_back(*a);
    return out;
}

// An interval on its own line under the figure, so the columns stay narrow.
QString bracket(const QString& low, const QString& high)
{
    return QStringLiteral("<br><span style='color:gray; font-size:small'>[%1 \u2013 %2]</span>").arg(low, high);
}

QString intervalText(const std::optional<Interval>& i, bool percent)
{
    if (!i)
        return {};
    auto f = [&](double v) {
        return percent ? formatPercent(v) : uiLocale().toString(v, 'f', 2);
    };
    return bracket(f(i->low), f(i->high));
}

QString differenceText(const std::optional<Interval>& i, std::optional<double> a, std::optional<double> b, bool percent)
{
    if (!a || !b)
        return noValue();
    const double d = *b - *a;
    QString s = percent ? QualityPage::tr("%1 points").arg(uiLocale().toString(d * 100, 'f', 1))
                        : uiLocale().toString(d, 'f', 2);
    if (d > 0)
        s.prepend(QLatin1Char('+'));
    if (i)
        s += bracket(percent ? uiLocale().toString(i->low * 100, 'f', 1) : uiLocale().toString(i->low, 'f', 2),
            percent ? uiLocale().toString(i->high * 100, 'f', 1) : uiLocale().toString(i->high, 'f', 2));
    return s;
}

} // namespace

QString QualityPage::verdictText(const Comparison& c)
{
    QString cost;
    if (!c.costChange) {
        cost = tr("cost per request unknown (no priced requests on one side)");
    } else {
        const long long pct = std::llround(*c.costChange * 100);
        if (pct < 0)
            cost = tr("B saves %1% per request").arg(-pct);
        else if (pct > 0)
            cost = tr("B costs %1% more per request").arg(pct);
        else
            cost = tr("B costs the same per request");
    }
    if (c.basis == Comparison::Basis::NotEnough)
        return tr("%1; not enough judged requests (n=%2)").arg(cost).arg(std::min(c.nA, c.nB));
    const bool acceptance = c.basis == Comparison::Basis::Acceptance;
    const auto qa = acceptance ? c.acceptanceA : c.passRateA;
    const auto qb = acceptance ? c.acceptanceB : c.passRateB;
    const auto diff = acceptance ? c.acceptanceDifference : c.passRateDifference;
    if (!qa || !qb || !diff)
        return cost;
    auto pct = [](double v) {
        return QStringLiteral("%1%").arg(std::llround(v * 100));
    };
    auto pts = [](double v) {
        const long long p = std::llround(v * 100);
        return (p > 0 ? QStringLiteral("+") : QString()) + QString::number(p);
    };
    const QString n = c.nA == c.nB ? QString::number(c.nA) : tr("%1 and %2").arg(c.nA).arg(c.nB);
    const QString figures
        = (acceptance ? tr("acceptance %1 vs %2") : tr("eval pass rate %1 vs %2")).arg(pct(*qa), pct(*qb));
    QString judgement;
    switch (c.significance) {
    case Comparison::Significance::Noise:
        judgement = tr("difference within noise at n=%1").arg(n);
        break;
    case Comparison::Significance::Rises:
        judgement = tr("quality rises significantly (%1 points, 95% CI %2 to %3) at n=%4")
                        .arg(pts(*qb - *qa), pts(diff->low), pts(diff->high), n);
        break;
    case Comparison::Significance::Drops:
        judgement = tr("quality drops significantly (%1 points, 95% CI %2 to %3) at n=%4")
                        .arg(pts(*qb - *qa), pts(diff->low), pts(diff->high), n);
        break;
    }
    return QStringLiteral("%1; %2, %3").arg(cost, figures, judgement);
}

QualityPage::QualityPage(DashboardState* state, QWidget* parent)
    : Page(state, parent)
{
    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Group by:"), this));
    m_groupBy = new QComboBox(this);
    for (const char* g : kGroupings) {
        QStringList titles;
        for (const QString& a : QString::fromLatin1(g).split(QLatin1Char(',')))
            titles << DashboardState::axisTitle(a);
        m_groupBy->addItem(titles.join(QStringLiteral(" \u00D7 ")), QString::fromLatin1(g));
    }
    controls->addWidget(m_groupBy);
    controls->addSpacing(16);
    controls->addWidget(new QLabel(tr("Quality:"), this));
    m_measure = new QComboBox(this);
    m_measure->addItem(tr("Acceptance rate"), int(QualityMeasure::Acceptance));
    m_measure->addItem(tr("Eval pass rate"), int(QualityMeasure::EvalPassRate));
    m_measure->setToolTip(tr("What the scatter plots against cost per request"));
    controls->addWidget(m_measure);
    controls->addSpacing(16);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    controls->addWidget(m_note, 1);
    body()->addLayout(controls);

    // The table across the page; below it the scatter beside the trend and the comparison.
    auto* split = new QSplitter(Qt::Vertical, this);
    auto* tableBox = new QGroupBox(tr("Quality by group"), split);
    auto* tl = new QVBoxLayout(tableBox);
    tl->setContentsMargins(4, 4, 4, 4);
    m_model = new QualityTableModel(this);
    m_table = makeTableView(m_model, QualityTableModel::SortRole, tableBox);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setTextElideMode(Qt::ElideMiddle);
    tl->addWidget(m_table);
    auto* bottom = new QSplitter(Qt::Horizontal, split);
    auto* scatterBox = new QGroupBox(tr("Cost per request vs quality"), bottom);
    // Not a tooltip: the box's would replace the points' hover labels.
    scatterBox->setWhatsThis(tr("Each point is a group. The Pareto frontier joins the groups that no other group "
                                "beats on both cost and quality."));
    auto* sl = new QVBoxLayout(scatterBox);
    sl->setContentsMargins(4, 4, 4, 4);
    m_scatter = new ScatterChart(scatterBox);
    m_scatter->setMinimumSize(320, 240);
    sl->addWidget(m_scatter);

    m_tabs = new QTabWidget(bottom);
    auto* trend = new QWidget(m_tabs);
    auto* trl = new QVBoxLayout(trend);
    trl->setContentsMargins(4, 4, 4, 4);
    m_costTrend = new LineChart(trend);
    m_costTrend->setMinimumHeight(150);
    m_qualityTrend = new LineChart(trend);
    m_qualityTrend->setMinimumHeight(150);
    trl->addWidget(m_costTrend);
    trl->addWidget(m_qualityTrend);
    m_tabs->addTab(trend, tr("Trend"));

    auto* cmp = new QWidget(m_tabs);
    auto* cl = new QVBoxLayout(cmp);
    // A and B on rows of their own: the panel stays narrow enough for a 1024-pixel window.
    auto* pick = new QGridLayout;
    pick->addWidget(new QLabel(tr("A:"), cmp), 0, 0);
    m_a = new QComboBox(cmp);
    m_a->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_a->setMinimumContentsLength(18);
    pick->addWidget(m_a, 0, 1);
    pick->addWidget(new QLabel(tr("B:"), cmp), 1, 0);
    m_b = new QComboBox(cmp);
    m_b->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_b->setMinimumContentsLength(18);
    pick->addWidget(m_b, 1, 1);
    m_compare = new QPushButton(tr("Compare"), cmp);
    m_compare->setToolTip(tr("B against A: cost per request and quality, with 95% intervals"));
    pick->addWidget(m_compare, 1, 2);
    pick->setColumnStretch(1, 1);
    cl->addLayout(pick);
    m_verdict = new QLabel(cmp);
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont vf = m_verdict->font();
    vf.setBold(true);
    m_verdict->setFont(vf);
    cl->addWidget(m_verdict);
    m_figures = new QLabel(cmp);
    m_figures->setTextFormat(Qt::RichText);
    m_figures->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    // Long group names must not widen the panel (and squeeze the scatter): the labels wrap instead.
    m_verdict->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    // In a scroll area: a wide comparison scrolls instead of widening the panel (and squeezing the scatter).
    auto* scroll = new QScrollArea(cmp);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_figures);
    cl->addWidget(scroll, 1);
    m_footnote = new QLabel(cmp);
    m_footnote->setWordWrap(true);
    m_footnote->setTextFormat(Qt::RichText);
    m_footnote->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_footnote->setForegroundRole(QPalette::PlaceholderText);
    cl->addWidget(m_footnote);
    m_tabs->addTab(cmp, tr("Compare\u2026"));
    bottom->addWidget(scatterBox);
    bottom->addWidget(m_tabs);
    bottom->setStretchFactor(0, 1);
    bottom->setStretchFactor(1, 1);
    bottom->setSizes({ 560, 500 }); // the scatter a little wider: its points carry the labels
    split->addWidget(tableBox);
    split->addWidget(bottom);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    body()->addWidget(split, 1);

    m_compareRunner = new QueryRunner(this);
    connect(m_groupBy, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    connect(m_measure, &QComboBox::currentIndexChanged, this, [this] { showScatter(); });
    connect(m_compare, &QPushButton::clicked, this, &QualityPage::startCompare);
}

QStringList QualityPage::groupByChoices() const
{
    QStringList out;
    for (const char* g : kGroupings)
        out << QString::fromLatin1(g);
    return out;
}

void QualityPage::setGroupBy(const QString& axes)
{
    const int i = m_groupBy->findData(axes);
    if (i >= 0)
        m_groupBy->setCurrentIndex(i);
}

void QualityPage::setQualityMeasure(QualityMeasure m)
{
    m_measure->setCurrentIndex(m_measure->findData(int(m)));
}

void QualityPage::setDark(bool dark)
{
    Page::setDark(dark);
    m_scatter->setDark(dark);
    m_costTrend->setDark(dark);
    m_qualityTrend->setDark(dark);
}

std::vector<Axis> QualityPage::groupBy() const
{
    return axesOf(m_groupBy->currentData().toString());
}

void QualityPage::doRefresh()
{
    QualityQuery q;
    q.from = state()->from();
    q.to = state()->to();
    q.filters = state()->filters();
    q.groupBy = groupBy();
    const Granularity g = state()->granularity();
    runner()->run<QualityData>(
        [q, g](Database& db) -> Result<QualityData> {
            QualityQueries queries(db);
            QualityData d;
            d.query = q;
            auto groups = queries.run(q);
            if (!groups)
                return groups.error();
            d.groups = std::move(*groups);
            QualityQuery t = q;
            t.groupBy.clear();
            t.granularity = g;
            auto trend = queries.run(t);
            if (!trend)
                return trend.error();
            d.trend = std::move(*trend);
            d.trendGranularity = g;
            return d;
        },
        [this](const QueryOutcome<QualityData>& out) {
            if (!out.value) {
                showError(tr("The quality figures could not be loaded: %1").arg(out.error));
                return;
            }
            clearError();
            // A comparison still running was of the previous groups: its answer would be of rows no longer shown.
            m_compareRunner->invalidate();
            m_groups = out.value->groups;
            m_trend = out.value->trend;
            m_trendGranularity = out.value->trendGranularity;
            m_query = out.value->query;
            QStringList headers;
            for (const Axis& a : m_query.groupBy)
                headers << DashboardState::axisTitle(QString::fromStdString(a.name()));
            m_model->setRows(headers, m_groups.rows);
            // Long model names must not push the figures off the table: cap the key columns.
            m_table->resizeColumnsToContents();
            for (int c = 0; c < m_model->keyColumnCount(); ++c)
                m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), 190));
            // Busiest groups first, as the engine orders them, unless the user sorted this grouping otherwise.
            const int sorted = m_table->horizontalHeader()->sortIndicatorSection();
            if (m_model->keyColumnCount() != m_sortedKeys || sorted < m_model->keyColumnCount()
                || sorted >= m_model->columnCount())
                m_table->sortByColumn(m_model->keyColumnCount() + QualityTableModel::Requests, Qt::DescendingOrder);
            m_sortedKeys = m_model->keyColumnCount();
            const QualityCounts& t = m_groups.total;
            QString note = tr("Judged requests: %1 · eval results: %2 · annotated requests: %3")
                               .arg(formatCount(t.judged), formatCount(t.evalResults), formatCount(t.annotated));
            if (m_groups.unattributedEvals > 0)
                note += QStringLiteral(" · ")
                    + tr("%1 eval results without a request id left out (they group by model and prompt version "
                         "only)")
                          .arg(formatCount(m_groups.unattributedEvals));
            m_note->setText(note);
            showScatter();
            showTrend();
            fillCompareChoices();
        });
}

void QualityPage::showScatter()
{
    const bool acceptance = QualityMeasure(m_measure->currentData().toInt()) == QualityMeasure::Acceptance;
    QList<ScatterChart::Point> points;
    std::vector<CostQualityPoint> pts;
    for (const QualityRow& r : m_groups.rows) {
        auto cost = r.counts.costPerRequest();
        auto q = acceptance ? r.counts.acceptanceRate() : r.counts.evalPassRate();
        if (!cost || !q)
            continue;
        const std::int64_t n = acceptance ? r.counts.judged : r.counts.evalPassed + r.counts.evalFailed;
        points << ScatterChart::Point { QualityTableModel::groupLabel(r.keys)
                + QStringLiteral(" (n=%1)").arg(formatCount(n)),
            double(*cost) / double(kNanoPerUsd), *q * 100 };
        pts.push_back({ double(*cost), *q });
    }
    QList<int> frontier;
    for (std::size_t i : paretoFrontier(pts))
        frontier << int(i);
    const QString y = acceptance ? tr("Acceptance rate (%)") : tr("Eval pass rate (%)");
    if (points.isEmpty())
        m_scatter->showMessage(acceptance ? tr("No group has both a cost and judged requests in this range.\n"
                                               "Annotate requests, or plot the eval pass rate (Quality above).")
                                          : tr("No group has both a cost and eval verdicts in this range."));
    else
        m_scatter->setData(points, frontier, tr("Cost per request (%1)").arg(currencyUnit()), y);
}

void QualityPage::showTrend()
{
    LineChart::Line cost { tr("Cost per request"), {} };
    LineChart::Line acceptance { tr("Acceptance rate"), {} };
    LineChart::Line pass { tr("Eval pass rate"), {} };
    for (const QualityRow& r : m_trend.rows) {
        const double x = double(r.bucket) * 1000.0;
        if (auto c = r.counts.costPerRequest())
            cost.points << QPointF(x, double(*c) / double(kNanoPerUsd));
        if (auto a = r.counts.acceptanceRate())
            acceptance.points << QPointF(x, *a * 100);
        if (auto p = r.counts.evalPassRate())
            pass.points << QPointF(x, *p * 100);
    }
    m_costTrend->setTimeFormat(lineTimeFormat(m_trendGranularity));
    m_qualityTrend->setTimeFormat(lineTimeFormat(m_trendGranularity));
    if (cost.points.isEmpty())
        m_costTrend->showMessage(tr("No priced requests in this range."));
    else
        m_costTrend->setData({ cost }, ValueKind::MoneyPrecise, tr("%1 per request").arg(currencyUnit()));
    // A line needs two buckets; a single one is said in words rather than drawn as an invisible dot.
    QList<LineChart::Line> quality;
    QStringList single;
    for (const auto& l : { acceptance, pass }) {
        if (l.points.size() >= 2)
            quality << l;
        else if (l.points.size() == 1)
            single << tr("%1 %2 in the bucket starting %3")
                          .arg(l.name, formatPercent(l.points[0].y() / 100),
                              formatDate(std::int64_t(l.points[0].x() / 1000)));
    }
    if (quality.isEmpty())
        m_qualityTrend->showMessage(single.isEmpty()
                ? tr("No judged requests or eval verdicts in this range.")
                : tr("Judgements in one time bucket only: %1.").arg(single.join(QStringLiteral("; "))));
    else
        m_qualityTrend->setData(quality, ValueKind::Percent, tr("Quality (%)"));
}

void QualityPage::fillCompareChoices()
{
    const QString a = m_a->currentText(), b = m_b->currentText();
    m_a->clear();
    m_b->clear();
    for (int i = 0; i < int(m_groups.rows.size()); ++i) {
        const QString label = QualityTableModel::groupLabel(m_groups.rows[std::size_t(i)].keys);
        m_a->addItem(label, i);
        m_b->addItem(label, i);
    }
    // Keep the picked pair when it still exists; else the two busiest groups.
    const int ia = m_a->findText(a), ib = m_b->findText(b);
    m_a->setCurrentIndex(ia >= 0 ? ia : 0);
    m_b->setCurrentIndex(ib >= 0 ? ib : std::min(1, m_b->count() - 1));
    m_compare->setEnabled(m_groups.rows.size() >= 2);
    m_verdict->setText(m_groups.rows.size() >= 2 ? tr("Pick two groups and press Compare.")
                                                 : tr("Comparing needs at least two groups."));
    m_figures->clear();
    m_footnote->clear();
}

void QualityPage::compare(int rowA, int rowB)
{
    m_a->setCurrentIndex(m_a->findData(rowA));
    m_b->setCurrentIndex(m_b->findData(rowB));
    startCompare();
}

QString QualityPage::verdict() const
{
    return m_verdict->text();
}

bool QualityPage::isComparing() const
{
    return !m_compareRunner->isIdle();
}

void QualityPage::startCompare()
{
    const int ia = m_a->currentData().toInt(), ib = m_b->currentData().toInt();
    if (m_a->currentIndex() < 0 || m_b->currentIndex() < 0 || ia >= int(m_groups.rows.size())
        || ib >= int(m_groups.rows.size()))
        return;
    if (ia == ib) {
        m_verdict->setText(tr("Pick two different groups."));
        m_figures->clear();
        m_footnote->clear();
        return;
    }
    const QualityRow a = m_groups.rows[std::size_t(ia)], b = m_groups.rows[std::size_t(ib)];
    const QualityQuery q = m_query;
    const QString la = QualityTableModel::groupLabel(a.keys), lb = QualityTableModel::groupLabel(b.keys);
    m_verdict->setText(tr("Comparing\u2026"));
    m_compareRunner->setDatabasePath(state()->databasePath());
    m_compareRunner->run<CompareData>(
        [q, a, b](Database& db) -> Result<CompareData> {
            QualityQueries queries(db);
            auto sa = queries.samples(q, a.keys);
            if (!sa)
                return sa.error();
            auto sb = queries.samples(q, b.keys);
            if (!sb)
                return sb.error();
            QualityCounts ca = a.counts, cb = b.counts;
            ca.costSquares = sa->costSquares;
            cb.costSquares = sb->costSquares;
            return CompareData { compareVariants(ca, *sa, cb, *sb) };
        },
        [this, la, lb, ca = a.counts, cb = b.counts](const QueryOutcome<CompareData>& out) {
            if (!out.value) {
                m_verdict->setText(tr("The comparison failed: %1").arg(out.error));
                m_figures->clear();
                m_footnote->clear();
            } else {
                showComparison(out.value->comparison, ca, cb, la, lb);
            }
            emit compared();
        });
}

void QualityPage::showComparison(
    const Comparison& c, const QualityCounts& ca, const QualityCounts& cb, const QString& a, const QString& b)
{
    auto money = [](std::optional<Nano> v) {
        return v ? formatMoneyPrecise(*v) : noValue();
    };
    auto rate = [](std::optional<double> v, const std::optional<Interval>& i) {
        return v ? formatPercent(*v) + intervalText(i, true) : noValue();
    };
    auto mean = [](std::optional<double> v, const std::optional<Interval>& i) {
        return v ? uiLocale().toString(*v, 'f', 2) + intervalText(i, false) : noValue();
    };
    QString cost = noValue();
    if (c.costChange) {
        cost = formatSignedPercent(*c.costChange);
        if (c.costChangeInterval)
            cost += bracket(
                formatSignedPercent(c.costChangeInterval->low), formatSignedPercent(c.costChangeInterval->high));
    }
    auto row = [](const QString& what, const QString& va, const QString& vb, const QString& d) {
        return QStringLiteral("<tr><td style='white-space:nowrap'>%1</td>"
                              "<td align='right' style='white-space:nowrap'>%2</td>"
                              "<td align='right' style='white-space:nowrap'>%3</td>"
                              "<td align='right' style='white-space:nowrap'>%4</td></tr>")
            .arg(what, va, vb, d);
    };
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='4'>");
    html
        += QStringLiteral("<tr><th></th><th align='right'>A</th><th align='right'>B</th><th align='right'>%1</th></tr>")
               .arg(tr("B \u2212 A"));
    html += row(tr("Requests"), formatCount(ca.requests), formatCount(cb.requests), QString());
    html += row(tr("Cost per request"), money(ca.costPerRequest()), money(cb.costPerRequest()), cost);
    html += row(tr("Judged requests"), formatCount(ca.judged), formatCount(cb.judged), QString());
    html += row(tr("Acceptance rate"), rate(c.acceptanceA, c.acceptanceIntervalA),
        rate(c.acceptanceB, c.acceptanceIntervalB),
        differenceText(c.acceptanceDifference, c.acceptanceA, c.acceptanceB, true));
    html += row(tr("Eval pass rate"), rate(c.passRateA, c.passRateIntervalA), rate(c.passRateB, c.passRateIntervalB),
        differenceText(c.passRateDifference, c.passRateA, c.passRateB, true));
    html += row(tr("Eval score"), mean(c.scoreMeanA, c.scoreIntervalA), mean(c.scoreMeanB, c.scoreIntervalB),
        differenceText(c.scoreDifference, c.scoreMeanA, c.scoreMeanB, false));
    html += row(tr("Human rating"), mean(c.ratingMeanA, c.ratingIntervalA), mean(c.ratingMeanB, c.ratingIntervalB),
        differenceText(c.ratingDifference, c.ratingMeanA, c.ratingMeanB, false));
    html += row(tr("Cost per accepted"), money(ca.costPerAccepted()), money(cb.costPerAccepted()), QString());
    html += QStringLiteral("</table>");
    m_footnote->setText(
        QStringLiteral("A: %1<br>B: %2<br>%3")
            .arg(a.toHtmlEscaped(), b.toHtmlEscaped(),
                tr("Brackets: 95% intervals (Wilson for rates, Newcombe for their difference, bootstrap for "
                   "means, delta method for the cost change).")));
    m_figures->setText(html);
    m_verdict->setText(verdictText(c));
}

} // namespace burnrate::ui
