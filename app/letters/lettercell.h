#pragma once

// Internal to letters/: paints one letter (a pupil's or a parent's) in a cell of a sheet.

#include "letters/lettertemplate.h"
#include "letters/letter.h"
#include "letters/textblock.h"

#include "letters/qrcode.h"

#include <vector>

namespace educonnect::letters_detail {

// Where things go in a cell, in millimetres and points. Three presets: the official A4 letter,
// the A5 half (2-up) and the A6 quarter (4-up). Halves and quarters use the shorter texts (still
// everything a letter must carry): the full text would need type too small for young pupils.
// Where the cell is wide enough, the QR code sits in the credentials box, by the identifier it
// goes with, rather than taking a band of its own at the bottom.
struct CellGeometry
{
    qreal widthMm;
    qreal heightMm;
    qreal marginMm;
    qreal topMm;
    bool twoColumnHeader;
    qreal rightColumnMm; // x of the addressee column (two-column header)
    qreal addresseeGapMm; // between the date and the addressee's name
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
    bool qrInBox; // the QR code at the right of the credentials box (wide cells), else beside the signature

    static CellGeometry official();
    static CellGeometry half();
    static CellGeometry quarter();
    CellGeometry scaledFonts(qreal factor) const;
};

class LetterCell
{
public:
    // Lays out everything that does not depend on the account, once per run; shrinks the fonts if
    // the longest possible letter (a parent's with two lines of children) would not fit the cell.
    LetterCell(const LetterContext &context, const LetterTemplate &texts, const CellGeometry &geometry,
               const QrCode &qrCode, QPaintDevice *device);

    // Paints at the painter's origin (the cell's top-left corner). A letter longer than the cell
    // (a parent with many children) is painted by a smaller-type copy of this cell, built on first
    // need: nothing is clipped. Not for concurrent use (one cell per rendering thread).
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

    // The blocks that depend on the letter, laid out once per letter.
    struct Fields
    {
        std::unique_ptr<Block> name, klass, greeting, login, password;
        std::vector<std::unique_ptr<Block>> children;
    };

    LetterCell(const LetterContext &context, const LetterTemplate &texts, const CellGeometry &geometry,
               const QrCode &qrCode, QPaintDevice *device, int shrinks);
    void build();
    Fields layOut(const Letter &letter) const;
    // Places the letter's blocks from the top, drawing them when `p` is set; returns where the
    // content ends (the footer is placed from the bottom).
    qreal place(QPainter *p, const Letter &letter, const Fields &fields) const;
    const LetterCell *smaller() const;
    Blocks paragraphs(const QString &text) const;
    qreal worstCaseHeight() const;
    qreal bodyWidth() const { return (m_g.widthMm - 2 * m_g.marginMm) * m_mm; }
    bool qrInBox() const { return !m_qr.isNull() && m_g.qrInBox; }
    bool qrInClosing() const { return !m_qr.isNull() && !m_g.qrInBox; }
    // The width of the identifier and password, right of their labels (and left of a QR code).
    qreal valueWidth() const
    {
        const qreal pad = m_g.boxPadMm * m_mm;
        return bodyWidth() - 2 * pad - m_g.labelWidthMm * m_mm - (qrInBox() ? m_g.qrMm * m_mm + pad : 0);
    }
    qreal rightX() const { return (m_g.twoColumnHeader ? m_g.rightColumnMm : m_g.marginMm) * m_mm; }
    qreal rightWidth() const { return (m_g.widthMm - m_g.marginMm) * m_mm - rightX(); }
    qreal contentBottom() const;
    QString key(const QString &name) const;
    QString childLine(const LetterChild &child) const;
    qreal childIndent() const { return m_mm * m_g.bodyPt / 10.5; } // the bullets' from the margin

    const LetterContext &m_context;
    const LetterTemplate &m_texts;
    CellGeometry m_g;
    QrCode m_qr;
    QPaintDevice *m_device;
    int m_shrinks;
    qreal m_mm;
    QString m_greeting;
    QString m_class;

    QFont m_body, m_bold, m_login, m_password;
    std::unique_ptr<Block> m_establishment, m_date, m_title, m_boxTitle, m_boxLogin, m_boxPassword, m_boxUnchanged,
        m_signature, m_footer, m_qrCaption, m_childrenTitle;
    qreal m_bulletWidth = 0; // « • » and the space after it: where a child's wrapped lines start
    Blocks m_validity;
    std::unique_ptr<Block> m_validityBySignature; // beside a QR code in the closing band
    Blocks m_extra; // the extra URL's paragraphs (parents), empty without one
    Variant m_variants[3];
    mutable std::unique_ptr<LetterCell> m_smaller;
};

} // namespace educonnect::letters_detail
