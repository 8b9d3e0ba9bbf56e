// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QIODevice>

namespace Whyboard {

// A write-only device in front of another that lets only characters XML 1.0 allows through
// (SafeText::xmlCharacters) and takes out directional controls, as the bytes stream past: a
// generated document is made safe without holding a second copy of it. A character split
// between two writes is kept until its end arrives; close() writes what is left.
class XmlSafeDevice : public QIODevice
{
public:
    explicit XmlSafeDevice(QIODevice *target);
    ~XmlSafeDevice() override;

    bool isSequential() const override { return true; }
    void close() override;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override;

private:
    bool pass(const QByteArray &utf8);

    QIODevice *m_target;
    QByteArray m_pending; // the start of a character whose end has not been written yet
};

} // namespace Whyboard
