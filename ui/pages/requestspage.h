#pragma once

#include "analytics/requestquery.h"
#include "ui/pages/page.h"

#include <deque>
#include <optional>
#include <vector>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;
class QTableWidget;
class QTimer;
QT_END_NAMESPACE

namespace burnrate::ui {

class AnnotationEditor;
class QueryRunner;
class RequestTableModel;

// Requests: every request of the range and chips, a page at a time (sortable by time, cost, tokens and
// latency; filtered by status, prompt cache, text, annotations, evals and a full-text search), and the
// selected one in detail: prompt and response, dimensions and tags, the cost breakdown and the price that
// produced it, eval results, annotations (the analyst's own editable, others read-only) and the other
// requests of its trace. "Review..." samples the filter reproducibly (seed) and walks it by keyboard.
class RequestsPage : public Page
{
    Q_OBJECT
public:
    explicit RequestsPage(DashboardState* state, QWidget* parent = nullptr);
    QString pageId() const override
    {
        return QStringLiteral("requests");
    }
    QString title() const override
    {
        return tr("Requests");
    }
    void setDark(bool dark) override;

    RequestTableModel* model() const
    {
        return m_model;
    }
    QTableView* table() const
    {
        return m_table;
    }
    AnnotationEditor* editor() const
    {
        return m_editor;
    }
    // The filter the row of combos and the search box make, over the state's range and chips.
    burnrate::RequestFilter currentFilter() const;
    // The request shown in the detail pane (0: none), once its detail arrived.
    std::int64_t detailId() const
    {
        return m_detail ? m_detail->id : 0;
    }
    const std::optional<burnrate::RequestDetail>& detail() const
    {
        return m_detail;
    }
    // Detail and writes settled (no detail query or annotation write in flight).
    bool isSettled() const;
    void showRequest(std::int64_t id);

    // Review queue: a sample of `n` requests of the current filter (and with stored text only, if asked),
    // ordered by `seed`.
    void startReview(int n, quint64 seed, bool withTextOnly = false);
    void stopReview();
    bool reviewing() const
    {
        return m_reviewing;
    }
    const std::vector<std::int64_t>& reviewIds() const
    {
        return m_reviewIds;
    }
    int reviewPosition() const
    {
        return m_reviewPos;
    }
    QString reviewProgress() const;

public slots:
    void review(); // asks for the sample size and seed, then starts the review

signals:
    void settled();

protected:
    void doRefresh() override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    struct DetailData
    {
        burnrate::RequestDetail detail;
        std::vector<burnrate::AnnotationLabel> labels;
    };
    struct WriteOp
    {
        burnrate::Annotation annotation;
        bool remove = false;
    };
    void applyFilter();
    void loadDetail(std::int64_t id);
    void renderDetail();
    void clearDetail();
    void saveAnnotation(const burnrate::Annotation& a);
    void deleteAnnotation(std::int64_t eventId);
    void enqueueWrite(WriteOp op);
    void runNextWrite();
    void editLabels();
    void reviewGo(int pos);
    void updateStatus();
    void checkSettled();
    QString analyst(bool ask);

    RequestTableModel* m_model;
    QueryRunner* m_detailRunner;
    QComboBox* m_status;
    QComboBox* m_cache;
    QComboBox* m_text;
    QComboBox* m_annotated;
    QComboBox* m_eval;
    QLineEdit* m_search;
    QTimer* m_searchTimer;
    QPushButton* m_reviewButton;
    QLabel* m_statusLabel;
    QWidget* m_filterRow;
    QWidget* m_reviewBar;
    QLabel* m_reviewLabel;
    QSplitter* m_splitter;
    QTableView* m_table;
    QWidget* m_detailPane;
    QLabel* m_header;
    QCheckBox* m_mono;
    QPlainTextEdit* m_prompt;
    QPlainTextEdit* m_response;
    QTabWidget* m_tabs;
    AnnotationEditor* m_editor;
    QLabel* m_cost;
    QLabel* m_dims;
    QLabel* m_evals;
    QLabel* m_traceTotal;
    QTableWidget* m_trace;

    std::optional<burnrate::RequestDetail> m_detail;
    std::vector<burnrate::AnnotationLabel> m_labels;
    std::int64_t m_wantedId = 0;
    bool m_detailLoading = false;
    std::deque<WriteOp> m_writes;
    bool m_writing = false;
    bool m_askedName = false;
    bool m_reviewing = false;
    std::vector<std::int64_t> m_reviewIds;
    int m_reviewPos = 0;
    quint64 m_reviewSeed = 0;
};

} // namespace burnrate::ui
