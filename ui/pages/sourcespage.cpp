#include "ui/pages/sourcespage.h"

#include "sources/sourcetypes.h"
#include "ui/dialogs/sourcedialog.h"
#include "ui/format.h"
#include "ui/models/sourcetablemodel.h"
#include "ui/models/synclogmodel.h"
#include "ui/queryrunner.h"
#include "ui/secrets.h"
#include "ui/sourcesync.h"
#include "ui/widgets/tables.h"
#include "ui/writejob.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace burnrate::ui {

SourcesPage::SourcesPage(DashboardState* state, QWidget* parent)
    : Page(state, parent)
    , m_logRunner(new QueryRunner(this))
{
    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("Add source..."), this);
    auto* edit = m_edit = new QPushButton(tr("Edit..."), this);
    auto* remove = m_remove = new QPushButton(tr("Remove"), this);
    m_sync = new QPushButton(tr("Sync now"), this);
    m_sync->setToolTip(tr("Poll the selected source now; progress and Cancel are in the status bar"));
    buttons->addWidget(add);
    buttons->addWidget(edit);
    buttons->addWidget(remove);
    buttons->addSpacing(12);
    buttons->addWidget(m_sync);
    buttons->addStretch(1);
    body()->addLayout(buttons);

    auto* split = new QSplitter(Qt::Vertical, this);
    m_sources = new SourceTableModel(this);
    m_table = makeTableView(m_sources, SourceTableModel::SortRole, split);
    m_table->setAccessibleName(tr("Sources"));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto* logBox = new QWidget(split);
    auto* ll = new QVBoxLayout(logBox);
    ll->setContentsMargins(0, 0, 0, 0);
    m_logTitle = new QLabel(tr("Select a source to see its sync log."), logBox);
    ll->addWidget(m_logTitle);
    m_log = new SyncLogModel(this);
    m_logView = makeTableView(m_log, SyncLogModel::SortRole, logBox);
    m_logView->setAccessibleName(tr("Sync log"));
    m_logView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_logView->horizontalHeader()->setStretchLastSection(true);
    ll->addWidget(m_logView);
    split->addWidget(m_table);
    split->addWidget(logBox);
    body()->addWidget(split, 1);

    connect(add, &QPushButton::clicked, this, [this] { addOrEdit(false); });
    connect(edit, &QPushButton::clicked, this, [this] { addOrEdit(true); });
    connect(m_table, &QTableView::doubleClicked, this, [this] { addOrEdit(true); });
    connect(remove, &QPushButton::clicked, this, &SourcesPage::removeSelected);
    connect(m_sync, &QPushButton::clicked, this, [this] {
        const QString n = selectedName();
        const SourceRow* r = m_sources->rowAt(sourceRow(m_table, m_table->currentIndex()));
        if (!n.isEmpty() && r && canSync(r->info.type))
            emit syncRequested(n);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SourcesPage::loadLog);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SourcesPage::updateButtons);
    connect(m_sources, &QAbstractItemModel::modelReset, this, &SourcesPage::updateButtons);
    updateButtons();
}

void SourcesPage::updateButtons()
{
    const QModelIndex idx = m_table->currentIndex();
    const SourceRow* r = idx.isValid() ? m_sources->rowAt(sourceRow(m_table, idx)) : nullptr;
    m_edit->setEnabled(r);
    m_remove->setEnabled(r);
    // File imports and the demo are stored but never polled: nothing to sync.
    const bool pollable = r && canSync(r->info.type);
    m_sync->setEnabled(pollable);
    if (!r)
        m_sync->setToolTip(tr("Select a source to poll it now"));
    else if (!pollable)
        m_sync->setToolTip(tr("%1 is a %2 source: its data is imported, it cannot be polled")
                               .arg(QString::fromStdString(r->info.name), QString::fromStdString(r->info.type)));
    else
        m_sync->setToolTip(tr("Poll the selected source now; progress and Cancel are in the status bar"));
}

QString SourcesPage::selectedName() const
{
    const QModelIndex idx = m_table->currentIndex();
    if (!idx.isValid())
        return {};
    const SourceRow* r = m_sources->rowAt(sourceRow(m_table, idx));
    return r ? QString::fromStdString(r->info.name) : QString();
}

void SourcesPage::doRefresh()
{
    runner()->run<std::vector<SourceRow>>(
        [](Database& db) -> Result<std::vector<SourceRow>> {
            std::vector<SourceRow> rows;
            for (SourceInfo& s : db.sources()) {
                SourceRow r;
                auto log = db.syncLog(s.id, 1);
                if (!log.empty())
                    r.lastSync = log.front();
                r.nextDue = nextPollDue(db, s);
                r.info = std::move(s);
                rows.push_back(std::move(r));
            }
            return rows;
        },
        [this](const QueryOutcome<std::vector<SourceRow>>& out) {
            if (!out.value) {
                showError(tr("The sources could not be loaded: %1").arg(out.error));
                return;
            }
            const QString keep = selectedName();
            m_sources->setRows(*out.value);
            for (int i = 0; i < m_sources->rowCount(); ++i)
                if (QString::fromStdString(m_sources->rowAt(i)->info.name) == keep) {
                    m_table->selectRow(proxyOf(m_table)->mapFromSource(m_sources->index(i, 0)).row());
                    break;
                }
            loadLog();
        });
}

void SourcesPage::loadLog()
{
    const QModelIndex idx = m_table->currentIndex();
    const SourceRow* r = idx.isValid() ? m_sources->rowAt(sourceRow(m_table, idx)) : nullptr;
    if (!r) {
        m_log->setRows({});
        m_logTitle->setText(tr("Select a source to see its sync log."));
        return;
    }
    m_logTitle->setText(tr("Sync log of %1").arg(QString::fromStdString(r->info.name)));
    m_logRunner->setDatabasePath(state()->databasePath());
    const std::int64_t id = r->info.id;
    m_logRunner->run<std::vector<SyncLogEntry>>(
        [id](Database& db) -> Result<std::vector<SyncLogEntry>> { return db.syncLog(id, 200); },
        [this](const QueryOutcome<std::vector<SyncLogEntry>>& out) {
            if (out.value)
                m_log->setRows(*out.value);
        });
}

void SourcesPage::addOrEdit(bool edit)
{
    const QModelIndex idx = m_table->currentIndex();
    const SourceRow* r = edit && idx.isValid() ? m_sources->rowAt(sourceRow(m_table, idx)) : nullptr;
    if (edit && !r)
        return;
    SourceDialog dlg(r ? &r->info : nullptr, this);
    if (r)
        secrets::probe(QString::fromStdString(r->info.name), &dlg,
            [&dlg](bool stored, const QString& error) { dlg.setKeyStatus(stored, error); });
    if (dlg.exec() != QDialog::Accepted)
        return;
    const SourceInfo s = dlg.source();
    const QString secret = dlg.secret();
    const bool isEdit = r != nullptr;
    runWrite(
        this, state()->databasePath(),
        [s, isEdit](Database& db) -> QString {
            if (isEdit) {
                auto res = db.updateSource(s);
                return res ? QString() : QString::fromStdString(res.error().detail);
            }
            auto res = db.addSource(s);
            return res ? QString() : QString::fromStdString(res.error().detail);
        },
        [this, s, secret](const QString& error) {
            if (!error.isEmpty()) {
                showError(tr("The source could not be saved: %1").arg(error));
                return;
            }
            if (!secret.isEmpty())
                secrets::store(QString::fromStdString(s.name), secret, this, [this, s](const QString& e) {
                    if (e.isEmpty()) {
                        emit statusMessage(
                            tr("%1 saved; its key is stored in the OS keychain").arg(QString::fromStdString(s.name)));
                        return;
                    }
                    const QString name = QString::fromStdString(s.name);
                    showError(s.keyEnv.empty()
                            ? tr("%1 was saved, but its key could not be stored in the OS keychain (%2), so it has "
                                 "no key. Name an environment variable that holds it in the Key variable field "
                                 "(Edit...), or make the keychain available and enter the key again.")
                                  .arg(name, e)
                            : tr("%1 was saved, but its key could not be stored in the OS keychain (%2). Syncs "
                                 "read the key from the environment variable %3 instead.")
                                  .arg(name, e, QString::fromStdString(s.keyEnv)));
                });
            refresh();
            emit sourcesChanged();
        });
}

void SourcesPage::removeSelected()
{
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    // Removing deletes the source's data: count it first (off the GUI thread), then ask with the numbers.
    runner()->run<SourceData>([n = name.toStdString()](Database& db) -> Result<SourceData> { return db.sourceData(n); },
        [this, name](const QueryOutcome<SourceData>& out) {
            if (!out.value) {
                showError(tr("The source could not be removed: %1").arg(out.error));
                return;
            }
            confirmRemove(name, *out.value);
        });
}

QString SourcesPage::describeData(const SourceData& d)
{
    if (d.empty())
        return tr("It holds no data.");
    // Label: value lines, no plural forms (there is no English translation file to resolve "(s)").
    const QLocale locale;
    QStringList lines;
    lines << tr("Requests: %1 (%2)").arg(locale.toString(qlonglong(d.events)), formatMoney(d.eventsCost));
    if (d.buckets)
        lines << tr("Provider usage buckets: %1 (%2 requests, %3)")
                     .arg(locale.toString(qlonglong(d.buckets)), locale.toString(qlonglong(d.bucketRequests)),
                         formatMoney(d.bucketsCost));
    if (d.costLines)
        lines << tr("Cost lines: %1 (%2)").arg(locale.toString(qlonglong(d.costLines)), formatMoney(d.costLinesAmount));
    if (d.annotations)
        lines << tr("Annotations: %1").arg(locale.toString(qlonglong(d.annotations)));
    if (d.syncRuns)
        lines << tr("Sync log entries: %1").arg(locale.toString(qlonglong(d.syncRuns)));
    return tr("It holds:") + QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
}

void SourcesPage::confirmRemove(const QString& name, const SourceData& data)
{
    QMessageBox box(QMessageBox::Question, tr("Remove source"), tr("Remove %1 and delete its data?").arg(name),
        QMessageBox::Yes | QMessageBox::No, this);
    box.setInformativeText(describeData(data) + QStringLiteral("\n\n")
        + tr("Totals drop by this amount, and adding the source again starts from nothing. Its key is removed "
             "from the keychain."));
    box.setDefaultButton(QMessageBox::No);
    if (box.exec() != QMessageBox::Yes)
        return;
    runWrite(
        this, state()->databasePath(),
        [name](Database& db) -> QString {
            auto res = db.removeSource(name.toStdString());
            return res ? QString() : QString::fromStdString(res.error().detail);
        },
        [this, name](const QString& error) {
            if (!error.isEmpty())
                showError(tr("The source could not be removed: %1").arg(error));
            else
                secrets::remove(name);
            refresh();
            emit sourcesChanged();
        });
}

} // namespace burnrate::ui
