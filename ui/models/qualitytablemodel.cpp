#include "ui/models/qualitytablemodel.h"

#include "ui/format.h"

#include <QVariant>

#include <limits>

namespace burnrate::ui {

namespace {

// Undefined figures sort below every defined one, in either order's natural reading.
constexpr double kUndefined = -std::numeric_limits<double>::infinity();

QString wilsonTip(std::int64_t k, std::int64_t n)
{
    auto w = wilsonInterval(k, n);
    if (!w)
        return {};
    return QualityTableModel::tr("%1 of %2; 95% interval %3 to %4 (Wilson)")
        .arg(formatCount(k), formatCount(n), formatPercent(w->low), formatPercent(w->high));
}

} // namespace

QualityTableModel::QualityTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void QualityTableModel::setRows(const QStringList& keyHeaders, std::vector<QualityRow> rows)
{
    beginResetModel();
    m_keyHeaders = keyHeaders;
    m_rows = std::move(rows);
    endResetModel();
}

const QualityRow* QualityTableModel::rowAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[std::size_t(row)] : nullptr;
}

QString QualityTableModel::groupLabel(const std::vector<std::string>& keys)
{
    QStringList parts;
    for (const auto& k : keys)
        parts << (k.empty() ? tr("(none)") : QString::fromStdString(k));
    return parts.isEmpty() ? tr("All requests") : parts.join(QStringLiteral(" / "));
}

int QualityTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QualityTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_keyHeaders.size()) + MeasureCount;
}

QString QualityTableModel::measureName(int m)
{
    switch (m) {
    case Requests:
        return tr("Requests");
    case CostPerRequest:
        return tr("Cost / request");
    case EvalResults:
        return tr("Evals");
    case EvalScoreMean:
        return tr("Eval score");
    case EvalPassRate:
        return tr("Eval pass");
    case Ratings:
        return tr("Ratings");
    case RatingMean:
        return tr("Rating");
    case Judged:
        return tr("Judged");
    case AcceptanceRate:
        return tr("Acceptance");
    case CostPerAccepted:
        return tr("Cost / accepted");
    case TokensPerAccepted:
        return tr("Tokens / accepted");
    default:
        return {};
    }
}

QString QualityTableModel::measureTooltip(int m)
{
    switch (m) {
    case Requests:
        return tr("Requests in the range (attribution lens)");
    case CostPerRequest:
        return tr("Computed cost of the priced requests / priced requests");
    case EvalResults:
        return tr("Eval results of these requests, and those without a request id of the same model and prompt "
                  "version");
    case EvalScoreMean:
        return tr("Mean eval score");
    case EvalPassRate:
        return tr("Eval results passed / eval results with a pass or fail verdict");
    case Ratings:
        return tr("Annotations with a 1-5 rating");
    case RatingMean:
        return tr("Mean human rating (1-5)");
    case Judged:
        return tr("Requests with any judgement: an eval verdict, a thumb or a rating");
    case AcceptanceRate:
        return tr("Accepted / judged. Accepted: at least one positive judgement (eval passed, thumb up, rating >= 4) "
                  "and no negative one (eval failed, thumb down, rating <= 2)");
    case CostPerAccepted:
        return tr("Cost of the judged requests / accepted answers");
    case TokensPerAccepted:
        return tr("Input + output tokens of the judged requests / accepted answers");
    default:
        return {};
    }
}

QVariant QualityTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()) || index.column() >= columnCount())
        return {};
    const QualityRow& r = m_rows[std::size_t(index.row())];
    const QualityCounts& c = r.counts;
    const int keys = keyColumnCount();
    if (role == KeysRole) {
        QStringList out;
        for (const auto& k : r.keys)
            out << QString::fromStdString(k);
        return out;
    }
    if (index.column() < keys) {
        const std::string& k = r.keys[std::size_t(index.column())];
        if (role == Qt::DisplayRole)
            return k.empty() ? tr("(none)") : QString::fromStdString(k);
        if (role == SortRole)
            return QString::fromStdString(k);
        return {};
    }
    const int m = index.column() - keys;
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    auto money = [&](std::optional<Nano> v) -> QVariant {
        if (role == SortRole)
            return v ? double(*v) : kUndefined;
        return v ? formatMoneyPrecise(*v) : noValue();
    };
    auto rate = [&](std::optional<double> v) -> QVariant {
        if (role == SortRole)
            return v ? *v : kUndefined;
        return v ? formatPercent(*v) : noValue();
    };
    auto count = [&](std::int64_t v) -> QVariant {
        if (role == SortRole)
            return qlonglong(v);
        return formatCount(v);
    };
    if (role == Qt::ToolTipRole) {
        switch (m) {
        case EvalPassRate:
            return wilsonTip(c.evalPassed, c.evalPassed + c.evalFailed);
        case AcceptanceRate:
            return wilsonTip(c.accepted, c.judged);
        case CostPerRequest:
            if (c.requests > c.pricedRequests)
                return tr("%n request(s) without a price are left out", nullptr, int(c.requests - c.pricedRequests));
            return {};
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (m) {
    case Requests:
        return count(c.requests);
    case CostPerRequest:
        return money(c.costPerRequest());
    case EvalResults:
        return count(c.evalResults);
    case EvalScoreMean: {
        auto v = c.evalScoreMean();
        if (role == SortRole)
            return v ? *v : kUndefined;
        return v ? uiLocale().toString(*v, 'f', 2) : noValue();
    }
    case EvalPassRate:
        return rate(c.evalPassRate());
    case Ratings:
        return count(c.ratings);
    case RatingMean: {
        auto v = c.humanRatingMean();
        if (role == SortRole)
            return v ? *v : kUndefined;
        return v ? uiLocale().toString(*v, 'f', 2) : noValue();
    }
    case Judged:
        return count(c.judged);
    case AcceptanceRate:
        return rate(c.acceptanceRate());
    case CostPerAccepted:
        return money(c.costPerAccepted());
    case TokensPerAccepted: {
        auto v = c.tokensPerAccepted();
        if (role == SortRole)
            return v ? double(*v) : kUndefined;
        return v ? formatCount(*v) : noValue();
    }
    default:
        return {};
    }
}

QVariant QualityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return {};
    const int keys = keyColumnCount();
    if (role == Qt::DisplayRole)
        return section < keys ? m_keyHeaders[section] : measureName(section - keys);
    if (role == Qt::ToolTipRole && section >= keys)
        return measureTooltip(section - keys);
    return {};
}

} // namespace burnrate::ui
