#pragma once

#include <QDialog>

#include <memory>

class QAction;
class QLabel;
class QPrinter;
class QPrintPreviewWidget;
class QSpinBox;

namespace educonnect::ui {

// The letters as they will print: zoom, pages, and « Print… ». That button does not print from
// here: it closes the preview and asks the owner (printRequested), so every print of the letters
// goes through BatchDialog::print(), checked and in memory. QPrintPreviewDialog's own Print button
// went through Qt's CUPS engine instead, which spools the passwords to a temporary file and reports
// success on a queue that rejects jobs.
class LetterPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LetterPreviewDialog(QWidget *parent = nullptr);
    ~LetterPreviewDialog() override;

    // What the pages are drawn on: set its page layout before the dialog shows. It only ever
    // records pages for the preview; it never reaches a print system or a file.
    QPrinter *printer() const { return m_printer.get(); }
    int pageCount() const;
    int currentPage() const;

signals:
    void paintRequested(QPrinter *printer);
    void printRequested();

private:
    void goToPage(int page);
    void updateControls();

    std::unique_ptr<QPrinter> m_printer;
    QPrintPreviewWidget *m_preview;
    QAction *m_fitWidthAction;
    QAction *m_fitPageAction;
    QAction *m_previousAction;
    QAction *m_nextAction;
    QSpinBox *m_pageSpin;
    QLabel *m_pageCountLabel;
};

} // namespace educonnect::ui
