#include "ui/dialogs/allocationdialog.h"

#include "ui/format.h"
#include "ui/queryrunner.h"
#include "ui/writejob.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QStringListModel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <memory>

namespace burnrate::ui {

namespace {

// The values an axis already has in the store, for completion ("" dropped).
QStringList storedValues(Database& db, Dim d)
{
    QStringList out;
    for (auto& [id, s] : db.dimValues(d))
        if (!s.empty())
            out << QString::fromStdString(s);
    out.sort(Qt::CaseInsensitive);
    return out;
}

QCompleter* valueCompleter(QLineEdit* edit)
{
    auto* c = new QCompleter(new QStringListModel(edit), edit);
    c->setCaseSensitivity(Qt::CaseInsensitive);
    c->setFilterMode(Qt::MatchContains);
    c->setMaxVisibleItems(12);
    edit->setCompleter(c);
    return c;
}

struct RulesAndTiers
{
    std::vector<AllocationRule> rules;
    TierThresholds tiers;
};

QString describe(const AllocationReport& r)
{
    return AllocationDialog::tr("%1 requests (%2) and %3 provider buckets (%4 requests, %5)")
        .arg(QLocale().toString(qlonglong(r.events)), formatMoney(r.eventsCost),
            QLocale().toString(qlonglong(r.buckets)), QLocale().toString(qlonglong(r.bucketRequests)),
            formatMoney(r.bucketsCost));
}

QString usd(Nano n)
{
    return QString::fromStdString(formatDecimal(n, 2));
}

} // namespace

AllocationDialog::AllocationDialog(const QString& databasePath, QWidget* parent)
    : QDialog(parent)
    , m_path(databasePath)
    , m_rules(new QueryRunner(this))
    , m_preview(new QueryRunner(this))
    , m_completions(new QueryRunner(this))
{
    setWindowTitle(tr("Cost allocation rules"));
    m_rules->setDatabasePath(databasePath);
    m_preview->setDatabasePath(databasePath);
    m_completions->setDatabasePath(databasePath);
    auto* lay = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("A rule gives spend an owner where its source named none: an API key, project, "
                                "user, team or tag maps to a tenant, team, project or env. A value the source "
                                "reported always wins; the first rule by priority, then the most specific match, "
                                "sets the owner. Adding or removing a rule re-allocates the whole history."),
        this);
    intro->setWordWrap(true);
    lay->addWidget(intro);

    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("allocationRules"));
    m_table->setHorizontalHeaderLabels({ tr("ID"), tr("Priority"), tr("Match"), tr("Set") });
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // read-only rows: Tab goes on to the buttons
    lay->addWidget(m_table, 1);

    auto* box = new QGroupBox(tr("New rule"), this);
    auto* form = new QFormLayout(box);
    auto* matchRow = new QHBoxLayout;
    m_matchAxis = new QComboBox(box);
    for (const char* a :
        { "api_key", "project", "user", "team", "tag", "prompt", "tenant", "env", "service_tier", "model", "provider" })
        m_matchAxis->addItem(QString::fromLatin1(a), QString::fromLatin1(a));
    m_tagKey = new QLineEdit(box);
    m_tagKey->setPlaceholderText(tr("tag key"));
    m_tagKey->setEnabled(false);
    m_matchValue = new QLineEdit(box);
    m_matchValue->setObjectName(QStringLiteral("matchValue"));
    m_matchValue->setPlaceholderText(tr("value (empty: rows without one)"));
    matchRow->addWidget(m_matchAxis);
    matchRow->addWidget(m_tagKey);
    matchRow->addWidget(m_matchValue, 1);
    auto* matchLabel = new QLabel(tr("&Match:"), box);
    matchLabel->setBuddy(m_matchAxis);
    form->addRow(matchLabel, matchRow);
    auto* setRow = new QHBoxLayout;
    m_target = new QComboBox(box);
    for (const char* t : { "team", "tenant", "project", "env", "model_tier" })
        m_target->addItem(QString::fromLatin1(t), QString::fromLatin1(t));
    m_targetValue = new QLineEdit(box);
    m_targetValue->setObjectName(QStringLiteral("ownerValue"));
    m_targetValue->setPlaceholderText(tr("owner"));
    setRow->addWidget(m_target);
    setRow->addWidget(m_targetValue, 1);
    auto* setLabel = new QLabel(tr("&Set:"), box);
    setLabel->setBuddy(m_target);
    form->addRow(setLabel, setRow);
    m_priority = new QSpinBox(box);
    m_priority->setRange(-1000000, 1000000);
    m_priority->setToolTip(tr("Rules with a higher priority are applied first."));
    m_priority->setMaximumWidth(140);
    form->addRow(tr("&Priority:"), m_priority);
    m_previewLabel = new QLabel(box);
    m_previewLabel->setObjectName(QStringLiteral("allocationPreview"));
    m_previewLabel->setWordWrap(true);
    form->addRow(tr("Preview:"), m_previewLabel);
    auto* buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("&Add rule"), box);
    m_add->setObjectName(QStringLiteral("addRule"));
    m_remove = new QPushButton(tr("&Remove selected"), box);
    m_remove->setObjectName(QStringLiteral("removeRule"));
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    form->addRow(buttons);
    lay->addWidget(box);

    auto* tiers
        = new QGroupBox(tr("Model tiers (blended list price, (3 x input + output) / 4, USD per 1M tokens)"), this);
    auto* tierRow = new QHBoxLayout(tiers);
    m_premium = new QLineEdit(tiers);
    m_economy = new QLineEdit(tiers);
    auto* premiumLabel = new QLabel(tr("Premium &from:"), tiers);
    premiumLabel->setBuddy(m_premium);
    auto* economyLabel = new QLabel(tr("&Economy below:"), tiers);
    economyLabel->setBuddy(m_economy);
    auto* saveTiers = new QPushButton(tr("Save &tiers"), tiers);
    tierRow->addWidget(premiumLabel);
    tierRow->addWidget(m_premium);
    tierRow->addWidget(economyLabel);
    tierRow->addWidget(m_economy);
    tierRow->addWidget(saveTiers);
    lay->addWidget(tiers);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("allocationStatus"));
    m_status->setWordWrap(true);
    lay->addWidget(m_status);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    lay->addWidget(close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(300);
    connect(&m_debounce, &QTimer::timeout, this, &AllocationDialog::preview);
    valueCompleter(m_tagKey);
    valueCompleter(m_matchValue);
    valueCompleter(m_targetValue);
    connect(m_matchAxis, &QComboBox::currentIndexChanged, this, [this] {
        m_tagKey->setEnabled(m_matchAxis->currentData().toString() == QLatin1String("tag"));
        loadCompletions();
        schedulePreview();
    });
    connect(m_tagKey, &QLineEdit::editingFinished, this, &AllocationDialog::loadCompletions);
    connect(m_target, &QComboBox::currentIndexChanged, this, &AllocationDialog::loadCompletions);
    for (QLineEdit* e : { m_tagKey, m_matchValue, m_targetValue })
        connect(e, &QLineEdit::textChanged, this, &AllocationDialog::schedulePreview);
    connect(m_target, &QComboBox::currentIndexChanged, this, &AllocationDialog::schedulePreview);
    connect(m_priority, &QSpinBox::valueChanged, this, &AllocationDialog::schedulePreview);
    connect(m_add, &QPushButton::clicked, this, &AllocationDialog::addRule);
    connect(m_remove, &QPushButton::clicked, this, &AllocationDialog::removeSelected);
    connect(saveTiers, &QPushButton::clicked, this, &AllocationDialog::saveThresholds);
    resize(760, 620);
    reload();
    loadCompletions();
    schedulePreview();
}

void AllocationDialog::loadCompletions()
{
    const QString axis = m_matchAxis->currentData().toString();
    const bool tag = axis == QLatin1String("tag");
    const std::optional<Dim> match = tag ? std::optional<Dim>(Dim::TagValue) : dimFromName(axis.toStdString());
    const std::optional<Dim> target = dimFromName(m_target->currentData().toString().toStdString());
    struct Values
    {
        QStringList match, target, tagKeys;
    };
    m_completions->run<Values>(
        [match, target, tag](Database& db) -> Result<Values> {
            Values v;
            if (match)
                v.match = storedValues(db, *match);
            if (target && *target != Dim::ModelTier)
                v.target = storedValues(db, *target);
            if (tag)
                v.tagKeys = storedValues(db, Dim::TagKey);
            return v;
        },
        [this](const QueryOutcome<Values>& out) {
            if (!out.value)
                return;
            auto set = [](QLineEdit* e, const QStringList& values) {
                static_cast<QStringListModel*>(e->completer()->model())->setStringList(values);
            };
            set(m_matchValue, out.value->match);
            set(m_targetValue, out.value->target);
            set(m_tagKey, out.value->tagKeys);
        });
}

Result<AllocationRule> AllocationDialog::formRule() const
{
    QString axis = m_matchAxis->currentData().toString();
    if (axis == QLatin1String("tag"))
        axis = QStringLiteral("tag:") + m_tagKey->text().trimmed();
    const QString match = axis + QLatin1Char('=') + m_matchValue->text();
    const QString set = m_target->currentData().toString() + QLatin1Char('=') + m_targetValue->text().trimmed();
    return parseAllocationRule(match.toStdString(), set.toStdString(), m_priority->value());
}

int AllocationDialog::ruleCount() const
{
    return m_table->rowCount();
}

QString AllocationDialog::previewText() const
{
    return m_previewLabel->text();
}

QString AllocationDialog::statusText() const
{
    return m_status->text();
}

void AllocationDialog::reload()
{
    m_rules->run<RulesAndTiers>(
        [](Database& db) -> Result<RulesAndTiers> {
            auto rules = allocationRules(db);
            if (!rules)
                return rules.error();
            return RulesAndTiers { std::move(*rules), tierThresholds(db) };
        },
        [this](const QueryOutcome<RulesAndTiers>& out) {
            if (!out.value) {
                m_status->setText(tr("The rules could not be read: %1").arg(out.error));
                return;
            }
            m_shown = out.value->rules;
            m_table->setRowCount(static_cast<int>(m_shown.size()));
            for (int i = 0; i < static_cast<int>(m_shown.size()); ++i) {
                const AllocationRule& r = m_shown[static_cast<std::size_t>(i)];
                const QString cells[] = { QString::number(r.id), QString::number(r.priority),
                    QString::fromStdString(r.matchName() + "=" + r.matchValue),
                    QString::fromStdString(r.targetName() + "=" + r.targetValue) };
                for (int c = 0; c < 4; ++c)
                    m_table->setItem(i, c, new QTableWidgetItem(cells[c]));
            }
            m_premium->setText(usd(out.value->tiers.premiumFrom));
            m_economy->setText(usd(out.value->tiers.economyBelow));
        });
}

void AllocationDialog::schedulePreview()
{
    m_debounce.start();
}

void AllocationDialog::preview()
{
    auto rule = formRule();
    m_add->setEnabled(rule.ok() && !m_writing);
    if (!rule) {
        m_preview->invalidate();
        m_previewLabel->setText(m_targetValue->text().trimmed().isEmpty()
                ? tr("Name the owner to see what the rule would re-allocate.")
                : QString::fromStdString(rule.error().detail));
        return;
    }
    const AllocationRule r = *rule;
    m_previewLabel->setText(tr("Counting\u2026"));
    m_preview->run<AllocationReport>([r](Database& db) { return previewAddAllocationRule(db, r); },
        [this, r](const QueryOutcome<AllocationReport>& out) {
            if (!out.value) {
                m_previewLabel->setText(out.error);
                m_add->setEnabled(false);
                return;
            }
            m_previewLabel->setText(r.target == Dim::ModelTier
                    ? tr("Names the tier of this model in every query (nothing is rewritten).")
                    : tr("Adding it re-allocates %1.").arg(describe(*out.value)));
        });
}

void AllocationDialog::finishWrite(const QString& error, const QString& done)
{
    m_writing = false;
    m_status->setText(error.isEmpty() ? done : error);
    reload();
    loadCompletions();
    preview();
    if (error.isEmpty())
        emit allocationChanged();
}

void AllocationDialog::addRule()
{
    auto rule = formRule();
    if (!rule) {
        m_status->setText(QString::fromStdString(rule.error().detail));
        return;
    }
    m_writing = true;
    m_add->setEnabled(false);
    m_status->setText(tr("Adding the rule and re-allocating the history\u2026"));
    auto message = std::make_shared<QString>();
    const AllocationRule r = *rule;
    runWrite(
        this, m_path,
        [r, message](Database& db) -> QString {
            auto added = addAllocationRule(db, r);
            if (!added)
                return QString::fromStdString(added.error().detail);
            *message = tr("Rule %1 added; re-allocated %2.").arg(added->first.id).arg(describe(added->second));
            return {};
        },
        [this, message](const QString& error) {
            if (error.isEmpty())
                m_targetValue->clear();
            finishWrite(error, *message);
        });
}

void AllocationDialog::removeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= static_cast<int>(m_shown.size())) {
        m_status->setText(tr("Select a rule to remove."));
        return;
    }
    const std::int64_t id = m_shown[static_cast<std::size_t>(row)].id;
    m_writing = true;
    m_status->setText(tr("Removing rule %1 and re-allocating the history\u2026").arg(id));
    auto message = std::make_shared<QString>();
    runWrite(
        this, m_path,
        [id, message](Database& db) -> QString {
            auto removed = removeAllocationRule(db, id);
            if (!removed)
                return QString::fromStdString(removed.error().detail);
            *message = tr("Rule %1 removed; re-allocated %2.").arg(id).arg(describe(removed->second));
            return {};
        },
        [this, message](const QString& error) { finishWrite(error, *message); });
}

void AllocationDialog::saveThresholds()
{
    auto premium = parseDecimalNano(m_premium->text().trimmed().toStdString());
    auto economy = parseDecimalNano(m_economy->text().trimmed().toStdString());
    if (!premium || !economy) {
        m_status->setText(tr("Tier thresholds are prices in USD per 1M tokens, e.g. 10 or 0.75."));
        return;
    }
    const TierThresholds t { *premium, *economy };
    m_writing = true;
    runWrite(
        this, m_path,
        [t](Database& db) -> QString {
            auto r = setTierThresholds(db, t);
            return r ? QString() : QString::fromStdString(r.error().detail);
        },
        [this](const QString& error) { finishWrite(error, tr("Tier thresholds saved.")); });
}

} // namespace burnrate::ui
