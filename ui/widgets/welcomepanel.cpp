#include "ui/widgets/welcomepanel.h"

#include <QCommandLinkButton>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace burnrate::ui {

WelcomePanel::WelcomePanel(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePanel"));
    auto* outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto* column = new QWidget(this);
    column->setMaximumWidth(640);
    auto* v = new QVBoxLayout(column);
    v->setSpacing(12);

    auto* logo = new QLabel(column);
    logo->setPixmap(QIcon(QStringLiteral(":/icons/burnrate.svg")).pixmap(96, 96));
    logo->setAlignment(Qt::AlignCenter);
    v->addWidget(logo);
    auto* title = new QLabel(tr("Welcome to Burnrate"), column);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.8);
    f.setBold(true);
    title->setFont(f);
    title->setAlignment(Qt::AlignCenter);
    v->addWidget(title);
    auto* intro = new QLabel(tr("This database is empty. Bring in your LLM usage to see where the money goes: "
                                "per model, prompt, tenant and team."),
        column);
    intro->setWordWrap(true);
    intro->setAlignment(Qt::AlignCenter);
    v->addWidget(intro);
    v->addSpacing(8);

    m_connect = new QCommandLinkButton(tr("Connect a source"),
        tr("OpenAI, Anthropic, LiteLLM, AWS Bedrock and Lambda, Google Cloud Billing or Vertex AI, polled on a "
           "schedule."),
        column);
    m_connect->setObjectName(QStringLiteral("welcomeConnect"));
    m_import = new QCommandLinkButton(
        tr("Import logs"), tr("Request logs as JSON Lines or CSV, Bedrock invocation logs, LiteLLM exports."), column);
    m_import->setObjectName(QStringLiteral("welcomeImport"));
    m_demo = new QCommandLinkButton(tr("Explore the demo dataset"),
        tr("Ninety days of realistic traffic in a separate database; your own database stays as it is."), column);
    m_demo->setObjectName(QStringLiteral("welcomeDemo"));
    for (QCommandLinkButton* b : { m_connect, m_import, m_demo }) {
        b->setAccessibleName(b->text());
        b->setAccessibleDescription(b->description());
        v->addWidget(b);
    }
    connect(m_connect, &QAbstractButton::clicked, this, &WelcomePanel::connectSourceRequested);
    connect(m_import, &QAbstractButton::clicked, this, &WelcomePanel::importLogsRequested);
    connect(m_demo, &QAbstractButton::clicked, this, &WelcomePanel::demoRequested);

    auto* skip = new QPushButton(tr("Go to the empty dashboard"), column);
    skip->setObjectName(QStringLiteral("welcomeSkip"));
    skip->setFlat(true);
    connect(skip, &QAbstractButton::clicked, this, &WelcomePanel::dashboardRequested);
    v->addWidget(skip, 0, Qt::AlignCenter);

    auto* h = new QHBoxLayout;
    h->addStretch(1);
    h->addWidget(column, 4);
    h->addStretch(1);
    outer->addLayout(h);
    outer->addStretch(2);
}

} // namespace burnrate::ui
