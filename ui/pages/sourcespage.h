#pragma once

#include "ui/pages/page.h"

QT_BEGIN_NAMESPACE
class QLabel;
class QPushButton;
class QTableView;
QT_END_NAMESPACE

namespace burnrate {
struct SourceData;
}

namespace burnrate::ui {

class QueryRunner;
class SourceTableModel;
class SyncLogModel;

// Configured sources with status, add/edit (key in the keychain), Sync now, and each sync log.
class SourcesPage : public Page
{
    Q_OBJECT
public:
    explicit SourcesPage(DashboardState* state, QWidget* parent = nullptr);
    QString pageId() const override
    {
        return QStringLiteral("sources");
    }
    QString title() const override
    {
        return tr("Sources");
    }
    SourceTableModel* sourcesModel() const
    {
        return m_sources;
    }
    // Opens the "Add source" dialog (the button, and the first-run panel's "Connect a source").
    void addSource()
    {
        addOrEdit(false);
    }

signals:
    void syncRequested(const QString& name);
    // A source was added, edited or removed (the main window's failure banner catches up).
    void sourcesChanged();

protected:
    void doRefresh() override;

private:
    QString selectedName() const;
    void updateButtons();
    void loadLog();
    void addOrEdit(bool edit);
    void removeSelected();
    void confirmRemove(const QString& name, const SourceData& data);
    static QString describeData(const SourceData& data);

    SourceTableModel* m_sources;
    SyncLogModel* m_log;
    QTableView* m_table;
    QTableView* m_logView;
    QLabel* m_logTitle;
    QPushButton* m_sync;
    QPushButton* m_edit;
    QPushButton* m_remove;
    QueryRunner* m_logRunner;
};

} // namespace burnrate::ui
