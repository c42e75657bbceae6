#include "ui/pages/reconciliationpanel.h"

#include "export/reconciliationcsv.h"
#include "ui/format.h"
#include "ui/widgets/tables.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <fstream>
#include <tuple>

namespace burnrate::ui {

namespace {

using Grain = ReconciliationModel::Grain;

QString escOrNone(const std::string& v)
{
    return v.empty() ? ReconciliationPanel::tr("(none)") : QString::fromStdString(v).toHtmlEscaped();
}

QString checkText(const ReportedCheck& c)
{
    if (auto ratio = c.diffRatio())
        return formatSignedPercent(*ratio);
    return ReconciliationPanel::tr("nothing computed");
}

} // namespace

ReconciliationPanel::ReconciliationPanel(QWidget* parent)
    : QWidget(parent)
{
    auto* lay = new QVBoxLayout(this);
    lay->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("reconciliationSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    lay->addWidget(m_summary);

    auto* row = new QHBoxLayout;
    m_grain = new QComboBox(this);
    m_grain->addItem(tr("Per day, provider and model"), int(Grain::Model));
    m_grain->addItem(tr("Per day and provider (invoices)"), int(Grain::Provider));
    m_grain->setToolTip(tr("Per model, computed vs reported compares the costs the sources reported per request; "
                           "per provider, the billed cost we computed vs the provider's invoiced cost lines"));
    m_export = new QPushButton(tr("Export CSV..."), this);
    m_export->setToolTip(tr("The reconcile CSV: per day, provider and model, billed, attributed, unattributed, "
                            "coverage, computed and reported"));
    row->addWidget(new QLabel(tr("Rows"), this));
    row->addWidget(m_grain);
    row->addStretch(1);
    row->addWidget(m_export);
    lay->addLayout(row);

    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("reconciliationNotice"));
    m_notice->setWordWrap(true);
    m_notice->setAlignment(Qt::AlignCenter);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->hide();
    lay->addWidget(m_notice);

    m_model = new ReconciliationModel(this);
    m_table = makeTableView(m_model, ReconciliationModel::SortRole, this);
    m_table->setToolTip(tr("Largest gaps first; click a header to sort"));
    m_table->setAccessibleName(tr("Reconciliation"));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    lay->addWidget(m_table, 1);

    connect(m_grain, &QComboBox::activated, this, [this] { showRows(); });
    connect(m_export, &QPushButton::clicked, this, &ReconciliationPanel::exportCsv);
    m_summary->setText(tr("Loading..."));
}

std::vector<ReconRow> ReconciliationPanel::gapOrder(std::vector<ReconRow> rows)
{
    auto absGap = [](const ReconRow& r) {
        Int128 g = Int128(r.billed) - r.attributed;
        return g < 0 ? -g : g;
    };
    std::stable_sort(rows.begin(), rows.end(), [&](const ReconRow& a, const ReconRow& b) {
        if (a.hasBilling != b.hasBilling)
            return a.hasBilling;
        if (a.hasBilling && absGap(a) != absGap(b))
            return absGap(a) > absGap(b);
        return std::tie(a.day, a.provider, a.model) < std::tie(b.day, b.provider, b.model);
    });
    return rows;
}

void ReconciliationPanel::setGrain(Grain grain)
{
    m_grain->setCurrentIndex(m_grain->findData(int(grain)));
    showRows();
}

Grain ReconciliationPanel::grain() const
{
    return Grain(m_grain->currentData().toInt());
}

QString ReconciliationPanel::summaryText() const
{
    return m_summary->text();
}

QString ReconciliationPanel::noticeText() const
{
    return m_notice->isHidden() ? QString() : m_notice->text();
}

void ReconciliationPanel::showNotice(const QString& text)
{
    m_hasData = false;
    m_data = {};
    m_model->clear();
    m_summary->setText(QString());
    m_notice->setText(text);
    m_notice->show();
    m_table->hide();
    m_export->setEnabled(false);
}

void ReconciliationPanel::setReconciliation(Reconciliation r)
{
    m_data = std::move(r);
    m_hasData = true;
    m_notice->hide();
    m_table->show();
    m_export->setEnabled(true);
    const ReconTotals& t = m_data.totals;
    QStringList lines;
    if (auto c = t.coverage())
        lines << tr("Coverage <b>%1</b> of billed spend attributed (%2 of %3) \u00b7 unattributed <b>%4</b>")
                     .arg(formatPercent(*c), formatMoney(t.attributedCovered), formatMoney(t.billed),
                         formatMoney(t.unattributed()));
    else if (t.hasBilling)
        lines << tr("Coverage undefined: the billing data of this range shows no priced spend");
    else
        lines << tr("Coverage undefined: no billing data in this range (connect a provider usage source on the "
                    "Sources page)");
    if (!m_data.uncoveredProviders.empty()) {
        QStringList names;
        for (const auto& p : m_data.uncoveredProviders)
            names << escOrNone(p);
        if (t.uncoveredUnpriced > 0)
            lines << tr("No billing to compare with: %1 attributed (%2; %3 requests without a price, cost unknown)")
                         .arg(formatMoney(t.attributedUncovered), names.join(QStringLiteral(", ")),
                             formatCount(t.uncoveredUnpriced));
        else
            lines << tr("No billing to compare with: %1 attributed (%2)")
                         .arg(formatMoney(t.attributedUncovered), names.join(QStringLiteral(", ")));
    }
    if (!m_data.invoicesCompared)
        lines << tr("Invoices not compared: cost lines carry provider and project only, and a filter selects more");
    else if (t.invoiced.present)
        lines << tr("Computed from billed usage %1 vs invoiced %2 (%3)")
                     .arg(formatMoney(t.invoiced.computed), formatMoney(t.invoiced.reported), checkText(t.invoiced));
    else
        lines << tr("No invoiced cost lines in this range");
    if (m_data.otherCurrencyLines > 0)
        lines << tr("%1 cost lines in another currency than USD were not compared")
                     .arg(formatCount(m_data.otherCurrencyLines));
    if (t.reported.present)
        lines << tr("Computed %1 vs reported by the sources %2 for %3 requests (%4)")
                     .arg(formatMoney(t.reported.computed), formatMoney(t.reported.reported),
                         formatCount(t.reported.requests), checkText(t.reported));
    else
        lines << tr("No source reported a cost per request");
    auto top = [](const std::vector<ReconRow>& rows, auto label) {
        QStringList parts;
        for (std::size_t i = 0; i < rows.size() && i < 3; ++i)
            parts << QStringLiteral("%1 (%2)").arg(label(rows[i]), formatMoney(rows[i].billed - rows[i].attributed));
        return parts.join(QStringLiteral(", "));
    };
    if (!m_data.gapsByModel.empty())
        lines << tr("Largest gaps by model: %1; by day: %2")
                     .arg(top(m_data.gapsByModel,
                              [](const ReconRow& r) {
                                  return escOrNone(r.provider) + QLatin1Char('/') + escOrNone(r.model);
                              }),
                         top(m_data.gapsByDay, [](const ReconRow& r) { return formatDate(r.day); }));
    m_summary->setText(lines.join(QStringLiteral("<br>")));
    showRows();
}

void ReconciliationPanel::showRows()
{
    if (!m_hasData)
        return;
    const Grain g = grain();
    m_model->setRows(gapOrder(g == Grain::Model ? m_data.rows : m_data.providerDays), g);
    m_table->setColumnHidden(ReconciliationModel::Model, g == Grain::Provider);
    // Model order (largest gaps first) until the user sorts by a column.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::DescendingOrder);
    if (auto* p = proxyOf(m_table))
        p->sort(-1);
}

void ReconciliationPanel::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export CSV"), QStringLiteral("burnrate-reconciliation.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    emit statusMessage(exportCsvTo(path) ? tr("Exported %1").arg(path) : tr("Could not write %1").arg(path));
}

bool ReconciliationPanel::exportCsvTo(const QString& path)
{
    if (!m_hasData)
        return false;
    std::ofstream out(path.toStdString(), std::ios::binary | std::ios::trunc);
    if (!out)
        return false;
    writeReconciliationCsv(out, m_data, 6);
    out.close();
    return bool(out);
}

} // namespace burnrate::ui
