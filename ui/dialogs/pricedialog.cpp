#include "ui/dialogs/pricedialog.h"

#include "model/money.h"
#include "ui/format.h"
#include "ui/widgets/inputs.h"

#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace burnrate::ui {

namespace {
std::optional<Nano> parseRate(const QLineEdit* e)
{
    const QString t = e->text().trimmed().remove(QLatin1Char('$'));
    if (t.isEmpty())
        return std::nullopt;
    return parseDecimalNano(t.toStdString());
}

QString rateText(const std::optional<Nano>& n)
{
    return n ? QString::fromStdString(formatDecimal(*n, 4)) : QString();
}
} // namespace

PriceDialog::PriceDialog(const QString& provider, const QString& model, Epoch from, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Price override"));
    m_provider = new QLineEdit(provider, this);
    m_model = new QLineEdit(model, this);
    m_from = new QDateEdit(this);
    m_from->setCalendarPopup(true);
    makeDateTypable(m_from);
    m_from->setDate(QDateTime::fromSecsSinceEpoch(from, Qt::UTC).date());
    auto rate = [this](const QString& placeholder) {
        auto* e = new QLineEdit(this);
        e->setPlaceholderText(placeholder);
        fitPlaceholder(e);
        return e;
    };
    m_input = rate(tr("required, e.g. 2.50"));
    m_cached = rate(tr("optional"));
    m_write5m = rate(tr("optional"));
    m_write1h = rate(tr("optional"));
    m_output = rate(tr("required, e.g. 10.00"));
    m_note = new QLineEdit(this);
    m_problem = new QLabel(this);
    m_problem->setStyleSheet(QStringLiteral("color: #d03030;"));
    auto* form = new QFormLayout(this);
    form->addRow(tr("Provider:"), m_provider);
    form->addRow(tr("Model:"), m_model);
    form->addRow(tr("Effective from:"), m_from);
    form->addRow(tr("Input (%1 per 1M):").arg(currencyUnit()), m_input);
    form->addRow(tr("Cached input (%1 per 1M):").arg(currencyUnit()), m_cached);
    form->addRow(tr("Cache write 5m (%1 per 1M):").arg(currencyUnit()), m_write5m);
    form->addRow(tr("Cache write 1h (%1 per 1M):").arg(currencyUnit()), m_write1h);
    form->addRow(tr("Output (%1 per 1M):").arg(currencyUnit()), m_output);
    form->addRow(tr("Note:"), m_note);
    form->addRow(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (validate())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void PriceDialog::setRates(const Price& p)
{
    m_input->setText(rateText(p.base.input));
    m_cached->setText(rateText(p.base.cachedInput));
    m_write5m->setText(rateText(p.base.cacheWrite5m));
    m_write1h->setText(rateText(p.base.cacheWrite1h));
    m_output->setText(rateText(p.base.output));
}

bool PriceDialog::validate()
{
    QString problem;
    if (m_provider->text().trimmed().isEmpty() || m_model->text().trimmed().isEmpty())
        problem = tr("Provider and model are required.");
    else if (!parseRate(m_input) || !parseRate(m_output))
        problem = tr("Input and output prices are required, as plain numbers (USD per 1M tokens).");
    else
        for (QLineEdit* e : { m_cached, m_write5m, m_write1h })
            if (!e->text().trimmed().isEmpty() && !parseRate(e))
                problem = tr("\"%1\" is not a number.").arg(e->text());
    m_problem->setText(problem);
    return problem.isEmpty();
}

Price PriceDialog::price() const
{
    Price p;
    p.provider = m_provider->text().trimmed().toStdString();
    p.model = m_model->text().trimmed().toStdString();
    p.effectiveFrom = QDateTime(m_from->date(), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    p.origin = PriceOrigin::Override;
    p.base.input = parseRate(m_input);
    p.base.cachedInput = parseRate(m_cached);
    p.base.cacheWrite5m = parseRate(m_write5m);
    p.base.cacheWrite1h = parseRate(m_write1h);
    p.base.output = parseRate(m_output);
    p.note = m_note->text().trimmed().toStdString();
    return p;
}

} // namespace burnrate::ui
