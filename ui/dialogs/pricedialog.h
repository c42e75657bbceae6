#pragma once

#include "model/price.h"

#include <QDialog>

QT_BEGIN_NAMESPACE
class QDateEdit;
class QLabel;
class QLineEdit;
QT_END_NAMESPACE

namespace burnrate::ui {

// A price override: USD per 1M tokens from a date (negotiated discount, private deployment).
class PriceDialog : public QDialog
{
    Q_OBJECT
public:
    PriceDialog(const QString& provider, const QString& model, burnrate::Epoch from, QWidget* parent = nullptr);
    // Prefills the rates from an existing period.
    void setRates(const burnrate::Price& p);
    burnrate::Price price() const;

private:
    bool validate();

    QLineEdit* m_provider;
    QLineEdit* m_model;
    QDateEdit* m_from;
    QLineEdit *m_input, *m_cached, *m_write5m, *m_write1h, *m_output;
    QLineEdit* m_note;
    QLabel* m_problem;
};

} // namespace burnrate::ui
