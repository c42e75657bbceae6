#include "ui/dialogs/labelsdialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <set>

namespace burnrate::ui {

LabelsDialog::LabelsDialog(const std::vector<burnrate::AnnotationLabel>& labels, QWidget* parent)
    : QDialog(parent)
    , m_original(labels)
{
    setWindowTitle(tr("Annotation labels"));
    auto* v = new QVBoxLayout(this);
    auto* hint = new QLabel(tr("Labels annotators can attach to a request. Removing a label keeps it on the "
                               "annotations that already carry it."),
        this);
    hint->setWordWrap(true);
    v->addWidget(hint);
    m_table = new QTableWidget(0, 2, this);
    m_table->setHorizontalHeaderLabels({ tr("Label"), tr("Description") });
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (const auto& l : labels)
        addRow(QString::fromStdString(l.name), QString::fromStdString(l.description));
    v->addWidget(m_table, 1);
    auto* row = new QHBoxLayout;
    auto* add = new QPushButton(tr("Add"), this);
    auto* remove = new QPushButton(tr("Remove"), this);
    connect(add, &QPushButton::clicked, this, [this] {
        addRow(QString(), QString());
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, 0));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        int r = m_table->currentRow();
        if (r >= 0)
            m_table->removeRow(r);
    });
    row->addWidget(add);
    row->addWidget(remove);
    row->addStretch(1);
    v->addLayout(row);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    v->addWidget(buttons);
    resize(520, 360);
}

void LabelsDialog::addRow(const QString& name, const QString& description)
{
    const int r = m_table->rowCount();
    m_table->insertRow(r);
    m_table->setItem(r, 0, new QTableWidgetItem(name));
    m_table->setItem(r, 1, new QTableWidgetItem(description));
}

std::vector<burnrate::AnnotationLabel> LabelsDialog::edited() const
{
    std::vector<burnrate::AnnotationLabel> out;
    std::set<std::string> seen;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const QTableWidgetItem* n = m_table->item(r, 0);
        const QTableWidgetItem* d = m_table->item(r, 1);
        const std::string name = n ? n->text().simplified().toStdString() : std::string();
        if (name.empty() || !seen.insert(name).second)
            continue;
        out.push_back({ name, d ? d->text().trimmed().toStdString() : std::string() });
    }
    return out;
}

std::vector<burnrate::AnnotationLabel> LabelsDialog::toSave() const
{
    std::vector<burnrate::AnnotationLabel> out;
    for (const auto& l : edited())
        if (std::find(m_original.begin(), m_original.end(), l) == m_original.end())
            out.push_back(l);
    return out;
}

std::vector<std::string> LabelsDialog::toRemove() const
{
    const auto now = edited();
    std::vector<std::string> out;
    for (const auto& l : m_original)
        if (std::none_of(now.begin(), now.end(), [&](const auto& e) { return e.name == l.name; }))
            out.push_back(l.name);
    return out;
}

} // namespace burnrate::ui
