#include "ui/dialogs/addfilterdialog.h"

#include "ui/queryrunner.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSignalBlocker>

namespace burnrate::ui {

namespace {
struct AxisValues
{
    std::vector<std::string> tagKeys;
    std::vector<std::string> values;
};
} // namespace

QStringList AddFilterDialog::axes()
{
    // The axes the Costs page's Group by offers, in its order, and tags.
    return { QStringLiteral("provider"), QStringLiteral("model"), QStringLiteral("tenant"), QStringLiteral("team"),
        QStringLiteral("project"), QStringLiteral("env"), QStringLiteral("prompt"), QStringLiteral("prompt_version"),
        QStringLiteral("user"), QStringLiteral("api_key"), QStringLiteral("service_tier"), QStringLiteral("tag") };
}

AddFilterDialog::AddFilterDialog(const QString& databasePath, QWidget* parent)
    : QDialog(parent)
    , m_runner(new QueryRunner(this))
{
    setWindowTitle(tr("Add filter"));
    m_runner->setDatabasePath(databasePath);
    m_axis = new QComboBox(this);
    for (const QString& a : axes())
        m_axis->addItem(DashboardState::axisTitle(a), a);
    m_axis->setCurrentIndex(1);
    m_tagKey = new QComboBox(this);
    m_tagKey->setEditable(true);
    m_value = new QComboBox(this);
    m_value->setEditable(true);
    m_value->setInsertPolicy(QComboBox::NoInsert);
    m_value->completer()->setFilterMode(Qt::MatchContains);
    m_value->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_value->setMinimumWidth(280);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Dimension:"), m_axis);
    form->addRow(tr("Tag key:"), m_tagKey);
    form->addRow(tr("Value:"), m_value);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_axis, &QComboBox::currentIndexChanged, this, &AddFilterDialog::loadValues);
    // The values offered for a tag are those of the chosen key.
    connect(m_tagKey, &QComboBox::currentTextChanged, this, [this] {
        if (m_axis->currentData().toString() == QLatin1String("tag"))
            loadValues();
    });
    loadValues();
    m_value->setFocus();
}

void AddFilterDialog::loadValues()
{
    const QString axis = m_axis->currentData().toString();
    const bool tag = axis == QLatin1String("tag");
    m_tagKey->setEnabled(tag);
    m_value->clear();
    std::optional<Dim> dim = tag ? std::optional<Dim>(Dim::TagValue) : dimFromName(axis.toStdString());
    if (!dim)
        return;
    const Dim d = *dim;
    const bool needKeys = tag && m_tagKey->count() == 0;
    const std::string key = m_tagKey->currentText().trimmed().toStdString();
    m_runner->run<AxisValues>(
        [d, tag, needKeys, key](Database& db) -> Result<AxisValues> {
            AxisValues v;
            if (needKeys)
                for (auto& [id, s] : db.dimValues(Dim::TagKey))
                    v.tagKeys.push_back(s);
            if (tag) {
                // Only the values of the chosen key (the first one until the keys are loaded).
                const std::string k = !key.empty() ? key : (v.tagKeys.empty() ? std::string() : v.tagKeys.front());
                v.values = db.tagValues(k);
            } else {
                for (auto& [id, s] : db.dimValues(d))
                    if (!s.empty())
                        v.values.push_back(s);
            }
            std::sort(v.values.begin(), v.values.end());
            return v;
        },
        [this](const QueryOutcome<AxisValues>& out) {
            if (!out.value)
                return;
            QStringList values;
            for (const auto& s : out.value->values)
                values << QString::fromStdString(s);
            if (m_tagKey->count() == 0 && !out.value->tagKeys.empty()) {
                const QSignalBlocker block(m_tagKey); // the values below already belong to the first key
                for (const auto& s : out.value->tagKeys)
                    m_tagKey->addItem(QString::fromStdString(s));
            }
            m_value->clear();
            m_value->addItems(values);
            m_value->setCurrentIndex(-1);
        });
}

FilterChip AddFilterDialog::chip() const
{
    QString axis = m_axis->currentData().toString();
    if (axis == QLatin1String("tag"))
        axis = QStringLiteral("tag:") + m_tagKey->currentText().trimmed();
    return { axis, m_value->currentText().trimmed() };
}

} // namespace burnrate::ui
