// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchsessions.h"

#include "samplesessions.h"

#include <QHash>
#include <QRandomGenerator>

namespace Whyboard::Bench {

namespace {

const QStringList &vocabulary()
{
    static const QStringList words{
        QStringLiteral("the"),        QStringLiteral("deploy"),      QStringLiteral("pipeline"),
        QStringLiteral("skipped"),    QStringLiteral("canary"),      QStringLiteral("because"),
        QStringLiteral("config"),     QStringLiteral("validation"),  QStringLiteral("was"),
        QStringLiteral("disabled"),   QStringLiteral("in"),          QStringLiteral("staging"),
        QStringLiteral("database"),   QStringLiteral("connections"), QStringLiteral("exhausted"),
        QStringLiteral("retry"),      QStringLiteral("storm"),       QStringLiteral("after"),
        QStringLiteral("timeout"),    QStringLiteral("of"),          QStringLiteral("30"),
        QStringLiteral("seconds"),    QStringLiteral("alert"),       QStringLiteral("threshold"),
        QStringLiteral("never"),      QStringLiteral("reviewed"),    QStringLiteral("Zertifikat"),
        QStringLiteral("abgelaufen"), QStringLiteral("Überwachung"), QStringLiteral("fehlte"),
        QStringLiteral("délai"),      QStringLiteral("dépassé"),     QStringLiteral("journalisation"),
        QStringLiteral("証明書"),     QStringLiteral("期限切れ"),    QStringLiteral("監視"),
        QStringLiteral("сертификат"), QStringLiteral("истёк"),       QStringLiteral("الخادم"),
        QStringLiteral("DNS"),        QStringLiteral("TTL"),         QStringLiteral("on-call"),
        QStringLiteral("runbook"),    QStringLiteral("quota"),       QStringLiteral("rollback"),
    };
    return words;
}

} // namespace

QString BenchSessions::sentence(QRandomGenerator &random, int minWords, int maxWords)
{
    const int count = random.bounded(minWords, maxWords + 1);
    QStringList parts;
    for (int i = 0; i < count; ++i)
        parts.append(vocabulary().at(random.bounded(int(vocabulary().size()))));
    QString text = parts.join(QLatin1Char(' '));
    text[0] = text.at(0).toUpper();
    return text;
}

Session BenchSessions::dag(int cards, int levels, int events, int actions, quint32 seed)
{
    // The timeline, actions and session fields of the test suite's random session; the board
    // is rebuilt here with levels and longer texts.
    Session session = Test::randomSession(seed, cards, events, actions);
    QRandomGenerator random(seed);
    session.links.clear();
    QList<QStringList> byLevel(levels + 1);
    for (int i = 0; i < session.cards.size(); ++i) {
        Card &card = session.cards[i];
        card.text = sentence(random, 6, 28);
        card.evidence = random.bounded(3) ? QString() : sentence(random, 4, 14);
        if (i == 0) {
            byLevel[0].append(card.id);
            continue;
        }
        // A spine first, so that every level exists; then the middle levels grow widest.
        int level = i <= levels ? i : 1 + int((random.bounded(levels) + random.bounded(levels)) / 2);
        if (i > levels && i <= levels + 12)
            level = 2; // twelve more causes of c2
        level = std::min(level, levels);
        const QStringList &above = byLevel.at(level - 1);
        const QString effect = (i > levels && i <= levels + 12) ? session.cards.at(1).id
                                                                 : above.at(random.bounded(int(above.size())));
        session.links.append({card.id, effect, ReadBackVerdict::NotChecked});
        if (level >= 3 && random.bounded(6) == 0) {
            const QStringList &higher = byLevel.at(random.bounded(1, level - 1));
            session.links.append({card.id, higher.at(random.bounded(int(higher.size()))), ReadBackVerdict::NotChecked});
        }
        byLevel[level].append(card.id);
    }
    return session;
}

QString BenchSessions::cardWithOneLink(const Session &session)
{
    QHash<QString, int> degree;
    for (const CausalLink &link : session.links) {
        ++degree[link.causeId];
        ++degree[link.effectId];
    }
    for (int i = int(session.cards.size()) / 2; i < session.cards.size(); ++i) {
        if (degree.value(session.cards.at(i).id) == 1)
            return session.cards.at(i).id;
    }
    return session.cards.last().id;
}

} // namespace Whyboard::Bench
