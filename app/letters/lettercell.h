#pragma once

// Internal to letters/: paints one pupil letter in a cell of a sheet.

#include "letters/lettertemplate.h"
#include "letters/letter.h"
#include "letters/textblock.h"

#include "letters/qrcode.h"

#include <vector>

namespace educonnect::letters_detail {

// Where things go in a cell, in millimetres and points. Three presets: the official A4 letter,
// the A5 half (2-up) and the A6 quarter (4-up). Halves and quarters use the shorter texts (still
// everything a letter must carry): the full text would need type too small for young pupils.
struct CellGeometry
{
    qreal widthMm;
    qreal heightMm;
    qreal marginMm;
    qreal topMm;
    bool twoColumnHeader;
    qreal rightColumnMm; // x of the addressee column (two-column header)
    qreal bodyPt;
    qreal titlePt;
    qreal establishmentPt;
    qreal loginPt;
    qreal passwordPt;
    qreal footerPt;
    qreal gapMm;
    qreal headerGapMm;
    qreal boxPadMm;
    qreal labelWidthMm;
    qreal footerBottomMm;
    qreal qrMm;
    bool compactTexts;

    static CellGeometry official();
    static CellGeometry half();
    static CellGeometry quarter();
    CellGeometry scaledFonts(qreal factor) const;
};

class LetterCell
{
public:
    // Lays out everything that does not depend on the pupil, once per run; shrinks the fonts if
    // the longest possible letter would not fit the cell.
    LetterCell(const LetterContext &context, const LetterTemplate &texts, const CellGeometry &geometry,
               const QrCode &qrCode, QPaintDevice *device);

    // Paints at the painter's origin (the cell's top-left corner).
    void paint(QPainter &p, const Letter &letter) const;

    qreal millimetre() const { return m_mm; }
    const CellGeometry &geometry() const { return m_g; }

private:
    using Blocks = std::vector<std::shared_ptr<Block>>;
    // Each variant's own paragraphs: what it says before the box, how to sign in, and after.
    struct Variant
    {
        Blocks intro;
        Blocks access;
        Blocks after;
    };

    void build();
    Blocks paragraphs(const QString &text) const;
    qreal drawParagraphs(QPainter &p, const Blocks &blocks, qreal x, qreal y) const;
    qreal worstCaseHeight() const;
    qreal bodyWidth() const { return (m_g.widthMm - 2 * m_g.marginMm) * m_mm; }
    qreal rightX() const { return (m_g.twoColumnHeader ? m_g.rightColumnMm : m_g.marginMm) * m_mm; }
    qreal rightWidth() const { return (m_g.widthMm - m_g.marginMm) * m_mm - rightX(); }
    qreal contentBottom() const;
    QString key(const char *name) const;

    const LetterContext &m_context;
    const LetterTemplate &m_texts;
    CellGeometry m_g;
    QrCode m_qr;
    QPaintDevice *m_device;
    qreal m_mm;
    QString m_greeting;
    QString m_class;

    QFont m_body, m_bold, m_login, m_password;
    std::unique_ptr<Block> m_establishment, m_date, m_title, m_boxTitle, m_boxLogin, m_boxPassword, m_boxUnchanged,
        m_signature, m_footer, m_qrCaption;
    Blocks m_validity;
    Variant m_variants[3];
};

} // namespace educonnect::letters_detail
