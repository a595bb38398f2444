#include "lettercell.h"

#include "letters/letterfonts.h"

#include <QFontMetricsF>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace educonnect::letters_detail {

namespace {
// Starts each child's line; the no-break space keeps it with the name. One text run per child.
const QString kBullet = QStringLiteral("\u2022\u00A0");
} // namespace

CellGeometry CellGeometry::official()
{
    return {210, 297, 20, 18, true, 115, 6, 10.5, 14, 11, 12, 16, 9, 3.5, 12, 4, 52, 15, 26, false, true};
}

CellGeometry CellGeometry::half()
{
    return {210, 148.5, 12, 8, true, 122, 3, 9.5, 12, 10, 11, 15, 8, 2.4, 6, 3, 50, 6, 20, true, true};
}

CellGeometry CellGeometry::quarter()
{
    return {105, 148.5, 7, 7, false, 0, 1, 7.8, 9.5, 8.5, 9.5, 13, 6.5, 1.8, 3, 2.4, 30, 5, 17, true, false};
}

CellGeometry CellGeometry::scaledFonts(qreal factor) const
{
    CellGeometry g = *this;
    for (qreal *pt : {&g.bodyPt, &g.titlePt, &g.establishmentPt, &g.loginPt, &g.passwordPt, &g.footerPt})
        *pt *= factor;
    g.gapMm *= factor;
    return g;
}

LetterCell::LetterCell(const LetterContext &context, const LetterTemplate &texts, const CellGeometry &geometry,
                       const QrCode &qrCode, QPaintDevice *device)
    : LetterCell(context, texts, geometry, qrCode, device, 0)
{
}

LetterCell::LetterCell(const LetterContext &context, const LetterTemplate &texts, const CellGeometry &geometry,
                       const QrCode &qrCode, QPaintDevice *device, int shrinks)
    : m_context(context), m_texts(texts), m_g(geometry), m_qr(qrCode), m_device(device), m_shrinks(shrinks),
      m_mm(device->logicalDpiY() / 25.4)
{
    build();
    // The longest possible letter must fit above the footer; if not, everything gets smaller.
    for (int attempt = 0; attempt < 10 && worstCaseHeight() > contentBottom(); ++attempt) {
        m_g = m_g.scaledFonts(0.93);
        build();
    }
}

// The compact text when the cell uses them and the template has one, else the full text.
QString LetterCell::key(const QString &name) const
{
    const QString compact = u"compact."_s + name;
    return m_g.compactTexts && m_texts.contains(compact) ? compact : name;
}

void LetterCell::build()
{
    const QLocale french(QLocale::French, QLocale::France);
    const QHash<QString, QString> values{
        {u"establishment"_s, m_context.establishmentName},
        {u"url"_s, m_context.activationUrl},
        {u"extraUrl"_s, m_context.extraUrl},
        {u"validUntil"_s, french.toString(m_context.validUntil, u"d MMMM yyyy"_s)},
        {u"date"_s, french.toString(m_context.issuedOn, u"d MMMM yyyy"_s)},
    };
    auto fill = [&](const QString &name) { return LetterTemplate::fill(m_texts.text(key(name)), values); };

    m_body = letterFont(LetterFont::Body, m_g.bodyPt);
    m_bold = letterFont(LetterFont::Body, m_g.bodyPt, true);
    m_login = letterFont(LetterFont::Mono, m_g.loginPt, true);
    m_password = letterFont(LetterFont::Mono, m_g.passwordPt, true);
    // Spaced out for reading aloud and copying by hand.
    m_password.setLetterSpacing(QFont::PercentageSpacing, 125);

    const qreal headerWidth = m_g.twoColumnHeader ? rightX() - (m_g.marginMm + 5) * m_mm : bodyWidth();
    m_establishment = fittedBlock(m_context.establishmentName,
                                  letterFont(LetterFont::Body, m_g.establishmentPt, true), headerWidth, 3, m_device);
    m_date = std::make_unique<Block>(fill(u"date"_s), m_body, rightWidth(), m_device);
    m_title = std::make_unique<Block>(m_texts.text(key(u"title"_s)), letterFont(LetterFont::Body, m_g.titlePt, true),
                                      bodyWidth(), m_device);
    // With an activation URL, the texts that print it (".url") when the template has them: the
    // pupils' texts differ with and without one; the parents' always have one.
    const bool withUrl = !m_context.activationUrl.isEmpty();
    auto accessKey = [&](const QString &name) {
        return withUrl && m_texts.contains(name + u".url"_s) ? name + u".url"_s : name;
    };
    for (LetterVariant v : {LetterVariant::Distribution, LetterVariant::Redistribution, LetterVariant::PasswordChange}) {
        const QString name = letterVariantApiName(v);
        m_variants[int(v)].intro = paragraphs(fill(u"intro."_s + name));
        m_variants[int(v)].access = paragraphs(fill(accessKey(u"access."_s + name)));
        m_variants[int(v)].after = paragraphs(fill(u"after."_s + name));
    }
    m_extra = m_context.extraUrl.isEmpty() ? Blocks() : paragraphs(fill(u"access.extra"_s));
    m_validity = paragraphs(fill(u"validity"_s));
    // Narrow cells: with a QR code in the closing band, the validity goes beside it, over the
    // signature, instead of taking lines of its own.
    m_validityBySignature = std::make_unique<Block>(fill(u"validity"_s).replace(u'\n', QChar::LineSeparator), m_body,
                                                    bodyWidth() - (m_g.qrMm + 3) * m_mm, m_device, Qt::AlignRight);
    m_boxTitle = std::make_unique<Block>(m_texts.text(u"box.title"_s), m_bold, bodyWidth(), m_device);
    const qreal labelWidth = m_g.labelWidthMm * m_mm;
    m_boxLogin = std::make_unique<Block>(m_texts.text(u"box.login"_s), m_body, labelWidth, m_device);
    m_boxPassword = std::make_unique<Block>(m_texts.text(u"box.password"_s), m_body, labelWidth, m_device);
    m_boxUnchanged = std::make_unique<Block>(m_texts.text(u"box.unchanged"_s), m_bold, bodyWidth(), m_device);
    // Under the addressee column on A4/A5; right-aligned on A6, where the QR code takes the left.
    m_signature = m_g.twoColumnHeader
                      ? std::make_unique<Block>(m_texts.text(u"signature"_s), m_body, rightWidth(), m_device)
                      : std::make_unique<Block>(m_texts.text(u"signature"_s), m_body, bodyWidth(), m_device,
                                                Qt::AlignRight);
    m_footer = std::make_unique<Block>(m_texts.text(u"footer"_s), letterFont(LetterFont::Body, m_g.footerPt, true),
                                       bodyWidth(), m_device, Qt::AlignHCenter);
    // Under the code: flush with its right edge in the box (the identifier is on the left).
    m_qrCaption = std::make_unique<Block>(m_texts.text(u"qr.caption"_s), letterFont(LetterFont::Body, m_g.footerPt),
                                          m_g.qrMm * m_mm * 1.6, m_device,
                                          m_g.qrInBox ? Qt::AlignRight : Qt::AlignLeft);
    // Parents' texts list the children; the pupils' have no such key.
    const QString childrenTitle = m_texts.text(key(u"children.title"_s));
    m_childrenTitle = childrenTitle.isEmpty() ? nullptr
                                              : std::make_unique<Block>(childrenTitle, m_body, bodyWidth(), m_device);
    m_bulletWidth = QFontMetricsF(m_body, m_device).horizontalAdvance(kBullet);
    m_greeting = m_texts.text(key(u"greeting"_s));
    m_class = m_texts.text(u"class"_s);
}

LetterCell::Blocks LetterCell::paragraphs(const QString &text) const
{
    Blocks blocks;
    const QStringList parts = text.split(u'\n', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        // A paragraph that is only an address to go to stands out in bold.
        const bool url = (!m_context.activationUrl.isEmpty() && part == m_context.activationUrl)
                         || (!m_context.extraUrl.isEmpty() && part == m_context.extraUrl);
        blocks.push_back(std::make_shared<Block>(part, url ? m_bold : m_body, bodyWidth(), m_device));
    }
    return blocks;
}

qreal LetterCell::contentBottom() const
{
    return (m_g.heightMm - m_g.footerBottomMm) * m_mm - m_footer->height() - m_g.gapMm * m_mm;
}

qreal LetterCell::worstCaseHeight() const
{
    const qreal gap = m_g.gapMm * m_mm;
    auto lines = [&](const QFont &font, int n) { return QFontMetricsF(font, m_device).height() * n; };
    auto sum = [&](const Blocks &blocks) {
        qreal h = 0;
        for (const auto &b : blocks)
            h += b->height() + gap;
        return h;
    };
    // The addressee block at its tallest: a 3-line name, a 2-line class (for letters that print one).
    const qreal addressee = m_date->height() + m_g.addresseeGapMm * m_mm + lines(m_bold, 3)
                            + (m_class.isEmpty() ? 0 : lines(m_body, 2));
    const qreal header = m_g.twoColumnHeader ? std::max(m_establishment->height(), addressee)
                                             : m_establishment->height() + m_mm + addressee;
    qreal variants = 0;
    for (const Variant &v : m_variants)
        variants = std::max(variants, sum(v.intro) + sum(v.access) + sum(v.after));
    // Parents: room for two lines of children at full size; longer lists take a smaller cell.
    const qreal children = m_childrenTitle ? m_childrenTitle->height() + lines(m_body, 2) + 1.5 * gap : 0;
    const qreal pad = m_g.boxPadMm * m_mm;
    const qreal qr = m_qr.isNull() ? 0 : m_g.qrMm * m_mm + m_qrCaption->height();
    const qreal credentials = m_boxTitle->height() + 2 * m_mm + std::max(lines(m_login, 2), m_boxLogin->height())
                              + 2 * m_mm
                              + std::max({lines(m_password, 1), m_boxPassword->height(), m_boxUnchanged->height()});
    const qreal box = 2 * pad + std::max(credentials, qrInBox() ? qr : 0);
    const qreal closing = qrInClosing() ? std::max(qr, 2 * m_mm + m_validityBySignature->height() + gap
                                                             + m_signature->height())
                                        : m_signature->height() + 2 * m_mm + sum(m_validity);
    // A greeting with the name may take two lines; one without ("Madame, Monsieur,") takes its own.
    const qreal greeting = m_greeting.contains(u"{name}"_s) ? lines(m_body, 2)
                                                            : Block(m_greeting, m_body, bodyWidth(), m_device).height();
    return m_g.topMm * m_mm + header + m_g.headerGapMm * m_mm + m_title->height() + gap * 1.5 + greeting + gap
           + variants + children + sum(m_extra) + box + gap + closing;
}

// « Prénom NOM, classe », and the other school's name for a child elsewhere. A class name
// breaks no line (« 3e » above « A » reads as two things).
QString LetterCell::childLine(const LetterChild &child) const
{
    QStringList parts{(child.firstName + u' ' + child.lastName.toUpper()).trimmed()};
    if (!child.className.isEmpty())
        parts << QString(child.className).replace(u' ', QChar(0x00A0));
    if (child.isElsewhere())
        parts << child.otherSchool;
    return parts.join(u", "_s);
}

LetterCell::Fields LetterCell::layOut(const Letter &letter) const
{
    Fields f;
    const QString fullName = (letter.firstName + u' ' + letter.lastName).trimmed();
    f.name = fittedBlock(fullName, m_bold, rightWidth(), 3, m_device);
    if (!m_class.isEmpty() && !letter.className.isEmpty())
        f.klass = fittedBlock(LetterTemplate::fill(m_class, {{u"className"_s, letter.className}}), m_body,
                              rightWidth(), 2, m_device);
    f.greeting =
        fittedBlock(LetterTemplate::fill(m_greeting, {{u"name"_s, fullName}}), m_body, bodyWidth(), 2, m_device);
    if (m_childrenTitle) {
        f.children.reserve(size_t(letter.children.size()));
        for (const LetterChild &child : letter.children)
            f.children.push_back(
                std::make_unique<Block>(kBullet + childLine(child), m_body, bodyWidth() - childIndent(), m_device,
                                        Qt::AlignLeft, m_bulletWidth));
    }
    f.login = fittedBlock(letter.login, m_login, valueWidth(), 2, m_device);
    if (letter.variant != LetterVariant::Redistribution)
        f.password = fittedBlock(letter.temporaryPassword, m_password, valueWidth(), 1, m_device);
    return f;
}

const LetterCell *LetterCell::smaller() const
{
    constexpr int kMaxShrinks = 8; // 0.85^8: a third of the size, for lists no family has
    if (m_shrinks >= kMaxShrinks)
        return nullptr;
    if (!m_smaller)
        m_smaller.reset(new LetterCell(m_context, m_texts, m_g.scaledFonts(0.85), m_qr, m_device, m_shrinks + 1));
    return m_smaller.get();
}

void LetterCell::paint(QPainter &p, const Letter &letter) const
{
    const Fields fields = layOut(letter);
    if (place(nullptr, letter, fields) > contentBottom()) {
        if (const LetterCell *cell = smaller())
            return cell->paint(p, letter);
    }
    place(&p, letter, fields);
}

qreal LetterCell::place(QPainter *p, const Letter &letter, const Fields &f) const
{
    const qreal left = m_g.marginMm * m_mm;
    const qreal gap = m_g.gapMm * m_mm;
    auto draw = [p](const Block &block, qreal x, qreal y) {
        if (p)
            block.draw(*p, x, y);
    };
    auto drawParagraphs = [&](const Blocks &blocks, qreal y) {
        for (const auto &block : blocks) {
            draw(*block, left, y);
            y += block->height() + gap;
        }
        return y;
    };

    // Header: establishment, date, addressee (two columns on A4 and A5, stacked on A6).
    qreal y = m_g.topMm * m_mm;
    draw(*m_establishment, left, y);
    qreal ry = m_g.twoColumnHeader ? y : y + m_establishment->height() + m_mm;
    draw(*m_date, rightX(), ry);
    ry += m_date->height() + m_g.addresseeGapMm * m_mm;
    draw(*f.name, rightX(), ry);
    ry += f.name->height();
    if (f.klass) {
        draw(*f.klass, rightX(), ry);
        ry += f.klass->height();
    }
    y = std::max(y + m_establishment->height(), ry) + m_g.headerGapMm * m_mm;

    draw(*m_title, left, y);
    y += m_title->height() + gap * 1.5;
    draw(*f.greeting, left, y);
    y += f.greeting->height() + gap;

    const Variant &variant = m_variants[int(letter.variant)];
    y = drawParagraphs(variant.intro, y);
    if (m_childrenTitle && !f.children.empty()) {
        draw(*m_childrenTitle, left, y);
        y += m_childrenTitle->height() + gap / 2;
        for (const auto &child : f.children) {
            draw(*child, left + childIndent(), y);
            y += child->height();
        }
        y += gap;
    }
    y = drawParagraphs(variant.access, y);
    y = drawParagraphs(m_extra, y);

    // The credentials box.
    const qreal pad = m_g.boxPadMm * m_mm;
    const qreal valueX = left + pad + m_g.labelWidthMm * m_mm;
    const qreal boxTop = y;
    qreal by = boxTop + pad;
    draw(*m_boxTitle, left + pad, by);
    by += m_boxTitle->height() + 2 * m_mm;
    draw(*m_boxLogin, left + pad, by + std::max<qreal>(0, (f.login->lineHeight() - m_boxLogin->lineHeight()) / 2));
    draw(*f.login, valueX, by);
    by += std::max(f.login->height(), m_boxLogin->height()) + 2 * m_mm;
    if (f.password) {
        draw(*m_boxPassword, left + pad,
             by + std::max<qreal>(0, (f.password->lineHeight() - m_boxPassword->lineHeight()) / 2));
        draw(*f.password, valueX, by);
        by += std::max(f.password->height(), m_boxPassword->height());
    } else {
        draw(*m_boxUnchanged, left + pad, by);
        by += m_boxUnchanged->height();
    }
    // The QR code of the activation URL (never of the password), at the box's right.
    const qreal qrSize = m_g.qrMm * m_mm;
    if (qrInBox()) {
        const qreal qrRight = left + bodyWidth() - pad;
        if (p)
            m_qr.paint(*p, QRectF(qrRight - qrSize, boxTop + pad, qrSize, qrSize));
        draw(*m_qrCaption, qrRight - m_qrCaption->width(), boxTop + pad + qrSize);
        by = std::max(by, boxTop + pad + qrSize + m_qrCaption->height());
    }
    by += pad;
    if (p) {
        p->save();
        p->setPen(QPen(Qt::black, 0.3 * m_mm));
        p->setBrush(Qt::NoBrush);
        p->drawRect(QRectF(left, boxTop, bodyWidth(), by - boxTop));
        p->restore();
    }
    y = by + gap;

    y = drawParagraphs(variant.after, y);

    // Closing: the validity and the signature line; the QR code on the left when not in the box.
    qreal bottom;
    if (qrInClosing()) {
        if (p)
            m_qr.paint(*p, QRectF(left, y, qrSize, qrSize));
        draw(*m_qrCaption, left, y + qrSize);
        const qreal sy = y + 2 * m_mm;
        draw(*m_validityBySignature, left + (m_g.qrMm + 3) * m_mm, sy);
        const qreal signatureY = sy + m_validityBySignature->height() + gap;
        draw(*m_signature, m_g.twoColumnHeader ? rightX() : left, signatureY);
        bottom = std::max(signatureY + m_signature->height(), y + qrSize + m_qrCaption->height());
    } else {
        y = drawParagraphs(m_validity, y);
        draw(*m_signature, m_g.twoColumnHeader ? rightX() : left, y + 2 * m_mm);
        bottom = y + 2 * m_mm + m_signature->height();
    }

    draw(*m_footer, left, (m_g.heightMm - m_g.footerBottomMm) * m_mm - m_footer->height());
    return bottom;
}

} // namespace educonnect::letters_detail
