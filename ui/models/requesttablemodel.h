#pragma once

#include "analytics/requestquery.h"

#include <QAbstractTableModel>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace burnrate::ui {

class QueryRunner;

// The requests of a filter as a table, loaded a page at a time off the GUI thread: the view asks for more
// (canFetchMore/fetchMore) as it scrolls, and each page continues the keyset of the last. Sorting re-queries
// on the server-side keys (time, cost, tokens, latency); other columns do not sort.
class RequestTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TimeColumn,
        ProviderColumn,
        ModelColumn,
        TenantColumn,
        PromptColumn,
        InputColumn,
        OutputColumn,
        CostColumn,
        LatencyColumn,
        StatusColumn,
        AnnotationsColumn,
        EvalColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        IdRole, // events.id
        ErrorRole // true for an error status
    };

    // Pages load through `runner` (e.g. the page's own, so the page is idle once the first page arrived);
    // without one the model makes its own.
    explicit RequestTableModel(QueryRunner* runner = nullptr, QObject* parent = nullptr);

    void setDatabasePath(const QString& path);
    // Rows per page: in time order (a day's rows at a time, fast at any position) and in the orders that scan
    // the whole range (cost, tokens, latency: bigger pages, fewer scans while scrolling).
    void setPageSize(int rows, int scanRows)
    {
        m_pageSize = rows;
        m_scanPageSize = scanRows;
    }
    // Starts over with a new filter (keeps the sort order).
    void setFilter(const burnrate::RequestFilter& filter);
    const burnrate::RequestFilter& filter() const
    {
        return m_filter;
    }
    burnrate::RequestSort sortKey() const
    {
        return m_sort;
    }
    bool descending() const
    {
        return m_descending;
    }
    // The column that sorts by `key`.
    static int columnOf(burnrate::RequestSort key);
    static std::optional<burnrate::RequestSort> sortOf(int column);

    const burnrate::RequestRow* rowAt(int row) const;
    int rowOfId(std::int64_t id) const;
    // Whether a page is being loaded.
    bool isLoading() const
    {
        return m_loading;
    }
    // Whether every matching request has been loaded.
    bool atEnd() const
    {
        return m_loaded && !m_next;
    }
    // Re-reads the loaded rows' annotation counts after an edit (same keys, so rows stay put).
    void updateAnnotationCount(std::int64_t id, int count);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order) override;

signals:
    // A page arrived (first: it was the first page of a new filter or sort).
    void pageLoaded(bool first);
    void loadFailed(const QString& message);
    void loadingChanged(bool loading);

private:
    void restart();
    void load(bool first);

    QueryRunner* m_runner;
    burnrate::RequestFilter m_filter;
    burnrate::RequestSort m_sort = burnrate::RequestSort::Time;
    bool m_descending = true;
    int m_pageSize = 200;
    int m_scanPageSize = 1000;
    std::vector<burnrate::RequestRow> m_rows;
    std::optional<burnrate::RequestCursor> m_next;
    // The cost, tokens or latency order kept between pages (shared with the query thread).
    std::shared_ptr<burnrate::RequestOrderCache> m_orderCache = std::make_shared<burnrate::RequestOrderCache>();
    bool m_loaded = false; // the first page arrived
    bool m_loading = false;
};

} // namespace burnrate::ui
