// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/applicationtheme.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

namespace Whyboard {

namespace {

struct Colours
{
    QColor window, windowText, base, alternateBase, text, button, buttonText, highlight, highlightedText, link,
        linkVisited, placeholder, disabledText, toolTipBase, toolTipText, brightText;
};

QPalette paletteOf(const Colours &c)
{
    QPalette p;
    const auto all = [&p](QPalette::ColorRole role, const QColor &colour) {
        for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled})
            p.setColor(group, role, colour);
    };
    all(QPalette::Window, c.window);
    all(QPalette::WindowText, c.windowText);
    all(QPalette::Base, c.base);
    all(QPalette::AlternateBase, c.alternateBase);
    all(QPalette::Text, c.text);
    all(QPalette::Button, c.button);
    all(QPalette::ButtonText, c.buttonText);
    all(QPalette::Highlight, c.highlight);
    all(QPalette::HighlightedText, c.highlightedText);
    all(QPalette::Link, c.link);
    all(QPalette::LinkVisited, c.linkVisited);
    all(QPalette::PlaceholderText, c.placeholder);
    all(QPalette::ToolTipBase, c.toolTipBase);
    all(QPalette::ToolTipText, c.toolTipText);
    all(QPalette::BrightText, c.brightText);
    // Fusion draws frames and bevels from these.
    const bool dark = c.window.lightness() < 128;
    all(QPalette::Light, dark ? c.button.lighter(135) : QColor(Qt::white));
    all(QPalette::Midlight, dark ? c.button.lighter(115) : c.button.darker(110));
    all(QPalette::Mid, dark ? c.button.darker(130) : c.button.darker(150));
    all(QPalette::Dark, dark ? c.window.darker(160) : c.button.darker(220));
    all(QPalette::Shadow, QColor(Qt::black));
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, c.disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, c.button);
    p.setColor(QPalette::Disabled, QPalette::HighlightedText, c.disabledText);
    return p;
}

// What the application had before a theme was first applied: Light gives it back.
struct Desktop
{
    bool saved = false;
    bool changed = false; // a palette of ours is in place
    QString styleName;
    QPalette palette;
};

Desktop &desktop()
{
    static Desktop original;
    if (!original.saved && qApp) {
        original.saved = true;
        original.styleName = QApplication::style()->name();
        original.palette = QApplication::palette();
    }
    return original;
}

void useStyle(const QString &name)
{
    if (QApplication::style()->name().compare(name, Qt::CaseInsensitive) == 0)
        return;
    if (QStyle *style = QStyleFactory::create(name))
        QApplication::setStyle(style);
}

} // namespace

QPalette ApplicationTheme::palette(BoardTheme::Kind kind)
{
    switch (kind) {
    case BoardTheme::Kind::Dark:
        return paletteOf({QColor(0x2b, 0x30, 0x38), QColor(0xe9, 0xec, 0xf1), QColor(0x1f, 0x23, 0x2a),
                          QColor(0x27, 0x2c, 0x33), QColor(0xe9, 0xec, 0xf1), QColor(0x3a, 0x41, 0x4b),
                          QColor(0xe9, 0xec, 0xf1), QColor(0x2a, 0x62, 0xc2), QColor(0xff, 0xff, 0xff),
                          QColor(0x8a, 0xb4, 0xff), QColor(0xc5, 0xa3, 0xff), QColor(0xa3, 0xad, 0xba),
                          QColor(0x9a, 0xa3, 0xaf), QColor(0x3a, 0x41, 0x4b), QColor(0xe9, 0xec, 0xf1),
                          QColor(0xff, 0x8a, 0x80)});
    case BoardTheme::Kind::Projector:
        return paletteOf({QColor(0xff, 0xff, 0xff), QColor(0x00, 0x00, 0x00), QColor(0xff, 0xff, 0xff),
                          QColor(0xee, 0xf0, 0xf3), QColor(0x00, 0x00, 0x00), QColor(0xf2, 0xf2, 0xf2),
                          QColor(0x00, 0x00, 0x00), QColor(0x00, 0x3f, 0xb5), QColor(0xff, 0xff, 0xff),
                          QColor(0x00, 0x3f, 0xb5), QColor(0x55, 0x1a, 0x8b), QColor(0x40, 0x40, 0x40),
                          QColor(0x59, 0x59, 0x59), QColor(0xff, 0xff, 0xff), QColor(0x00, 0x00, 0x00),
                          QColor(0xc0, 0x00, 0x00)});
    case BoardTheme::Kind::Light:
        break;
    }
    return desktop().palette;
}

void ApplicationTheme::apply(BoardTheme::Kind kind)
{
    if (!qApp)
        return;
    Desktop &original = desktop();
    if (kind == BoardTheme::Kind::Light) {
        // The desktop's own colours, light or dark (the board keeps its light theme). Untouched
        // until another theme was chosen: the desktop may still change its palette.
        if (original.changed) {
            useStyle(original.styleName);
            QApplication::setPalette(original.palette);
            original.changed = false;
        }
        return;
    }
    useStyle(QStringLiteral("Fusion"));
    QApplication::setPalette(palette(kind));
    original.changed = true;
}

} // namespace Whyboard
