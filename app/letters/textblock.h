#pragma once

// Internal to letters/: a paragraph laid out once, drawn many times.

#include <QFont>
#include <QPainter>
#include <QTextLayout>

#include <memory>

namespace educonnect::letters_detail {

class Block
{
public:
    // `formats` restyle parts of the text (e.g. an address in bold within a sentence).
    Block(const QString &text, const QFont &font, qreal width, QPaintDevice *device,
          Qt::Alignment alignment = Qt::AlignLeft, const QList<QTextLayout::FormatRange> &formats = {})
        : m_layout(text, font, device)
    {
        QTextOption option(alignment);
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        m_layout.setTextOption(option);
        if (!formats.isEmpty())
            m_layout.setFormats(formats);
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
    qreal width() const { return m_layout.boundingRect().width(); }
    int lineCount() const { return m_layout.lineCount(); }
    qreal lineHeight() const { return m_layout.lineCount() ? m_layout.lineAt(0).height() : 0; }
    void draw(QPainter &painter, qreal x, qreal y) const { m_layout.draw(&painter, QPointF(x, y)); }

private:
    QTextLayout m_layout;
    qreal m_height = 0;
};

// A per-letter field (a name, an identifier): shrinks until it fits in maxLines, never clipped.
inline std::unique_ptr<Block> fittedBlock(const QString &text, QFont font, qreal width, int maxLines,
                                          QPaintDevice *device, Qt::Alignment alignment = Qt::AlignLeft)
{
    auto block = std::make_unique<Block>(text, font, width, device, alignment);
    while (block->lineCount() > maxLines && font.pointSizeF() > 5.0) {
        font.setPointSizeF(font.pointSizeF() * 0.85);
        block = std::make_unique<Block>(text, font, width, device, alignment);
    }
    return block;
}

} // namespace educonnect::letters_detail
