#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace burnrate::ui {

// The user-interface language: "system" (follow the system locale), "en", "de" or "fr". Stored in QSettings
// under settings/language; --lang overrides it for one run.
QString storedLanguage();
// The languages the binary ships (.qm files under :/i18n/), English first.
QStringList shippedLanguages();
// The locale a language choice stands for: "system" is the system locale when its language ships, English
// (United States) otherwise; "de" is German (Germany), "fr" French (France).
QLocale localeForLanguage(const QString& language);
// Installs the translators for `language` into the running application (burnrate_<lang>.qm from the
// resources, Qt's own qtbase_<lang>.qm from QLibraryInfo::TranslationsPath when present) and makes its
// locale the one numbers, money and dates are written in (setUiLocale, QLocale::setDefault). Replaces what
// an earlier call installed. Returns false when `language` is not one of "system", "en", "de", "fr".
bool applyLanguage(const QString& language);

} // namespace burnrate::ui
