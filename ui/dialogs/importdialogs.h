#pragma once

#include <QDialog>
#include <QList>
#include <QString>

#include <cstdint>

QT_BEGIN_NAMESPACE
class QLabel;
class QTableWidget;
QT_END_NAMESPACE

namespace burnrate::ui {

class QueryRunner;

// What one file of a log import did: counts and its quarantined rows (line, reason).
struct ImportFileResult
{
    QString file;
    QString error; // the import stopped (the counts are what it committed)
    std::int64_t records = 0, inserted = 0, updated = 0, quarantined = 0, unpriced = 0;
    struct Row
    {
        std::int64_t line = 0;
        QString reason;
    };
    QList<Row> problems;
};

// Shown after an import the user started: the counts per file and the quarantined rows in a table that can be
// copied (tab-separated) to the clipboard.
class ImportResultDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportResultDialog(const QList<ImportFileResult>& results, QWidget* parent = nullptr);
    QString summaryText() const;
    QTableWidget* problemTable() const
    {
        return m_table;
    }
    // The table as tab-separated lines with a header (what Copy puts on the clipboard).
    QString tableText() const;

private:
    QLabel* m_summary;
    QTableWidget* m_table;
};

// File > Import history: past imports (file, time, counts) and, for the selected one, its quarantined rows.
class ImportHistoryDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportHistoryDialog(const QString& databasePath, QWidget* parent = nullptr);
    QTableWidget* importsTable() const
    {
        return m_imports;
    }
    QTableWidget* rowsTable() const
    {
        return m_rows;
    }
    QString rowsText() const;

signals:
    void loaded(); // the list of imports, or the rows of the selected one, arrived (tests)

private:
    void load();
    void loadRows();

    QueryRunner* m_runner;
    QueryRunner* m_rowRunner;
    QTableWidget* m_imports;
    QTableWidget* m_rows;
    QLabel* m_rowsTitle;
};

} // namespace burnrate::ui
