#pragma once

#include "store/database.h"

#include <QDialog>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
QT_END_NAMESPACE

namespace burnrate::ui {

// Add or edit a source: type, name, base URL, API key (kept in the OS keychain, never in the
// database), key environment variable for headless runs, interval and attribution rules (JSON).
class SourceDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SourceDialog(const burnrate::SourceInfo* existing, QWidget* parent = nullptr);
    burnrate::SourceInfo source() const;
    // Empty when the user left the key untouched, and always for a type without a key (gcp-billing).
    QString secret() const;
    static QStringList sourceTypes();
    // What the keychain holds for the source being edited (secrets::probe): the key field says so instead
    // of assuming the key was stored.
    void setKeyStatus(bool stored, const QString& keychainError);

private:
    void validate();
    void updateForType(bool newSource);
    static QString configString(const std::string& configJson, const char* key);

    QComboBox* m_type;
    QLineEdit* m_region;
    QLineEdit* m_project;
    QLineEdit* m_path; // gcp-billing: the export file or folder
    QCheckBox* m_freeTier; // lambda: take the monthly free tier off the cost
    QLineEdit* m_name;
    QLineEdit* m_baseUrl;
    QLineEdit* m_key;
    QLineEdit* m_keyEnv;
    QSpinBox* m_interval;
    QPlainTextEdit* m_rules;
    QLabel* m_problem;
    burnrate::SourceInfo m_original;
    int m_keyState = -1; // -1 not known yet, 0 none stored, 1 stored, 2 keychain error
    QString m_keyError;
};

} // namespace burnrate::ui
