<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ActionBalance</name>
    <message>
        <source>A checklist step or review for next week?</source>
        <translation>Ein Checklistenschritt oder ein Review für nächste Woche?</translation>
    </message>
    <message>
        <source>A change to how the team works this quarter?</source>
        <translation>Eine Änderung der Arbeitsweise des Teams in diesem Quartal?</translation>
    </message>
    <message>
        <source>A policy that makes this class of incident impossible?</source>
        <translation>Eine Richtlinie, die diese Art von Vorfall unmöglich macht?</translation>
    </message>
    <message>
        <source>A quick guard: an alert, a limit, a confirmation?</source>
        <translation>Eine schnelle Absicherung: ein Alarm, ein Limit, eine Bestätigung?</translation>
    </message>
    <message>
        <source>A fix in the tooling or the architecture?</source>
        <translation>Eine Korrektur in den Werkzeugen oder der Architektur?</translation>
    </message>
    <message>
        <source>A redesign that removes the failure mode?</source>
        <translation>Ein Neuentwurf, der diese Fehlerart beseitigt?</translation>
    </message>
    <message>
        <source>A runbook note or a heads-up to the team?</source>
        <translation>Ein Runbook-Eintrag oder ein Hinweis ans Team?</translation>
    </message>
    <message>
        <source>A drill or a walkthrough of this incident?</source>
        <translation>Eine Übung oder ein Durchgehen dieses Vorfalls?</translation>
    </message>
    <message>
        <source>Onboarding that teaches what was learned here?</source>
        <translation>Ein Onboarding, das vermittelt, was hier gelernt wurde?</translation>
    </message>
</context>
<context>
    <name>ActionTemplates</name>
    <message>
        <source>Change the process so that this cannot recur: %1</source>
        <translation>Den Prozess so ändern, dass sich dies nicht wiederholen kann: %1</translation>
    </message>
    <message>
        <source>Add a technical safeguard against: %1</source>
        <translation>Eine technische Absicherung einbauen gegen: %1</translation>
    </message>
    <message>
        <source>Train the team on: %1</source>
        <translation>Das Team schulen zu: %1</translation>
    </message>
</context>
<context>
    <name>AddActionCommand</name>
    <message>
        <source>Add action item</source>
        <translation>Maßnahme hinzufügen</translation>
    </message>
</context>
<context>
    <name>AddCardCommand</name>
    <message>
        <source>Add problem</source>
        <translation>Problem hinzufügen</translation>
    </message>
    <message>
        <source>Add why</source>
        <translation>Warum hinzufügen</translation>
    </message>
</context>
<context>
    <name>AddEventCommand</name>
    <message>
        <source>Add timeline event</source>
        <translation>Ereignis zur Zeitleiste hinzufügen</translation>
    </message>
</context>
<context>
    <name>AddLinkCommand</name>
    <message>
        <source>Link cards</source>
        <translation>Karten verknüpfen</translation>
    </message>
</context>
<context>
    <name>AddParticipantCommand</name>
    <message>
        <source>Add participant</source>
        <translation>Teilnehmer hinzufügen</translation>
    </message>
</context>
<context>
    <name>BoardImageExporter</name>
    <message>
        <source>Cannot write "%1": the board has no cards.</source>
        <translation>„%1“ kann nicht geschrieben werden: Das Board hat keine Karten.</translation>
    </message>
    <message>
        <source>Cannot write "%1": %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Why chain of the postmortem "%1"</source>
        <translation>Warum-Kette des Postmortems „%1“</translation>
    </message>
    <message>
        <source>Cannot write "%1": the drawing could not be started.</source>
        <translation>„%1“ kann nicht geschrieben werden: Die Zeichnung konnte nicht begonnen werden.</translation>
    </message>
</context>
<context>
    <name>BoardTheme</name>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Projector (high contrast)</source>
        <translation>Beamer (hoher Kontrast)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
</context>
<context>
    <name>CardLabels</name>
    <message>
        <source>(new card, no text yet)</source>
        <translation>(neue Karte, noch ohne Text)</translation>
    </message>
</context>
<context>
    <name>ChainChecks</name>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>No whys yet.</source>
        <translation>Noch keine Warum-Karten.</translation>
    </message>
    <message>
        <source>Ask why the problem happened.</source>
        <translation>Fragen Sie, warum das Problem auftrat.</translation>
    </message>
    <message>
        <source>Only %1 of %2 whys deep: this may still be a symptom.</source>
        <translation>Erst %1 von %2 Warum-Ebenen tief: Das ist vielleicht noch ein Symptom.</translation>
    </message>
    <message>
        <source>Ask why again.</source>
        <translation>Fragen Sie noch einmal: Warum?</translation>
    </message>
    <message>
        <source>This card states two causes.</source>
        <translation>Diese Karte nennt zwei Ursachen.</translation>
    </message>
    <message>
        <source>No evidence for this cause yet.</source>
        <translation>Noch kein Beleg für diese Ursache.</translation>
    </message>
    <message>
        <source>How do you know? Add the evidence and mark it verified.</source>
        <translation>Woher wissen Sie das? Ergänzen Sie den Beleg und markieren Sie ihn als geprüft.</translation>
    </message>
    <message>
        <source>The evidence is not verified yet.</source>
        <translation>Der Beleg ist noch nicht geprüft.</translation>
    </message>
    <message>
        <source>How do you know? Check the evidence and mark it verified.</source>
        <translation>Woher wissen Sie das? Prüfen Sie den Beleg und markieren Sie ihn als geprüft.</translation>
    </message>
    <message>
        <source>Human error is a symptom, never the cause: what let it happen?</source>
        <translation>Menschliches Versagen ist ein Symptom, nie die Ursache: Was hat es möglich gemacht?</translation>
    </message>
    <message>
        <source>This root cause names a person: %1.</source>
        <translation>Diese Grundursache nennt eine Person: %1.</translation>
    </message>
    <message>
        <source>This root cause is a human error: %1.</source>
        <translation>Diese Grundursache ist menschliches Versagen: %1.</translation>
    </message>
    <message>
        <source>Reword it neutrally: say what happened and what made it possible, not who is to blame.</source>
        <translation>Formulieren Sie neutral: was geschah und was es möglich machte, nicht wer schuld ist.</translation>
    </message>
    <message>
        <source>Blame language: %1.</source>
        <translation>Schuldzuweisende Sprache: %1.</translation>
    </message>
    <message>
        <source>A person is the subject here: %1.</source>
        <translation>Hier ist eine Person das Subjekt: %1.</translation>
    </message>
    <message>
        <source>Name the role or the system instead (“the deploy script”, “the on-call engineer”).</source>
        <translation>Nennen Sie stattdessen die Rolle oder das System („das Deploy-Skript“, „die Rufbereitschaft“).</translation>
    </message>
    <message>
        <source>Add a process, technology or training action.</source>
        <translation>Ergänzen Sie eine Maßnahme zu Prozess, Technik oder Schulung.</translation>
    </message>
    <message>
        <source>No action item addresses this cause.</source>
        <translation>Keine Maßnahme geht diese Ursache an.</translation>
    </message>
    <message>
        <source>No improvement considered for detecting this sooner.</source>
        <translation>Keine Verbesserung erwogen, um dies früher zu erkennen.</translation>
    </message>
    <message>
        <source>No improvement considered for escalating this faster.</source>
        <translation>Keine Verbesserung erwogen, um dies schneller zu eskalieren.</translation>
    </message>
    <message>
        <source>No improvement considered for mitigating this faster.</source>
        <translation>Keine Verbesserung erwogen, um dies schneller einzudämmen.</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>niemand verantwortlich</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>kein Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>does not start with a verb</source>
        <translation>sagt nicht mit einem Verb, was zu tun ist</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Make it doable: who does it, by when, starting with what to do (“Add…”, “Automate…”).</source>
        <translation>Machen Sie sie umsetzbar: wer, bis wann, und mit einem Verb, was zu tun ist („Alarm ergänzen…“, „Deploy automatisieren…“).</translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation>Person %1</translation>
    </message>
    <message>
        <source>Too shallow</source>
        <translation>Zu flach</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>Ungeprüft</translation>
    </message>
    <message>
        <source>Human error as a root cause</source>
        <translation>Menschliches Versagen als Grundursache</translation>
    </message>
    <message>
        <source>Blame language</source>
        <translation>Schuldzuweisende Sprache</translation>
    </message>
    <message>
        <source>No action</source>
        <translation>Keine Maßnahme</translation>
    </message>
    <message>
        <source>Action quality</source>
        <translation>Qualität der Maßnahme</translation>
    </message>
    <message numerus="yes">
        <source>This card states %n causes.</source>
        <translation>
            <numerusform>Diese Karte nennt %n Ursache.</numerusform>
            <numerusform>Diese Karte nennt %n Ursachen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Split it into %1.</source>
        <translation>Teilen Sie sie auf in %1.</translation>
    </message>
    <message>
        <source>vague, no outcome anyone could check: %1</source>
        <translation>vage, ohne überprüfbares Ergebnis: %1</translation>
    </message>
    <message>
        <source>Name a change the room can verify later (“Require a second reviewer for config changes”), with an owner and a date.</source>
        <translation>Nennen Sie eine Änderung, die die Runde später prüfen kann („Zweites Review für Konfigurationsänderungen vorschreiben“), mit einer verantwortlichen Person und einem Datum.</translation>
    </message>
    <message>
        <source>Several causes on one card</source>
        <translation>Mehrere Ursachen auf einer Karte</translation>
    </message>
    <message>
        <source>Seen before</source>
        <translation>Schon einmal aufgetreten</translation>
    </message>
</context>
<context>
    <name>ChainChecksVocabulary</name>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <source>is not a valid regular expression: %1 (at character %2)</source>
        <translation>ist kein gültiger regulärer Ausdruck: %1 (bei Zeichen %2)</translation>
    </message>
    <message>
        <source>must be one word</source>
        <translation>muss ein einzelnes Wort sein</translation>
    </message>
    <message>
        <source>must be written in lower case</source>
        <translation>muss kleingeschrieben sein</translation>
    </message>
    <message>
        <source>must be a list of strings</source>
        <translation>muss eine Liste von Zeichenketten sein</translation>
    </message>
    <message>
        <source>entry %1 is not a string</source>
        <translation>Eintrag %1 ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>entry %1 (“%2”) %3</source>
        <translation>Eintrag %1 („%2“) %3</translation>
    </message>
    <message>
        <source>%1: “%2” %3</source>
        <translation>%1: „%2“ %3</translation>
    </message>
    <message>
        <source>is not a known key (a typo?)</source>
        <translation>ist kein bekannter Schlüssel (ein Tippfehler?)</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>must be a language code such as “en” or “pt_BR”</source>
        <translation>muss ein Sprachcode wie „en“ oder „pt_BR“ sein</translation>
    </message>
    <message>
        <source>is missing (an empty list [] is fine)</source>
        <translation>fehlt (eine leere Liste [] genügt)</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>%1: the file must hold one JSON object { ... }</source>
        <translation>%1: Die Datei muss genau ein JSON-Objekt { ... } enthalten</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: “language” is “%2” but the file name says “%3”</source>
        <translation>%1: „language“ ist „%2“, aber der Dateiname sagt „%3“</translation>
    </message>
    <message>
        <source>%1: no vocabulary-&lt;language&gt;.json files: the chain checks know no words</source>
        <translation>%1: keine vocabulary-&lt;Sprache&gt;.json-Dateien: Die Kettenprüfungen kennen keine Wörter</translation>
    </message>
</context>
<context>
    <name>DismissFindingCommand</name>
    <message>
        <source>Dismiss finding</source>
        <translation>Befund verwerfen</translation>
    </message>
</context>
<context>
    <name>EditActionCommand</name>
    <message>
        <source>Edit action text</source>
        <translation>Text der Maßnahme bearbeiten</translation>
    </message>
    <message>
        <source>Edit action owner</source>
        <translation>Verantwortliche der Maßnahme ändern</translation>
    </message>
    <message>
        <source>Edit tracker link</source>
        <translation>Tracker-Link bearbeiten</translation>
    </message>
    <message>
        <source>Edit action item</source>
        <translation>Maßnahme bearbeiten</translation>
    </message>
</context>
<context>
    <name>EditCardCommand</name>
    <message>
        <source>Edit card text</source>
        <translation>Kartentext bearbeiten</translation>
    </message>
    <message>
        <source>Edit evidence</source>
        <translation>Beleg bearbeiten</translation>
    </message>
    <message>
        <source>Mark evidence verified</source>
        <translation>Beleg als geprüft markieren</translation>
    </message>
    <message>
        <source>Mark evidence unverified</source>
        <translation>Beleg als ungeprüft markieren</translation>
    </message>
    <message>
        <source>Edit card</source>
        <translation>Karte bearbeiten</translation>
    </message>
    <message>
        <source>Edit reason for no action</source>
        <translation>Begründung für „keine Maßnahme“ bearbeiten</translation>
    </message>
    <message>
        <source>Accept without action</source>
        <translation>Ohne Maßnahme akzeptieren</translation>
    </message>
    <message>
        <source>Withdraw "no action"</source>
        <translation>„Keine Maßnahme“ zurücknehmen</translation>
    </message>
    <message>
        <source>Clear cause category</source>
        <translation>Ursachenkategorie entfernen</translation>
    </message>
    <message>
        <source>Set cause category to %1</source>
        <translation>Ursachenkategorie auf %1 setzen</translation>
    </message>
    <message>
        <source>Edit card tags</source>
        <translation>Karten-Tags bearbeiten</translation>
    </message>
</context>
<context>
    <name>EditEventCommand</name>
    <message>
        <source>Edit event text</source>
        <translation>Ereignistext bearbeiten</translation>
    </message>
    <message>
        <source>Edit timeline event</source>
        <translation>Ereignis der Zeitleiste bearbeiten</translation>
    </message>
</context>
<context>
    <name>EditParkedIdeaCommand</name>
    <message>
        <source>Edit parked idea</source>
        <translation>Geparkte Idee bearbeiten</translation>
    </message>
</context>
<context>
    <name>EditParticipantCommand</name>
    <message>
        <source>Rename participant</source>
        <translation>Teilnehmer umbenennen</translation>
    </message>
    <message>
        <source>Edit participant</source>
        <translation>Teilnehmer bearbeiten</translation>
    </message>
</context>
<context>
    <name>EditSessionFieldCommand</name>
    <message>
        <source>Edit title</source>
        <translation>Titel bearbeiten</translation>
    </message>
    <message>
        <source>Edit summary</source>
        <translation>Zusammenfassung bearbeiten</translation>
    </message>
    <message>
        <source>Change severity</source>
        <translation>Schweregrad ändern</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Status ändern</translation>
    </message>
    <message>
        <source>Change start time</source>
        <translation>Beginn ändern</translation>
    </message>
    <message>
        <source>Change detection time</source>
        <translation>Erkennungszeitpunkt ändern</translation>
    </message>
    <message>
        <source>Change resolution time</source>
        <translation>Behebungszeitpunkt ändern</translation>
    </message>
    <message>
        <source>Edit impact</source>
        <translation>Auswirkung bearbeiten</translation>
    </message>
    <message>
        <source>Change users affected</source>
        <translation>Betroffene Nutzer ändern</translation>
    </message>
    <message>
        <source>Change cost per minute</source>
        <translation>Kosten pro Minute ändern</translation>
    </message>
    <message>
        <source>Change currency</source>
        <translation>Währung ändern</translation>
    </message>
    <message>
        <source>Edit facilitator</source>
        <translation>Moderation ändern</translation>
    </message>
</context>
<context>
    <name>FindingGroups</name>
    <message>
        <source>Event %1</source>
        <translation>Ereignis %1</translation>
    </message>
    <message>
        <source>Action %1</source>
        <translation>Maßnahme %1</translation>
    </message>
</context>
<context>
    <name>FishboneExporter</name>
    <message>
        <source>Cannot write "%1": %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write "%1": the session has no cards.</source>
        <translation>„%1“ kann nicht geschrieben werden: Die Sitzung hat keine Karten.</translation>
    </message>
    <message>
        <source>Cannot write "%1": a fishbone is written as .png, .svg or .pdf.</source>
        <translation>„%1“ kann nicht geschrieben werden: Eine Fischgräte wird als .png, .svg oder .pdf geschrieben.</translation>
    </message>
    <message>
        <source>Fishbone of the postmortem "%1"</source>
        <translation>Fischgräte des Postmortems „%1“</translation>
    </message>
    <message>
        <source>Cannot write "%1": the drawing could not be started.</source>
        <translation>„%1“ kann nicht geschrieben werden: Die Zeichnung konnte nicht begonnen werden.</translation>
    </message>
    <message>
        <source>Untitled postmortem</source>
        <translation>Unbenanntes Postmortem</translation>
    </message>
    <message>
        <source>Fishbone: the causes by category</source>
        <translation>Fischgräte: die Ursachen nach Kategorie</translation>
    </message>
</context>
<context>
    <name>FishboneLayout</name>
    <message>
        <source>Uncategorised</source>
        <translation>Ohne Kategorie</translation>
    </message>
</context>
<context>
    <name>FishbonePainter</name>
    <message>
        <source>PROBLEM</source>
        <translation>PROBLEM</translation>
    </message>
    <message>
        <source>What went wrong?</source>
        <translation>Was ist schiefgelaufen?</translation>
    </message>
    <message>
        <source>VERIFIED</source>
        <translation>BELEGT</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Warum?</translation>
    </message>
</context>
<context>
    <name>IncidentMetrics</name>
    <message>
        <source>The start time is not set, so time to detect, time to resolve and cost are unknown.</source>
        <translation>Der Beginn ist nicht gesetzt, daher sind Zeit bis zur Erkennung, Zeit bis zur Behebung und Kosten unbekannt.</translation>
    </message>
    <message>
        <source>The detection time is not set, so time to detect is unknown.</source>
        <translation>Der Erkennungszeitpunkt ist nicht gesetzt, daher ist die Zeit bis zur Erkennung unbekannt.</translation>
    </message>
    <message>
        <source>The resolution time is not set, so time to resolve, duration and cost are unknown.</source>
        <translation>Der Behebungszeitpunkt ist nicht gesetzt, daher sind Zeit bis zur Behebung, Dauer und Kosten unbekannt.</translation>
    </message>
    <message>
        <source>The incident was detected before it started: check the start and detection times.</source>
        <translation>Der Vorfall wurde erkannt, bevor er begann: Prüfen Sie Beginn und Erkennungszeitpunkt.</translation>
    </message>
    <message>
        <source>The incident was resolved before it started: check the start and resolution times.</source>
        <translation>Der Vorfall wurde behoben, bevor er begann: Prüfen Sie Beginn und Behebungszeitpunkt.</translation>
    </message>
    <message>
        <source>The incident was resolved before it was detected: check the detection and resolution times.</source>
        <translation>Der Vorfall wurde behoben, bevor er erkannt wurde: Prüfen Sie Erkennungs- und Behebungszeitpunkt.</translation>
    </message>
    <message>
        <source>The cost per minute is negative, so the cost is unknown.</source>
        <translation>Die Kosten pro Minute sind negativ, daher sind die Kosten unbekannt.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 h</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Schwer</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Gering</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A choice on the severity ladder: the level's number and its name, "2 — Major".</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Severity not rated</source>
        <translation>Schweregrad nicht bewertet</translation>
    </message>
    <message>
        <source>SEV %1 · %2</source>
        <translation>SEV %1 · %2</translation>
    </message>
    <message>
        <source>The site is down, or customer data is lost. The status page is the most visited page today.</source>
        <translation>Die Website ist down oder Kundendaten sind verloren. Die Statusseite ist heute die meistbesuchte Seite.</translation>
    </message>
    <message>
        <source>A major feature is broken for many users, or the company account posted something meant for a private one. Someone senior is already asking.</source>
        <translation>Eine wichtige Funktion ist für viele Nutzer kaputt, oder das Firmenkonto hat etwas gepostet, das für ein privates gedacht war. Die Chefetage fragt schon nach.</translation>
    </message>
    <message>
        <source>Degraded: slow pages, a failed nightly job, or every user got an e-mail that starts "Hello FName!". Embarrassing, survivable.</source>
        <translation>Beeinträchtigt: langsame Seiten, ein fehlgeschlagener nächtlicher Job, oder alle Nutzer bekamen eine E-Mail, die mit „Hallo FName!“ beginnt. Peinlich, aber verkraftbar.</translation>
    </message>
    <message>
        <source>Minor: a few users noticed, a workaround existed, and nobody had to cancel dinner.</source>
        <translation>Gering: wenige Nutzer haben es bemerkt, es gab einen Workaround, und niemand musste das Abendessen absagen.</translation>
    </message>
    <message>
        <source>How bad was it? Pick a level once the room agrees.</source>
        <translation>Wie schlimm war es? Wählen Sie eine Stufe, sobald sich die Runde einig ist.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation>Nicht verknüpft</translation>
    </message>
    <message>
        <source>Why %1</source>
        <extracomment>A cause card at its depth in the chain: "Why 2".</extracomment>
        <translation>Warum %1</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>Erkennung</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Eskalation</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Eindämmung</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Behebung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>Keine Kategorie</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>Technik</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Schulung</translation>
    </message>
    <message>
        <source>No horizon</source>
        <translation>Kein Horizont</translation>
    </message>
    <message>
        <source>Short term</source>
        <translation>Kurzfristig</translation>
    </message>
    <message>
        <source>Medium term</source>
        <translation>Mittelfristig</translation>
    </message>
    <message>
        <source>Long term</source>
        <translation>Langfristig</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Introduced</source>
        <translation>Eingebracht</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>Erkannt</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>Reagiert</translation>
    </message>
    <message>
        <source>Debugged</source>
        <translation>Analysiert</translation>
    </message>
    <message>
        <source>Interested</source>
        <translation>Interessiert</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Trägt</translation>
    </message>
    <message>
        <source>Does not hold</source>
        <translation>Trägt nicht</translation>
    </message>
    <message>
        <source>Why %1 / %2</source>
        <extracomment>A cause reached by routes of different lengths: "Why 3 / 5" (shortest / longest).</extracomment>
        <translation>Warum %1 / %2</translation>
    </message>
</context>
<context>
    <name>LibraryDialogs</name>
    <message>
        <source>Open Library</source>
        <translation>Bibliothek öffnen</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Kopie speichern</translation>
    </message>
    <message>
        <source>What should the copy hold?</source>
        <translation>Was soll die Kopie enthalten?</translation>
    </message>
    <message>
        <source>This Session</source>
        <translation>Diese Sitzung</translation>
    </message>
    <message>
        <source>The Whole Library</source>
        <translation>Die ganze Bibliothek</translation>
    </message>
    <message>
        <source>The library %1 could not be opened.</source>
        <translation>Die Bibliothek %1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Cannot Open Library</source>
        <translation>Bibliothek kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>You can look at it read-only while the other window keeps working on it.</source>
        <translation>Sie können sie schreibgeschützt ansehen, während das andere Fenster weiter daran arbeitet.</translation>
    </message>
    <message>
        <source>A newer Whyboard made it. You can look at it read-only; this version will not change it.</source>
        <translation>Ein neueres Whyboard hat sie erstellt. Sie können sie schreibgeschützt ansehen; diese Version ändert sie nicht.</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>Untitled session</source>
        <translation>Unbenannte Sitzung</translation>
    </message>
    <message>
        <source>%1 (deleted %2)</source>
        <translation>%1 (gelöscht am %2)</translation>
    </message>
    <message>
        <source>Restore Deleted Session</source>
        <translation>Gelöschte Sitzung wiederherstellen</translation>
    </message>
    <message>
        <source>Session to restore:</source>
        <translation>Wiederherzustellende Sitzung:</translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>Papierkorb leeren</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n session(s) in the trash for good? This cannot be undone.</source>
        <translation>
            <numerusform>%n Sitzung im Papierkorb endgültig löschen? Das kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>%n Sitzungen im Papierkorb endgültig löschen? Das kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes Not Saved</source>
        <translation>Änderungen nicht gespeichert</translation>
    </message>
    <message>
        <source>The last change could not be written to the library.

%1</source>
        <translation>Die letzte Änderung konnte nicht in die Bibliothek geschrieben werden.

%1</translation>
    </message>
</context>
<context>
    <name>MarkdownChecks</name>
    <message>
        <source>set aside</source>
        <translation>zurückgestellt</translation>
    </message>
    <message>
        <source>set aside: %1</source>
        <translation>zurückgestellt: %1</translation>
    </message>
    <message>
        <source>The chain checks found nothing to point out.</source>
        <translation>Die Kettenprüfungen haben nichts zu beanstanden.</translation>
    </message>
    <message>
        <source>%1, %2 set aside</source>
        <translation>%1, davon %2 zurückgestellt</translation>
    </message>
    <message>
        <source>Set aside:</source>
        <translation>Zurückgestellt:</translation>
    </message>
</context>
<context>
    <name>MarkdownExporter</name>
    <message>
        <source>verified</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>evidence: %1</source>
        <translation>Beleg: %1</translation>
    </message>
    <message>
        <source>see above</source>
        <translation>siehe oben</translation>
    </message>
    <message>
        <source>Untitled incident</source>
        <translation>Unbenannter Vorfall</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>No summary written yet.</source>
        <translation>Noch keine Zusammenfassung geschrieben.</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>Users affected: %1</source>
        <translation>Betroffene Nutzer: %1</translation>
    </message>
    <message>
        <source>Cost per minute: %1</source>
        <translation>Kosten pro Minute: %1</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Beteiligte</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Part in the incident</source>
        <translation>Rolle im Vorfall</translation>
    </message>
    <message>
        <source>Why chain</source>
        <translation>Warum-Kette</translation>
    </message>
    <message>
        <source>The board has no cards yet.</source>
        <translation>Das Board hat noch keine Karten.</translation>
    </message>
    <message>
        <source>Not yet connected to the problem</source>
        <translation>Noch nicht mit dem Problem verbunden</translation>
    </message>
    <message>
        <source>Read-back</source>
        <translation>Vorlesen</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>No timeline recorded.</source>
        <translation>Keine Zeitleiste erfasst.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>No action items yet.</source>
        <translation>Noch keine Maßnahmen.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Horizont</translation>
    </message>
    <message>
        <source>Tracker</source>
        <translation>Tracker</translation>
    </message>
    <message>
        <source>Chain checks</source>
        <translation>Kettenprüfungen</translation>
    </message>
    <message>
        <source>Exported from Whyboard on %1.</source>
        <translation>Aus Whyboard exportiert am %1.</translation>
    </message>
    <message>
        <source>Cannot write "%1": %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Parking lot</source>
        <translation>Parkplatz</translation>
    </message>
    <message>
        <source>Ideas raised during the meeting, not yet action items.</source>
        <translation>In der Besprechung eingebrachte Ideen, noch keine Maßnahmen.</translation>
    </message>
    <message>
        <source>%1 more characters left out</source>
        <translation>%1 weitere Zeichen ausgelassen</translation>
    </message>
    <message>
        <source>The chain has %1 cards and %2 links, more than a wiki draws as a diagram; the list below and the read-back hold all of it.</source>
        <translation>Die Kette hat %1 Karten und %2 Verknüpfungen, mehr als ein Wiki als Diagramm darstellt; die Liste unten und das Vorlesen enthalten sie vollständig.</translation>
    </message>
</context>
<context>
    <name>MarkdownReadBack</name>
    <message>
        <source>chain %1, step %2</source>
        <translation>Kette %1, Schritt %2</translation>
    </message>
    <message>
        <source>therefore</source>
        <translation>deshalb</translation>
    </message>
    <message>
        <source>the room found this step does not hold</source>
        <translation>laut Runde trägt dieser Schritt nicht</translation>
    </message>
    <message>
        <source>No chain reaches the problem yet.</source>
        <translation>Noch keine Kette führt bis zum Problem.</translation>
    </message>
    <message>
        <source>Each chain is read once, from its root cause up. A chain that reaches a cause already read ends with where it continues.</source>
        <translation>Jede Kette wird einmal gelesen, von ihrer Grundursache aufwärts. Eine Kette, die eine bereits gelesene Ursache erreicht, endet mit dem Hinweis, wo sie weitergeht.</translation>
    </message>
    <message>
        <source>Chain %1</source>
        <translation>Kette %1</translation>
    </message>
    <message>
        <source>its first cause is explained in another chain</source>
        <translation>ihre erste Ursache wird in einer anderen Kette erklärt</translation>
    </message>
    <message>
        <source>does not hold</source>
        <translation>trägt nicht</translation>
    </message>
    <message>
        <source>also leads to %1</source>
        <translation>führt auch zu %1</translation>
    </message>
    <message>
        <source>continues as in %1: “%2”</source>
        <translation>geht weiter wie in %1: „%2“</translation>
    </message>
</context>
<context>
    <name>MeetingTimer</name>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Whys</source>
        <translation>Warum-Fragen</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Maßnahmen</translation>
    </message>
</context>
<context>
    <name>MermaidChart</name>
    <message>
        <source>does not hold</source>
        <translation>trägt nicht</translation>
    </message>
</context>
<context>
    <name>MoveCardsCommand</name>
    <message numerus="yes">
        <source>Move %n card(s)</source>
        <translation>
            <numerusform>%n Karte verschieben</numerusform>
            <numerusform>%n Karten verschieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParkIdeaCommand</name>
    <message>
        <source>Park idea</source>
        <translation>Idee parken</translation>
    </message>
</context>
<context>
    <name>RemoveActionsCommand</name>
    <message numerus="yes">
        <source>Delete %n action item(s)</source>
        <translation>
            <numerusform>%n Maßnahme löschen</numerusform>
            <numerusform>%n Maßnahmen löschen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveCardsCommand</name>
    <message numerus="yes">
        <source>Delete %n card(s)</source>
        <translation>
            <numerusform>%n Karte löschen</numerusform>
            <numerusform>%n Karten löschen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveEventsCommand</name>
    <message numerus="yes">
        <source>Delete %n timeline event(s)</source>
        <translation>
            <numerusform>%n Ereignis löschen</numerusform>
            <numerusform>%n Ereignisse löschen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveLinkCommand</name>
    <message>
        <source>Unlink cards</source>
        <translation>Verknüpfung der Karten lösen</translation>
    </message>
</context>
<context>
    <name>RemoveParticipantCommand</name>
    <message numerus="yes">
        <source>Remove %n participant(s)</source>
        <translation>
            <numerusform>%n Teilnehmer entfernen</numerusform>
            <numerusform>%n Teilnehmende entfernen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RepeatCauses</name>
    <message>
        <source>Seen in ‘%1’: %2</source>
        <translation>Gesehen in ‚%1‘: %2</translation>
    </message>
    <message>
        <source>Seen in ‘%1’ (%2): %3</source>
        <translation>Gesehen in ‚%1‘ (%2): %3</translation>
    </message>
    <message>
        <source>Open that session and compare: if its actions did not prevent this, say so on the card and in the new actions.</source>
        <translation>Öffnen Sie jene Sitzung und vergleichen Sie: Haben ihre Maßnahmen dies nicht verhindert, vermerken Sie das auf der Karte und in den neuen Maßnahmen.</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>Postmortem</source>
        <translation>Postmortem</translation>
    </message>
    <message>
        <source>Untitled incident</source>
        <translation>Unbenannter Vorfall</translation>
    </message>
    <message>
        <source>Facilitated by %1</source>
        <translation>Moderiert von %1</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Beteiligte</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Part in the incident</source>
        <translation>Rolle im Vorfall</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>No summary written yet.</source>
        <translation>Noch keine Zusammenfassung geschrieben.</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>No impact described yet.</source>
        <translation>Noch keine Auswirkung beschrieben.</translation>
    </message>
    <message>
        <source>Users affected: %1</source>
        <translation>Betroffene Nutzer: %1</translation>
    </message>
    <message>
        <source>Cost per minute: %1</source>
        <translation>Kosten pro Minute: %1</translation>
    </message>
    <message>
        <source>Why chain</source>
        <translation>Warum-Kette</translation>
    </message>
    <message>
        <source>The board has no cards yet.</source>
        <translation>Das Board hat noch keine Karten.</translation>
    </message>
    <message>
        <source>Each arrow points from a cause to what it explains.</source>
        <translation>Jeder Pfeil zeigt von einer Ursache auf das, was sie erklärt.</translation>
    </message>
    <message>
        <source>Read-back</source>
        <translation>Vorlesen</translation>
    </message>
    <message>
        <source>No chain reaches the problem yet.</source>
        <translation>Noch keine Kette führt bis zum Problem.</translation>
    </message>
    <message>
        <source>therefore</source>
        <translation>deshalb</translation>
    </message>
    <message>
        <source>(the room found this step does not hold)</source>
        <translation>(laut Runde trägt dieser Schritt nicht)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Top %1 of %2 action items</source>
        <translation>Die wichtigsten %1 von %2 Maßnahmen</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>No action items yet.</source>
        <translation>Noch keine Maßnahmen.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message numerus="yes">
        <source>Each arrow points from a cause to what it explains. The board is large: an overview shows where its %n parts are, and labels at their edges say in which part the chain goes on.</source>
        <translation>
            <numerusform>Jeder Pfeil zeigt von einer Ursache auf das, was sie erklärt. Das Board ist groß: Eine Übersicht zeigt, wo sein %n Teil liegt, und Hinweise an den Rändern sagen, in welchem Teil die Kette weitergeht.</numerusform>
            <numerusform>Jeder Pfeil zeigt von einer Ursache auf das, was sie erklärt. Das Board ist groß: Eine Übersicht zeigt, wo seine %n Teile liegen, und Hinweise an ihren Rändern sagen, in welchem Teil die Kette weitergeht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Overview: the whole chain and where its parts are</source>
        <translation>Übersicht: die ganze Kette und wo ihre Teile liegen</translation>
    </message>
    <message>
        <source>Part %1 of %2</source>
        <translation>Teil %1 von %2</translation>
    </message>
    <message>
        <source>→ part %1</source>
        <translation>→ Teil %1</translation>
    </message>
    <message>
        <source>from part %1</source>
        <translation>von Teil %1</translation>
    </message>
    <message>
        <source>Each chain read from its root cause up to the problem, "…, therefore …". Where a chain joins one already read, it says where to read on instead of repeating it.</source>
        <translation>Jede Kette, gelesen von ihrer Grundursache bis hinauf zum Problem: „…, deshalb …“. Wo eine Kette in eine bereits gelesene mündet, steht dort, wo weiterzulesen ist, statt sie zu wiederholen.</translation>
    </message>
    <message>
        <source>The chain read from its root cause up to the problem.</source>
        <translation>Die Kette, gelesen von ihrer Grundursache bis hinauf zum Problem.</translation>
    </message>
    <message>
        <source>chain %1, step %2: “%3”</source>
        <translation>Kette %1, Schritt %2: „%3“</translation>
    </message>
    <message>
        <source>(its causes are read in other chains)</source>
        <translation>(ihre Ursachen werden in anderen Ketten gelesen)</translation>
    </message>
    <message>
        <source>also leads to</source>
        <translation>führt auch zu</translation>
    </message>
    <message>
        <source>read on at %1</source>
        <translation>weiterlesen bei %1</translation>
    </message>
    <message>
        <source>Not linked to the problem yet</source>
        <translation>Noch nicht mit dem Problem verbunden</translation>
    </message>
</context>
<context>
    <name>ReportCauses</name>
    <message>
        <source>Verified</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>No evidence</source>
        <translation>Kein Beleg</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>Accepted, no action: %1</source>
        <translation>Akzeptiert, keine Maßnahme: %1</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>ohne Begründung</translation>
    </message>
    <message>
        <source>Causes and evidence</source>
        <translation>Ursachen und Belege</translation>
    </message>
    <message>
        <source>No causes on the board yet.</source>
        <translation>Noch keine Ursachen auf dem Board.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>Addressed by</source>
        <translation>Angegangen durch</translation>
    </message>
    <message>
        <source>No action yet</source>
        <translation>Noch keine Maßnahme</translation>
    </message>
</context>
<context>
    <name>ReportFigures</name>
    <message>
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Erkannt</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>Time to detect</source>
        <translation>Zeit bis zur Erkennung</translation>
    </message>
    <message>
        <source>Time to resolve</source>
        <translation>Zeit bis zur Behebung</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>at %1 a minute</source>
        <translation>bei %1 pro Minute</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Geschätzte Kosten</translation>
    </message>
</context>
<context>
    <name>ReportTables</name>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>No timeline recorded.</source>
        <translation>Keine Zeitleiste erfasst.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>No action items yet.</source>
        <translation>Noch keine Maßnahmen.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Chain checks</source>
        <translation>Kettenprüfungen</translation>
    </message>
    <message>
        <source>The chain checks found nothing to point out.</source>
        <translation>Die Kettenprüfungen haben nichts zu beanstanden.</translation>
    </message>
    <message>
        <source>Set aside by the room.</source>
        <translation>Von der Runde zurückgestellt.</translation>
    </message>
    <message>
        <source>Set aside by the room: %1</source>
        <translation>Von der Runde zurückgestellt: %1</translation>
    </message>
    <message>
        <source>Parking lot</source>
        <translation>Parkplatz</translation>
    </message>
    <message>
        <source>Idea raised during the meeting, not yet an action item</source>
        <translation>In der Besprechung eingebrachte Idee, noch keine Maßnahme</translation>
    </message>
    <message>
        <source>Times in %1.</source>
        <translation>Zeitangaben in %1.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiteres</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n found, %1 set aside</source>
        <translation>
            <numerusform>%n Befund, %1 zurückgestellt</numerusform>
            <numerusform>%n Befunde, davon %1 zurückgestellt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n Befund</numerusform>
            <numerusform>%n Befunde</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message numerus="yes">
        <source>[… %n more characters are in the library]</source>
        <translation>
            <numerusform>[… %n weiteres Zeichen steht in der Bibliothek]</numerusform>
            <numerusform>[… %n weitere Zeichen stehen in der Bibliothek]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Erstellt am %1</translation>
    </message>
    <message>
        <source>Cannot write "%1": %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write "%1": the PDF could not be started.</source>
        <translation>„%1“ kann nicht geschrieben werden: Das PDF konnte nicht begonnen werden.</translation>
    </message>
    <message>
        <source>Cannot write "%1": the image could not be encoded.</source>
        <translation>„%1“ kann nicht geschrieben werden: Das Bild konnte nicht kodiert werden.</translation>
    </message>
    <message>
        <source>Postmortem of "%1"</source>
        <translation>Postmortem zu „%1“</translation>
    </message>
    <message>
        <source>postmortem</source>
        <translation>Postmortem</translation>
    </message>
    <message>
        <source>5 whys</source>
        <translation>5 Why</translation>
    </message>
</context>
<context>
    <name>RestoreFindingCommand</name>
    <message>
        <source>Restore finding</source>
        <translation>Befund wiederherstellen</translation>
    </message>
</context>
<context>
    <name>SessionJsonFormat</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>einen Wahrheitswert</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>Objekt erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation>Array erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>Pflichtfeld fehlt</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>Zeichenkette erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>ganze Zahl erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected a number, found %1</source>
        <translation>Zahl erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>"%1" is not an ISO 8601 date and time with an offset, like "2017-04-06T18:30:00-07:00"</source>
        <translation>„%1“ ist kein ISO-8601-Zeitpunkt mit Zeitzonenversatz wie „2017-04-06T18:30:00-07:00“</translation>
    </message>
    <message>
        <source>"%1" is listed twice</source>
        <translation>„%1“ ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>unknown value "%1" (expected one of: %2)</source>
        <translation>unbekannter Wert „%1“ (erwartet wird einer von: %2)</translation>
    </message>
    <message>
        <source>line %1, column %2: not valid JSON (%3)</source>
        <translation>Zeile %1, Spalte %2: kein gültiges JSON (%3)</translation>
    </message>
    <message>
        <source>the document is not a JSON object</source>
        <translation>das Dokument ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>not a Whyboard session (expected "%1", found %2)</source>
        <translation>keine Whyboard-Sitzung („%1“ erwartet, %2 gefunden)</translation>
    </message>
    <message>
        <source>made by a newer Whyboard (format version %1; this program reads up to version %2)</source>
        <translation>von einem neueren Whyboard erstellt (Formatversion %1; dieses Programm liest bis Version %2)</translation>
    </message>
    <message>
        <source>unknown format version %1</source>
        <translation>unbekannte Formatversion %1</translation>
    </message>
    <message>
        <source>must be 1 to 4 (1 is the worst), found %1</source>
        <translation>muss 1 bis 4 sein (1 ist am schwersten), %1 gefunden</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>darf nicht negativ sein</translation>
    </message>
    <message>
        <source>"%1" is not an ISO 4217 currency code (three capital letters, such as "USD")</source>
        <translation>„%1“ ist kein ISO-4217-Währungscode (drei Großbuchstaben wie „EUR“)</translation>
    </message>
    <message>
        <source>duplicate id "%1"</source>
        <translation>doppelte ID „%1“</translation>
    </message>
    <message>
        <source>unknown role "%1" (expected one of: %2)</source>
        <translation>unbekannte Rolle „%1“ (erwartet wird eine von: %2)</translation>
    </message>
    <message>
        <source>no card has kind "problem" (exactly one is needed)</source>
        <translation>keine Karte hat die Art „problem“ (genau eine ist nötig)</translation>
    </message>
    <message>
        <source>duplicate id "%1" (also used by %2)</source>
        <translation>doppelte ID „%1“ (auch von %2 verwendet)</translation>
    </message>
    <message>
        <source>a second problem card (the problem is %1)</source>
        <translation>eine zweite Problemkarte (das Problem ist %1)</translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation>true oder false erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>required for a why: the card(s) this cause explains</source>
        <translation>für ein Warum erforderlich: die Karte(n), die diese Ursache erklärt</translation>
    </message>
    <message>
        <source>no card "%1"</source>
        <translation>keine Karte „%1“</translation>
    </message>
    <message>
        <source>a why must explain at least one card</source>
        <translation>ein Warum muss mindestens eine Karte erklären</translation>
    </message>
    <message>
        <source>the problem card explains nothing; only whys do</source>
        <translation>die Problemkarte erklärt nichts; das tun nur Warums</translation>
    </message>
    <message>
        <source>a card cannot explain itself</source>
        <translation>eine Karte kann sich nicht selbst erklären</translation>
    </message>
    <message>
        <source>"%1" is not in this card's "explains"</source>
        <translation>„%1“ steht nicht in „explains“ dieser Karte</translation>
    </message>
    <message>
        <source>required when "%1" is given</source>
        <translation>erforderlich, wenn „%1“ angegeben ist</translation>
    </message>
    <message>
        <source>this link closes a cycle (%1)</source>
        <translation>diese Verknüpfung schließt einen Kreis (%1)</translation>
    </message>
    <message>
        <source>"%1" is not a date like "2017-04-14"</source>
        <translation>„%1“ ist kein Datum wie „2017-04-14“</translation>
    </message>
    <message>
        <source>no timeline event "%1"</source>
        <translation>kein Ereignis „%1“ in der Zeitleiste</translation>
    </message>
    <message>
        <source>expected a pair of card ids [cause, effect]</source>
        <translation>Paar von Karten-IDs [Ursache, Wirkung] erwartet</translation>
    </message>
    <message>
        <source>no card "%1" explains "%2"</source>
        <translation>keine Karte „%1“ erklärt „%2“</translation>
    </message>
    <message>
        <source>this link is listed twice</source>
        <translation>diese Verknüpfung ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>lists %1 of the %2 links</source>
        <translation>führt %1 der %2 Verknüpfungen auf</translation>
    </message>
    <message>
        <source>only a why can be accepted without action</source>
        <translation>nur ein Warum kann ohne Maßnahme akzeptiert werden</translation>
    </message>
    <message>
        <source>the text holds a lone surrogate (%1 at character %2), which stands for no character</source>
        <translation>der Text enthält ein einzelnes Surrogat (%1 an Zeichen %2), das für kein Zeichen steht</translation>
    </message>
    <message>
        <source>the key holds a lone surrogate, which stands for no character</source>
        <translation>der Schlüssel enthält ein einzelnes Surrogat, das für kein Zeichen steht</translation>
    </message>
    <message>
        <source>cannot read “%1”: it is not a regular file</source>
        <translation>„%1“ kann nicht gelesen werden: Es ist keine gewöhnliche Datei</translation>
    </message>
    <message>
        <source>cannot read “%1”: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>must be at most %1</source>
        <translation>darf höchstens %1 sein</translation>
    </message>
    <message>
        <source>%1 holds the value %2, which the session format has no name for</source>
        <translation>%1 hat den Wert %2, für den das Sitzungsformat keinen Namen hat</translation>
    </message>
    <message>
        <source>the session's status</source>
        <translation>der Status der Sitzung</translation>
    </message>
    <message>
        <source>the session's severity</source>
        <translation>der Schweregrad der Sitzung</translation>
    </message>
    <message>
        <source>a session time is outside the years %1 to %2</source>
        <translation>ein Zeitpunkt der Sitzung liegt außerhalb der Jahre %1 bis %2</translation>
    </message>
    <message>
        <source>the impact holds a negative or unknown figure</source>
        <translation>die Auswirkung enthält eine negative oder unbekannte Zahl</translation>
    </message>
    <message>
        <source>participant %1's roles</source>
        <translation>die Rollen von Teilnehmer %1</translation>
    </message>
    <message>
        <source>card %1's kind</source>
        <translation>die Art von Karte %1</translation>
    </message>
    <message>
        <source>the verdict on %1 → %2</source>
        <translation>das Urteil über %1 → %2</translation>
    </message>
    <message>
        <source>timeline event %1's kind</source>
        <translation>die Art von Zeitleistenereignis %1</translation>
    </message>
    <message>
        <source>timeline event %1 is outside the years %2 to %3</source>
        <translation>Zeitleistenereignis %1 liegt außerhalb der Jahre %2 bis %3</translation>
    </message>
    <message>
        <source>action item %1's category</source>
        <translation>die Kategorie von Maßnahme %1</translation>
    </message>
    <message>
        <source>action item %1's horizon</source>
        <translation>der Zeithorizont von Maßnahme %1</translation>
    </message>
    <message>
        <source>action item %1's status</source>
        <translation>der Status von Maßnahme %1</translation>
    </message>
    <message>
        <source>action item %1 is due outside the years %2 to %3</source>
        <translation>Maßnahme %1 ist außerhalb der Jahre %2 bis %3 fällig</translation>
    </message>
    <message>
        <source>%1 tags; at most %2 are allowed</source>
        <translation>%1 Tags; höchstens %2 sind erlaubt</translation>
    </message>
    <message>
        <source>action item %1 was done outside the years %2 to %3</source>
        <translation>Maßnahme %1 wurde außerhalb der Jahre %2 bis %3 erledigt</translation>
    </message>
    <message>
        <source>the text holds the character U+0000 (at character %1), which no library keeps</source>
        <translation>der Text enthält das Zeichen U+0000 (an Stelle %1), das keine Bibliothek speichert</translation>
    </message>
</context>
<context>
    <name>SessionLimits</name>
    <message>
        <source>the session has %1 cards; at most %2 are allowed</source>
        <translation>die Sitzung hat %1 Karten; höchstens %2 sind erlaubt</translation>
    </message>
    <message>
        <source>the session has %1 links; at most %2 are allowed</source>
        <translation>die Sitzung hat %1 Verknüpfungen; höchstens %2 sind erlaubt</translation>
    </message>
    <message>
        <source>the session has %1 timeline events; at most %2 are allowed</source>
        <translation>die Sitzung hat %1 Zeitleistenereignisse; höchstens %2 sind erlaubt</translation>
    </message>
    <message>
        <source>the session has %1 action items; at most %2 are allowed</source>
        <translation>die Sitzung hat %1 Maßnahmen; höchstens %2 sind erlaubt</translation>
    </message>
    <message>
        <source>the session has %1 participants; at most %2 are allowed</source>
        <translation>die Sitzung hat %1 Teilnehmende; höchstens %2 sind erlaubt</translation>
    </message>
    <message>
        <source>the session has %1 parked ideas; at most %2 are allowed</source>
        <translation>die Sitzung hat %1 geparkte Ideen; höchstens %2 sind erlaubt</translation>
    </message>
    <message>
        <source>the session has %1 dismissed findings; at most %2 are allowed</source>
        <translation>die Sitzung hat %1 verworfene Befunde; höchstens %2 sind erlaubt</translation>
    </message>
    <message>
        <source>the text has %1 characters; at most %2 are allowed</source>
        <translation>der Text hat %1 Zeichen; höchstens %2 sind erlaubt</translation>
    </message>
    <message>
        <source>the position is not a finite number</source>
        <translation>die Position ist keine endliche Zahl</translation>
    </message>
    <message>
        <source>the position %1 is off the board; at most %2 either way is allowed</source>
        <translation>die Position %1 liegt außerhalb des Boards; höchstens %2 in jede Richtung sind erlaubt</translation>
    </message>
    <message>
        <source>the file has %1 bytes; a session file may have at most %2 (64 MiB)</source>
        <translation>die Datei hat %1 Bytes; eine Sitzungsdatei darf höchstens %2 (64 MiB) haben</translation>
    </message>
    <message>
        <source>the title</source>
        <translation>der Titel</translation>
    </message>
    <message>
        <source>the summary</source>
        <translation>die Zusammenfassung</translation>
    </message>
    <message>
        <source>the facilitator</source>
        <translation>die Moderation</translation>
    </message>
    <message>
        <source>the impact</source>
        <translation>die Auswirkung</translation>
    </message>
    <message>
        <source>the currency</source>
        <translation>die Währung</translation>
    </message>
    <message>
        <source>card %1</source>
        <translation>Karte %1</translation>
    </message>
    <message>
        <source>timeline event %1</source>
        <translation>Zeitleistenereignis %1</translation>
    </message>
    <message>
        <source>action item %1</source>
        <translation>Maßnahme %1</translation>
    </message>
    <message>
        <source>participant %1</source>
        <translation>Teilnehmer %1</translation>
    </message>
    <message>
        <source>parked idea %1</source>
        <translation>geparkte Idee %1</translation>
    </message>
    <message>
        <source>dismissed finding %1</source>
        <translation>verworfener Befund %1</translation>
    </message>
    <message>
        <source>card %1: %2</source>
        <translation>Karte %1: %2</translation>
    </message>
    <message>
        <source>the item counter %1 is outside 0 to %2</source>
        <translation>der Elementzähler %1 liegt außerhalb von 0 bis %2</translation>
    </message>
    <message>
        <source>card %1 has %2 tags; at most %3 are allowed</source>
        <translation>Karte %1 hat %2 Tags; höchstens %3 sind erlaubt</translation>
    </message>
    <message>
        <source>the text holds the character U+0000 (at character %1), which no library keeps</source>
        <translation>der Text enthält das Zeichen U+0000 (an Stelle %1), das keine Bibliothek speichert</translation>
    </message>
</context>
<context>
    <name>SetLinkVerdictCommand</name>
    <message>
        <source>Mark step as holding</source>
        <translation>Schritt als tragend markieren</translation>
    </message>
    <message>
        <source>Mark step as not holding</source>
        <translation>Schritt als nicht tragend markieren</translation>
    </message>
    <message>
        <source>Clear read-back verdict</source>
        <translation>Urteil beim Vorlesen zurücksetzen</translation>
    </message>
</context>
<context>
    <name>SplitCardCommand</name>
    <message>
        <source>Split card</source>
        <translation>Karte aufteilen</translation>
    </message>
</context>
<context>
    <name>TimeInput</name>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <source>“%1” is not a date: type it as %2 or 2017-04-06.</source>
        <translation>„%1“ ist kein Datum: Geben Sie es als %2 oder 2017-04-06 ein.</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>There is no earlier time to count “%1” from: type the time.</source>
        <translation>Es gibt keine frühere Zeit, von der aus „%1“ gezählt werden kann: Geben Sie die Uhrzeit ein.</translation>
    </message>
    <message>
        <source>“%1” is not a time of day.</source>
        <translation>„%1“ ist keine Uhrzeit.</translation>
    </message>
    <message>
        <source>“%1” is not a time: type 14:05, +20m or %2.</source>
        <translation>„%1“ ist keine Zeitangabe: Geben Sie 14:05, +20m oder %2 ein.</translation>
    </message>
</context>
<context>
    <name>UnparkIdeasCommand</name>
    <message numerus="yes">
        <source>Remove %n parked idea(s)</source>
        <translation>
            <numerusform>%n geparkte Idee entfernen</numerusform>
            <numerusform>%n geparkte Ideen entfernen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Whyboard::ActionBalanceWidget</name>
    <message>
        <source>Action balance</source>
        <translation>Maßnahmen-Balance</translation>
    </message>
    <message>
        <source>Actions here: %1</source>
        <translation>Maßnahmen hier: %1</translation>
    </message>
    <message>
        <source>No action here yet</source>
        <translation>Hier noch keine Maßnahme</translation>
    </message>
    <message>
        <source>Without a category or horizon: %1</source>
        <translation>Ohne Kategorie oder Horizont: %1</translation>
    </message>
</context>
<context>
    <name>Whyboard::ActionItemsModel</name>
    <message>
        <source>event: %1</source>
        <translation>Ereignis: %1</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>Überfällig seit %1</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Horizont</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>Tracker link</source>
        <translation>Tracker-Link</translation>
    </message>
</context>
<context>
    <name>Whyboard::ActionItemsPanel</name>
    <message>
        <source>Add Action Item</source>
        <translation>Maßnahme hinzufügen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Related Cards…</source>
        <translation>Zugehörige Karten…</translation>
    </message>
    <message>
        <source>Open only</source>
        <translation>Nur offene</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Nur überfällige</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Verantwortlich:</translation>
    </message>
    <message>
        <source>New action item</source>
        <translation>Neue Maßnahme</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Open Tracker Link</source>
        <translation>Tracker-Link öffnen</translation>
    </message>
    <message>
        <source>Add an action item for the selected cards or events</source>
        <translation>Eine Maßnahme zu den ausgewählten Karten oder Ereignissen hinzufügen</translation>
    </message>
    <message>
        <source>event: %1</source>
        <translation>Ereignis: %1</translation>
    </message>
    <message>
        <source>New items address: %1</source>
        <translation>Neue Maßnahmen gehen an: %1</translation>
    </message>
    <message>
        <source>Select a card or an event for new items to address it.</source>
        <translation>Wählen Sie eine Karte oder ein Ereignis, damit neue Maßnahmen sie angehen.</translation>
    </message>
</context>
<context>
    <name>Whyboard::AudienceScreen</name>
    <message>
        <source>Whyboard: board for the room</source>
        <translation>Whyboard: Board für die Runde</translation>
    </message>
    <message>
        <source>Why-chain board for the room</source>
        <translation>Board der Warum-Kette für die Runde</translation>
    </message>
</context>
<context>
    <name>Whyboard::BackupVerb</name>
    <message>
        <source>“%1” opens as it is, so nothing was restored. Its daily copies are in “%2”; each one opens as a library.</source>
        <translation>„%1“ lässt sich so öffnen, daher wurde nichts wiederhergestellt. Die täglichen Kopien liegen in „%2“; jede öffnet sich als Bibliothek.</translation>
    </message>
    <message>
        <source>%1 No sound backup of it was found in “%2”.</source>
        <translation>%1 In „%2“ wurde keine intakte Sicherung davon gefunden.</translation>
    </message>
    <message>
        <source>cannot restore “%1”: %2</source>
        <translation>„%1“ kann nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <source>Restored “%1” from the backup of %2.</source>
        <translation>„%1“ aus der Sicherung vom %2 wiederhergestellt.</translation>
    </message>
    <message>
        <source>%1 The damaged file was kept as “%2”.</source>
        <translation>%1 Die beschädigte Datei wurde als „%2“ behalten.</translation>
    </message>
    <message>
        <source>“%1” fails its integrity check.</source>
        <translation>„%1“ besteht die Integritätsprüfung nicht.</translation>
    </message>
</context>
<context>
    <name>Whyboard::BoardActions</name>
    <message>
        <source>Ask &amp;Why</source>
        <translation>Warum &amp;fragen</translation>
    </message>
    <message>
        <source>Add a cause under the selected card (Enter)</source>
        <translation>Eine Ursache unter der ausgewählten Karte hinzufügen (Eingabe)</translation>
    </message>
    <message>
        <source>Add &amp;Sibling Cause</source>
        <translation>&amp;Nebenursache hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Edit Card</source>
        <translation>Karte &amp;bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Link Cards</source>
        <translation>Karten &amp;verknüpfen</translation>
    </message>
    <message>
        <source>&amp;Tidy Up Layout</source>
        <translation>Layout &amp;aufräumen</translation>
    </message>
    <message>
        <source>Snap to &amp;Grid</source>
        <translation>Am &amp;Raster ausrichten</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Fit to View</source>
        <translation>In &amp;Fenster einpassen</translation>
    </message>
    <message>
        <source>Zoom to &amp;Selection</source>
        <translation>Auf Aus&amp;wahl zoomen</translation>
    </message>
    <message>
        <source>&amp;Copy Cards</source>
        <translation>Karten &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste Cards</source>
        <translation>Karten &amp;einfügen</translation>
    </message>
    <message>
        <source>D&amp;uplicate Cards</source>
        <translation>Karten d&amp;uplizieren</translation>
    </message>
    <message>
        <source>Top &amp;Down</source>
        <translation>Von &amp;oben nach unten</translation>
    </message>
    <message>
        <source>Left to &amp;Right</source>
        <translation>Von &amp;links nach rechts</translation>
    </message>
    <message>
        <source>Problem on top, root causes at the bottom</source>
        <translation>Problem oben, Grundursachen unten</translation>
    </message>
    <message>
        <source>Problem on the left, root causes on the right</source>
        <translation>Problem links, Grundursachen rechts</translation>
    </message>
    <message>
        <source>E&amp;vidence…</source>
        <translation>Bele&amp;g…</translation>
    </message>
    <message>
        <source>How do you know? The selected cause's evidence, and whether the room checked it (Ctrl+E)</source>
        <translation>Woher wissen Sie das? Der Beleg der ausgewählten Ursache und ob die Runde ihn geprüft hat (Strg+E)</translation>
    </message>
    <message>
        <source>Click a cause, then the card it explains; or, with the cause selected, choose with the arrow keys and press Enter (Ctrl+L)</source>
        <translation>Eine Ursache anklicken, dann die Karte, die sie erklärt; oder bei ausgewählter Ursache mit den Pfeiltasten wählen und Eingabe drücken (Strg+L)</translation>
    </message>
    <message>
        <source>Loc&amp;k Board</source>
        <translation>Board s&amp;perren</translation>
    </message>
    <message>
        <source>Lock the board so that a stray drag or key changes nothing (Ctrl+Shift+K)</source>
        <translation>Das Board sperren, damit ein versehentliches Ziehen oder ein Tastendruck nichts verändert (Strg+Umschalt+K)</translation>
    </message>
    <message>
        <source>Board locked: cards stay where they are. Ctrl+Shift+K unlocks.</source>
        <translation>Board gesperrt: Die Karten bleiben, wo sie sind. Strg+Umschalt+K entsperrt.</translation>
    </message>
    <message>
        <source>Board unlocked.</source>
        <translation>Board entsperrt.</translation>
    </message>
    <message>
        <source>Link mode: click a cause, then the card it explains; or choose with the arrow keys and press Enter. Esc leaves.</source>
        <translation>Verknüpfungsmodus: Eine Ursache anklicken, dann die Karte, die sie erklärt; oder mit den Pfeiltasten wählen und Eingabe drücken. Esc beendet.</translation>
    </message>
    <message>
        <source>Select &amp;All Cards</source>
        <translation>&amp;Alle Karten auswählen</translation>
    </message>
    <message>
        <source>&amp;Find on Board…</source>
        <translation>Auf dem Board &amp;suchen…</translation>
    </message>
    <message>
        <source>Find cards by their statement or evidence (Ctrl+F)</source>
        <translation>Karten nach ihrem Text oder Beleg suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Nächster &amp;Treffer</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Vorheriger Treffer</translation>
    </message>
</context>
<context>
    <name>Whyboard::BoardDropHandler</name>
    <message>
        <source>Relate to card</source>
        <translation>Mit Karte verbinden</translation>
    </message>
</context>
<context>
    <name>Whyboard::BoardEditor</name>
    <message>
        <source>This session is open read-only; changes are not possible.</source>
        <translation>Diese Sitzung ist schreibgeschützt geöffnet; Änderungen sind nicht möglich.</translation>
    </message>
    <message>
        <source>Add the evidence first: a cause is verified when the room has checked how it knows.</source>
        <translation>Ergänzen Sie zuerst den Beleg: Eine Ursache ist geprüft, wenn die Runde nachgeprüft hat, woher sie es weiß.</translation>
    </message>
    <message>
        <source>The problem card stays: it is what the session is about.</source>
        <translation>Die Problemkarte bleibt: Um sie geht es in der Sitzung.</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n link(s)</source>
        <translation>
            <numerusform>%n Verknüpfung entfernen</numerusform>
            <numerusform>%n Verknüpfungen entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n card(s)</source>
        <translation>
            <numerusform>%n Karte einfügen</numerusform>
            <numerusform>%n Karten einfügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n card(s)</source>
        <translation>
            <numerusform>%n Karte duplizieren</numerusform>
            <numerusform>%n Karten duplizieren</numerusform>
        </translation>
    </message>
    <message>
        <source>The board is locked: unlock it (Board ▸ Lock Board) to change it.</source>
        <translation>Das Board ist gesperrt: Entsperren Sie es (Board ▸ Board sperren), um es zu ändern.</translation>
    </message>
</context>
<context>
    <name>Whyboard::BoardFindBar</name>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation>Vorheriger Treffer (Umschalt+Eingabe, Umschalt+F3)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation>Nächster Treffer (Eingabe, F3)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Suchleiste schließen (Esc)</translation>
    </message>
    <message>
        <source>Find on the board:</source>
        <translation>Auf dem Board suchen:</translation>
    </message>
    <message>
        <source>Words in a statement or its evidence</source>
        <translation>Wörter im Text einer Karte oder in ihrem Beleg</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Kein Treffer</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln</source>
        <comment>the current match and how many there are</comment>
        <translation>
            <numerusform>%1 von %Ln</numerusform>
            <numerusform>%1 von %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln Treffer</numerusform>
            <numerusform>%Ln Treffer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Whyboard::BoardMiniMap</name>
    <message>
        <source>Board &amp;Overview</source>
        <translation>Board-Übersic&amp;ht</translation>
    </message>
    <message>
        <source>The whole board: click or drag to move the view</source>
        <translation>Das ganze Board: Klicken oder Ziehen verschiebt die Ansicht</translation>
    </message>
    <message>
        <source>Board overview</source>
        <translation>Board-Übersicht</translation>
    </message>
    <message>
        <source>Show a small map of the whole board while it does not fit the view</source>
        <translation>Eine kleine Karte des ganzen Boards zeigen, solange es nicht in die Ansicht passt</translation>
    </message>
</context>
<context>
    <name>Whyboard::BoardScene</name>
    <message>
        <source>Ask why (add a cause)</source>
        <translation>Warum fragen (Ursache hinzufügen)</translation>
    </message>
    <message>
        <source>Add sibling cause</source>
        <translation>Nebenursache hinzufügen</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>Text bearbeiten</translation>
    </message>
    <message>
        <source>Mark as unverified</source>
        <translation>Als ungeprüft markieren</translation>
    </message>
    <message>
        <source>Mark as verified</source>
        <translation>Als geprüft markieren</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Paste under this card</source>
        <translation>Unter dieser Karte einfügen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>Verknüpfung entfernen</translation>
    </message>
    <message>
        <source>Evidence…</source>
        <translation>Beleg…</translation>
    </message>
    <message>
        <source>Read back: %1</source>
        <translation>Vorlesen: %1</translation>
    </message>
</context>
<context>
    <name>Whyboard::BoardView</name>
    <message>
        <source>Why-chain board</source>
        <translation>Board der Warum-Kette</translation>
    </message>
    <message>
        <source>Cards and arrows of the why-chain. The Outline panel lists the same cards as a tree.</source>
        <translation>Karten und Pfeile der Warum-Kette. Der Bereich „Gliederung“ zeigt dieselben Karten als Baum.</translation>
    </message>
    <message>
        <source>Link mode: click a cause, then the card it explains. Esc ends.</source>
        <translation>Verknüpfungsmodus: Eine Ursache anklicken, dann die Karte, die sie erklärt. Esc beendet.</translation>
    </message>
</context>
<context>
    <name>Whyboard::CardButtonItem</name>
    <message>
        <source>Ask why: add a cause under this card (Enter)</source>
        <translation>Warum fragen: Eine Ursache unter dieser Karte hinzufügen (Eingabe)</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Warum?</translation>
    </message>
</context>
<context>
    <name>Whyboard::CardInspectorPanel</name>
    <message>
        <source>The room has &amp;checked this evidence</source>
        <translation>Die Runde hat diesen Beleg &amp;geprüft</translation>
    </message>
    <message>
        <source>&amp;Accepted, no action</source>
        <translation>&amp;Akzeptiert, keine Maßnahme</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Karteninspektor</translation>
    </message>
    <message>
        <source>Card inspector</source>
        <translation>Karteninspektor</translation>
    </message>
    <message>
        <source>Select a card to see its evidence.</source>
        <translation>Wählen Sie eine Karte, um ihren Beleg zu sehen.</translation>
    </message>
    <message>
        <source>Card text</source>
        <translation>Kartentext</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <source>&amp;How do you know? (a log line, a graph, a ticket, a link)</source>
        <translation>&amp;Woher wissen Sie das? (eine Logzeile, ein Diagramm, ein Ticket, ein Link)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>No evidence yet</source>
        <translation>Noch kein Beleg</translation>
    </message>
    <message>
        <source>A cause counts as verified only when its evidence is written down and checked</source>
        <translation>Eine Ursache gilt erst als geprüft, wenn ihr Beleg aufgeschrieben und geprüft ist</translation>
    </message>
    <message>
        <source>The room decided this cause needs no action item; the report shows why</source>
        <translation>Die Runde hat entschieden, dass diese Ursache keine Maßnahme braucht; der Bericht nennt den Grund</translation>
    </message>
    <message>
        <source>Why no action? (the report shows it)</source>
        <translation>Warum keine Maßnahme? (steht im Bericht)</translation>
    </message>
    <message>
        <source>Reason for no action</source>
        <translation>Begründung für keine Maßnahme</translation>
    </message>
    <message>
        <source>Inspect Card</source>
        <translation>Karte untersuchen</translation>
    </message>
    <message>
        <source>The selected card's text, evidence and verification (Ctrl+Shift+I)</source>
        <translation>Text, Beleg und Prüfung der ausgewählten Karte (Strg+Umschalt+I)</translation>
    </message>
    <message numerus="yes">
        <source>%n cards selected: select one to see its evidence.</source>
        <translation>
            <numerusform>%n Karte ausgewählt: Wählen Sie eine, um ihren Beleg zu sehen.</numerusform>
            <numerusform>%n Karten ausgewählt: Wählen Sie eine, um ihren Beleg zu sehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>verified</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <source>no evidence</source>
        <translation>kein Beleg</translation>
    </message>
    <message>
        <source>evidence not verified</source>
        <translation>Beleg nicht geprüft</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>The inspector's heading: "Why 3 / 5 · verified".</extracomment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>Whyboard::CardItem</name>
    <message>
        <source>Evidence: %1</source>
        <translation>Beleg: %1</translation>
    </message>
    <message>
        <source>What went wrong?</source>
        <translation>Was ist schiefgelaufen?</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Warum?</translation>
    </message>
    <message>
        <source>VERIFIED</source>
        <translation>GEPRÜFT</translation>
    </message>
    <message>
        <source>EVIDENCE, NOT VERIFIED</source>
        <translation>BELEG, UNGEPRÜFT</translation>
    </message>
    <message>
        <source>NO EVIDENCE</source>
        <translation>KEIN BELEG</translation>
    </message>
</context>
<context>
    <name>Whyboard::CardPickerMenu</name>
    <message>
        <source>Related cards</source>
        <translation>Zugehörige Karten</translation>
    </message>
    <message>
        <source>(no cards on the board)</source>
        <translation>(keine Karten auf dem Board)</translation>
    </message>
    <message>
        <source>%1: </source>
        <translation>%1: </translation>
    </message>
</context>
<context>
    <name>Whyboard::CauseCategories</name>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Dependency</source>
        <translation>Abhängigkeit</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>Erkennung</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Design</translation>
    </message>
</context>
<context>
    <name>Whyboard::CauseCategoriesDialog</name>
    <message>
        <source>Cause Categories</source>
        <translation>Ursachenkategorien</translation>
    </message>
    <message>
        <source>The contributing factors a why card can name, one a line. Every session of this library offers them; the overview and the fishbone count and draw them.</source>
        <translation>Die beitragenden Faktoren, die eine Warum-Karte nennen kann, einer pro Zeile. Jede Sitzung dieser Bibliothek bietet sie an; Übersicht und Fischgräte zählen und zeichnen sie.</translation>
    </message>
    <message>
        <source>Cause categories, one a line</source>
        <translation>Ursachenkategorien, eine pro Zeile</translation>
    </message>
    <message>
        <source>&amp;Restore Defaults</source>
        <translation>&amp;Standard wiederherstellen</translation>
    </message>
    <message>
        <source>The categories could not be saved: %1</source>
        <translation>Die Kategorien konnten nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>Whyboard::CauseCategoryFields</name>
    <message>
        <source>Cause category</source>
        <translation>Ursachenkategorie</translation>
    </message>
    <message>
        <source>The contributing factor this cause names; type a new name for one of your own</source>
        <translation>Der beitragende Faktor, den diese Ursache nennt; für einen eigenen einen neuen Namen eingeben</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Services, teams (comma-separated)</source>
        <translation>Dienste, Teams (durch Komma getrennt)</translation>
    </message>
    <message>
        <source>Ca&amp;tegory</source>
        <translation>Ka&amp;tegorie</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>Ta&amp;gs</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>Whyboard::CauseCategoryTable</name>
    <message>
        <source>at most %1 categories are allowed</source>
        <translation>höchstens %1 Kategorien sind erlaubt</translation>
    </message>
</context>
<context>
    <name>Whyboard::CentralArea</name>
    <message>
        <source>&lt;b&gt;Read-only.&lt;/b&gt; This library is open for reading only: nothing you do here changes %1.</source>
        <translation>&lt;b&gt;Schreibgeschützt.&lt;/b&gt; Diese Bibliothek ist nur zum Lesen geöffnet: Nichts, was Sie hier tun, ändert %1.</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;Board</translation>
    </message>
    <message>
        <source>Connected to the server again at %1.</source>
        <translation>Um %1 wieder mit dem Server verbunden.</translation>
    </message>
</context>
<context>
    <name>Whyboard::ChainOutlineModel</name>
    <message>
        <source>(no text yet)</source>
        <translation>(noch kein Text)</translation>
    </message>
    <message>
        <source>%1. Evidence: %2</source>
        <translation>%1. Beleg: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no text yet</source>
        <translation>noch kein Text</translation>
    </message>
    <message numerus="yes">
        <source>The problem the whys explain. %n direct cause(s).</source>
        <translation>
            <numerusform>Das Problem, das die Warum-Karten erklären. %n direkte Ursache.</numerusform>
            <numerusform>Das Problem, das die Warum-Karten erklären. %n direkte Ursachen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verified.</source>
        <translation>Geprüft.</translation>
    </message>
    <message>
        <source>Not verified.</source>
        <translation>Nicht geprüft.</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Beleg: %1</translation>
    </message>
    <message>
        <source>Why-chain</source>
        <translation>Warum-Kette</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>Whyboard::ChatLogDialog</name>
    <message>
        <source>Paste Chat Log</source>
        <translation>Chatprotokoll einfügen</translation>
    </message>
    <message>
        <source>Paste lines such as &lt;tt&gt;18:42 alice: rolled back&lt;/tt&gt; or &lt;tt&gt;[2017-04-06 18:42] bob: paged the on-call&lt;/tt&gt;. Each recognised line becomes one timeline event.</source>
        <translation>Fügen Sie Zeilen wie &lt;tt&gt;18:42 alice: rolled back&lt;/tt&gt; oder &lt;tt&gt;[2017-04-06 18:42] bob: paged the on-call&lt;/tt&gt; ein. Jede erkannte Zeile wird zu einem Ereignis der Zeitleiste.</translation>
    </message>
    <message>
        <source>Date for lines without one:</source>
        <translation>Datum für Zeilen ohne Datum:</translation>
    </message>
    <message>
        <source>Time zone of the log:</source>
        <translation>Zeitzone des Protokolls:</translation>
    </message>
    <message>
        <source>Paste the chat log here</source>
        <translation>Chatprotokoll hier einfügen</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Recognised: each becomes an event</source>
        <translation>Erkannt: Jede wird zu einem Ereignis</translation>
    </message>
    <message>
        <source>Not recognised: these lines will not be added</source>
        <translation>Nicht erkannt: Diese Zeilen werden nicht hinzugefügt</translation>
    </message>
    <message>
        <source>Lines that were not recognised: they will not be added</source>
        <translation>Nicht erkannte Zeilen: Sie werden nicht hinzugefügt</translation>
    </message>
    <message>
        <source>Add Events</source>
        <translation>Ereignisse hinzufügen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Line %1 not recognised: %2</source>
        <translation>Zeile %1 nicht erkannt: %2</translation>
    </message>
    <message>
        <source>1 message recognised</source>
        <translation>1 Nachricht erkannt</translation>
    </message>
    <message>
        <source>%1 messages recognised</source>
        <translation>%1 Nachrichten erkannt</translation>
    </message>
    <message>
        <source>1 line not recognised and not added</source>
        <translation>1 Zeile nicht erkannt und nicht hinzugefügt</translation>
    </message>
    <message>
        <source>%1 lines not recognised and not added</source>
        <translation>%1 Zeilen nicht erkannt und nicht hinzugefügt</translation>
    </message>
    <message>
        <source>Add 1 Event</source>
        <translation>1 Ereignis hinzufügen</translation>
    </message>
    <message>
        <source>Add %1 Events</source>
        <translation>%1 Ereignisse hinzufügen</translation>
    </message>
</context>
<context>
    <name>Whyboard::CheckBadges</name>
    <message>
        <source>Why again?</source>
        <translation>Noch einmal warum?</translation>
    </message>
    <message>
        <source>Human error</source>
        <translation>Menschliches Versagen</translation>
    </message>
    <message>
        <source>Blame</source>
        <translation>Schuldzuweisung</translation>
    </message>
    <message>
        <source>No action</source>
        <translation>Keine Maßnahme</translation>
    </message>
    <message>
        <source>Several causes</source>
        <translation>Mehrere Ursachen</translation>
    </message>
</context>
<context>
    <name>Whyboard::ChecksModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (dismissed: %2)</source>
        <translation>%1 (verworfen: %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Timeline: %1</source>
        <translation>Zeitleiste: %1</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>Maßnahme: %1</translation>
    </message>
</context>
<context>
    <name>Whyboard::ChecksPanel</name>
    <message>
        <source>Show dismissed</source>
        <translation>Verworfene anzeigen</translation>
    </message>
    <message>
        <source>Chain check findings</source>
        <translation>Befunde der Kettenprüfung</translation>
    </message>
    <message>
        <source>Split Card</source>
        <translation>Karte aufteilen</translation>
    </message>
    <message>
        <source>+ Process</source>
        <translation>+ Prozess</translation>
    </message>
    <message>
        <source>+ Technology</source>
        <translation>+ Technik</translation>
    </message>
    <message>
        <source>+ Training</source>
        <translation>+ Schulung</translation>
    </message>
    <message>
        <source>Dismiss…</source>
        <translation>Verwerfen…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Add a process action for this item</source>
        <translation>Eine Prozess-Maßnahme für dieses Element hinzufügen</translation>
    </message>
    <message>
        <source>Add a technology action for this item</source>
        <translation>Eine Technik-Maßnahme für dieses Element hinzufügen</translation>
    </message>
    <message>
        <source>Add a training action for this item</source>
        <translation>Eine Schulungs-Maßnahme für dieses Element hinzufügen</translation>
    </message>
    <message>
        <source>Set this finding aside, with a reason the report keeps</source>
        <translation>Diesen Befund zurückstellen, mit einer Begründung, die der Bericht festhält</translation>
    </message>
    <message>
        <source>The chain passes every check.</source>
        <translation>Die Kette besteht alle Prüfungen.</translation>
    </message>
    <message>
        <source>Findings: %1</source>
        <translation>Befunde: %1</translation>
    </message>
    <message>
        <source>No session open.</source>
        <translation>Keine Sitzung geöffnet.</translation>
    </message>
    <message>
        <source>Select a finding to see what to do next.</source>
        <translation>Wählen Sie einen Befund, um zu sehen, was als Nächstes zu tun ist.</translation>
    </message>
    <message>
        <source>Dismiss Finding</source>
        <translation>Befund verwerfen</translation>
    </message>
    <message>
        <source>Why does this not apply? The report keeps the reason.</source>
        <translation>Warum trifft das nicht zu? Der Bericht hält die Begründung fest.</translation>
    </message>
    <message>
        <source>Cut this card into one card per cause</source>
        <translation>Diese Karte in eine Karte pro Ursache aufteilen</translation>
    </message>
    <message>
        <source>Add Evidence…</source>
        <translation>Beleg hinzufügen…</translation>
    </message>
    <message>
        <source>Say how you know this cause happened</source>
        <translation>Angeben, woher Sie wissen, dass diese Ursache eingetreten ist</translation>
    </message>
    <message>
        <source>Bring this finding back</source>
        <translation>Diesen Befund wiederherstellen</translation>
    </message>
    <message>
        <source>No Action Needed…</source>
        <translation>Keine Maßnahme nötig…</translation>
    </message>
    <message>
        <source>The room decided this cause needs no action: say why (the report shows it)</source>
        <translation>Die Runde hat entschieden, dass diese Ursache keine Maßnahme braucht: Begründen Sie es (steht im Bericht)</translation>
    </message>
    <message>
        <source>Split card</source>
        <translation>Karte aufteilen</translation>
    </message>
    <message>
        <source>Accepted, No Action</source>
        <translation>Akzeptiert, keine Maßnahme</translation>
    </message>
    <message>
        <source>Why does this cause need no action? The report shows the reason.</source>
        <translation>Warum braucht diese Ursache keine Maßnahme? Der Bericht zeigt die Begründung.</translation>
    </message>
</context>
<context>
    <name>Whyboard::CommandLine</name>
    <message>
        <source>cannot write “%1”: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>write the session as JSON</source>
        <translation>die Sitzung als JSON schreiben</translation>
    </message>
    <message>
        <source>list the chain checks' findings: check, item id, message</source>
        <translation>die Befunde der Kettenprüfungen auflisten: Prüfung, Element-ID, Meldung</translation>
    </message>
    <message>
        <source>open the window</source>
        <translation>das Fenster öffnen</translation>
    </message>
    <message>
        <source>import a session and print its id</source>
        <translation>eine Sitzung importieren und ihre ID ausgeben</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Aufruf:</translation>
    </message>
    <message>
        <source>LIBRARY defaults to %1</source>
        <translation>LIBRARY ist standardmäßig %1</translation>
    </message>
    <message>
        <source>Exit status: 0 done, 1 usage error, 2 bad input or unusable file.</source>
        <translation>Rückgabewert: 0 erledigt, 1 Aufruffehler, 2 fehlerhafte Eingabe oder unbrauchbare Datei.</translation>
    </message>
    <message>
        <source>cannot store the session in “%1”: %2</source>
        <translation>die Sitzung kann nicht in „%1“ gespeichert werden: %2</translation>
    </message>
    <message>
        <source>--session needs a session id (a positive number), not “%1”</source>
        <translation>--session braucht eine Sitzungs-ID (eine positive Zahl), nicht „%1“</translation>
    </message>
    <message>
        <source>there is no session %1 in “%2”</source>
        <translation>in „%2“ gibt es keine Sitzung %1</translation>
    </message>
    <message>
        <source>--session needs a session id</source>
        <translation>--session braucht eine Sitzungs-ID</translation>
    </message>
    <message>
        <source>%1 and %2 cannot be combined</source>
        <translation>%1 und %2 können nicht kombiniert werden</translation>
    </message>
    <message>
        <source>%1 needs a file name</source>
        <translation>%1 braucht einen Dateinamen</translation>
    </message>
    <message>
        <source>unknown option %1 (see --help)</source>
        <translation>unbekannte Option %1 (siehe --help)</translation>
    </message>
    <message>
        <source>no command given (see --help)</source>
        <translation>kein Befehl angegeben (siehe --help)</translation>
    </message>
    <message>
        <source>more than one library given: %1</source>
        <translation>mehr als eine Bibliothek angegeben: %1</translation>
    </message>
    <message>
        <source>%1 needs --session ID</source>
        <translation>%1 braucht --session ID</translation>
    </message>
    <message>
        <source>write the postmortem report as PDF</source>
        <translation>den Postmortem-Bericht als PDF schreiben</translation>
    </message>
    <message>
        <source>write the why-chain board as a PNG image</source>
        <translation>das Board der Warum-Kette als PNG-Bild schreiben</translation>
    </message>
    <message>
        <source>write the why-chain board as SVG</source>
        <translation>das Board der Warum-Kette als SVG schreiben</translation>
    </message>
    <message>
        <source>write the whole session as Markdown</source>
        <translation>die ganze Sitzung als Markdown schreiben</translation>
    </message>
    <message>
        <source>--sections: no section “%1”; the sections are: %2 (or all; -NAME leaves one out)</source>
        <translation>--sections: kein Abschnitt „%1“; die Abschnitte sind: %2 (oder all; -NAME lässt einen weg)</translation>
    </message>
    <message>
        <source>--sections “%1” leaves no section to write; the sections are: %2</source>
        <translation>--sections „%1“ lässt keinen Abschnitt zum Schreiben übrig; die Abschnitte sind: %2</translation>
    </message>
    <message>
        <source>write the export in this language (%1), whatever the interface's; for every export and --check</source>
        <translation>den Export in dieser Sprache (%1) schreiben, unabhängig von der Sprache der Oberfläche; für jeden Export und --check</translation>
    </message>
    <message>
        <source>--export-pdf: the sections to include, comma-separated: %1; all; -NAME leaves one out (-causes,-actions,-timeline drops the appendices)</source>
        <translation>--export-pdf: die aufzunehmenden Abschnitte, durch Kommas getrennt: %1; all; -NAME lässt einen weg (-causes,-actions,-timeline lässt die Anhänge weg)</translation>
    </message>
    <message>
        <source>--export-pdf, --export-png: only the one-page summary for the team channel</source>
        <translation>--export-pdf, --export-png: nur die einseitige Zusammenfassung für den Team-Kanal</translation>
    </message>
    <message>
        <source>Options for the exports:</source>
        <translation>Optionen für die Exporte:</translation>
    </message>
    <message>
        <source>%1 does not take %2</source>
        <translation>%1 nimmt kein %2</translation>
    </message>
    <message>
        <source>--summary and --sections cannot be combined: the summary is one page of its own</source>
        <translation>--summary und --sections können nicht kombiniert werden: Die Zusammenfassung ist eine eigene Seite</translation>
    </message>
    <message>
        <source>--language needs a language: %1</source>
        <translation>--language braucht eine Sprache: %1</translation>
    </message>
    <message>
        <source>--sections needs a list of sections: %1</source>
        <translation>--sections braucht eine Liste von Abschnitten: %1</translation>
    </message>
    <message>
        <source>the session cannot be written as JSON: %1</source>
        <translation>die Sitzung kann nicht als JSON geschrieben werden: %1</translation>
    </message>
    <message>
        <source>put the newest sound daily copy in place of a library that no longer opens</source>
        <translation>die neueste intakte Tageskopie an die Stelle einer Bibliothek setzen, die sich nicht mehr öffnen lässt</translation>
    </message>
    <message>
        <source>session %1 in “%2” cannot be read: %3</source>
        <translation>Sitzung %1 in „%2“ kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>write the fishbone (the causes by category) as PNG, SVG or PDF, by OUT's extension</source>
        <translation>die Fischgräte (die Ursachen nach Kategorie) als PNG, SVG oder PDF schreiben, je nach Endung von OUT</translation>
    </message>
    <message>
        <source>LIBRARY is a library file, or a database on a PostgreSQL server: postgresql://[USER@]HOST[:PORT]/DATABASE[?sslmode=verify-full&amp;sslrootcert=CA.pem]</source>
        <translation>LIBRARY ist eine Bibliotheksdatei oder eine Datenbank auf einem PostgreSQL-Server: postgresql://[USER@]HOST[:PORT]/DATABASE[?sslmode=verify-full&amp;sslrootcert=CA.pem]</translation>
    </message>
    <message>
        <source>%1 puts back a daily copy of a library file; a library on a PostgreSQL server is backed up on the server (pg_dump) and restored there (pg_restore)</source>
        <translation>%1 setzt eine Tageskopie einer Bibliotheksdatei zurück an ihre Stelle; eine Bibliothek auf einem PostgreSQL-Server wird auf dem Server gesichert (pg_dump) und dort wiederhergestellt (pg_restore)</translation>
    </message>
    <message>
        <source>print this help</source>
        <translation>diese Hilfe ausgeben</translation>
    </message>
    <message>
        <source>print the version</source>
        <translation>die Version ausgeben</translation>
    </message>
    <message>
        <source>%1 does not take a value</source>
        <translation>%1 nimmt keinen Wert</translation>
    </message>
    <message>
        <source>Other options:</source>
        <translation>Weitere Optionen:</translation>
    </message>
    <message>
        <source>the session to act on, by the id --list prints</source>
        <translation>die zu bearbeitende Sitzung, angegeben mit der ID, die --list ausgibt</translation>
    </message>
    <message>
        <source>--followups, --search, --stats: print JSON instead of lines</source>
        <translation>--followups, --search, --stats: JSON statt Zeilen ausgeben</translation>
    </message>
    <message>
        <source>--followups, --export-ics, --export-actions-csv: only this owner's actions</source>
        <translation>--followups, --export-ics, --export-actions-csv: nur die Maßnahmen dieser verantwortlichen Person</translation>
    </message>
    <message>
        <source>--followups: only the actions past their due day</source>
        <translation>--followups: nur die Maßnahmen, deren Fälligkeitstag verstrichen ist</translation>
    </message>
    <message>
        <source>--stats: per quarter instead of per month</source>
        <translation>--stats: pro Quartal statt pro Monat</translation>
    </message>
    <message>
        <source>--stats, --export-library-pdf: from this day (2017-02-28) or month (2017-02); --import-timeline: from this day or time (2017-04-06T18:00-07:00)</source>
        <translation>--stats, --export-library-pdf: ab diesem Tag (2017-02-28) oder Monat (2017-02); --import-timeline: ab diesem Tag oder Zeitpunkt (2017-04-06T18:00-07:00)</translation>
    </message>
    <message>
        <source>--stats, --export-library-pdf: up to this day (2017-02-28) or month (2017-02); --import-timeline: up to this day or time</source>
        <translation>--stats, --export-library-pdf: bis zu diesem Tag (2017-02-28) oder Monat (2017-02); --import-timeline: bis zu diesem Tag oder Zeitpunkt</translation>
    </message>
    <message>
        <source>--import-timeline: the channel of a chat export that holds several</source>
        <translation>--import-timeline: der Kanal eines Chat-Exports, der mehrere enthält</translation>
    </message>
    <message>
        <source>--import-timeline: the zone of times given without an offset or in UTC (Europe/Berlin, America/Los_Angeles, UTC+02:00)</source>
        <translation>--import-timeline: die Zeitzone für Zeiten, die ohne Versatz zu UTC oder in UTC angegeben sind (Europe/Berlin, America/Los_Angeles, UTC+02:00)</translation>
    </message>
    <message>
        <source>--import-timeline: read FILE as this format instead of detecting it: %1</source>
        <translation>--import-timeline: FILE in diesem Format lesen, statt das Format zu erkennen: %1</translation>
    </message>
    <message>
        <source>--copy-library: TO may hold sessions already, if none under an id FROM uses</source>
        <translation>--copy-library: TO darf bereits Sitzungen enthalten, sofern keine unter einer ID, die FROM verwendet</translation>
    </message>
</context>
<context>
    <name>Whyboard::ConnectorHandleItem</name>
    <message>
        <source>Drag onto the card that this one also explains</source>
        <translation>Auf die Karte ziehen, die diese ebenfalls erklärt</translation>
    </message>
</context>
<context>
    <name>Whyboard::CopyLibraryVerb</name>
    <message>
        <source>--copy-library needs FROM and TO</source>
        <translation>--copy-library braucht FROM und TO</translation>
    </message>
    <message>
        <source>“%1” cannot be copied onto itself</source>
        <translation>„%1“ kann nicht auf sich selbst kopiert werden</translation>
    </message>
    <message>
        <source>“%1” already holds a session; nothing was copied (--force adds the copied sessions to it when none of their ids is taken)</source>
        <translation>„%1“ enthält bereits eine Sitzung; es wurde nichts kopiert (--force fügt die kopierten Sitzungen dort hinzu, wenn keine ihrer IDs vergeben ist)</translation>
    </message>
    <message>
        <source>“%1” already holds %2 sessions; nothing was copied (--force adds the copied sessions to them when none of their ids is taken)</source>
        <translation>„%1“ enthält bereits %2 Sitzungen; es wurde nichts kopiert (--force fügt die kopierten Sitzungen dort hinzu, wenn keine ihrer IDs vergeben ist)</translation>
    </message>
    <message>
        <source>nothing was copied from %1 to %2: %3</source>
        <translation>von %1 nach %2 wurde nichts kopiert: %3</translation>
    </message>
    <message>
        <source>copied %1 sessions (%2 in the trash) from %3 to %4; every session reads back the same</source>
        <translation>%1 Sitzungen (%2 im Papierkorb) von %3 nach %4 kopiert; jede Sitzung wird unverändert zurückgelesen</translation>
    </message>
</context>
<context>
    <name>Whyboard::CsvMappingFields</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>First row names the columns</source>
        <translation>Erste Zeile enthält die Spaltennamen</translation>
    </message>
    <message>
        <source>Separated by:</source>
        <translation>Getrennt durch:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Zeit:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>Autor:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>as the file shows</source>
        <translation>wie in der Datei</translation>
    </message>
    <message>
        <source>day first (06/04 is 6 April)</source>
        <translation>Tag zuerst (06/04 ist der 6. April)</translation>
    </message>
    <message>
        <source>month first (04/06 is 6 April)</source>
        <translation>Monat zuerst (04/06 ist der 6. April)</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Spalten:</translation>
    </message>
</context>
<context>
    <name>Whyboard::CsvReader</name>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>a quoted field is never closed</source>
        <translation>ein Feld in Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <source>a row longer than 1 MB: is a quote never closed?</source>
        <translation>eine Zeile länger als 1 MB: wird ein Anführungszeichen nie geschlossen?</translation>
    </message>
    <message>
        <source>the text is not UTF-8: save the file as UTF-8 CSV</source>
        <translation>der Text ist kein UTF-8: die Datei als UTF-8-CSV speichern</translation>
    </message>
    <message>
        <source>more than %1 columns</source>
        <translation>mehr als %1 Spalten</translation>
    </message>
    <message>
        <source>text after a closing quote in column %1</source>
        <translation>Text nach einem schließenden Anführungszeichen in Spalte %1</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>“%1” is empty</source>
        <translation>„%1“ ist leer</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>Whyboard::CsvTimeParser</name>
    <message>
        <source>Dates such as “%1” could be day first or month first: they are read day first, as this computer writes dates.</source>
        <translation>Datumsangaben wie „%1“ können mit dem Tag oder mit dem Monat beginnen: Gelesen werden sie mit dem Tag zuerst, so wie dieser Computer Datumsangaben schreibt.</translation>
    </message>
    <message>
        <source>Dates such as “%1” could be day first or month first: they are read month first, as this computer writes dates.</source>
        <translation>Datumsangaben wie „%1“ können mit dem Tag oder mit dem Monat beginnen: Gelesen werden sie mit dem Monat zuerst, so wie dieser Computer Datumsangaben schreibt.</translation>
    </message>
</context>
<context>
    <name>Whyboard::CsvTimelineReader</name>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>no column is chosen for the time</source>
        <translation>keine Spalte für die Zeit gewählt</translation>
    </message>
    <message>
        <source>it has no time</source>
        <translation>ohne Zeitangabe</translation>
    </message>
    <message>
        <source>time “%1” does not exist in %2: the clocks went forward then</source>
        <translation>Zeit „%1“ gibt es in %2 nicht: Die Uhren wurden da vorgestellt</translation>
    </message>
    <message>
        <source>time “%1” not understood</source>
        <translation>Zeit „%1“ nicht verstanden</translation>
    </message>
    <message>
        <source>no column is chosen for the text</source>
        <translation>keine Spalte für den Text gewählt</translation>
    </message>
    <message>
        <source>it has no text</source>
        <translation>ohne Text</translation>
    </message>
</context>
<context>
    <name>Whyboard::DateTimeLineEdit</name>
    <message>
        <source>not known: type 14:05, +20m or a date</source>
        <translation>unbekannt: 14:05, +20m oder ein Datum eingeben</translation>
    </message>
    <message>
        <source>none: type a date, +3d or tomorrow</source>
        <translation>keins: ein Datum, +3d oder „morgen“ eingeben</translation>
    </message>
    <message>
        <source>Pick the date on a calendar</source>
        <translation>Datum im Kalender wählen</translation>
    </message>
</context>
<context>
    <name>Whyboard::EmptySessionPage</name>
    <message>
        <source>No library is open.</source>
        <translation>Keine Bibliothek geöffnet.</translation>
    </message>
    <message>
        <source>Open Library…</source>
        <translation>Bibliothek öffnen…</translation>
    </message>
    <message>
        <source>This library has no sessions yet.
Start one for the incident you want to understand.</source>
        <translation>Diese Bibliothek enthält noch keine Sitzungen.
Beginnen Sie eine für den Vorfall, den Sie verstehen wollen.</translation>
    </message>
    <message>
        <source>New Session</source>
        <translation>Neue Sitzung</translation>
    </message>
    <message>
        <source>This library has no sessions.</source>
        <translation>Diese Bibliothek enthält keine Sitzungen.</translation>
    </message>
</context>
<context>
    <name>Whyboard::EvidenceDialog</name>
    <message>
        <source>The room has &amp;checked this evidence</source>
        <translation>Die Runde hat diesen Beleg &amp;geprüft</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>(no text yet)</source>
        <translation>(noch kein Text)</translation>
    </message>
    <message>
        <source>&amp;How do you know? (a log line, a graph, a ticket, what someone saw)</source>
        <translation>&amp;Woher wissen Sie das? (eine Logzeile, ein Graph, ein Ticket, was jemand gesehen hat)</translation>
    </message>
    <message>
        <source>A cause counts as verified only when its evidence is written down and checked</source>
        <translation>Eine Ursache gilt erst als geprüft, wenn ihr Beleg aufgeschrieben und geprüft ist</translation>
    </message>
    <message>
        <source>This session is open read-only; changes are not possible.</source>
        <translation>Diese Sitzung ist schreibgeschützt geöffnet; Änderungen sind nicht möglich.</translation>
    </message>
</context>
<context>
    <name>Whyboard::ExportActions</name>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Als &amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>Write the postmortem report as a PDF to share</source>
        <translation>Den Postmortem-Bericht als PDF zum Weitergeben schreiben</translation>
    </message>
    <message>
        <source>Export P&amp;NG…</source>
        <translation>Als PN&amp;G exportieren…</translation>
    </message>
    <message>
        <source>Save the board as a picture for chat</source>
        <translation>Das Board als Bild für den Chat speichern</translation>
    </message>
    <message>
        <source>Export &amp;SVG…</source>
        <translation>Als &amp;SVG exportieren…</translation>
    </message>
    <message>
        <source>Save the board as a scalable drawing</source>
        <translation>Das Board als skalierbare Zeichnung speichern</translation>
    </message>
    <message>
        <source>Export &amp;Markdown…</source>
        <translation>Als &amp;Markdown exportieren…</translation>
    </message>
    <message>
        <source>Write the whole session as Markdown for a wiki or tracker</source>
        <translation>Die ganze Sitzung als Markdown für ein Wiki oder einen Tracker schreiben</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Dr&amp;ucken…</translation>
    </message>
    <message>
        <source>Print the postmortem report</source>
        <translation>Den Postmortem-Bericht drucken</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <source>See the report's pages before printing</source>
        <translation>Die Seiten des Berichts vor dem Drucken ansehen</translation>
    </message>
    <message>
        <source>100 % (the board's own size)</source>
        <translation>100 % (Originalgröße des Boards)</translation>
    </message>
    <message>
        <source>200 % (sharp on high-density screens)</source>
        <translation>200 % (scharf auf hochauflösenden Bildschirmen)</translation>
    </message>
    <message>
        <source>300 % (for slides and print)</source>
        <translation>300 % (für Folien und Druck)</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>Als PNG exportieren</translation>
    </message>
    <message>
        <source>Size of the picture:</source>
        <translation>Größe des Bildes:</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-Zeichnungen (*.svg)</translation>
    </message>
    <message>
        <source>Markdown files (*.md *.markdown)</source>
        <translation>Markdown-Dateien (*.md *.markdown)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Print Report</source>
        <translation>Bericht drucken</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Druckvorschau</translation>
    </message>
    <message>
        <source>Export Session &amp;JSON…</source>
        <translation>Sitzung als &amp;JSON exportieren…</translation>
    </message>
    <message>
        <source>Write the whole session as JSON, to import into another library</source>
        <translation>Die ganze Sitzung als JSON schreiben, um sie in eine andere Bibliothek zu importieren</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>Whyboard sessions (*.json)</source>
        <translation>Whyboard-Sitzungen (*.json)</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The session cannot be written as JSON: %1</source>
        <translation>Die Sitzung kann nicht als JSON geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>Whyboard::FacilitationMenu</name>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Action Balance</source>
        <translation>Maßnahmen-Balance</translation>
    </message>
    <message>
        <source>F&amp;acilitation</source>
        <translation>&amp;Moderation</translation>
    </message>
    <message>
        <source>&amp;Read Back the Chain</source>
        <translation>Kette &amp;vorlesen</translation>
    </message>
    <message>
        <source>Step through each route from a root cause to the problem and mark every step</source>
        <translation>Jeden Weg von einer Grundursache zum Problem durchgehen und jeden Schritt bewerten</translation>
    </message>
    <message>
        <source>&amp;Projector Mode</source>
        <translation>&amp;Beamer-Modus</translation>
    </message>
    <message>
        <source>Full screen, high contrast, large type, with the meeting timer; Esc leaves</source>
        <translation>Vollbild, hoher Kontrast, große Schrift, mit Besprechungs-Timer; Esc beendet</translation>
    </message>
    <message>
        <source>&amp;Hide Names</source>
        <translation>&amp;Namen ausblenden</translation>
    </message>
    <message>
        <source>Start or Pause the Meeting &amp;Timer</source>
        <translation>Besprechungs-&amp;Timer starten oder anhalten</translation>
    </message>
    <message>
        <source>&amp;Next Meeting Phase</source>
        <translation>Nächste Besprechungs&amp;phase</translation>
    </message>
    <message>
        <source>Show participants' names as Person A, Person B, … everywhere on screen; the session keeps them</source>
        <translation>Namen der Teilnehmenden überall auf dem Bildschirm als Person A, Person B, … anzeigen; die Sitzung behält sie</translation>
    </message>
</context>
<context>
    <name>Whyboard::FishbonePage</name>
    <message>
        <source>&amp;Fishbone…</source>
        <translation>&amp;Fischgräte…</translation>
    </message>
    <message>
        <source>Write the fishbone of the session as a PNG, SVG or PDF file</source>
        <translation>Die Fischgräte der Sitzung als PNG-, SVG- oder PDF-Datei schreiben</translation>
    </message>
    <message>
        <source>&amp;Fishbone</source>
        <translation>&amp;Fischgräte</translation>
    </message>
    <message>
        <source>No session is open.</source>
        <translation>Keine Sitzung geöffnet.</translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PDF-Dokument (*.pdf);;PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>Export Fishbone</source>
        <translation>Fischgräte exportieren</translation>
    </message>
    <message>
        <source>Fishbone written to %1</source>
        <translation>Fischgräte nach %1 geschrieben</translation>
    </message>
</context>
<context>
    <name>Whyboard::FishboneView</name>
    <message>
        <source>Fishbone</source>
        <translation>Fischgräte</translation>
    </message>
    <message>
        <source>This session is open read-only; changes are not possible.</source>
        <translation>Diese Sitzung ist schreibgeschützt geöffnet; Änderungen sind nicht möglich.</translation>
    </message>
    <message>
        <source>No session is open: open one or start a new one to see its causes as a fishbone.</source>
        <translation>Keine Sitzung geöffnet: Öffnen oder beginnen Sie eine, um ihre Ursachen als Fischgräte zu sehen.</translation>
    </message>
    <message>
        <source>No causes yet: ask why on the board (Ctrl+1); each cause appears here on the bone of its category.</source>
        <translation>Noch keine Ursachen: Fragen Sie auf dem Board nach dem Warum (Strg+1); jede Ursache erscheint hier an der Gräte ihrer Kategorie.</translation>
    </message>
    <message>
        <source>&amp;Edit Text</source>
        <translation>Text &amp;bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Kategorie</translation>
    </message>
    <message>
        <source>Uncategorised</source>
        <translation>Ohne Kategorie</translation>
    </message>
</context>
<context>
    <name>Whyboard::FollowUpsModel</name>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (überfällig)</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>Überfällig seit %1</translation>
    </message>
    <message>
        <source>Session %1: %2 (Enter opens it)</source>
        <translation>Sitzung %1: %2 (Eingabe öffnet sie)</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Whyboard::FollowUpsPage</name>
    <message>
        <source>Follow-ups</source>
        <translation>Nachverfolgung</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Fällig:</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Open and in progress</source>
        <translation>Offen und in Arbeit</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Next 30 days</source>
        <translation>Nächste 30 Tage</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Kein Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>&amp;Follow-ups</source>
        <translation>&amp;Nachverfolgung</translation>
    </message>
    <message>
        <source>Every action item of the library, with its session, owner, due date and status (Ctrl+3)</source>
        <translation>Alle Maßnahmen der Bibliothek mit Sitzung, Verantwortlichen, Fälligkeitsdatum und Status (Strg+3)</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Wrote the follow-ups to “%1”.</source>
        <translation>Nachverfolgung nach „%1“ geschrieben.</translation>
    </message>
    <message>
        <source>Follow-ups as CSV (Jira, GitHub)…</source>
        <translation>Nachverfolgung als CSV (Jira, GitHub)…</translation>
    </message>
    <message>
        <source>The follow-ups as shown on the Follow-ups page, for a tracker's CSV import</source>
        <translation>Die Maßnahmen wie auf der Seite Nachverfolgung angezeigt, für den CSV-Import eines Trackers</translation>
    </message>
    <message>
        <source>Export Follow-ups as CSV</source>
        <translation>Nachverfolgung als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Follow-ups as Calendar To-dos…</source>
        <translation>Nachverfolgung als Kalender-Aufgaben…</translation>
    </message>
    <message>
        <source>The due dates of the follow-ups as shown, as iCalendar to-dos</source>
        <translation>Die Fälligkeiten der angezeigten Maßnahmen als iCalendar-Aufgaben</translation>
    </message>
    <message>
        <source>Export Follow-ups as Calendar To-dos</source>
        <translation>Nachverfolgung als Kalender-Aufgaben exportieren</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-Dateien (*.ics)</translation>
    </message>
    <message>
        <source>The action items could not be read: %1</source>
        <translation>Die Maßnahmen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Action items: %1</source>
        <translation>Maßnahmen: %1</translation>
    </message>
    <message>
        <source>Action items: %1 of %2</source>
        <translation>Maßnahmen: %1 von %2</translation>
    </message>
    <message>
        <source>overdue: %1</source>
        <translation>überfällig: %1</translation>
    </message>
    <message>
        <source>Enter opens the session; F2 edits the cell; Ctrl+Z undoes the last edit.</source>
        <translation>Eingabe öffnet die Sitzung; F2 bearbeitet die Zelle; Strg+Z macht die letzte Änderung rückgängig.</translation>
    </message>
</context>
<context>
    <name>Whyboard::FollowUpsReview</name>
    <message>
        <source>Review in Follow-ups (Ctrl+3)</source>
        <translation>In Nachverfolgung prüfen (Strg+3)</translation>
    </message>
    <message>
        <source>Start the Timeline</source>
        <translation>Mit der Zeitleiste beginnen</translation>
    </message>
    <message>
        <source>First on the agenda: open actions from earlier incidents (%1)</source>
        <translation>Zuerst auf der Agenda: offene Maßnahmen aus früheren Vorfällen (%1)</translation>
    </message>
    <message>
        <source>Overdue: %1. Read them out before the timeline: done, still needed, who has it?</source>
        <translation>Überfällig: %1. Vor der Zeitleiste vorlesen: erledigt, noch nötig, wer ist zuständig?</translation>
    </message>
    <message>
        <source>Read them out before the timeline: done, still needed, who has it?</source>
        <translation>Vor der Zeitleiste vorlesen: erledigt, noch nötig, wer ist zuständig?</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>niemand verantwortlich</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>kein Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>überfällig seit %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>fällig %1</translation>
    </message>
    <message>
        <source>• %1 (%2, %3)</source>
        <translation>• %1 (%2, %3)</translation>
    </message>
    <message>
        <source>More on the Follow-ups page: %1</source>
        <translation>Mehr auf der Seite Nachverfolgung: %1</translation>
    </message>
</context>
<context>
    <name>Whyboard::FollowUpsVerb</name>
    <message>
        <source>cannot read the action items of “%1”: %2</source>
        <translation>die Maßnahmen von „%1“ können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot write “%1”: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Whyboard::ImportTimelineVerb</name>
    <message>
        <source>%1 needs a day (2017-04-06) or a time (2017-04-06T18:42, 2017-04-06T18:42-07:00), not “%2”</source>
        <translation>%1 braucht einen Tag (2017-04-06) oder einen Zeitpunkt (2017-04-06T18:42, 2017-04-06T18:42-07:00), nicht „%2“</translation>
    </message>
    <message>
        <source>started at %1</source>
        <translation>am %1 ausgelöst</translation>
    </message>
    <message>
        <source>detected at %1</source>
        <translation>am %1 erkannt</translation>
    </message>
    <message>
        <source>resolved at %1</source>
        <translation>am %1 behoben</translation>
    </message>
    <message>
        <source>--import-timeline needs --session ID</source>
        <translation>--import-timeline braucht --session ID</translation>
    </message>
    <message>
        <source>--session needs a session id (a positive number), not “%1”</source>
        <translation>--session braucht eine Sitzungs-ID (eine positive Zahl), nicht „%1“</translation>
    </message>
    <message>
        <source>--time-zone needs a time zone such as Europe/Berlin, America/Los_Angeles or UTC+02:00, not “%1”</source>
        <translation>--time-zone braucht eine Zeitzone wie Europe/Berlin, America/Los_Angeles oder UTC+02:00, nicht „%1“</translation>
    </message>
    <message>
        <source>--format needs one of %1, not “%2”</source>
        <translation>--format braucht einen der Werte %1, nicht „%2“</translation>
    </message>
    <message>
        <source>--until is before --since</source>
        <translation>--until liegt vor --since</translation>
    </message>
    <message>
        <source>“%1” holds several channels: choose one with --channel (%2)</source>
        <translation>„%1“ enthält mehrere Kanäle: einen mit --channel wählen (%2)</translation>
    </message>
    <message>
        <source>there is no session %1 in “%2”</source>
        <translation>in „%2“ gibt es keine Sitzung %1</translation>
    </message>
    <message>
        <source>session %1 in “%2” cannot be read: %3</source>
        <translation>Sitzung %1 in „%2“ kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>Import timeline</source>
        <translation>Zeitleiste importieren</translation>
    </message>
    <message>
        <source>cannot store the events in “%1”: %2</source>
        <translation>die Ereignisse können nicht in „%1“ gespeichert werden: %2</translation>
    </message>
    <message>
        <source>added %1 events to session %2 from %3</source>
        <translation>%1 Ereignisse aus %3 zu Sitzung %2 hinzugefügt</translation>
    </message>
    <message>
        <source>skipped %1: %2 already in the timeline, %3 repeated in the export, %4 not timeline events, %5 outside the time range</source>
        <translation>%1 übersprungen: %2 bereits in der Zeitleiste, %3 im Export wiederholt, %4 keine Zeitleistenereignisse, %5 außerhalb des Zeitraums</translation>
    </message>
    <message>
        <source>the session now says the incident %1</source>
        <translation>die Sitzung gibt jetzt an: Der Vorfall wurde %1</translation>
    </message>
    <message>
        <source>the timeline says the incident %1; the session keeps its own time</source>
        <translation>laut Zeitleiste wurde der Vorfall %1; die Sitzung behält ihre eigene Zeit</translation>
    </message>
</context>
<context>
    <name>Whyboard::LeaseBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Ignorieren</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 asks to edit this session.&lt;/b&gt; Hand it over to let them edit; it stays open here, read-only, and shows their changes.</source>
        <translation>&lt;b&gt;%1 möchte diese Sitzung bearbeiten.&lt;/b&gt; Übergeben Sie sie zum Bearbeiten; sie bleibt hier schreibgeschützt geöffnet und zeigt die Änderungen.</translation>
    </message>
    <message>
        <source>Hand Over</source>
        <translation>Übergeben</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only.&lt;/b&gt; Nobody is editing this session now.</source>
        <translation>&lt;b&gt;Schreibgeschützt.&lt;/b&gt; Gerade bearbeitet niemand diese Sitzung.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only.&lt;/b&gt; %1 is editing this session. You asked to edit it: it opens for editing here when they hand it over.</source>
        <translation>&lt;b&gt;Schreibgeschützt.&lt;/b&gt; %1 bearbeitet diese Sitzung. Sie haben die Bearbeitung angefragt: Die Sitzung öffnet sich hier zum Bearbeiten, sobald sie Ihnen übergeben wird.</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Angefragt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only.&lt;/b&gt; %1 is editing this session; their changes appear here as they make them.</source>
        <translation>&lt;b&gt;Schreibgeschützt.&lt;/b&gt; %1 bearbeitet diese Sitzung; die Änderungen erscheinen hier, sobald sie vorgenommen werden.</translation>
    </message>
    <message>
        <source>Ask to Edit</source>
        <translation>Bearbeitung anfragen</translation>
    </message>
</context>
<context>
    <name>Whyboard::Library</name>
    <message>
        <source>another program</source>
        <translation>einem anderen Programm</translation>
    </message>
    <message>
        <source>process %1 on host %2</source>
        <translation>Prozess %1 auf Rechner %2</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>Cannot open the library “%1”: %2</source>
        <translation>Die Bibliothek „%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>it is a folder, not a library file.</source>
        <translation>Sie ist ein Ordner, keine Bibliotheksdatei.</translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation>Die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>you have no permission to write it or its folder.</source>
        <translation>Sie haben keine Schreibrechte für die Datei oder ihren Ordner.</translation>
    </message>
    <message>
        <source>it is not a Whyboard library, or it is damaged (%1).</source>
        <translation>Sie ist keine Whyboard-Bibliothek oder beschädigt (%1).</translation>
    </message>
    <message>
        <source>it is empty, not a Whyboard library.</source>
        <translation>Sie ist leer, keine Whyboard-Bibliothek.</translation>
    </message>
    <message>
        <source>it is a database of another program, not a Whyboard library.</source>
        <translation>Sie ist eine Datenbank eines anderen Programms, keine Whyboard-Bibliothek.</translation>
    </message>
    <message>
        <source>it contains triggers or views that Whyboard did not create, so it is not opened.</source>
        <translation>Sie enthält Trigger oder Views, die Whyboard nicht angelegt hat, und wird daher nicht geöffnet.</translation>
    </message>
    <message>
        <source>the file is damaged or truncated%1.</source>
        <translation>Die Datei ist beschädigt oder abgeschnitten%1.</translation>
    </message>
    <message>
        <source>it was made by a newer Whyboard (library version %1; this version knows up to %2). It can be opened read-only.</source>
        <translation>Sie wurde von einem neueren Whyboard erstellt (Bibliotheksversion %1; diese Version kennt bis %2). Sie kann schreibgeschützt geöffnet werden.</translation>
    </message>
    <message>
        <source>its folder cannot be created.</source>
        <translation>Ihr Ordner kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>it is in use by another Whyboard (%1). It can be opened read-only.</source>
        <translation>Sie wird von einem anderen Whyboard verwendet (%1). Sie kann schreibgeschützt geöffnet werden.</translation>
    </message>
    <message>
        <source>its lock file cannot be created beside it.</source>
        <translation>Ihre Sperrdatei kann daneben nicht angelegt werden.</translation>
    </message>
    <message>
        <source>it cannot be read (%1).</source>
        <translation>Sie kann nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>it could not be brought up to this version of Whyboard (%1).</source>
        <translation>Sie konnte nicht auf diese Whyboard-Version gebracht werden (%1).</translation>
    </message>
    <message>
        <source>it cannot be opened for writing (%1).</source>
        <translation>Sie kann nicht zum Schreiben geöffnet werden (%1).</translation>
    </message>
    <message>
        <source>The library is open read-only.</source>
        <translation>Die Bibliothek ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>Another session already uses the id %1.</source>
        <translation>Eine andere Sitzung verwendet bereits die ID %1.</translation>
    </message>
    <message>
        <source>The session has no id in this library yet.</source>
        <translation>Die Sitzung hat in dieser Bibliothek noch keine ID.</translation>
    </message>
    <message>
        <source>The session could not be saved to the library: %1</source>
        <translation>Die Sitzung konnte nicht in der Bibliothek gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The session cannot be stored here.</source>
        <translation>Die Sitzung kann hier nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>There is no session %1 in the trash.</source>
        <translation>Im Papierkorb gibt es keine Sitzung %1.</translation>
    </message>
    <message>
        <source>its library version (%1) is not one Whyboard ever wrote, so it is not opened.</source>
        <translation>Ihre Bibliotheksversion (%1) stammt von keinem Whyboard, daher wird sie nicht geöffnet.</translation>
    </message>
    <message>
        <source>it is not a regular file (a device, a pipe or a socket), so it is not opened.</source>
        <translation>Sie ist keine gewöhnliche Datei (ein Gerät, eine Pipe oder ein Socket), daher wird sie nicht geöffnet.</translation>
    </message>
    <message>
        <source>it ends part-way through a page</source>
        <translation>sie endet mitten in einer Seite</translation>
    </message>
    <message>
        <source>%1. Whyboard never writes such a value, so the file is not opened.</source>
        <translation>%1. Whyboard schreibt nie einen solchen Wert, daher wird die Datei nicht geöffnet.</translation>
    </message>
    <message>
        <source>it is not a Whyboard library, or it is damaged (it holds no tables).</source>
        <translation>Sie ist keine Whyboard-Bibliothek oder beschädigt (sie enthält keine Tabellen).</translation>
    </message>
    <message>
        <source>the disk it is on is full, so it cannot be opened now; even reading needs a little room beside it. The library itself is untouched: free some space and try again.</source>
        <translation>Der Datenträger, auf dem sie liegt, ist voll, daher kann sie jetzt nicht geöffnet werden; selbst Lesen braucht daneben etwas Platz. Die Bibliothek selbst ist unverändert: Geben Sie etwas Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>the system reported an input/output error while reading it (%1). The library has not been changed; check the disk or the network share it is on.</source>
        <translation>Das System hat beim Lesen einen Ein-/Ausgabefehler gemeldet (%1). Die Bibliothek wurde nicht verändert; prüfen Sie den Datenträger oder die Netzwerkfreigabe, auf der sie liegt.</translation>
    </message>
    <message>
        <source>table “%1”, column “%2”: %3</source>
        <translation>Tabelle „%1“, Spalte „%2“: %3</translation>
    </message>
    <message>
        <source>table “%1”, row %2, column “%3”: %4</source>
        <translation>Tabelle „%1“, Zeile %2, Spalte „%3“: %4</translation>
    </message>
    <message>
        <source>NULL</source>
        <translation>NULL</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a real number</source>
        <translation>eine reelle Zahl</translation>
    </message>
    <message>
        <source>binary data</source>
        <translation>Binärdaten</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>holds %1 where text belongs</source>
        <translation>enthält %1, wo Text hingehört</translation>
    </message>
    <message>
        <source>holds %1 where a whole number belongs</source>
        <translation>enthält %1, wo eine ganze Zahl hingehört</translation>
    </message>
    <message>
        <source>holds %1, outside %2 to %3</source>
        <translation>enthält %1, außerhalb von %2 bis %3</translation>
    </message>
    <message>
        <source>holds NULL where a whole number belongs</source>
        <translation>enthält NULL, wo eine ganze Zahl hingehört</translation>
    </message>
    <message>
        <source>holds %1 where a number belongs</source>
        <translation>enthält %1, wo eine Zahl hingehört</translation>
    </message>
    <message>
        <source>holds a time outside the years %1 to %2</source>
        <translation>enthält einen Zeitpunkt außerhalb der Jahre %1 bis %2</translation>
    </message>
    <message>
        <source>holds no list of ids</source>
        <translation>enthält keine Liste von IDs</translation>
    </message>
    <message>
        <source>holds %1, which is not a set of roles this version of Whyboard knows</source>
        <translation>enthält %1, keine Rollenkombination, die diese Whyboard-Version kennt</translation>
    </message>
    <message>
        <source>holds %1, which is not a value this version of Whyboard knows</source>
        <translation>enthält %1, keinen Wert, den diese Whyboard-Version kennt</translation>
    </message>
    <message>
        <source>its tables cannot be read.</source>
        <translation>Ihre Tabellen können nicht gelesen werden.</translation>
    </message>
    <message>
        <source>its table “%1” is missing, so it is not a whole Whyboard library.</source>
        <translation>Ihre Tabelle „%1“ fehlt, daher ist sie keine vollständige Whyboard-Bibliothek.</translation>
    </message>
    <message>
        <source>its table “%1” has no column “%2”, so it is not a whole Whyboard library.</source>
        <translation>Ihre Tabelle „%1“ hat keine Spalte „%2“, daher ist sie keine vollständige Whyboard-Bibliothek.</translation>
    </message>
    <message>
        <source>table “sessions”, row id %1, column “last_item_number”: an item id's number is beyond %2</source>
        <translation>Tabelle „sessions“, Zeile mit ID %1, Spalte „last_item_number“: die Nummer einer Element-ID liegt über %2</translation>
    </message>
    <message>
        <source>table “counters”: the row “last_session_id” is missing</source>
        <translation>Tabelle „counters“: die Zeile „last_session_id“ fehlt</translation>
    </message>
    <message>
        <source>holds %1 tags; at most %2 are allowed</source>
        <translation>enthält %1 Tags; höchstens %2 sind erlaubt</translation>
    </message>
    <message>
        <source>cannot read the library: %1</source>
        <translation>die Bibliothek kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Someone else took session %1 while the connection was lost; it is read-only here now.</source>
        <translation>Jemand anderes hat Sitzung %1 übernommen, während die Verbindung unterbrochen war; sie ist hier jetzt schreibgeschützt.</translation>
    </message>
    <message>
        <source>The connection to the server was lost at %1; reconnecting… Your edits up to %2 are saved.</source>
        <translation>Die Verbindung zum Server ist um %1 abgebrochen; sie wird wiederhergestellt… Ihre Änderungen bis %2 sind gespeichert.</translation>
    </message>
    <message>
        <source>While the connection was down, someone else changed the session “%1” on the server. It stays read-only here so that neither version overwrites the other; open it again to see the server's version.</source>
        <translation>Während die Verbindung unterbrochen war, hat jemand anderes die Sitzung „%1“ auf dem Server geändert. Sie bleibt hier schreibgeschützt, damit keine Fassung die andere überschreibt; öffnen Sie sie erneut, um die Fassung des Servers zu sehen.</translation>
    </message>
    <message>
        <source>the session was changed by someone else meanwhile</source>
        <translation>die Sitzung wurde inzwischen von jemand anderem geändert</translation>
    </message>
</context>
<context>
    <name>Whyboard::LibraryActions</name>
    <message>
        <source>&amp;Open Library…</source>
        <translation>Bibliothek ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>New &amp;Library…</source>
        <translation>Neue Bibliothek &amp;anlegen…</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>&amp;Kopie speichern…</translation>
    </message>
    <message>
        <source>New Library</source>
        <translation>Neue Bibliothek</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Kopie speichern</translation>
    </message>
    <message>
        <source>Saved a copy to %1</source>
        <translation>Kopie gespeichert unter %1</translation>
    </message>
    <message>
        <source>The copy could not be written: %1</source>
        <translation>Die Kopie konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>&amp;Import Session…</source>
        <translation>Sitzung &amp;importieren…</translation>
    </message>
    <message>
        <source>Add a session from a Whyboard JSON file (as whyboard --import does)</source>
        <translation>Eine Sitzung aus einer Whyboard-JSON-Datei hinzufügen (wie whyboard --import)</translation>
    </message>
    <message>
        <source>Import Session</source>
        <translation>Sitzung importieren</translation>
    </message>
    <message>
        <source>Whyboard session (*.json);;All files (*)</source>
        <translation>Whyboard-Sitzung (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Imported “%1”.</source>
        <translation>„%1“ importiert.</translation>
    </message>
    <message>
        <source>Nothing was imported: the file is not a session Whyboard can read.

%1</source>
        <translation>Nichts wurde importiert: Die Datei ist keine Sitzung, die Whyboard lesen kann.

%1</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>The backup could not be restored: %1</source>
        <translation>Die Sicherung konnte nicht wiederhergestellt werden: %1</translation>
    </message>
    <message>
        <source>Restored the library from the backup of %1.</source>
        <translation>Die Bibliothek wurde aus der Sicherung vom %1 wiederhergestellt.</translation>
    </message>
    <message>
        <source>Restored the library from the backup of %1. The damaged file stays beside it as “%2”.</source>
        <translation>Die Bibliothek wurde aus der Sicherung vom %1 wiederhergestellt. Die beschädigte Datei bleibt daneben als „%2“.</translation>
    </message>
    <message>
        <source>Cause Ca&amp;tegories…</source>
        <translation>Ursachen&amp;kategorien…</translation>
    </message>
    <message>
        <source>The contributing factors why cards can name, for every session of this library</source>
        <translation>Die beitragenden Faktoren, die Warum-Karten nennen können, für jede Sitzung dieser Bibliothek</translation>
    </message>
    <message>
        <source>Open Library on a &amp;Server…</source>
        <translation>Bibliothek auf einem &amp;Server öffnen…</translation>
    </message>
    <message>
        <source>Open a team library in a database on a PostgreSQL server</source>
        <translation>Eine Team-Bibliothek in einer Datenbank auf einem PostgreSQL-Server öffnen</translation>
    </message>
</context>
<context>
    <name>Whyboard::LibraryBackup</name>
    <message>
        <source>No backup was made of “%1”: %2</source>
        <translation>Von „%1“ wurde keine Sicherung angelegt: %2</translation>
    </message>
    <message>
        <source>the folder “%1” cannot be created.</source>
        <translation>der Ordner „%1“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>the copy failed its integrity check.</source>
        <translation>die Kopie hat die Integritätsprüfung nicht bestanden.</translation>
    </message>
    <message>
        <source>the copy could not be given its name.</source>
        <translation>die Kopie konnte nicht umbenannt werden.</translation>
    </message>
</context>
<context>
    <name>Whyboard::LibraryBackupRestore</name>
    <message>
        <source>“%1” could not be moved aside.</source>
        <translation>„%1“ konnte nicht beiseitegelegt werden.</translation>
    </message>
    <message>
        <source>the copy “%1” could not be put in place of the library (is the disk full?).</source>
        <translation>die Kopie „%1“ konnte nicht an die Stelle der Bibliothek gesetzt werden (ist der Datenträger voll?).</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>A backup from %1 can take its place (the damaged file is kept): whyboard --restore-backup %2</source>
        <translation>Eine Sicherung vom %1 kann ihren Platz einnehmen (die beschädigte Datei bleibt erhalten): whyboard --restore-backup %2</translation>
    </message>
</context>
<context>
    <name>Whyboard::LibraryCopy</name>
    <message>
        <source>A copy cannot replace the library itself.</source>
        <translation>Eine Kopie kann nicht die Bibliothek selbst ersetzen.</translation>
    </message>
    <message>
        <source>“%1” is a folder.</source>
        <translation>„%1“ ist ein Ordner.</translation>
    </message>
    <message>
        <source>There is no session %1 in this library.</source>
        <translation>In dieser Bibliothek gibt es keine Sitzung %1.</translation>
    </message>
    <message>
        <source>The copy could not be moved to “%1”.</source>
        <translation>Die Kopie konnte nicht nach „%1“ verschoben werden.</translation>
    </message>
    <message>
        <source>the sessions of “%1” cannot be listed (%2)</source>
        <translation>die Sitzungen von „%1“ können nicht aufgelistet werden (%2)</translation>
    </message>
    <message>
        <source>“%1” already holds sessions</source>
        <translation>„%1“ enthält bereits Sitzungen</translation>
    </message>
    <message>
        <source>“%1” already has sessions with the ids %2</source>
        <translation>„%1“ hat bereits Sitzungen mit den IDs %2</translation>
    </message>
    <message>
        <source>session %1 cannot be read from “%2” (%3)</source>
        <translation>Sitzung %1 kann nicht aus „%2“ gelesen werden (%3)</translation>
    </message>
    <message>
        <source>session %1 cannot be exported to be compared (%2)</source>
        <translation>Sitzung %1 kann für den Vergleich nicht exportiert werden (%2)</translation>
    </message>
    <message>
        <source>session %1 cannot be written</source>
        <translation>Sitzung %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>session %1 cannot be put in the trash</source>
        <translation>Sitzung %1 kann nicht in den Papierkorb verschoben werden</translation>
    </message>
    <message>
        <source>the cause categories cannot be written</source>
        <translation>die Ursachenkategorien können nicht geschrieben werden</translation>
    </message>
    <message>
        <source>session %1 does not read back the same from the copy</source>
        <translation>Sitzung %1 wird aus der Kopie nicht unverändert zurückgelesen</translation>
    </message>
    <message>
        <source>session %1 is not in the copy's trash as it was deleted</source>
        <translation>Sitzung %1 liegt nicht so im Papierkorb der Kopie, wie sie gelöscht wurde</translation>
    </message>
    <message>
        <source>the copy lacks the cause category “%1”</source>
        <translation>der Kopie fehlt die Ursachenkategorie „%1“</translation>
    </message>
    <message>
        <source>A copy is saved as a file; “%1” is a server's address.</source>
        <translation>Eine Kopie wird als Datei gespeichert; „%1“ ist die Adresse eines Servers.</translation>
    </message>
</context>
<context>
    <name>Whyboard::LibraryDialogs</name>
    <message>
        <source>Whyboard libraries (*%1)</source>
        <translation>Whyboard-Bibliotheken (*%1)</translation>
    </message>
</context>
<context>
    <name>Whyboard::LibraryFiguresTable</name>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Vorfälle</translation>
    </message>
    <message>
        <source>SEV 1</source>
        <translation>SEV 1</translation>
    </message>
    <message>
        <source>SEV 2</source>
        <translation>SEV 2</translation>
    </message>
    <message>
        <source>SEV 3</source>
        <translation>SEV 3</translation>
    </message>
    <message>
        <source>SEV 4</source>
        <translation>SEV 4</translation>
    </message>
    <message>
        <source>Detect mean</source>
        <translation>Erkennung Mittel</translation>
    </message>
    <message>
        <source>Detect median</source>
        <translation>Erkennung Median</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Resolve mean</source>
        <translation>Behebung Mittel</translation>
    </message>
    <message>
        <source>Resolve median</source>
        <translation>Behebung Median</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Done on time</source>
        <translation>Pünktlich erledigt</translation>
    </message>
</context>
<context>
    <name>Whyboard::LibraryLease</name>
    <message>
        <source>someone</source>
        <translation>jemand</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>%1 (server process %2)</source>
        <translation>%1 (Serverprozess %2)</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>ein anderes Programm</translation>
    </message>
</context>
<context>
    <name>Whyboard::LibraryLocation</name>
    <message>
        <source>“%1” looks like an address, but Whyboard opens only a library file or a PostgreSQL server (postgresql://host/database).</source>
        <translation>„%1“ sieht wie eine Adresse aus, aber Whyboard öffnet nur eine Bibliotheksdatei oder einen PostgreSQL-Server (postgresql://host/database).</translation>
    </message>
    <message>
        <source>“%1” is not a PostgreSQL address Whyboard can read: write it as postgresql://user@host:port/database.</source>
        <translation>„%1“ ist keine PostgreSQL-Adresse, die Whyboard lesen kann: Schreiben Sie sie als postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <source>“%1” has a broken %-escape in “%2”: write a character the address needs literally as %XX (for example %40 for @).</source>
        <translation>„%1“ enthält in „%2“ eine fehlerhafte %-Maskierung: Schreiben Sie ein Zeichen, das die Adresse wörtlich enthalten soll, als %XX (zum Beispiel %40 für @).</translation>
    </message>
    <message>
        <source>“%1”: “%2” is not a port number (1 to 65535).</source>
        <translation>„%1“: „%2“ ist keine Portnummer (1 bis 65535).</translation>
    </message>
    <message>
        <source>“%1” names several servers; Whyboard connects to one.</source>
        <translation>„%1“ nennt mehrere Server; Whyboard verbindet sich mit einem.</translation>
    </message>
    <message>
        <source>“%1”: an IPv6 address goes in brackets, as in postgresql://[::1]:5432/database.</source>
        <translation>„%1“: Eine IPv6-Adresse steht in eckigen Klammern, wie in postgresql://[::1]:5432/database.</translation>
    </message>
    <message>
        <source>“%1”: “%2” in the address is not a setting written as key=value.</source>
        <translation>„%1“: „%2“ in der Adresse ist keine als key=value geschriebene Einstellung.</translation>
    </message>
    <message>
        <source>“%1”: the value of %2 may not hold a “;”.</source>
        <translation>„%1“: Der Wert von %2 darf kein „;“ enthalten.</translation>
    </message>
    <message>
        <source>“%1”: “%2” is not a PostgreSQL connection setting Whyboard passes on.</source>
        <translation>„%1“: „%2“ ist keine PostgreSQL-Verbindungseinstellung, die Whyboard weitergibt.</translation>
    </message>
    <message>
        <source>“%1”: sslmode is one of disable, allow, prefer, require, verify-ca or verify-full, not “%2”.</source>
        <translation>„%1“: sslmode ist disable, allow, prefer, require, verify-ca oder verify-full, nicht „%2“.</translation>
    </message>
    <message>
        <source>“%1” names no database: add it after the server, as in postgresql://host/whyboard.</source>
        <translation>„%1“ nennt keine Datenbank: Fügen Sie sie nach dem Server an, wie in postgresql://host/whyboard.</translation>
    </message>
    <message>
        <source>this computer, port %1</source>
        <translation>diesem Computer, Port %1</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>diesem Computer</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <extracomment>A library on a PostgreSQL server in the window title: "team on db.example.com".</extracomment>
        <translation>%1 auf %2</translation>
    </message>
</context>
<context>
    <name>Whyboard::LibraryOverviewPage</name>
    <message>
        <source>Export Library Report</source>
        <translation>Bibliotheksbericht exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Save Charts as SVG</source>
        <translation>Diagramme als SVG speichern</translation>
    </message>
    <message>
        <source>Library &amp;Overview</source>
        <translation>Bibliotheks&amp;übersicht</translation>
    </message>
    <message>
        <source>&amp;Library Report…</source>
        <translation>Bibliotheks&amp;bericht…</translation>
    </message>
    <message>
        <source>No library is open.</source>
        <translation>Keine Bibliothek geöffnet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; incidents · median time to detect &lt;b&gt;%2&lt;/b&gt; (%3) · median time to resolve &lt;b&gt;%4&lt;/b&gt; (%5) · &lt;b&gt;%6&lt;/b&gt; of actions done on time · &lt;b&gt;%7&lt;/b&gt; overdue</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; Vorfälle · Median bis zur Erkennung &lt;b&gt;%2&lt;/b&gt; (%3) · Median bis zur Behebung &lt;b&gt;%4&lt;/b&gt; (%5) · &lt;b&gt;%6&lt;/b&gt; der Maßnahmen pünktlich erledigt · &lt;b&gt;%7&lt;/b&gt; überfällig</translation>
    </message>
    <message>
        <source>n=%1</source>
        <translation>n=%1</translation>
    </message>
    <message>
        <source>Top cause categories</source>
        <translation>Häufigste Ursachenkategorien</translation>
    </message>
    <message>
        <source>No why card has a category.</source>
        <translation>Keine Warum-Karte hat eine Kategorie.</translation>
    </message>
    <message>
        <source>Top tags and services</source>
        <translation>Häufigste Tags und Dienste</translation>
    </message>
    <message>
        <source>No why card has a tag.</source>
        <translation>Keine Warum-Karte hat ein Tag.</translation>
    </message>
    <message>
        <source>Overdue actions by owner</source>
        <translation>Überfällige Maßnahmen nach Verantwortlichen</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(niemand verantwortlich)</translation>
    </message>
    <message>
        <source>No action is overdue.</source>
        <translation>Keine Maßnahme ist überfällig.</translation>
    </message>
    <message>
        <source>Library overview</source>
        <translation>Bibliotheksübersicht</translation>
    </message>
    <message>
        <source>&amp;Per:</source>
        <translation>&amp;Pro:</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>Severit&amp;y:</source>
        <translation>Schwere&amp;grad:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>Tag or servi&amp;ce:</source>
        <translation>Tag oder &amp;Dienst:</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>jeder Tag</translation>
    </message>
    <message>
        <source>E&amp;xport Report…</source>
        <translation>Bericht e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save Charts as SVG…</source>
        <translation>Diagramme als SVG speichern…</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Alle Schweregrade</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Tags</translation>
    </message>
    <message>
        <source>cannot write “%1”</source>
        <translation>„%1“ kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>library-report.pdf</source>
        <translation>bibliotheksbericht.pdf</translation>
    </message>
</context>
<context>
    <name>Whyboard::LibraryReport</name>
    <message>
        <source>Page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <source>Library report %1 – %2 · written %3</source>
        <translation>Bibliotheksbericht %1 – %2 · erstellt %3</translation>
    </message>
    <message>
        <source>Library report</source>
        <translation>Bibliotheksbericht</translation>
    </message>
    <message>
        <source>Incidents from %1 to %2</source>
        <translation>Vorfälle vom %1 bis %2</translation>
    </message>
    <message>
        <source>incidents</source>
        <translation>Vorfälle</translation>
    </message>
    <message>
        <source>median time to detect, n = %1</source>
        <translation>Median bis zur Erkennung, n = %1</translation>
    </message>
    <message>
        <source>median time to resolve, n = %1</source>
        <translation>Median bis zur Behebung, n = %1</translation>
    </message>
    <message>
        <source>actions done on time</source>
        <translation>Maßnahmen pünktlich erledigt</translation>
    </message>
    <message>
        <source>actions overdue</source>
        <translation>Maßnahmen überfällig</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Trends</translation>
    </message>
    <message>
        <source>Severity mix</source>
        <translation>Verteilung der Schweregrade</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Vorfälle</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Figures per period</source>
        <translation>Zahlen pro Zeitraum</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <source>Detect: mean / median</source>
        <translation>Erkennung: Mittel / Median</translation>
    </message>
    <message>
        <source>Resolve: mean / median</source>
        <translation>Behebung: Mittel / Median</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Top cause categories</source>
        <translation>Häufigste Ursachenkategorien</translation>
    </message>
    <message>
        <source>No why card of these incidents has a category.</source>
        <translation>Keine Warum-Karte dieser Vorfälle hat eine Kategorie.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Why cards</source>
        <translation>Warum-Karten</translation>
    </message>
    <message>
        <source>Repeat causes</source>
        <translation>Wiederkehrende Ursachen</translation>
    </message>
    <message>
        <source>Follow-up completion</source>
        <translation>Erledigung der Maßnahmen</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Overdue (open or in progress, past due)</source>
        <translation>Überfällig (offen oder in Arbeit, Termin verstrichen)</translation>
    </message>
    <message>
        <source>Done on time, of those done or overdue with a due day</source>
        <translation>Pünktlich erledigt, von den erledigten oder überfälligen mit Fälligkeitstag</translation>
    </message>
    <message>
        <source>Overdue actions by owner</source>
        <translation>Überfällige Maßnahmen nach Verantwortlichen</translation>
    </message>
    <message>
        <source>No action is overdue.</source>
        <translation>Keine Maßnahme ist überfällig.</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(niemand verantwortlich)</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation>Überfällige Maßnahmen</translation>
    </message>
    <message>
        <source>cannot write “%1”: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot write “%1”</source>
        <translation>„%1“ kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>Whyboard::LibraryReportVerb</name>
    <message>
        <source>cannot read “%1”: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Whyboard::LibraryServerOpening</name>
    <message>
        <source>the server has no user “%1” (%2).</source>
        <translation>Der Server hat keinen Benutzer „%1“ (%2).</translation>
    </message>
    <message>
        <source>(your login name)</source>
        <translation>(Ihr Anmeldename)</translation>
    </message>
    <message>
        <source>the server did not accept the user “%1” without the right password (%2).</source>
        <translation>Der Server hat den Benutzer „%1“ ohne das richtige Passwort nicht akzeptiert (%2).</translation>
    </message>
    <message>
        <source>the server has no database “%1”. Create it first (createdb), then open it here.</source>
        <translation>Der Server hat keine Datenbank „%1“. Legen Sie sie zuerst an (createdb) und öffnen Sie sie dann hier.</translation>
    </message>
    <message>
        <source>the server does not let this user do that (%1).</source>
        <translation>Der Server erlaubt diesem Benutzer das nicht (%1).</translation>
    </message>
    <message>
        <source>the server cannot be reached (%1).</source>
        <translation>Der Server ist nicht erreichbar (%1).</translation>
    </message>
    <message>
        <source>the database holds tables of another program, not a Whyboard library.</source>
        <translation>Die Datenbank enthält Tabellen eines anderen Programms, keine Whyboard-Bibliothek.</translation>
    </message>
    <message>
        <source>the database holds triggers, views or rules that Whyboard did not create, so it is not opened.</source>
        <translation>Die Datenbank enthält Trigger, Views oder Regeln, die Whyboard nicht angelegt hat, und wird daher nicht geöffnet.</translation>
    </message>
    <message>
        <source>its table whyboard_library is empty, so it is not a whole Whyboard library.</source>
        <translation>Ihre Tabelle whyboard_library ist leer, daher ist sie keine vollständige Whyboard-Bibliothek.</translation>
    </message>
    <message>
        <source>the database is marked as another program's, not a Whyboard library.</source>
        <translation>Die Datenbank ist als Datenbank eines anderen Programms gekennzeichnet, nicht als Whyboard-Bibliothek.</translation>
    </message>
    <message>
        <source>its library version (%1) is not one Whyboard ever wrote, so it is not opened.</source>
        <translation>Ihre Bibliotheksversion (%1) stammt von keinem Whyboard, daher wird sie nicht geöffnet.</translation>
    </message>
    <message>
        <source>the database “%1” holds no Whyboard library yet; open it once for writing to create one.</source>
        <translation>Die Datenbank „%1“ enthält noch keine Whyboard-Bibliothek; öffnen Sie sie einmal zum Schreiben, um eine anzulegen.</translation>
    </message>
    <message>
        <source>it was made by a newer Whyboard (library version %1; this version knows up to %2). It can be opened read-only.</source>
        <translation>Sie wurde von einem neueren Whyboard erstellt (Bibliotheksversion %1; diese Version kennt bis %2). Sie kann schreibgeschützt geöffnet werden.</translation>
    </message>
    <message>
        <source>the user “%1” may read this library but not change it. It can be opened read-only.</source>
        <translation>Der Benutzer „%1“ darf diese Bibliothek lesen, aber nicht ändern. Sie kann schreibgeschützt geöffnet werden.</translation>
    </message>
    <message>
        <source>the user “%1” may not create tables in the database “%2”: the library's editor role must own the database or be granted CREATE on its schema.</source>
        <translation>Der Benutzer „%1“ darf in der Datenbank „%2“ keine Tabellen anlegen: Die Editor-Rolle der Bibliothek muss Eigentümerin der Datenbank sein oder das Recht CREATE auf ihrem Schema erhalten.</translation>
    </message>
    <message>
        <source>the library could not be brought up to this version of Whyboard (%1).</source>
        <translation>Die Bibliothek konnte nicht auf diese Whyboard-Version gebracht werden (%1).</translation>
    </message>
    <message>
        <source>%1. Whyboard never writes such a value, so the library is not opened.</source>
        <translation>%1. Whyboard schreibt nie einen solchen Wert, daher wird die Bibliothek nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>Whyboard::LibraryStatistics</name>
    <message>
        <source>Q%1 %2</source>
        <extracomment>A quarter of a year on a chart's axis: "Q1 2025"</extracomment>
        <translation>Q%1 %2</translation>
    </message>
</context>
<context>
    <name>Whyboard::LibraryVerbs</name>
    <message>
        <source>cannot list the sessions of “%1”: %2</source>
        <translation>die Sitzungen von „%1“ können nicht aufgelistet werden: %2</translation>
    </message>
    <message>
        <source>one session a line: id, title, severity, status</source>
        <translation>eine Sitzung pro Zeile: ID, Titel, Schweregrad, Status</translation>
    </message>
    <message>
        <source>one open or in-progress action a line: session id, session title, action, owner, due, status</source>
        <translation>eine offene oder laufende Maßnahme pro Zeile: Sitzungs-ID, Sitzungstitel, Maßnahme, Verantwortlich, fällig, Status</translation>
    </message>
    <message>
        <source>write the actions' due dates as calendar to-dos (iCalendar)</source>
        <translation>die Fälligkeiten der Maßnahmen als Kalender-Aufgaben schreiben (iCalendar)</translation>
    </message>
    <message>
        <source>write the actions as CSV for a tracker's importer (Jira, GitHub tools)</source>
        <translation>die Maßnahmen als CSV für den Import eines Trackers schreiben (Jira, GitHub-Tools)</translation>
    </message>
    <message>
        <source>search titles, summaries, cards, evidence, timeline and actions, best match first: session, title, where, snippet with the match in » «</source>
        <translation>Titel, Zusammenfassungen, Karten, Belege, Zeitleiste und Maßnahmen durchsuchen, beste Treffer zuerst: Sitzung, Titel, Fundort, Ausschnitt mit dem Treffer in » «</translation>
    </message>
    <message>
        <source>incidents by severity, time to detect and resolve, cost and follow-up per month (or quarter)</source>
        <translation>Vorfälle nach Schweregrad, Zeit bis Erkennung und Behebung, Kosten und Nachverfolgung pro Monat (oder Quartal)</translation>
    </message>
    <message>
        <source>the library report: trends, causes and follow-ups of the period as PDF</source>
        <translation>der Bibliotheksbericht: Trends, Ursachen und Nachverfolgung des Zeitraums als PDF</translation>
    </message>
    <message>
        <source>no command given (see --help)</source>
        <translation>kein Befehl angegeben (siehe --help)</translation>
    </message>
    <message>
        <source>%1 needs %2</source>
        <translation>%1 braucht %2</translation>
    </message>
    <message>
        <source>%1 is given twice</source>
        <translation>%1 ist doppelt angegeben</translation>
    </message>
    <message>
        <source>%1 needs a date as 2017-02-28 or 2017-02, not “%2”</source>
        <translation>%1 braucht ein Datum wie 2017-02-28 oder 2017-02, nicht „%2“</translation>
    </message>
    <message>
        <source>add a session's timeline from a Slack or Mattermost export, PagerDuty or Opsgenie log, or CSV; entries already in the timeline are not added again</source>
        <translation>die Zeitleiste einer Sitzung aus einem Slack- oder Mattermost-Export, PagerDuty- oder Opsgenie-Protokoll oder einer CSV-Datei ergänzen; Einträge, die schon in der Zeitleiste stehen, werden nicht erneut hinzugefügt</translation>
    </message>
    <message>
        <source>copy every session (the trash too) and the cause categories from one library to another, a file or a postgresql:// server either way, under the same ids, and check that each reads back the same; TO must hold no session, or with --force none under an id FROM uses</source>
        <translation>alle Sitzungen (auch die im Papierkorb) und die Ursachenkategorien unter denselben IDs von einer Bibliothek in eine andere kopieren, ob Datei oder postgresql://-Server, in beide Richtungen, und prüfen, dass jede unverändert zurückgelesen wird; TO darf keine Sitzung enthalten, oder mit --force keine unter einer ID, die FROM verwendet</translation>
    </message>
</context>
<context>
    <name>Whyboard::LibraryWriter</name>
    <message>
        <source>The change could not be saved to the library: %1</source>
        <translation>Die Änderung konnte nicht in der Bibliothek gespeichert werden: %1</translation>
    </message>
    <message>
        <source>someone else changed this session in the library meanwhile; it is read-only here now.</source>
        <translation>jemand anderes hat diese Sitzung inzwischen in der Bibliothek geändert; sie ist hier jetzt schreibgeschützt.</translation>
    </message>
</context>
<context>
    <name>Whyboard::LinkItem</name>
    <message>
        <source>“%1” explains “%2”</source>
        <translation>„%1“ erklärt „%2“</translation>
    </message>
</context>
<context>
    <name>Whyboard::LinkTool</name>
    <message>
        <source>Choose the cause with the arrow keys first.</source>
        <translation>Wählen Sie zuerst die Ursache mit den Pfeiltasten.</translation>
    </message>
    <message>
        <source>Now choose the card it explains with the arrow keys, then press Enter.</source>
        <translation>Wählen Sie jetzt mit den Pfeiltasten die Karte, die sie erklärt, und drücken Sie Eingabe.</translation>
    </message>
    <message>
        <source>Choose the card it explains with the arrow keys, then press Enter.</source>
        <translation>Wählen Sie mit den Pfeiltasten die Karte, die sie erklärt, und drücken Sie Eingabe.</translation>
    </message>
</context>
<context>
    <name>Whyboard::MainWindow</name>
    <message numerus="yes">
        <source>Related %n item(s) to the card.</source>
        <translation>
            <numerusform>%n Element mit der Karte verbunden.</numerusform>
            <numerusform>%n Elemente mit der Karte verbunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Gliederung</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;beim Öffnen&gt;</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Action Items</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Add &amp;Event</source>
        <translation>&amp;Ereignis hinzufügen</translation>
    </message>
    <message>
        <source>Add &amp;Action Item</source>
        <translation>&amp;Maßnahme hinzufügen</translation>
    </message>
    <message>
        <source>Add an action item linked to the selected cards or events</source>
        <translation>Eine Maßnahme zu den ausgewählten Karten oder Ereignissen hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>Reset &amp;Panel Layout</source>
        <translation>Bereichs&amp;anordnung zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;About Whyboard</source>
        <translation>&amp;Über Whyboard</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sitzung</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>B&amp;oard</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>Farb&amp;schema</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Whyboard</source>
        <translation>Whyboard</translation>
    </message>
    <message>
        <source>Untitled session</source>
        <translation>Unbenannte Sitzung</translation>
    </message>
    <message>
        <source>[read-only]</source>
        <translation>[schreibgeschützt]</translation>
    </message>
    <message>
        <source>About Whyboard</source>
        <translation>Über Whyboard</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Whyboard %1&lt;/h3&gt;&lt;p&gt;A whiteboard for blameless 5-Whys postmortems: the causal chain on the board, the timeline and the action items beside it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Whyboard %1&lt;/h3&gt;&lt;p&gt;Ein Whiteboard für schuldfreie 5-Why-Postmortems: die Ursachenkette auf dem Board, Zeitleiste und Maßnahmen daneben.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Added an action item that addresses nothing yet.</source>
        <translation>Maßnahme hinzugefügt, die noch nichts angeht.</translation>
    </message>
    <message>
        <source>Added an action item for: %1</source>
        <translation>Maßnahme hinzugefügt für: %1</translation>
    </message>
    <message>
        <source>&amp;Go To</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Every key of the window, in large type</source>
        <translation>Alle Tasten des Fensters, in großer Schrift</translation>
    </message>
    <message>
        <source>[names hidden]</source>
        <translation>[Namen ausgeblendet]</translation>
    </message>
</context>
<context>
    <name>Whyboard::MattermostExportReader</name>
    <message>
        <source>%1, line %2: longer than %3 bytes, more than one entry may have</source>
        <translation>%1, Zeile %2: länger als %3 Bytes, mehr als ein Eintrag haben darf</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>it has no time it was written</source>
        <translation>ohne Zeitpunkt des Verfassens</translation>
    </message>
    <message>
        <source>[file: %1]</source>
        <translation>[Datei: %1]</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <source>a notice by Mattermost, not a message</source>
        <translation>ein Hinweis von Mattermost, keine Nachricht</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>%1: not JSON: the object does not end on this line</source>
        <translation>%1: kein JSON: Das Objekt endet nicht in dieser Zeile</translation>
    </message>
    <message>
        <source>%1: not JSON: %2 at offset %3</source>
        <translation>%1: kein JSON: %2 an Position %3</translation>
    </message>
    <message>
        <source>%1: not an object with a type, as Mattermost writes them</source>
        <translation>%1: kein Objekt mit einem Typ, wie Mattermost sie schreibt</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is a Mattermost export packed in a ZIP: unpack it and choose “%2” inside</source>
        <translation>%1 ist ein als ZIP gepackter Mattermost-Export: ihn entpacken und darin „%2“ wählen</translation>
    </message>
    <message>
        <source>%1 holds no posts</source>
        <translation>%1 enthält keine Beiträge</translation>
    </message>
    <message>
        <source>%1: “%2” names several channels (%3): choose one as team/channel</source>
        <translation>%1: „%2“ bezeichnet mehrere Kanäle (%3): einen als Team/Kanal angeben</translation>
    </message>
    <message>
        <source>%1 has no posts in a channel “%2”; it has %3</source>
        <translation>%1 hat keine Beiträge in einem Kanal „%2“; vorhanden sind: %3</translation>
    </message>
</context>
<context>
    <name>Whyboard::MeetingTimerWidget</name>
    <message>
        <source>Meeting timer</source>
        <translation>Besprechungs-Timer</translation>
    </message>
    <message>
        <source>Previous phase</source>
        <translation>Vorherige Phase</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Start or pause the meeting clock</source>
        <translation>Besprechungsuhr starten oder anhalten</translation>
    </message>
    <message>
        <source>Next phase</source>
        <translation>Nächste Phase</translation>
    </message>
    <message>
        <source>%1 over</source>
        <translation>%1 überzogen</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>%1 %2 / %3</source>
        <translation>%1 %2 / %3</translation>
    </message>
    <message>
        <source>No timer</source>
        <translation>Kein Timer</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Time Box for %1…</source>
        <translation>Zeitrahmen für %1…</translation>
    </message>
    <message>
        <source>Reset Clock</source>
        <translation>Uhr zurücksetzen</translation>
    </message>
    <message>
        <source>Time Box</source>
        <translation>Zeitrahmen</translation>
    </message>
    <message>
        <source>Minutes for %1:</source>
        <translation>Minuten für %1:</translation>
    </message>
</context>
<context>
    <name>Whyboard::MetricsStatus</name>
    <message>
        <source>Time to detect: from the start of the incident to its detection</source>
        <translation>Zeit bis zur Erkennung: vom Beginn des Vorfalls bis zu seiner Erkennung</translation>
    </message>
    <message>
        <source>Time to resolve: from the start of the incident to its resolution</source>
        <translation>Zeit bis zur Behebung: vom Beginn des Vorfalls bis zu seiner Behebung</translation>
    </message>
    <message>
        <source>How long the incident lasted</source>
        <translation>Wie lange der Vorfall dauerte</translation>
    </message>
    <message>
        <source>Estimated cost: cost per minute × duration</source>
        <translation>Geschätzte Kosten: Kosten pro Minute × Dauer</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>To detect:</source>
        <translation>Bis Erkennung:</translation>
    </message>
    <message>
        <source>To resolve:</source>
        <translation>Bis Behebung:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Dauer:</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation>Kosten:</translation>
    </message>
    <message>
        <source>⚠ Check the times</source>
        <translation>⚠ Zeiten prüfen</translation>
    </message>
</context>
<context>
    <name>Whyboard::OpsgenieCsvReader</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, line 1: an Opsgenie export has a CreatedAt (or Date) column and a Log or Message column</source>
        <translation>%1, Zeile 1: Ein Opsgenie-Export hat eine Spalte CreatedAt (oder Date) und eine Spalte Log oder Message</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>it has no time</source>
        <translation>ohne Zeitangabe</translation>
    </message>
    <message>
        <source>its time “%1” cannot be read</source>
        <translation>Zeit „%1“ kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>Alert #%1</source>
        <translation>Alarm #%1</translation>
    </message>
    <message>
        <source>%1 created: %2</source>
        <translation>%1 erstellt: %2</translation>
    </message>
    <message>
        <source>%1 acknowledged</source>
        <translation>%1 bestätigt</translation>
    </message>
    <message>
        <source>%1 closed</source>
        <translation>%1 geschlossen</translation>
    </message>
</context>
<context>
    <name>Whyboard::OpsgenieLogReader</name>
    <message>
        <source>a notification to one person; the escalation is listed</source>
        <translation>eine Benachrichtigung an eine Person; die Eskalation ist aufgeführt</translation>
    </message>
    <message>
        <source>the monitoring tool sent the same alert again</source>
        <translation>das Monitoring-Werkzeug hat denselben Alarm erneut gesendet</translation>
    </message>
</context>
<context>
    <name>Whyboard::OutlinePanel</name>
    <message>
        <source>Outline</source>
        <translation>Gliederung</translation>
    </message>
    <message>
        <source>Why-chain outline</source>
        <translation>Gliederung der Warum-Kette</translation>
    </message>
    <message>
        <source>The problem and its causes as a tree. Each cause is listed under the card it explains. Press F2 to edit a card's text, Ctrl+E its evidence.</source>
        <translation>Das Problem und seine Ursachen als Baum. Jede Ursache steht unter der Karte, die sie erklärt. Drücken Sie F2, um den Text einer Karte zu bearbeiten, Strg+E für ihren Beleg.</translation>
    </message>
    <message>
        <source>E&amp;vidence…</source>
        <translation>Bele&amp;g…</translation>
    </message>
</context>
<context>
    <name>Whyboard::PagerDutyCsvReader</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, line 1: there is no created_on (or Created) column</source>
        <translation>%1, Zeile 1: Es gibt keine Spalte created_on (oder Created)</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <source>Incident #%1</source>
        <translation>Vorfall #%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 triggered: %2</source>
        <translation>%1 ausgelöst: %2</translation>
    </message>
    <message>
        <source>it has no created time</source>
        <translation>ohne Erstellungszeit</translation>
    </message>
    <message>
        <source>its created time “%1” cannot be read</source>
        <translation>Erstellungszeit „%1“ kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 acknowledged</source>
        <translation>%1 bestätigt</translation>
    </message>
    <message>
        <source>%1 resolved</source>
        <translation>%1 behoben</translation>
    </message>
</context>
<context>
    <name>Whyboard::PagerDutyLogReader</name>
    <message>
        <source>a notification to one person; the escalation is listed</source>
        <translation>eine Benachrichtigung an eine Person; die Eskalation ist aufgeführt</translation>
    </message>
</context>
<context>
    <name>Whyboard::PagingJsonFile</name>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 ist kein Objekt</translation>
    </message>
    <message>
        <source>“%1” is not a file</source>
        <translation>„%1“ ist keine Datei</translation>
    </message>
    <message>
        <source>“%1” has %2, more than the %3 an exported log may have: export a shorter time range</source>
        <translation>„%1“ hat %2, mehr als die %3, die ein exportiertes Protokoll haben darf: einen kürzeren Zeitraum exportieren</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: not JSON: %2 at offset %3</source>
        <translation>%1: kein JSON: %2 an Position %3</translation>
    </message>
    <message>
        <source>it has no “%1” list</source>
        <translation>es fehlt die Liste „%1“</translation>
    </message>
    <message>
        <source>%1 is not a list</source>
        <translation>%1 ist keine Liste</translation>
    </message>
    <message>
        <source>[%1].%2 is not a list</source>
        <translation>[%1].%2 ist keine Liste</translation>
    </message>
    <message>
        <source>it has no %1 time</source>
        <translation>%1-Zeitangabe fehlt</translation>
    </message>
    <message>
        <source>its time “%1” cannot be read</source>
        <translation>Zeit „%1“ kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>Whyboard::PaneNavigator</name>
    <message>
        <source>Next &amp;Panel</source>
        <translation>&amp;Nächster Bereich</translation>
    </message>
    <message>
        <source>Pre&amp;vious Panel</source>
        <translation>&amp;Vorheriger Bereich</translation>
    </message>
    <message>
        <source>Go to the &amp;Board</source>
        <translation>Zum &amp;Board</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Zum Bereich %1</translation>
    </message>
</context>
<context>
    <name>Whyboard::PanelsToggle</name>
    <message>
        <source>Show &amp;Panels</source>
        <translation>&amp;Bereiche anzeigen</translation>
    </message>
    <message>
        <source>Hide every panel so the board has the whole window, or bring them back (F9)</source>
        <translation>Alle Bereiche ausblenden, damit das Board das ganze Fenster hat, oder sie zurückholen (F9)</translation>
    </message>
</context>
<context>
    <name>Whyboard::ParkingLotModel</name>
    <message>
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
</context>
<context>
    <name>Whyboard::ParkingLotPanel</name>
    <message>
        <source>Make &amp;Action Item</source>
        <translation>Als &amp;Maßnahme übernehmen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Parking Lot</source>
        <translation>Parkplatz</translation>
    </message>
    <message>
        <source>Parking lot</source>
        <translation>Parkplatz</translation>
    </message>
    <message>
        <source>Park an idea, press Enter, keep asking why</source>
        <translation>Idee parken, Eingabe drücken, weiter nach dem Warum fragen</translation>
    </message>
    <message>
        <source>New parked idea</source>
        <translation>Neue geparkte Idee</translation>
    </message>
    <message>
        <source>Parked ideas</source>
        <translation>Geparkte Ideen</translation>
    </message>
    <message>
        <source>Turn the selected idea into an action item</source>
        <translation>Die ausgewählte Idee in eine Maßnahme umwandeln</translation>
    </message>
    <message>
        <source>Park an Idea</source>
        <translation>Idee parken</translation>
    </message>
    <message>
        <source>Set a fix idea aside for later and keep asking why (Ctrl+K)</source>
        <translation>Eine Lösungsidee für später zurücklegen und weiter nach dem Warum fragen (Strg+K)</translation>
    </message>
    <message>
        <source>Make action item from parked idea</source>
        <translation>Maßnahme aus geparkter Idee erstellen</translation>
    </message>
</context>
<context>
    <name>Whyboard::ParticipantsModel</name>
    <message>
        <source>%1 %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
</context>
<context>
    <name>Whyboard::PreferencesDialog</name>
    <message>
        <source>Default Library</source>
        <translation>Standardbibliothek</translation>
    </message>
    <message>
        <source>Whyboard libraries (*.whyboard)</source>
        <translation>Whyboard-Bibliotheken (*.whyboard)</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation>Standard &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Systemstandard (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Used from the next start of Whyboard. The command-line verbs keep the system's language, so that scripts get the same output.</source>
        <translation>Gilt ab dem nächsten Start von Whyboard. Die Befehle auf der Befehlszeile behalten die Sprache des Systems, damit Skripte dieselbe Ausgabe erhalten.</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>Normal (%1 %)</source>
        <translation>Normal (%1 %)</translation>
    </message>
    <message>
        <source>Large (%1 %)</source>
        <translation>Groß (%1 %)</translation>
    </message>
    <message>
        <source>Extra large (%1 %)</source>
        <translation>Sehr groß (%1 %)</translation>
    </message>
    <message>
        <source>Card te&amp;xt size:</source>
        <translation>Te&amp;xtgröße der Karten:</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Exporte</translation>
    </message>
    <message>
        <source>By region (%1)</source>
        <translation>Nach Region (%1)</translation>
    </message>
    <message>
        <source>&amp;Paper for PDF reports:</source>
        <translation>&amp;Papier für PDF-Berichte:</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Default l&amp;ibrary:</source>
        <translation>Standardb&amp;ibliothek:</translation>
    </message>
    <message>
        <source>Opened when Whyboard starts without a library named, and used by the command-line verbs when none is given.</source>
        <translation>Wird geöffnet, wenn Whyboard ohne Angabe einer Bibliothek startet, und von den Befehlen auf der Befehlszeile verwendet, wenn keine angegeben ist.</translation>
    </message>
    <message>
        <source>Make a daily &amp;backup copy of a library file</source>
        <translation>Täglich eine Sicherungs&amp;kopie einer Bibliotheksdatei anlegen</translation>
    </message>
    <message>
        <source>Copies &amp;kept:</source>
        <translation>&amp;Behaltene Kopien:</translation>
    </message>
    <message>
        <source>&amp;Open Backups Folder</source>
        <translation>Sicherungs&amp;ordner öffnen</translation>
    </message>
    <message>
        <source>The open library is on a server: it is backed up there, not by Whyboard.</source>
        <translation>Die geöffnete Bibliothek liegt auf einem Server: Sie wird dort gesichert, nicht von Whyboard.</translation>
    </message>
    <message>
        <source>The copies of “%1” are in the folder “%2” beside it.</source>
        <translation>Die Kopien von „%1“ liegen daneben im Ordner „%2“.</translation>
    </message>
    <message>
        <source>“%1” has no copies yet.</source>
        <translation>Von „%1“ gibt es noch keine Kopien.</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>E&amp;instellungen…</translation>
    </message>
    <message>
        <source>Language, theme, card text size, paper, default library and backups</source>
        <translation>Sprache, Farbschema, Textgröße der Karten, Papier, Standardbibliothek und Sicherungen</translation>
    </message>
    <message>
        <source>The new language is used from the next start of Whyboard.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von Whyboard.</translation>
    </message>
</context>
<context>
    <name>Whyboard::ReadBackView</name>
    <message>
        <source>Read back</source>
        <translation>Vorlesen</translation>
    </message>
    <message>
        <source>therefore</source>
        <translation>deshalb</translation>
    </message>
    <message>
        <source>H: holds    N: does not hold    → or Space: next    ←: back    Esc: leave</source>
        <translation>H: trägt    N: trägt nicht    → oder Leertaste: weiter    ←: zurück    Esc: beenden</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Zurück</translation>
    </message>
    <message>
        <source>Holds (H)</source>
        <translation>Trägt (H)</translation>
    </message>
    <message>
        <source>Does Not Hold (N)</source>
        <translation>Trägt nicht (N)</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>Weiter →</translation>
    </message>
    <message>
        <source>Leave (Esc)</source>
        <translation>Beenden (Esc)</translation>
    </message>
    <message>
        <source>(an empty card)</source>
        <translation>(eine leere Karte)</translation>
    </message>
    <message>
        <source>%1, therefore %2</source>
        <translation>%1, deshalb %2</translation>
    </message>
    <message>
        <source>There is no chain to read back yet: add whys under the problem.</source>
        <translation>Es gibt noch keine Kette zum Vorlesen: Fügen Sie Warum-Karten unter dem Problem hinzu.</translation>
    </message>
    <message>
        <source>Route %1 of %2 · step %3 of %4 · %5 steps in all</source>
        <translation>Weg %1 von %2 · Schritt %3 von %4 · %5 Schritte insgesamt</translation>
    </message>
    <message>
        <source>✓ The room says this holds</source>
        <translation>✓ Laut Runde trägt das</translation>
    </message>
    <message>
        <source>✗ The room says this does not hold</source>
        <translation>✗ Laut Runde trägt das nicht</translation>
    </message>
    <message>
        <source>Does it hold?</source>
        <translation>Trägt das?</translation>
    </message>
</context>
<context>
    <name>Whyboard::RecentLibraries</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(noch keine)</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Liste leeren</translation>
    </message>
</context>
<context>
    <name>Whyboard::ReportExportDialog</name>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Interface language (%1)</source>
        <translation>Sprache der Oberfläche (%1)</translation>
    </message>
    <message>
        <source>Report &amp;language:</source>
        <translation>Berichts&amp;sprache:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <source>The report language is also used for the Markdown export and for printing; the window keeps its own.</source>
        <translation>Die Berichtssprache gilt auch für den Markdown-Export und das Drucken; das Fenster behält seine eigene.</translation>
    </message>
    <message>
        <source>&amp;One-page summary for the team channel</source>
        <translation>&amp;Einseitige Zusammenfassung für den Team-Kanal</translation>
    </message>
    <message>
        <source>The cover figures, the chain and the top actions with their owners, instead of the sections below.</source>
        <translation>Die Kennzahlen des Deckblatts, die Kette und die wichtigsten Maßnahmen mit ihren Verantwortlichen, statt der Abschnitte unten.</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>&amp;Summary and impact</source>
        <translation>&amp;Zusammenfassung und Auswirkung</translation>
    </message>
    <message>
        <source>P&amp;eople</source>
        <translation>&amp;Beteiligte</translation>
    </message>
    <message>
        <source>Why-chain &amp;diagram</source>
        <translation>&amp;Diagramm der Warum-Kette</translation>
    </message>
    <message>
        <source>&amp;Read-back</source>
        <translation>&amp;Vorlesen</translation>
    </message>
    <message>
        <source>Par&amp;king lot</source>
        <translation>Par&amp;kplatz</translation>
    </message>
    <message>
        <source>C&amp;hain checks</source>
        <translation>Ke&amp;ttenprüfungen</translation>
    </message>
    <message>
        <source>Appendices (long in a large session)</source>
        <translation>Anhänge (lang bei einer großen Sitzung)</translation>
    </message>
    <message>
        <source>&amp;Causes and evidence</source>
        <translation>&amp;Ursachen und Belege</translation>
    </message>
    <message>
        <source>&amp;All action items</source>
        <translation>&amp;Alle Maßnahmen</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>Zeit&amp;leiste</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
</context>
<context>
    <name>Whyboard::ReportLanguage</name>
    <message>
        <source>no report language “%1”; available: %2</source>
        <translation>keine Berichtssprache „%1“; verfügbar: %2</translation>
    </message>
</context>
<context>
    <name>Whyboard::RestoreBackupDialog</name>
    <message>
        <source>Cannot Open Library</source>
        <translation>Bibliothek kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Whyboard keeps a copy of the library each day it is opened. The newest sound copy is from %1.

Restoring puts that copy in place of “%2”: changes made since it was taken are not in it. The damaged file is not deleted; it stays beside it, renamed “%2.damaged-” followed by the date and time.</source>
        <translation>Whyboard legt an jedem Tag, an dem die Bibliothek geöffnet wird, eine Kopie an. Die neueste intakte Kopie ist vom %1.

Das Wiederherstellen setzt diese Kopie an die Stelle von „%2“: Änderungen seit ihrer Erstellung fehlen darin. Die beschädigte Datei wird nicht gelöscht; sie bleibt daneben, umbenannt in „%2.damaged-“ mit Datum und Uhrzeit.</translation>
    </message>
    <message>
        <source>Damaged library: %1
Backup: %2</source>
        <translation>Beschädigte Bibliothek: %1
Sicherung: %2</translation>
    </message>
    <message>
        <source>&amp;Restore Backup</source>
        <translation>Sicherung &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Open Another Library…</source>
        <translation>Andere Bibliothek ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
</context>
<context>
    <name>Whyboard::RoomIndicators</name>
    <message>
        <source>🔒 Board locked</source>
        <translation>🔒 Board gesperrt</translation>
    </message>
    <message>
        <source>Names hidden</source>
        <translation>Namen ausgeblendet</translation>
    </message>
</context>
<context>
    <name>Whyboard::SearchSnippetDelegate</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>%1: </source>
        <translation>%1: </translation>
    </message>
</context>
<context>
    <name>Whyboard::SearchVerb</name>
    <message>
        <source>--search needs some text to look for</source>
        <translation>--search braucht einen Suchtext</translation>
    </message>
    <message>
        <source>cannot search “%1”: %2</source>
        <translation>„%1“ kann nicht durchsucht werden: %2</translation>
    </message>
</context>
<context>
    <name>Whyboard::ServerLibraryDialog</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Aus&amp;wählen…</translation>
    </message>
    <message>
        <source>Open Library on a Server</source>
        <translation>Bibliothek auf einem Server öffnen</translation>
    </message>
    <message>
        <source>db.example.com, or a socket folder such as /run/postgresql</source>
        <translation>db.example.com oder ein Socket-Ordner wie /run/postgresql</translation>
    </message>
    <message>
        <source>The PostgreSQL server's name or address. Empty: the server on this computer.</source>
        <translation>Name oder Adresse des PostgreSQL-Servers. Leer: der Server auf diesem Computer.</translation>
    </message>
    <message>
        <source>standard (5432)</source>
        <translation>Standard (5432)</translation>
    </message>
    <message>
        <source>the team's database, for example whyboard</source>
        <translation>die Datenbank des Teams, zum Beispiel whyboard</translation>
    </message>
    <message>
        <source>your login name</source>
        <translation>Ihr Anmeldename</translation>
    </message>
    <message>
        <source>No encryption</source>
        <translation>Keine Verschlüsselung</translation>
    </message>
    <message>
        <source>Encrypt if the server can (standard)</source>
        <translation>Verschlüsseln, wenn der Server es kann (Standard)</translation>
    </message>
    <message>
        <source>Always encrypt</source>
        <translation>Immer verschlüsseln</translation>
    </message>
    <message>
        <source>Encrypt and check the certificate authority</source>
        <translation>Verschlüsseln und die Zertifizierungsstelle prüfen</translation>
    </message>
    <message>
        <source>Encrypt and check the server's name (safest)</source>
        <translation>Verschlüsseln und den Namen des Servers prüfen (am sichersten)</translation>
    </message>
    <message>
        <source>The certificate of the authority that signed the server's certificate (PEM file); empty: ~/.postgresql/root.crt</source>
        <translation>Das Zertifikat der Zertifizierungsstelle, die das Zertifikat des Servers signiert hat (PEM-Datei); leer: ~/.postgresql/root.crt</translation>
    </message>
    <message>
        <source>The same address opens this library from the command line: whyboard ADDRESS</source>
        <translation>Dieselbe Adresse öffnet diese Bibliothek über die Befehlszeile: whyboard ADDRESS</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Verschlüsselung:</translation>
    </message>
    <message>
        <source>Certificate &amp;authority:</source>
        <translation>&amp;Zertifizierungsstelle:</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>Ad&amp;resse:</translation>
    </message>
    <message>
        <source>Whyboard stores no password: ~/.pgpass, PGPASSFILE or a service file give it, or Whyboard asks when the server wants one and keeps it only while the library is open.</source>
        <translation>Whyboard speichert kein Passwort: ~/.pgpass, PGPASSFILE oder eine Service-Datei liefern es, oder Whyboard fragt danach, wenn der Server eines verlangt, und behält es nur, solange die Bibliothek geöffnet ist.</translation>
    </message>
    <message>
        <source>Name the database that holds the library.</source>
        <translation>Geben Sie die Datenbank an, die die Bibliothek enthält.</translation>
    </message>
    <message>
        <source>Certificate Authority</source>
        <translation>Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Zertifikate (*.crt *.pem *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>your user name</source>
        <translation>Ihren Benutzernamen</translation>
    </message>
    <message>
        <source>The server refused that password.</source>
        <translation>Der Server hat dieses Passwort abgelehnt.</translation>
    </message>
    <message>
        <source>Password for %1 on %2 (kept only while the library is open):</source>
        <translation>Passwort für %1 auf %2 (wird nur behalten, solange die Bibliothek geöffnet ist):</translation>
    </message>
    <message>
        <source>Server Password</source>
        <translation>Server-Passwort</translation>
    </message>
</context>
<context>
    <name>Whyboard::SessionActions</name>
    <message>
        <source>&amp;New Session</source>
        <translation>&amp;Neue Sitzung</translation>
    </message>
    <message>
        <source>&amp;Duplicate Session</source>
        <translation>Sitzung &amp;duplizieren</translation>
    </message>
    <message>
        <source>De&amp;lete Session…</source>
        <translation>Sitzung &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Restore Deleted Session…</source>
        <translation>Gelöschte Sitzung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Empty &amp;Trash…</source>
        <translation>Papierkorb l&amp;eeren…</translation>
    </message>
    <message>
        <source>Start a new postmortem in this library</source>
        <translation>Ein neues Postmortem in dieser Bibliothek beginnen</translation>
    </message>
    <message>
        <source>Untitled incident</source>
        <translation>Unbenannter Vorfall</translation>
    </message>
    <message>
        <source>What went wrong?</source>
        <translation>Was ist schiefgelaufen?</translation>
    </message>
    <message>
        <source>New Session</source>
        <translation>Neue Sitzung</translation>
    </message>
    <message>
        <source>The session could not be created: %1</source>
        <translation>Die Sitzung konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Delete Session</source>
        <translation>Sitzung löschen</translation>
    </message>
    <message numerus="yes">
        <source>Move "%1" with its %n card(s), timeline and action items to the trash?</source>
        <translation>
            <numerusform>„%1“ mit %n Karte, Zeitleiste und Maßnahmen in den Papierkorb verschieben?</numerusform>
            <numerusform>„%1“ mit %n Karten, Zeitleiste und Maßnahmen in den Papierkorb verschieben?</numerusform>
        </translation>
    </message>
    <message>
        <source>File ▸ Restore Deleted Session brings it back until you empty the trash.</source>
        <translation>Datei ▸ Gelöschte Sitzung wiederherstellen holt sie zurück, bis Sie den Papierkorb leeren.</translation>
    </message>
    <message>
        <source>Moved "%1" to the trash. File ▸ Restore Deleted Session brings it back.</source>
        <translation>„%1“ in den Papierkorb verschoben. Datei ▸ Gelöschte Sitzung wiederherstellen holt sie zurück.</translation>
    </message>
    <message>
        <source>The session could not be deleted: %1</source>
        <translation>Die Sitzung konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>The session could not be restored: %1</source>
        <translation>Die Sitzung konnte nicht wiederhergestellt werden: %1</translation>
    </message>
    <message>
        <source>The trash could not be emptied: %1</source>
        <translation>Der Papierkorb konnte nicht geleert werden: %1</translation>
    </message>
</context>
<context>
    <name>Whyboard::SessionDetailsPanel</name>
    <message>
        <source>What broke, in a few words</source>
        <translation>Was kaputtging, in wenigen Worten</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>What happened, for someone who was not there</source>
        <translation>Was geschah, für jemanden, der nicht dabei war</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>&amp;Zusammenfassung:</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>Sch&amp;weregrad:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Beginn:</translation>
    </message>
    <message>
        <source>Detected:</source>
        <translation>Erkannt:</translation>
    </message>
    <message>
        <source>Resolved:</source>
        <translation>Behoben:</translation>
    </message>
    <message>
        <source>Who was affected and how</source>
        <translation>Wer betroffen war und wie</translation>
    </message>
    <message>
        <source>&amp;Impact:</source>
        <translation>Ausw&amp;irkung:</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Users affected:</source>
        <translation>Betroffene Nutzer:</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>EUR</translation>
    </message>
    <message>
        <source>A currency is a three-letter code such as USD or EUR: not saved.</source>
        <translation>Eine Währung ist ein Code aus drei Buchstaben wie EUR oder USD: nicht gespeichert.</translation>
    </message>
    <message>
        <source>Cost per minute:</source>
        <translation>Kosten pro Minute:</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>&amp;Moderation:</translation>
    </message>
    <message>
        <source>Participants and their part in the incident:</source>
        <translation>Teilnehmende und ihre Rolle im Vorfall:</translation>
    </message>
    <message>
        <source>Name of someone in the room</source>
        <translation>Name einer Person in der Runde</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Detected is before started: not saved. Correct one of the two.</source>
        <translation>Erkennung liegt vor dem Beginn: nicht gespeichert. Korrigieren Sie einen der beiden Werte.</translation>
    </message>
    <message>
        <source>Resolved is before started: not saved. Correct one of the two.</source>
        <translation>Behebung liegt vor dem Beginn: nicht gespeichert. Korrigieren Sie einen der beiden Werte.</translation>
    </message>
    <message>
        <source>Resolved is before detected: not saved. Correct one of the two.</source>
        <translation>Behebung liegt vor der Erkennung: nicht gespeichert. Korrigieren Sie einen der beiden Werte.</translation>
    </message>
    <message>
        <source>Users affected must be a whole number, zero or more: not saved.</source>
        <translation>Betroffene Nutzer muss eine ganze Zahl ab null sein: nicht gespeichert.</translation>
    </message>
    <message>
        <source>Cost per minute must be a number, zero or more: not saved.</source>
        <translation>Kosten pro Minute müssen eine Zahl ab null sein: nicht gespeichert.</translation>
    </message>
    <message>
        <source>Remove participants</source>
        <translation>Teilnehmende entfernen</translation>
    </message>
</context>
<context>
    <name>Whyboard::SessionDocument</name>
    <message>
        <source>This session is open read-only; changes are not possible.</source>
        <translation>Diese Sitzung ist schreibgeschützt geöffnet; Änderungen sind nicht möglich.</translation>
    </message>
    <message>
        <source>That card no longer exists.</source>
        <translation>Diese Karte gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>A card cannot explain itself.</source>
        <translation>Eine Karte kann sich nicht selbst erklären.</translation>
    </message>
    <message>
        <source>“%1” already explains “%2”.</source>
        <translation>„%1“ erklärt bereits „%2“.</translation>
    </message>
    <message>
        <source>The problem is what the whys explain; it cannot be the cause of another card.</source>
        <translation>Das Problem ist das, was die Warum-Karten erklären; es kann nicht Ursache einer anderen Karte sein.</translation>
    </message>
    <message>
        <source>This link would make a loop: “%1” already explains “%2”, directly or through other whys.</source>
        <translation>Diese Verknüpfung ergäbe einen Kreis: „%1“ erklärt bereits „%2“, direkt oder über andere Warum-Karten.</translation>
    </message>
    <message>
        <source>These cards are not linked.</source>
        <translation>Diese Karten sind nicht verknüpft.</translation>
    </message>
    <message>
        <source>“%1” would no longer lead to the problem: every why must explain something. Link it to another card first, or delete it.</source>
        <translation>„%1“ würde nicht mehr zum Problem führen: Jede Warum-Karte muss etwas erklären. Verknüpfen Sie sie zuerst mit einer anderen Karte oder löschen Sie sie.</translation>
    </message>
</context>
<context>
    <name>Whyboard::SessionListModel</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Sev.</source>
        <translation>Schw.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>To detect</source>
        <translation>Bis Erkennung</translation>
    </message>
    <message>
        <source>To resolve</source>
        <translation>Bis Behebung</translation>
    </message>
</context>
<context>
    <name>Whyboard::SessionTimeField</name>
    <message>
        <source>Use</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>not known: type 14:05 or a date</source>
        <translation>unbekannt: 14:05 oder ein Datum eingeben</translation>
    </message>
    <message>
        <source>not known: type 14:05, or +20m after started</source>
        <translation>unbekannt: 14:05 eingeben oder +20m nach Beginn</translation>
    </message>
    <message>
        <source>not known: type 14:05, or +20m after detected</source>
        <translation>unbekannt: 14:05 eingeben oder +20m nach Erkennung</translation>
    </message>
    <message>
        <source>from timeline: %1</source>
        <translation>aus der Zeitleiste: %1</translation>
    </message>
    <message>
        <source>timeline: %1 · %2</source>
        <translation>Zeitleiste: %1 · %2</translation>
    </message>
    <message>
        <source>Set this time from the timeline event</source>
        <translation>Diese Zeit aus dem Ereignis der Zeitleiste übernehmen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Whyboard::SessionsPanel</name>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>Jeder Schweregrad</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>bis:</translation>
    </message>
    <message>
        <source>Search titles, cards, timeline and actions</source>
        <translation>Titel, Karten, Zeitleiste und Maßnahmen durchsuchen</translation>
    </message>
    <message>
        <source>Finds every word anywhere in a session: titles, summaries, cards, evidence, timeline and actions. Best matches first; Enter opens the first.</source>
        <translation>Findet jedes Wort überall in einer Sitzung: Titel, Zusammenfassungen, Karten, Belege, Zeitleiste und Maßnahmen. Beste Treffer zuerst; Eingabe öffnet den ersten.</translation>
    </message>
</context>
<context>
    <name>Whyboard::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>On the board</source>
        <translation>Auf dem Board</translation>
    </message>
    <message>
        <source>Tab  ·  Shift+Tab</source>
        <translation>Tab  ·  Umschalt+Tab</translation>
    </message>
    <message>
        <source>Next or previous card, in reading order</source>
        <translation>Nächste oder vorherige Karte, in Leserichtung</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Pfeiltasten</translation>
    </message>
    <message>
        <source>The card above, below, left or right</source>
        <translation>Die Karte darüber, darunter, links oder rechts</translation>
    </message>
    <message>
        <source>Any letter</source>
        <translation>Ein Buchstabe</translation>
    </message>
    <message>
        <source>Start typing into the selected card</source>
        <translation>In die ausgewählte Karte schreiben</translation>
    </message>
    <message>
        <source>Enter  ·  Tab  ·  Click elsewhere</source>
        <translation>Eingabe  ·  Tab  ·  Woanders klicken</translation>
    </message>
    <message>
        <source>Finish typing (Shift+Enter: new line)</source>
        <translation>Schreiben beenden (Umschalt+Eingabe: neue Zeile)</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Finish typing; a new card left empty goes away</source>
        <translation>Schreiben beenden; eine leer gelassene neue Karte verschwindet</translation>
    </message>
    <message>
        <source>Linking cards (Ctrl+L)</source>
        <translation>Karten verknüpfen (Strg+L)</translation>
    </message>
    <message>
        <source>Arrow keys  ·  Tab</source>
        <translation>Pfeiltasten  ·  Tab</translation>
    </message>
    <message>
        <source>Choose the card the selected cause explains</source>
        <translation>Die Karte wählen, die die ausgewählte Ursache erklärt</translation>
    </message>
    <message>
        <source>Enter  ·  Space</source>
        <translation>Eingabe  ·  Leertaste</translation>
    </message>
    <message>
        <source>Link them</source>
        <translation>Verknüpfen</translation>
    </message>
    <message>
        <source>Leave link mode; nothing changes</source>
        <translation>Verknüpfungsmodus verlassen; nichts ändert sich</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>F6  ·  Shift+F6</source>
        <translation>F6  ·  Umschalt+F6</translation>
    </message>
    <message>
        <source>Next or previous panel, the board included</source>
        <translation>Nächster oder vorheriger Bereich, einschließlich Board</translation>
    </message>
    <message>
        <source>Next or previous field in a panel</source>
        <translation>Nächstes oder vorheriges Feld in einem Bereich</translation>
    </message>
</context>
<context>
    <name>Whyboard::SlackExportFiles</name>
    <message>
        <source>it cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large: more than the %2 bytes one file may have</source>
        <translation>%1 ist zu groß: mehr als die %2 Bytes, die eine Datei haben darf</translation>
    </message>
</context>
<context>
    <name>Whyboard::SlackExportReader</name>
    <message>
        <source>someone joined the channel</source>
        <translation>jemand ist dem Kanal beigetreten</translation>
    </message>
    <message>
        <source>someone left the channel</source>
        <translation>jemand hat den Kanal verlassen</translation>
    </message>
    <message>
        <source>the channel topic changed</source>
        <translation>das Thema des Kanals wurde geändert</translation>
    </message>
    <message>
        <source>the channel purpose changed</source>
        <translation>der Zweck des Kanals wurde geändert</translation>
    </message>
    <message>
        <source>the channel was renamed</source>
        <translation>der Kanal wurde umbenannt</translation>
    </message>
    <message>
        <source>the channel was archived or brought back</source>
        <translation>der Kanal wurde archiviert oder wiederhergestellt</translation>
    </message>
    <message>
        <source>an integration was added or removed</source>
        <translation>eine Integration wurde hinzugefügt oder entfernt</translation>
    </message>
    <message>
        <source>a message was pinned or unpinned</source>
        <translation>eine Nachricht wurde angeheftet oder losgelöst</translation>
    </message>
    <message>
        <source>a reminder was set</source>
        <translation>eine Erinnerung wurde gesetzt</translation>
    </message>
    <message>
        <source>an edit notice: the message itself keeps its final text</source>
        <translation>ein Bearbeitungshinweis: Die Nachricht selbst behält ihren endgültigen Text</translation>
    </message>
    <message>
        <source>a notice that a thread has replies</source>
        <translation>ein Hinweis, dass ein Thread Antworten hat</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: not JSON: %2 at offset %3</source>
        <translation>%1: kein JSON: %2 an Position %3</translation>
    </message>
    <message>
        <source>%1: not a list, as Slack writes it</source>
        <translation>%1: keine Liste, wie Slack sie schreibt</translation>
    </message>
    <message>
        <source>the export holds no channel messages</source>
        <translation>der Export enthält keine Kanalnachrichten</translation>
    </message>
    <message>
        <source>the export has no messages in a channel “%1”; it has %2</source>
        <translation>der Export hat keine Nachrichten in einem Kanal „%1“; vorhanden sind: %2</translation>
    </message>
    <message>
        <source>its time “%1” cannot be read</source>
        <translation>Zeit „%1“ kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>[file: %1]</source>
        <translation>[Datei: %1]</translation>
    </message>
    <message>
        <source>bot message</source>
        <translation>Bot-Nachricht</translation>
    </message>
    <message>
        <source>thread reply</source>
        <translation>Antwort im Thread</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <source>%1: message %2 is not an object</source>
        <translation>%1: Nachricht %2 ist kein Objekt</translation>
    </message>
</context>
<context>
    <name>Whyboard::StatsVerb</name>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Severity 1 / 2 / 3 / 4</source>
        <translation>Schweregrad 1 / 2 / 3 / 4</translation>
    </message>
    <message>
        <source>Time to detect, mean / median (n)</source>
        <translation>Zeit bis Erkennung, Mittel / Median (n)</translation>
    </message>
    <message>
        <source>Time to resolve, mean / median (n)</source>
        <translation>Zeit bis Behebung, Mittel / Median (n)</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Geschätzte Kosten</translation>
    </message>
    <message>
        <source>Actions open / in progress / done</source>
        <translation>Maßnahmen offen / in Arbeit / erledigt</translation>
    </message>
    <message>
        <source>Actions overdue</source>
        <translation>Maßnahmen überfällig</translation>
    </message>
    <message>
        <source>Done on time</source>
        <translation>Pünktlich erledigt</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <source>S1</source>
        <translation>S1</translation>
    </message>
    <message>
        <source>S2</source>
        <translation>S2</translation>
    </message>
    <message>
        <source>S3</source>
        <translation>S3</translation>
    </message>
    <message>
        <source>S4</source>
        <translation>S4</translation>
    </message>
    <message>
        <source>TTD mean</source>
        <translation>TTD Mittel</translation>
    </message>
    <message>
        <source>TTD median</source>
        <translation>TTD Median</translation>
    </message>
    <message>
        <source>TTR mean</source>
        <translation>TTR Mittel</translation>
    </message>
    <message>
        <source>TTR median</source>
        <translation>TTR Median</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Pünktlich</translation>
    </message>
    <message>
        <source>Cause category</source>
        <translation>Ursachenkategorie</translation>
    </message>
    <message>
        <source>Why cards</source>
        <translation>Warum-Karten</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation>Überfällige Maßnahmen</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(niemand verantwortlich)</translation>
    </message>
    <message>
        <source>cannot read the statistics of “%1”: %2</source>
        <translation>die Statistik von „%1“ kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Whyboard::TimelineFormats</name>
    <message>
        <source>Detect from the file</source>
        <translation>Aus der Datei erkennen</translation>
    </message>
    <message>
        <source>Slack export</source>
        <translation>Slack-Export</translation>
    </message>
    <message>
        <source>Mattermost bulk export</source>
        <translation>Mattermost-Massenexport</translation>
    </message>
    <message>
        <source>PagerDuty log entries</source>
        <translation>PagerDuty-Protokolleinträge</translation>
    </message>
    <message>
        <source>PagerDuty incidents CSV</source>
        <translation>PagerDuty-Vorfälle (CSV)</translation>
    </message>
    <message>
        <source>Opsgenie alert log</source>
        <translation>Opsgenie-Alarmprotokoll</translation>
    </message>
    <message>
        <source>Opsgenie activity CSV</source>
        <translation>Opsgenie-Aktivitäten (CSV)</translation>
    </message>
    <message>
        <source>CSV (any columns)</source>
        <translation>CSV (beliebige Spalten)</translation>
    </message>
</context>
<context>
    <name>Whyboard::TimelineImportDialog</name>
    <message>
        <source>Import Timeline</source>
        <translation>Zeitleiste importieren</translation>
    </message>
    <message>
        <source>Reads the incident's own records: a Slack or Mattermost export, a PagerDuty or Opsgenie log, or any CSV. Nothing is added until you choose Add; events already in the timeline are not added twice.</source>
        <translation>Liest die eigenen Aufzeichnungen des Vorfalls: einen Slack- oder Mattermost-Export, ein PagerDuty- oder Opsgenie-Protokoll oder eine beliebige CSV-Datei. Nichts wird hinzugefügt, bevor Hinzufügen gewählt wird; Ereignisse, die schon in der Zeitleiste stehen, werden nicht doppelt hinzugefügt.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Keine Datei gewählt</translation>
    </message>
    <message>
        <source>Choose &amp;File…</source>
        <translation>&amp;Datei wählen…</translation>
    </message>
    <message>
        <source>Choose F&amp;older…</source>
        <translation>&amp;Ordner wählen…</translation>
    </message>
    <message>
        <source>An unpacked Slack export</source>
        <translation>Ein entpackter Slack-Export</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Export:</translation>
    </message>
    <message>
        <source>Choose an Unpacked Export</source>
        <translation>Entpackten Export wählen</translation>
    </message>
    <message>
        <source>Fo&amp;rmat:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>Times written without an offset are read in this zone, and times the export gives in UTC are shown in it; each gets the zone's offset on its own day</source>
        <translation>Zeiten ohne Versatz zu UTC werden in dieser Zone gelesen, und Zeiten, die der Export in UTC angibt, werden in ihr angezeigt; jede erhält den Versatz, den die Zone an ihrem Tag hat</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>CSV Columns</source>
        <translation>CSV-Spalten</translation>
    </message>
    <message>
        <source>Add or Drop the Selected Rows</source>
        <translation>Ausgewählte Zeilen hinzufügen oder weglassen</translation>
    </message>
    <message>
        <source>Choose &amp;All</source>
        <translation>&amp;Alle wählen</translation>
    </message>
    <message>
        <source>Choose &amp;None</source>
        <translation>Kei&amp;ne wählen</translation>
    </message>
    <message>
        <source>Add Events</source>
        <translation>Ereignisse hinzufügen</translation>
    </message>
    <message>
        <source>Incident exports (*.zip *.json *.jsonl *.csv *.tsv *.txt);;All files (*)</source>
        <translation>Vorfall-Exporte (*.zip *.json *.jsonl *.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>found: %1</source>
        <translation>erkannt: %1</translation>
    </message>
    <message>
        <source>The export holds several channels: choose the incident's channel.</source>
        <translation>Der Export enthält mehrere Kanäle: den Kanal des Vorfalls wählen.</translation>
    </message>
    <message>
        <source>1 new event chosen</source>
        <translation>1 neues Ereignis gewählt</translation>
    </message>
    <message>
        <source>%1 new events chosen</source>
        <translation>%1 neue Ereignisse gewählt</translation>
    </message>
    <message>
        <source>%1 already in the timeline</source>
        <translation>%1 bereits in der Zeitleiste</translation>
    </message>
    <message>
        <source>%1 repeated in the export</source>
        <translation>%1 im Export wiederholt</translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation>%1 übersprungen</translation>
    </message>
    <message>
        <source>%1 outside the time range</source>
        <translation>%1 außerhalb des Zeitraums</translation>
    </message>
    <message>
        <source>Add 1 Event</source>
        <translation>1 Ereignis hinzufügen</translation>
    </message>
    <message>
        <source>Add %1 Events</source>
        <translation>%1 Ereignisse hinzufügen</translation>
    </message>
    <message>
        <source>started at %1</source>
        <translation>am %1 ausgelöst</translation>
    </message>
    <message>
        <source>detected at %1</source>
        <translation>am %1 erkannt</translation>
    </message>
    <message>
        <source>resolved at %1</source>
        <translation>am %1 behoben</translation>
    </message>
    <message>
        <source>The session will say the incident %1.</source>
        <translation>Die Sitzung gibt dann an: Der Vorfall wurde %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>Whyboard::TimelineImportModel</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>New (%1)</source>
        <translation>Neu (%1)</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>Nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Added?</source>
        <translation>Hinzugefügt?</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Quelle</translation>
    </message>
</context>
<context>
    <name>Whyboard::TimelineImportPlan</name>
    <message>
        <source>it has no time</source>
        <translation>ohne Zeitangabe</translation>
    </message>
    <message>
        <source>it has no text</source>
        <translation>ohne Text</translation>
    </message>
    <message>
        <source>already in the timeline</source>
        <translation>bereits in der Zeitleiste</translation>
    </message>
    <message>
        <source>said before at the same time in this export</source>
        <translation>zur selben Zeit schon einmal in diesem Export</translation>
    </message>
    <message>
        <source>the timeline would have %1 events, more than the %2 a session holds: choose a shorter time range</source>
        <translation>die Zeitleiste hätte %1 Ereignisse, mehr als die %2, die eine Sitzung fasst: einen kürzeren Zeitraum wählen</translation>
    </message>
</context>
<context>
    <name>Whyboard::TimelineImporter</name>
    <message>
        <source>“%1” does not exist</source>
        <translation>„%1“ existiert nicht</translation>
    </message>
    <message>
        <source>“%1” cannot be read: permission denied</source>
        <translation>„%1“ kann nicht gelesen werden: keine Berechtigung</translation>
    </message>
    <message>
        <source>“%1” is not an export Whyboard reads (Slack, Mattermost, PagerDuty, Opsgenie or CSV)</source>
        <translation>„%1“ ist kein Export, den Whyboard liest (Slack, Mattermost, PagerDuty, Opsgenie oder CSV)</translation>
    </message>
    <message>
        <source>“%1” has more than %2 entries in the chosen time range: choose a shorter range</source>
        <translation>„%1“ hat mehr als %2 Einträge im gewählten Zeitraum: einen kürzeren Zeitraum wählen</translation>
    </message>
</context>
<context>
    <name>Whyboard::TimelineModel</name>
    <message>
        <source>(no time)</source>
        <translation>(keine Zeit)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>Related cards</source>
        <translation>Zugehörige Karten</translation>
    </message>
    <message>
        <source>Change event time</source>
        <translation>Zeit des Ereignisses ändern</translation>
    </message>
    <message>
        <source>Change event kind</source>
        <translation>Art des Ereignisses ändern</translation>
    </message>
</context>
<context>
    <name>Whyboard::TimelinePanel</name>
    <message>
        <source>Add Event</source>
        <translation>Ereignis hinzufügen</translation>
    </message>
    <message>
        <source>Add an event after the last one</source>
        <translation>Ein Ereignis nach dem letzten hinzufügen</translation>
    </message>
    <message>
        <source>Delete Events</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Paste Chat Log…</source>
        <translation>Chatprotokoll einfügen…</translation>
    </message>
    <message>
        <source>Related Cards…</source>
        <translation>Zugehörige Karten…</translation>
    </message>
    <message>
        <source>Use These Times</source>
        <translation>Diese Zeiten übernehmen</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Take times from the timeline</source>
        <translation>Zeiten aus der Zeitleiste übernehmen</translation>
    </message>
    <message>
        <source>detected at %1</source>
        <translation>am %1 erkannt</translation>
    </message>
    <message>
        <source>resolved at %1</source>
        <translation>am %1 behoben</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Neues Ereignis</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>Ereignis hinzufügen</translation>
    </message>
    <message>
        <source>Paste chat log</source>
        <translation>Chatprotokoll einfügen</translation>
    </message>
    <message>
        <source>started at %1</source>
        <translation>am %1 ausgelöst</translation>
    </message>
    <message>
        <source>The timeline says the incident %1. Use for the session?</source>
        <translation>Laut Zeitleiste wurde der Vorfall %1. Für die Sitzung übernehmen?</translation>
    </message>
    <message>
        <source>Delete events</source>
        <translation>Ereignisse löschen</translation>
    </message>
    <message>
        <source>Use First Trigger, Detection and Resolution as Session Times</source>
        <translation>Ersten Auslöser, Erkennung und Behebung als Sitzungszeiten übernehmen</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Add events from a Slack or Mattermost export, a PagerDuty or Opsgenie log, or a CSV file</source>
        <translation>Ereignisse aus einem Slack- oder Mattermost-Export, einem PagerDuty- oder Opsgenie-Protokoll oder einer CSV-Datei hinzufügen</translation>
    </message>
    <message>
        <source>Import timeline</source>
        <translation>Zeitleiste importieren</translation>
    </message>
</context>
<context>
    <name>Whyboard::TimelineSourceActions</name>
    <message>
        <source>&amp;Paste Chat Log…</source>
        <translation>&amp;Chatprotokoll einfügen…</translation>
    </message>
    <message>
        <source>&amp;Import Timeline…</source>
        <translation>Zeitleiste &amp;importieren…</translation>
    </message>
    <message>
        <source>Add events from a Slack or Mattermost export, a PagerDuty or Opsgenie log, or a CSV file</source>
        <translation>Ereignisse aus einem Slack- oder Mattermost-Export, einem PagerDuty- oder Opsgenie-Protokoll oder einer CSV-Datei hinzufügen</translation>
    </message>
</context>
<context>
    <name>Whyboard::TrendChart</name>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <source>d</source>
        <translation>T</translation>
    </message>
    <message>
        <source>SEV %1</source>
        <translation>SEV %1</translation>
    </message>
    <message>
        <source>Unrated</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>No incidents in this period</source>
        <translation>Keine Vorfälle in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>n = incidents with both times known</source>
        <translation>n = Vorfälle mit beiden bekannten Zeiten</translation>
    </message>
    <message>
        <source>No incident with both times known in this period</source>
        <translation>Kein Vorfall mit beiden bekannten Zeiten in diesem Zeitraum</translation>
    </message>
    <message>
        <source>n=%1</source>
        <translation>n=%1</translation>
    </message>
    <message>
        <source>Incidents by severity</source>
        <translation>Vorfälle nach Schweregrad</translation>
    </message>
    <message>
        <source>Time to detect</source>
        <translation>Zeit bis Erkennung</translation>
    </message>
    <message>
        <source>Time to resolve</source>
        <translation>Zeit bis Behebung</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Geschätzte Kosten</translation>
    </message>
    <message>
        <source>Actions done on time</source>
        <translation>Pünktlich erledigte Maßnahmen</translation>
    </message>
    <message>
        <source>Amounts in %1 only: other currencies are never converted or added</source>
        <translation>Nur Beträge in %1: andere Währungen werden nie umgerechnet oder addiert</translation>
    </message>
    <message>
        <source>no currency</source>
        <translation>keine Währung</translation>
    </message>
    <message>
        <source>No incident with a cost per minute and both times known</source>
        <translation>Kein Vorfall mit Kosten pro Minute und beiden bekannten Zeiten</translation>
    </message>
    <message>
        <source>Share of actions with a due day that are done or overdue; n = those actions</source>
        <translation>Anteil der Maßnahmen mit Fälligkeitstag, die erledigt oder überfällig sind; n = diese Maßnahmen</translation>
    </message>
    <message>
        <source>No action with a due day is done or overdue</source>
        <translation>Keine Maßnahme mit Fälligkeitstag ist erledigt oder überfällig</translation>
    </message>
</context>
<context>
    <name>Whyboard::Workspace</name>
    <message>
        <source>That session could not be loaded: %1</source>
        <translation>Diese Sitzung konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The library is open read-only.</source>
        <translation>Die Bibliothek ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>%1 is editing this session, so it cannot be deleted now.</source>
        <translation>%1 bearbeitet diese Sitzung, daher kann sie jetzt nicht gelöscht werden.</translation>
    </message>
</context>
<context>
    <name>Whyboard::ZipArchive</name>
    <message>
        <source>the ZIP archive is truncated</source>
        <translation>das ZIP-Archiv ist unvollständig</translation>
    </message>
    <message>
        <source>it is not a ZIP archive</source>
        <translation>kein ZIP-Archiv</translation>
    </message>
    <message>
        <source>it cannot be read</source>
        <translation>kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the ZIP archive is truncated: its table of contents is missing</source>
        <translation>das ZIP-Archiv ist unvollständig: Sein Inhaltsverzeichnis fehlt</translation>
    </message>
    <message>
        <source>ZIP64 archives are not supported; unpack the export and choose the folder</source>
        <translation>ZIP64-Archive werden nicht unterstützt; den Export entpacken und den Ordner wählen</translation>
    </message>
    <message>
        <source>archives split over several files are not supported; unpack the export and choose the folder</source>
        <translation>auf mehrere Dateien verteilte Archive werden nicht unterstützt; den Export entpacken und den Ordner wählen</translation>
    </message>
    <message>
        <source>the ZIP archive is damaged: its table of contents lies outside the file</source>
        <translation>das ZIP-Archiv ist beschädigt: Sein Inhaltsverzeichnis liegt außerhalb der Datei</translation>
    </message>
    <message>
        <source>the ZIP archive is damaged: entry %1 of its table of contents is unreadable</source>
        <translation>das ZIP-Archiv ist beschädigt: Eintrag %1 seines Inhaltsverzeichnisses ist unlesbar</translation>
    </message>
    <message>
        <source>the ZIP archive is damaged: entry %1 of its table of contents is cut short</source>
        <translation>das ZIP-Archiv ist beschädigt: Eintrag %1 seines Inhaltsverzeichnisses ist abgeschnitten</translation>
    </message>
    <message>
        <source>the ZIP archive holds “%1”, a path outside the archive</source>
        <translation>das ZIP-Archiv enthält „%1“, einen Pfad außerhalb des Archivs</translation>
    </message>
    <message>
        <source>the ZIP archive has no such entry</source>
        <translation>das ZIP-Archiv hat keinen solchen Eintrag</translation>
    </message>
    <message>
        <source>%1 is encrypted; unpack the export with its password and choose the folder</source>
        <translation>%1 ist verschlüsselt; den Export mit seinem Passwort entpacken und den Ordner wählen</translation>
    </message>
    <message>
        <source>%1 is compressed with method %2, which Whyboard does not read; unpack the export and choose the folder</source>
        <translation>%1 ist mit Methode %2 komprimiert, die Whyboard nicht liest; den Export entpacken und den Ordner wählen</translation>
    </message>
    <message>
        <source>%1 is too large: %2 bytes, more than the %3 bytes one file may have</source>
        <translation>%1 ist zu groß: %2 Bytes, mehr als die %3 Bytes, die eine Datei haben darf</translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the ZIP archive is damaged: %1 is not where its table of contents says</source>
        <translation>das ZIP-Archiv ist beschädigt: %1 liegt nicht dort, wo das Inhaltsverzeichnis angibt</translation>
    </message>
    <message>
        <source>the ZIP archive is truncated: %1 is cut short</source>
        <translation>das ZIP-Archiv ist unvollständig: %1 ist abgeschnitten</translation>
    </message>
    <message>
        <source>the ZIP archive is damaged: %1 has two different sizes</source>
        <translation>das ZIP-Archiv ist beschädigt: %1 hat zwei verschiedene Größen</translation>
    </message>
    <message>
        <source>the ZIP archive is damaged: %1 fails its checksum</source>
        <translation>das ZIP-Archiv ist beschädigt: Die Prüfsumme von %1 stimmt nicht</translation>
    </message>
    <message>
        <source>%1 cannot be uncompressed</source>
        <translation>%1 kann nicht entpackt werden</translation>
    </message>
    <message>
        <source>the ZIP archive is damaged: %1 cannot be uncompressed</source>
        <translation>das ZIP-Archiv ist beschädigt: %1 kann nicht entpackt werden</translation>
    </message>
    <message>
        <source>%1 is too large: it unpacks to more than the %2 bytes one file may have</source>
        <translation>%1 ist zu groß: Entpackt sind es mehr als die %2 Bytes, die eine Datei haben darf</translation>
    </message>
    <message>
        <source>the ZIP archive is damaged: %1 unpacks to more than its declared size</source>
        <translation>das ZIP-Archiv ist beschädigt: %1 ist entpackt größer als angegeben</translation>
    </message>
</context>
<context>
    <name>Whyboard::ZonedDateTimeEdit</name>
    <message>
        <source>The offset from UTC the time is written in</source>
        <translation>Der Versatz zu UTC, in dem die Zeit angegeben ist</translation>
    </message>
</context>
</TS>
