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
    // Lines after the first start `hangingIndent` to the right (a list item under its bullet).
    Block(const QString &text, const QFont &font, qreal width, QPaintDevice *device,
          Qt::Alignment alignment = Qt::AlignLeft, qreal hangingIndent = 0)
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
            const qreal indent = line.lineNumber() == 0 ? 0 : hangingIndent;
            line.setLineWidth(width - indent);
            line.setPosition(QPointF(indent, m_height));
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
