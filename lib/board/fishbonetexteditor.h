// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsTextItem>

namespace Whyboard {

class FishboneScene;

// The text cursor in a why card of the fishbone. As on the board, every change is saved as it
// is typed (one edit card command of one editing run, so one undo takes back the whole run);
// Enter, Esc or leaving the card ends it, Shift+Enter breaks the line.
class FishboneTextEditor : public QGraphicsTextItem
{
    Q_OBJECT

public:
    FishboneTextEditor(FishboneScene *scene, const QString &cardId);
    ~FishboneTextEditor() override;

    QString cardId() const { return m_cardId; }

Q_SIGNALS:
    void finished(const QString &cardId);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void save();
    void finish();

    FishboneScene *m_scene;
    QString m_cardId;
    int m_editRun;
    bool m_finished = false;
};

} // namespace Whyboard
