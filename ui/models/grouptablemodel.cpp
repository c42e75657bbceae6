#include "ui/models/grouptablemodel.h"

#include "ui/format.h"

#include <QColor>
#include <QFont>
#include <QVariant>

namespace burnrate::ui {

GroupTableModel::GroupTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void GroupTableModel::setColumns(const QStringList& keyHeaders, const QList<Measure>& measures)
{
    beginResetModel();
    m_keyHeaders = keyHeaders;
    m_measures = measures;
    m_rows.clear();
    m_total = {};
    endResetModel();
}

void GroupTableModel::setRows(std::vector<GroupRow> rows, const Totals& total)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_total = total;
    endResetModel();
}

const GroupRow* GroupTableModel::rowAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[std::size_t(row)] : nullptr;
}

GroupTableModel::Measure GroupTableModel::measureAt(int column) const
{
    return m_measures.value(column - keyColumnCount(), Measure::Cost);
}

int GroupTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int GroupTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_keyHeaders.size() + m_measures.size());
}

QString GroupTableModel::measureName(Measure m)
{
    switch (m) {
    case Measure::Requests:
        return tr("Requests");
    case Measure::InputTokens:
        return tr("Input tokens");
    case Measure::CachedTokens:
        return tr("Cached tokens");
    case Measure::CacheWriteTokens:
        return tr("Cache-write tokens");
    case Measure::OutputTokens:
        return tr("Output tokens");
    case Measure::Cost:
        return tr("Spend");
    case Measure::Share:
        return tr("Share");
    case Measure::CostPerRequest:
        return tr("Cost / request");
    case Measure::CostPer1kOutput:
        return tr("Cost / 1k output");
    case Measure::Latency:
        return tr("Latency p50 / p95");
    case Measure::Ttft:
        return tr("TTFT p50 / p95");
    case Measure::Trend:
        return tr("Trend");
    case Measure::PromptCacheHitRate:
        return tr("Prompt-cache hit rate");
    case Measure::CacheSavings:
        return tr("Cache savings");
    case Measure::CacheWriteOverhead:
        return tr("Cache-write overhead");
    case Measure::ResponseCacheHitRate:
        return tr("Response-cache hits");
    case Measure::CacheAvoided:
        return tr("Cost avoided");
    case Measure::UnpricedRequests:
        return tr("Unpriced requests");
    case Measure::UnpricedTokens:
        return tr("Unpriced tokens");
    case Measure::ErrorCost:
        return tr("Error cost");
    case Measure::Annotated:
        return tr("Annotated");
    }
    return {};
}

QString GroupTableModel::measureTooltip(Measure m)
{
    switch (m) {
    case Measure::Share:
        return tr("Spend of the row / spend of all rows");
    case Measure::CostPerRequest:
        return tr("Spend / requests");
    case Measure::CostPer1kOutput:
        return tr("Spend / output tokens x 1000");
    case Measure::Latency:
        return tr("Request latency, median and 95th percentile (nearest rank: 95% of requests took this long or less), "
                  "over the requests that report one; attribution lens. Sorts by the median.");
    case Measure::Ttft:
        return tr("Time to first token, median and 95th percentile (nearest rank), of the streamed requests whose "
                  "source reports it. Sorts by the median.");
    case Measure::PromptCacheHitRate:
        return tr("Cached input tokens / all input tokens");
    case Measure::CacheSavings:
        return tr("Cached tokens x (input price - cached-input price)");
    case Measure::CacheWriteOverhead:
        return tr("Cache-write tokens x (cache-write price - input price)");
    case Measure::ResponseCacheHitRate:
        return tr("Requests served from the proxy's response cache / requests");
    case Measure::CacheAvoided:
        return tr("What the requests served from the response cache would have cost");
    case Measure::Trend:
        return tr("Daily spend over the selected range");
    case Measure::Annotated:
        return tr("Requests an expert annotated (thumbs, rating, labels): read them on the Requests page");
    default:
        return {};
    }
}

QVariant GroupTableModel::measureValue(const GroupRow& r, Measure m, bool display) const
{
    const Totals& t = r.totals;
    auto money = [&](Nano n) -> QVariant {
        return display ? QVariant(formatMoney(n)) : QVariant(qlonglong(n));
    };
    auto precise = [&](Nano n) -> QVariant {
        return display ? QVariant(formatMoneyPrecise(n)) : QVariant(qlonglong(n));
    };
    auto count = [&](std::int64_t n) -> QVariant {
        return display ? QVariant(formatCount(n)) : QVariant(qlonglong(n));
    };
    auto ratio = [&](double v) -> QVariant {
        return display ? QVariant(formatPercent(v)) : QVariant(v);
    };
    auto latency = [&](const std::optional<LatencyStats>& s) -> QVariant {
        if (!s || s->count == 0)
            return display ? QVariant(noValue()) : QVariant(qlonglong(-1));
        return display ? QVariant(tr("%1 / %2 ms").arg(formatCount(s->medianMs), formatCount(s->p95Ms)))
                       : QVariant(qlonglong(s->medianMs));
    };
    switch (m) {
    case Measure::Latency:
        return latency(r.latency);
    case Measure::Ttft:
        return latency(r.ttft);
    case Measure::Requests:
        return count(t.requests);
    case Measure::InputTokens:
        return count(t.input);
    case Measure::CachedTokens:
        return count(t.cached);
    case Measure::CacheWriteTokens:
        return count(t.cacheWrites());
    case Measure::OutputTokens:
        return count(t.output);
    case Measure::Cost:
        // Unpriced is not free: a group with unpriced usage never reads as a plain $0.
        if (display && t.unpricedRequests > 0)
            return t.unpricedRequests >= t.requests ? tr("unpriced") : formatMoney(t.cost) + QStringLiteral(" *");
        return money(t.cost);
    case Measure::Share:
        return ratio(m_total.cost ? double(t.cost) / double(m_total.cost) : 0.0);
    case Measure::CostPerRequest:
    case Measure::CostPer1kOutput:
        if (display && t.requests > 0 && t.unpricedRequests >= t.requests)
            return tr("unpriced");
        return precise(m == Measure::CostPerRequest ? t.costPerRequest() : t.costPer1kOutput());
    case Measure::Trend:
        return display ? QVariant() : QVariant(qlonglong(t.cost));
    case Measure::PromptCacheHitRate:
        return ratio(t.promptCacheHitRate());
    case Measure::CacheSavings:
        return money(t.cacheSavings);
    case Measure::CacheWriteOverhead:
        return money(t.cacheWriteExtra);
    case Measure::ResponseCacheHitRate:
        return ratio(t.responseCacheHitRate());
    case Measure::CacheAvoided:
        return money(t.cacheAvoided);
    case Measure::UnpricedRequests:
        return count(t.unpricedRequests);
    case Measure::UnpricedTokens:
        return count(t.unpricedTokens);
    case Measure::ErrorCost:
        return money(t.errorCost);
    case Measure::Annotated:
        if (!r.annotations)
            return display ? QVariant(noValue()) : QVariant(qlonglong(-1));
        return count(r.annotations->annotated);
    }
    return {};
}

QVariant GroupTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GroupRow& r = m_rows[std::size_t(index.row())];
    const int col = index.column();
    const int nKeys = keyColumnCount();
    if (role == KeysRole) {
        QStringList keys;
        for (const auto& k : r.keys)
            keys << QString::fromStdString(k);
        return keys;
    }
    if (role == OtherRole)
        return r.other;
    if (col < nKeys) {
        const QString key
            = std::size_t(col) < r.keys.size() ? QString::fromStdString(r.keys[std::size_t(col)]) : QString();
        switch (role) {
        case Qt::DisplayRole:
            if (r.other)
                return tr("Other");
            return key.isEmpty() ? tr("(none)") : key;
        case SortRole:
            return r.other ? QString() : key;
        case Qt::ToolTipRole:
            return key;
        case Qt::FontRole:
            if (r.other || key.isEmpty()) {
                QFont f;
                f.setItalic(true);
                return f;
            }
            return {};
        default:
            return {};
        }
    }
    const Measure m = measureAt(col);
    switch (role) {
    case Qt::DisplayRole:
        return measureValue(r, m, true);
    case SortRole:
        return measureValue(r, m, false);
    case P95Role: {
        const std::optional<LatencyStats>* s = m == Measure::Latency ? &r.latency
            : m == Measure::Ttft                                     ? &r.ttft
                                                                     : nullptr;
        return qlonglong(s && *s && (*s)->count > 0 ? (*s)->p95Ms : -1);
    }
    case TrendRole:
        if (m == Measure::Trend) {
            QVariantList v;
            for (double d : r.trend)
                v << d;
            return v;
        }
        return {};
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (r.totals.unpricedRequests > 0 && (m == Measure::Cost || m == Measure::CostPerRequest))
            return tr("%1 requests (%2 tokens) have no price: add one on the Prices page")
                .arg(formatCount(r.totals.unpricedRequests), formatCount(r.totals.unpricedTokens));
        if (m == Measure::Annotated)
            return r.annotations ? annotationSummary(*r.annotations)
                                 : tr("Annotations are on requests: the attribution lens has them");
        return measureTooltip(m);
    default:
        return {};
    }
}

QVariant GroupTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    const int nKeys = keyColumnCount();
    if (role == Qt::DisplayRole)
        return section < nKeys ? m_keyHeaders[section] : measureName(measureAt(section));
    if (role == Qt::ToolTipRole && section >= nKeys)
        return measureTooltip(measureAt(section));
    return {};
}

} // namespace burnrate::ui
