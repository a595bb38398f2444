#include "letterrenderer.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextLayout>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace educonnect {

namespace {

struct RendererText
{
    Q_DECLARE_TR_FUNCTIONS(LetterRenderer)
};

constexpr qreal kMarginMm = 20.0;
constexpr qreal kTopMm = 18.0;
constexpr qreal kPageWidthMm = 210.0;
constexpr qreal kPageHeightMm = 297.0;

QFont makeFont(const QStringList &families, qreal points, bool bold = false)
{
    QFont font;
    font.setFamilies(families);
    font.setPointSizeF(points);
    font.setBold(bold);
    font.setStyleHint(families.first().contains(u"Mono"_s) ? QFont::Monospace : QFont::SansSerif);
    // No ligatures or kerning: text extracted from the PDF (and copied by users) stays plain
    // ("identifiant", not "identi\uFB01ant"), and shaping Latin text is skipped, which is faster.
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

const QStringList &sansFamilies()
{
    static const QStringList families{u"DejaVu Sans"_s, u"Arial"_s, u"Liberation Sans"_s};
    return families;
}

const QStringList &monoFamilies()
{
    static const QStringList families{u"DejaVu Sans Mono"_s, u"Consolas"_s, u"Liberation Mono"_s};
    return families;
}

QString variantKey(LetterVariant variant)
{
    return letterVariantApiName(variant);
}

// A paragraph laid out once at a given width; drawing it again costs no shaping.
class Block
{
public:
    Block(const QString &text, const QFont &font, qreal width, QPaintDevice *device,
          Qt::Alignment alignment = Qt::AlignLeft)
        : m_layout(text, font, device)
    {
        QTextOption option(alignment);
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        m_layout.setTextOption(option);
        m_layout.setCacheEnabled(true);
        m_layout.beginLayout();
        for (;;) {
            QTextLine line = m_layout.createLine();
            if (!line.isValid())
                break;
            line.setLineWidth(width);
            line.setPosition(QPointF(0, m_height));
            m_height += line.height();
        }
        m_layout.endLayout();
    }
    qreal height() const { return m_height; }
    int lineCount() const { return m_layout.lineCount(); }
    void draw(QPainter &painter, qreal x, qreal y) const { m_layout.draw(&painter, QPointF(x, y)); }

private:
    QTextLayout m_layout;
    qreal m_height = 0;
};

// A per-letter field (a name, an identifier): shrinks until it fits in maxLines.
std::unique_ptr<Block> fittedBlock(const QString &text, QFont font, qreal width, int maxLines,
                                   QPaintDevice *device, Qt::Alignment alignment = Qt::AlignLeft)
{
    auto block = std::make_unique<Block>(text, font, width, device, alignment);
    while (block->lineCount() > maxLines && font.pointSizeF() > 6.0) {
        font.setPointSizeF(font.pointSizeF() * 0.85);
        block = std::make_unique<Block>(text, font, width, device, alignment);
    }
    return block;
}

} // namespace

// Everything that does not depend on the pupil, laid out once per run and device.
class LetterRenderer::Page
{
public:
    Page(const LetterRenderer &renderer, QPaintDevice *device) : m_device(device)
    {
        const LetterTemplate &t = renderer.m_texts;
        const LetterContext &c = renderer.m_context;
        m_mm = device->logicalDpiY() / 25.4;
        m_url = c.activationUrl;
        m_bodyWidth = (kPageWidthMm - 2 * kMarginMm) * m_mm;

        const QLocale french(QLocale::French, QLocale::France);
        const QHash<QString, QString> values{
            {u"establishment"_s, c.establishmentName},
            {u"url"_s, c.activationUrl},
            {u"validUntil"_s, french.toString(c.validUntil, u"d MMMM yyyy"_s)},
            {u"date"_s, french.toString(c.issuedOn, u"d MMMM yyyy"_s)},
        };
        auto fill = [&](const QString &key) { return LetterTemplate::fill(t.text(key), values); };

        bodyFont = makeFont(sansFamilies(), 10.5);
        boldFont = makeFont(sansFamilies(), 10.5, true);
        monoFont = makeFont(monoFamilies(), 12, true);
        passwordFont = makeFont(monoFamilies(), 16, true);
        passwordFont.setLetterSpacing(QFont::PercentageSpacing, 125);

        establishment = fittedBlock(c.establishmentName, makeFont(sansFamilies(), 11, true), 90 * m_mm, 3, device);
        date = std::make_unique<Block>(fill(u"date"_s), bodyFont, rightColumnWidth(), device);
        title = std::make_unique<Block>(t.text(u"title"_s), makeFont(sansFamilies(), 14, true), m_bodyWidth, device);
        for (LetterVariant v : {LetterVariant::Distribution, LetterVariant::Redistribution,
                                LetterVariant::PasswordChange}) {
            Variant &variant = m_variants[int(v)];
            variant.intro = paragraphs(fill(u"intro."_s + variantKey(v)));
            variant.after = paragraphs(fill(u"after."_s + variantKey(v)));
        }
        activation = paragraphs(c.activationUrl.isEmpty() ? fill(u"activation"_s) : fill(u"activation.url"_s));
        for (auto &block : paragraphs(fill(u"instructions"_s)))
            activation.push_back(std::move(block));
        validity = paragraphs(fill(u"validity"_s));
        boxTitle = std::make_unique<Block>(t.text(u"box.title"_s), boldFont, m_bodyWidth, device);
        boxLogin = std::make_unique<Block>(t.text(u"box.login"_s), bodyFont, m_bodyWidth, device);
        boxPassword = std::make_unique<Block>(t.text(u"box.password"_s), bodyFont, m_bodyWidth, device);
        boxUnchanged = std::make_unique<Block>(t.text(u"box.unchanged"_s), boldFont, m_bodyWidth, device);
        signature = std::make_unique<Block>(t.text(u"signature"_s), bodyFont, rightColumnWidth(), device);
        footer = std::make_unique<Block>(t.text(u"footer"_s), makeFont(sansFamilies(), 9, true), m_bodyWidth,
                                         device, Qt::AlignHCenter);
        m_greeting = t.text(u"greeting"_s);
        m_class = t.text(u"class"_s);
        m_labelWidth = 52 * m_mm;
    }

    void paint(QPainter &p, const PupilLetter &letter) const
    {
        const qreal left = kMarginMm * m_mm;
        const qreal right = rightColumnX();
        const qreal gap = 3.5 * m_mm;
        const QString fullName = (letter.firstName + u' ' + letter.lastName).trimmed();

        // Header: establishment on the left; date and addressee on the right.
        qreal y = kTopMm * m_mm;
        establishment->draw(p, left, y);
        qreal ry = y;
        date->draw(p, right, ry);
        ry += date->height() + 6 * m_mm;
        auto name = fittedBlock(fullName, boldFont, rightColumnWidth(), 3, m_device);
        name->draw(p, right, ry);
        ry += name->height();
        if (!letter.className.isEmpty()) {
            auto klass = fittedBlock(LetterTemplate::fill(m_class, {{u"className"_s, letter.className}}), bodyFont,
                                     rightColumnWidth(), 2, m_device);
            klass->draw(p, right, ry);
            ry += klass->height();
        }
        y = std::max(y + establishment->height(), ry) + 12 * m_mm;

        title->draw(p, left, y);
        y += title->height() + gap * 1.5;

        auto greeting =
            fittedBlock(LetterTemplate::fill(m_greeting, {{u"name"_s, fullName}}), bodyFont, m_bodyWidth, 2, m_device);
        greeting->draw(p, left, y);
        y += greeting->height() + gap;

        const Variant &variant = m_variants[int(letter.variant)];
        y = drawParagraphs(p, variant.intro, left, y, gap);
        y = drawParagraphs(p, activation, left, y, gap);

        // The credentials box.
        const qreal pad = 4 * m_mm;
        const qreal valueX = left + pad + m_labelWidth;
        const qreal valueWidth = m_bodyWidth - 2 * pad - m_labelWidth;
        auto login = fittedBlock(letter.login, monoFont, valueWidth, 2, m_device);
        std::unique_ptr<Block> password;
        if (letter.variant != LetterVariant::Redistribution)
            password = fittedBlock(letter.temporaryPassword, passwordFont, valueWidth, 1, m_device);

        const qreal boxTop = y;
        qreal by = boxTop + pad;
        boxTitle->draw(p, left + pad, by);
        by += boxTitle->height() + 2 * m_mm;
        boxLogin->draw(p, left + pad, by + (login->height() - boxLogin->height()) / 2);
        login->draw(p, valueX, by);
        by += login->height() + 2 * m_mm;
        if (password) {
            boxPassword->draw(p, left + pad, by + (password->height() - boxPassword->height()) / 2);
            password->draw(p, valueX, by);
            by += password->height();
        } else {
            boxUnchanged->draw(p, left + pad, by);
            by += boxUnchanged->height();
        }
        by += pad;
        p.save();
        p.setPen(QPen(Qt::black, 0.35 * m_mm));
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF(left, boxTop, m_bodyWidth, by - boxTop));
        p.restore();
        y = by + gap;

        y = drawParagraphs(p, variant.after, left, y, gap);
        y = drawParagraphs(p, validity, left, y, gap);
        signature->draw(p, right, y + 2 * m_mm);

        footer->draw(p, left, (kPageHeightMm - 15) * m_mm - footer->height());
    }

    QFont bodyFont;
    QFont boldFont;
    QFont monoFont;
    QFont passwordFont;
    std::unique_ptr<Block> establishment, date, title, boxTitle, boxLogin, boxPassword, boxUnchanged, signature,
        footer;
    std::vector<std::shared_ptr<Block>> activation, validity;

private:
    struct Variant
    {
        std::vector<std::shared_ptr<Block>> intro;
        std::vector<std::shared_ptr<Block>> after;
    };

    qreal rightColumnX() const { return 115 * m_mm; }
    qreal rightColumnWidth() const { return (kPageWidthMm - kMarginMm) * m_mm - rightColumnX(); }

    // One block per paragraph; a paragraph that is only the activation URL stands out in bold.
    std::vector<std::shared_ptr<Block>> paragraphs(const QString &text) const
    {
        std::vector<std::shared_ptr<Block>> blocks;
        const QStringList parts = text.split(u'\n', Qt::SkipEmptyParts);
        for (const QString &part : parts) {
            const QFont &font = !m_url.isEmpty() && part == m_url ? boldFont : bodyFont;
            blocks.push_back(std::make_shared<Block>(part, font, m_bodyWidth, m_device));
        }
        return blocks;
    }

    qreal drawParagraphs(QPainter &p, const std::vector<std::shared_ptr<Block>> &blocks, qreal x, qreal y,
                         qreal gap) const
    {
        for (const auto &block : blocks) {
            block->draw(p, x, y);
            y += block->height() + gap;
        }
        return y;
    }

    QPaintDevice *m_device;
    qreal m_mm = 1;
    qreal m_bodyWidth = 0;
    qreal m_labelWidth = 0;
    QString m_greeting;
    QString m_class;
    QString m_url;
    Variant m_variants[3];
};

LetterRenderer::LetterRenderer(LetterContext context, LetterTemplate texts)
    : m_context(std::move(context)), m_texts(std::move(texts))
{
}

Result<LetterTemplate> LetterRenderer::pupilTemplate()
{
    return LetterTemplate::load(u":/letters/pupil-letter.txt"_s);
}

void LetterRenderer::setUpPage(QPagedPaintDevice *device)
{
    device->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0),
                                      QPageLayout::Millimeter));
}

Result<int> LetterRenderer::render(QPagedPaintDevice *device, const QList<PupilLetter> &letters,
                                   const Progress &progress) const
{
    if (letters.isEmpty())
        return Error{u"letters-empty"_s, RendererText::tr("There is no letter to produce.")};
    QPainter painter;
    if (!painter.begin(device))
        return Error{u"letters-device"_s, RendererText::tr("Cannot start drawing on the printer or file.")};
    painter.setRenderHint(QPainter::Antialiasing);
    // Paint in paper coordinates whatever margins the device imposes (printers have some).
    const int dpi = device->logicalDpiY();
    const QPageLayout layout = device->pageLayout();
    const QRect paint = layout.paintRectPixels(dpi);
    painter.translate(-paint.topLeft());

    const Page page(*this, device);
    int done = 0;
    for (const PupilLetter &letter : letters) {
        if (done > 0 && !device->newPage()) {
            painter.end();
            return Error{u"letters-device"_s, RendererText::tr("Cannot start a new page (page %1).").arg(done + 1)};
        }
        page.paint(painter, letter);
        ++done;
        if (progress && !progress(done)) {
            painter.end();
            return Error{u"cancelled"_s, RendererText::tr("Cancelled after %n letter(s).", nullptr, done)};
        }
    }
    if (!painter.end())
        return Error{u"letters-device"_s, RendererText::tr("The printer or file did not accept the last page.")};
    return done;
}

Result<int> LetterRenderer::writePdf(QIODevice *output, const QList<PupilLetter> &letters,
                                     const Progress &progress) const
{
    QPdfWriter writer(output);
    writer.setResolution(600);
    writer.setCreator(u"EduConnect Admin"_s);
    writer.setTitle(u"Courriers EduConnect"_s);
    setUpPage(&writer);
    return render(&writer, letters, progress);
}

Result<int> LetterRenderer::writePdfFile(const QString &path, const QList<PupilLetter> &letters,
                                         const Progress &progress) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{u"letters-file"_s, RendererText::tr("Cannot write %1: %2").arg(path, file.errorString())};
    auto written = writePdf(&file, letters, progress);
    if (!written) {
        file.cancelWriting();
        return written;
    }
    if (!file.commit())
        return Error{u"letters-file"_s,
                     RendererText::tr("Cannot finish writing %1: %2").arg(path, file.errorString())};
    return written;
}

} // namespace educonnect
