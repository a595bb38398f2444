#include "letterpreviewdialog.h"

#include <QActionGroup>
#include <QLabel>
#include <QPrinter>
#include <QPrintPreviewWidget>
#include <QSpinBox>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace educonnect::ui {

namespace {

QAction *addToolAction(QToolBar *bar, const QString &name, const QString &iconName, const QString &text)
{
    QAction *action = bar->addAction(QIcon::fromTheme(iconName), text);
    action->setObjectName(name);
    return action;
}

} // namespace

LetterPreviewDialog::LetterPreviewDialog(QWidget *parent)
    : QDialog(parent), m_printer(std::make_unique<QPrinter>())
{
    setWindowTitle(tr("Preview of the letters"));
    // PDF output without a file name: should anything ever paint on this printer outside the
    // preview, it fails instead of reaching a print queue.
    m_printer->setOutputFormat(QPrinter::PdfFormat);
    m_preview = new QPrintPreviewWidget(m_printer.get(), this);
    m_preview->setObjectName(u"previewWidget"_s);
    m_preview->setAccessibleName(tr("Letters preview"));

    auto *bar = new QToolBar(this);
    bar->setObjectName(u"previewToolBar"_s);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_fitWidthAction = addToolAction(bar, u"fitWidthAction"_s, u"zoom-fit-width"_s, tr("Fit &width"));
    m_fitPageAction = addToolAction(bar, u"fitPageAction"_s, u"zoom-fit-best"_s, tr("Fit &page"));
    auto *fit = new QActionGroup(this);
    fit->setExclusionPolicy(QActionGroup::ExclusionPolicy::ExclusiveOptional); // none after a zoom
    for (QAction *action : {m_fitWidthAction, m_fitPageAction}) {
        action->setCheckable(true);
        fit->addAction(action);
    }
    QAction *zoomIn = addToolAction(bar, u"zoomInAction"_s, u"zoom-in"_s, tr("Zoom &in"));
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    QAction *zoomOut = addToolAction(bar, u"zoomOutAction"_s, u"zoom-out"_s, tr("Zoom &out"));
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    bar->addSeparator();

    m_previousAction = addToolAction(bar, u"previousPageAction"_s, u"go-previous"_s, tr("Pre&vious page"));
    m_pageSpin = new QSpinBox(bar);
    m_pageSpin->setObjectName(u"pageSpin"_s);
    m_pageSpin->setAccessibleName(tr("Page"));
    m_pageSpin->setKeyboardTracking(false);
    bar->addWidget(m_pageSpin);
    m_pageCountLabel = new QLabel(bar);
    m_pageCountLabel->setObjectName(u"pageCountLabel"_s);
    m_pageCountLabel->setContentsMargins(4, 0, 4, 0);
    bar->addWidget(m_pageCountLabel);
    m_nextAction = addToolAction(bar, u"nextPageAction"_s, u"go-next"_s, tr("&Next page"));

    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    QAction *print = addToolAction(bar, u"printAction"_s, u"document-print"_s, tr("&Print…"));
    print->setShortcut(QKeySequence::Print);
    QAction *close = addToolAction(bar, u"closeAction"_s, u"window-close"_s, tr("&Close"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(bar);
    layout->addWidget(m_preview, 1);

    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, &LetterPreviewDialog::paintRequested);
    connect(m_preview, &QPrintPreviewWidget::previewChanged, this, &LetterPreviewDialog::updateControls);
    connect(m_fitWidthAction, &QAction::triggered, m_preview, &QPrintPreviewWidget::fitToWidth);
    connect(m_fitPageAction, &QAction::triggered, m_preview, &QPrintPreviewWidget::fitInView);
    // The widget does not signal its own zoom and page changes: update the controls after each.
    connect(zoomIn, &QAction::triggered, this, [this]() {
        m_preview->zoomIn();
        updateControls();
    });
    connect(zoomOut, &QAction::triggered, this, [this]() {
        m_preview->zoomOut();
        updateControls();
    });
    connect(m_previousAction, &QAction::triggered, this,
            [this]() { goToPage(m_preview->currentPage() - 1); });
    connect(m_nextAction, &QAction::triggered, this, [this]() { goToPage(m_preview->currentPage() + 1); });
    connect(m_pageSpin, &QSpinBox::valueChanged, this, &LetterPreviewDialog::goToPage);
    connect(print, &QAction::triggered, this, [this]() {
        accept(); // the print dialog and its progress belong to the letters window
        emit printRequested();
    });
    connect(close, &QAction::triggered, this, &QDialog::reject);

    m_preview->fitToWidth();
    m_preview->setFocus(); // page keys scroll the letters at once
    updateControls();
    resize(900, 1000);
}

// The preview's pages are recorded by the printer: the widget goes first.
LetterPreviewDialog::~LetterPreviewDialog()
{
    delete m_preview;
}

int LetterPreviewDialog::pageCount() const
{
    return m_preview->pageCount();
}

int LetterPreviewDialog::currentPage() const
{
    return m_preview->currentPage();
}

void LetterPreviewDialog::goToPage(int page)
{
    m_preview->setCurrentPage(page);
    updateControls();
}

void LetterPreviewDialog::updateControls()
{
    const int pages = m_preview->pageCount();
    const int current = m_preview->currentPage();
    {
        const QSignalBlocker blocker(m_pageSpin);
        m_pageSpin->setRange(pages > 0 ? 1 : 0, pages);
        m_pageSpin->setValue(current);
    }
    m_pageCountLabel->setText(tr("/ %1").arg(pages));
    m_previousAction->setEnabled(current > 1);
    m_nextAction->setEnabled(current < pages);
    m_fitWidthAction->setChecked(m_preview->zoomMode() == QPrintPreviewWidget::FitToWidth);
    m_fitPageAction->setChecked(m_preview->zoomMode() == QPrintPreviewWidget::FitInView);
}

} // namespace educonnect::ui
