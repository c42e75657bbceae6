#include "ui/widgets/tables.h"

#include <QHeaderView>
#include <QKeyEvent>
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
    // Tab leaves the table (arrows move between rows) instead of walking every cell.
    view->setTabKeyNavigation(false);
    return view;
}

namespace {
class RowEnterFilter : public QObject
{
public:
    RowEnterFilter(QTableView* view, std::function<void(const QModelIndex&)> activate)
        : QObject(view)
        , m_view(view)
        , m_activate(std::move(activate))
    {
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == m_view && event->type() == QEvent::KeyPress) {
            auto* k = static_cast<QKeyEvent*>(event);
            if ((k->key() == Qt::Key_Return || k->key() == Qt::Key_Enter) && k->modifiers() == Qt::NoModifier
                && m_view->currentIndex().isValid()) {
                m_activate(m_view->currentIndex());
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QTableView* m_view;
    std::function<void(const QModelIndex&)> m_activate;
};
} // namespace

void onRowEnter(QTableView* view, std::function<void(const QModelIndex&)> activate)
{
    view->installEventFilter(new RowEnterFilter(view, std::move(activate)));
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
