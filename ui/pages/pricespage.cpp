#include "ui/pages/pricespage.h"

#include "pricing/pricebook.h"
#include "store/pricestore.h"
#include "ui/dialogs/pricedialog.h"
#include "ui/format.h"
#include "ui/models/grouptablemodel.h"
#include "ui/models/pricetablemodel.h"
#include "ui/queryrunner.h"
#include "ui/widgets/inputs.h"
#include "ui/widgets/tables.h"
#include "ui/writejob.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace burnrate::ui {

namespace {

using M = GroupTableModel::Measure;

struct PricesData
{
    std::vector<PriceRow> prices;
    std::vector<GroupRow> unpriced;
    Totals total;
};

} // namespace

PricesPage::PricesPage(DashboardState* state, QWidget* parent)
    : Page(state, parent)
{
    auto* buttons = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Find a model or provider"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(280);
    fitPlaceholder(m_search);
    auto* add = new QPushButton(tr("Add override..."), this);
    auto* remove = new QPushButton(tr("Remove override"), this);
    auto* import = new QPushButton(tr("Import LiteLLM price map..."), this);
    buttons->addWidget(m_search);
    buttons->addStretch(1);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addWidget(import);
    body()->addLayout(buttons);

    auto* split = new QSplitter(Qt::Vertical, this);
    auto* priceBox = new QGroupBox(tr("Prices (USD per 1M tokens; bold: in force now)"), split);
    auto* pl = new QVBoxLayout(priceBox);
    pl->setContentsMargins(4, 4, 4, 4);
    m_prices = new PriceTableModel(this);
    m_priceView = makeTableView(m_prices, PriceTableModel::SortRole, priceBox);
    m_priceView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_priceView->horizontalHeader()->setStretchLastSection(true);
    proxyOf(m_priceView)->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxyOf(m_priceView)->setFilterKeyColumn(-1);
    m_priceView->sortByColumn(PriceTableModel::Model, Qt::AscendingOrder);
    pl->addWidget(m_priceView);
    auto* unpricedBox
        = new QGroupBox(tr("Unpriced models in the selected range (counted, never treated as free)"), split);
    auto* ul = new QVBoxLayout(unpricedBox);
    ul->setContentsMargins(4, 4, 4, 4);
    m_unpriced = new GroupTableModel(this);
    m_unpriced->setColumns({ tr("Provider"), tr("Model") }, { M::UnpricedRequests, M::UnpricedTokens });
    m_unpricedView = makeTableView(m_unpriced, GroupTableModel::SortRole, unpricedBox);
    m_unpricedView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_unpricedView->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_unpricedView->horizontalHeader()->setStretchLastSection(false);
    m_unpricedView->sortByColumn(3, Qt::DescendingOrder);
    auto* addPrice = new QPushButton(tr("Add price for the selected model..."), unpricedBox);
    ul->addWidget(m_unpricedView);
    ul->addWidget(addPrice, 0, Qt::AlignLeft);
    split->addWidget(priceBox);
    split->addWidget(unpricedBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    body()->addWidget(split, 1);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(300);
    connect(m_search, &QLineEdit::textChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(&m_debounce, &QTimer::timeout, this,
        [this] { proxyOf(m_priceView)->setFilterFixedString(m_search->text().trimmed()); });
    connect(add, &QPushButton::clicked, this, [this] {
        const PriceRow* r = m_prices->rowAt(sourceRow(m_priceView, m_priceView->currentIndex()));
        addOverride(r ? QString::fromStdString(r->price.provider) : QString(),
            r ? QString::fromStdString(r->price.model) : QString());
    });
    connect(remove, &QPushButton::clicked, this, &PricesPage::removeOverride);
    connect(import, &QPushButton::clicked, this, &PricesPage::importRequested);
    auto addForUnpriced = [this] {
        const GroupRow* r = m_unpriced->rowAt(sourceRow(m_unpricedView, m_unpricedView->currentIndex()));
        if (r && r->keys.size() >= 2)
            addOverride(QString::fromStdString(r->keys[0]), QString::fromStdString(r->keys[1]));
    };
    connect(addPrice, &QPushButton::clicked, this, addForUnpriced);
    connect(m_unpricedView, &QTableView::doubleClicked, this, addForUnpriced);
}

void PricesPage::doRefresh()
{
    CostQuery q;
    q.from = state()->from();
    q.to = state()->to();
    q.filters = state()->filters();
    q.lens = Lens::Attribution;
    q.groupBy = { Axis { Dim::Provider, {} }, Axis { Dim::Model, {} } };
    const Epoch now = state()->now();
    runner()->run<PricesData>(
        [q, now](Database& db) -> Result<PricesData> {
            PricesData d;
            auto book = loadPriceBook(db);
            if (!book)
                return book.error();
            for (const auto& p : book->prices()) {
                PriceRow r;
                r.price = *p;
                const Price* inForce = book->resolve(p->provider, p->model, now);
                r.inForce = inForce == p.get();
                d.prices.push_back(std::move(r));
            }
            CostQueries cq(db);
            auto res = cq.run(q);
            if (!res)
                return res.error();
            for (GroupRow& g : foldGroups(*res, {}))
                if (g.totals.unpricedRequests > 0 || g.totals.unpricedTokens > 0)
                    d.unpriced.push_back(std::move(g));
            d.total = res->total;
            return d;
        },
        [this](const QueryOutcome<PricesData>& out) {
            if (!out.value) {
                showError(tr("The prices could not be loaded: %1").arg(out.error));
                return;
            }
            m_prices->setRows(out.value->prices);
            m_unpriced->setRows(out.value->unpriced, out.value->total);
        });
}

void PricesPage::addOverride(const QString& provider, const QString& model)
{
    PriceDialog dlg(provider, model, floorDay(state()->now()), this);
    if (const PriceRow* r = m_prices->rowAt(sourceRow(m_priceView, m_priceView->currentIndex()));
        r && QString::fromStdString(r->price.model) == model)
        dlg.setRates(r->price);
    if (dlg.exec() != QDialog::Accepted)
        return;
    const Price p = dlg.price();
    emit statusMessage(tr("Saving the price of %1 and re-pricing its history\u2026").arg(model));
    runWrite(
        this, state()->databasePath(),
        [p](Database& db) -> QString {
            auto r = savePrices(db, { p });
            if (!r)
                return QString::fromStdString(r.error().detail);
            return {};
        },
        [this, model](const QString& error) {
            if (!error.isEmpty())
                showError(tr("The price could not be saved: %1").arg(error));
            else
                emit statusMessage(tr("Price of %1 saved; history re-priced").arg(model));
            // Every page shows costs: mark them stale through the state.
            emit state()->changed();
        });
}

void PricesPage::removeOverride()
{
    const PriceRow* r = m_prices->rowAt(sourceRow(m_priceView, m_priceView->currentIndex()));
    if (!r || r->price.origin != PriceOrigin::Override) {
        QMessageBox::information(this, tr("Remove override"), tr("Select an override row first."));
        return;
    }
    const std::int64_t id = r->price.id;
    runWrite(
        this, state()->databasePath(),
        [id](Database& db) -> QString {
            auto res = removePrice(db, id);
            return res ? QString() : QString::fromStdString(res.error().detail);
        },
        [this](const QString& error) {
            if (!error.isEmpty())
                showError(tr("The override could not be removed: %1").arg(error));
            emit state()->changed();
        });
}

} // namespace burnrate::ui
