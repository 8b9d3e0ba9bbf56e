<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ActionBalance</name>
    <message>
        <source>A checklist step or review for next week?</source>
        <translation>Une étape de checklist ou une revue pour la semaine prochaine ?</translation>
    </message>
    <message>
        <source>A change to how the team works this quarter?</source>
        <translation>Un changement dans la façon de travailler de l’équipe ce trimestre ?</translation>
    </message>
    <message>
        <source>A policy that makes this class of incident impossible?</source>
        <translation>Une règle qui rend ce type d’incident impossible ?</translation>
    </message>
    <message>
        <source>A quick guard: an alert, a limit, a confirmation?</source>
        <translation>Un garde-fou rapide : une alerte, une limite, une confirmation ?</translation>
    </message>
    <message>
        <source>A fix in the tooling or the architecture?</source>
        <translation>Un correctif dans l’outillage ou l’architecture ?</translation>
    </message>
    <message>
        <source>A redesign that removes the failure mode?</source>
        <translation>Une refonte qui supprime ce mode de défaillance ?</translation>
    </message>
    <message>
        <source>A runbook note or a heads-up to the team?</source>
        <translation>Une note dans le runbook ou une mise en garde à l’équipe ?</translation>
    </message>
    <message>
        <source>A drill or a walkthrough of this incident?</source>
        <translation>Un exercice ou un retour détaillé sur cet incident ?</translation>
    </message>
    <message>
        <source>Onboarding that teaches what was learned here?</source>
        <translation>Un parcours d’intégration qui enseigne ce qui a été appris ici ?</translation>
    </message>
</context>
<context>
    <name>ActionTemplates</name>
    <message>
        <source>Change the process so that this cannot recur: %1</source>
        <translation>Modifier le processus pour que cela ne puisse pas se reproduire : %1</translation>
    </message>
    <message>
        <source>Add a technical safeguard against: %1</source>
        <translation>Ajouter un garde-fou technique contre : %1</translation>
    </message>
    <message>
        <source>Train the team on: %1</source>
        <translation>Former l’équipe sur : %1</translation>
    </message>
</context>
<context>
    <name>AddActionCommand</name>
    <message>
        <source>Add action item</source>
        <translation>Ajouter une action</translation>
    </message>
</context>
<context>
    <name>AddCardCommand</name>
    <message>
        <source>Add problem</source>
        <translation>Ajouter le problème</translation>
    </message>
    <message>
        <source>Add why</source>
        <translation>Ajouter un pourquoi</translation>
    </message>
</context>
<context>
    <name>AddEventCommand</name>
    <message>
        <source>Add timeline event</source>
        <translation>Ajouter un événement à la chronologie</translation>
    </message>
</context>
<context>
    <name>AddLinkCommand</name>
    <message>
        <source>Link cards</source>
        <translation>Relier les cartes</translation>
    </message>
</context>
<context>
    <name>AddParticipantCommand</name>
    <message>
        <source>Add participant</source>
        <translation>Ajouter un participant</translation>
    </message>
</context>
<context>
    <name>BoardImageExporter</name>
    <message>
        <source>Cannot write "%1": the board has no cards.</source>
        <translation>Impossible d’écrire « %1 » : le tableau n’a aucune carte.</translation>
    </message>
    <message>
        <source>Cannot write "%1": %2</source>
        <translation>Impossible d’écrire « %1 » : %2</translation>
    </message>
    <message>
        <source>Why chain of the postmortem "%1"</source>
        <translation>Chaîne des pourquoi du postmortem « %1 »</translation>
    </message>
    <message>
        <source>Cannot write "%1": the drawing could not be started.</source>
        <translation>Impossible d’écrire « %1 » : le dessin n’a pas pu commencer.</translation>
    </message>
</context>
<context>
    <name>BoardTheme</name>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Projector (high contrast)</source>
        <translation>Projecteur (contraste élevé)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
</context>
<context>
    <name>CardLabels</name>
    <message>
        <source>(new card, no text yet)</source>
        <translation>(nouvelle carte, encore sans texte)</translation>
    </message>
</context>
<context>
    <name>ChainChecks</name>
    <message>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>No whys yet.</source>
        <translation>Pas encore de pourquoi.</translation>
    </message>
    <message>
        <source>Ask why the problem happened.</source>
        <translation>Demandez pourquoi le problème est survenu.</translation>
    </message>
    <message>
        <source>Only %1 of %2 whys deep: this may still be a symptom.</source>
        <translation>Seulement %1 pourquoi sur %2 de profondeur : c’est peut-être encore un symptôme.</translation>
    </message>
    <message>
        <source>Ask why again.</source>
        <translation>Demandez encore pourquoi.</translation>
    </message>
    <message>
        <source>This card states two causes.</source>
        <translation>Cette carte énonce deux causes.</translation>
    </message>
    <message>
        <source>No evidence for this cause yet.</source>
        <translation>Pas encore de preuve pour cette cause.</translation>
    </message>
    <message>
        <source>How do you know? Add the evidence and mark it verified.</source>
        <translation>Comment le savez-vous ? Ajoutez la preuve et marquez-la comme vérifiée.</translation>
    </message>
    <message>
        <source>The evidence is not verified yet.</source>
        <translation>La preuve n’est pas encore vérifiée.</translation>
    </message>
    <message>
        <source>How do you know? Check the evidence and mark it verified.</source>
        <translation>Comment le savez-vous ? Vérifiez la preuve et marquez-la comme vérifiée.</translation>
    </message>
    <message>
        <source>Human error is a symptom, never the cause: what let it happen?</source>
        <translation>L’erreur humaine est un symptôme, jamais la cause : qu’est-ce qui l’a rendue possible ?</translation>
    </message>
    <message>
        <source>This root cause names a person: %1.</source>
        <translation>Cette cause racine désigne une personne : %1.</translation>
    </message>
    <message>
        <source>This root cause is a human error: %1.</source>
        <translation>Cette cause racine est une erreur humaine : %1.</translation>
    </message>
    <message>
        <source>Reword it neutrally: say what happened and what made it possible, not who is to blame.</source>
        <translation>Reformulez de façon neutre : dites ce qui s’est passé et ce qui l’a rendu possible, pas qui est en faute.</translation>
    </message>
    <message>
        <source>Blame language: %1.</source>
        <translation>Langage accusateur : %1.</translation>
    </message>
    <message>
        <source>A person is the subject here: %1.</source>
        <translation>Ici, une personne est le sujet : %1.</translation>
    </message>
    <message>
        <source>Name the role or the system instead (“the deploy script”, “the on-call engineer”).</source>
        <translation>Nommez plutôt le rôle ou le système (« le script de déploiement », « l’ingénieur d’astreinte »).</translation>
    </message>
    <message>
        <source>Add a process, technology or training action.</source>
        <translation>Ajoutez une action de processus, de technique ou de formation.</translation>
    </message>
    <message>
        <source>No action item addresses this cause.</source>
        <translation>Aucune action ne traite cette cause.</translation>
    </message>
    <message>
        <source>No improvement considered for detecting this sooner.</source>
        <translation>Aucune amélioration envisagée pour détecter cela plus tôt.</translation>
    </message>
    <message>
        <source>No improvement considered for escalating this faster.</source>
        <translation>Aucune amélioration envisagée pour escalader cela plus vite.</translation>
    </message>
    <message>
        <source>No improvement considered for mitigating this faster.</source>
        <translation>Aucune amélioration envisagée pour atténuer cela plus vite.</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>pas de responsable</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>pas d’échéance</translation>
    </message>
    <message>
        <source>does not start with a verb</source>
        <translation>ne commence pas par un verbe</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>; </source>
        <translation> ; </translation>
    </message>
    <message>
        <source>Make it doable: who does it, by when, starting with what to do (“Add…”, “Automate…”).</source>
        <translation>Rendez-la réalisable : qui, pour quand, en commençant par ce qu’il faut faire (« Ajouter… », « Automatiser… »).</translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation>Personne %1</translation>
    </message>
    <message>
        <source>Too shallow</source>
        <translation>Trop superficiel</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>Non vérifiée</translation>
    </message>
    <message>
        <source>Human error as a root cause</source>
        <translation>Erreur humaine comme cause racine</translation>
    </message>
    <message>
        <source>Blame language</source>
        <translation>Langage accusateur</translation>
    </message>
    <message>
        <source>No action</source>
        <translation>Aucune action</translation>
    </message>
    <message>
        <source>Action quality</source>
        <translation>Qualité de l’action</translation>
    </message>
    <message numerus="yes">
        <source>This card states %n causes.</source>
        <translation>
            <numerusform>Cette carte énonce %n cause.</numerusform>
            <numerusform>Cette carte énonce %n causes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Split it into %1.</source>
        <translation>Scindez-la en %1.</translation>
    </message>
    <message>
        <source>vague, no outcome anyone could check: %1</source>
        <translation>vague, sans résultat vérifiable : %1</translation>
    </message>
    <message>
        <source>Name a change the room can verify later (“Require a second reviewer for config changes”), with an owner and a date.</source>
        <translation>Nommez un changement que l’équipe pourra vérifier plus tard (« Exiger un second relecteur pour les changements de configuration »), avec un responsable et une date.</translation>
    </message>
    <message>
        <source>Several causes on one card</source>
        <translation>Plusieurs causes sur une carte</translation>
    </message>
    <message>
        <source>Seen before</source>
        <translation>Déjà vu</translation>
    </message>
</context>
<context>
    <name>ChainChecksVocabulary</name>
    <message>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <source>is not a valid regular expression: %1 (at character %2)</source>
        <translation>n’est pas une expression régulière valide : %1 (au caractère %2)</translation>
    </message>
    <message>
        <source>must be one word</source>
        <translation>doit être un seul mot</translation>
    </message>
    <message>
        <source>must be written in lower case</source>
        <translation>doit être écrite en minuscules</translation>
    </message>
    <message>
        <source>must be a list of strings</source>
        <translation>doit être une liste de chaînes</translation>
    </message>
    <message>
        <source>entry %1 is not a string</source>
        <translation>l’entrée %1 n’est pas une chaîne</translation>
    </message>
    <message>
        <source>entry %1 (“%2”) %3</source>
        <translation>l’entrée %1 (« %2 ») %3</translation>
    </message>
    <message>
        <source>%1: “%2” %3</source>
        <translation>%1 : « %2 » %3</translation>
    </message>
    <message>
        <source>is not a known key (a typo?)</source>
        <translation>n’est pas une clé connue (faute de frappe ?)</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>manque</translation>
    </message>
    <message>
        <source>must be a language code such as “en” or “pt_BR”</source>
        <translation>doit être un code de langue comme « en » ou « pt_BR »</translation>
    </message>
    <message>
        <source>is missing (an empty list [] is fine)</source>
        <translation>manque (une liste vide [] convient)</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit valoir true ou false</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2 : %3</translation>
    </message>
    <message>
        <source>%1: the file must hold one JSON object { ... }</source>
        <translation>%1 : le fichier doit contenir un seul objet JSON { ... }</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1 : lecture impossible : %2</translation>
    </message>
    <message>
        <source>%1: “language” is “%2” but the file name says “%3”</source>
        <translation>%1 : « language » vaut « %2 » mais le nom du fichier indique « %3 »</translation>
    </message>
    <message>
        <source>%1: no vocabulary-&lt;language&gt;.json files: the chain checks know no words</source>
        <translation>%1 : aucun fichier vocabulary-&lt;langue&gt;.json : les vérifications de la chaîne ne connaissent aucun mot</translation>
    </message>
</context>
<context>
    <name>DismissFindingCommand</name>
    <message>
        <source>Dismiss finding</source>
        <translation>Écarter le constat</translation>
    </message>
</context>
<context>
    <name>EditActionCommand</name>
    <message>
        <source>Edit action text</source>
        <translation>Modifier le texte de l’action</translation>
    </message>
    <message>
        <source>Edit action owner</source>
        <translation>Modifier le responsable de l’action</translation>
    </message>
    <message>
        <source>Edit tracker link</source>
        <translation>Modifier le lien de suivi</translation>
    </message>
    <message>
        <source>Edit action item</source>
        <translation>Modifier l’action</translation>
    </message>
</context>
<context>
    <name>EditCardCommand</name>
    <message>
        <source>Edit card text</source>
        <translation>Modifier le texte de la carte</translation>
    </message>
    <message>
        <source>Edit evidence</source>
        <translation>Modifier la preuve</translation>
    </message>
    <message>
        <source>Mark evidence verified</source>
        <translation>Marquer la preuve comme vérifiée</translation>
    </message>
    <message>
        <source>Mark evidence unverified</source>
        <translation>Marquer la preuve comme non vérifiée</translation>
    </message>
    <message>
        <source>Edit card</source>
        <translation>Modifier la carte</translation>
    </message>
    <message>
        <source>Edit reason for no action</source>
        <translation>Modifier la raison de l’absence d’action</translation>
    </message>
    <message>
        <source>Accept without action</source>
        <translation>Accepter sans action</translation>
    </message>
    <message>
        <source>Withdraw "no action"</source>
        <translation>Retirer « sans action »</translation>
    </message>
    <message>
        <source>Clear cause category</source>
        <translation>Retirer la catégorie de cause</translation>
    </message>
    <message>
        <source>Set cause category to %1</source>
        <translation>Définir la catégorie de cause sur %1</translation>
    </message>
    <message>
        <source>Edit card tags</source>
        <translation>Modifier les tags de la carte</translation>
    </message>
</context>
<context>
    <name>EditEventCommand</name>
    <message>
        <source>Edit event text</source>
        <translation>Modifier le texte de l’événement</translation>
    </message>
    <message>
        <source>Edit timeline event</source>
        <translation>Modifier l’événement de la chronologie</translation>
    </message>
</context>
<context>
    <name>EditParkedIdeaCommand</name>
    <message>
        <source>Edit parked idea</source>
        <translation>Modifier l’idée mise au parking</translation>
    </message>
</context>
<context>
    <name>EditParticipantCommand</name>
    <message>
        <source>Rename participant</source>
        <translation>Renommer le participant</translation>
    </message>
    <message>
        <source>Edit participant</source>
        <translation>Modifier le participant</translation>
    </message>
</context>
<context>
    <name>EditSessionFieldCommand</name>
    <message>
        <source>Edit title</source>
        <translation>Modifier le titre</translation>
    </message>
    <message>
        <source>Edit summary</source>
        <translation>Modifier le résumé</translation>
    </message>
    <message>
        <source>Change severity</source>
        <translation>Changer la gravité</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Changer le statut</translation>
    </message>
    <message>
        <source>Change start time</source>
        <translation>Changer l’heure de début</translation>
    </message>
    <message>
        <source>Change detection time</source>
        <translation>Changer l’heure de détection</translation>
    </message>
    <message>
        <source>Change resolution time</source>
        <translation>Changer l’heure de résolution</translation>
    </message>
    <message>
        <source>Edit impact</source>
        <translation>Modifier l’impact</translation>
    </message>
    <message>
        <source>Change users affected</source>
        <translation>Changer le nombre d’utilisateurs touchés</translation>
    </message>
    <message>
        <source>Change cost per minute</source>
        <translation>Changer le coût par minute</translation>
    </message>
    <message>
        <source>Change currency</source>
        <translation>Changer la devise</translation>
    </message>
    <message>
        <source>Edit facilitator</source>
        <translation>Changer l’animateur</translation>
    </message>
</context>
<context>
    <name>FindingGroups</name>
    <message>
        <source>Event %1</source>
        <translation>Événement %1</translation>
    </message>
    <message>
        <source>Action %1</source>
        <translation>Action %1</translation>
    </message>
</context>
<context>
    <name>FishboneExporter</name>
    <message>
        <source>Cannot write "%1": %2</source>
        <translation>Impossible d’écrire « %1 » : %2</translation>
    </message>
    <message>
        <source>Cannot write "%1": the session has no cards.</source>
        <translation>Impossible d’écrire « %1 » : la session n’a aucune carte.</translation>
    </message>
    <message>
        <source>Cannot write "%1": a fishbone is written as .png, .svg or .pdf.</source>
        <translation>Impossible d’écrire « %1 » : un diagramme en arêtes s’écrit en .png, .svg ou .pdf.</translation>
    </message>
    <message>
        <source>Fishbone of the postmortem "%1"</source>
        <translation>Diagramme en arêtes du postmortem « %1 »</translation>
    </message>
    <message>
        <source>Cannot write "%1": the drawing could not be started.</source>
        <translation>Impossible d’écrire « %1 » : le dessin n’a pas pu commencer.</translation>
    </message>
    <message>
        <source>Untitled postmortem</source>
        <translation>Postmortem sans titre</translation>
    </message>
    <message>
        <source>Fishbone: the causes by category</source>
        <translation>Arêtes de poisson : les causes par catégorie</translation>
    </message>
</context>
<context>
    <name>FishboneLayout</name>
    <message>
        <source>Uncategorised</source>
        <translation>Sans catégorie</translation>
    </message>
</context>
<context>
    <name>FishbonePainter</name>
    <message>
        <source>PROBLEM</source>
        <translation>PROBLÈME</translation>
    </message>
    <message>
        <source>What went wrong?</source>
        <translation>Qu’est-ce qui s’est mal passé ?</translation>
    </message>
    <message>
        <source>VERIFIED</source>
        <translation>VÉRIFIÉE</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Pourquoi ?</translation>
    </message>
</context>
<context>
    <name>IncidentMetrics</name>
    <message>
        <source>The start time is not set, so time to detect, time to resolve and cost are unknown.</source>
        <translation>L’heure de début n’est pas renseignée : le délai de détection, le délai de résolution et le coût sont donc inconnus.</translation>
    </message>
    <message>
        <source>The detection time is not set, so time to detect is unknown.</source>
        <translation>L’heure de détection n’est pas renseignée : le délai de détection est donc inconnu.</translation>
    </message>
    <message>
        <source>The resolution time is not set, so time to resolve, duration and cost are unknown.</source>
        <translation>L’heure de résolution n’est pas renseignée : le délai de résolution, la durée et le coût sont donc inconnus.</translation>
    </message>
    <message>
        <source>The incident was detected before it started: check the start and detection times.</source>
        <translation>L’incident a été détecté avant d’avoir commencé : vérifiez les heures de début et de détection.</translation>
    </message>
    <message>
        <source>The incident was resolved before it started: check the start and resolution times.</source>
        <translation>L’incident a été résolu avant d’avoir commencé : vérifiez les heures de début et de résolution.</translation>
    </message>
    <message>
        <source>The incident was resolved before it was detected: check the detection and resolution times.</source>
        <translation>L’incident a été résolu avant d’avoir été détecté : vérifiez les heures de détection et de résolution.</translation>
    </message>
    <message>
        <source>The cost per minute is negative, so the cost is unknown.</source>
        <translation>Le coût par minute est négatif : le coût est donc inconnu.</translation>
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
        <translation>%1 j %2 h</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Majeure</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Modérée</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Mineure</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Non évaluée</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A choice on the severity ladder: the level's number and its name, "2 — Major".</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Severity not rated</source>
        <translation>Gravité non évaluée</translation>
    </message>
    <message>
        <source>SEV %1 · %2</source>
        <translation>SEV %1 · %2</translation>
    </message>
    <message>
        <source>The site is down, or customer data is lost. The status page is the most visited page today.</source>
        <translation>Le site est en panne ou des données clients sont perdues. La page de statut est la plus visitée du jour.</translation>
    </message>
    <message>
        <source>A major feature is broken for many users, or the company account posted something meant for a private one. Someone senior is already asking.</source>
        <translation>Une fonction majeure est cassée pour beaucoup d’utilisateurs, ou le compte de l’entreprise a publié un message destiné à un compte privé. La direction pose déjà des questions.</translation>
    </message>
    <message>
        <source>Degraded: slow pages, a failed nightly job, or every user got an e-mail that starts "Hello FName!". Embarrassing, survivable.</source>
        <translation>Dégradé : pages lentes, tâche nocturne en échec, ou tous les utilisateurs ont reçu un e-mail commençant par « Bonjour FName ! ». Gênant, mais on s’en remet.</translation>
    </message>
    <message>
        <source>Minor: a few users noticed, a workaround existed, and nobody had to cancel dinner.</source>
        <translation>Mineur : quelques utilisateurs l’ont remarqué, un contournement existait et personne n’a dû annuler son dîner.</translation>
    </message>
    <message>
        <source>How bad was it? Pick a level once the room agrees.</source>
        <translation>À quel point était-ce grave ? Choisissez un niveau une fois que l’équipe est d’accord.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Relu</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation>Non reliée</translation>
    </message>
    <message>
        <source>Why %1</source>
        <extracomment>A cause card at its depth in the chain: "Why 2".</extracomment>
        <translation>Pourquoi %1</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Déclencheur</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>Détection</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Escalade</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Atténuation</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>Aucune catégorie</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>Technique</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>No horizon</source>
        <translation>Aucun horizon</translation>
    </message>
    <message>
        <source>Short term</source>
        <translation>Court terme</translation>
    </message>
    <message>
        <source>Medium term</source>
        <translation>Moyen terme</translation>
    </message>
    <message>
        <source>Long term</source>
        <translation>Long terme</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Introduced</source>
        <translation>Introduit</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>Identifié</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>Intervenu</translation>
    </message>
    <message>
        <source>Debugged</source>
        <translation>Débogué</translation>
    </message>
    <message>
        <source>Interested</source>
        <translation>Intéressé</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Non vérifiée</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Tient</translation>
    </message>
    <message>
        <source>Does not hold</source>
        <translation>Ne tient pas</translation>
    </message>
    <message>
        <source>Why %1 / %2</source>
        <extracomment>A cause reached by routes of different lengths: "Why 3 / 5" (shortest / longest).</extracomment>
        <translation>Pourquoi %1 / %2</translation>
    </message>
</context>
<context>
    <name>LibraryDialogs</name>
    <message>
        <source>Open Library</source>
        <translation>Ouvrir une bibliothèque</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>What should the copy hold?</source>
        <translation>Que doit contenir la copie ?</translation>
    </message>
    <message>
        <source>This Session</source>
        <translation>Cette session</translation>
    </message>
    <message>
        <source>The Whole Library</source>
        <translation>Toute la bibliothèque</translation>
    </message>
    <message>
        <source>The library %1 could not be opened.</source>
        <translation>La bibliothèque %1 n’a pas pu être ouverte.</translation>
    </message>
    <message>
        <source>Cannot Open Library</source>
        <translation>Impossible d’ouvrir la bibliothèque</translation>
    </message>
    <message>
        <source>You can look at it read-only while the other window keeps working on it.</source>
        <translation>Vous pouvez la consulter en lecture seule pendant que l’autre fenêtre continue d’y travailler.</translation>
    </message>
    <message>
        <source>A newer Whyboard made it. You can look at it read-only; this version will not change it.</source>
        <translation>Un Whyboard plus récent l’a créée. Vous pouvez la consulter en lecture seule ; cette version ne la modifiera pas.</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Ouvrir en lecture seule</translation>
    </message>
    <message>
        <source>Untitled session</source>
        <translation>Session sans titre</translation>
    </message>
    <message>
        <source>%1 (deleted %2)</source>
        <translation>%1 (supprimée le %2)</translation>
    </message>
    <message>
        <source>Restore Deleted Session</source>
        <translation>Restaurer une session supprimée</translation>
    </message>
    <message>
        <source>Session to restore:</source>
        <translation>Session à restaurer :</translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>Vider la corbeille</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n session(s) in the trash for good? This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer définitivement %n session de la corbeille ? Cette action est irréversible.</numerusform>
            <numerusform>Supprimer définitivement les %n sessions de la corbeille ? Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes Not Saved</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The last change could not be written to the library.

%1</source>
        <translation>La dernière modification n’a pas pu être écrite dans la bibliothèque.

%1</translation>
    </message>
</context>
<context>
    <name>MarkdownChecks</name>
    <message>
        <source>set aside</source>
        <translation>écarté</translation>
    </message>
    <message>
        <source>set aside: %1</source>
        <translation>écarté : %1</translation>
    </message>
    <message>
        <source>The chain checks found nothing to point out.</source>
        <translation>Les vérifications de la chaîne n’ont rien relevé.</translation>
    </message>
    <message>
        <source>%1, %2 set aside</source>
        <translation>%1, écartés : %2</translation>
    </message>
    <message>
        <source>Set aside:</source>
        <translation>Écartés :</translation>
    </message>
</context>
<context>
    <name>MarkdownExporter</name>
    <message>
        <source>verified</source>
        <translation>vérifiée</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>non vérifiée</translation>
    </message>
    <message>
        <source>evidence: %1</source>
        <translation>preuve : %1</translation>
    </message>
    <message>
        <source>see above</source>
        <translation>voir plus haut</translation>
    </message>
    <message>
        <source>Untitled incident</source>
        <translation>Incident sans titre</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Animation</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>No summary written yet.</source>
        <translation>Aucun résumé n’a encore été rédigé.</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Users affected: %1</source>
        <translation>Utilisateurs touchés : %1</translation>
    </message>
    <message>
        <source>Cost per minute: %1</source>
        <translation>Coût par minute : %1</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Part in the incident</source>
        <translation>Rôle dans l’incident</translation>
    </message>
    <message>
        <source>Why chain</source>
        <translation>Chaîne des pourquoi</translation>
    </message>
    <message>
        <source>The board has no cards yet.</source>
        <translation>Le tableau n’a encore aucune carte.</translation>
    </message>
    <message>
        <source>Not yet connected to the problem</source>
        <translation>Pas encore reliée au problème</translation>
    </message>
    <message>
        <source>Read-back</source>
        <translation>Relecture</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>No timeline recorded.</source>
        <translation>Aucune chronologie enregistrée.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>No action items yet.</source>
        <translation>Pas encore d’actions.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Horizon</translation>
    </message>
    <message>
        <source>Tracker</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Chain checks</source>
        <translation>Vérifications de la chaîne</translation>
    </message>
    <message>
        <source>Exported from Whyboard on %1.</source>
        <translation>Exporté depuis Whyboard le %1.</translation>
    </message>
    <message>
        <source>Cannot write "%1": %2</source>
        <translation>Impossible d’écrire « %1 » : %2</translation>
    </message>
    <message>
        <source>Parking lot</source>
        <translation>Parking</translation>
    </message>
    <message>
        <source>Ideas raised during the meeting, not yet action items.</source>
        <translation>Idées soulevées pendant la réunion, pas encore transformées en actions.</translation>
    </message>
    <message>
        <source>%1 more characters left out</source>
        <translation>%1 caractères omis</translation>
    </message>
    <message>
        <source>The chain has %1 cards and %2 links, more than a wiki draws as a diagram; the list below and the read-back hold all of it.</source>
        <translation>La chaîne compte %1 cartes et %2 liens, plus qu’un wiki ne peut en dessiner dans un diagramme ; la liste ci-dessous et la relecture la présentent en entier.</translation>
    </message>
</context>
<context>
    <name>MarkdownReadBack</name>
    <message>
        <source>chain %1, step %2</source>
        <translation>chaîne %1, étape %2</translation>
    </message>
    <message>
        <source>therefore</source>
        <translation>donc</translation>
    </message>
    <message>
        <source>the room found this step does not hold</source>
        <translation>selon l’équipe, cette étape ne tient pas</translation>
    </message>
    <message>
        <source>No chain reaches the problem yet.</source>
        <translation>Aucune chaîne n’atteint encore le problème.</translation>
    </message>
    <message>
        <source>Each chain is read once, from its root cause up. A chain that reaches a cause already read ends with where it continues.</source>
        <translation>Chaque chaîne est lue une seule fois, en remontant depuis sa cause racine. Une chaîne qui atteint une cause déjà lue se termine en indiquant où elle se poursuit.</translation>
    </message>
    <message>
        <source>Chain %1</source>
        <translation>Chaîne %1</translation>
    </message>
    <message>
        <source>its first cause is explained in another chain</source>
        <translation>sa première cause est expliquée dans une autre chaîne</translation>
    </message>
    <message>
        <source>does not hold</source>
        <translation>ne tient pas</translation>
    </message>
    <message>
        <source>also leads to %1</source>
        <translation>mène aussi à %1</translation>
    </message>
    <message>
        <source>continues as in %1: “%2”</source>
        <translation>se poursuit comme dans la %1 : « %2 »</translation>
    </message>
</context>
<context>
    <name>MeetingTimer</name>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Whys</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
</context>
<context>
    <name>MermaidChart</name>
    <message>
        <source>does not hold</source>
        <translation>ne tient pas</translation>
    </message>
</context>
<context>
    <name>MoveCardsCommand</name>
    <message numerus="yes">
        <source>Move %n card(s)</source>
        <translation>
            <numerusform>Déplacer %n carte</numerusform>
            <numerusform>Déplacer %n cartes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParkIdeaCommand</name>
    <message>
        <source>Park idea</source>
        <translation>Mettre une idée au parking</translation>
    </message>
</context>
<context>
    <name>RemoveActionsCommand</name>
    <message numerus="yes">
        <source>Delete %n action item(s)</source>
        <translation>
            <numerusform>Supprimer %n action</numerusform>
            <numerusform>Supprimer %n actions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveCardsCommand</name>
    <message numerus="yes">
        <source>Delete %n card(s)</source>
        <translation>
            <numerusform>Supprimer %n carte</numerusform>
            <numerusform>Supprimer %n cartes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveEventsCommand</name>
    <message numerus="yes">
        <source>Delete %n timeline event(s)</source>
        <translation>
            <numerusform>Supprimer %n événement</numerusform>
            <numerusform>Supprimer %n événements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveLinkCommand</name>
    <message>
        <source>Unlink cards</source>
        <translation>Délier les cartes</translation>
    </message>
</context>
<context>
    <name>RemoveParticipantCommand</name>
    <message numerus="yes">
        <source>Remove %n participant(s)</source>
        <translation>
            <numerusform>Retirer %n participant</numerusform>
            <numerusform>Retirer %n participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RepeatCauses</name>
    <message>
        <source>Seen in ‘%1’: %2</source>
        <translation>Vu dans « %1 » : %2</translation>
    </message>
    <message>
        <source>Seen in ‘%1’ (%2): %3</source>
        <translation>Vu dans « %1 » (%2) : %3</translation>
    </message>
    <message>
        <source>Open that session and compare: if its actions did not prevent this, say so on the card and in the new actions.</source>
        <translation>Ouvrez cette session et comparez : si ses actions n’ont pas empêché ceci, dites-le sur la carte et dans les nouvelles actions.</translation>
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
        <translation>Incident sans titre</translation>
    </message>
    <message>
        <source>Facilitated by %1</source>
        <translation>Animé par %1</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Animation</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Part in the incident</source>
        <translation>Rôle dans l’incident</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>No summary written yet.</source>
        <translation>Aucun résumé n’a encore été rédigé.</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>No impact described yet.</source>
        <translation>Aucun impact n’a encore été décrit.</translation>
    </message>
    <message>
        <source>Users affected: %1</source>
        <translation>Utilisateurs touchés : %1</translation>
    </message>
    <message>
        <source>Cost per minute: %1</source>
        <translation>Coût par minute : %1</translation>
    </message>
    <message>
        <source>Why chain</source>
        <translation>Chaîne des pourquoi</translation>
    </message>
    <message>
        <source>The board has no cards yet.</source>
        <translation>Le tableau n’a encore aucune carte.</translation>
    </message>
    <message>
        <source>Each arrow points from a cause to what it explains.</source>
        <translation>Chaque flèche part d’une cause vers ce qu’elle explique.</translation>
    </message>
    <message>
        <source>Read-back</source>
        <translation>Relecture</translation>
    </message>
    <message>
        <source>No chain reaches the problem yet.</source>
        <translation>Aucune chaîne n’atteint encore le problème.</translation>
    </message>
    <message>
        <source>therefore</source>
        <translation>donc</translation>
    </message>
    <message>
        <source>(the room found this step does not hold)</source>
        <translation>(selon l’équipe, cette étape ne tient pas)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>Top %1 of %2 action items</source>
        <translation>Les %1 principales actions sur %2</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>No action items yet.</source>
        <translation>Pas encore d’actions.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non attribuée</translation>
    </message>
    <message numerus="yes">
        <source>Each arrow points from a cause to what it explains. The board is large: an overview shows where its %n parts are, and labels at their edges say in which part the chain goes on.</source>
        <translation>
            <numerusform>Chaque flèche part d’une cause vers ce qu’elle explique. Le tableau est grand : une vue d’ensemble montre où se trouve sa %n partie, et des étiquettes sur les bords indiquent dans quelle partie la chaîne se poursuit.</numerusform>
            <numerusform>Chaque flèche part d’une cause vers ce qu’elle explique. Le tableau est grand : une vue d’ensemble montre où se trouvent ses %n parties, et des étiquettes sur leurs bords indiquent dans quelle partie la chaîne se poursuit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Overview: the whole chain and where its parts are</source>
        <translation>Vue d’ensemble : toute la chaîne et l’emplacement de ses parties</translation>
    </message>
    <message>
        <source>Part %1 of %2</source>
        <translation>Partie %1 sur %2</translation>
    </message>
    <message>
        <source>→ part %1</source>
        <translation>→ partie %1</translation>
    </message>
    <message>
        <source>from part %1</source>
        <translation>depuis la partie %1</translation>
    </message>
    <message>
        <source>Each chain read from its root cause up to the problem, "…, therefore …". Where a chain joins one already read, it says where to read on instead of repeating it.</source>
        <translation>Chaque chaîne est lue de sa cause racine jusqu’au problème : « …, donc … ». Là où une chaîne rejoint une chaîne déjà lue, elle indique où poursuivre la lecture au lieu de la répéter.</translation>
    </message>
    <message>
        <source>The chain read from its root cause up to the problem.</source>
        <translation>La chaîne lue de sa cause racine jusqu’au problème.</translation>
    </message>
    <message>
        <source>chain %1, step %2: “%3”</source>
        <translation>chaîne %1, étape %2 : « %3 »</translation>
    </message>
    <message>
        <source>(its causes are read in other chains)</source>
        <translation>(ses causes sont lues dans d’autres chaînes)</translation>
    </message>
    <message>
        <source>also leads to</source>
        <translation>mène aussi à</translation>
    </message>
    <message>
        <source>read on at %1</source>
        <translation>voir la suite en %1</translation>
    </message>
    <message>
        <source>Not linked to the problem yet</source>
        <translation>Pas encore reliées au problème</translation>
    </message>
</context>
<context>
    <name>ReportCauses</name>
    <message>
        <source>Verified</source>
        <translation>Vérifiée</translation>
    </message>
    <message>
        <source>No evidence</source>
        <translation>Aucune preuve</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Non vérifiée</translation>
    </message>
    <message>
        <source>Accepted, no action: %1</source>
        <translation>Acceptée sans action : %1</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucune raison donnée</translation>
    </message>
    <message>
        <source>Causes and evidence</source>
        <translation>Causes et preuves</translation>
    </message>
    <message>
        <source>No causes on the board yet.</source>
        <translation>Pas encore de causes sur le tableau.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <source>Addressed by</source>
        <translation>Traitée par</translation>
    </message>
    <message>
        <source>No action yet</source>
        <translation>Pas encore d’action</translation>
    </message>
</context>
<context>
    <name>ReportFigures</name>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Détection</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>Time to detect</source>
        <translation>Délai de détection</translation>
    </message>
    <message>
        <source>Time to resolve</source>
        <translation>Délai de résolution</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>at %1 a minute</source>
        <translation>à %1 par minute</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Coût estimé</translation>
    </message>
</context>
<context>
    <name>ReportTables</name>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>No timeline recorded.</source>
        <translation>Aucune chronologie enregistrée.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>No action items yet.</source>
        <translation>Pas encore d’actions.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non attribuée</translation>
    </message>
    <message>
        <source>Chain checks</source>
        <translation>Vérifications de la chaîne</translation>
    </message>
    <message>
        <source>The chain checks found nothing to point out.</source>
        <translation>Les vérifications de la chaîne n’ont rien relevé.</translation>
    </message>
    <message>
        <source>Set aside by the room.</source>
        <translation>Écarté par l’équipe.</translation>
    </message>
    <message>
        <source>Set aside by the room: %1</source>
        <translation>Écarté par l’équipe : %1</translation>
    </message>
    <message>
        <source>Parking lot</source>
        <translation>Parking</translation>
    </message>
    <message>
        <source>Idea raised during the meeting, not yet an action item</source>
        <translation>Idée soulevée pendant la réunion, pas encore transformée en action</translation>
    </message>
    <message>
        <source>Times in %1.</source>
        <translation>Heures exprimées en %1.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n de plus</numerusform>
            <numerusform>… et %n de plus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n found, %1 set aside</source>
        <translation>
            <numerusform>%n constat, %1 écarté</numerusform>
            <numerusform>%n constats, écartés : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n constat</numerusform>
            <numerusform>%n constats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message numerus="yes">
        <source>[… %n more characters are in the library]</source>
        <translation>
            <numerusform>[… %n caractère de plus se trouve dans la bibliothèque]</numerusform>
            <numerusform>[… %n caractères de plus se trouvent dans la bibliothèque]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Généré le %1</translation>
    </message>
    <message>
        <source>Cannot write "%1": %2</source>
        <translation>Impossible d’écrire « %1 » : %2</translation>
    </message>
    <message>
        <source>Cannot write "%1": the PDF could not be started.</source>
        <translation>Impossible d’écrire « %1 » : le PDF n’a pas pu commencer.</translation>
    </message>
    <message>
        <source>Cannot write "%1": the image could not be encoded.</source>
        <translation>Impossible d’écrire « %1 » : l’image n’a pas pu être encodée.</translation>
    </message>
    <message>
        <source>Postmortem of "%1"</source>
        <translation>Postmortem de « %1 »</translation>
    </message>
    <message>
        <source>postmortem</source>
        <translation>postmortem</translation>
    </message>
    <message>
        <source>5 whys</source>
        <translation>5 pourquoi</translation>
    </message>
</context>
<context>
    <name>RestoreFindingCommand</name>
    <message>
        <source>Restore finding</source>
        <translation>Rétablir le constat</translation>
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
        <translation>un booléen</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>objet attendu, trouvé %1</translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation>tableau attendu, trouvé %1</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>champ obligatoire manquant</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>chaîne attendue, trouvé %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>nombre entier attendu, trouvé %1</translation>
    </message>
    <message>
        <source>expected a number, found %1</source>
        <translation>nombre attendu, trouvé %1</translation>
    </message>
    <message>
        <source>"%1" is not an ISO 8601 date and time with an offset, like "2017-04-06T18:30:00-07:00"</source>
        <translation>« %1 » n’est pas une date et heure ISO 8601 avec décalage, comme « 2017-04-06T18:30:00-07:00 »</translation>
    </message>
    <message>
        <source>"%1" is listed twice</source>
        <translation>« %1 » figure deux fois</translation>
    </message>
    <message>
        <source>unknown value "%1" (expected one of: %2)</source>
        <translation>valeur inconnue « %1 » (attendu : l’une de %2)</translation>
    </message>
    <message>
        <source>line %1, column %2: not valid JSON (%3)</source>
        <translation>ligne %1, colonne %2 : JSON non valide (%3)</translation>
    </message>
    <message>
        <source>the document is not a JSON object</source>
        <translation>le document n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>not a Whyboard session (expected "%1", found %2)</source>
        <translation>pas une session Whyboard (attendu « %1 », trouvé %2)</translation>
    </message>
    <message>
        <source>made by a newer Whyboard (format version %1; this program reads up to version %2)</source>
        <translation>créé par un Whyboard plus récent (version de format %1 ; ce programme lit jusqu’à la version %2)</translation>
    </message>
    <message>
        <source>unknown format version %1</source>
        <translation>version de format %1 inconnue</translation>
    </message>
    <message>
        <source>must be 1 to 4 (1 is the worst), found %1</source>
        <translation>doit être entre 1 et 4 (1 est le plus grave), trouvé %1</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>ne doit pas être négatif</translation>
    </message>
    <message>
        <source>"%1" is not an ISO 4217 currency code (three capital letters, such as "USD")</source>
        <translation>« %1 » n’est pas un code de devise ISO 4217 (trois majuscules, comme « EUR »)</translation>
    </message>
    <message>
        <source>duplicate id "%1"</source>
        <translation>identifiant « %1 » en double</translation>
    </message>
    <message>
        <source>unknown role "%1" (expected one of: %2)</source>
        <translation>rôle inconnu « %1 » (attendu : l’un de %2)</translation>
    </message>
    <message>
        <source>no card has kind "problem" (exactly one is needed)</source>
        <translation>aucune carte n’est de type « problem » (il en faut exactement une)</translation>
    </message>
    <message>
        <source>duplicate id "%1" (also used by %2)</source>
        <translation>identifiant « %1 » en double (également utilisé par %2)</translation>
    </message>
    <message>
        <source>a second problem card (the problem is %1)</source>
        <translation>une deuxième carte problème (le problème est %1)</translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation>true ou false attendu, trouvé %1</translation>
    </message>
    <message>
        <source>required for a why: the card(s) this cause explains</source>
        <translation>obligatoire pour un pourquoi : la ou les cartes que cette cause explique</translation>
    </message>
    <message>
        <source>no card "%1"</source>
        <translation>aucune carte « %1 »</translation>
    </message>
    <message>
        <source>a why must explain at least one card</source>
        <translation>un pourquoi doit expliquer au moins une carte</translation>
    </message>
    <message>
        <source>the problem card explains nothing; only whys do</source>
        <translation>la carte problème n’explique rien ; seuls les pourquoi expliquent</translation>
    </message>
    <message>
        <source>a card cannot explain itself</source>
        <translation>une carte ne peut pas s’expliquer elle-même</translation>
    </message>
    <message>
        <source>"%1" is not in this card's "explains"</source>
        <translation>« %1 » ne figure pas dans le champ « explains » de cette carte</translation>
    </message>
    <message>
        <source>required when "%1" is given</source>
        <translation>obligatoire lorsque « %1 » est indiqué</translation>
    </message>
    <message>
        <source>this link closes a cycle (%1)</source>
        <translation>ce lien ferme une boucle (%1)</translation>
    </message>
    <message>
        <source>"%1" is not a date like "2017-04-14"</source>
        <translation>« %1 » n’est pas une date comme « 2017-04-14 »</translation>
    </message>
    <message>
        <source>no timeline event "%1"</source>
        <translation>aucun événement « %1 » dans la chronologie</translation>
    </message>
    <message>
        <source>expected a pair of card ids [cause, effect]</source>
        <translation>paire d’identifiants de cartes [cause, effet] attendue</translation>
    </message>
    <message>
        <source>no card "%1" explains "%2"</source>
        <translation>aucune carte « %1 » n’explique « %2 »</translation>
    </message>
    <message>
        <source>this link is listed twice</source>
        <translation>ce lien figure deux fois</translation>
    </message>
    <message>
        <source>lists %1 of the %2 links</source>
        <translation>liste %1 des %2 liens</translation>
    </message>
    <message>
        <source>only a why can be accepted without action</source>
        <translation>seul un pourquoi peut être accepté sans action</translation>
    </message>
    <message>
        <source>the text holds a lone surrogate (%1 at character %2), which stands for no character</source>
        <translation>le texte contient un demi-substitut isolé (%1 au caractère %2), qui ne représente aucun caractère</translation>
    </message>
    <message>
        <source>the key holds a lone surrogate, which stands for no character</source>
        <translation>la clé contient un demi-substitut isolé, qui ne représente aucun caractère</translation>
    </message>
    <message>
        <source>cannot read “%1”: it is not a regular file</source>
        <translation>impossible de lire « %1 » : ce n'est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>cannot read “%1”: %2</source>
        <translation>impossible de lire « %1 » : %2</translation>
    </message>
    <message>
        <source>must be at most %1</source>
        <translation>doit valoir au plus %1</translation>
    </message>
    <message>
        <source>%1 holds the value %2, which the session format has no name for</source>
        <translation>%1 a la valeur %2, que le format de session ne sait pas nommer</translation>
    </message>
    <message>
        <source>the session's status</source>
        <translation>le statut de la session</translation>
    </message>
    <message>
        <source>the session's severity</source>
        <translation>la gravité de la session</translation>
    </message>
    <message>
        <source>a session time is outside the years %1 to %2</source>
        <translation>une heure de la session est hors des années %1 à %2</translation>
    </message>
    <message>
        <source>the impact holds a negative or unknown figure</source>
        <translation>l'impact contient un chiffre négatif ou inconnu</translation>
    </message>
    <message>
        <source>participant %1's roles</source>
        <translation>les rôles du participant %1</translation>
    </message>
    <message>
        <source>card %1's kind</source>
        <translation>le type de la carte %1</translation>
    </message>
    <message>
        <source>the verdict on %1 → %2</source>
        <translation>le verdict sur %1 → %2</translation>
    </message>
    <message>
        <source>timeline event %1's kind</source>
        <translation>le type de l'événement %1 de la chronologie</translation>
    </message>
    <message>
        <source>timeline event %1 is outside the years %2 to %3</source>
        <translation>l'événement %1 de la chronologie est hors des années %2 à %3</translation>
    </message>
    <message>
        <source>action item %1's category</source>
        <translation>la catégorie de l'action %1</translation>
    </message>
    <message>
        <source>action item %1's horizon</source>
        <translation>l'horizon de l'action %1</translation>
    </message>
    <message>
        <source>action item %1's status</source>
        <translation>le statut de l'action %1</translation>
    </message>
    <message>
        <source>action item %1 is due outside the years %2 to %3</source>
        <translation>l'action %1 est due hors des années %2 à %3</translation>
    </message>
    <message>
        <source>%1 tags; at most %2 are allowed</source>
        <translation>%1 tags ; au plus %2 sont autorisés</translation>
    </message>
    <message>
        <source>action item %1 was done outside the years %2 to %3</source>
        <translation>l’action %1 a été terminée hors des années %2 à %3</translation>
    </message>
    <message>
        <source>the text holds the character U+0000 (at character %1), which no library keeps</source>
        <translation>le texte contient le caractère U+0000 (au caractère %1), qu’aucune bibliothèque ne conserve</translation>
    </message>
</context>
<context>
    <name>SessionLimits</name>
    <message>
        <source>the session has %1 cards; at most %2 are allowed</source>
        <translation>la session a %1 cartes ; %2 au plus sont permises</translation>
    </message>
    <message>
        <source>the session has %1 links; at most %2 are allowed</source>
        <translation>la session a %1 liens ; %2 au plus sont permis</translation>
    </message>
    <message>
        <source>the session has %1 timeline events; at most %2 are allowed</source>
        <translation>la session a %1 événements de chronologie ; %2 au plus sont permis</translation>
    </message>
    <message>
        <source>the session has %1 action items; at most %2 are allowed</source>
        <translation>la session a %1 actions ; %2 au plus sont permises</translation>
    </message>
    <message>
        <source>the session has %1 participants; at most %2 are allowed</source>
        <translation>la session a %1 participants ; %2 au plus sont permis</translation>
    </message>
    <message>
        <source>the session has %1 parked ideas; at most %2 are allowed</source>
        <translation>la session a %1 idées en attente ; %2 au plus sont permises</translation>
    </message>
    <message>
        <source>the session has %1 dismissed findings; at most %2 are allowed</source>
        <translation>la session a %1 constats écartés ; %2 au plus sont permis</translation>
    </message>
    <message>
        <source>the text has %1 characters; at most %2 are allowed</source>
        <translation>le texte a %1 caractères ; %2 au plus sont permis</translation>
    </message>
    <message>
        <source>the position is not a finite number</source>
        <translation>la position n'est pas un nombre fini</translation>
    </message>
    <message>
        <source>the position %1 is off the board; at most %2 either way is allowed</source>
        <translation>la position %1 est hors du tableau ; %2 au plus dans chaque sens sont permis</translation>
    </message>
    <message>
        <source>the file has %1 bytes; a session file may have at most %2 (64 MiB)</source>
        <translation>le fichier fait %1 octets ; un fichier de session peut en avoir au plus %2 (64 Mio)</translation>
    </message>
    <message>
        <source>the title</source>
        <translation>le titre</translation>
    </message>
    <message>
        <source>the summary</source>
        <translation>le résumé</translation>
    </message>
    <message>
        <source>the facilitator</source>
        <translation>l'animateur</translation>
    </message>
    <message>
        <source>the impact</source>
        <translation>l'impact</translation>
    </message>
    <message>
        <source>the currency</source>
        <translation>la devise</translation>
    </message>
    <message>
        <source>card %1</source>
        <translation>carte %1</translation>
    </message>
    <message>
        <source>timeline event %1</source>
        <translation>événement %1 de la chronologie</translation>
    </message>
    <message>
        <source>action item %1</source>
        <translation>action %1</translation>
    </message>
    <message>
        <source>participant %1</source>
        <translation>participant %1</translation>
    </message>
    <message>
        <source>parked idea %1</source>
        <translation>idée en attente %1</translation>
    </message>
    <message>
        <source>dismissed finding %1</source>
        <translation>constat écarté %1</translation>
    </message>
    <message>
        <source>card %1: %2</source>
        <translation>carte %1 : %2</translation>
    </message>
    <message>
        <source>the item counter %1 is outside 0 to %2</source>
        <translation>le compteur d'éléments %1 est hors de 0 à %2</translation>
    </message>
    <message>
        <source>card %1 has %2 tags; at most %3 are allowed</source>
        <translation>la carte %1 a %2 tags ; au plus %3 sont autorisés</translation>
    </message>
    <message>
        <source>the text holds the character U+0000 (at character %1), which no library keeps</source>
        <translation>le texte contient le caractère U+0000 (au caractère %1), qu’aucune bibliothèque ne conserve</translation>
    </message>
</context>
<context>
    <name>SetLinkVerdictCommand</name>
    <message>
        <source>Mark step as holding</source>
        <translation>Marquer l’étape comme tenant</translation>
    </message>
    <message>
        <source>Mark step as not holding</source>
        <translation>Marquer l’étape comme ne tenant pas</translation>
    </message>
    <message>
        <source>Clear read-back verdict</source>
        <translation>Effacer le verdict de relecture</translation>
    </message>
</context>
<context>
    <name>SplitCardCommand</name>
    <message>
        <source>Split card</source>
        <translation>Scinder la carte</translation>
    </message>
</context>
<context>
    <name>TimeInput</name>
    <message>
        <source>today</source>
        <translation>aujourd'hui</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>demain</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message>
        <source>“%1” is not a date: type it as %2 or 2017-04-06.</source>
        <translation>« %1 » n’est pas une date : saisissez-la sous la forme %2 ou 2017-04-06.</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>There is no earlier time to count “%1” from: type the time.</source>
        <translation>Il n’y a pas d’heure antérieure à partir de laquelle compter « %1 » : saisissez l’heure.</translation>
    </message>
    <message>
        <source>“%1” is not a time of day.</source>
        <translation>« %1 » n’est pas une heure de la journée.</translation>
    </message>
    <message>
        <source>“%1” is not a time: type 14:05, +20m or %2.</source>
        <translation>« %1 » n’est pas une heure : saisissez 14:05, +20m ou %2.</translation>
    </message>
</context>
<context>
    <name>UnparkIdeasCommand</name>
    <message numerus="yes">
        <source>Remove %n parked idea(s)</source>
        <translation>
            <numerusform>Retirer %n idée du parking</numerusform>
            <numerusform>Retirer %n idées du parking</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Whyboard::ActionBalanceWidget</name>
    <message>
        <source>Action balance</source>
        <translation>Équilibre des actions</translation>
    </message>
    <message>
        <source>Actions here: %1</source>
        <translation>Actions ici : %1</translation>
    </message>
    <message>
        <source>No action here yet</source>
        <translation>Pas encore d’action ici</translation>
    </message>
    <message>
        <source>Without a category or horizon: %1</source>
        <translation>Sans catégorie ni horizon : %1</translation>
    </message>
</context>
<context>
    <name>Whyboard::ActionItemsModel</name>
    <message>
        <source>event: %1</source>
        <translation>événement : %1</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>En retard depuis le %1</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Horizon</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Concerne</translation>
    </message>
    <message>
        <source>Tracker link</source>
        <translation>Lien de suivi</translation>
    </message>
</context>
<context>
    <name>Whyboard::ActionItemsPanel</name>
    <message>
        <source>Add Action Item</source>
        <translation>Ajouter une action</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Related Cards…</source>
        <translation>Cartes liées…</translation>
    </message>
    <message>
        <source>Open only</source>
        <translation>Ouvertes seulement</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>En retard seulement</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Responsable :</translation>
    </message>
    <message>
        <source>New action item</source>
        <translation>Nouvelle action</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Open Tracker Link</source>
        <translation>Ouvrir le lien de suivi</translation>
    </message>
    <message>
        <source>Add an action item for the selected cards or events</source>
        <translation>Ajouter une action pour les cartes ou événements sélectionnés</translation>
    </message>
    <message>
        <source>event: %1</source>
        <translation>événement : %1</translation>
    </message>
    <message>
        <source>New items address: %1</source>
        <translation>Les nouvelles actions traitent : %1</translation>
    </message>
    <message>
        <source>Select a card or an event for new items to address it.</source>
        <translation>Sélectionnez une carte ou un événement pour que les nouvelles actions le traitent.</translation>
    </message>
</context>
<context>
    <name>Whyboard::AudienceScreen</name>
    <message>
        <source>Whyboard: board for the room</source>
        <translation>Whyboard : tableau pour l’équipe</translation>
    </message>
    <message>
        <source>Why-chain board for the room</source>
        <translation>Tableau de la chaîne des pourquoi pour l’équipe</translation>
    </message>
</context>
<context>
    <name>Whyboard::BackupVerb</name>
    <message>
        <source>“%1” opens as it is, so nothing was restored. Its daily copies are in “%2”; each one opens as a library.</source>
        <translation>« %1 » s'ouvre tel quel, rien n'a donc été restauré. Ses copies quotidiennes sont dans « %2 » ; chacune s'ouvre comme une bibliothèque.</translation>
    </message>
    <message>
        <source>%1 No sound backup of it was found in “%2”.</source>
        <translation>%1 Aucune sauvegarde saine n'en a été trouvée dans « %2 ».</translation>
    </message>
    <message>
        <source>cannot restore “%1”: %2</source>
        <translation>impossible de restaurer « %1 » : %2</translation>
    </message>
    <message>
        <source>Restored “%1” from the backup of %2.</source>
        <translation>« %1 » restauré depuis la sauvegarde du %2.</translation>
    </message>
    <message>
        <source>%1 The damaged file was kept as “%2”.</source>
        <translation>%1 Le fichier endommagé a été conservé sous « %2 ».</translation>
    </message>
    <message>
        <source>“%1” fails its integrity check.</source>
        <translation>« %1 » échoue à la vérification d'intégrité.</translation>
    </message>
</context>
<context>
    <name>Whyboard::BoardActions</name>
    <message>
        <source>Ask &amp;Why</source>
        <translation>Demander &amp;pourquoi</translation>
    </message>
    <message>
        <source>Add a cause under the selected card (Enter)</source>
        <translation>Ajouter une cause sous la carte sélectionnée (Entrée)</translation>
    </message>
    <message>
        <source>Add &amp;Sibling Cause</source>
        <translation>Ajouter une cause &amp;sœur</translation>
    </message>
    <message>
        <source>&amp;Edit Card</source>
        <translation>&amp;Modifier la carte</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>S&amp;upprimer</translation>
    </message>
    <message>
        <source>&amp;Link Cards</source>
        <translation>&amp;Relier les cartes</translation>
    </message>
    <message>
        <source>&amp;Tidy Up Layout</source>
        <translation>Réorganiser la &amp;disposition</translation>
    </message>
    <message>
        <source>Snap to &amp;Grid</source>
        <translation>Aligner sur la gr&amp;ille</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoo&amp;m arrière</translation>
    </message>
    <message>
        <source>&amp;Fit to View</source>
        <translation>Ajuster à la &amp;vue</translation>
    </message>
    <message>
        <source>Zoom to &amp;Selection</source>
        <translation>Zoomer sur la &amp;sélection</translation>
    </message>
    <message>
        <source>&amp;Copy Cards</source>
        <translation>&amp;Copier les cartes</translation>
    </message>
    <message>
        <source>&amp;Paste Cards</source>
        <translation>Co&amp;ller les cartes</translation>
    </message>
    <message>
        <source>D&amp;uplicate Cards</source>
        <translation>&amp;Dupliquer les cartes</translation>
    </message>
    <message>
        <source>Top &amp;Down</source>
        <translation>De &amp;haut en bas</translation>
    </message>
    <message>
        <source>Left to &amp;Right</source>
        <translation>De &amp;gauche à droite</translation>
    </message>
    <message>
        <source>Problem on top, root causes at the bottom</source>
        <translation>Problème en haut, causes racines en bas</translation>
    </message>
    <message>
        <source>Problem on the left, root causes on the right</source>
        <translation>Problème à gauche, causes racines à droite</translation>
    </message>
    <message>
        <source>E&amp;vidence…</source>
        <translation>Pr&amp;euve…</translation>
    </message>
    <message>
        <source>How do you know? The selected cause's evidence, and whether the room checked it (Ctrl+E)</source>
        <translation>Comment le savez-vous ? La preuve de la cause sélectionnée, et si l’équipe l’a vérifiée (Ctrl+E)</translation>
    </message>
    <message>
        <source>Click a cause, then the card it explains; or, with the cause selected, choose with the arrow keys and press Enter (Ctrl+L)</source>
        <translation>Cliquez sur une cause, puis sur la carte qu’elle explique ; ou, la cause sélectionnée, choisissez avec les flèches et appuyez sur Entrée (Ctrl+L)</translation>
    </message>
    <message>
        <source>Loc&amp;k Board</source>
        <translation>Verr&amp;ouiller le tableau</translation>
    </message>
    <message>
        <source>Lock the board so that a stray drag or key changes nothing (Ctrl+Shift+K)</source>
        <translation>Verrouiller le tableau pour qu’un glissement ou une touche par mégarde ne change rien (Ctrl+Maj+K)</translation>
    </message>
    <message>
        <source>Board locked: cards stay where they are. Ctrl+Shift+K unlocks.</source>
        <translation>Tableau verrouillé : les cartes restent en place. Ctrl+Maj+K le déverrouille.</translation>
    </message>
    <message>
        <source>Board unlocked.</source>
        <translation>Tableau déverrouillé.</translation>
    </message>
    <message>
        <source>Link mode: click a cause, then the card it explains; or choose with the arrow keys and press Enter. Esc leaves.</source>
        <translation>Mode liaison : cliquez sur une cause, puis sur la carte qu’elle explique ; ou choisissez avec les flèches et appuyez sur Entrée. Échap pour quitter.</translation>
    </message>
    <message>
        <source>Select &amp;All Cards</source>
        <translation>Sélectionner &amp;toutes les cartes</translation>
    </message>
    <message>
        <source>&amp;Find on Board…</source>
        <translation>Rec&amp;hercher dans le tableau…</translation>
    </message>
    <message>
        <source>Find cards by their statement or evidence (Ctrl+F)</source>
        <translation>Rechercher des cartes par leur texte ou leur preuve (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Rechercher le sui&amp;vant</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Rechercher le précéde&amp;nt</translation>
    </message>
</context>
<context>
    <name>Whyboard::BoardDropHandler</name>
    <message>
        <source>Relate to card</source>
        <translation>Associer à la carte</translation>
    </message>
</context>
<context>
    <name>Whyboard::BoardEditor</name>
    <message>
        <source>This session is open read-only; changes are not possible.</source>
        <translation>Cette session est ouverte en lecture seule ; aucune modification n’est possible.</translation>
    </message>
    <message>
        <source>Add the evidence first: a cause is verified when the room has checked how it knows.</source>
        <translation>Ajoutez d’abord la preuve : une cause est vérifiée quand l’équipe a contrôlé comment elle le sait.</translation>
    </message>
    <message>
        <source>The problem card stays: it is what the session is about.</source>
        <translation>La carte problème reste : c’est le sujet de la session.</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n link(s)</source>
        <translation>
            <numerusform>Supprimer %n lien</numerusform>
            <numerusform>Supprimer %n liens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n card(s)</source>
        <translation>
            <numerusform>Coller %n carte</numerusform>
            <numerusform>Coller %n cartes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n card(s)</source>
        <translation>
            <numerusform>Dupliquer %n carte</numerusform>
            <numerusform>Dupliquer %n cartes</numerusform>
        </translation>
    </message>
    <message>
        <source>The board is locked: unlock it (Board ▸ Lock Board) to change it.</source>
        <translation>Le tableau est verrouillé : déverrouillez-le (Tableau ▸ Verrouiller le tableau) pour le modifier.</translation>
    </message>
</context>
<context>
    <name>Whyboard::BoardFindBar</name>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation>Correspondance précédente (Maj+Entrée, Maj+F3)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation>Correspondance suivante (Entrée, F3)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Fermer la barre de recherche (Échap)</translation>
    </message>
    <message>
        <source>Find on the board:</source>
        <translation>Rechercher dans le tableau :</translation>
    </message>
    <message>
        <source>Words in a statement or its evidence</source>
        <translation>Mots du texte d’une carte ou de sa preuve</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Aucune correspondance</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln</source>
        <comment>the current match and how many there are</comment>
        <translation>
            <numerusform>%1 sur %Ln</numerusform>
            <numerusform>%1 sur %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln correspondance</numerusform>
            <numerusform>%Ln correspondances</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Whyboard::BoardMiniMap</name>
    <message>
        <source>Board &amp;Overview</source>
        <translation>Vue d’&amp;ensemble du tableau</translation>
    </message>
    <message>
        <source>The whole board: click or drag to move the view</source>
        <translation>Tout le tableau : cliquez ou faites glisser pour déplacer la vue</translation>
    </message>
    <message>
        <source>Board overview</source>
        <translation>Vue d’ensemble du tableau</translation>
    </message>
    <message>
        <source>Show a small map of the whole board while it does not fit the view</source>
        <translation>Afficher une petite carte de tout le tableau tant qu’il ne tient pas dans la vue</translation>
    </message>
</context>
<context>
    <name>Whyboard::BoardScene</name>
    <message>
        <source>Ask why (add a cause)</source>
        <translation>Demander pourquoi (ajouter une cause)</translation>
    </message>
    <message>
        <source>Add sibling cause</source>
        <translation>Ajouter une cause sœur</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>Modifier le texte</translation>
    </message>
    <message>
        <source>Mark as unverified</source>
        <translation>Marquer comme non vérifiée</translation>
    </message>
    <message>
        <source>Mark as verified</source>
        <translation>Marquer comme vérifiée</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Paste under this card</source>
        <translation>Coller sous cette carte</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>Supprimer le lien</translation>
    </message>
    <message>
        <source>Evidence…</source>
        <translation>Preuve…</translation>
    </message>
    <message>
        <source>Read back: %1</source>
        <translation>Relecture : %1</translation>
    </message>
</context>
<context>
    <name>Whyboard::BoardView</name>
    <message>
        <source>Why-chain board</source>
        <translation>Tableau de la chaîne des pourquoi</translation>
    </message>
    <message>
        <source>Cards and arrows of the why-chain. The Outline panel lists the same cards as a tree.</source>
        <translation>Cartes et flèches de la chaîne des pourquoi. Le panneau Plan présente les mêmes cartes sous forme d’arbre.</translation>
    </message>
    <message>
        <source>Link mode: click a cause, then the card it explains. Esc ends.</source>
        <translation>Mode liaison : cliquez sur une cause, puis sur la carte qu’elle explique. Échap pour terminer.</translation>
    </message>
</context>
<context>
    <name>Whyboard::CardButtonItem</name>
    <message>
        <source>Ask why: add a cause under this card (Enter)</source>
        <translation>Demander pourquoi : ajouter une cause sous cette carte (Entrée)</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Pourquoi ?</translation>
    </message>
</context>
<context>
    <name>Whyboard::CardInspectorPanel</name>
    <message>
        <source>The room has &amp;checked this evidence</source>
        <translation>L’équipe a &amp;vérifié cette preuve</translation>
    </message>
    <message>
        <source>&amp;Accepted, no action</source>
        <translation>&amp;Acceptée sans action</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspecteur</translation>
    </message>
    <message>
        <source>Card inspector</source>
        <translation>Inspecteur de carte</translation>
    </message>
    <message>
        <source>Select a card to see its evidence.</source>
        <translation>Sélectionnez une carte pour voir sa preuve.</translation>
    </message>
    <message>
        <source>Card text</source>
        <translation>Texte de la carte</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Texte</translation>
    </message>
    <message>
        <source>&amp;How do you know? (a log line, a graph, a ticket, a link)</source>
        <translation>&amp;Comment le savez-vous ? (une ligne de journal, un graphique, un ticket, un lien)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <source>No evidence yet</source>
        <translation>Pas encore de preuve</translation>
    </message>
    <message>
        <source>A cause counts as verified only when its evidence is written down and checked</source>
        <translation>Une cause ne compte comme vérifiée que si sa preuve est consignée et vérifiée</translation>
    </message>
    <message>
        <source>The room decided this cause needs no action item; the report shows why</source>
        <translation>L’équipe a décidé que cette cause ne demande aucune action ; le rapport indique pourquoi</translation>
    </message>
    <message>
        <source>Why no action? (the report shows it)</source>
        <translation>Pourquoi aucune action ? (figure dans le rapport)</translation>
    </message>
    <message>
        <source>Reason for no action</source>
        <translation>Raison de l’absence d’action</translation>
    </message>
    <message>
        <source>Inspect Card</source>
        <translation>Inspecter la carte</translation>
    </message>
    <message>
        <source>The selected card's text, evidence and verification (Ctrl+Shift+I)</source>
        <translation>Texte, preuve et vérification de la carte sélectionnée (Ctrl+Maj+I)</translation>
    </message>
    <message numerus="yes">
        <source>%n cards selected: select one to see its evidence.</source>
        <translation>
            <numerusform>%n carte sélectionnée : sélectionnez-en une pour voir sa preuve.</numerusform>
            <numerusform>%n cartes sélectionnées : sélectionnez-en une pour voir sa preuve.</numerusform>
        </translation>
    </message>
    <message>
        <source>verified</source>
        <translation>vérifiée</translation>
    </message>
    <message>
        <source>no evidence</source>
        <translation>aucune preuve</translation>
    </message>
    <message>
        <source>evidence not verified</source>
        <translation>preuve non vérifiée</translation>
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
        <translation>Preuve : %1</translation>
    </message>
    <message>
        <source>What went wrong?</source>
        <translation>Qu’est-ce qui s’est mal passé ?</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Pourquoi ?</translation>
    </message>
    <message>
        <source>VERIFIED</source>
        <translation>VÉRIFIÉE</translation>
    </message>
    <message>
        <source>EVIDENCE, NOT VERIFIED</source>
        <translation>PREUVE NON VÉRIFIÉE</translation>
    </message>
    <message>
        <source>NO EVIDENCE</source>
        <translation>AUCUNE PREUVE</translation>
    </message>
</context>
<context>
    <name>Whyboard::CardPickerMenu</name>
    <message>
        <source>Related cards</source>
        <translation>Cartes liées</translation>
    </message>
    <message>
        <source>(no cards on the board)</source>
        <translation>(aucune carte sur le tableau)</translation>
    </message>
    <message>
        <source>%1: </source>
        <translation>%1 : </translation>
    </message>
</context>
<context>
    <name>Whyboard::CauseCategories</name>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Dependency</source>
        <translation>Dépendance</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>Détection</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Connaissances</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Conception</translation>
    </message>
</context>
<context>
    <name>Whyboard::CauseCategoriesDialog</name>
    <message>
        <source>Cause Categories</source>
        <translation>Catégories de causes</translation>
    </message>
    <message>
        <source>The contributing factors a why card can name, one a line. Every session of this library offers them; the overview and the fishbone count and draw them.</source>
        <translation>Les facteurs contributifs qu’une carte peut nommer, un par ligne. Chaque session de cette bibliothèque les propose ; la vue d’ensemble et le diagramme en arêtes les comptent et les dessinent.</translation>
    </message>
    <message>
        <source>Cause categories, one a line</source>
        <translation>Catégories de causes, une par ligne</translation>
    </message>
    <message>
        <source>&amp;Restore Defaults</source>
        <translation>&amp;Rétablir les valeurs par défaut</translation>
    </message>
    <message>
        <source>The categories could not be saved: %1</source>
        <translation>Les catégories n’ont pas pu être enregistrées : %1</translation>
    </message>
</context>
<context>
    <name>Whyboard::CauseCategoryFields</name>
    <message>
        <source>Cause category</source>
        <translation>Catégorie de cause</translation>
    </message>
    <message>
        <source>The contributing factor this cause names; type a new name for one of your own</source>
        <translation>Le facteur contributif que nomme cette cause ; tapez un nouveau nom pour créer le vôtre</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Services, teams (comma-separated)</source>
        <translation>Services, équipes (séparés par des virgules)</translation>
    </message>
    <message>
        <source>Ca&amp;tegory</source>
        <translation>Ca&amp;tégorie</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>Ta&amp;gs</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
</context>
<context>
    <name>Whyboard::CauseCategoryTable</name>
    <message>
        <source>at most %1 categories are allowed</source>
        <translation>au plus %1 catégories sont autorisées</translation>
    </message>
</context>
<context>
    <name>Whyboard::CentralArea</name>
    <message>
        <source>&lt;b&gt;Read-only.&lt;/b&gt; This library is open for reading only: nothing you do here changes %1.</source>
        <translation>&lt;b&gt;Lecture seule.&lt;/b&gt; Cette bibliothèque est ouverte en lecture seule : rien de ce que vous faites ici ne modifie %1.</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;Tableau</translation>
    </message>
    <message>
        <source>Connected to the server again at %1.</source>
        <translation>Reconnecté au serveur à %1.</translation>
    </message>
</context>
<context>
    <name>Whyboard::ChainOutlineModel</name>
    <message>
        <source>(no text yet)</source>
        <translation>(pas encore de texte)</translation>
    </message>
    <message>
        <source>%1. Evidence: %2</source>
        <translation>%1. Preuve : %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>no text yet</source>
        <translation>pas encore de texte</translation>
    </message>
    <message numerus="yes">
        <source>The problem the whys explain. %n direct cause(s).</source>
        <translation>
            <numerusform>Le problème que les pourquoi expliquent. %n cause directe.</numerusform>
            <numerusform>Le problème que les pourquoi expliquent. %n causes directes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verified.</source>
        <translation>Vérifiée.</translation>
    </message>
    <message>
        <source>Not verified.</source>
        <translation>Non vérifiée.</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Preuve : %1</translation>
    </message>
    <message>
        <source>Why-chain</source>
        <translation>Chaîne des pourquoi</translation>
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
        <translation>Coller un journal de discussion</translation>
    </message>
    <message>
        <source>Paste lines such as &lt;tt&gt;18:42 alice: rolled back&lt;/tt&gt; or &lt;tt&gt;[2017-04-06 18:42] bob: paged the on-call&lt;/tt&gt;. Each recognised line becomes one timeline event.</source>
        <translation>Collez des lignes comme &lt;tt&gt;18:42 alice: rolled back&lt;/tt&gt; ou &lt;tt&gt;[2017-04-06 18:42] bob: paged the on-call&lt;/tt&gt;. Chaque ligne reconnue devient un événement de la chronologie.</translation>
    </message>
    <message>
        <source>Date for lines without one:</source>
        <translation>Date des lignes qui n’en ont pas :</translation>
    </message>
    <message>
        <source>Time zone of the log:</source>
        <translation>Fuseau horaire du journal :</translation>
    </message>
    <message>
        <source>Paste the chat log here</source>
        <translation>Collez le journal de discussion ici</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Recognised: each becomes an event</source>
        <translation>Reconnues : chacune devient un événement</translation>
    </message>
    <message>
        <source>Not recognised: these lines will not be added</source>
        <translation>Non reconnues : ces lignes ne seront pas ajoutées</translation>
    </message>
    <message>
        <source>Lines that were not recognised: they will not be added</source>
        <translation>Lignes non reconnues : elles ne seront pas ajoutées</translation>
    </message>
    <message>
        <source>Add Events</source>
        <translation>Ajouter les événements</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Line %1 not recognised: %2</source>
        <translation>Ligne %1 non reconnue : %2</translation>
    </message>
    <message>
        <source>1 message recognised</source>
        <translation>1 message reconnu</translation>
    </message>
    <message>
        <source>%1 messages recognised</source>
        <translation>%1 messages reconnus</translation>
    </message>
    <message>
        <source>1 line not recognised and not added</source>
        <translation>1 ligne non reconnue et non ajoutée</translation>
    </message>
    <message>
        <source>%1 lines not recognised and not added</source>
        <translation>%1 lignes non reconnues et non ajoutées</translation>
    </message>
    <message>
        <source>Add 1 Event</source>
        <translation>Ajouter 1 événement</translation>
    </message>
    <message>
        <source>Add %1 Events</source>
        <translation>Ajouter %1 événements</translation>
    </message>
</context>
<context>
    <name>Whyboard::CheckBadges</name>
    <message>
        <source>Why again?</source>
        <translation>Encore pourquoi ?</translation>
    </message>
    <message>
        <source>Human error</source>
        <translation>Erreur humaine</translation>
    </message>
    <message>
        <source>Blame</source>
        <translation>Accusation</translation>
    </message>
    <message>
        <source>No action</source>
        <translation>Aucune action</translation>
    </message>
    <message>
        <source>Several causes</source>
        <translation>Plusieurs causes</translation>
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
        <translation>%1 (écarté : %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Timeline: %1</source>
        <translation>Chronologie : %1</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>Action : %1</translation>
    </message>
</context>
<context>
    <name>Whyboard::ChecksPanel</name>
    <message>
        <source>Show dismissed</source>
        <translation>Afficher les constats écartés</translation>
    </message>
    <message>
        <source>Chain check findings</source>
        <translation>Constats des vérifications de la chaîne</translation>
    </message>
    <message>
        <source>Split Card</source>
        <translation>Scinder la carte</translation>
    </message>
    <message>
        <source>+ Process</source>
        <translation>+ Processus</translation>
    </message>
    <message>
        <source>+ Technology</source>
        <translation>+ Technique</translation>
    </message>
    <message>
        <source>+ Training</source>
        <translation>+ Formation</translation>
    </message>
    <message>
        <source>Dismiss…</source>
        <translation>Écarter…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Add a process action for this item</source>
        <translation>Ajouter une action de processus pour cet élément</translation>
    </message>
    <message>
        <source>Add a technology action for this item</source>
        <translation>Ajouter une action technique pour cet élément</translation>
    </message>
    <message>
        <source>Add a training action for this item</source>
        <translation>Ajouter une action de formation pour cet élément</translation>
    </message>
    <message>
        <source>Set this finding aside, with a reason the report keeps</source>
        <translation>Écarter ce constat, avec une raison que le rapport conserve</translation>
    </message>
    <message>
        <source>The chain passes every check.</source>
        <translation>La chaîne passe toutes les vérifications.</translation>
    </message>
    <message>
        <source>Findings: %1</source>
        <translation>Constats : %1</translation>
    </message>
    <message>
        <source>No session open.</source>
        <translation>Aucune session ouverte.</translation>
    </message>
    <message>
        <source>Select a finding to see what to do next.</source>
        <translation>Sélectionnez un constat pour voir quoi faire ensuite.</translation>
    </message>
    <message>
        <source>Dismiss Finding</source>
        <translation>Écarter le constat</translation>
    </message>
    <message>
        <source>Why does this not apply? The report keeps the reason.</source>
        <translation>Pourquoi cela ne s’applique-t-il pas ? Le rapport conserve la raison.</translation>
    </message>
    <message>
        <source>Cut this card into one card per cause</source>
        <translation>Scinder cette carte en une carte par cause</translation>
    </message>
    <message>
        <source>Add Evidence…</source>
        <translation>Ajouter une preuve…</translation>
    </message>
    <message>
        <source>Say how you know this cause happened</source>
        <translation>Indiquer comment vous savez que cette cause s’est produite</translation>
    </message>
    <message>
        <source>Bring this finding back</source>
        <translation>Rétablir ce constat</translation>
    </message>
    <message>
        <source>No Action Needed…</source>
        <translation>Aucune action requise…</translation>
    </message>
    <message>
        <source>The room decided this cause needs no action: say why (the report shows it)</source>
        <translation>L’équipe a décidé que cette cause ne demande aucune action : dites pourquoi (cela figure dans le rapport)</translation>
    </message>
    <message>
        <source>Split card</source>
        <translation>Scinder la carte</translation>
    </message>
    <message>
        <source>Accepted, No Action</source>
        <translation>Acceptée sans action</translation>
    </message>
    <message>
        <source>Why does this cause need no action? The report shows the reason.</source>
        <translation>Pourquoi cette cause ne demande-t-elle aucune action ? Le rapport indique la raison.</translation>
    </message>
</context>
<context>
    <name>Whyboard::CommandLine</name>
    <message>
        <source>cannot write “%1”: %2</source>
        <translation>impossible d’écrire « %1 » : %2</translation>
    </message>
    <message>
        <source>write the session as JSON</source>
        <translation>écrire la session en JSON</translation>
    </message>
    <message>
        <source>list the chain checks' findings: check, item id, message</source>
        <translation>lister les constats des vérifications de la chaîne : vérification, id de l’élément, message</translation>
    </message>
    <message>
        <source>open the window</source>
        <translation>ouvrir la fenêtre</translation>
    </message>
    <message>
        <source>import a session and print its id</source>
        <translation>importer une session et afficher son id</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Utilisation :</translation>
    </message>
    <message>
        <source>LIBRARY defaults to %1</source>
        <translation>LIBRARY vaut par défaut %1</translation>
    </message>
    <message>
        <source>Exit status: 0 done, 1 usage error, 2 bad input or unusable file.</source>
        <translation>Code de sortie : 0 terminé, 1 erreur d’utilisation, 2 entrée invalide ou fichier inutilisable.</translation>
    </message>
    <message>
        <source>cannot store the session in “%1”: %2</source>
        <translation>impossible d’enregistrer la session dans « %1 » : %2</translation>
    </message>
    <message>
        <source>--session needs a session id (a positive number), not “%1”</source>
        <translation>--session attend un id de session (un nombre positif), pas « %1 »</translation>
    </message>
    <message>
        <source>there is no session %1 in “%2”</source>
        <translation>il n’y a pas de session %1 dans « %2 »</translation>
    </message>
    <message>
        <source>--session needs a session id</source>
        <translation>--session attend un id de session</translation>
    </message>
    <message>
        <source>%1 and %2 cannot be combined</source>
        <translation>%1 et %2 ne peuvent pas être combinés</translation>
    </message>
    <message>
        <source>%1 needs a file name</source>
        <translation>%1 attend un nom de fichier</translation>
    </message>
    <message>
        <source>unknown option %1 (see --help)</source>
        <translation>option inconnue %1 (voir --help)</translation>
    </message>
    <message>
        <source>no command given (see --help)</source>
        <translation>aucune commande indiquée (voir --help)</translation>
    </message>
    <message>
        <source>more than one library given: %1</source>
        <translation>plus d’une bibliothèque indiquée : %1</translation>
    </message>
    <message>
        <source>%1 needs --session ID</source>
        <translation>%1 attend --session ID</translation>
    </message>
    <message>
        <source>write the postmortem report as PDF</source>
        <translation>écrire le rapport de postmortem en PDF</translation>
    </message>
    <message>
        <source>write the why-chain board as a PNG image</source>
        <translation>écrire le tableau de la chaîne des pourquoi en image PNG</translation>
    </message>
    <message>
        <source>write the why-chain board as SVG</source>
        <translation>écrire le tableau de la chaîne des pourquoi en SVG</translation>
    </message>
    <message>
        <source>write the whole session as Markdown</source>
        <translation>écrire toute la session en Markdown</translation>
    </message>
    <message>
        <source>--sections: no section “%1”; the sections are: %2 (or all; -NAME leaves one out)</source>
        <translation>--sections : aucune section « %1 » ; les sections sont : %2 (ou all ; -NAME en exclut une)</translation>
    </message>
    <message>
        <source>--sections “%1” leaves no section to write; the sections are: %2</source>
        <translation>--sections « %1 » ne laisse aucune section à écrire ; les sections sont : %2</translation>
    </message>
    <message>
        <source>write the export in this language (%1), whatever the interface's; for every export and --check</source>
        <translation>écrire l’exportation dans cette langue (%1), quelle que soit celle de l’interface ; pour chaque exportation et --check</translation>
    </message>
    <message>
        <source>--export-pdf: the sections to include, comma-separated: %1; all; -NAME leaves one out (-causes,-actions,-timeline drops the appendices)</source>
        <translation>--export-pdf : les sections à inclure, séparées par des virgules : %1 ; all ; -NAME en exclut une (-causes,-actions,-timeline retire les annexes)</translation>
    </message>
    <message>
        <source>--export-pdf, --export-png: only the one-page summary for the team channel</source>
        <translation>--export-pdf, --export-png : uniquement le résumé d’une page pour le canal de l’équipe</translation>
    </message>
    <message>
        <source>Options for the exports:</source>
        <translation>Options des exportations :</translation>
    </message>
    <message>
        <source>%1 does not take %2</source>
        <translation>%1 n’accepte pas %2</translation>
    </message>
    <message>
        <source>--summary and --sections cannot be combined: the summary is one page of its own</source>
        <translation>--summary et --sections ne peuvent pas être combinés : le résumé est une page à part entière</translation>
    </message>
    <message>
        <source>--language needs a language: %1</source>
        <translation>--language attend une langue : %1</translation>
    </message>
    <message>
        <source>--sections needs a list of sections: %1</source>
        <translation>--sections attend une liste de sections : %1</translation>
    </message>
    <message>
        <source>the session cannot be written as JSON: %1</source>
        <translation>la session ne peut pas être écrite en JSON : %1</translation>
    </message>
    <message>
        <source>put the newest sound daily copy in place of a library that no longer opens</source>
        <translation>remettre la copie quotidienne saine la plus récente à la place d'une bibliothèque qui ne s'ouvre plus</translation>
    </message>
    <message>
        <source>session %1 in “%2” cannot be read: %3</source>
        <translation>la session %1 de « %2 » ne peut pas être lue : %3</translation>
    </message>
    <message>
        <source>write the fishbone (the causes by category) as PNG, SVG or PDF, by OUT's extension</source>
        <translation>écrire le diagramme en arêtes (les causes par catégorie) en PNG, SVG ou PDF, selon l’extension de OUT</translation>
    </message>
    <message>
        <source>LIBRARY is a library file, or a database on a PostgreSQL server: postgresql://[USER@]HOST[:PORT]/DATABASE[?sslmode=verify-full&amp;sslrootcert=CA.pem]</source>
        <translation>LIBRARY est un fichier de bibliothèque, ou une base de données sur un serveur PostgreSQL : postgresql://[USER@]HOST[:PORT]/DATABASE[?sslmode=verify-full&amp;sslrootcert=CA.pem]</translation>
    </message>
    <message>
        <source>%1 puts back a daily copy of a library file; a library on a PostgreSQL server is backed up on the server (pg_dump) and restored there (pg_restore)</source>
        <translation>%1 remet en place une copie quotidienne d’un fichier de bibliothèque ; une bibliothèque sur un serveur PostgreSQL se sauvegarde sur le serveur (pg_dump) et s’y restaure (pg_restore)</translation>
    </message>
    <message>
        <source>print this help</source>
        <translation>afficher cette aide</translation>
    </message>
    <message>
        <source>print the version</source>
        <translation>afficher la version</translation>
    </message>
    <message>
        <source>%1 does not take a value</source>
        <translation>%1 n’accepte pas de valeur</translation>
    </message>
    <message>
        <source>Other options:</source>
        <translation>Autres options :</translation>
    </message>
    <message>
        <source>the session to act on, by the id --list prints</source>
        <translation>la session à traiter, par l’id qu’affiche --list</translation>
    </message>
    <message>
        <source>--followups, --search, --stats: print JSON instead of lines</source>
        <translation>--followups, --search, --stats : afficher du JSON au lieu de lignes</translation>
    </message>
    <message>
        <source>--followups, --export-ics, --export-actions-csv: only this owner's actions</source>
        <translation>--followups, --export-ics, --export-actions-csv : uniquement les actions de ce responsable</translation>
    </message>
    <message>
        <source>--followups: only the actions past their due day</source>
        <translation>--followups : uniquement les actions dont l’échéance est dépassée</translation>
    </message>
    <message>
        <source>--stats: per quarter instead of per month</source>
        <translation>--stats : par trimestre au lieu de par mois</translation>
    </message>
    <message>
        <source>--stats, --export-library-pdf: from this day (2017-02-28) or month (2017-02); --import-timeline: from this day or time (2017-04-06T18:00-07:00)</source>
        <translation>--stats, --export-library-pdf : à partir de ce jour (2017-02-28) ou de ce mois (2017-02) ; --import-timeline : à partir de ce jour ou de cette heure (2017-04-06T18:00-07:00)</translation>
    </message>
    <message>
        <source>--stats, --export-library-pdf: up to this day (2017-02-28) or month (2017-02); --import-timeline: up to this day or time</source>
        <translation>--stats, --export-library-pdf : jusqu’à ce jour (2017-02-28) ou ce mois (2017-02) ; --import-timeline : jusqu’à ce jour ou cette heure</translation>
    </message>
    <message>
        <source>--import-timeline: the channel of a chat export that holds several</source>
        <translation>--import-timeline : le canal d’une exportation de messagerie qui en contient plusieurs</translation>
    </message>
    <message>
        <source>--import-timeline: the zone of times given without an offset or in UTC (Europe/Berlin, America/Los_Angeles, UTC+02:00)</source>
        <translation>--import-timeline : le fuseau des heures données sans décalage ou en UTC (Europe/Berlin, America/Los_Angeles, UTC+02:00)</translation>
    </message>
    <message>
        <source>--import-timeline: read FILE as this format instead of detecting it: %1</source>
        <translation>--import-timeline : lire FILE dans ce format au lieu de le détecter : %1</translation>
    </message>
    <message>
        <source>--copy-library: TO may hold sessions already, if none under an id FROM uses</source>
        <translation>--copy-library : TO peut déjà contenir des sessions, si aucune n’est sous un id utilisé par FROM</translation>
    </message>
</context>
<context>
    <name>Whyboard::ConnectorHandleItem</name>
    <message>
        <source>Drag onto the card that this one also explains</source>
        <translation>Faites glisser sur la carte que celle-ci explique aussi</translation>
    </message>
</context>
<context>
    <name>Whyboard::CopyLibraryVerb</name>
    <message>
        <source>--copy-library needs FROM and TO</source>
        <translation>--copy-library nécessite FROM et TO</translation>
    </message>
    <message>
        <source>“%1” cannot be copied onto itself</source>
        <translation>la bibliothèque « %1 » ne peut pas être copiée sur elle-même</translation>
    </message>
    <message>
        <source>“%1” already holds a session; nothing was copied (--force adds the copied sessions to it when none of their ids is taken)</source>
        <translation>« %1 » contient déjà une session ; rien n’a été copié (--force y ajoute les sessions copiées si aucun de leurs id n’est déjà pris)</translation>
    </message>
    <message>
        <source>“%1” already holds %2 sessions; nothing was copied (--force adds the copied sessions to them when none of their ids is taken)</source>
        <translation>« %1 » contient déjà %2 sessions ; rien n’a été copié (--force y ajoute les sessions copiées si aucun de leurs id n’est déjà pris)</translation>
    </message>
    <message>
        <source>nothing was copied from %1 to %2: %3</source>
        <translation>rien n’a été copié de %1 vers %2 : %3</translation>
    </message>
    <message>
        <source>copied %1 sessions (%2 in the trash) from %3 to %4; every session reads back the same</source>
        <translation>sessions copiées de %3 vers %4 : %1 (%2 dans la corbeille) ; chaque session se relit à l’identique</translation>
    </message>
</context>
<context>
    <name>Whyboard::CsvMappingFields</name>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Virgule</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Point-virgule</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>First row names the columns</source>
        <translation>La première ligne nomme les colonnes</translation>
    </message>
    <message>
        <source>Separated by:</source>
        <translation>Séparateur :</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Heure :</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Texte :</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>Auteur :</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>as the file shows</source>
        <translation>comme dans le fichier</translation>
    </message>
    <message>
        <source>day first (06/04 is 6 April)</source>
        <translation>jour en premier (06/04 est le 6 avril)</translation>
    </message>
    <message>
        <source>month first (04/06 is 6 April)</source>
        <translation>mois en premier (04/06 est le 6 avril)</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Dates :</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Colonnes :</translation>
    </message>
</context>
<context>
    <name>Whyboard::CsvReader</name>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>a quoted field is never closed</source>
        <translation>un champ entre guillemets n’est jamais fermé</translation>
    </message>
    <message>
        <source>a row longer than 1 MB: is a quote never closed?</source>
        <translation>une ligne de plus de 1 Mo : un guillemet n’est-il jamais fermé ?</translation>
    </message>
    <message>
        <source>the text is not UTF-8: save the file as UTF-8 CSV</source>
        <translation>le texte n’est pas en UTF-8 : enregistrez le fichier en CSV UTF-8</translation>
    </message>
    <message>
        <source>more than %1 columns</source>
        <translation>plus de %1 colonnes</translation>
    </message>
    <message>
        <source>text after a closing quote in column %1</source>
        <translation>du texte après un guillemet fermant dans la colonne %1</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>« %1 » ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>“%1” is empty</source>
        <translation>« %1 » est vide</translation>
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
        <translation>Les dates comme « %1 » peuvent commencer par le jour ou par le mois : elles sont lues jour en premier, comme cet ordinateur écrit les dates.</translation>
    </message>
    <message>
        <source>Dates such as “%1” could be day first or month first: they are read month first, as this computer writes dates.</source>
        <translation>Les dates comme « %1 » peuvent commencer par le jour ou par le mois : elles sont lues mois en premier, comme cet ordinateur écrit les dates.</translation>
    </message>
</context>
<context>
    <name>Whyboard::CsvTimelineReader</name>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>« %1 » ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Colonne %1</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>no column is chosen for the time</source>
        <translation>aucune colonne n’est choisie pour l’heure</translation>
    </message>
    <message>
        <source>it has no time</source>
        <translation>aucune heure</translation>
    </message>
    <message>
        <source>time “%1” does not exist in %2: the clocks went forward then</source>
        <translation>l’heure « %1 » n’existe pas dans le fuseau %2 : les horloges ont avancé à ce moment-là</translation>
    </message>
    <message>
        <source>time “%1” not understood</source>
        <translation>heure « %1 » non comprise</translation>
    </message>
    <message>
        <source>no column is chosen for the text</source>
        <translation>aucune colonne n’est choisie pour le texte</translation>
    </message>
    <message>
        <source>it has no text</source>
        <translation>aucun texte</translation>
    </message>
</context>
<context>
    <name>Whyboard::DateTimeLineEdit</name>
    <message>
        <source>not known: type 14:05, +20m or a date</source>
        <translation>inconnue : saisissez 14:05, +20m ou une date</translation>
    </message>
    <message>
        <source>none: type a date, +3d or tomorrow</source>
        <translation>aucune : saisissez une date, +3d ou « demain »</translation>
    </message>
    <message>
        <source>Pick the date on a calendar</source>
        <translation>Choisir la date dans un calendrier</translation>
    </message>
</context>
<context>
    <name>Whyboard::EmptySessionPage</name>
    <message>
        <source>No library is open.</source>
        <translation>Aucune bibliothèque ouverte.</translation>
    </message>
    <message>
        <source>Open Library…</source>
        <translation>Ouvrir une bibliothèque…</translation>
    </message>
    <message>
        <source>This library has no sessions yet.
Start one for the incident you want to understand.</source>
        <translation>Cette bibliothèque ne contient encore aucune session.
Commencez-en une pour l’incident que vous voulez comprendre.</translation>
    </message>
    <message>
        <source>New Session</source>
        <translation>Nouvelle session</translation>
    </message>
    <message>
        <source>This library has no sessions.</source>
        <translation>Cette bibliothèque ne contient aucune session.</translation>
    </message>
</context>
<context>
    <name>Whyboard::EvidenceDialog</name>
    <message>
        <source>The room has &amp;checked this evidence</source>
        <translation>L’équipe a &amp;vérifié cette preuve</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <source>(no text yet)</source>
        <translation>(pas encore de texte)</translation>
    </message>
    <message>
        <source>&amp;How do you know? (a log line, a graph, a ticket, what someone saw)</source>
        <translation>&amp;Comment le savez-vous ? (une ligne de journal, un graphique, un ticket, ce que quelqu’un a vu)</translation>
    </message>
    <message>
        <source>A cause counts as verified only when its evidence is written down and checked</source>
        <translation>Une cause ne compte comme vérifiée que si sa preuve est consignée et vérifiée</translation>
    </message>
    <message>
        <source>This session is open read-only; changes are not possible.</source>
        <translation>Cette session est ouverte en lecture seule ; aucune modification n’est possible.</translation>
    </message>
</context>
<context>
    <name>Whyboard::ExportActions</name>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>E&amp;xporter en PDF…</translation>
    </message>
    <message>
        <source>Write the postmortem report as a PDF to share</source>
        <translation>Écrire le rapport de postmortem en PDF à partager</translation>
    </message>
    <message>
        <source>Export P&amp;NG…</source>
        <translation>Exporter en PN&amp;G…</translation>
    </message>
    <message>
        <source>Save the board as a picture for chat</source>
        <translation>Enregistrer le tableau en image pour la messagerie</translation>
    </message>
    <message>
        <source>Export &amp;SVG…</source>
        <translation>Exporter en S&amp;VG…</translation>
    </message>
    <message>
        <source>Save the board as a scalable drawing</source>
        <translation>Enregistrer le tableau en dessin vectoriel</translation>
    </message>
    <message>
        <source>Export &amp;Markdown…</source>
        <translation>Exporter en &amp;Markdown…</translation>
    </message>
    <message>
        <source>Write the whole session as Markdown for a wiki or tracker</source>
        <translation>Écrire toute la session en Markdown pour un wiki ou un outil de suivi</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print the postmortem report</source>
        <translation>Imprimer le rapport de postmortem</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <source>See the report's pages before printing</source>
        <translation>Voir les pages du rapport avant de l’imprimer</translation>
    </message>
    <message>
        <source>100 % (the board's own size)</source>
        <translation>100 % (taille réelle du tableau)</translation>
    </message>
    <message>
        <source>200 % (sharp on high-density screens)</source>
        <translation>200 % (net sur les écrans haute densité)</translation>
    </message>
    <message>
        <source>300 % (for slides and print)</source>
        <translation>300 % (pour les présentations et l’impression)</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>Exporter en PNG</translation>
    </message>
    <message>
        <source>Size of the picture:</source>
        <translation>Taille de l’image :</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Dessins SVG (*.svg)</translation>
    </message>
    <message>
        <source>Markdown files (*.md *.markdown)</source>
        <translation>Fichiers Markdown (*.md *.markdown)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’exportation</translation>
    </message>
    <message>
        <source>Print Report</source>
        <translation>Imprimer le rapport</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Aperçu avant impression</translation>
    </message>
    <message>
        <source>Export Session &amp;JSON…</source>
        <translation>Exporter la session en &amp;JSON…</translation>
    </message>
    <message>
        <source>Write the whole session as JSON, to import into another library</source>
        <translation>Écrire toute la session en JSON, pour l’importer dans une autre bibliothèque</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>Whyboard sessions (*.json)</source>
        <translation>Sessions Whyboard (*.json)</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Impossible d’écrire « %1 » : %2</translation>
    </message>
    <message>
        <source>The session cannot be written as JSON: %1</source>
        <translation>La session ne peut pas être écrite en JSON : %1</translation>
    </message>
</context>
<context>
    <name>Whyboard::FacilitationMenu</name>
    <message>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <source>Action Balance</source>
        <translation>Équilibre des actions</translation>
    </message>
    <message>
        <source>F&amp;acilitation</source>
        <translation>A&amp;nimation</translation>
    </message>
    <message>
        <source>&amp;Read Back the Chain</source>
        <translation>&amp;Relire la chaîne</translation>
    </message>
    <message>
        <source>Step through each route from a root cause to the problem and mark every step</source>
        <translation>Parcourir chaque chemin d’une cause racine jusqu’au problème et juger chaque étape</translation>
    </message>
    <message>
        <source>&amp;Projector Mode</source>
        <translation>Mode &amp;projecteur</translation>
    </message>
    <message>
        <source>Full screen, high contrast, large type, with the meeting timer; Esc leaves</source>
        <translation>Plein écran, contraste élevé, grands caractères, avec le minuteur de réunion ; Échap pour quitter</translation>
    </message>
    <message>
        <source>&amp;Hide Names</source>
        <translation>&amp;Masquer les noms</translation>
    </message>
    <message>
        <source>Start or Pause the Meeting &amp;Timer</source>
        <translation>Démarrer ou suspendre le minu&amp;teur</translation>
    </message>
    <message>
        <source>&amp;Next Meeting Phase</source>
        <translation>Phase &amp;suivante de la réunion</translation>
    </message>
    <message>
        <source>Show participants' names as Person A, Person B, … everywhere on screen; the session keeps them</source>
        <translation>Afficher partout à l’écran les noms des participants sous la forme Personne A, Personne B, … ; la session les conserve</translation>
    </message>
</context>
<context>
    <name>Whyboard::FishbonePage</name>
    <message>
        <source>&amp;Fishbone…</source>
        <translation>Diagramme en &amp;arêtes…</translation>
    </message>
    <message>
        <source>Write the fishbone of the session as a PNG, SVG or PDF file</source>
        <translation>Écrire le diagramme en arêtes de la session dans un fichier PNG, SVG ou PDF</translation>
    </message>
    <message>
        <source>&amp;Fishbone</source>
        <translation>Diagramme en &amp;arêtes</translation>
    </message>
    <message>
        <source>No session is open.</source>
        <translation>Aucune session n’est ouverte.</translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Document PDF (*.pdf);;Image PNG (*.png);;Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export Fishbone</source>
        <translation>Exporter le diagramme en arêtes</translation>
    </message>
    <message>
        <source>Fishbone written to %1</source>
        <translation>Diagramme en arêtes écrit dans %1</translation>
    </message>
</context>
<context>
    <name>Whyboard::FishboneView</name>
    <message>
        <source>Fishbone</source>
        <translation>Arêtes de poisson</translation>
    </message>
    <message>
        <source>This session is open read-only; changes are not possible.</source>
        <translation>Cette session est ouverte en lecture seule ; aucune modification n’est possible.</translation>
    </message>
    <message>
        <source>No session is open: open one or start a new one to see its causes as a fishbone.</source>
        <translation>Aucune session n’est ouverte : ouvrez-en une ou commencez-en une nouvelle pour voir ses causes en arêtes de poisson.</translation>
    </message>
    <message>
        <source>No causes yet: ask why on the board (Ctrl+1); each cause appears here on the bone of its category.</source>
        <translation>Pas encore de causes : demandez pourquoi sur le tableau (Ctrl+1) ; chaque cause apparaît ici sur l’arête de sa catégorie.</translation>
    </message>
    <message>
        <source>&amp;Edit Text</source>
        <translation>&amp;Modifier le texte</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Catégorie</translation>
    </message>
    <message>
        <source>Uncategorised</source>
        <translation>Sans catégorie</translation>
    </message>
</context>
<context>
    <name>Whyboard::FollowUpsModel</name>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (en retard)</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>En retard depuis le %1</translation>
    </message>
    <message>
        <source>Session %1: %2 (Enter opens it)</source>
        <translation>Session %1 : %2 (Entrée l’ouvre)</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>Whyboard::FollowUpsPage</name>
    <message>
        <source>Follow-ups</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable :</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Échéance :</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Open and in progress</source>
        <translation>Ouvertes et en cours</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tout statut</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Toute date</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>Next 30 days</source>
        <translation>30 prochains jours</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Sans échéance</translation>
    </message>
    <message>
        <source>&amp;Follow-ups</source>
        <translation>&amp;Suivi</translation>
    </message>
    <message>
        <source>Every action item of the library, with its session, owner, due date and status (Ctrl+3)</source>
        <translation>Toutes les actions de la bibliothèque, avec leur session, responsable, échéance et statut (Ctrl+3)</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>« %1 » n’a pas pu être écrit : %2</translation>
    </message>
    <message>
        <source>Wrote the follow-ups to “%1”.</source>
        <translation>Suivi écrit dans « %1 ».</translation>
    </message>
    <message>
        <source>Follow-ups as CSV (Jira, GitHub)…</source>
        <translation>Suivi en CSV (Jira, GitHub)…</translation>
    </message>
    <message>
        <source>The follow-ups as shown on the Follow-ups page, for a tracker's CSV import</source>
        <translation>Le suivi tel qu’affiché sur la page Suivi, pour l’import CSV d’un outil de tickets</translation>
    </message>
    <message>
        <source>Export Follow-ups as CSV</source>
        <translation>Exporter le suivi en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Follow-ups as Calendar To-dos…</source>
        <translation>Suivi en tâches d’agenda…</translation>
    </message>
    <message>
        <source>The due dates of the follow-ups as shown, as iCalendar to-dos</source>
        <translation>Les échéances du suivi tel qu’affiché, en tâches iCalendar</translation>
    </message>
    <message>
        <source>Export Follow-ups as Calendar To-dos</source>
        <translation>Exporter le suivi en tâches d’agenda</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Fichiers iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>The action items could not be read: %1</source>
        <translation>Les actions n’ont pas pu être lues : %1</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Action items: %1</source>
        <translation>Actions : %1</translation>
    </message>
    <message>
        <source>Action items: %1 of %2</source>
        <translation>Actions : %1 sur %2</translation>
    </message>
    <message>
        <source>overdue: %1</source>
        <translation>en retard : %1</translation>
    </message>
    <message>
        <source>Enter opens the session; F2 edits the cell; Ctrl+Z undoes the last edit.</source>
        <translation>Entrée ouvre la session ; F2 modifie la cellule ; Ctrl+Z annule la dernière modification.</translation>
    </message>
</context>
<context>
    <name>Whyboard::FollowUpsReview</name>
    <message>
        <source>Review in Follow-ups (Ctrl+3)</source>
        <translation>Revoir dans Suivi (Ctrl+3)</translation>
    </message>
    <message>
        <source>Start the Timeline</source>
        <translation>Commencer la chronologie</translation>
    </message>
    <message>
        <source>First on the agenda: open actions from earlier incidents (%1)</source>
        <translation>En premier à l’ordre du jour : les actions ouvertes des incidents précédents (%1)</translation>
    </message>
    <message>
        <source>Overdue: %1. Read them out before the timeline: done, still needed, who has it?</source>
        <translation>En retard : %1. Passez-les en revue avant la chronologie : terminée, encore utile, qui s’en charge ?</translation>
    </message>
    <message>
        <source>Read them out before the timeline: done, still needed, who has it?</source>
        <translation>Passez-les en revue avant la chronologie : terminée, encore utile, qui s’en charge ?</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>pas de responsable</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>pas d’échéance</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>en retard depuis le %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>échéance %1</translation>
    </message>
    <message>
        <source>• %1 (%2, %3)</source>
        <translation>• %1 (%2, %3)</translation>
    </message>
    <message>
        <source>More on the Follow-ups page: %1</source>
        <translation>Autres sur la page Suivi : %1</translation>
    </message>
</context>
<context>
    <name>Whyboard::FollowUpsVerb</name>
    <message>
        <source>cannot read the action items of “%1”: %2</source>
        <translation>impossible de lire les actions de « %1 » : %2</translation>
    </message>
    <message>
        <source>cannot write “%1”: %2</source>
        <translation>impossible d’écrire « %1 » : %2</translation>
    </message>
</context>
<context>
    <name>Whyboard::ImportTimelineVerb</name>
    <message>
        <source>%1 needs a day (2017-04-06) or a time (2017-04-06T18:42, 2017-04-06T18:42-07:00), not “%2”</source>
        <translation>%1 attend un jour (2017-04-06) ou une heure (2017-04-06T18:42, 2017-04-06T18:42-07:00), pas « %2 »</translation>
    </message>
    <message>
        <source>started at %1</source>
        <translation>déclenché le %1</translation>
    </message>
    <message>
        <source>detected at %1</source>
        <translation>détecté le %1</translation>
    </message>
    <message>
        <source>resolved at %1</source>
        <translation>résolu le %1</translation>
    </message>
    <message>
        <source>--import-timeline needs --session ID</source>
        <translation>--import-timeline attend --session ID</translation>
    </message>
    <message>
        <source>--session needs a session id (a positive number), not “%1”</source>
        <translation>--session attend un id de session (un nombre positif), pas « %1 »</translation>
    </message>
    <message>
        <source>--time-zone needs a time zone such as Europe/Berlin, America/Los_Angeles or UTC+02:00, not “%1”</source>
        <translation>--time-zone attend un fuseau horaire comme Europe/Berlin, America/Los_Angeles ou UTC+02:00, pas « %1 »</translation>
    </message>
    <message>
        <source>--format needs one of %1, not “%2”</source>
        <translation>--format attend l’une des valeurs %1, pas « %2 »</translation>
    </message>
    <message>
        <source>--until is before --since</source>
        <translation>--until est antérieur à --since</translation>
    </message>
    <message>
        <source>“%1” holds several channels: choose one with --channel (%2)</source>
        <translation>« %1 » contient plusieurs canaux : choisissez-en un avec --channel (%2)</translation>
    </message>
    <message>
        <source>there is no session %1 in “%2”</source>
        <translation>il n’y a pas de session %1 dans « %2 »</translation>
    </message>
    <message>
        <source>session %1 in “%2” cannot be read: %3</source>
        <translation>la session %1 de « %2 » ne peut pas être lue : %3</translation>
    </message>
    <message>
        <source>Import timeline</source>
        <translation>Importer une chronologie</translation>
    </message>
    <message>
        <source>cannot store the events in “%1”: %2</source>
        <translation>impossible d’enregistrer les événements dans « %1 » : %2</translation>
    </message>
    <message>
        <source>added %1 events to session %2 from %3</source>
        <translation>%1 événements ajoutés à la session %2 depuis %3</translation>
    </message>
    <message>
        <source>skipped %1: %2 already in the timeline, %3 repeated in the export, %4 not timeline events, %5 outside the time range</source>
        <translation>ignorés : %1, dont %2 déjà dans la chronologie, %3 en double dans l’exportation, %4 qui ne sont pas des événements de chronologie, %5 hors de la période</translation>
    </message>
    <message>
        <source>the session now says the incident %1</source>
        <translation>la session indique maintenant que l’incident a été %1</translation>
    </message>
    <message>
        <source>the timeline says the incident %1; the session keeps its own time</source>
        <translation>selon la chronologie, l’incident a été %1 ; la session garde sa propre heure</translation>
    </message>
</context>
<context>
    <name>Whyboard::LeaseBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Écarter</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 asks to edit this session.&lt;/b&gt; Hand it over to let them edit; it stays open here, read-only, and shows their changes.</source>
        <translation>&lt;b&gt;%1 demande à modifier cette session.&lt;/b&gt; Passez-lui la main pour lui permettre de la modifier ; elle reste ouverte ici, en lecture seule, et affiche ses modifications.</translation>
    </message>
    <message>
        <source>Hand Over</source>
        <translation>Passer la main</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only.&lt;/b&gt; Nobody is editing this session now.</source>
        <translation>&lt;b&gt;Lecture seule.&lt;/b&gt; Personne ne modifie cette session pour le moment.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only.&lt;/b&gt; %1 is editing this session. You asked to edit it: it opens for editing here when they hand it over.</source>
        <translation>&lt;b&gt;Lecture seule.&lt;/b&gt; %1 modifie cette session. Vous avez demandé à la modifier : elle s’ouvrira ici en modification lorsque cette personne vous passera la main.</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only.&lt;/b&gt; %1 is editing this session; their changes appear here as they make them.</source>
        <translation>&lt;b&gt;Lecture seule.&lt;/b&gt; %1 modifie cette session ; ses modifications s’affichent ici au fur et à mesure.</translation>
    </message>
    <message>
        <source>Ask to Edit</source>
        <translation>Demander à modifier</translation>
    </message>
</context>
<context>
    <name>Whyboard::Library</name>
    <message>
        <source>another program</source>
        <translation>un autre programme</translation>
    </message>
    <message>
        <source>process %1 on host %2</source>
        <translation>processus %1 sur l’hôte %2</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>Cannot open the library “%1”: %2</source>
        <translation>Impossible d’ouvrir la bibliothèque « %1 » : %2</translation>
    </message>
    <message>
        <source>it is a folder, not a library file.</source>
        <translation>c’est un dossier, pas un fichier de bibliothèque.</translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation>le fichier n’existe pas.</translation>
    </message>
    <message>
        <source>you have no permission to write it or its folder.</source>
        <translation>vous n’avez pas le droit d’écrire dans ce fichier ou son dossier.</translation>
    </message>
    <message>
        <source>it is not a Whyboard library, or it is damaged (%1).</source>
        <translation>ce n’est pas une bibliothèque Whyboard, ou elle est endommagée (%1).</translation>
    </message>
    <message>
        <source>it is empty, not a Whyboard library.</source>
        <translation>elle est vide, ce n’est pas une bibliothèque Whyboard.</translation>
    </message>
    <message>
        <source>it is a database of another program, not a Whyboard library.</source>
        <translation>c’est une base de données d’un autre programme, pas une bibliothèque Whyboard.</translation>
    </message>
    <message>
        <source>it contains triggers or views that Whyboard did not create, so it is not opened.</source>
        <translation>elle contient des déclencheurs ou des vues que Whyboard n’a pas créés ; elle n’est donc pas ouverte.</translation>
    </message>
    <message>
        <source>the file is damaged or truncated%1.</source>
        <translation>le fichier est endommagé ou tronqué%1.</translation>
    </message>
    <message>
        <source>it was made by a newer Whyboard (library version %1; this version knows up to %2). It can be opened read-only.</source>
        <translation>elle a été créée par un Whyboard plus récent (version de bibliothèque %1 ; cette version connaît jusqu’à la %2). Elle peut être ouverte en lecture seule.</translation>
    </message>
    <message>
        <source>its folder cannot be created.</source>
        <translation>son dossier ne peut pas être créé.</translation>
    </message>
    <message>
        <source>it is in use by another Whyboard (%1). It can be opened read-only.</source>
        <translation>elle est utilisée par un autre Whyboard (%1). Elle peut être ouverte en lecture seule.</translation>
    </message>
    <message>
        <source>its lock file cannot be created beside it.</source>
        <translation>son fichier de verrou ne peut pas être créé à côté d’elle.</translation>
    </message>
    <message>
        <source>it cannot be read (%1).</source>
        <translation>elle ne peut pas être lue (%1).</translation>
    </message>
    <message>
        <source>it could not be brought up to this version of Whyboard (%1).</source>
        <translation>elle n’a pas pu être mise à niveau vers cette version de Whyboard (%1).</translation>
    </message>
    <message>
        <source>it cannot be opened for writing (%1).</source>
        <translation>elle ne peut pas être ouverte en écriture (%1).</translation>
    </message>
    <message>
        <source>The library is open read-only.</source>
        <translation>La bibliothèque est ouverte en lecture seule.</translation>
    </message>
    <message>
        <source>Another session already uses the id %1.</source>
        <translation>Une autre session utilise déjà l’id %1.</translation>
    </message>
    <message>
        <source>The session has no id in this library yet.</source>
        <translation>La session n’a pas encore d’id dans cette bibliothèque.</translation>
    </message>
    <message>
        <source>The session could not be saved to the library: %1</source>
        <translation>La session n’a pas pu être enregistrée dans la bibliothèque : %1</translation>
    </message>
    <message>
        <source>The session cannot be stored here.</source>
        <translation>La session ne peut pas être enregistrée ici.</translation>
    </message>
    <message>
        <source>There is no session %1 in the trash.</source>
        <translation>Il n’y a pas de session %1 dans la corbeille.</translation>
    </message>
    <message>
        <source>its library version (%1) is not one Whyboard ever wrote, so it is not opened.</source>
        <translation>sa version de bibliothèque (%1) n’a jamais été écrite par Whyboard, elle n’est donc pas ouverte.</translation>
    </message>
    <message>
        <source>it is not a regular file (a device, a pipe or a socket), so it is not opened.</source>
        <translation>ce n’est pas un fichier ordinaire (un périphérique, un tube ou une socket), il n’est donc pas ouvert.</translation>
    </message>
    <message>
        <source>it ends part-way through a page</source>
        <translation>il s'arrête au milieu d'une page</translation>
    </message>
    <message>
        <source>%1. Whyboard never writes such a value, so the file is not opened.</source>
        <translation>%1. Whyboard n'écrit jamais une telle valeur, le fichier n'est donc pas ouvert.</translation>
    </message>
    <message>
        <source>it is not a Whyboard library, or it is damaged (it holds no tables).</source>
        <translation>ce n'est pas une bibliothèque Whyboard, ou elle est endommagée (elle ne contient aucune table).</translation>
    </message>
    <message>
        <source>the disk it is on is full, so it cannot be opened now; even reading needs a little room beside it. The library itself is untouched: free some space and try again.</source>
        <translation>le disque qui la contient est plein, elle ne peut donc pas être ouverte maintenant ; même la lecture a besoin d'un peu de place à côté. La bibliothèque elle-même est intacte : libérez de l'espace et réessayez.</translation>
    </message>
    <message>
        <source>the system reported an input/output error while reading it (%1). The library has not been changed; check the disk or the network share it is on.</source>
        <translation>le système a signalé une erreur d'entrée/sortie pendant la lecture (%1). La bibliothèque n'a pas été modifiée ; vérifiez le disque ou le partage réseau qui la contient.</translation>
    </message>
    <message>
        <source>table “%1”, column “%2”: %3</source>
        <translation>table « %1 », colonne « %2 » : %3</translation>
    </message>
    <message>
        <source>table “%1”, row %2, column “%3”: %4</source>
        <translation>table « %1 », ligne %2, colonne « %3 » : %4</translation>
    </message>
    <message>
        <source>NULL</source>
        <translation>NULL</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>a real number</source>
        <translation>un nombre réel</translation>
    </message>
    <message>
        <source>binary data</source>
        <translation>des données binaires</translation>
    </message>
    <message>
        <source>text</source>
        <translation>du texte</translation>
    </message>
    <message>
        <source>holds %1 where text belongs</source>
        <translation>contient %1 là où doit figurer du texte</translation>
    </message>
    <message>
        <source>holds %1 where a whole number belongs</source>
        <translation>contient %1 là où doit figurer un nombre entier</translation>
    </message>
    <message>
        <source>holds %1, outside %2 to %3</source>
        <translation>contient %1, hors de %2 à %3</translation>
    </message>
    <message>
        <source>holds NULL where a whole number belongs</source>
        <translation>contient NULL là où doit figurer un nombre entier</translation>
    </message>
    <message>
        <source>holds %1 where a number belongs</source>
        <translation>contient %1 là où doit figurer un nombre</translation>
    </message>
    <message>
        <source>holds a time outside the years %1 to %2</source>
        <translation>contient une heure hors des années %1 à %2</translation>
    </message>
    <message>
        <source>holds no list of ids</source>
        <translation>ne contient pas de liste d'identifiants</translation>
    </message>
    <message>
        <source>holds %1, which is not a set of roles this version of Whyboard knows</source>
        <translation>contient %1, qui n'est pas un ensemble de rôles connu de cette version de Whyboard</translation>
    </message>
    <message>
        <source>holds %1, which is not a value this version of Whyboard knows</source>
        <translation>contient %1, qui n'est pas une valeur connue de cette version de Whyboard</translation>
    </message>
    <message>
        <source>its tables cannot be read.</source>
        <translation>ses tables ne peuvent pas être lues.</translation>
    </message>
    <message>
        <source>its table “%1” is missing, so it is not a whole Whyboard library.</source>
        <translation>sa table « %1 » manque, ce n'est donc pas une bibliothèque Whyboard complète.</translation>
    </message>
    <message>
        <source>its table “%1” has no column “%2”, so it is not a whole Whyboard library.</source>
        <translation>sa table « %1 » n'a pas de colonne « %2 », ce n'est donc pas une bibliothèque Whyboard complète.</translation>
    </message>
    <message>
        <source>table “sessions”, row id %1, column “last_item_number”: an item id's number is beyond %2</source>
        <translation>table « sessions », ligne d'identifiant %1, colonne « last_item_number » : le numéro d'un identifiant d'élément dépasse %2</translation>
    </message>
    <message>
        <source>table “counters”: the row “last_session_id” is missing</source>
        <translation>table « counters » : la ligne « last_session_id » manque</translation>
    </message>
    <message>
        <source>holds %1 tags; at most %2 are allowed</source>
        <translation>contient %1 tags ; au plus %2 sont autorisés</translation>
    </message>
    <message>
        <source>cannot read the library: %1</source>
        <translation>impossible de lire la bibliothèque : %1</translation>
    </message>
    <message>
        <source>Someone else took session %1 while the connection was lost; it is read-only here now.</source>
        <translation>Quelqu’un d’autre a pris la session %1 pendant la perte de connexion ; elle est désormais en lecture seule ici.</translation>
    </message>
    <message>
        <source>The connection to the server was lost at %1; reconnecting… Your edits up to %2 are saved.</source>
        <translation>La connexion au serveur a été perdue à %1 ; reconnexion en cours… Vos modifications jusqu’à %2 sont enregistrées.</translation>
    </message>
    <message>
        <source>While the connection was down, someone else changed the session “%1” on the server. It stays read-only here so that neither version overwrites the other; open it again to see the server's version.</source>
        <translation>Pendant la coupure de connexion, quelqu’un d’autre a modifié la session « %1 » sur le serveur. Elle reste en lecture seule ici pour qu’aucune des deux versions n’écrase l’autre ; rouvrez-la pour voir la version du serveur.</translation>
    </message>
    <message>
        <source>the session was changed by someone else meanwhile</source>
        <translation>la session a été modifiée par quelqu’un d’autre entre-temps</translation>
    </message>
</context>
<context>
    <name>Whyboard::LibraryActions</name>
    <message>
        <source>&amp;Open Library…</source>
        <translation>&amp;Ouvrir une bibliothèque…</translation>
    </message>
    <message>
        <source>New &amp;Library…</source>
        <translation>Nouvelle &amp;bibliothèque…</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>Enregistrer une co&amp;pie…</translation>
    </message>
    <message>
        <source>New Library</source>
        <translation>Nouvelle bibliothèque</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>Saved a copy to %1</source>
        <translation>Copie enregistrée sous %1</translation>
    </message>
    <message>
        <source>The copy could not be written: %1</source>
        <translation>La copie n’a pas pu être écrite : %1</translation>
    </message>
    <message>
        <source>&amp;Import Session…</source>
        <translation>Impor&amp;ter une session…</translation>
    </message>
    <message>
        <source>Add a session from a Whyboard JSON file (as whyboard --import does)</source>
        <translation>Ajouter une session depuis un fichier JSON Whyboard (comme whyboard --import)</translation>
    </message>
    <message>
        <source>Import Session</source>
        <translation>Importer une session</translation>
    </message>
    <message>
        <source>Whyboard session (*.json);;All files (*)</source>
        <translation>Session Whyboard (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Imported “%1”.</source>
        <translation>« %1 » importée.</translation>
    </message>
    <message>
        <source>Nothing was imported: the file is not a session Whyboard can read.

%1</source>
        <translation>Rien n’a été importé : le fichier n’est pas une session que Whyboard sait lire.

%1</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>Restaurer la sauvegarde</translation>
    </message>
    <message>
        <source>The backup could not be restored: %1</source>
        <translation>La sauvegarde n'a pas pu être restaurée : %1</translation>
    </message>
    <message>
        <source>Restored the library from the backup of %1.</source>
        <translation>Bibliothèque restaurée depuis la sauvegarde du %1.</translation>
    </message>
    <message>
        <source>Restored the library from the backup of %1. The damaged file stays beside it as “%2”.</source>
        <translation>Bibliothèque restaurée depuis la sauvegarde du %1. Le fichier endommagé reste à côté sous « %2 ».</translation>
    </message>
    <message>
        <source>Cause Ca&amp;tegories…</source>
        <translation>Ca&amp;tégories de causes…</translation>
    </message>
    <message>
        <source>The contributing factors why cards can name, for every session of this library</source>
        <translation>Les facteurs contributifs que les cartes peuvent nommer, pour chaque session de cette bibliothèque</translation>
    </message>
    <message>
        <source>Open Library on a &amp;Server…</source>
        <translation>Ouvrir une bibliothèque sur un ser&amp;veur…</translation>
    </message>
    <message>
        <source>Open a team library in a database on a PostgreSQL server</source>
        <translation>Ouvrir une bibliothèque d’équipe dans une base de données sur un serveur PostgreSQL</translation>
    </message>
</context>
<context>
    <name>Whyboard::LibraryBackup</name>
    <message>
        <source>No backup was made of “%1”: %2</source>
        <translation>Aucune sauvegarde de « %1 » n'a été faite : %2</translation>
    </message>
    <message>
        <source>the folder “%1” cannot be created.</source>
        <translation>le dossier « %1 » ne peut pas être créé.</translation>
    </message>
    <message>
        <source>the copy failed its integrity check.</source>
        <translation>la copie a échoué à la vérification d'intégrité.</translation>
    </message>
    <message>
        <source>the copy could not be given its name.</source>
        <translation>la copie n'a pas pu recevoir son nom.</translation>
    </message>
</context>
<context>
    <name>Whyboard::LibraryBackupRestore</name>
    <message>
        <source>“%1” could not be moved aside.</source>
        <translation>« %1 » n'a pas pu être mis de côté.</translation>
    </message>
    <message>
        <source>the copy “%1” could not be put in place of the library (is the disk full?).</source>
        <translation>la copie « %1 » n'a pas pu prendre la place de la bibliothèque (le disque est-il plein ?).</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>A backup from %1 can take its place (the damaged file is kept): whyboard --restore-backup %2</source>
        <translation>Une sauvegarde du %1 peut prendre sa place (le fichier endommagé est conservé) : whyboard --restore-backup %2</translation>
    </message>
</context>
<context>
    <name>Whyboard::LibraryCopy</name>
    <message>
        <source>A copy cannot replace the library itself.</source>
        <translation>Une copie ne peut pas remplacer la bibliothèque elle-même.</translation>
    </message>
    <message>
        <source>“%1” is a folder.</source>
        <translation>« %1 » est un dossier.</translation>
    </message>
    <message>
        <source>There is no session %1 in this library.</source>
        <translation>Il n’y a pas de session %1 dans cette bibliothèque.</translation>
    </message>
    <message>
        <source>The copy could not be moved to “%1”.</source>
        <translation>La copie n’a pas pu être déplacée vers « %1 ».</translation>
    </message>
    <message>
        <source>the sessions of “%1” cannot be listed (%2)</source>
        <translation>les sessions de « %1 » ne peuvent pas être listées (%2)</translation>
    </message>
    <message>
        <source>“%1” already holds sessions</source>
        <translation>« %1 » contient déjà des sessions</translation>
    </message>
    <message>
        <source>“%1” already has sessions with the ids %2</source>
        <translation>« %1 » a déjà des sessions portant les id %2</translation>
    </message>
    <message>
        <source>session %1 cannot be read from “%2” (%3)</source>
        <translation>la session %1 de « %2 » ne peut pas être lue (%3)</translation>
    </message>
    <message>
        <source>session %1 cannot be exported to be compared (%2)</source>
        <translation>la session %1 ne peut pas être exportée pour la comparaison (%2)</translation>
    </message>
    <message>
        <source>session %1 cannot be written</source>
        <translation>la session %1 ne peut pas être écrite</translation>
    </message>
    <message>
        <source>session %1 cannot be put in the trash</source>
        <translation>la session %1 ne peut pas être mise à la corbeille</translation>
    </message>
    <message>
        <source>the cause categories cannot be written</source>
        <translation>les catégories de causes ne peuvent pas être écrites</translation>
    </message>
    <message>
        <source>session %1 does not read back the same from the copy</source>
        <translation>la session %1 ne se relit pas à l’identique depuis la copie</translation>
    </message>
    <message>
        <source>session %1 is not in the copy's trash as it was deleted</source>
        <translation>la session %1 n’est pas dans la corbeille de la copie telle qu’elle a été supprimée</translation>
    </message>
    <message>
        <source>the copy lacks the cause category “%1”</source>
        <translation>il manque à la copie la catégorie de cause « %1 »</translation>
    </message>
    <message>
        <source>A copy is saved as a file; “%1” is a server's address.</source>
        <translation>Une copie s’enregistre dans un fichier ; « %1 » est l’adresse d’un serveur.</translation>
    </message>
</context>
<context>
    <name>Whyboard::LibraryDialogs</name>
    <message>
        <source>Whyboard libraries (*%1)</source>
        <translation>Bibliothèques Whyboard (*%1)</translation>
    </message>
</context>
<context>
    <name>Whyboard::LibraryFiguresTable</name>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
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
        <translation>Détection moy.</translation>
    </message>
    <message>
        <source>Detect median</source>
        <translation>Détection méd.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Resolve mean</source>
        <translation>Résolution moy.</translation>
    </message>
    <message>
        <source>Resolve median</source>
        <translation>Résolution méd.</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Done on time</source>
        <translation>Terminées à temps</translation>
    </message>
</context>
<context>
    <name>Whyboard::LibraryLease</name>
    <message>
        <source>someone</source>
        <translation>quelqu’un</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 (server process %2)</source>
        <translation>%1 (processus serveur %2)</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>un autre programme</translation>
    </message>
</context>
<context>
    <name>Whyboard::LibraryLocation</name>
    <message>
        <source>“%1” looks like an address, but Whyboard opens only a library file or a PostgreSQL server (postgresql://host/database).</source>
        <translation>« %1 » ressemble à une adresse, mais Whyboard n’ouvre qu’un fichier de bibliothèque ou un serveur PostgreSQL (postgresql://host/database).</translation>
    </message>
    <message>
        <source>“%1” is not a PostgreSQL address Whyboard can read: write it as postgresql://user@host:port/database.</source>
        <translation>« %1 » n’est pas une adresse PostgreSQL que Whyboard sait lire : écrivez-la sous la forme postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <source>“%1” has a broken %-escape in “%2”: write a character the address needs literally as %XX (for example %40 for @).</source>
        <translation>« %1 » contient un échappement en % incorrect dans « %2 » : un caractère que l’adresse doit contenir tel quel s’écrit %XX (par exemple %40 pour @).</translation>
    </message>
    <message>
        <source>“%1”: “%2” is not a port number (1 to 65535).</source>
        <translation>« %1 » : « %2 » n’est pas un numéro de port (1 à 65535).</translation>
    </message>
    <message>
        <source>“%1” names several servers; Whyboard connects to one.</source>
        <translation>« %1 » désigne plusieurs serveurs ; Whyboard ne se connecte qu’à un seul.</translation>
    </message>
    <message>
        <source>“%1”: an IPv6 address goes in brackets, as in postgresql://[::1]:5432/database.</source>
        <translation>« %1 » : une adresse IPv6 s’écrit entre crochets, comme dans postgresql://[::1]:5432/database.</translation>
    </message>
    <message>
        <source>“%1”: “%2” in the address is not a setting written as key=value.</source>
        <translation>« %1 » : « %2 » dans l’adresse n’est pas un paramètre écrit sous la forme clé=valeur.</translation>
    </message>
    <message>
        <source>“%1”: the value of %2 may not hold a “;”.</source>
        <translation>« %1 » : la valeur de %2 ne peut pas contenir de « ; ».</translation>
    </message>
    <message>
        <source>“%1”: “%2” is not a PostgreSQL connection setting Whyboard passes on.</source>
        <translation>« %1 » : « %2 » n’est pas un paramètre de connexion PostgreSQL que Whyboard transmet.</translation>
    </message>
    <message>
        <source>“%1”: sslmode is one of disable, allow, prefer, require, verify-ca or verify-full, not “%2”.</source>
        <translation>« %1 » : sslmode vaut disable, allow, prefer, require, verify-ca ou verify-full, pas « %2 ».</translation>
    </message>
    <message>
        <source>“%1” names no database: add it after the server, as in postgresql://host/whyboard.</source>
        <translation>« %1 » ne désigne aucune base de données : ajoutez-la après le serveur, comme dans postgresql://host/whyboard.</translation>
    </message>
    <message>
        <source>this computer, port %1</source>
        <translation>cet ordinateur, port %1</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <extracomment>A library on a PostgreSQL server in the window title: "team on db.example.com".</extracomment>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>Whyboard::LibraryOverviewPage</name>
    <message>
        <source>Export Library Report</source>
        <translation>Exporter le rapport de bibliothèque</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save Charts as SVG</source>
        <translation>Enregistrer les graphiques en SVG</translation>
    </message>
    <message>
        <source>Library &amp;Overview</source>
        <translation>&amp;Vue d’ensemble de la bibliothèque</translation>
    </message>
    <message>
        <source>&amp;Library Report…</source>
        <translation>&amp;Rapport de bibliothèque…</translation>
    </message>
    <message>
        <source>No library is open.</source>
        <translation>Aucune bibliothèque ouverte.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; incidents · median time to detect &lt;b&gt;%2&lt;/b&gt; (%3) · median time to resolve &lt;b&gt;%4&lt;/b&gt; (%5) · &lt;b&gt;%6&lt;/b&gt; of actions done on time · &lt;b&gt;%7&lt;/b&gt; overdue</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; incidents · délai médian de détection &lt;b&gt;%2&lt;/b&gt; (%3) · délai médian de résolution &lt;b&gt;%4&lt;/b&gt; (%5) · &lt;b&gt;%6&lt;/b&gt; des actions terminées à temps · &lt;b&gt;%7&lt;/b&gt; en retard</translation>
    </message>
    <message>
        <source>n=%1</source>
        <translation>n=%1</translation>
    </message>
    <message>
        <source>Top cause categories</source>
        <translation>Principales catégories de causes</translation>
    </message>
    <message>
        <source>No why card has a category.</source>
        <translation>Aucune carte n’a de catégorie.</translation>
    </message>
    <message>
        <source>Top tags and services</source>
        <translation>Principaux tags et services</translation>
    </message>
    <message>
        <source>No why card has a tag.</source>
        <translation>Aucune carte n’a de tag.</translation>
    </message>
    <message>
        <source>Overdue actions by owner</source>
        <translation>Actions en retard par responsable</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(sans responsable)</translation>
    </message>
    <message>
        <source>No action is overdue.</source>
        <translation>Aucune action n’est en retard.</translation>
    </message>
    <message>
        <source>Library overview</source>
        <translation>Vue d’ensemble de la bibliothèque</translation>
    </message>
    <message>
        <source>&amp;Per:</source>
        <translation>&amp;Par :</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>A&amp;u :</translation>
    </message>
    <message>
        <source>Severit&amp;y:</source>
        <translation>&amp;Gravité :</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>S&amp;tatut :</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>&amp;Catégorie :</translation>
    </message>
    <message>
        <source>Tag or servi&amp;ce:</source>
        <translation>Tag ou ser&amp;vice :</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>n’importe quel jour</translation>
    </message>
    <message>
        <source>E&amp;xport Report…</source>
        <translation>E&amp;xporter le rapport…</translation>
    </message>
    <message>
        <source>Save Charts as SVG…</source>
        <translation>Enregistrer les graphiques en SVG…</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Toutes les gravités</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Tous les tags</translation>
    </message>
    <message>
        <source>cannot write “%1”</source>
        <translation>impossible d’écrire « %1 »</translation>
    </message>
    <message>
        <source>library-report.pdf</source>
        <translation>rapport-bibliotheque.pdf</translation>
    </message>
</context>
<context>
    <name>Whyboard::LibraryReport</name>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>Library report %1 – %2 · written %3</source>
        <translation>Rapport de bibliothèque %1 – %2 · écrit le %3</translation>
    </message>
    <message>
        <source>Library report</source>
        <translation>Rapport de bibliothèque</translation>
    </message>
    <message>
        <source>Incidents from %1 to %2</source>
        <translation>Incidents du %1 au %2</translation>
    </message>
    <message>
        <source>incidents</source>
        <translation>incidents</translation>
    </message>
    <message>
        <source>median time to detect, n = %1</source>
        <translation>délai médian de détection, n = %1</translation>
    </message>
    <message>
        <source>median time to resolve, n = %1</source>
        <translation>délai médian de résolution, n = %1</translation>
    </message>
    <message>
        <source>actions done on time</source>
        <translation>actions terminées à temps</translation>
    </message>
    <message>
        <source>actions overdue</source>
        <translation>actions en retard</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Tendances</translation>
    </message>
    <message>
        <source>Severity mix</source>
        <translation>Répartition des gravités</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Figures per period</source>
        <translation>Chiffres par période</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Detect: mean / median</source>
        <translation>Détection : moyenne / médiane</translation>
    </message>
    <message>
        <source>Resolve: mean / median</source>
        <translation>Résolution : moyenne / médiane</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Top cause categories</source>
        <translation>Principales catégories de causes</translation>
    </message>
    <message>
        <source>No why card of these incidents has a category.</source>
        <translation>Aucune carte de ces incidents n’a de catégorie.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Why cards</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <source>Repeat causes</source>
        <translation>Causes récurrentes</translation>
    </message>
    <message>
        <source>Follow-up completion</source>
        <translation>Avancement du suivi</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Overdue (open or in progress, past due)</source>
        <translation>En retard (ouverte ou en cours, échéance passée)</translation>
    </message>
    <message>
        <source>Done on time, of those done or overdue with a due day</source>
        <translation>Terminées à temps, parmi celles terminées ou en retard avec une échéance</translation>
    </message>
    <message>
        <source>Overdue actions by owner</source>
        <translation>Actions en retard par responsable</translation>
    </message>
    <message>
        <source>No action is overdue.</source>
        <translation>Aucune action n’est en retard.</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(sans responsable)</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation>Actions en retard</translation>
    </message>
    <message>
        <source>cannot write “%1”: %2</source>
        <translation>impossible d’écrire « %1 » : %2</translation>
    </message>
    <message>
        <source>cannot write “%1”</source>
        <translation>impossible d’écrire « %1 »</translation>
    </message>
</context>
<context>
    <name>Whyboard::LibraryReportVerb</name>
    <message>
        <source>cannot read “%1”: %2</source>
        <translation>impossible de lire « %1 » : %2</translation>
    </message>
</context>
<context>
    <name>Whyboard::LibraryServerOpening</name>
    <message>
        <source>the server has no user “%1” (%2).</source>
        <translation>le serveur n’a pas d’utilisateur « %1 » (%2).</translation>
    </message>
    <message>
        <source>(your login name)</source>
        <translation>(votre nom de connexion)</translation>
    </message>
    <message>
        <source>the server did not accept the user “%1” without the right password (%2).</source>
        <translation>le serveur n’a pas accepté l’utilisateur « %1 » sans le bon mot de passe (%2).</translation>
    </message>
    <message>
        <source>the server has no database “%1”. Create it first (createdb), then open it here.</source>
        <translation>le serveur n’a pas de base de données « %1 ». Créez-la d’abord (createdb), puis ouvrez-la ici.</translation>
    </message>
    <message>
        <source>the server does not let this user do that (%1).</source>
        <translation>le serveur n’autorise pas cet utilisateur à faire cela (%1).</translation>
    </message>
    <message>
        <source>the server cannot be reached (%1).</source>
        <translation>le serveur est injoignable (%1).</translation>
    </message>
    <message>
        <source>the database holds tables of another program, not a Whyboard library.</source>
        <translation>la base de données contient des tables d’un autre programme, pas une bibliothèque Whyboard.</translation>
    </message>
    <message>
        <source>the database holds triggers, views or rules that Whyboard did not create, so it is not opened.</source>
        <translation>la base de données contient des déclencheurs, des vues ou des règles que Whyboard n’a pas créés, elle n’est donc pas ouverte.</translation>
    </message>
    <message>
        <source>its table whyboard_library is empty, so it is not a whole Whyboard library.</source>
        <translation>sa table whyboard_library est vide, ce n’est donc pas une bibliothèque Whyboard complète.</translation>
    </message>
    <message>
        <source>the database is marked as another program's, not a Whyboard library.</source>
        <translation>la base de données est marquée comme appartenant à un autre programme, ce n’est pas une bibliothèque Whyboard.</translation>
    </message>
    <message>
        <source>its library version (%1) is not one Whyboard ever wrote, so it is not opened.</source>
        <translation>sa version de bibliothèque (%1) n’a jamais été écrite par Whyboard, elle n’est donc pas ouverte.</translation>
    </message>
    <message>
        <source>the database “%1” holds no Whyboard library yet; open it once for writing to create one.</source>
        <translation>la base de données « %1 » ne contient pas encore de bibliothèque Whyboard ; ouvrez-la une fois en écriture pour en créer une.</translation>
    </message>
    <message>
        <source>it was made by a newer Whyboard (library version %1; this version knows up to %2). It can be opened read-only.</source>
        <translation>elle a été créée par un Whyboard plus récent (version de bibliothèque %1 ; cette version connaît jusqu’à la %2). Elle peut être ouverte en lecture seule.</translation>
    </message>
    <message>
        <source>the user “%1” may read this library but not change it. It can be opened read-only.</source>
        <translation>l’utilisateur « %1 » peut lire cette bibliothèque mais pas la modifier. Elle peut être ouverte en lecture seule.</translation>
    </message>
    <message>
        <source>the user “%1” may not create tables in the database “%2”: the library's editor role must own the database or be granted CREATE on its schema.</source>
        <translation>l’utilisateur « %1 » ne peut pas créer de tables dans la base de données « %2 » : le rôle éditeur de la bibliothèque doit être propriétaire de la base de données ou avoir le droit CREATE sur son schéma.</translation>
    </message>
    <message>
        <source>the library could not be brought up to this version of Whyboard (%1).</source>
        <translation>la bibliothèque n’a pas pu être mise à niveau pour cette version de Whyboard (%1).</translation>
    </message>
    <message>
        <source>%1. Whyboard never writes such a value, so the library is not opened.</source>
        <translation>%1. Whyboard n’écrit jamais une telle valeur, la bibliothèque n’est donc pas ouverte.</translation>
    </message>
</context>
<context>
    <name>Whyboard::LibraryStatistics</name>
    <message>
        <source>Q%1 %2</source>
        <extracomment>A quarter of a year on a chart's axis: "Q1 2025"</extracomment>
        <translation>T%1 %2</translation>
    </message>
</context>
<context>
    <name>Whyboard::LibraryVerbs</name>
    <message>
        <source>cannot list the sessions of “%1”: %2</source>
        <translation>impossible de lister les sessions de « %1 » : %2</translation>
    </message>
    <message>
        <source>one session a line: id, title, severity, status</source>
        <translation>une session par ligne : id, titre, gravité, statut</translation>
    </message>
    <message>
        <source>one open or in-progress action a line: session id, session title, action, owner, due, status</source>
        <translation>une action ouverte ou en cours par ligne : id de session, titre de session, action, responsable, échéance, statut</translation>
    </message>
    <message>
        <source>write the actions' due dates as calendar to-dos (iCalendar)</source>
        <translation>écrire les échéances des actions en tâches d’agenda (iCalendar)</translation>
    </message>
    <message>
        <source>write the actions as CSV for a tracker's importer (Jira, GitHub tools)</source>
        <translation>écrire les actions en CSV pour l’import d’un outil de tickets (outils Jira, GitHub)</translation>
    </message>
    <message>
        <source>search titles, summaries, cards, evidence, timeline and actions, best match first: session, title, where, snippet with the match in » «</source>
        <translation>chercher dans les titres, résumés, cartes, preuves, chronologie et actions, meilleure correspondance d’abord : session, titre, emplacement, extrait avec la correspondance entre » «</translation>
    </message>
    <message>
        <source>incidents by severity, time to detect and resolve, cost and follow-up per month (or quarter)</source>
        <translation>incidents par gravité, délais de détection et de résolution, coût et suivi par mois (ou trimestre)</translation>
    </message>
    <message>
        <source>the library report: trends, causes and follow-ups of the period as PDF</source>
        <translation>le rapport de bibliothèque : tendances, causes et suivi de la période en PDF</translation>
    </message>
    <message>
        <source>no command given (see --help)</source>
        <translation>aucune commande indiquée (voir --help)</translation>
    </message>
    <message>
        <source>%1 needs %2</source>
        <translation>%1 nécessite %2</translation>
    </message>
    <message>
        <source>%1 is given twice</source>
        <translation>%1 est donné deux fois</translation>
    </message>
    <message>
        <source>%1 needs a date as 2017-02-28 or 2017-02, not “%2”</source>
        <translation>%1 nécessite une date comme 2017-02-28 ou 2017-02, pas « %2 »</translation>
    </message>
    <message>
        <source>add a session's timeline from a Slack or Mattermost export, PagerDuty or Opsgenie log, or CSV; entries already in the timeline are not added again</source>
        <translation>ajouter à la chronologie d’une session les événements d’une exportation Slack ou Mattermost, d’un journal PagerDuty ou Opsgenie, ou d’un CSV ; les entrées déjà dans la chronologie ne sont pas ajoutées à nouveau</translation>
    </message>
    <message>
        <source>copy every session (the trash too) and the cause categories from one library to another, a file or a postgresql:// server either way, under the same ids, and check that each reads back the same; TO must hold no session, or with --force none under an id FROM uses</source>
        <translation>copier toutes les sessions (corbeille comprise) et les catégories de causes d’une bibliothèque à une autre, fichier ou serveur postgresql:// dans les deux sens, sous les mêmes id, et vérifier que chacune se relit à l’identique ; TO ne doit contenir aucune session, ou avec --force aucune sous un id utilisé par FROM</translation>
    </message>
</context>
<context>
    <name>Whyboard::LibraryWriter</name>
    <message>
        <source>The change could not be saved to the library: %1</source>
        <translation>La modification n’a pas pu être enregistrée dans la bibliothèque : %1</translation>
    </message>
    <message>
        <source>someone else changed this session in the library meanwhile; it is read-only here now.</source>
        <translation>quelqu’un d’autre a modifié cette session dans la bibliothèque entre-temps ; elle est désormais en lecture seule ici.</translation>
    </message>
</context>
<context>
    <name>Whyboard::LinkItem</name>
    <message>
        <source>“%1” explains “%2”</source>
        <translation>« %1 » explique « %2 »</translation>
    </message>
</context>
<context>
    <name>Whyboard::LinkTool</name>
    <message>
        <source>Choose the cause with the arrow keys first.</source>
        <translation>Choisissez d’abord la cause avec les flèches.</translation>
    </message>
    <message>
        <source>Now choose the card it explains with the arrow keys, then press Enter.</source>
        <translation>Choisissez maintenant avec les flèches la carte qu’elle explique, puis appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>Choose the card it explains with the arrow keys, then press Enter.</source>
        <translation>Choisissez avec les flèches la carte qu’elle explique, puis appuyez sur Entrée.</translation>
    </message>
</context>
<context>
    <name>Whyboard::MainWindow</name>
    <message numerus="yes">
        <source>Related %n item(s) to the card.</source>
        <translation>
            <numerusform>%n élément associé à la carte.</numerusform>
            <numerusform>%n éléments associés à la carte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;à l’ouverture&gt;</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Action Items</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Add &amp;Event</source>
        <translation>Ajouter un &amp;événement</translation>
    </message>
    <message>
        <source>Add &amp;Action Item</source>
        <translation>Ajouter une &amp;action</translation>
    </message>
    <message>
        <source>Add an action item linked to the selected cards or events</source>
        <translation>Ajouter une action liée aux cartes ou événements sélectionnés</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <source>Reset &amp;Panel Layout</source>
        <translation>Réinitialiser la &amp;disposition des panneaux</translation>
    </message>
    <message>
        <source>&amp;About Whyboard</source>
        <translation>À &amp;propos de Whyboard</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;Tableau</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>Whyboard</source>
        <translation>Whyboard</translation>
    </message>
    <message>
        <source>Untitled session</source>
        <translation>Session sans titre</translation>
    </message>
    <message>
        <source>[read-only]</source>
        <translation>[lecture seule]</translation>
    </message>
    <message>
        <source>About Whyboard</source>
        <translation>À propos de Whyboard</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Whyboard %1&lt;/h3&gt;&lt;p&gt;A whiteboard for blameless 5-Whys postmortems: the causal chain on the board, the timeline and the action items beside it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Whyboard %1&lt;/h3&gt;&lt;p&gt;Un tableau blanc pour des postmortems « 5 pourquoi » sans reproche : la chaîne causale sur le tableau, la chronologie et les actions à côté.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Added an action item that addresses nothing yet.</source>
        <translation>Action ajoutée, qui ne traite encore rien.</translation>
    </message>
    <message>
        <source>Added an action item for: %1</source>
        <translation>Action ajoutée pour : %1</translation>
    </message>
    <message>
        <source>&amp;Go To</source>
        <translation>A&amp;ller à</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Every key of the window, in large type</source>
        <translation>Toutes les touches de la fenêtre, en grands caractères</translation>
    </message>
    <message>
        <source>[names hidden]</source>
        <translation>[noms masqués]</translation>
    </message>
</context>
<context>
    <name>Whyboard::MattermostExportReader</name>
    <message>
        <source>%1, line %2: longer than %3 bytes, more than one entry may have</source>
        <translation>%1, ligne %2 : plus de %3 octets, plus qu’une entrée ne peut en contenir</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>it has no time it was written</source>
        <translation>aucune heure de publication</translation>
    </message>
    <message>
        <source>[file: %1]</source>
        <translation>[fichier : %1]</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>a notice by Mattermost, not a message</source>
        <translation>un avis de Mattermost, pas un message</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>réponse</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, ligne %2</translation>
    </message>
    <message>
        <source>%1: not JSON: the object does not end on this line</source>
        <translation>%1 : pas du JSON : l’objet ne se termine pas sur cette ligne</translation>
    </message>
    <message>
        <source>%1: not JSON: %2 at offset %3</source>
        <translation>%1 : pas du JSON : %2 à la position %3</translation>
    </message>
    <message>
        <source>%1: not an object with a type, as Mattermost writes them</source>
        <translation>%1 : pas un objet avec un type, comme ceux qu’écrit Mattermost</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>%1 is a Mattermost export packed in a ZIP: unpack it and choose “%2” inside</source>
        <translation>%1 est une exportation Mattermost compressée dans un ZIP : décompressez-la et choisissez « %2 » à l’intérieur</translation>
    </message>
    <message>
        <source>%1 holds no posts</source>
        <translation>%1 ne contient aucun message</translation>
    </message>
    <message>
        <source>%1: “%2” names several channels (%3): choose one as team/channel</source>
        <translation>%1 : « %2 » désigne plusieurs canaux (%3) : choisissez-en un sous la forme équipe/canal</translation>
    </message>
    <message>
        <source>%1 has no posts in a channel “%2”; it has %3</source>
        <translation>%1 ne contient aucun message dans un canal « %2 » ; ses canaux : %3</translation>
    </message>
</context>
<context>
    <name>Whyboard::MeetingTimerWidget</name>
    <message>
        <source>Meeting timer</source>
        <translation>Minuteur de réunion</translation>
    </message>
    <message>
        <source>Previous phase</source>
        <translation>Phase précédente</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Start or pause the meeting clock</source>
        <translation>Démarrer ou suspendre l’horloge de la réunion</translation>
    </message>
    <message>
        <source>Next phase</source>
        <translation>Phase suivante</translation>
    </message>
    <message>
        <source>%1 over</source>
        <translation>%1 de dépassement</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 restant</translation>
    </message>
    <message>
        <source>%1 %2 / %3</source>
        <translation>%1 %2 / %3</translation>
    </message>
    <message>
        <source>No timer</source>
        <translation>Pas de minuteur</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Time Box for %1…</source>
        <translation>Durée allouée à %1…</translation>
    </message>
    <message>
        <source>Reset Clock</source>
        <translation>Réinitialiser l’horloge</translation>
    </message>
    <message>
        <source>Time Box</source>
        <translation>Durée allouée</translation>
    </message>
    <message>
        <source>Minutes for %1:</source>
        <translation>Minutes pour %1 :</translation>
    </message>
</context>
<context>
    <name>Whyboard::MetricsStatus</name>
    <message>
        <source>Time to detect: from the start of the incident to its detection</source>
        <translation>Délai de détection : du début de l’incident à sa détection</translation>
    </message>
    <message>
        <source>Time to resolve: from the start of the incident to its resolution</source>
        <translation>Délai de résolution : du début de l’incident à sa résolution</translation>
    </message>
    <message>
        <source>How long the incident lasted</source>
        <translation>Combien de temps l’incident a duré</translation>
    </message>
    <message>
        <source>Estimated cost: cost per minute × duration</source>
        <translation>Coût estimé : coût par minute × durée</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>To detect:</source>
        <translation>Détection :</translation>
    </message>
    <message>
        <source>To resolve:</source>
        <translation>Résolution :</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Durée :</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation>Coût :</translation>
    </message>
    <message>
        <source>⚠ Check the times</source>
        <translation>⚠ Vérifiez les heures</translation>
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
        <translation>%1, ligne 1 : une exportation Opsgenie a une colonne CreatedAt (ou Date) et une colonne Log ou Message</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>it has no time</source>
        <translation>aucune heure</translation>
    </message>
    <message>
        <source>its time “%1” cannot be read</source>
        <translation>son heure « %1 » ne peut pas être lue</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>Alert #%1</source>
        <translation>Alerte #%1</translation>
    </message>
    <message>
        <source>%1 created: %2</source>
        <translation>%1 créée : %2</translation>
    </message>
    <message>
        <source>%1 acknowledged</source>
        <translation>%1 acquittée</translation>
    </message>
    <message>
        <source>%1 closed</source>
        <translation>%1 fermée</translation>
    </message>
</context>
<context>
    <name>Whyboard::OpsgenieLogReader</name>
    <message>
        <source>a notification to one person; the escalation is listed</source>
        <translation>une notification à une seule personne ; l’escalade figure dans la liste</translation>
    </message>
    <message>
        <source>the monitoring tool sent the same alert again</source>
        <translation>l’outil de supervision a renvoyé la même alerte</translation>
    </message>
</context>
<context>
    <name>Whyboard::OutlinePanel</name>
    <message>
        <source>Outline</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Why-chain outline</source>
        <translation>Plan de la chaîne des pourquoi</translation>
    </message>
    <message>
        <source>The problem and its causes as a tree. Each cause is listed under the card it explains. Press F2 to edit a card's text, Ctrl+E its evidence.</source>
        <translation>Le problème et ses causes sous forme d’arbre. Chaque cause figure sous la carte qu’elle explique. Appuyez sur F2 pour modifier le texte d’une carte, sur Ctrl+E pour sa preuve.</translation>
    </message>
    <message>
        <source>E&amp;vidence…</source>
        <translation>Pr&amp;euve…</translation>
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
        <translation>%1, ligne 1 : il n’y a pas de colonne created_on (ou Created)</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Incident #%1</source>
        <translation>Incident #%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 triggered: %2</source>
        <translation>%1 déclenché : %2</translation>
    </message>
    <message>
        <source>it has no created time</source>
        <translation>aucune heure de création</translation>
    </message>
    <message>
        <source>its created time “%1” cannot be read</source>
        <translation>son heure de création « %1 » ne peut pas être lue</translation>
    </message>
    <message>
        <source>%1 acknowledged</source>
        <translation>%1 acquitté</translation>
    </message>
    <message>
        <source>%1 resolved</source>
        <translation>%1 résolu</translation>
    </message>
</context>
<context>
    <name>Whyboard::PagerDutyLogReader</name>
    <message>
        <source>a notification to one person; the escalation is listed</source>
        <translation>une notification à une seule personne ; l’escalade figure dans la liste</translation>
    </message>
</context>
<context>
    <name>Whyboard::PagingJsonFile</name>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 n’est pas un objet</translation>
    </message>
    <message>
        <source>“%1” is not a file</source>
        <translation>« %1 » n’est pas un fichier</translation>
    </message>
    <message>
        <source>“%1” has %2, more than the %3 an exported log may have: export a shorter time range</source>
        <translation>« %1 » fait %2, plus que les %3 qu’un journal exporté peut faire : exportez une période plus courte</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>« %1 » ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>%1: not JSON: %2 at offset %3</source>
        <translation>%1 : pas du JSON : %2 à la position %3</translation>
    </message>
    <message>
        <source>it has no “%1” list</source>
        <translation>aucune liste « %1 »</translation>
    </message>
    <message>
        <source>%1 is not a list</source>
        <translation>%1 n’est pas une liste</translation>
    </message>
    <message>
        <source>[%1].%2 is not a list</source>
        <translation>[%1].%2 n’est pas une liste</translation>
    </message>
    <message>
        <source>it has no %1 time</source>
        <translation>aucune heure %1</translation>
    </message>
    <message>
        <source>its time “%1” cannot be read</source>
        <translation>son heure « %1 » ne peut pas être lue</translation>
    </message>
</context>
<context>
    <name>Whyboard::PaneNavigator</name>
    <message>
        <source>Next &amp;Panel</source>
        <translation>Panneau &amp;suivant</translation>
    </message>
    <message>
        <source>Pre&amp;vious Panel</source>
        <translation>Panneau &amp;précédent</translation>
    </message>
    <message>
        <source>Go to the &amp;Board</source>
        <translation>Aller au &amp;tableau</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Aller au panneau %1</translation>
    </message>
</context>
<context>
    <name>Whyboard::PanelsToggle</name>
    <message>
        <source>Show &amp;Panels</source>
        <translation>&amp;Afficher les panneaux</translation>
    </message>
    <message>
        <source>Hide every panel so the board has the whole window, or bring them back (F9)</source>
        <translation>Masquer tous les panneaux pour que le tableau occupe toute la fenêtre, ou les faire revenir (F9)</translation>
    </message>
</context>
<context>
    <name>Whyboard::ParkingLotModel</name>
    <message>
        <source>Idea</source>
        <translation>Idée</translation>
    </message>
</context>
<context>
    <name>Whyboard::ParkingLotPanel</name>
    <message>
        <source>Make &amp;Action Item</source>
        <translation>Transformer en &amp;action</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Parking Lot</source>
        <translation>Parking</translation>
    </message>
    <message>
        <source>Parking lot</source>
        <translation>Parking</translation>
    </message>
    <message>
        <source>Park an idea, press Enter, keep asking why</source>
        <translation>Mettez une idée au parking, appuyez sur Entrée, continuez à demander pourquoi</translation>
    </message>
    <message>
        <source>New parked idea</source>
        <translation>Nouvelle idée au parking</translation>
    </message>
    <message>
        <source>Parked ideas</source>
        <translation>Idées au parking</translation>
    </message>
    <message>
        <source>Turn the selected idea into an action item</source>
        <translation>Transformer l’idée sélectionnée en action</translation>
    </message>
    <message>
        <source>Park an Idea</source>
        <translation>Mettre une idée au parking</translation>
    </message>
    <message>
        <source>Set a fix idea aside for later and keep asking why (Ctrl+K)</source>
        <translation>Mettre une idée de correctif de côté pour plus tard et continuer à demander pourquoi (Ctrl+K)</translation>
    </message>
    <message>
        <source>Make action item from parked idea</source>
        <translation>Créer une action à partir d’une idée du parking</translation>
    </message>
</context>
<context>
    <name>Whyboard::ParticipantsModel</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
</context>
<context>
    <name>Whyboard::PreferencesDialog</name>
    <message>
        <source>Default Library</source>
        <translation>Bibliothèque par défaut</translation>
    </message>
    <message>
        <source>Whyboard libraries (*.whyboard)</source>
        <translation>Bibliothèques Whyboard (*.whyboard)</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation>Rétablir les valeurs par &amp;défaut</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Used from the next start of Whyboard. The command-line verbs keep the system's language, so that scripts get the same output.</source>
        <translation>Prise en compte au prochain démarrage de Whyboard. Les commandes en ligne de commande gardent la langue du système, pour que les scripts obtiennent la même sortie.</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <source>Normal (%1 %)</source>
        <translation>Normale (%1 %)</translation>
    </message>
    <message>
        <source>Large (%1 %)</source>
        <translation>Grande (%1 %)</translation>
    </message>
    <message>
        <source>Extra large (%1 %)</source>
        <translation>Très grande (%1 %)</translation>
    </message>
    <message>
        <source>Card te&amp;xt size:</source>
        <translation>Taille du te&amp;xte des cartes :</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Exportations</translation>
    </message>
    <message>
        <source>By region (%1)</source>
        <translation>Selon la région (%1)</translation>
    </message>
    <message>
        <source>&amp;Paper for PDF reports:</source>
        <translation>&amp;Papier des rapports PDF :</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>Default l&amp;ibrary:</source>
        <translation>B&amp;ibliothèque par défaut :</translation>
    </message>
    <message>
        <source>Opened when Whyboard starts without a library named, and used by the command-line verbs when none is given.</source>
        <translation>Ouverte quand Whyboard démarre sans qu’une bibliothèque soit indiquée, et utilisée par les commandes en ligne de commande quand aucune n’est donnée.</translation>
    </message>
    <message>
        <source>Make a daily &amp;backup copy of a library file</source>
        <translation>Faire chaque jour une copie de &amp;sauvegarde d’un fichier de bibliothèque</translation>
    </message>
    <message>
        <source>Copies &amp;kept:</source>
        <translation>Copies &amp;conservées :</translation>
    </message>
    <message>
        <source>&amp;Open Backups Folder</source>
        <translation>&amp;Ouvrir le dossier des sauvegardes</translation>
    </message>
    <message>
        <source>The open library is on a server: it is backed up there, not by Whyboard.</source>
        <translation>La bibliothèque ouverte est sur un serveur : elle y est sauvegardée, pas par Whyboard.</translation>
    </message>
    <message>
        <source>The copies of “%1” are in the folder “%2” beside it.</source>
        <translation>Les copies de « %1 » se trouvent dans le dossier « %2 », à côté du fichier.</translation>
    </message>
    <message>
        <source>“%1” has no copies yet.</source>
        <translation>« %1 » n’a encore aucune copie.</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Pré&amp;férences…</translation>
    </message>
    <message>
        <source>Language, theme, card text size, paper, default library and backups</source>
        <translation>Langue, thème, taille du texte des cartes, papier, bibliothèque par défaut et sauvegardes</translation>
    </message>
    <message>
        <source>The new language is used from the next start of Whyboard.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage de Whyboard.</translation>
    </message>
</context>
<context>
    <name>Whyboard::ReadBackView</name>
    <message>
        <source>Read back</source>
        <translation>Relecture</translation>
    </message>
    <message>
        <source>therefore</source>
        <translation>donc</translation>
    </message>
    <message>
        <source>H: holds    N: does not hold    → or Space: next    ←: back    Esc: leave</source>
        <translation>H : tient    N : ne tient pas    → ou Espace : suivante    ← : retour    Échap : quitter</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Retour</translation>
    </message>
    <message>
        <source>Holds (H)</source>
        <translation>Tient (H)</translation>
    </message>
    <message>
        <source>Does Not Hold (N)</source>
        <translation>Ne tient pas (N)</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>Suivante →</translation>
    </message>
    <message>
        <source>Leave (Esc)</source>
        <translation>Quitter (Échap)</translation>
    </message>
    <message>
        <source>(an empty card)</source>
        <translation>(une carte vide)</translation>
    </message>
    <message>
        <source>%1, therefore %2</source>
        <translation>%1, donc %2</translation>
    </message>
    <message>
        <source>There is no chain to read back yet: add whys under the problem.</source>
        <translation>Il n’y a pas encore de chaîne à relire : ajoutez des pourquoi sous le problème.</translation>
    </message>
    <message>
        <source>Route %1 of %2 · step %3 of %4 · %5 steps in all</source>
        <translation>Chemin %1 sur %2 · étape %3 sur %4 · %5 étapes en tout</translation>
    </message>
    <message>
        <source>✓ The room says this holds</source>
        <translation>✓ Selon l’équipe, cela tient</translation>
    </message>
    <message>
        <source>✗ The room says this does not hold</source>
        <translation>✗ Selon l’équipe, cela ne tient pas</translation>
    </message>
    <message>
        <source>Does it hold?</source>
        <translation>Est-ce que ça tient ?</translation>
    </message>
</context>
<context>
    <name>Whyboard::RecentLibraries</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Bibliothèques ré&amp;centes</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(aucune pour l’instant)</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Effacer la liste</translation>
    </message>
</context>
<context>
    <name>Whyboard::ReportExportDialog</name>
    <message>
        <source>Export Report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>Interface language (%1)</source>
        <translation>Langue de l’interface (%1)</translation>
    </message>
    <message>
        <source>Report &amp;language:</source>
        <translation>&amp;Langue du rapport :</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier :</translation>
    </message>
    <message>
        <source>The report language is also used for the Markdown export and for printing; the window keeps its own.</source>
        <translation>La langue du rapport sert aussi à l’exportation Markdown et à l’impression ; la fenêtre garde la sienne.</translation>
    </message>
    <message>
        <source>&amp;One-page summary for the team channel</source>
        <translation>Rés&amp;umé d’une page pour le canal de l’équipe</translation>
    </message>
    <message>
        <source>The cover figures, the chain and the top actions with their owners, instead of the sections below.</source>
        <translation>Les chiffres clés de la couverture, la chaîne et les principales actions avec leurs responsables, à la place des sections ci-dessous.</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>&amp;Summary and impact</source>
        <translation>&amp;Résumé et impact</translation>
    </message>
    <message>
        <source>P&amp;eople</source>
        <translation>P&amp;ersonnes</translation>
    </message>
    <message>
        <source>Why-chain &amp;diagram</source>
        <translation>&amp;Diagramme de la chaîne des pourquoi</translation>
    </message>
    <message>
        <source>&amp;Read-back</source>
        <translation>Relec&amp;ture</translation>
    </message>
    <message>
        <source>Par&amp;king lot</source>
        <translation>Par&amp;king</translation>
    </message>
    <message>
        <source>C&amp;hain checks</source>
        <translation>&amp;Vérifications de la chaîne</translation>
    </message>
    <message>
        <source>Appendices (long in a large session)</source>
        <translation>Annexes (longues pour une grande session)</translation>
    </message>
    <message>
        <source>&amp;Causes and evidence</source>
        <translation>&amp;Causes et preuves</translation>
    </message>
    <message>
        <source>&amp;All action items</source>
        <translation>Toutes les &amp;actions</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>C&amp;hronologie</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
</context>
<context>
    <name>Whyboard::ReportLanguage</name>
    <message>
        <source>no report language “%1”; available: %2</source>
        <translation>aucune langue de rapport « %1 » ; disponibles : %2</translation>
    </message>
</context>
<context>
    <name>Whyboard::RestoreBackupDialog</name>
    <message>
        <source>Cannot Open Library</source>
        <translation>Impossible d'ouvrir la bibliothèque</translation>
    </message>
    <message>
        <source>Whyboard keeps a copy of the library each day it is opened. The newest sound copy is from %1.

Restoring puts that copy in place of “%2”: changes made since it was taken are not in it. The damaged file is not deleted; it stays beside it, renamed “%2.damaged-” followed by the date and time.</source>
        <translation>Whyboard garde une copie de la bibliothèque chaque jour où elle est ouverte. La copie saine la plus récente date du %1.

La restauration met cette copie à la place de « %2 » : les modifications faites depuis n'y figurent pas. Le fichier endommagé n'est pas supprimé ; il reste à côté, renommé « %2.damaged- » suivi de la date et de l'heure.</translation>
    </message>
    <message>
        <source>Damaged library: %1
Backup: %2</source>
        <translation>Bibliothèque endommagée : %1
Sauvegarde : %2</translation>
    </message>
    <message>
        <source>&amp;Restore Backup</source>
        <translation>&amp;Restaurer la sauvegarde</translation>
    </message>
    <message>
        <source>&amp;Open Another Library…</source>
        <translation>&amp;Ouvrir une autre bibliothèque…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
</context>
<context>
    <name>Whyboard::RoomIndicators</name>
    <message>
        <source>🔒 Board locked</source>
        <translation>🔒 Tableau verrouillé</translation>
    </message>
    <message>
        <source>Names hidden</source>
        <translation>Noms masqués</translation>
    </message>
</context>
<context>
    <name>Whyboard::SearchSnippetDelegate</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>%1: </source>
        <translation>%1 : </translation>
    </message>
</context>
<context>
    <name>Whyboard::SearchVerb</name>
    <message>
        <source>--search needs some text to look for</source>
        <translation>--search nécessite un texte à chercher</translation>
    </message>
    <message>
        <source>cannot search “%1”: %2</source>
        <translation>impossible de chercher dans « %1 » : %2</translation>
    </message>
</context>
<context>
    <name>Whyboard::ServerLibraryDialog</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Open Library on a Server</source>
        <translation>Ouvrir une bibliothèque sur un serveur</translation>
    </message>
    <message>
        <source>db.example.com, or a socket folder such as /run/postgresql</source>
        <translation>db.example.com, ou un dossier de socket comme /run/postgresql</translation>
    </message>
    <message>
        <source>The PostgreSQL server's name or address. Empty: the server on this computer.</source>
        <translation>Le nom ou l’adresse du serveur PostgreSQL. Vide : le serveur de cet ordinateur.</translation>
    </message>
    <message>
        <source>standard (5432)</source>
        <translation>par défaut (5432)</translation>
    </message>
    <message>
        <source>the team's database, for example whyboard</source>
        <translation>la base de données de l’équipe, par exemple whyboard</translation>
    </message>
    <message>
        <source>your login name</source>
        <translation>votre nom de connexion</translation>
    </message>
    <message>
        <source>No encryption</source>
        <translation>Aucun chiffrement</translation>
    </message>
    <message>
        <source>Encrypt if the server can (standard)</source>
        <translation>Chiffrer si le serveur le permet (par défaut)</translation>
    </message>
    <message>
        <source>Always encrypt</source>
        <translation>Toujours chiffrer</translation>
    </message>
    <message>
        <source>Encrypt and check the certificate authority</source>
        <translation>Chiffrer et vérifier l’autorité de certification</translation>
    </message>
    <message>
        <source>Encrypt and check the server's name (safest)</source>
        <translation>Chiffrer et vérifier le nom du serveur (le plus sûr)</translation>
    </message>
    <message>
        <source>The certificate of the authority that signed the server's certificate (PEM file); empty: ~/.postgresql/root.crt</source>
        <translation>Le certificat de l’autorité qui a signé le certificat du serveur (fichier PEM) ; vide : ~/.postgresql/root.crt</translation>
    </message>
    <message>
        <source>The same address opens this library from the command line: whyboard ADDRESS</source>
        <translation>La même adresse ouvre cette bibliothèque en ligne de commande : whyboard ADRESSE</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d’&amp;utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Chiffrement :</translation>
    </message>
    <message>
        <source>Certificate &amp;authority:</source>
        <translation>Autorité de cer&amp;tification :</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>A&amp;dresse :</translation>
    </message>
    <message>
        <source>Whyboard stores no password: ~/.pgpass, PGPASSFILE or a service file give it, or Whyboard asks when the server wants one and keeps it only while the library is open.</source>
        <translation>Whyboard n’enregistre aucun mot de passe : ~/.pgpass, PGPASSFILE ou un fichier de service le fournissent, ou Whyboard le demande quand le serveur en exige un et ne le garde que tant que la bibliothèque est ouverte.</translation>
    </message>
    <message>
        <source>Name the database that holds the library.</source>
        <translation>Indiquez la base de données qui contient la bibliothèque.</translation>
    </message>
    <message>
        <source>Certificate Authority</source>
        <translation>Autorité de certification</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Certificats (*.crt *.pem *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>your user name</source>
        <translation>votre nom d’utilisateur</translation>
    </message>
    <message>
        <source>The server refused that password.</source>
        <translation>Le serveur a refusé ce mot de passe.</translation>
    </message>
    <message>
        <source>Password for %1 on %2 (kept only while the library is open):</source>
        <translation>Mot de passe de %1 sur %2 (conservé uniquement tant que la bibliothèque est ouverte) :</translation>
    </message>
    <message>
        <source>Server Password</source>
        <translation>Mot de passe du serveur</translation>
    </message>
</context>
<context>
    <name>Whyboard::SessionActions</name>
    <message>
        <source>&amp;New Session</source>
        <translation>&amp;Nouvelle session</translation>
    </message>
    <message>
        <source>&amp;Duplicate Session</source>
        <translation>&amp;Dupliquer la session</translation>
    </message>
    <message>
        <source>De&amp;lete Session…</source>
        <translation>&amp;Supprimer la session…</translation>
    </message>
    <message>
        <source>&amp;Restore Deleted Session…</source>
        <translation>&amp;Restaurer une session supprimée…</translation>
    </message>
    <message>
        <source>Empty &amp;Trash…</source>
        <translation>Vid&amp;er la corbeille…</translation>
    </message>
    <message>
        <source>Start a new postmortem in this library</source>
        <translation>Commencer un nouveau postmortem dans cette bibliothèque</translation>
    </message>
    <message>
        <source>Untitled incident</source>
        <translation>Incident sans titre</translation>
    </message>
    <message>
        <source>What went wrong?</source>
        <translation>Qu’est-ce qui s’est mal passé ?</translation>
    </message>
    <message>
        <source>New Session</source>
        <translation>Nouvelle session</translation>
    </message>
    <message>
        <source>The session could not be created: %1</source>
        <translation>La session n’a pas pu être créée : %1</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Delete Session</source>
        <translation>Supprimer la session</translation>
    </message>
    <message numerus="yes">
        <source>Move "%1" with its %n card(s), timeline and action items to the trash?</source>
        <translation>
            <numerusform>Mettre « %1 » à la corbeille, avec %n carte, sa chronologie et ses actions ?</numerusform>
            <numerusform>Mettre « %1 » à la corbeille, avec ses %n cartes, sa chronologie et ses actions ?</numerusform>
        </translation>
    </message>
    <message>
        <source>File ▸ Restore Deleted Session brings it back until you empty the trash.</source>
        <translation>Fichier ▸ Restaurer une session supprimée permet de la récupérer tant que la corbeille n’est pas vidée.</translation>
    </message>
    <message>
        <source>Moved "%1" to the trash. File ▸ Restore Deleted Session brings it back.</source>
        <translation>Session « %1 » mise à la corbeille. Fichier ▸ Restaurer une session supprimée permet de la récupérer.</translation>
    </message>
    <message>
        <source>The session could not be deleted: %1</source>
        <translation>La session n’a pas pu être supprimée : %1</translation>
    </message>
    <message>
        <source>The session could not be restored: %1</source>
        <translation>La session n’a pas pu être restaurée : %1</translation>
    </message>
    <message>
        <source>The trash could not be emptied: %1</source>
        <translation>La corbeille n’a pas pu être vidée : %1</translation>
    </message>
</context>
<context>
    <name>Whyboard::SessionDetailsPanel</name>
    <message>
        <source>What broke, in a few words</source>
        <translation>Ce qui a cassé, en quelques mots</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>What happened, for someone who was not there</source>
        <translation>Ce qui s’est passé, pour quelqu’un qui n’était pas là</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>&amp;Résumé :</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>&amp;Gravité :</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Début :</translation>
    </message>
    <message>
        <source>Detected:</source>
        <translation>Détection :</translation>
    </message>
    <message>
        <source>Resolved:</source>
        <translation>Résolution :</translation>
    </message>
    <message>
        <source>Who was affected and how</source>
        <translation>Qui a été touché, et comment</translation>
    </message>
    <message>
        <source>&amp;Impact:</source>
        <translation>&amp;Impact :</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Users affected:</source>
        <translation>Utilisateurs touchés :</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>EUR</translation>
    </message>
    <message>
        <source>A currency is a three-letter code such as USD or EUR: not saved.</source>
        <translation>Une devise est un code de trois lettres comme EUR ou USD : non enregistré.</translation>
    </message>
    <message>
        <source>Cost per minute:</source>
        <translation>Coût par minute :</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>A&amp;nimation :</translation>
    </message>
    <message>
        <source>Participants and their part in the incident:</source>
        <translation>Participants et leur rôle dans l’incident :</translation>
    </message>
    <message>
        <source>Name of someone in the room</source>
        <translation>Nom d’une personne présente</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Detected is before started: not saved. Correct one of the two.</source>
        <translation>La détection précède le début : non enregistré. Corrigez l’une des deux valeurs.</translation>
    </message>
    <message>
        <source>Resolved is before started: not saved. Correct one of the two.</source>
        <translation>La résolution précède le début : non enregistré. Corrigez l’une des deux valeurs.</translation>
    </message>
    <message>
        <source>Resolved is before detected: not saved. Correct one of the two.</source>
        <translation>La résolution précède la détection : non enregistré. Corrigez l’une des deux valeurs.</translation>
    </message>
    <message>
        <source>Users affected must be a whole number, zero or more: not saved.</source>
        <translation>Le nombre d’utilisateurs touchés doit être un entier positif ou nul : non enregistré.</translation>
    </message>
    <message>
        <source>Cost per minute must be a number, zero or more: not saved.</source>
        <translation>Le coût par minute doit être un nombre positif ou nul : non enregistré.</translation>
    </message>
    <message>
        <source>Remove participants</source>
        <translation>Retirer les participants</translation>
    </message>
</context>
<context>
    <name>Whyboard::SessionDocument</name>
    <message>
        <source>This session is open read-only; changes are not possible.</source>
        <translation>Cette session est ouverte en lecture seule ; aucune modification n’est possible.</translation>
    </message>
    <message>
        <source>That card no longer exists.</source>
        <translation>Cette carte n’existe plus.</translation>
    </message>
    <message>
        <source>A card cannot explain itself.</source>
        <translation>Une carte ne peut pas s’expliquer elle-même.</translation>
    </message>
    <message>
        <source>“%1” already explains “%2”.</source>
        <translation>« %1 » explique déjà « %2 ».</translation>
    </message>
    <message>
        <source>The problem is what the whys explain; it cannot be the cause of another card.</source>
        <translation>Le problème est ce que les pourquoi expliquent ; il ne peut pas être la cause d’une autre carte.</translation>
    </message>
    <message>
        <source>This link would make a loop: “%1” already explains “%2”, directly or through other whys.</source>
        <translation>Ce lien créerait une boucle : « %1 » explique déjà « %2 », directement ou par d’autres pourquoi.</translation>
    </message>
    <message>
        <source>These cards are not linked.</source>
        <translation>Ces cartes ne sont pas reliées.</translation>
    </message>
    <message>
        <source>“%1” would no longer lead to the problem: every why must explain something. Link it to another card first, or delete it.</source>
        <translation>« %1 » ne mènerait plus au problème : chaque pourquoi doit expliquer quelque chose. Reliez-la d’abord à une autre carte, ou supprimez-la.</translation>
    </message>
</context>
<context>
    <name>Whyboard::SessionListModel</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Sev.</source>
        <translation>Grav.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>To detect</source>
        <translation>Détection</translation>
    </message>
    <message>
        <source>To resolve</source>
        <translation>Résolution</translation>
    </message>
</context>
<context>
    <name>Whyboard::SessionTimeField</name>
    <message>
        <source>Use</source>
        <translation>Utiliser</translation>
    </message>
    <message>
        <source>not known: type 14:05 or a date</source>
        <translation>inconnue : saisissez 14:05 ou une date</translation>
    </message>
    <message>
        <source>not known: type 14:05, or +20m after started</source>
        <translation>inconnue : saisissez 14:05, ou +20m après le début</translation>
    </message>
    <message>
        <source>not known: type 14:05, or +20m after detected</source>
        <translation>inconnue : saisissez 14:05, ou +20m après la détection</translation>
    </message>
    <message>
        <source>from timeline: %1</source>
        <translation>depuis la chronologie : %1</translation>
    </message>
    <message>
        <source>timeline: %1 · %2</source>
        <translation>chronologie : %1 · %2</translation>
    </message>
    <message>
        <source>Set this time from the timeline event</source>
        <translation>Reprendre cette heure de l’événement de la chronologie</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>Whyboard::SessionsPanel</name>
    <message>
        <source>any</source>
        <translation>indifférent</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>Toute gravité</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tout statut</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Du :</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>au :</translation>
    </message>
    <message>
        <source>Search titles, cards, timeline and actions</source>
        <translation>Chercher dans les titres, cartes, chronologie et actions</translation>
    </message>
    <message>
        <source>Finds every word anywhere in a session: titles, summaries, cards, evidence, timeline and actions. Best matches first; Enter opens the first.</source>
        <translation>Trouve chaque mot n’importe où dans une session : titres, résumés, cartes, preuves, chronologie et actions. Meilleures correspondances d’abord ; Entrée ouvre la première.</translation>
    </message>
</context>
<context>
    <name>Whyboard::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>On the board</source>
        <translation>Sur le tableau</translation>
    </message>
    <message>
        <source>Tab  ·  Shift+Tab</source>
        <translation>Tab  ·  Maj+Tab</translation>
    </message>
    <message>
        <source>Next or previous card, in reading order</source>
        <translation>Carte suivante ou précédente, dans l’ordre de lecture</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Flèches</translation>
    </message>
    <message>
        <source>The card above, below, left or right</source>
        <translation>La carte au-dessus, en dessous, à gauche ou à droite</translation>
    </message>
    <message>
        <source>Any letter</source>
        <translation>Une lettre</translation>
    </message>
    <message>
        <source>Start typing into the selected card</source>
        <translation>Commencer à écrire dans la carte sélectionnée</translation>
    </message>
    <message>
        <source>Enter  ·  Tab  ·  Click elsewhere</source>
        <translation>Entrée  ·  Tab  ·  Clic ailleurs</translation>
    </message>
    <message>
        <source>Finish typing (Shift+Enter: new line)</source>
        <translation>Terminer la saisie (Maj+Entrée : nouvelle ligne)</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>Finish typing; a new card left empty goes away</source>
        <translation>Terminer la saisie ; une nouvelle carte laissée vide disparaît</translation>
    </message>
    <message>
        <source>Linking cards (Ctrl+L)</source>
        <translation>Relier des cartes (Ctrl+L)</translation>
    </message>
    <message>
        <source>Arrow keys  ·  Tab</source>
        <translation>Flèches  ·  Tab</translation>
    </message>
    <message>
        <source>Choose the card the selected cause explains</source>
        <translation>Choisir la carte qu’explique la cause sélectionnée</translation>
    </message>
    <message>
        <source>Enter  ·  Space</source>
        <translation>Entrée  ·  Espace</translation>
    </message>
    <message>
        <source>Link them</source>
        <translation>Les relier</translation>
    </message>
    <message>
        <source>Leave link mode; nothing changes</source>
        <translation>Quitter le mode liaison ; rien ne change</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>Panneaux</translation>
    </message>
    <message>
        <source>F6  ·  Shift+F6</source>
        <translation>F6  ·  Maj+F6</translation>
    </message>
    <message>
        <source>Next or previous panel, the board included</source>
        <translation>Panneau suivant ou précédent, tableau compris</translation>
    </message>
    <message>
        <source>Next or previous field in a panel</source>
        <translation>Champ suivant ou précédent dans un panneau</translation>
    </message>
</context>
<context>
    <name>Whyboard::SlackExportFiles</name>
    <message>
        <source>it cannot be read: %1</source>
        <translation>lecture impossible : %1</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>%1 is too large: more than the %2 bytes one file may have</source>
        <translation>%1 est trop volumineux : plus que les %2 octets autorisés pour un fichier</translation>
    </message>
</context>
<context>
    <name>Whyboard::SlackExportReader</name>
    <message>
        <source>someone joined the channel</source>
        <translation>quelqu’un a rejoint le canal</translation>
    </message>
    <message>
        <source>someone left the channel</source>
        <translation>quelqu’un a quitté le canal</translation>
    </message>
    <message>
        <source>the channel topic changed</source>
        <translation>le sujet du canal a changé</translation>
    </message>
    <message>
        <source>the channel purpose changed</source>
        <translation>l’objectif du canal a changé</translation>
    </message>
    <message>
        <source>the channel was renamed</source>
        <translation>le canal a été renommé</translation>
    </message>
    <message>
        <source>the channel was archived or brought back</source>
        <translation>le canal a été archivé ou restauré</translation>
    </message>
    <message>
        <source>an integration was added or removed</source>
        <translation>une intégration a été ajoutée ou supprimée</translation>
    </message>
    <message>
        <source>a message was pinned or unpinned</source>
        <translation>un message a été épinglé ou désépinglé</translation>
    </message>
    <message>
        <source>a reminder was set</source>
        <translation>un rappel a été défini</translation>
    </message>
    <message>
        <source>an edit notice: the message itself keeps its final text</source>
        <translation>un avis de modification : le message lui-même garde son texte final</translation>
    </message>
    <message>
        <source>a notice that a thread has replies</source>
        <translation>un avis indiquant qu’un fil a des réponses</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: not JSON: %2 at offset %3</source>
        <translation>%1 : pas du JSON : %2 à la position %3</translation>
    </message>
    <message>
        <source>%1: not a list, as Slack writes it</source>
        <translation>%1 : pas une liste, comme celles qu’écrit Slack</translation>
    </message>
    <message>
        <source>the export holds no channel messages</source>
        <translation>l’exportation ne contient aucun message de canal</translation>
    </message>
    <message>
        <source>the export has no messages in a channel “%1”; it has %2</source>
        <translation>l’exportation ne contient aucun message dans un canal « %1 » ; ses canaux : %2</translation>
    </message>
    <message>
        <source>its time “%1” cannot be read</source>
        <translation>son heure « %1 » ne peut pas être lue</translation>
    </message>
    <message>
        <source>[file: %1]</source>
        <translation>[fichier : %1]</translation>
    </message>
    <message>
        <source>bot message</source>
        <translation>message de bot</translation>
    </message>
    <message>
        <source>thread reply</source>
        <translation>réponse dans un fil</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>%1: message %2 is not an object</source>
        <translation>%1 : le message %2 n’est pas un objet</translation>
    </message>
</context>
<context>
    <name>Whyboard::StatsVerb</name>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Severity 1 / 2 / 3 / 4</source>
        <translation>Gravité 1 / 2 / 3 / 4</translation>
    </message>
    <message>
        <source>Time to detect, mean / median (n)</source>
        <translation>Délai de détection, moyenne / médiane (n)</translation>
    </message>
    <message>
        <source>Time to resolve, mean / median (n)</source>
        <translation>Délai de résolution, moyenne / médiane (n)</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Coût estimé</translation>
    </message>
    <message>
        <source>Actions open / in progress / done</source>
        <translation>Actions ouvertes / en cours / terminées</translation>
    </message>
    <message>
        <source>Actions overdue</source>
        <translation>Actions en retard</translation>
    </message>
    <message>
        <source>Done on time</source>
        <translation>Terminées à temps</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
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
        <translation>Détection moy.</translation>
    </message>
    <message>
        <source>TTD median</source>
        <translation>Détection méd.</translation>
    </message>
    <message>
        <source>TTR mean</source>
        <translation>Résolution moy.</translation>
    </message>
    <message>
        <source>TTR median</source>
        <translation>Résolution méd.</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>À temps</translation>
    </message>
    <message>
        <source>Cause category</source>
        <translation>Catégorie de cause</translation>
    </message>
    <message>
        <source>Why cards</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation>Actions en retard</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(sans responsable)</translation>
    </message>
    <message>
        <source>cannot read the statistics of “%1”: %2</source>
        <translation>impossible de lire les statistiques de « %1 » : %2</translation>
    </message>
</context>
<context>
    <name>Whyboard::TimelineFormats</name>
    <message>
        <source>Detect from the file</source>
        <translation>Détecter d’après le fichier</translation>
    </message>
    <message>
        <source>Slack export</source>
        <translation>Exportation Slack</translation>
    </message>
    <message>
        <source>Mattermost bulk export</source>
        <translation>Exportation en masse Mattermost</translation>
    </message>
    <message>
        <source>PagerDuty log entries</source>
        <translation>Entrées du journal PagerDuty</translation>
    </message>
    <message>
        <source>PagerDuty incidents CSV</source>
        <translation>CSV des incidents PagerDuty</translation>
    </message>
    <message>
        <source>Opsgenie alert log</source>
        <translation>Journal d’alertes Opsgenie</translation>
    </message>
    <message>
        <source>Opsgenie activity CSV</source>
        <translation>CSV d’activité Opsgenie</translation>
    </message>
    <message>
        <source>CSV (any columns)</source>
        <translation>CSV (colonnes quelconques)</translation>
    </message>
</context>
<context>
    <name>Whyboard::TimelineImportDialog</name>
    <message>
        <source>Import Timeline</source>
        <translation>Importer une chronologie</translation>
    </message>
    <message>
        <source>Reads the incident's own records: a Slack or Mattermost export, a PagerDuty or Opsgenie log, or any CSV. Nothing is added until you choose Add; events already in the timeline are not added twice.</source>
        <translation>Lit les propres traces de l’incident : une exportation Slack ou Mattermost, un journal PagerDuty ou Opsgenie, ou n’importe quel CSV. Rien n’est ajouté tant que vous ne choisissez pas Ajouter ; les événements déjà dans la chronologie ne sont pas ajoutés deux fois.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message>
        <source>Choose &amp;File…</source>
        <translation>Choisir un &amp;fichier…</translation>
    </message>
    <message>
        <source>Choose F&amp;older…</source>
        <translation>Choisir un d&amp;ossier…</translation>
    </message>
    <message>
        <source>An unpacked Slack export</source>
        <translation>Une exportation Slack décompressée</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Exportation :</translation>
    </message>
    <message>
        <source>Choose an Unpacked Export</source>
        <translation>Choisir une exportation décompressée</translation>
    </message>
    <message>
        <source>Fo&amp;rmat:</source>
        <translation>Fo&amp;rmat :</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Canal :</translation>
    </message>
    <message>
        <source>Times written without an offset are read in this zone, and times the export gives in UTC are shown in it; each gets the zone's offset on its own day</source>
        <translation>Les heures écrites sans décalage sont lues dans ce fuseau, et celles que l’exportation donne en UTC y sont affichées ; chacune reçoit le décalage du fuseau à sa propre date</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Fuseau &amp;horaire :</translation>
    </message>
    <message>
        <source>any</source>
        <translation>indifférent</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>CSV Columns</source>
        <translation>Colonnes CSV</translation>
    </message>
    <message>
        <source>Add or Drop the Selected Rows</source>
        <translation>Ajouter ou retirer les lignes sélectionnées</translation>
    </message>
    <message>
        <source>Choose &amp;All</source>
        <translation>&amp;Tout choisir</translation>
    </message>
    <message>
        <source>Choose &amp;None</source>
        <translation>Aucu&amp;n</translation>
    </message>
    <message>
        <source>Add Events</source>
        <translation>Ajouter les événements</translation>
    </message>
    <message>
        <source>Incident exports (*.zip *.json *.jsonl *.csv *.tsv *.txt);;All files (*)</source>
        <translation>Exportations d’incident (*.zip *.json *.jsonl *.csv *.tsv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>found: %1</source>
        <translation>détecté : %1</translation>
    </message>
    <message>
        <source>The export holds several channels: choose the incident's channel.</source>
        <translation>L’exportation contient plusieurs canaux : choisissez celui de l’incident.</translation>
    </message>
    <message>
        <source>1 new event chosen</source>
        <translation>1 nouvel événement choisi</translation>
    </message>
    <message>
        <source>%1 new events chosen</source>
        <translation>%1 nouveaux événements choisis</translation>
    </message>
    <message>
        <source>%1 already in the timeline</source>
        <translation>%1 déjà dans la chronologie</translation>
    </message>
    <message>
        <source>%1 repeated in the export</source>
        <translation>%1 en double dans l’exportation</translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation>ignorés : %1</translation>
    </message>
    <message>
        <source>%1 outside the time range</source>
        <translation>%1 hors de la période</translation>
    </message>
    <message>
        <source>Add 1 Event</source>
        <translation>Ajouter 1 événement</translation>
    </message>
    <message>
        <source>Add %1 Events</source>
        <translation>Ajouter %1 événements</translation>
    </message>
    <message>
        <source>started at %1</source>
        <translation>déclenché le %1</translation>
    </message>
    <message>
        <source>detected at %1</source>
        <translation>détecté le %1</translation>
    </message>
    <message>
        <source>resolved at %1</source>
        <translation>résolu le %1</translation>
    </message>
    <message>
        <source>The session will say the incident %1.</source>
        <translation>La session indiquera que l’incident a été %1.</translation>
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
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>New (%1)</source>
        <translation>Nouveau (%1)</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>Non ajouté : %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Added?</source>
        <translation>Ajouté ?</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origine</translation>
    </message>
</context>
<context>
    <name>Whyboard::TimelineImportPlan</name>
    <message>
        <source>it has no time</source>
        <translation>aucune heure</translation>
    </message>
    <message>
        <source>it has no text</source>
        <translation>aucun texte</translation>
    </message>
    <message>
        <source>already in the timeline</source>
        <translation>déjà dans la chronologie</translation>
    </message>
    <message>
        <source>said before at the same time in this export</source>
        <translation>déjà dit à la même heure dans cette exportation</translation>
    </message>
    <message>
        <source>the timeline would have %1 events, more than the %2 a session holds: choose a shorter time range</source>
        <translation>la chronologie aurait %1 événements, plus que les %2 qu’une session peut contenir : choisissez une période plus courte</translation>
    </message>
</context>
<context>
    <name>Whyboard::TimelineImporter</name>
    <message>
        <source>“%1” does not exist</source>
        <translation>« %1 » n’existe pas</translation>
    </message>
    <message>
        <source>“%1” cannot be read: permission denied</source>
        <translation>« %1 » ne peut pas être lu : permission refusée</translation>
    </message>
    <message>
        <source>“%1” is not an export Whyboard reads (Slack, Mattermost, PagerDuty, Opsgenie or CSV)</source>
        <translation>« %1 » n’est pas une exportation que Whyboard sait lire (Slack, Mattermost, PagerDuty, Opsgenie ou CSV)</translation>
    </message>
    <message>
        <source>“%1” has more than %2 entries in the chosen time range: choose a shorter range</source>
        <translation>« %1 » a plus de %2 entrées dans la période choisie : choisissez une période plus courte</translation>
    </message>
</context>
<context>
    <name>Whyboard::TimelineModel</name>
    <message>
        <source>(no time)</source>
        <translation>(sans heure)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <source>Related cards</source>
        <translation>Cartes liées</translation>
    </message>
    <message>
        <source>Change event time</source>
        <translation>Modifier l’heure de l’événement</translation>
    </message>
    <message>
        <source>Change event kind</source>
        <translation>Modifier le type de l’événement</translation>
    </message>
</context>
<context>
    <name>Whyboard::TimelinePanel</name>
    <message>
        <source>Add Event</source>
        <translation>Ajouter un événement</translation>
    </message>
    <message>
        <source>Add an event after the last one</source>
        <translation>Ajouter un événement après le dernier</translation>
    </message>
    <message>
        <source>Delete Events</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Paste Chat Log…</source>
        <translation>Coller une discussion…</translation>
    </message>
    <message>
        <source>Related Cards…</source>
        <translation>Cartes liées…</translation>
    </message>
    <message>
        <source>Use These Times</source>
        <translation>Utiliser ces heures</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Take times from the timeline</source>
        <translation>Reprendre les heures de la chronologie</translation>
    </message>
    <message>
        <source>detected at %1</source>
        <translation>détecté le %1</translation>
    </message>
    <message>
        <source>resolved at %1</source>
        <translation>résolu le %1</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nouvel événement</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>Ajouter un événement</translation>
    </message>
    <message>
        <source>Paste chat log</source>
        <translation>Coller un journal de discussion</translation>
    </message>
    <message>
        <source>started at %1</source>
        <translation>déclenché le %1</translation>
    </message>
    <message>
        <source>The timeline says the incident %1. Use for the session?</source>
        <translation>Selon la chronologie, l’incident a été %1. L’utiliser pour la session ?</translation>
    </message>
    <message>
        <source>Delete events</source>
        <translation>Supprimer les événements</translation>
    </message>
    <message>
        <source>Use First Trigger, Detection and Resolution as Session Times</source>
        <translation>Utiliser le premier déclencheur, la détection et la résolution comme heures de la session</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Add events from a Slack or Mattermost export, a PagerDuty or Opsgenie log, or a CSV file</source>
        <translation>Ajouter des événements depuis une exportation Slack ou Mattermost, un journal PagerDuty ou Opsgenie, ou un fichier CSV</translation>
    </message>
    <message>
        <source>Import timeline</source>
        <translation>Importer une chronologie</translation>
    </message>
</context>
<context>
    <name>Whyboard::TimelineSourceActions</name>
    <message>
        <source>&amp;Paste Chat Log…</source>
        <translation>&amp;Coller un journal de discussion…</translation>
    </message>
    <message>
        <source>&amp;Import Timeline…</source>
        <translation>&amp;Importer une chronologie…</translation>
    </message>
    <message>
        <source>Add events from a Slack or Mattermost export, a PagerDuty or Opsgenie log, or a CSV file</source>
        <translation>Ajouter des événements depuis une exportation Slack ou Mattermost, un journal PagerDuty ou Opsgenie, ou un fichier CSV</translation>
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
        <translation>j</translation>
    </message>
    <message>
        <source>SEV %1</source>
        <translation>SEV %1</translation>
    </message>
    <message>
        <source>Unrated</source>
        <translation>Non évaluée</translation>
    </message>
    <message>
        <source>No incidents in this period</source>
        <translation>Aucun incident sur cette période</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>n = incidents with both times known</source>
        <translation>n = incidents dont les deux heures sont connues</translation>
    </message>
    <message>
        <source>No incident with both times known in this period</source>
        <translation>Aucun incident avec les deux heures connues sur cette période</translation>
    </message>
    <message>
        <source>n=%1</source>
        <translation>n=%1</translation>
    </message>
    <message>
        <source>Incidents by severity</source>
        <translation>Incidents par gravité</translation>
    </message>
    <message>
        <source>Time to detect</source>
        <translation>Délai de détection</translation>
    </message>
    <message>
        <source>Time to resolve</source>
        <translation>Délai de résolution</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Coût estimé</translation>
    </message>
    <message>
        <source>Actions done on time</source>
        <translation>Actions terminées à temps</translation>
    </message>
    <message>
        <source>Amounts in %1 only: other currencies are never converted or added</source>
        <translation>Montants en %1 uniquement : les autres devises ne sont jamais converties ni additionnées</translation>
    </message>
    <message>
        <source>no currency</source>
        <translation>sans devise</translation>
    </message>
    <message>
        <source>No incident with a cost per minute and both times known</source>
        <translation>Aucun incident avec un coût par minute et les deux heures connues</translation>
    </message>
    <message>
        <source>Share of actions with a due day that are done or overdue; n = those actions</source>
        <translation>Part des actions avec échéance qui sont terminées ou en retard ; n = ces actions</translation>
    </message>
    <message>
        <source>No action with a due day is done or overdue</source>
        <translation>Aucune action avec échéance n’est terminée ou en retard</translation>
    </message>
</context>
<context>
    <name>Whyboard::Workspace</name>
    <message>
        <source>That session could not be loaded: %1</source>
        <translation>Cette session n’a pas pu être chargée : %1</translation>
    </message>
    <message>
        <source>The library is open read-only.</source>
        <translation>La bibliothèque est ouverte en lecture seule.</translation>
    </message>
    <message>
        <source>%1 is editing this session, so it cannot be deleted now.</source>
        <translation>%1 modifie cette session, elle ne peut donc pas être supprimée pour le moment.</translation>
    </message>
</context>
<context>
    <name>Whyboard::ZipArchive</name>
    <message>
        <source>the ZIP archive is truncated</source>
        <translation>l’archive ZIP est tronquée</translation>
    </message>
    <message>
        <source>it is not a ZIP archive</source>
        <translation>ce n’est pas une archive ZIP</translation>
    </message>
    <message>
        <source>it cannot be read</source>
        <translation>lecture impossible</translation>
    </message>
    <message>
        <source>the ZIP archive is truncated: its table of contents is missing</source>
        <translation>l’archive ZIP est tronquée : sa table des matières manque</translation>
    </message>
    <message>
        <source>ZIP64 archives are not supported; unpack the export and choose the folder</source>
        <translation>les archives ZIP64 ne sont pas prises en charge ; décompressez l’exportation et choisissez le dossier</translation>
    </message>
    <message>
        <source>archives split over several files are not supported; unpack the export and choose the folder</source>
        <translation>les archives réparties sur plusieurs fichiers ne sont pas prises en charge ; décompressez l’exportation et choisissez le dossier</translation>
    </message>
    <message>
        <source>the ZIP archive is damaged: its table of contents lies outside the file</source>
        <translation>l’archive ZIP est endommagée : sa table des matières se trouve hors du fichier</translation>
    </message>
    <message>
        <source>the ZIP archive is damaged: entry %1 of its table of contents is unreadable</source>
        <translation>l’archive ZIP est endommagée : l’entrée %1 de sa table des matières est illisible</translation>
    </message>
    <message>
        <source>the ZIP archive is damaged: entry %1 of its table of contents is cut short</source>
        <translation>l’archive ZIP est endommagée : l’entrée %1 de sa table des matières est tronquée</translation>
    </message>
    <message>
        <source>the ZIP archive holds “%1”, a path outside the archive</source>
        <translation>l’archive ZIP contient « %1 », un chemin hors de l’archive</translation>
    </message>
    <message>
        <source>the ZIP archive has no such entry</source>
        <translation>l’archive ZIP ne contient pas cette entrée</translation>
    </message>
    <message>
        <source>%1 is encrypted; unpack the export with its password and choose the folder</source>
        <translation>%1 est chiffré ; décompressez l’exportation avec son mot de passe et choisissez le dossier</translation>
    </message>
    <message>
        <source>%1 is compressed with method %2, which Whyboard does not read; unpack the export and choose the folder</source>
        <translation>%1 est compressé avec la méthode %2, que Whyboard ne lit pas ; décompressez l’exportation et choisissez le dossier</translation>
    </message>
    <message>
        <source>%1 is too large: %2 bytes, more than the %3 bytes one file may have</source>
        <translation>%1 est trop volumineux : %2 octets, plus que les %3 octets autorisés pour un fichier</translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>%1 ne peut pas être lu</translation>
    </message>
    <message>
        <source>the ZIP archive is damaged: %1 is not where its table of contents says</source>
        <translation>l’archive ZIP est endommagée : %1 n’est pas là où l’indique sa table des matières</translation>
    </message>
    <message>
        <source>the ZIP archive is truncated: %1 is cut short</source>
        <translation>l’archive ZIP est tronquée : %1 est coupé</translation>
    </message>
    <message>
        <source>the ZIP archive is damaged: %1 has two different sizes</source>
        <translation>l’archive ZIP est endommagée : %1 a deux tailles différentes</translation>
    </message>
    <message>
        <source>the ZIP archive is damaged: %1 fails its checksum</source>
        <translation>l’archive ZIP est endommagée : la somme de contrôle de %1 ne correspond pas</translation>
    </message>
    <message>
        <source>%1 cannot be uncompressed</source>
        <translation>%1 ne peut pas être décompressé</translation>
    </message>
    <message>
        <source>the ZIP archive is damaged: %1 cannot be uncompressed</source>
        <translation>l’archive ZIP est endommagée : %1 ne peut pas être décompressé</translation>
    </message>
    <message>
        <source>%1 is too large: it unpacks to more than the %2 bytes one file may have</source>
        <translation>%1 est trop volumineux : décompressé, il dépasse les %2 octets autorisés pour un fichier</translation>
    </message>
    <message>
        <source>the ZIP archive is damaged: %1 unpacks to more than its declared size</source>
        <translation>l’archive ZIP est endommagée : décompressé, %1 dépasse sa taille déclarée</translation>
    </message>
</context>
<context>
    <name>Whyboard::ZonedDateTimeEdit</name>
    <message>
        <source>The offset from UTC the time is written in</source>
        <translation>Le décalage par rapport à UTC dans lequel l’heure est écrite</translation>
    </message>
</context>
</TS>
