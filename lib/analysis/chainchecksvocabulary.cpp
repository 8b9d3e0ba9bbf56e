#include "analysis/chainchecksvocabulary.h"

namespace Whyboard {

namespace {

QStringList words(const char *spaceSeparated)
{
    return QString::fromUtf8(spaceSeparated).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// Alternatives separated by '|' at the top level; a '|' inside (...) or [...] belongs to
// the pattern itself.
QStringList lines(const char *barSeparated)
{
    const QString text = QString::fromUtf8(barSeparated);
    QStringList result;
    QString current;
    int depth = 0;
    for (const QChar c : text) {
        if (c == QLatin1Char('(') || c == QLatin1Char('['))
            ++depth;
        else if (c == QLatin1Char(')') || c == QLatin1Char(']'))
            --depth;
        if (c == QLatin1Char('|') && depth == 0) {
            if (!current.isEmpty())
                result.append(current);
            current.clear();
        } else {
            current.append(c);
        }
    }
    if (!current.isEmpty())
        result.append(current);
    return result;
}

ChainChecksVocabulary english()
{
    ChainChecksVocabulary v;
    v.language = QStringLiteral("en");
    v.compoundConjunctions = lines("and|as well as|and also|plus|&");
    v.rangeWords = words("between both");
    v.abbreviations = words("e.g i.e etc vs approx incl esp min max no dr mr mrs ms st");
    v.humanErrorPatterns = lines("human errors?|operator errors?|user errors?|pilot errors?|mistakes?|mistakenly"
                                 "|forg[eo]t\\w*|careless\\w*|typos?|typing errors?|oversights?|overlooked"
                                 "|fat[- ]finger\\w*|misclick\\w*|by accident|accidentally|didn'?t notice"
                                 "|not paying attention|inattention");
    v.blamePatterns = lines("at fault|(?:his|her|their|my|your|our) fault|\\w+['’]s fault|fault of|fault lies"
                            "|should(?:n['’]?t)? have|should['’]ve|ought to have|blam\\w*|stupid\\w*|careless\\w*"
                            "|incompeten\\w*|lazy|laziness|sloppy|negligen\\w*|idiot\\w*|dumb|reckless\\w*"
                            "|clueless|screwed up|messed up|didn['’]?t bother");
    v.clauseStarters = lines("and|because|since|when|but|then|so|after|before|as|while|until");
    v.actionVerbs = words(
        "add adopt alert align allow archive assign audit automate avoid back block build cap change check "
        "clarify clean configure create deduplicate define delete deploy deprecate design disable document "
        "drill enable enforce ensure escalate establish evaluate extend fix gate hire hold implement improve "
        "include increase install introduce investigate isolate label limit lock log make measure merge "
        "migrate monitor move notify organise organize page pair plan practice practise prevent protect "
        "provide publish rate-limit record reduce refactor rehearse remove rename replace report require "
        "restrict review revoke rewrite roll rotate run schedule separate set share simplify split "
        "standardise standardize start stop switch tag teach test throttle track train update upgrade use "
        "validate verify version warn write "
        "announce appoint ask cover communicate contact coordinate decide decommission discuss draft draw "
        "email expand explain expose fill find follow gather give grant harden host invite keep link list "
        "lower map mark name onboard open own prepare prioritise prioritize put raise read reassign recover "
        "remind request reset restore retire return revisit save scan secure select send show sign spell "
        "store subscribe tighten transfer turn unify watch wrap");
    v.verbEndings = words("ize ise ify ate");
    v.markers = words("the a an to for of with on in and is was not");
    v.notVerbs = words(
        "certificate private candidate state date rate template late immediate ultimate accurate adequate "
        "corporate delicate senate climate plate gate noise promise premise expertise enterprise precise "
        "concise wise otherwise franchise size prize");
    return v;
}

ChainChecksVocabulary german()
{
    ChainChecksVocabulary v;
    v.language = QStringLiteral("de");
    v.compoundConjunctions = lines("und|sowie|als auch|und außerdem|und zudem");
    v.rangeWords = words("zwischen sowohl");
    v.abbreviations = words("z.B z.b bzw usw ca ggf d.h u.a evtl inkl vgl nr dr");
    v.humanErrorPatterns = lines("menschliche[sn]? (?:Versagen|Fehler)|menschlicher Fehler|Bedienfehler"
                                 "|Fehlbedienung|vergessen|verga(?:ß|ss)\\w*|Tippfehler|Flüchtigkeitsfehler"
                                 "|aus Versehen|versehentlich|unachtsam\\w*|Unachtsamkeit|nachlässig\\w*"
                                 "|übersehen|nicht aufgepasst");
    v.blamePatterns = lines("schuld\\w*|verschuldet|Schuldige\\w*|hätten? (?:\\w+ ){0,6}(?:sollen|müssen)"
                            "|dumm|dumme[nmrs]?|Dummheit|blöd\\w*|unfähig\\w*|inkompetent\\w*|faul|schlampig\\w*|fahrlässig\\w*"
                            "|nachlässig\\w*|leichtsinnig\\w*|Idiot\\w*|verbockt|verpfuscht");
    v.clauseStarters = lines("und|weil|da|als|aber|dann|nachdem|bevor|während|denn|sodass");
    v.actionVerbs = words(
        "füge hinzufügen erstelle erstellen richte einrichten automatisiere automatisieren prüfe prüfen "
        "überprüfe überprüfen dokumentiere dokumentieren schreibe schreiben schule schulen teste testen "
        "entferne entfernen ändere ändern aktualisiere aktualisieren ergänze ergänzen definiere definieren "
        "führe einführen lege anlegen festlegen sperre sperren beschränke beschränken begrenze begrenzen "
        "überwache überwachen migriere migrieren trenne trennen plane planen verbessere verbessern "
        "benachrichtige benachrichtigen stelle sicherstellen aktiviere aktivieren deaktiviere deaktivieren "
        "konfiguriere konfigurieren alarmiere alarmieren übe üben erhöhe erhöhen reduziere reduzieren "
        "ersetze ersetzen validiere validieren vereinfache vereinfachen verschiebe verschieben baue bauen "
        "setze setzen nutze nutzen verwende verwenden");
    v.verbEndings = words("ieren iere");
    v.markers = words("der die das den dem des ein eine einen für mit und auf bei im zu nicht von ist wurde");
    v.infinitiveMayComeLast = true;
    return v;
}

ChainChecksVocabulary french()
{
    ChainChecksVocabulary v;
    v.language = QStringLiteral("fr");
    v.compoundConjunctions = lines("et|ainsi que|de même que|et aussi|et également");
    v.rangeWords = words("entre");
    v.abbreviations = words("p.ex ex cf etc env no n° mme m dr");
    v.humanErrorPatterns = lines("erreurs? humaines?|erreurs? de manipulation|erreurs? d['’]inattention"
                                 "|oubli\\w*|a oublié|faute de frappe|fautes de frappe|coquilles?|étourderie"
                                 "|négligen\\w*|inattention|par mégarde|par erreur|maladresse");
    v.blamePatterns = lines("(?:sa|ta|ma|leur|votre|notre|la) faute(?! de frappe)|faute à|c['’]est de (?:sa|leur) faute"
                            "|aurai(?:t|s|ent) dû|aurai(?:t|s|ent) pu éviter|blâm\\w*|reproch\\w*|coupables?"
                            "|stupides?|idiote?s?|incompétente?s?|incompétence|négligente?s?|paresseu(?:x|se)"
                            "|bêtes?|imbéciles?|irresponsables?|insouciante?s?");
    v.clauseStarters = lines("et|car|quand|mais|puis|parce que|lorsque|comme|alors");
    v.actionVerbs = words(
        "ajouter ajoutez ajoute créer créez crée automatiser automatisez documenter documentez vérifier "
        "vérifiez tester testez former formez supprimer supprimez mettre mettez définir définissez écrire "
        "écrivez configurer configurez activer activez désactiver désactivez limiter limitez restreindre "
        "surveiller surveillez migrer séparer planifier améliorer améliorez réduire réduisez remplacer "
        "valider validez revoir réviser corriger corrigez bloquer alerter prévenir notifier sauvegarder "
        "exiger imposer instaurer organiser partager publier renommer suivre installer déployer auditer "
        "sensibiliser établir");
    v.verbEndings = words("er ir re ez");
    v.markers = words("le la les des du de un une pour avec sur dans et à au aux est pas");
    v.notVerbs = words(
        "notre votre autre entre contre premier dernier fichier dossier clavier papier quartier métier hier "
        "cahier chantier courrier calendrier livre titre ordre nombre membre centre lettre fenêtre registre "
        "paramètre propre libre pire leur plusieurs chaque super sur pour par");
    return v;
}

} // namespace

const QList<ChainChecksVocabulary> &chainChecksVocabularies()
{
    static const QList<ChainChecksVocabulary> vocabularies{english(), german(), french()};
    return vocabularies;
}

} // namespace Whyboard
