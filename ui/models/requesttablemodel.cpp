#include "ui/models/requesttablemodel.h"

#include "ui/format.h"
#include "ui/queryrunner.h"

#include <QDateTime>

namespace burnrate::ui {

RequestTableModel::RequestTableModel(QueryRunner* runner, QObject* parent)
    : QAbstractTableModel(parent)
    , m_runner(runner ? runner : new QueryRunner(this))
{
}

void RequestTableModel::setDatabasePath(const QString& path)
{
    m_runner->setDatabasePath(path);
}

void RequestTableModel::setFilter(const burnrate::RequestFilter& filter)
{
    m_filter = filter;
    restart();
}

int RequestTableModel::columnOf(burnrate::RequestSort key)
{
    switch (key) {
    case burnrate::RequestSort::Time:
        return TimeColumn;
    case burnrate::RequestSort::Cost:
        return CostColumn;
    case burnrate::RequestSort::Tokens:
        return InputColumn;
    case burnrate::RequestSort::Latency:
        return LatencyColumn;
    }
    return TimeColumn;
}

std::optional<burnrate::RequestSort> RequestTableModel::sortOf(int column)
{
    switch (column) {
    case TimeColumn:
        return burnrate::RequestSort::Time;
    case CostColumn:
        return burnrate::RequestSort::Cost;
    case InputColumn:
    case OutputColumn:
        return burnrate::RequestSort::Tokens;
    case LatencyColumn:
        return burnrate::RequestSort::Latency;
    default:
        return std::nullopt;
    }
}

const burnrate::RequestRow* RequestTableModel::rowAt(int row) const
{
    if (row < 0 || row >= int(m_rows.size()))
        return nullptr;
    return &m_rows[std::size_t(row)];
}

int RequestTableModel::rowOfId(std::int64_t id) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == id)
            return int(i);
    return -1;
}

void RequestTableModel::updateAnnotationCount(std::int64_t id, int count)
{
    int row = rowOfId(id);
    if (row < 0 || m_rows[std::size_t(row)].annotations == count)
        return;
    m_rows[std::size_t(row)].annotations = count;
    emit dataChanged(index(row, AnnotationsColumn), index(row, AnnotationsColumn), { Qt::DisplayRole, SortRole });
}

void RequestTableModel::restart()
{
    m_runner->invalidate();
    beginResetModel();
    m_rows.clear();
    m_next.reset();
    m_loaded = false;
    endResetModel();
    load(true);
}

void RequestTableModel::load(bool first)
{
    if (m_runner->databasePath().isEmpty())
        return;
    burnrate::RequestPageQuery q;
    q.filter = m_filter;
    q.sort = m_sort;
    q.descending = m_descending;
    q.limit = m_sort == burnrate::RequestSort::Time || !m_filter.search.empty() ? m_pageSize : m_scanPageSize;
    if (!first)
        q.after = m_next;
    if (!m_loading) {
        m_loading = true;
        emit loadingChanged(true);
    }
    m_runner->run<burnrate::RequestPage>(
        [q, cache = m_orderCache](burnrate::Database& db) { return burnrate::RequestQueries(db, cache.get()).page(q); },
        [this, first](const QueryOutcome<burnrate::RequestPage>& out) {
            // The cursor moves before the rows go in: a view (or a tester) that fetches more on rowsInserted
            // continues after this page, never from the previous one again.
            m_loading = false;
            m_loaded = true;
            if (!out.value) {
                m_next.reset();
                emit loadingChanged(false);
                emit loadFailed(out.error);
                return;
            }
            m_next = out.value->next;
            auto& rows = out.value->rows;
            if (!rows.empty()) {
                beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size()) - 1);
                m_rows.insert(m_rows.end(), std::make_move_iterator(rows.begin()), std::make_move_iterator(rows.end()));
                endInsertRows();
            }
            emit loadingChanged(m_loading);
            emit pageLoaded(first);
        });
}

int RequestTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RequestTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool RequestTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_loaded && m_next.has_value() && !m_loading;
}

void RequestTableModel::fetchMore(const QModelIndex& parent)
{
    if (canFetchMore(parent))
        load(false);
}

void RequestTableModel::sort(int column, Qt::SortOrder order)
{
    auto key = sortOf(column);
    if (!key)
        return;
    const bool desc = order == Qt::DescendingOrder;
    if (*key == m_sort && desc == m_descending && m_loaded)
        return;
    m_sort = *key;
    m_descending = desc;
    restart();
}

namespace {

QString evalText(const burnrate::RequestRow& r)
{
    if (r.evalsPassed == 0 && r.evalsFailed == 0)
        return {};
    if (r.evalsFailed == 0)
        return RequestTableModel::tr("passed");
    if (r.evalsPassed == 0)
        return RequestTableModel::tr("failed");
    return RequestTableModel::tr("%1 passed, %2 failed").arg(r.evalsPassed).arg(r.evalsFailed);
}

} // namespace

QVariant RequestTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()) || index.column() >= ColumnCount)
        return {};
    const burnrate::RequestRow& r = m_rows[std::size_t(index.row())];
    const int c = index.column();
    if (role == IdRole)
        return QVariant::fromValue<qlonglong>(r.id);
    if (role == ErrorRole)
        return r.status >= 400;
    if (role == Qt::TextAlignmentRole) {
        switch (c) {
        case InputColumn:
        case OutputColumn:
        case CostColumn:
        case LatencyColumn:
        case StatusColumn:
        case AnnotationsColumn:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        }
    }
    if (role == Qt::ToolTipRole) {
        if (c == PromptColumn && !r.promptStart.empty())
            return QString::fromStdString(r.promptStart);
        if (c == CostColumn && r.reportedCost && r.cost && *r.reportedCost != *r.cost)
            return tr("Reported by the source: %1").arg(formatMoneyPrecise(*r.reportedCost));
        if (c == InputColumn && r.cached > 0)
            return tr("%1 of them read from the prompt cache").arg(formatCount(r.cached));
        return {};
    }
    if (role == SortRole) {
        switch (c) {
        case TimeColumn:
            return QVariant::fromValue<qlonglong>(r.ts);
        case InputColumn:
            return QVariant::fromValue<qlonglong>(r.input);
        case OutputColumn:
            return QVariant::fromValue<qlonglong>(r.output);
        case CostColumn:
            return QVariant::fromValue<qlonglong>(r.cost.value_or(-1));
        case LatencyColumn:
            return QVariant::fromValue<qlonglong>(r.latencyMs.value_or(-1));
        case StatusColumn:
            return r.status;
        case AnnotationsColumn:
            return r.annotations;
        default:
            break;
        }
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (c) {
    case TimeColumn:
        return QDateTime::fromSecsSinceEpoch(r.ts, Qt::UTC).toString(dateDisplayFormat() + QStringLiteral(" HH:mm:ss"));
    case ProviderColumn:
        return QString::fromStdString(r.provider);
    case ModelColumn:
        return QString::fromStdString(r.model);
    case TenantColumn:
        return QString::fromStdString(r.tenant);
    case PromptColumn: {
        QString s = QString::fromStdString(r.promptStart).simplified();
        return s;
    }
    case InputColumn:
        return formatCount(r.input);
    case OutputColumn:
        return formatCount(r.output);
    case CostColumn:
        return r.cost ? formatMoneyPrecise(*r.cost) : tr("unpriced");
    case LatencyColumn:
        return r.latencyMs ? tr("%1 ms").arg(formatCount(*r.latencyMs)) : QString();
    case StatusColumn:
        return QString::number(r.status);
    case AnnotationsColumn:
        return r.annotations > 0 ? QString::number(r.annotations) : QString();
    case EvalColumn:
        return evalText(r);
    default:
        return {};
    }
}

QVariant RequestTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        if (section == InputColumn || section == OutputColumn)
            return tr("Click to sort all matching requests by their total tokens (in + out)");
        if (sortOf(section))
            return tr("Click to sort all matching requests by this column");
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time (UTC)");
    case ProviderColumn:
        return tr("Provider");
    case ModelColumn:
        return tr("Model");
    case TenantColumn:
        return tr("Tenant");
    case PromptColumn:
        return tr("Prompt");
    case InputColumn:
        return tr("Tokens in");
    case OutputColumn:
        return tr("Tokens out");
    case CostColumn:
        return tr("Cost");
    case LatencyColumn:
        return tr("Latency");
    case StatusColumn:
        return tr("Status");
    case AnnotationsColumn:
        return tr("Notes");
    case EvalColumn:
        return tr("Eval");
    default:
        return {};
    }
}

} // namespace burnrate::ui
