#include "ui/dialogs/sourcedialog.h"

#include "sources/sourcetypes.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>

namespace burnrate::ui {

QStringList SourceDialog::sourceTypes()
{
    QStringList out;
    for (const SourceType& t : burnrate::sourceTypes())
        out << QString::fromLatin1(t.name.data(), qsizetype(t.name.size()));
    return out;
}

namespace {

// The source types' labels, for people (the registry's own text is the English fallback).
QString typeLabel(std::string_view name)
{
    if (name == "openai")
        return SourceDialog::tr("OpenAI usage and costs (organization admin API)");
    if (name == "anthropic")
        return SourceDialog::tr("Anthropic usage and cost reports (admin API)");
    if (name == "litellm")
        return SourceDialog::tr("LiteLLM proxy spend logs");
    if (name == "litellm-metrics")
        return SourceDialog::tr("LiteLLM proxy Prometheus metrics");
    if (name == "bedrock")
        return SourceDialog::tr("Amazon Bedrock token metrics (CloudWatch)");
    if (name == "aws-costs")
        return SourceDialog::tr("AWS Cost Explorer: Bedrock and Lambda costs");
    const SourceType* t = findSourceType(name);
    return t ? QString::fromUtf8(t->label.data(), qsizetype(t->label.size())) : QString::fromUtf8(name.data());
}

// What the key field takes, for people (the registry's own hint is the English fallback).
QString keyHint(const SourceType& t)
{
    if (t.name == "vertex")
        return SourceDialog::tr("An OAuth access token with monitoring.read (gcloud auth print-access-token), or the "
                                "whole JSON key file of a service account with the role Monitoring Viewer: "
                                "Burnrate signs in with it before each poll.");
    return QString::fromUtf8(t.keyHint.data(), qsizetype(t.keyHint.size()));
}

} // namespace

SourceDialog::SourceDialog(const SourceInfo* existing, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(existing ? tr("Edit source") : tr("Add source"));
    if (existing)
        m_original = *existing;
    m_type = new QComboBox(this);
    for (const QString& t : sourceTypes())
        m_type->addItem(typeLabel(t.toStdString()), t);
    m_region = new QLineEdit(this);
    m_region->setPlaceholderText(tr("e.g. us-east-1 (default: AWS_REGION, else us-east-1)"));
    m_project = new QLineEdit(this);
    m_type->setObjectName(QStringLiteral("sourceType"));
    m_region->setObjectName(QStringLiteral("sourceRegion"));
    m_project->setObjectName(QStringLiteral("sourceProject"));
    m_project->setPlaceholderText(tr("the Google Cloud project id, e.g. acme-prod"));
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("sourcePath"));
    m_path->setPlaceholderText(tr("an export file or a folder of them (.csv, .json, .jsonl; .gz too)"));
    auto* browse = new QPushButton(tr("Browse..."), this);
    browse->setObjectName(QStringLiteral("sourcePathBrowse"));
    auto* pathRow = new QHBoxLayout;
    pathRow->setContentsMargins(0, 0, 0, 0);
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(
            this, tr("Folder of Cloud Billing export files"), m_path->text().trimmed());
        if (!dir.isEmpty())
            m_path->setText(dir);
    });
    connect(m_path, &QLineEdit::textChanged, browse, [this, browse] { browse->setEnabled(m_path->isEnabled()); });
    m_freeTier = new QCheckBox(tr("Take the monthly free tier off the cost (1M requests, 400,000 GB-s)"), this);
    m_freeTier->setObjectName(QStringLiteral("sourceFreeTier"));
    m_freeTier->setToolTip(tr("AWS Lambda's free tier, shared by all functions and both architectures of the "
                              "account: leave it off when other functions of the account use it up."));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("sourceName"));
    m_baseUrl = new QLineEdit(this);
    m_baseUrl->setPlaceholderText(tr("default for the type, e.g. https://api.openai.com"));
    m_key = new QLineEdit(this);
    m_key->setObjectName(QStringLiteral("sourceKey"));
    m_key->setEchoMode(QLineEdit::Password);
    m_keyEnv = new QLineEdit(this);
    m_keyEnv->setPlaceholderText(tr("e.g. OPENAI_ADMIN_KEY (used when the keychain has no key)"));
    m_interval = new QSpinBox(this);
    m_interval->setRange(5, 7 * 24 * 60);
    m_interval->setSuffix(tr(" min"));
    m_interval->setValue(60);
    m_rules = new QPlainTextEdit(this);
    m_rules->setPlaceholderText(QStringLiteral("{\"attribution\": {\"project\": {\"proj_abc\": \"team-search\"}}}"));
    m_rules->setToolTip(tr("Attribution rules as JSON: how this source's projects, keys or users map to teams and "
                           "tenants"));
    m_rules->setMinimumHeight(100);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("sourceProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #d03030;"));
    // The message wraps in the width the fields give and keeps two lines of room: the dialog neither widens
    // nor jumps when it appears or goes.
    m_problem->setWordWrap(true);
    m_problem->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Minimum);
    m_problem->setMinimumHeight(2 * m_problem->fontMetrics().lineSpacing());
    m_problem->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Type:"), m_type);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Base URL:"), m_baseUrl);
    form->addRow(tr("Region:"), m_region);
    form->addRow(tr("Project:"), m_project);
    form->addRow(tr("Path:"), pathRow);
    form->addRow(tr("Free tier:"), m_freeTier);
    form->addRow(tr("API key:"), m_key);
    form->addRow(tr("Key variable:"), m_keyEnv);
    form->addRow(tr("Interval:"), m_interval);
    form->addRow(tr("Attribution rules:"), m_rules);
    form->addRow(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (existing) {
        m_type->setCurrentIndex(std::max(0, m_type->findData(QString::fromStdString(existing->type))));
        m_region->setText(configString(existing->configJson, "region"));
        m_project->setText(configString(existing->configJson, "project"));
        m_path->setText(configString(existing->configJson, "path"));
        m_freeTier->setChecked(QJsonDocument::fromJson(QByteArray::fromStdString(existing->configJson))
                                   .object()
                                   .value(QLatin1String("free_tier"))
                                   .toBool());
        m_name->setText(QString::fromStdString(existing->name));
        m_name->setReadOnly(true); // the keychain entry and the ids are keyed by the name
        m_baseUrl->setText(QString::fromStdString(existing->baseUrl));
        m_keyEnv->setText(QString::fromStdString(existing->keyEnv));
        m_interval->setValue(existing->intervalMinutes);
        const QString cfg = QString::fromStdString(existing->configJson);
        if (cfg != QLatin1String("{}"))
            m_rules->setPlainText(cfg);
    }
    auto* ok = buttons->button(QDialogButtonBox::Ok);
    auto check = [this, ok] {
        validate();
        ok->setEnabled(m_problem->text().isEmpty());
    };
    connect(m_name, &QLineEdit::textChanged, this, check);
    connect(m_baseUrl, &QLineEdit::textChanged, this, check);
    connect(m_rules, &QPlainTextEdit::textChanged, this, check);
    connect(m_region, &QLineEdit::textChanged, this, check);
    connect(m_project, &QLineEdit::textChanged, this, check);
    connect(m_path, &QLineEdit::textChanged, this, check);
    connect(m_type, &QComboBox::currentIndexChanged, this, [this, check, existing] {
        updateForType(existing == nullptr);
        check();
    });
    updateForType(false);
    check();
}

void SourceDialog::setKeyStatus(bool stored, const QString& keychainError)
{
    m_keyState = stored ? 1 : keychainError.isEmpty() ? 0 : 2;
    m_keyError = keychainError;
    updateForType(false);
}

QString SourceDialog::configString(const std::string& configJson, const char* key)
{
    const QJsonObject o = QJsonDocument::fromJson(QByteArray::fromStdString(configJson)).object();
    return o.value(QLatin1String(key)).toString();
}

void SourceDialog::updateForType(bool newSource)
{
    const SourceType* t = findSourceType(m_type->currentData().toString().toStdString());
    const bool aws = t && t->credential == SourceCredential::Aws;
    m_region->setEnabled(aws && t->needsRegion);
    m_project->setEnabled(t && t->name == "vertex");
    m_path->setEnabled(t && t->needsPath);
    m_freeTier->setEnabled(t && t->name == "lambda");
    if (auto* browse = findChild<QPushButton*>(QStringLiteral("sourcePathBrowse")))
        browse->setEnabled(m_path->isEnabled());
    // A type that reads local files has no key and no endpoint.
    const bool keyless = t && t->credential == SourceCredential::None;
    m_key->setEnabled(!keyless);
    m_keyEnv->setEnabled(!keyless);
    m_baseUrl->setEnabled(!keyless);
    // Only what is known about the key: a new one is stored on OK; an existing source's is probed.
    QString stored;
    if (m_original.name.empty())
        stored = tr("stored in the OS keychain on OK");
    else if (m_keyState == 1)
        stored = tr("unchanged (a key is stored in the OS keychain)");
    else if (m_keyState == 0)
        stored = m_original.keyEnv.empty() ? tr("no key stored: enter one")
                                           : tr("no key stored: the key variable is used");
    else if (m_keyState == 2)
        stored = tr("the OS keychain cannot be read (%1): enter the key again or use a key variable").arg(m_keyError);
    else
        stored = tr("unchanged");
    if (keyless) {
        m_key->setPlaceholderText(tr("no key: the source reads files"));
        m_keyEnv->setPlaceholderText(QString());
    } else if (aws) {
        m_key->setPlaceholderText(tr("ACCESS_KEY_ID:SECRET_ACCESS_KEY[:SESSION_TOKEN] - %1").arg(stored));
        m_keyEnv->setPlaceholderText(
            tr("ID_VAR,SECRET_VAR[,TOKEN_VAR]; empty: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, ~/.aws/credentials"));
    } else if (t && t->name == "vertex") {
        m_key->setPlaceholderText(tr("an access token or a service-account JSON key - %1").arg(stored));
        m_keyEnv->setPlaceholderText(
            tr("e.g. GOOGLE_ACCESS_TOKEN, or a variable holding the service-account key's JSON"));
    } else {
        m_key->setPlaceholderText(stored);
        m_keyEnv->setPlaceholderText(tr("e.g. OPENAI_ADMIN_KEY (used when the keychain has no key)"));
    }
    if (t)
        m_key->setToolTip(keyHint(*t));
    if (t && !t->defaultBaseUrl.empty())
        m_baseUrl->setPlaceholderText(
            tr("default: %1").arg(QString::fromUtf8(t->defaultBaseUrl.data(), qsizetype(t->defaultBaseUrl.size()))));
    if (newSource && t)
        m_interval->setValue(t->defaultIntervalMinutes);
}

void SourceDialog::validate()
{
    QString problem;
    const QString url = m_baseUrl->text().trimmed();
    if (m_name->text().trimmed().isEmpty())
        problem = tr("A source needs a name.");
    else if (!url.isEmpty() && !url.startsWith(QLatin1String("https://")) && !url.startsWith(QLatin1String("http://")))
        problem = tr("The base URL must start with https:// (or http:// for a local proxy).");
    else if (m_region->isEnabled() && !m_region->text().trimmed().isEmpty()
        && !QRegularExpression(QStringLiteral("^[a-z]{2}(-[a-z]+)+-[0-9]+$"))
                .match(m_region->text().trimmed())
                .hasMatch())
        problem = tr("A region looks like us-east-1 or eu-central-1.");
    else if (m_project->isEnabled() && m_project->text().trimmed().isEmpty())
        problem = tr("A Vertex AI source needs the Google Cloud project whose metrics it reads.");
    else if (m_project->isEnabled()
        && !QRegularExpression(QStringLiteral("^[a-z][a-z0-9:.-]{3,62}$"))
                .match(m_project->text().trimmed())
                .hasMatch())
        problem = tr("A Google Cloud project id has lower-case letters, digits and hyphens.");
    else if (m_path->isEnabled() && m_path->text().trimmed().isEmpty())
        problem = tr("A Cloud Billing source needs the export file or folder it reads.");
    else if (m_path->isEnabled() && !QFileInfo::exists(m_path->text().trimmed()))
        problem = tr("There is no file or folder at that path.");
    else if (!m_rules->toPlainText().trimmed().isEmpty()) {
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(m_rules->toPlainText().toUtf8(), &err);
        if (err.error != QJsonParseError::NoError || !doc.isObject())
            problem = tr("Attribution rules must be a JSON object: %1").arg(err.errorString());
    }
    m_problem->setText(problem);
}

SourceInfo SourceDialog::source() const
{
    SourceInfo s = m_original;
    s.type = m_type->currentData().toString().toStdString();
    s.name = m_name->text().trimmed().toStdString();
    s.baseUrl = m_baseUrl->text().trimmed().toStdString();
    s.keyEnv = m_keyEnv->text().trimmed().toStdString();
    s.intervalMinutes = m_interval->value();
    const QString rules = m_rules->toPlainText().trimmed();
    QJsonObject config = rules.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(rules.toUtf8()).object();
    if (m_region->isEnabled() && !m_region->text().trimmed().isEmpty())
        config.insert(QStringLiteral("region"), m_region->text().trimmed());
    else if (m_region->isEnabled())
        config.remove(QStringLiteral("region"));
    if (m_project->isEnabled())
        config.insert(QStringLiteral("project"), m_project->text().trimmed());
    if (m_path->isEnabled())
        config.insert(QStringLiteral("path"), QFileInfo(m_path->text().trimmed()).absoluteFilePath());
    if (m_freeTier->isEnabled() && m_freeTier->isChecked())
        config.insert(QStringLiteral("free_tier"), true);
    else
        config.remove(QStringLiteral("free_tier"));
    if (!m_baseUrl->isEnabled())
        s.baseUrl.clear();
    if (!m_keyEnv->isEnabled())
        s.keyEnv.clear();
    s.configJson = QJsonDocument(config).toJson(QJsonDocument::Compact).toStdString();
    return s;
}

QString SourceDialog::secret() const
{
    return m_key->isEnabled() ? m_key->text() : QString();
}

} // namespace burnrate::ui
