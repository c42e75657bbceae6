#include "ui/pages/requestspage.h"

#include "store/annotationstore.h"
#include "ui/dialogs/labelsdialog.h"
#include "ui/format.h"
#include "ui/models/requesttablemodel.h"
#include "ui/queryrunner.h"
#include "ui/widgets/annotationeditor.h"
#include "ui/writejob.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace burnrate::ui {

namespace {

QString htmlEscaped(const std::string& s)
{
    return QString::fromStdString(s).toHtmlEscaped();
}

QComboBox* makeCombo(QWidget* parent, const QString& tip, const QStringList& items)
{
    auto* c = new QComboBox(parent);
    c->addItems(items);
    c->setToolTip(tip);
    c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return c;
}

// The combo's choice as a condition: index 0 any, 1 yes, 2 no.
std::optional<bool> triState(const QComboBox* c)
{
    if (c->currentIndex() == 1)
        return true;
    if (c->currentIndex() == 2)
        return false;
    return std::nullopt;
}

QString costText(const std::optional<Nano>& c)
{
    return c ? formatMoneyPrecise(*c) : RequestsPage::tr("unpriced");
}

QString dimTitle(const std::string& name)
{
    return DashboardState::axisTitle(QString::fromStdString(name));
}

QLabel* htmlLabel(QWidget* parent)
{
    auto* l = new QLabel(parent);
    l->setTextFormat(Qt::RichText);
    l->setWordWrap(true);
    l->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->setMargin(6);
    return l;
}

QWidget* scrolled(QWidget* w, QWidget* parent)
{
    auto* area = new QScrollArea(parent);
    area->setWidget(w);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

// A caption, a copy button and a read-only text view that wraps.
QWidget* textBox(const QString& caption, const QString& id, QPlainTextEdit** view, QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    auto* head = new QHBoxLayout;
    auto* label = new QLabel(QStringLiteral("<b>%1</b>").arg(caption.toHtmlEscaped()), box);
    head->addWidget(label);
    head->addStretch(1);
    auto* copy = new QToolButton(box);
    copy->setObjectName(QStringLiteral("copy") + id);
    copy->setText(RequestsPage::tr("Copy"));
    copy->setToolTip(RequestsPage::tr("Copy the whole %1 to the clipboard").arg(lowerInSentence(caption)));
    copy->setFocusPolicy(Qt::NoFocus);
    head->addWidget(copy);
    v->addLayout(head);
    auto* edit = new QPlainTextEdit(box);
    edit->setReadOnly(true);
    edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    edit->setFocusPolicy(Qt::ClickFocus);
    label->setBuddy(edit);
    v->addWidget(edit, 1);
    QObject::connect(
        copy, &QToolButton::clicked, edit, [edit] { QApplication::clipboard()->setText(edit->toPlainText()); });
    *view = edit;
    return box;
}

} // namespace

RequestsPage::RequestsPage(DashboardState* state, QWidget* parent)
    : Page(state, parent)
    , m_model(new RequestTableModel(runner(), this))
    , m_detailRunner(new QueryRunner(this))
{
    setFocusPolicy(Qt::StrongFocus);
    // The filter row.
    m_filterRow = new QWidget(this);
    auto* row = new QHBoxLayout(m_filterRow);
    row->setContentsMargins(0, 0, 0, 0);
    m_status = makeCombo(m_filterRow, tr("HTTP status of the request"), { tr("Any status"), tr("OK"), tr("Errors") });
    m_cache = makeCombo(m_filterRow, tr("Whether part of the input was read from the prompt cache"),
        { tr("Any caching"), tr("Cache hit"), tr("No cache hit") });
    m_text = makeCombo(m_filterRow, tr("Whether the prompt and response text is stored"),
        { tr("Any text"), tr("With text"), tr("No text") });
    m_annotated = makeCombo(m_filterRow, tr("Whether anyone annotated the request"),
        { tr("Any annotations"), tr("Annotated"), tr("Not annotated") });
    m_eval = makeCombo(m_filterRow, tr("Results of automated evals of the request"),
        { tr("Any evals"), tr("Eval passed"), tr("Eval failed") });
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_annotated->setObjectName(QStringLiteral("annotatedFilter"));
    for (QComboBox* c : { m_status, m_cache, m_text, m_annotated, m_eval }) {
        row->addWidget(c);
        connect(c, &QComboBox::currentIndexChanged, this, &RequestsPage::applyFilter);
    }
    m_search = new QLineEdit(m_filterRow);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search prompts and responses"));
    m_search->setAccessibleName(m_search->placeholderText());
    m_search->setClearButtonEnabled(true);
    m_search->setMaxLength(int(burnrate::kMaxSearchBytes));
    m_search->setToolTip(tr("Every word must occur; end a word with * to match its prefix"));
    row->addWidget(m_search, 1);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(300);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &RequestsPage::applyFilter);
    m_reviewButton = new QPushButton(tr("Review\u2026"), m_filterRow);
    m_reviewButton->setToolTip(tr("Review a random sample of the requests shown, by keyboard"));
    connect(m_reviewButton, &QPushButton::clicked, this, &RequestsPage::review);
    row->addWidget(m_reviewButton);
    body()->addWidget(m_filterRow);

    // The review bar, shown in review mode instead of the filters.
    m_reviewBar = new QWidget(this);
    auto* rb = new QHBoxLayout(m_reviewBar);
    rb->setContentsMargins(0, 0, 0, 0);
    m_reviewLabel = new QLabel(m_reviewBar);
    m_reviewLabel->setWordWrap(true);
    rb->addWidget(m_reviewLabel, 1);
    auto* exit = new QPushButton(tr("End review"), m_reviewBar);
    exit->setFocusPolicy(Qt::NoFocus);
    connect(exit, &QPushButton::clicked, this, &RequestsPage::stopReview);
    rb->addWidget(exit);
    m_reviewBar->hide();
    body()->addWidget(m_reviewBar);

    m_statusLabel = new QLabel(this);

    // The table.
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_table = new QTableView(m_splitter);
    m_table->setAccessibleName(tr("Requests"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false); // Tab leaves the table
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSortIndicator(RequestTableModel::TimeColumn, Qt::DescendingOrder);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setStretchLastSection(false);
    const QFontMetrics fm = m_table->fontMetrics();
    // Wide enough for a typical value and for the (translated) header with its sort arrow.
    auto fit = [this, &fm](int column, const QString& sample, int margin) {
        const QString header = m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        m_table->setColumnWidth(
            column, std::max(fm.horizontalAdvance(sample) + margin, fm.horizontalAdvance(header) + 28));
    };
    fit(RequestTableModel::TimeColumn, formatDate(0) + QStringLiteral(" 23:59:59"), 16);
    fit(RequestTableModel::ProviderColumn, QStringLiteral("anthropic"), 16);
    fit(RequestTableModel::ModelColumn, QStringLiteral("claude-sonnet-4-5"), 16);
    fit(RequestTableModel::TenantColumn, QStringLiteral("umbrella"), 16);
    m_table->setColumnWidth(RequestTableModel::PromptColumn, 140);
    for (int c : { int(RequestTableModel::InputColumn), int(RequestTableModel::OutputColumn) })
        fit(c, formatCount(999999), 24);
    fit(RequestTableModel::CostColumn, formatMoney(-1, 6), 24);
    fit(RequestTableModel::LatencyColumn, tr("%1 ms").arg(formatCount(99999)), 16);
    fit(RequestTableModel::StatusColumn, QString(), 24);
    fit(RequestTableModel::AnnotationsColumn, QString(), 24);
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this](int column, Qt::SortOrder) {
        // Only the server-side keys sort; the indicator goes back for the others.
        if (!RequestTableModel::sortOf(column)) {
            QSignalBlocker b(m_table->horizontalHeader());
            m_table->horizontalHeader()->setSortIndicator(RequestTableModel::columnOf(m_model->sortKey()),
                m_model->descending() ? Qt::DescendingOrder : Qt::AscendingOrder);
        }
    });
    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
            if (const auto* r = m_model->rowAt(current.row()))
                loadDetail(r->id);
        });
    connect(m_model, &RequestTableModel::pageLoaded, this, [this](bool first) {
        updateStatus();
        if (first && m_model->rowCount() > 0 && !m_reviewing)
            m_table->selectRow(0);
        else if (first && m_model->rowCount() == 0 && !m_reviewing)
            clearDetail();
        // Rows may not fill the view yet: the view asks for more only when scrolled.
        if (m_model->canFetchMore({}) && m_table->verticalScrollBar()->maximum() == 0)
            m_model->fetchMore({});
    });
    connect(m_model, &RequestTableModel::loadingChanged, this, &RequestsPage::updateStatus);
    connect(m_model, &RequestTableModel::loadFailed, this, [this](const QString& m) {
        showError(tr("Requests could not be loaded: %1").arg(m));
        updateStatus();
    });

    // The detail pane.
    m_detailPane = new QWidget(m_splitter);
    auto* dv = new QVBoxLayout(m_detailPane);
    dv->setContentsMargins(6, 0, 0, 0);
    auto* headRow = new QHBoxLayout;
    m_header = new QLabel(m_detailPane);
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    headRow->addWidget(m_header, 1);
    m_mono = new QCheckBox(tr("Monospace"), m_detailPane);
    m_mono->setObjectName(QStringLiteral("monospace"));
    m_mono->setFocusPolicy(Qt::NoFocus);
    m_mono->setToolTip(tr("Show the texts in a fixed-width font (code, tables, JSON)"));
    headRow->addWidget(m_mono, 0, Qt::AlignTop);
    dv->addLayout(headRow);
    auto* vsplit = new QSplitter(Qt::Vertical, m_detailPane);
    vsplit->addWidget(textBox(tr("Prompt"), QStringLiteral("Prompt"), &m_prompt, vsplit));
    vsplit->addWidget(textBox(tr("Response"), QStringLiteral("Response"), &m_response, vsplit));
    m_prompt->setObjectName(QStringLiteral("prompt"));
    m_response->setObjectName(QStringLiteral("response"));
    connect(m_mono, &QCheckBox::toggled, this, [this](bool on) {
        QFont f = on ? QFontDatabase::systemFont(QFontDatabase::FixedFont) : font();
        const QFontMetrics fm(f);
        if (on && fm.horizontalAdvance(QLatin1Char('i')) != fm.horizontalAdvance(QLatin1Char('M'))) {
            // Some platform themes (offscreen, minimal desktops) name no fixed font: ask fontconfig for one.
            f = QFont(QStringLiteral("monospace"), font().pointSize());
            f.setStyleHint(QFont::TypeWriter);
            f.setFixedPitch(true);
        }
        m_prompt->setFont(f);
        m_response->setFont(f);
        QSettings().setValue(QStringLiteral("requests/monospace"), on);
    });
    m_tabs = new QTabWidget(vsplit);
    m_tabs->setFocusPolicy(Qt::NoFocus);
    m_editor = new AnnotationEditor(m_tabs);
    auto* editorBox = new QWidget(m_tabs);
    auto* eb = new QVBoxLayout(editorBox);
    eb->addWidget(m_editor);
    eb->addStretch(1);
    m_tabs->addTab(scrolled(editorBox, m_tabs), tr("Annotation"));
    m_cost = htmlLabel(m_tabs);
    m_cost->setObjectName(QStringLiteral("costBreakdown"));
    m_tabs->addTab(scrolled(m_cost, m_tabs), tr("Cost"));
    m_dims = htmlLabel(m_tabs);
    m_dims->setObjectName(QStringLiteral("dimensions"));
    m_tabs->addTab(scrolled(m_dims, m_tabs), tr("Dimensions"));
    m_evals = htmlLabel(m_tabs);
    m_tabs->addTab(scrolled(m_evals, m_tabs), tr("Evals"));
    auto* traceBox = new QWidget(m_tabs);
    auto* tv = new QVBoxLayout(traceBox);
    m_traceTotal = new QLabel(traceBox);
    m_traceTotal->setWordWrap(true);
    tv->addWidget(m_traceTotal);
    m_trace = new QTableWidget(0, 4, traceBox);
    m_trace->setTabKeyNavigation(false); // Tab leaves the table
    m_trace->setObjectName(QStringLiteral("trace"));
    m_trace->setHorizontalHeaderLabels({ tr("Time (UTC)"), tr("Model"), tr("Cost"), tr("Status") });
    m_trace->verticalHeader()->hide();
    m_trace->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_trace->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_trace->setFocusPolicy(Qt::NoFocus); // the review queue's letter keys must not search this table
    m_trace->horizontalHeader()->setStretchLastSection(true);
    m_trace->setToolTip(tr("Click a request to show it"));
    connect(m_trace, &QTableWidget::cellClicked, this, [this](int r, int) {
        if (const QTableWidgetItem* it = m_trace->item(r, 0))
            showRequest(it->data(Qt::UserRole).toLongLong());
    });
    tv->addWidget(m_trace, 1);
    m_tabs->addTab(traceBox, tr("Trace"));
    vsplit->addWidget(m_tabs);
    vsplit->setStretchFactor(0, 2);
    vsplit->setStretchFactor(1, 3);
    vsplit->setStretchFactor(2, 3);
    dv->addWidget(vsplit, 1);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detailPane);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({ 760, 440 });
    body()->addWidget(m_splitter, 1);
    body()->addWidget(m_statusLabel);

    connect(m_editor, &AnnotationEditor::annotationEdited, this, &RequestsPage::saveAnnotation);
    connect(m_editor, &AnnotationEditor::deleteRequested, this, &RequestsPage::deleteAnnotation);
    connect(m_editor, &AnnotationEditor::editLabelsRequested, this, &RequestsPage::editLabels);
    connect(m_editor, &AnnotationEditor::commentDone, this, [this] {
        if (m_reviewing)
            setFocus(Qt::OtherFocusReason);
    });
    m_mono->setChecked(QSettings().value(QStringLiteral("requests/monospace"), false).toBool());
    clearDetail();
}

void RequestsPage::setDark(bool dark)
{
    Page::setDark(dark);
    renderDetail();
}

burnrate::RequestFilter RequestsPage::currentFilter() const
{
    burnrate::RequestFilter f;
    f.from = state()->from();
    f.to = state()->to();
    f.filters = state()->filters();
    f.status = m_status->currentIndex() == 1 ? burnrate::RequestFilter::Status::Ok
        : m_status->currentIndex() == 2      ? burnrate::RequestFilter::Status::Error
                                             : burnrate::RequestFilter::Status::Any;
    f.cacheHit = triState(m_cache);
    f.hasText = triState(m_text);
    f.annotated = triState(m_annotated);
    f.evalPassed = triState(m_eval);
    f.search = m_search->text().trimmed().toStdString();
    return f;
}

void RequestsPage::doRefresh()
{
    m_model->setDatabasePath(state()->databasePath());
    m_detailRunner->setDatabasePath(state()->databasePath());
    m_model->setFilter(currentFilter());
    updateStatus();
}

void RequestsPage::applyFilter()
{
    m_searchTimer->stop();
    clearError();
    m_model->setFilter(currentFilter());
    updateStatus();
}

void RequestsPage::updateStatus()
{
    const int n = m_model->rowCount();
    QString s;
    if (m_model->isLoading() && n == 0)
        s = m_model->sortKey() == burnrate::RequestSort::Time
            ? tr("Loading requests\u2026")
            : tr("Loading requests\u2026 (sorting by this column reads every request of the range)");
    else if (m_model->atEnd())
        s = n == 0 ? tr("No request matches the range and filters.")
                   : tr("Requests loaded: %1 (all that match).").arg(formatCount(n));
    else
        s = tr("Requests loaded: %1; more load as you scroll.").arg(formatCount(n));
    m_statusLabel->setText(s);
}

void RequestsPage::showRequest(std::int64_t id)
{
    const int row = m_model->rowOfId(id);
    if (row >= 0 && !m_reviewing && m_table->currentIndex().row() != row) {
        m_table->selectRow(row); // loads it
        m_table->scrollTo(m_model->index(row, 0));
    } else {
        loadDetail(id);
    }
}

void RequestsPage::loadDetail(std::int64_t id)
{
    m_wantedId = id;
    m_detailLoading = true;
    m_detailRunner->run<DetailData>(
        [id](Database& db) -> Result<DetailData> {
            DetailData d;
            auto detail = RequestQueries(db).detail(id);
            if (!detail)
                return detail.error();
            d.detail = std::move(detail).value();
            auto labels = annotationLabels(db);
            if (!labels)
                return labels.error();
            d.labels = std::move(labels).value();
            return d;
        },
        [this](const QueryOutcome<DetailData>& out) {
            m_detailLoading = false;
            if (!out.value) {
                showError(tr("The request could not be read: %1").arg(out.error));
                checkSettled();
                return;
            }
            m_detail = out.value->detail;
            m_labels = out.value->labels;
            m_editor->setTaxonomy(m_labels);
            renderDetail();
            m_model->updateAnnotationCount(m_detail->id, int(m_detail->annotations.size()));
            checkSettled();
        });
}

void RequestsPage::clearDetail()
{
    m_detail.reset();
    m_header->setText(tr("Select a request to see its text, cost and annotations."));
    m_prompt->clear();
    m_response->clear();
    m_cost->clear();
    m_dims->clear();
    m_evals->clear();
    m_trace->setRowCount(0);
    m_traceTotal->clear();
    m_editor->clear();
}

void RequestsPage::renderDetail()
{
    if (!m_detail)
        return;
    const burnrate::RequestDetail& d = *m_detail;
    auto dim = [&](const char* name) {
        for (const auto& [k, v] : d.dims)
            if (k == name)
                return v;
        return std::string();
    };
    QString status = tr("status %1").arg(d.status);
    if (d.status >= 400)
        status = QStringLiteral("<span style='color:%1'><b>%2</b></span>")
                     .arg(dark() ? QStringLiteral("#ff8a80") : QStringLiteral("#b3261e"), status);
    m_header->setText(
        QStringLiteral("<b>%1</b> &middot; %2 &middot; %3<br>%4 %5 &middot; %6 &middot; %7 &middot; %8")
            .arg(htmlEscaped(dim("model")), htmlEscaped(dim("provider")), formatDateTime(d.ts), tr("request"),
                htmlEscaped(d.extId) + (d.source.empty() ? QString() : tr(" from %1").arg(htmlEscaped(d.source))),
                status, costText(d.cost),
                (d.latencyMs ? tr("%1 ms").arg(formatCount(*d.latencyMs)) : tr("latency unknown"))
                    + (d.ttftMs ? tr(" (first token after %1 ms)").arg(formatCount(*d.ttftMs)) : QString())));
    if (d.hasText) {
        m_prompt->setPlainText(QString::fromStdString(d.prompt));
        m_response->setPlainText(QString::fromStdString(d.response));
    } else {
        m_prompt->setPlainText(tr("(no text stored for this request)"));
        m_response->clear();
    }

    // Cost breakdown.
    QString c
        = QStringLiteral("<table cellspacing='0' cellpadding='3'><tr><th align='left'>%1</th><th align='right'>%2"
                         "</th><th align='right'>%3</th><th align='right'>%4</th></tr>")
              .arg(tr("Part"), tr("Tokens"), tr("Rate per 1M"), d.cacheHit ? tr("Without the cache") : tr("Cost"));
    for (const auto& p : d.parts)
        c += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td><td align='right'>%3</td><td align='right'>%4</td>"
                            "</tr>")
                 .arg(htmlEscaped(p.name), formatCount(p.tokens), formatMoneyPrecise(p.ratePerMillion),
                     formatMoneyPrecise(p.cost));
    c += QStringLiteral("<tr><td><b>%1</b></td><td></td><td></td><td align='right'><b>%2</b></td></tr>")
             .arg(tr("Computed"), costText(d.cost));
    if (d.reportedCost) {
        QString diff;
        if (d.cost && *d.reportedCost != *d.cost)
            diff = tr(" (differs by %1)").arg(formatMoneyPrecise(*d.reportedCost - *d.cost));
        c += QStringLiteral("<tr><td>%1</td><td></td><td></td><td align='right'>%2%3</td></tr>")
                 .arg(tr("Reported by the source"), formatMoneyPrecise(*d.reportedCost), diff);
    }
    c += QStringLiteral("</table>");
    QStringList billing;
    billing << (d.batch ? tr("batch") : tr("not batch"));
    billing << (d.serviceTier.empty() ? tr("default service tier")
                                      : tr("service tier %1").arg(htmlEscaped(d.serviceTier)));
    if (d.longContext)
        billing << tr("long-context rates");
    if (d.cacheHit)
        billing << tr("served from the proxy's response cache (no provider charge)");
    c += QStringLiteral("<p>%1</p>").arg(billing.join(QStringLiteral(" &middot; ")));
    if (d.priceId != 0 && !d.priceOrigin.empty())
        c += QStringLiteral("<p>%1</p>")
                 .arg(tr("Priced by the %1 price of %2/%3 in force from %4 (price #%5).")
                          .arg(htmlEscaped(d.priceOrigin), htmlEscaped(d.priceProvider), htmlEscaped(d.priceModel),
                              formatDate(d.priceEffectiveFrom))
                          .arg(d.priceId));
    else if (!d.cost)
        c += QStringLiteral("<p>%1</p>").arg(tr("No price for this model at the request's time: unpriced, not free."));
    if (!d.priceError.empty())
        c += QStringLiteral("<p>%1</p>").arg(tr("Breakdown unavailable: %1").arg(htmlEscaped(d.priceError)));
    if (d.recomputed && d.cost && *d.recomputed != *d.cost)
        c += QStringLiteral("<p>%1</p>")
                 .arg(tr("Recomputed under that price: %1 (the stored cost predates a price change).")
                          .arg(formatMoneyPrecise(*d.recomputed)));
    m_cost->setText(c);

    // Dimensions and tags.
    QString dm = QStringLiteral("<table cellspacing='0' cellpadding='3'>");
    for (const auto& [k, v] : d.dims)
        dm += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                  .arg(dimTitle(k).toHtmlEscaped(), v.empty() ? QStringLiteral("&mdash;") : htmlEscaped(v));
    dm += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
              .arg(tr("Tokens"))
              .arg(tr("%1 in (%2 cache reads, %3 cache writes), %4 out")
                       .arg(formatCount(d.tokens.input), formatCount(d.tokens.cachedInput),
                           formatCount(d.tokens.cacheWrites()), formatCount(d.tokens.output)));
    for (const auto& [k, v] : d.tags)
        dm += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                  .arg(tr("Tag %1").arg(htmlEscaped(k)), htmlEscaped(v));
    dm += QStringLiteral("</table>");
    m_dims->setText(dm);

    // Evals.
    if (d.evals.empty()) {
        m_evals->setText(tr("No eval results for this request."));
    } else {
        QString ev = QStringLiteral("<table cellspacing='0' cellpadding='3'><tr><th align='left'>%1</th><th "
                                    "align='left'>%2</th><th align='right'>%3</th><th align='left'>%4</th></tr>")
                         .arg(tr("Time (UTC)"), tr("Eval"), tr("Score"), tr("Result"));
        for (const auto& e : d.evals)
            ev += QStringLiteral("<tr><td>%1</td><td>%2</td><td align='right'>%3</td><td>%4</td></tr>")
                      .arg(formatDateTime(e.ts), htmlEscaped(e.name), QString::number(e.score, 'g', 4),
                          !e.passed       ? QString()
                              : *e.passed ? tr("passed")
                                          : tr("failed"));
        m_evals->setText(ev + QStringLiteral("</table>"));
    }
    m_tabs->setTabText(3, d.evals.empty() ? tr("Evals") : tr("Evals (%1)").arg(d.evals.size()));

    // The trace.
    const std::string trace = dim("trace_id");
    m_trace->setRowCount(int(d.trace.size()));
    for (int i = 0; i < int(d.trace.size()); ++i) {
        const auto& t = d.trace[std::size_t(i)];
        auto* time = new QTableWidgetItem(formatDateTime(t.ts));
        time->setData(Qt::UserRole, QVariant::fromValue<qlonglong>(t.id));
        m_trace->setItem(i, 0, time);
        m_trace->setItem(i, 1, new QTableWidgetItem(QString::fromStdString(t.model)));
        auto* cost = new QTableWidgetItem(costText(t.cost));
        cost->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_trace->setItem(i, 2, cost);
        m_trace->setItem(i, 3, new QTableWidgetItem(QString::number(t.status)));
    }
    m_trace->resizeColumnsToContents();
    if (trace.empty()) {
        m_traceTotal->setText(tr("This request has no trace id."));
    } else {
        QString t = tr("Trace %1 \u00b7 other requests within a day of this one: %2 \u00b7 the whole trace cost %3.")
                        .arg(QString::fromStdString(trace).toHtmlEscaped(), formatCount(std::int64_t(d.trace.size())),
                            formatMoneyPrecise(d.traceCost));
        if (d.traceUnpriced > 0)
            t += QLatin1Char(' ') + tr("Unpriced in it: %1.").arg(formatCount(d.traceUnpriced));
        if (d.traceTruncated)
            t += QLatin1Char(' ') + tr("Only the first %1 are listed.").arg(burnrate::kMaxTraceRequests);
        m_traceTotal->setText(t);
    }
    m_tabs->setTabText(4, d.trace.empty() ? tr("Trace") : tr("Trace (%1)").arg(d.trace.size()));

    m_editor->setAnnotations(d.id, analyst(false), d.annotations);
    m_tabs->setTabText(0, d.annotations.empty() ? tr("Annotation") : tr("Annotation (%1)").arg(d.annotations.size()));
}

QString RequestsPage::analyst(bool ask)
{
    QString name = QSettings().value(QStringLiteral("settings/analyst")).toString().trimmed();
    if (!name.isEmpty() || !ask || m_askedName)
        return name;
    m_askedName = true;
    bool ok = false;
    name = QInputDialog::getText(this, tr("Your name"),
        tr("Annotations are recorded with the analyst's name. Your name (also in Settings):"), QLineEdit::Normal,
        QString(), &ok)
               .trimmed();
    if (ok && !name.isEmpty())
        QSettings().setValue(QStringLiteral("settings/analyst"), name);
    return ok ? name : QString();
}

void RequestsPage::saveAnnotation(const burnrate::Annotation& edited)
{
    burnrate::Annotation a = edited;
    if (a.author.empty()) {
        const QString name = analyst(true);
        if (name.isEmpty()) {
            showError(tr("Annotations need your name: set it in Settings (Analyst name)."));
            renderDetail(); // back to what is stored
            return;
        }
        a.author = name.toStdString();
    }
    a.ts = QDateTime::currentSecsSinceEpoch();
    enqueueWrite({ a, a.empty() });
}

void RequestsPage::deleteAnnotation(std::int64_t eventId)
{
    burnrate::Annotation a;
    a.eventId = eventId;
    a.author = analyst(false).toStdString();
    if (a.author.empty())
        return;
    enqueueWrite({ a, true });
}

void RequestsPage::enqueueWrite(WriteOp op)
{
    // Each op carries the whole annotation: a later edit of the same request supersedes a queued one.
    if (!m_writes.empty() && m_writes.back().annotation.eventId == op.annotation.eventId
        && m_writes.back().annotation.author == op.annotation.author)
        m_writes.back() = std::move(op);
    else
        m_writes.push_back(std::move(op));
    runNextWrite();
}

void RequestsPage::runNextWrite()
{
    if (m_writing || m_writes.empty())
        return;
    m_writing = true;
    WriteOp op = std::move(m_writes.front());
    m_writes.pop_front();
    runWrite(
        this, state()->databasePath(),
        [op](Database& db) -> QString {
            if (op.remove) {
                auto r = burnrate::deleteAnnotation(db, op.annotation.eventId, op.annotation.author);
                if (!r && r.error().code != ErrorCode::NotFound)
                    return QString::fromStdString(r.error().detail);
                return {};
            }
            auto r = burnrate::saveAnnotation(db, op.annotation);
            return r ? QString() : QString::fromStdString(r.error().detail);
        },
        [this, op](const QString& error) {
            m_writing = false;
            const std::int64_t id = op.annotation.eventId;
            const bool waiting = std::any_of(
                m_writes.begin(), m_writes.end(), [id](const WriteOp& w) { return w.annotation.eventId == id; });
            if (!error.isEmpty()) {
                showError(tr("The annotation was not saved: %1").arg(error));
                if (!waiting && m_wantedId == id)
                    loadDetail(id); // show what is stored
            } else if (m_detail && m_detail->id == id) {
                // The editor already shows the edit; the detail learns it without a re-read, so keys pressed
                // meanwhile are never overwritten by an older stored state.
                auto& list = m_detail->annotations;
                list.erase(std::remove_if(list.begin(), list.end(),
                               [&](const burnrate::Annotation& a) { return a.author == op.annotation.author; }),
                    list.end());
                if (!op.remove)
                    list.push_back(op.annotation);
                m_model->updateAnnotationCount(id, int(list.size()));
                m_tabs->setTabText(0, list.empty() ? tr("Annotation") : tr("Annotation (%1)").arg(list.size()));
                if (!waiting && m_wantedId == id)
                    m_editor->setAnnotations(id, QString::fromStdString(op.annotation.author), list);
            }
            runNextWrite();
            checkSettled();
        });
}

void RequestsPage::editLabels()
{
    LabelsDialog dialog(m_labels, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto save = dialog.toSave();
    const auto remove = dialog.toRemove();
    if (save.empty() && remove.empty())
        return;
    m_writing = true;
    runWrite(
        this, state()->databasePath(),
        [save, remove](Database& db) -> QString {
            for (const auto& name : remove)
                if (auto r = removeAnnotationLabel(db, name); !r)
                    return QString::fromStdString(r.error().detail);
            for (const auto& l : save)
                if (auto r = saveAnnotationLabel(db, l); !r)
                    return QString::fromStdString(r.error().detail);
            return {};
        },
        [this](const QString& error) {
            m_writing = false;
            if (!error.isEmpty())
                showError(tr("The labels were not saved: %1").arg(error));
            if (m_wantedId != 0)
                loadDetail(m_wantedId);
            runNextWrite();
        });
}

bool RequestsPage::isSettled() const
{
    return !m_detailLoading && !m_writing && m_writes.empty() && isIdle();
}

void RequestsPage::checkSettled()
{
    if (isSettled())
        emit settled();
}

void RequestsPage::review()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Review queue"));
    auto* form = new QFormLayout(&dialog);
    auto* what = new QLabel(tr("A random sample of the requests the range, chips and filters select. The same seed "
                               "and filter give the same requests in the same order."),
        &dialog);
    what->setWordWrap(true);
    form->addRow(what);
    auto* n = new QSpinBox(&dialog);
    n->setRange(1, 100000);
    n->setValue(QSettings().value(QStringLiteral("requests/reviewSize"), 200).toInt());
    form->addRow(tr("Requests:"), n);
    auto* seed = new QSpinBox(&dialog);
    seed->setRange(0, 999999);
    seed->setValue(int(QRandomGenerator::global()->bounded(1000000)));
    form->addRow(tr("Seed:"), seed);
    auto* textOnly = new QCheckBox(tr("Only requests with stored prompt and response text"), &dialog);
    textOnly->setChecked(m_text->currentIndex() != 2);
    textOnly->setEnabled(m_text->currentIndex() == 0);
    form->addRow(textOnly);
    auto* keys = new QLabel(
        tr("Keys: J / K next / previous, 1-5 rating, 0 clears it, U / D thumbs up / down, L labels, E comment, "
           "Esc ends the review. Every key saves."),
        &dialog);
    keys->setWordWrap(true);
    form->addRow(keys);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Start review"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QSettings().setValue(QStringLiteral("requests/reviewSize"), n->value());
    startReview(n->value(), quint64(seed->value()), textOnly->isEnabled() && textOnly->isChecked());
}

void RequestsPage::startReview(int n, quint64 seed, bool withTextOnly)
{
    burnrate::RequestFilter f = currentFilter();
    if (withTextOnly)
        f.hasText = true;
    m_reviewSeed = seed;
    m_detailLoading = true;
    m_detailRunner->run<std::vector<std::int64_t>>(
        [f, n, seed](Database& db) { return RequestQueries(db).sample(f, n, seed); },
        [this](const QueryOutcome<std::vector<std::int64_t>>& out) {
            m_detailLoading = false;
            if (!out.value) {
                showError(tr("The review sample could not be drawn: %1").arg(out.error));
                checkSettled();
                return;
            }
            if (out.value->empty()) {
                showError(tr("No request matches the range and filters: nothing to review."));
                checkSettled();
                return;
            }
            m_reviewIds = *out.value;
            m_reviewing = true;
            m_filterRow->hide();
            m_table->hide();
            m_reviewBar->show();
            m_statusLabel->hide();
            setFocus(Qt::OtherFocusReason);
            reviewGo(0);
        });
}

void RequestsPage::stopReview()
{
    if (!m_reviewing)
        return;
    m_reviewing = false;
    m_reviewBar->hide();
    m_filterRow->show();
    m_table->show();
    m_statusLabel->show();
    // The table's annotation counts and filters (e.g. "not annotated") may have changed.
    applyFilter();
}

QString RequestsPage::reviewProgress() const
{
    return tr("%1 / %2").arg(m_reviewPos + 1).arg(m_reviewIds.size());
}

void RequestsPage::reviewGo(int pos)
{
    if (m_reviewIds.empty())
        return;
    m_reviewPos = std::clamp(pos, 0, int(m_reviewIds.size()) - 1);
    m_reviewLabel->setText(
        tr("<b>Review %1</b> &middot; seed %2 &middot; J/K next/previous, 1-5 rating, U/D thumbs, L labels, "
           "E comment, Esc ends")
            .arg(reviewProgress())
            .arg(m_reviewSeed));
    m_tabs->setCurrentIndex(0);
    loadDetail(m_reviewIds[std::size_t(m_reviewPos)]);
}

void RequestsPage::keyPressEvent(QKeyEvent* event)
{
    if (!m_reviewing || event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)) {
        Page::keyPressEvent(event);
        return;
    }
    // Edits apply to the request shown, never to one still loading.
    const bool ready = m_detail && m_detail->id == m_wantedId;
    switch (event->key()) {
    case Qt::Key_J:
        reviewGo(m_reviewPos + 1);
        break;
    case Qt::Key_K:
        reviewGo(m_reviewPos - 1);
        break;
    case Qt::Key_0:
    case Qt::Key_1:
    case Qt::Key_2:
    case Qt::Key_3:
    case Qt::Key_4:
    case Qt::Key_5:
        if (ready)
            m_editor->setRating(event->key() - Qt::Key_0);
        break;
    case Qt::Key_U:
        if (ready && m_editor->current().thumb != burnrate::Thumb::Up)
            m_editor->toggleThumb(burnrate::Thumb::Up);
        break;
    case Qt::Key_D:
        if (ready && m_editor->current().thumb != burnrate::Thumb::Down)
            m_editor->toggleThumb(burnrate::Thumb::Down);
        break;
    case Qt::Key_L:
        if (ready)
            m_editor->popupLabels();
        break;
    case Qt::Key_E:
        if (ready)
            m_editor->focusComment();
        break;
    case Qt::Key_Escape:
        stopReview();
        break;
    default:
        Page::keyPressEvent(event);
        return;
    }
    event->accept();
}

} // namespace burnrate::ui
