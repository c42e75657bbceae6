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

#include <climits>
#include <memory>

namespace burnrate::ui {

namespace {

using M = GroupTableModel::Measure;

struct PricesData
{
    std::vector<PriceRow> prices;
    std::vector<GroupRow> unpriced;
    Totals total;
    QHash<QString, Epoch> firstUnpriced;
};

} // namespace

PricesPage::PricesPage(DashboardState* state, QWidget* parent)
    : Page(state, parent)
{
    auto* buttons = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Find a model or provider"));
    m_search->setAccessibleName(m_search->placeholderText());
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
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("repriceResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();
    body()->addWidget(m_result);

    auto* split = new QSplitter(Qt::Vertical, this);
    auto* priceBox = new QGroupBox(tr("Prices (USD per 1M tokens; bold: in force now)"), split);
    auto* pl = new QVBoxLayout(priceBox);
    pl->setContentsMargins(4, 4, 4, 4);
    m_prices = new PriceTableModel(this);
    m_priceView = makeTableView(m_prices, PriceTableModel::SortRole, priceBox);
    fitColumnsToWidth(m_priceView);
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
        if (!r || r->keys.size() < 2)
            return;
        const QString provider = QString::fromStdString(r->keys[0]), model = QString::fromStdString(r->keys[1]);
        // From its first unpriced request, so the price covers the range being looked at (today would not).
        addOverride(provider, model, firstUnpriced(provider, model));
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
            if (d.unpriced.empty())
                return d;
            // The day each unpriced model was first used without a price, over all history up to the range's end.
            CostQuery first = q;
            first.from = 0;
            first.granularity = Granularity::Day;
            Filter models { Axis { Dim::Model, {} }, {} };
            for (const GroupRow& g : d.unpriced)
                if (g.keys.size() >= 2)
                    models.values.push_back(g.keys[1]);
            first.filters.push_back(std::move(models));
            auto days = cq.run(first);
            if (!days)
                return days.error();
            for (const ResultRow& row : days->rows) {
                if (row.keys.size() < 2 || row.totals.unpricedRequests <= 0)
                    continue;
                const QString key
                    = QString::fromStdString(row.keys[0]) + QLatin1Char('\n') + QString::fromStdString(row.keys[1]);
                auto it = d.firstUnpriced.find(key);
                if (it == d.firstUnpriced.end() || row.bucket < *it)
                    d.firstUnpriced.insert(key, row.bucket);
            }
            return d;
        },
        [this](const QueryOutcome<PricesData>& out) {
            if (!out.value) {
                showError(tr("The prices could not be loaded: %1").arg(out.error));
                return;
            }
            m_prices->setRows(out.value->prices);
            m_unpriced->setRows(out.value->unpriced, out.value->total);
            m_firstUnpriced = out.value->firstUnpriced;
        });
}

std::optional<Epoch> PricesPage::firstUnpriced(const QString& provider, const QString& model) const
{
    auto it = m_firstUnpriced.constFind(provider + QLatin1Char('\n') + model);
    if (it == m_firstUnpriced.constEnd())
        return std::nullopt;
    return *it;
}

QString PricesPage::repriceSummary() const
{
    return m_result->isVisible() ? m_result->text() : QString();
}

QString PricesPage::describeReprice(const QString& what, const RepriceReport& r)
{
    const std::int64_t facts = r.eventsRepriced + r.bucketsRepriced;
    if (facts == 0)
        return tr("%1: no stored requests were affected.").arg(what);
    // Whole sentences, joined by a space: a translation never has to agree with a fragment.
    const int n = int(std::min<std::int64_t>(facts, INT_MAX));
    QStringList sentences;
    // Two strings for the singular (here and below): the tests and a binary without burnrate_en.qm read English
    // without plural resolution.
    sentences
        << (n == 1 ? tr("%1: 1 request record re-priced.") : tr("%1: %n request records re-priced.", "", n)).arg(what);
    const Nano delta = r.newTotal - r.oldTotal;
    // No price left at all: the records are unpriced now (counted, never free), not $0.00.
    if (r.newTotal == 0 && r.oldTotal > 0)
        sentences << tr("Affected spend %1 \u2192 unpriced (no other price covers them).").arg(formatMoney(r.oldTotal));
    else if (delta == 0)
        sentences << tr("Affected spend %1 \u2192 %2.").arg(formatMoney(r.oldTotal), formatMoney(r.newTotal));
    else
        sentences << tr("Affected spend %1 \u2192 %2 (%3).")
                         .arg(formatMoney(r.oldTotal), formatMoney(r.newTotal),
                             delta > 0 ? QLatin1Char('+') + formatMoney(delta) : formatMoney(delta));
    if (r.newlyPriced > 0 && !(r.newTotal == 0 && r.oldTotal > 0))
        sentences << (r.newlyPriced == 1
                ? tr("1 of them had no price before.")
                : tr("%n of them had no price before.", "", int(std::min<std::int64_t>(r.newlyPriced, INT_MAX))));
    return sentences.join(QLatin1Char(' '));
}

void PricesPage::addOverride(const QString& provider, const QString& model, std::optional<Epoch> from)
{
    PriceDialog dlg(provider, model, from.value_or(floorDay(state()->now())), this);
    if (const PriceRow* r = m_prices->rowAt(sourceRow(m_priceView, m_priceView->currentIndex()));
        r && QString::fromStdString(r->price.model) == model)
        dlg.setRates(r->price);
    if (dlg.exec() != QDialog::Accepted)
        return;
    const Price p = dlg.price();
    // The dialog's model: the user may have typed one (Add override... without a selected row).
    const QString name = QString::fromStdString(p.model);
    emit statusMessage(tr("Saving the price of %1 and re-pricing its history\u2026").arg(name));
    auto report = std::make_shared<RepriceReport>();
    runWrite(
        this, state()->databasePath(),
        [p, report](Database& db) -> QString {
            auto r = savePrices(db, { p });
            if (!r)
                return QString::fromStdString(r.error().detail);
            *report = *r;
            return {};
        },
        [this, name, report](const QString& error) {
            if (!error.isEmpty()) {
                showError(tr("The price could not be saved: %1").arg(error));
            } else {
                const QString text = describeReprice(tr("Price of %1 saved").arg(name), *report);
                m_result->setText(text);
                m_result->show();
                emit statusMessage(text);
            }
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
    const QString name = QString::fromStdString(r->price.model);
    const QString since = formatDate(r->price.effectiveFrom);
    QMessageBox box(QMessageBox::Question, tr("Remove override"),
        tr("Remove the price override of %1 from %2?").arg(name, since), QMessageBox::Yes | QMessageBox::No, this);
    box.setInformativeText(tr("Its requests are re-priced with the catalog or imported price in force at their time "
                              "(or stay unpriced when there is none)."));
    box.setDefaultButton(QMessageBox::No);
    if (box.exec() != QMessageBox::Yes)
        return;
    emit statusMessage(tr("Removing the override of %1 and re-pricing its history\u2026").arg(name));
    auto report = std::make_shared<RepriceReport>();
    runWrite(
        this, state()->databasePath(),
        [id, report](Database& db) -> QString {
            auto res = removePrice(db, id);
            if (!res)
                return QString::fromStdString(res.error().detail);
            *report = *res;
            return {};
        },
        [this, name, report](const QString& error) {
            if (!error.isEmpty()) {
                showError(tr("The override could not be removed: %1").arg(error));
            } else {
                const QString text = describeReprice(tr("Override of %1 removed").arg(name), *report);
                m_result->setText(text);
                m_result->show();
                emit statusMessage(text);
            }
            emit state()->changed();
        });
}

} // namespace burnrate::ui
