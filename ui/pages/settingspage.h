#pragma once

#include "ui/pages/page.h"

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
QT_END_NAMESPACE

namespace burnrate::ui {

// Database location, theme, language, analyst name, default lens, currency display.
class SettingsPage : public Page
{
    Q_OBJECT
public:
    SettingsPage(DashboardState* state, bool persist, QWidget* parent = nullptr);
    QString pageId() const override
    {
        return QStringLiteral("settings");
    }
    QString title() const override
    {
        return tr("Settings");
    }
    // Applies the stored currency style (called at start-up).
    static void applyStoredPreferences();
    // Shows `name` as the chosen theme when it was chosen elsewhere (View > Theme).
    void showTheme(const QString& name);

signals:
    void databaseChosen(const QString& path);
    void themeChosen(const QString& name);

protected:
    void doRefresh() override;

private:
    void store(const QString& key, const QVariant& value);

    bool m_persist;
    QLineEdit* m_db;
    QComboBox* m_theme;
    QComboBox* m_language;
    QLabel* m_languageNote;
    QLineEdit* m_analyst;
    QComboBox* m_lens;
    QComboBox* m_currency;
    QCheckBox* m_tray;
};

} // namespace burnrate::ui
