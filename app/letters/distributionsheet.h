#pragma once

// Internal to letters/: the class distribution sheet, A4 portrait, as many pages as the class
// needs. Pupils: Élève, Classe, Identifiant, Remis le, Signature. Parents: Responsable, then the
// Élève who takes the letter home, and the same columns. It never shows a password.

#include "letters/lettertemplate.h"
#include "letters/letter.h"

class QPainter;
class QPaintDevice;

namespace educonnect::letters_detail {

class DistributionSheet
{
public:
    DistributionSheet(const LetterContext &context, const LetterTemplate &texts, QPaintDevice *device);

    static int rowsPerPage();
    static int pageCount(int rows);
    // Paints page `page` (0-based) of the sheet of one class at the painter's origin (paper corner).
    void paint(QPainter &p, const QList<Letter> &letters, int page) const;

private:
    const LetterContext &m_context;
    const LetterTemplate &m_texts;
    QPaintDevice *m_device;
    qreal m_mm;
};

// A page announcing a class, before its letters (per-class runs on one printer or PDF).
void paintSeparatorPage(QPainter &p, QPaintDevice *device, const LetterTemplate &texts, const QString &className,
                        int letterCount);

} // namespace educonnect::letters_detail
