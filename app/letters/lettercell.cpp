#include "lettercell.h"

#include "letters/letterfonts.h"

#include <QFontMetricsF>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace educonnect::letters_detail {

CellGeometry CellGeometry::official()
{
    return {210, 297, 20, 18, true, 115, 10.5, 14, 11, 12, 16, 9, 3.5, 12, 4, 52, 15, 26, false};
}

CellGeometry CellGeometry::half()
{
    return {210, 148.5, 12, 8, true, 122, 9.5, 12, 10, 11, 15, 8, 2.4, 6, 3, 50, 6, 20, true};
}

CellGeometry CellGeometry::quarter()
{
    return {105, 148.5, 7, 7, false, 0, 7.8, 9.5, 8.5, 9.5, 13, 6.5, 1.8, 3, 2.4, 30, 5, 17, true};
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
    : m_context(context), m_texts(texts), m_g(geometry), m_qr(qrCode), m_device(device),
      m_mm(device->logicalDpiY() / 25.4)
{
    build();
    // The longest possible letter must fit above the footer; if not, everything gets smaller.
    for (int attempt = 0; attempt < 10 && worstCaseHeight() > contentBottom(); ++attempt) {
        m_g = m_g.scaledFonts(0.93);
        build();
    }
}

QString LetterCell::key(const char *name) const
{
    const QString plain = QString::fromLatin1(name);
    const QString compact = u"compact."_s + plain;
    return m_g.compactTexts && m_texts.contains(compact) ? compact : plain;
}

void LetterCell::build()
{
    const QLocale french(QLocale::French, QLocale::France);
    const QHash<QString, QString> values{
        {u"establishment"_s, m_context.establishmentName},
        {u"url"_s, m_context.activationUrl},
        {u"validUntil"_s, french.toString(m_context.validUntil, u"d MMMM yyyy"_s)},
        {u"date"_s, french.toString(m_context.issuedOn, u"d MMMM yyyy"_s)},
    };
    auto fill = [&](const char *name) { return LetterTemplate::fill(m_texts.text(key(name)), values); };

    m_body = letterFont(LetterFont::Body, m_g.bodyPt);
    m_bold = letterFont(LetterFont::Body, m_g.bodyPt, true);
    m_login = letterFont(LetterFont::Mono, m_g.loginPt, true);
    m_password = letterFont(LetterFont::Mono, m_g.passwordPt, true);
    // Spaced out for reading aloud and copying by hand.
    m_password.setLetterSpacing(QFont::PercentageSpacing, 125);

    const qreal headerWidth = m_g.twoColumnHeader ? rightX() - (m_g.marginMm + 5) * m_mm : bodyWidth();
    m_establishment = fittedBlock(m_context.establishmentName,
                                  letterFont(LetterFont::Body, m_g.establishmentPt, true), headerWidth, 3, m_device);
    m_date = std::make_unique<Block>(fill("date"), m_body, rightWidth(), m_device);
    m_title = std::make_unique<Block>(m_texts.text(u"title"_s), letterFont(LetterFont::Body, m_g.titlePt, true),
                                      bodyWidth(), m_device);
    const QByteArray urlSuffix = m_context.activationUrl.isEmpty() ? QByteArray() : QByteArray(".url");
    for (LetterVariant v : {LetterVariant::Distribution, LetterVariant::Redistribution, LetterVariant::PasswordChange}) {
        const QByteArray name = letterVariantApiName(v).toLatin1();
        m_variants[int(v)].intro = paragraphs(fill(QByteArray("intro." + name).constData()));
        m_variants[int(v)].access = paragraphs(fill(QByteArray("access." + name + urlSuffix).constData()));
        m_variants[int(v)].after = paragraphs(fill(QByteArray("after." + name).constData()));
    }
    m_validity = paragraphs(fill("validity"));
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
    m_qrCaption = std::make_unique<Block>(m_texts.text(u"qr.caption"_s), letterFont(LetterFont::Body, m_g.footerPt),
                                          m_g.qrMm * m_mm * 1.6, m_device);
    m_greeting = m_texts.text(key("greeting"));
    m_class = m_texts.text(u"class"_s);
}

LetterCell::Blocks LetterCell::paragraphs(const QString &text) const
{
    Blocks blocks;
    const QStringList parts = text.split(u'\n', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        // A paragraph that is only the activation URL stands out in bold.
        const QFont &font = !m_context.activationUrl.isEmpty() && part == m_context.activationUrl ? m_bold : m_body;
        blocks.push_back(std::make_shared<Block>(part, font, bodyWidth(), m_device));
    }
    return blocks;
}

qreal LetterCell::drawParagraphs(QPainter &p, const Blocks &blocks, qreal x, qreal y) const
{
    for (const auto &block : blocks) {
        block->draw(p, x, y);
        y += block->height() + m_g.gapMm * m_mm;
    }
    return y;
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
    // The addressee block at its tallest: a 3-line name, a 2-line class.
    const qreal addressee = m_date->height() + (m_g.twoColumnHeader ? 6 * m_mm : 0) + lines(m_bold, 3) + lines(m_body, 2);
    const qreal header = m_g.twoColumnHeader ? std::max(m_establishment->height(), addressee)
                                             : m_establishment->height() + addressee;
    qreal variants = 0;
    for (const Variant &v : m_variants)
        variants = std::max(variants, sum(v.intro) + sum(v.access) + sum(v.after));
    const qreal pad = m_g.boxPadMm * m_mm;
    const qreal box = 2 * pad + m_boxTitle->height() + 2 * m_mm + std::max(lines(m_login, 2), m_boxLogin->height())
                      + 2 * m_mm + std::max({lines(m_password, 1), m_boxPassword->height(), m_boxUnchanged->height()});
    const qreal closing = m_qr.isNull() ? m_signature->height() + 2 * m_mm
                                        : std::max(m_signature->height() + 2 * m_mm,
                                                   m_g.qrMm * m_mm + m_qrCaption->height());
    return m_g.topMm * m_mm + header + m_g.headerGapMm * m_mm + m_title->height() + gap * 1.5 + lines(m_body, 2) + gap
           + variants + box + gap + sum(m_validity) + closing;
}

void LetterCell::paint(QPainter &p, const Letter &letter) const
{
    const qreal left = m_g.marginMm * m_mm;
    const qreal gap = m_g.gapMm * m_mm;
    const QString fullName = (letter.firstName + u' ' + letter.lastName).trimmed();

    // Header: establishment, date, addressee (two columns on A4 and A5, stacked on A6).
    qreal y = m_g.topMm * m_mm;
    m_establishment->draw(p, left, y);
    qreal ry = m_g.twoColumnHeader ? y : y + m_establishment->height() + m_mm;
    m_date->draw(p, rightX(), ry);
    ry += m_date->height() + (m_g.twoColumnHeader ? 6 * m_mm : m_mm);
    const auto name = fittedBlock(fullName, m_bold, rightWidth(), 3, m_device);
    name->draw(p, rightX(), ry);
    ry += name->height();
    if (!letter.className.isEmpty()) {
        const auto klass = fittedBlock(LetterTemplate::fill(m_class, {{u"className"_s, letter.className}}), m_body,
                                       rightWidth(), 2, m_device);
        klass->draw(p, rightX(), ry);
        ry += klass->height();
    }
    y = std::max(y + m_establishment->height(), ry) + m_g.headerGapMm * m_mm;

    m_title->draw(p, left, y);
    y += m_title->height() + gap * 1.5;
    const auto greeting =
        fittedBlock(LetterTemplate::fill(m_greeting, {{u"name"_s, fullName}}), m_body, bodyWidth(), 2, m_device);
    greeting->draw(p, left, y);
    y += greeting->height() + gap;

    const Variant &variant = m_variants[int(letter.variant)];
    y = drawParagraphs(p, variant.intro, left, y);
    y = drawParagraphs(p, variant.access, left, y);

    // The credentials box.
    const qreal pad = m_g.boxPadMm * m_mm;
    const qreal valueX = left + pad + m_g.labelWidthMm * m_mm;
    const qreal valueWidth = bodyWidth() - 2 * pad - m_g.labelWidthMm * m_mm;
    const auto login = fittedBlock(letter.login, m_login, valueWidth, 2, m_device);
    std::unique_ptr<Block> password;
    if (letter.variant != LetterVariant::Redistribution)
        password = fittedBlock(letter.temporaryPassword, m_password, valueWidth, 1, m_device);
    const qreal boxTop = y;
    qreal by = boxTop + pad;
    m_boxTitle->draw(p, left + pad, by);
    by += m_boxTitle->height() + 2 * m_mm;
    m_boxLogin->draw(p, left + pad, by + std::max<qreal>(0, (login->lineHeight() - m_boxLogin->lineHeight()) / 2));
    login->draw(p, valueX, by);
    by += std::max(login->height(), m_boxLogin->height()) + 2 * m_mm;
    if (password) {
        m_boxPassword->draw(p, left + pad,
                            by + std::max<qreal>(0, (password->lineHeight() - m_boxPassword->lineHeight()) / 2));
        password->draw(p, valueX, by);
        by += std::max(password->height(), m_boxPassword->height());
    } else {
        m_boxUnchanged->draw(p, left + pad, by);
        by += m_boxUnchanged->height();
    }
    by += pad;
    p.save();
    p.setPen(QPen(Qt::black, 0.3 * m_mm));
    p.setBrush(Qt::NoBrush);
    p.drawRect(QRectF(left, boxTop, bodyWidth(), by - boxTop));
    p.restore();
    y = by + gap;

    y = drawParagraphs(p, variant.after, left, y);
    y = drawParagraphs(p, m_validity, left, y);

    // Closing: the QR code of the activation URL (never of the password) and the signature line.
    if (!m_qr.isNull()) {
        const qreal size = m_g.qrMm * m_mm;
        m_qr.paint(p, QRectF(left, y, size, size));
        m_qrCaption->draw(p, left, y + size);
    }
    m_signature->draw(p, m_g.twoColumnHeader ? rightX() : left, y + 2 * m_mm);

    m_footer->draw(p, left, (m_g.heightMm - m_g.footerBottomMm) * m_mm - m_footer->height());
}

} // namespace educonnect::letters_detail
