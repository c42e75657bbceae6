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
// Maps a view row to the source model row.
int sourceRow(QTableView* view, const QModelIndex& viewIndex);
// Enter / Return on the current row calls `activate` with it (the keyboard's double-click).
void onRowEnter(QTableView* view, std::function<void(const QModelIndex&)> activate);

} // namespace burnrate::ui
