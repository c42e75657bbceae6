#include "ui/gui.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>

namespace burnrate::ui {

int runGui(int& argc, char** argv, const QStringList& arguments)
{
    Q_UNUSED(arguments);
    QApplication app(argc, argv);
    QMainWindow w;
    w.setCentralWidget(new QLabel(QObject::tr("Burnrate")));
    w.show();
    return app.exec();
}

} // namespace burnrate::ui
