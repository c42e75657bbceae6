#pragma once

#include <QTableView>

#include <functional>

QT_BEGIN_NAMESPACE
class QAbstractItemModel;
class QSortFilterProxyModel;
QT_END_NAMESPACE

namespace burnrate::ui {

// A read-only, sortable table over `source` through a proxy that sorts by `sortRole` (raw numbers,
// never formatted text).
QTableView* makeTableView(QAbstractItemModel* source, int sortRole, QWidget* parent);
QSortFilterProxyModel* proxyOf(QTableView* view);
// Keeps every column of `view` in sight: columns take their contents' width while they fit the view, and when
// they do not, the widest give way first (their text elides; the tooltip has it whole) instead of hiding columns
// behind a horizontal scroll bar. Follows resizes and model changes.
void fitColumnsToWidth(QTableView* view);
// Maps a view row to the source model row.
int sourceRow(QTableView* view, const QModelIndex& viewIndex);
// Enter / Return on the current row calls `activate` with it (the keyboard's double-click).
void onRowEnter(QTableView* view, std::function<void(const QModelIndex&)> activate);

} // namespace burnrate::ui
