#include "cli.h"
#include "ui/gui.h"

#include <QApplication>
#include <QCoreApplication>

#include <memory>

int main(int argc, char** argv)
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    QCoreApplication::setOrganizationName(QStringLiteral("Burnrate"));
    QCoreApplication::setApplicationName(QStringLiteral("burnrate"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BURNRATE_VERSION));
    // Headless commands get a QCoreApplication and need no display (hotspot's createApplication()).
    if (burnrate::app::isCliInvocation(args)) {
        QCoreApplication app(argc, argv);
        return burnrate::app::runCli(args);
    }
    return burnrate::ui::runGui(argc, argv, args);
}
