#include "ui/pages/settingspage.h"

#include "ui/dialogs/allocationdialog.h"
#include "ui/format.h"
#include "ui/i18n.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace burnrate::ui {

SettingsPage::SettingsPage(DashboardState* state, bool persist, QWidget* parent)
    : Page(state, parent)
    , m_persist(persist)
{
    QSettings s;
    auto* box = new QGroupBox(tr("Preferences"), this);
    auto* form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* dbRow = new QHBoxLayout;
    m_db = new QLineEdit(box);
    m_db->setReadOnly(true);
    auto* browse = new QPushButton(tr("Change..."), box);
    dbRow->addWidget(m_db, 1);
    dbRow->addWidget(browse);
    form->addRow(tr("Database:"), dbRow);

    m_theme = new QComboBox(box);
    m_theme->setObjectName(QStringLiteral("themeChoice"));
    m_theme->addItem(tr("Follow the system"), QStringLiteral("system"));
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_theme->addItem(tr("High contrast"), QStringLiteral("high-contrast"));
    m_theme->setCurrentIndex(
        std::max(0, m_theme->findData(s.value(QStringLiteral("settings/theme"), QStringLiteral("system")))));
    form->addRow(tr("Theme:"), m_theme);

    m_language = new QComboBox(box);
    m_language->setObjectName(QStringLiteral("languageChoice"));
    m_language->addItem(tr("Follow the system"), QStringLiteral("system"));
    // Each language is named in itself, so it can be found whatever the current language is.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Fran\u00e7ais"), QStringLiteral("fr"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(storedLanguage())));
    m_language->setToolTip(tr("The language of menus, pages and dialogs; numbers, dates and amounts are written "
                              "the way it writes them"));
    auto* langRow = new QHBoxLayout;
    langRow->addWidget(m_language);
    m_languageNote = new QLabel(tr("Takes effect when Burnrate is restarted."), box);
    m_languageNote->setObjectName(QStringLiteral("languageRestartNote"));
    m_languageNote->setForegroundRole(QPalette::PlaceholderText);
    m_languageNote->hide();
    langRow->addWidget(m_languageNote, 1);
    form->addRow(tr("Language:"), langRow);

    m_analyst = new QLineEdit(s.value(QStringLiteral("settings/analyst")).toString(), box);
    m_analyst->setPlaceholderText(tr("Your name, recorded with your annotations"));
    form->addRow(tr("Analyst name:"), m_analyst);

    m_lens = new QComboBox(box);
    m_lens->addItem(tr("Attribution (proxy logs: tenant, team, prompt)"), QStringLiteral("attribution"));
    m_lens->addItem(tr("Billing (provider usage APIs: everything billed)"), QStringLiteral("billing"));
    m_lens->setCurrentIndex(
        std::max(0, m_lens->findData(s.value(QStringLiteral("settings/defaultLens"), QStringLiteral("attribution")))));
    form->addRow(tr("Default lens:"), m_lens);

    m_currency = new QComboBox(box);
    {
        // The two styles written the way the interface language writes amounts ("1.234,50 $" in German).
        const CurrencyStyle current = currencyStyle();
        const Nano example = 1234 * kNanoPerUsd + kNanoPerUsd / 2;
        setCurrencyStyle(CurrencyStyle::Symbol);
        m_currency->addItem(formatMoney(example), QStringLiteral("symbol"));
        setCurrencyStyle(CurrencyStyle::Code);
        m_currency->addItem(formatMoney(example), QStringLiteral("code"));
        setCurrencyStyle(current);
    }
    m_currency->setCurrentIndex(
        std::max(0, m_currency->findData(s.value(QStringLiteral("settings/currency"), QStringLiteral("symbol")))));
    form->addRow(tr("Currency display:"), m_currency);

    m_tray = new QCheckBox(tr("Keep running in the system tray when the window is closed"), box);
    m_tray->setObjectName(QStringLiteral("closeToTray"));
    m_tray->setToolTip(tr("Budget alerts and scheduled polls go on; quit from the tray menu or File > Quit"));
    m_tray->setChecked(s.value(QStringLiteral("settings/closeToTray"), true).toBool());
    form->addRow(tr("Alerts:"), m_tray);
    box->setMaximumWidth(760);
    body()->addWidget(box);
    auto* note = new QLabel(tr("Amounts are stored in USD with nano-dollar precision; the display setting only "
                               "changes how they are written."),
        this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    body()->addWidget(note);

    auto* alloc = new QGroupBox(tr("Cost allocation"), this);
    auto* allocRow = new QHBoxLayout(alloc);
    auto* allocNote = new QLabel(tr("Rules give unowned spend (an API key, project, user or tag without a tenant or "
                                    "team) an owner, in both lenses; model tier thresholds."),
        alloc);
    allocNote->setWordWrap(true);
    auto* rules = new QPushButton(tr("Allocation &rules..."), alloc);
    rules->setObjectName(QStringLiteral("allocationRulesButton"));
    allocRow->addWidget(allocNote, 1);
    allocRow->addWidget(rules);
    alloc->setMaximumWidth(760);
    body()->addWidget(alloc);
    body()->addStretch(1);
    connect(rules, &QPushButton::clicked, this, [this] {
        AllocationDialog dlg(this->state()->databasePath(), this);
        // Rules move spend between owners on every page.
        connect(&dlg, &AllocationDialog::allocationChanged, this, [this] { emit this->state()->changed(); });
        dlg.exec();
    });

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Database location"), m_db->text(),
            tr("Burnrate databases (*.db)"), nullptr, QFileDialog::DontConfirmOverwrite);
        if (!path.isEmpty())
            emit databaseChosen(path);
    });
    connect(m_theme, &QComboBox::activated, this, [this] {
        const QString t = m_theme->currentData().toString();
        store(QStringLiteral("settings/theme"), t);
        emit themeChosen(t);
    });
    connect(m_language, &QComboBox::activated, this, [this] {
        store(QStringLiteral("settings/language"), m_language->currentData());
        m_languageNote->show();
    });
    connect(m_tray, &QCheckBox::toggled, this, [this](bool on) { store(QStringLiteral("settings/closeToTray"), on); });
    connect(m_analyst, &QLineEdit::editingFinished, this,
        [this] { store(QStringLiteral("settings/analyst"), m_analyst->text().trimmed()); });
    connect(m_lens, &QComboBox::activated, this, [this] {
        const QString l = m_lens->currentData().toString();
        store(QStringLiteral("settings/defaultLens"), l);
        this->state()->setDefaultLens(l == QLatin1String("billing") ? Lens::Billing : Lens::Attribution);
    });
    connect(m_currency, &QComboBox::activated, this, [this] {
        const QString c = m_currency->currentData().toString();
        store(QStringLiteral("settings/currency"), c);
        setCurrencyStyle(c == QLatin1String("code") ? CurrencyStyle::Code : CurrencyStyle::Symbol);
        emit this->state()->changed(); // every page re-renders its amounts
    });
}

void SettingsPage::applyStoredPreferences()
{
    const QString c = QSettings().value(QStringLiteral("settings/currency"), QStringLiteral("symbol")).toString();
    setCurrencyStyle(c == QLatin1String("code") ? CurrencyStyle::Code : CurrencyStyle::Symbol);
}

void SettingsPage::store(const QString& key, const QVariant& value)
{
    if (m_persist)
        QSettings().setValue(key, value);
}

void SettingsPage::showTheme(const QString& name)
{
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(name)));
}

void SettingsPage::doRefresh()
{
    m_db->setText(state()->databasePath());
}

} // namespace burnrate::ui
