#include "ui/i18n.h"

#include "ui/format.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

#include <memory>
#include <vector>

namespace burnrate::ui {

namespace {

std::vector<std::unique_ptr<QTranslator>>& installed()
{
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}

} // namespace

QString storedLanguage()
{
    return QSettings().value(QStringLiteral("settings/language"), QStringLiteral("system")).toString();
}

QStringList shippedLanguages()
{
    return { QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr") };
}

QLocale localeForLanguage(const QString& language)
{
    if (language == QLatin1String("de"))
        return QLocale(QLocale::German, QLocale::Germany);
    if (language == QLatin1String("fr"))
        return QLocale(QLocale::French, QLocale::France);
    if (language == QLatin1String("system")) {
        const QLocale sys = QLocale::system();
        if (sys.language() == QLocale::German || sys.language() == QLocale::French)
            return sys;
        // English or a language we do not ship: English text, and the system's own English variant
        // (en_GB writes dates its way) when it is one; the C locale ("POSIX") reads as US English.
        if (sys.language() == QLocale::English)
            return sys;
    }
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

bool applyLanguage(const QString& language)
{
    if (language != QLatin1String("system") && !shippedLanguages().contains(language))
        return false;
    for (auto& t : installed())
        QCoreApplication::removeTranslator(t.get());
    installed().clear();

    const QLocale locale = localeForLanguage(language);
    const QString code = locale.language() == QLocale::German ? QStringLiteral("de")
        : locale.language() == QLocale::French                ? QStringLiteral("fr")
                                                              : QStringLiteral("en");
    auto load = [](const QString& file, const QString& dir) {
        auto t = std::make_unique<QTranslator>();
        if (t->load(file, dir) && QCoreApplication::installTranslator(t.get()))
            installed().push_back(std::move(t));
    };
    // Qt's standard dialogs and buttons (QDialogButtonBox "Cancel", QFileDialog) in the same language.
    if (code != QLatin1String("en"))
        load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    // English carries the plural forms only ("%n request(s)" -> "1 request").
    // BURNRATE_QM_DIR: a directory of .qm files used instead of the embedded ones (checking a translation or a
    // pseudo-translation without rebuilding).
    const QString qmDir = qEnvironmentVariable("BURNRATE_QM_DIR", QStringLiteral(":/i18n"));
    load(QStringLiteral("burnrate_") + code, qmDir);
    setUiLocale(locale);
    QLocale::setDefault(locale);
    return true;
}

} // namespace burnrate::ui
