#include "ui/dialogs/importdialogs.h"

#include "store/importlog.h"
#include "ui/format.h"
#include "ui/queryrunner.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace burnrate::ui {

namespace {

QTableWidget* makeTable(const QStringList& headers, QWidget* parent)
{
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setAlternatingRowColors(true);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setWordWrap(false);
    t->setTabKeyNavigation(false); // Tab leaves the table
    return t;
}

QTableWidgetItem* numberItem(std::int64_t n)
{
    auto* it = new QTableWidgetItem;
    it->setData(Qt::DisplayRole, qlonglong(n));
    it->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return it;
}

// Selected rows (or all) as tab-separated text with the header line.
QString tableAsText(const QTableWidget* t)
{
    QStringList lines;
    QStringList header;
    for (int c = 0; c < t->columnCount(); ++c)
        header << t->horizontalHeaderItem(c)->text();
    lines << header.join(QLatin1Char('\t'));
    const bool some = !t->selectionModel()->selectedRows().isEmpty();
    for (int r = 0; r < t->rowCount(); ++r) {
        if (some && !t->selectionModel()->isRowSelected(r, QModelIndex()))
            continue;
        QStringList cells;
        for (int c = 0; c < t->columnCount(); ++c) {
            const QTableWidgetItem* it = t->item(r, c);
            QString s = it ? it->text() : QString();
            s.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
            cells << s;
        }
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace

ImportResultDialog::ImportResultDialog(const QList<ImportFileResult>& results, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Import result"));
    auto* lay = new QVBoxLayout(this);
    QStringList lines;
    std::int64_t problems = 0;
    for (const ImportFileResult& r : results) {
        const QString name = QFileInfo(r.file).fileName();
        QString line = tr("<b>%1</b>: %2 records read: %3 inserted, %4 updated (already stored), %5 quarantined")
                           .arg(name.toHtmlEscaped(), formatCount(r.records), formatCount(r.inserted),
                               formatCount(r.updated), formatCount(r.quarantined));
        if (r.unpriced > 0)
            line += tr("; %1 without a price").arg(formatCount(r.unpriced));
        if (!r.error.isEmpty())
            line += QStringLiteral("<br><span style=\"color:#d03030\">%1</span>").arg(r.error.toHtmlEscaped());
        lines << line;
        problems += r.quarantined;
    }
    m_summary = new QLabel(lines.join(QStringLiteral("<br>")), this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    lay->addWidget(m_summary);
    m_table = makeTable({ tr("File"), tr("Line"), tr("Reason") }, this);
    m_table->setObjectName(QStringLiteral("quarantineTable"));
    int shown = 0;
    for (const ImportFileResult& r : results)
        for (const auto& p : r.problems) {
            m_table->insertRow(shown);
            m_table->setItem(shown, 0, new QTableWidgetItem(QFileInfo(r.file).fileName()));
            m_table->setItem(shown, 1, numberItem(p.line));
            m_table->setItem(shown, 2, new QTableWidgetItem(p.reason));
            ++shown;
        }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto* tableTitle = new QLabel(problems == 0 ? tr("No rows were quarantined.")
            : shown < problems ? tr("Quarantined rows (the first %1 of %2; File > Import history lists them all):")
                                     .arg(formatCount(shown), formatCount(problems))
                               : tr("Quarantined rows (not imported; fix them and import the file again):"),
        this);
    lay->addWidget(tableTitle);
    lay->addWidget(m_table, 1);
    m_table->setVisible(shown > 0);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* copy = buttons->addButton(tr("&Copy rows"), QDialogButtonBox::ActionRole);
    copy->setEnabled(shown > 0);
    copy->setToolTip(tr("Copy the selected rows (or all) as tab-separated text"));
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(tableText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    lay->addWidget(buttons);
    resize(shown > 0 ? QSize(720, 420) : QSize(560, 160));
}

QString ImportResultDialog::summaryText() const
{
    return m_summary->text();
}

QString ImportResultDialog::tableText() const
{
    return tableAsText(m_table);
}

ImportHistoryDialog::ImportHistoryDialog(const QString& databasePath, QWidget* parent)
    : QDialog(parent)
    , m_runner(new QueryRunner(this))
    , m_rowRunner(new QueryRunner(this))
{
    setWindowTitle(tr("Import history"));
    m_runner->setDatabasePath(databasePath);
    m_rowRunner->setDatabasePath(databasePath);
    auto* lay = new QVBoxLayout(this);
    auto* split = new QSplitter(Qt::Vertical, this);
    m_imports = makeTable({ tr("File"), tr("Started (UTC)"), tr("Stored"), tr("Quarantined") }, split);
    m_imports->setObjectName(QStringLiteral("importsTable"));
    m_imports->setSelectionMode(QAbstractItemView::SingleSelection);
    m_imports->horizontalHeader()->setStretchLastSection(false);
    m_imports->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    auto* bottom = new QWidget(split);
    auto* bl = new QVBoxLayout(bottom);
    bl->setContentsMargins(0, 0, 0, 0);
    m_rowsTitle = new QLabel(tr("Select an import to see its quarantined rows."), bottom);
    bl->addWidget(m_rowsTitle);
    m_rows = makeTable({ tr("Line"), tr("Reason"), tr("Row") }, bottom);
    m_rows->setObjectName(QStringLiteral("quarantineTable"));
    bl->addWidget(m_rows);
    split->addWidget(m_imports);
    split->addWidget(bottom);
    lay->addWidget(split, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* copy = buttons->addButton(tr("&Copy rows"), QDialogButtonBox::ActionRole);
    copy->setToolTip(tr("Copy the selected quarantined rows (or all) as tab-separated text"));
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(rowsText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    lay->addWidget(buttons);
    connect(m_imports, &QTableWidget::itemSelectionChanged, this, &ImportHistoryDialog::loadRows);
    resize(820, 520);
    load();
}

QString ImportHistoryDialog::rowsText() const
{
    return tableAsText(m_rows);
}

void ImportHistoryDialog::load()
{
    m_runner->run<std::vector<ImportRecord>>([](Database& db) { return listImports(db); },
        [this](const QueryOutcome<std::vector<ImportRecord>>& out) {
            if (!out.value) {
                m_rowsTitle->setText(tr("The import history could not be read: %1").arg(out.error));
                emit loaded();
                return;
            }
            const auto& list = *out.value;
            m_imports->setRowCount(int(list.size()));
            for (int i = 0; i < int(list.size()); ++i) {
                const ImportRecord& r = list[std::size_t(i)];
                auto* file = new QTableWidgetItem(QFileInfo(QString::fromStdString(r.file)).fileName());
                file->setToolTip(QString::fromStdString(r.file));
                file->setData(Qt::UserRole, qlonglong(r.id));
                m_imports->setItem(i, 0, file);
                m_imports->setItem(i, 1, new QTableWidgetItem(formatDateTime(r.started)));
                m_imports->setItem(i, 2, numberItem(r.stored));
                m_imports->setItem(i, 3, numberItem(r.quarantined));
            }
            m_imports->resizeColumnsToContents();
            m_imports->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
            if (list.empty())
                m_rowsTitle->setText(tr("No logs have been imported into this database yet (File > Import logs)."));
            else
                m_imports->selectRow(0);
            emit loaded();
        });
}

void ImportHistoryDialog::loadRows()
{
    const auto sel = m_imports->selectionModel()->selectedRows();
    m_rows->setRowCount(0);
    if (sel.isEmpty())
        return;
    const QTableWidgetItem* it = m_imports->item(sel.first().row(), 0);
    const std::int64_t id = it->data(Qt::UserRole).toLongLong();
    const QString name = it->text();
    m_rowRunner->run<std::vector<QuarantineEntry>>([id](Database& db) { return quarantinedRows(db, id); },
        [this, name](const QueryOutcome<std::vector<QuarantineEntry>>& out) {
            if (!out.value) {
                m_rowsTitle->setText(tr("The quarantined rows could not be read: %1").arg(out.error));
                emit loaded();
                return;
            }
            const auto& rows = *out.value;
            m_rows->setRowCount(int(rows.size()));
            for (int i = 0; i < int(rows.size()); ++i) {
                const QuarantineEntry& q = rows[std::size_t(i)];
                m_rows->setItem(i, 0, numberItem(q.line));
                m_rows->setItem(i, 1, new QTableWidgetItem(QString::fromStdString(q.reason)));
                auto* raw = new QTableWidgetItem(QString::fromStdString(q.raw).simplified());
                raw->setToolTip(QString::fromStdString(q.raw).left(2000).toHtmlEscaped());
                m_rows->setItem(i, 2, raw);
            }
            m_rows->resizeColumnToContents(0);
            m_rows->resizeColumnToContents(1);
            m_rows->setColumnWidth(1, std::min(360, m_rows->columnWidth(1)));
            m_rowsTitle->setText(rows.empty()
                    ? tr("%1: no rows were quarantined.").arg(name)
                    : tr("%1: %n quarantined row(s), not imported:", nullptr, int(rows.size())).arg(name));
            emit loaded();
        });
}

} // namespace burnrate::ui
