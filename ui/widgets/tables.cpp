#include "ui/widgets/tables.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>

namespace burnrate::ui {

QTableView* makeTableView(QAbstractItemModel* source, int sortRole, QWidget* parent)
{
    auto* view = new QTableView(parent);
    auto* proxy = new QSortFilterProxyModel(view);
    proxy->setSortRole(sortRole);
    proxy->setSourceModel(source);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    return view;
}

QSortFilterProxyModel* proxyOf(QTableView* view)
{
    return qobject_cast<QSortFilterProxyModel*>(view->model());
}

int sourceRow(QTableView* view, const QModelIndex& viewIndex)
{
    if (auto* p = proxyOf(view))
        return p->mapToSource(viewIndex).row();
    return viewIndex.row();
}

} // namespace burnrate::ui
