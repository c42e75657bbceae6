#include "ui/widgets/tables.h"

#include <QEvent>
#include <QGroupBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QSortFilterProxyModel>
#include <QTimer>

#include <algorithm>
#include <vector>

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
    // A screen reader announces the table by the group it sits in (pages name the others themselves).
    for (QWidget* p = parent; p; p = p->parentWidget())
        if (auto* box = qobject_cast<QGroupBox*>(p); box && !box->title().isEmpty()) {
            view->setAccessibleName(box->title());
            break;
        }
    return view;
}

namespace {

class ColumnFitter : public QObject
{
public:
    explicit ColumnFitter(QTableView* view)
        : QObject(view)
        , m_view(view)
    {
        m_timer.setSingleShot(true);
        m_timer.setInterval(0);
        connect(&m_timer, &QTimer::timeout, this, &ColumnFitter::fit);
        view->viewport()->installEventFilter(this);
        QAbstractItemModel* m = view->model();
        connect(m, &QAbstractItemModel::modelReset, &m_timer, qOverload<>(&QTimer::start));
        connect(m, &QAbstractItemModel::layoutChanged, &m_timer, qOverload<>(&QTimer::start));
        connect(m, &QAbstractItemModel::rowsInserted, &m_timer, qOverload<>(&QTimer::start));
        connect(m, &QAbstractItemModel::columnsInserted, &m_timer, qOverload<>(&QTimer::start));
        connect(m, &QAbstractItemModel::headerDataChanged, &m_timer, qOverload<>(&QTimer::start));
        connect(m, &QAbstractItemModel::dataChanged, &m_timer, qOverload<>(&QTimer::start));
        m_timer.start();
    }

protected:
    bool eventFilter(QObject* o, QEvent* e) override
    {
        if (e->type() == QEvent::Resize)
            m_timer.start();
        return QObject::eventFilter(o, e);
    }

private:
    void fit()
    {
        QHeaderView* header = m_view->horizontalHeader();
        const int n = header->count();
        const int avail = m_view->viewport()->width();
        if (n == 0 || avail <= 0)
            return;
        const int minWidth = m_view->fontMetrics().horizontalAdvance(QStringLiteral("0000000"));
        // natural: contents and header whole; floor: the contents whole (the header may elide: its tooltip stays).
        std::vector<int> natural(std::size_t(n), 0), floor(std::size_t(n), 0);
        long total = 0, floorTotal = 0;
        for (int i = 0; i < n; ++i) {
            if (header->isSectionHidden(i))
                continue;
            const int content = static_cast<QAbstractItemView*>(m_view)->sizeHintForColumn(i);
            natural[std::size_t(i)] = std::max(content, header->sectionSizeHint(i));
            floor[std::size_t(i)] = std::min(natural[std::size_t(i)], std::max(content, minWidth));
            total += natural[std::size_t(i)];
            floorTotal += floor[std::size_t(i)];
        }
        if (total <= avail) {
            for (int i = 0; i < n; ++i)
                if (header->sectionResizeMode(i) == QHeaderView::Interactive)
                    header->setSectionResizeMode(i, QHeaderView::ResizeToContents);
            return;
        }
        std::vector<int> width(std::size_t(n), 0);
        if (floorTotal <= avail) {
            // Headers give way first, each in proportion to what it would lose.
            const double keep = double(avail - floorTotal) / double(total - floorTotal);
            for (int i = 0; i < n; ++i)
                width[std::size_t(i)]
                    = floor[std::size_t(i)] + int((natural[std::size_t(i)] - floor[std::size_t(i)]) * keep);
        } else {
            // Contents never elide (a cut "$343...." is worse than scrolling): headers at their floor, and the
            // table scrolls sideways only when even the contents do not fit.
            width = floor;
        }
        for (int i = 0; i < n; ++i) {
            if (header->isSectionHidden(i))
                continue;
            header->setSectionResizeMode(i, QHeaderView::Interactive);
            header->resizeSection(i, width[std::size_t(i)]);
        }
    }

    QTableView* m_view;
    QTimer m_timer;
};

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

void fitColumnsToWidth(QTableView* view)
{
    new ColumnFitter(view);
}

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
