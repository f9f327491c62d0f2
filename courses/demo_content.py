"""Teaching content of the demo course programme, as plain data for the courses demo loader.

Seven modules of a DGCC-style programme with their lessons, and two cohorts whose dates are
offsets in days from today. The Basiskurs is complete; the other modules are outlines. The UE add
up to the DGCC requirements for the certified Case Manager:

- Grundlagen 144 UE = Basiskurs 72 + Aufbaukurs 72; 96 theory, 112 in presence.
- Kollegiale Beratung 42 UE, 16 in presence. Supervision 24 UE, all in presence.
- Together 210 UE, 152 in presence. The Informationsveranstaltungen (8 UE each) and the
  Abschluss (4 UE) count towards no component.

A lesson's "ue" is self-study that the platform credits as theory outside presence, so the
Basiskurs's 72 UE are 60 UE in sessions plus 12 UE in its six lessons; outline lessons carry
no UE. Case-study slugs refer to casestudies/demo_content.py. All persons are fictional.
"""

MODULES = [
    {
        "slug": "informationsveranstaltung-fachkraefte",
        "title": (
            "Informationsveranstaltung für Fachkräfte: Case Management im kommunalen "
            "Einwanderungsmanagement"
        ),
        "kind": "information",
        "component": "",
        "ue_theory": 8,
        "ue_practice": 0,
        "ue_presence": 8,
        "prerequisites": [],
        "audience": (
            "Fachkräfte aus Ausländerbehörde, Jobcenter, Sozialamt, Jugendamt, Kommunalem "
            "Integrationszentrum und Migrationsberatung, die Case Management kennenlernen oder "
            "eine Teilnahme an der Weiterbildung prüfen möchten."
        ),
        "summary": (
            "Der eintägige Einstieg erklärt, was Case Management nach den Standards der DGCC "
            "ausmacht und wie es in der rechtskreisübergreifenden Arbeit mit Zugewanderten "
            "eingesetzt wird. Sie lernen den Aufbau der Weiterbildung bis zum Zertifikat kennen "
            "und können einschätzen, ob die Qualifizierung zu Ihrer Aufgabe passt. Die "
            "Veranstaltung wird auf das Zertifikat nicht angerechnet."
        ),
        "learning_objectives": [
            (
                "Die Teilnehmenden können Case Management von Beratung, Sachbearbeitung und "
                "Lotsendiensten abgrenzen."
            ),
            (
                "Die Teilnehmenden kennen die Phasen des Case-Management-Prozesses von der Klärung "
                "bis zur Evaluation."
            ),
            (
                "Die Teilnehmenden können den Unterschied zwischen Fallebene und Systemebene an "
                "einem Beispiel erläutern."
            ),
            (
                "Die Teilnehmenden kennen Aufbau, Umfang und Anforderungen der Weiterbildung zur "
                "zertifizierten Case Managerin bzw. zum zertifizierten Case Manager (DGCC)."
            ),
            (
                "Die Teilnehmenden können einschätzen, welche Fälle ihrer Dienststelle für ein "
                "Case Management in Frage kommen."
            ),
        ],
        "lessons": [
            {
                "slug": "was-case-management-ist",
                "title": "Was Case Management ist – und was nicht",
                "ue": 0,
                "blocks": [
                    (
                        "text",
                        "<p>Case Management ist ein strukturiertes Verfahren, mit dem die "
                        "Unterstützung für Menschen in komplexen Lebenslagen geplant, koordiniert "
                        "und überprüft wird. Es ist angezeigt, wenn mehrere Bedarfe "
                        "zusammenkommen, mehrere Stellen beteiligt sind und die Person die Hilfen "
                        "derzeit nicht selbst abstimmen kann. Im kommunalen "
                        "Einwanderungsmanagement betrifft das zum Beispiel geflüchtete Familien "
                        "nach der Zuweisung, junge Menschen am Übergang in eine Ausbildung oder "
                        "neu Zugewanderte, die Sprachkurs, Arbeit und Kinderbetreuung zugleich "
                        "organisieren müssen.</p>"
                        "<p>Case Management ist nicht:</p><ul>"
                        "<li>eine neue Zuständigkeit, die Entscheidungen von Ausländerbehörde, "
                        "Jobcenter oder Jugendamt ersetzt,</li>"
                        "<li>ein Lotsendienst, der nur weiterverweist, ohne den Verlauf zu "
                        "begleiten,</li>"
                        "<li>eine Dauerbetreuung ohne Ziel und Ende,</li>"
                        "<li>eine Methode, die in einer Stelle allein wirkt: Sie braucht ein "
                        "Netzwerk, das sich auf gemeinsame Abläufe verständigt.</li></ul>"
                        "<p>Der Prozess verläuft in den Phasen Klärung, Assessment, Hilfeplanung, "
                        "Leistungssteuerung, Monitoring sowie Evaluation und Abschluss. Über dem "
                        "Einzelfall steht die Systemsteuerung: Was in den Fällen an Lücken und "
                        "Schnittstellen sichtbar wird, wertet das Netzwerk aus und verändert "
                        "damit die Strukturen.</p>",
                    ),
                    (
                        "reflection",
                        {
                            "question": (
                                "Welche Fälle aus Ihrem Arbeitsalltag fallen Ihnen ein, in denen "
                                "ein Case Management geholfen hätte? Was hat in diesen Fällen "
                                "gefehlt?"
                            ),
                            "required": False,
                        },
                    ),
                ],
            },
            {
                "slug": "der-weg-zum-zertifikat",
                "title": "Der Weg zum Zertifikat",
                "ue": 0,
                "blocks": [
                    (
                        "text",
                        "<p>Die Weiterbildung folgt den Richtlinien der Deutschen Gesellschaft "
                        "für Care und Case Management (DGCC) und umfasst 210 Unterrichtseinheiten "
                        "(UE) zu je 45 Minuten:</p><ul>"
                        "<li><b>144 UE Grundlagen</b> im Basiskurs und im Aufbaukurs mit je 72 "
                        "UE, davon mindestens 96 UE Theorie und mindestens 96 UE in Präsenz,</li>"
                        "<li><b>42 UE Kollegiale Beratung</b> in selbstorganisierten "
                        "Arbeitsgruppen, davon mindestens 12 UE in Präsenz,</li>"
                        "<li><b>24 UE Supervision</b>, vollständig in Präsenz.</li></ul>"
                        "<p>Insgesamt müssen mindestens 132 UE in Präsenz stattfinden; eine "
                        "Lerngruppe hat höchstens 20 Teilnehmende. Zum Abschluss dokumentieren "
                        "Sie einen selbst geführten Fall entlang der Prozessphasen und stellen "
                        "ihn in einem Kolloquium vor. Diese Informationsveranstaltung wird nicht "
                        "angerechnet.</p>"
                        "<p>Planen Sie die Teilnahme mit Ihrer Führungskraft: Neben den "
                        "Präsenztagen brauchen Sie Zeit für die Online-Lektionen, die Treffen "
                        "Ihrer Arbeitsgruppe und die Falldokumentation – und einen Fall, den Sie "
                        "während der Weiterbildung im Case Management begleiten können.</p>",
                    ),
                    (
                        "reflection",
                        {
                            "question": (
                                "Welcher Fall aus Ihrer Praxis könnte sich für die "
                                "Falldokumentation eignen, und was müssten Sie in Ihrer "
                                "Dienststelle klären, um ihn im Case Management begleiten zu "
                                "können?"
                            ),
                            "required": False,
                        },
                    ),
                ],
            },
        ],
    },
    {
        "slug": "informationsveranstaltung-fuehrungskraefte",
        "title": (
            "Informationsveranstaltung für Führungskräfte: Case Management einführen und steuern"
        ),
        "kind": "information",
        "component": "",
        "ue_theory": 8,
        "ue_practice": 0,
        "ue_presence": 8,
        "prerequisites": [],
        "audience": (
            "Amts-, Fachbereichs- und Teamleitungen der beteiligten Behörden und Träger, die Case "
            "Management in ihrer Organisation einführen oder verantworten."
        ),
        "summary": (
            "Die Veranstaltung zeigt, was Case Management in der Organisation braucht: einen "
            "klaren Auftrag, Zeit für die Fallarbeit, verbindliche Kooperationsvereinbarungen und "
            "eine Steuerung, die Erkenntnisse aus den Fällen aufnimmt. Sie erfahren, wie Sie Ihre "
            "Mitarbeitenden während der Weiterbildung unterstützen und die Systemebene aufbauen. "
            "Die Veranstaltung wird auf das Zertifikat nicht angerechnet."
        ),
        "learning_objectives": [
            (
                "Die Teilnehmenden kennen die organisatorischen Voraussetzungen für Case "
                "Management auf Fall- und Systemebene."
            ),
            (
                "Die Teilnehmenden können Zielgruppen, Zugangswege und Fallzahlen für ihre "
                "Organisation begründet festlegen."
            ),
            (
                "Die Teilnehmenden kennen die Bausteine eines Produktionsnetzwerks und die Rolle "
                "von Kooperationsvereinbarungen und Steuerungsgruppe."
            ),
            (
                "Die Teilnehmenden berücksichtigen die Anforderungen der Weiterbildung – "
                "Präsenzzeiten, Supervision, Falldokumentation – in der Personalplanung."
            ),
            (
                "Die Teilnehmenden wissen, wie fallübergreifende Erkenntnisse zu Lücken und "
                "Schnittstellen in Steuerungsentscheidungen einfließen."
            ),
        ],
        "lessons": [
            {
                "slug": "case-management-als-organisationsaufgabe",
                "title": "Case Management als Organisationsaufgabe",
                "ue": 0,
                "blocks": [
                    (
                        "text",
                        "<p>Case Management gelingt nicht allein durch qualifizierte Fachkräfte. "
                        "Es braucht eine Organisation, die dafür Auftrag, Zeit und Befugnisse "
                        "bereitstellt. Als Führungskraft entscheiden Sie über diese "
                        "Voraussetzungen:</p><ul>"
                        "<li><b>Auftrag und Zielgruppe:</b> Für welche Fälle wird Case Management "
                        "angeboten, und nach welchen Kriterien werden sie aufgenommen?</li>"
                        "<li><b>Fallzahlen:</b> Intensive Begleitung ist nur mit begrenzten "
                        "Fallzahlen möglich. Ein realistischer Betreuungsschlüssel ist eine "
                        "Steuerungsentscheidung, keine Frage des persönlichen Einsatzes.</li>"
                        "<li><b>Befugnisse:</b> Case Managerinnen und Case Manager brauchen "
                        "Spielraum, um mit anderen Stellen Absprachen zu treffen und "
                        "Fallkonferenzen einzuberufen.</li>"
                        "<li><b>Qualifizierung:</b> Die Weiterbildung umfasst Präsenztage, "
                        "Kollegiale Beratung, Supervision und eine Falldokumentation; dafür sind "
                        "Freistellungen einzuplanen.</li>"
                        "<li><b>Datenschutz:</b> Einwilligungserklärungen und Regeln für "
                        "Fallkonferenzen werden mit den Datenschutzbeauftragten "
                        "abgestimmt.</li></ul>"
                        "<p>Wo Case Management als zusätzliche Aufgabe neben einer vollen "
                        "Sachbearbeitung eingeführt wird, bleibt es erfahrungsgemäß bei guten "
                        "Absichten.</p>",
                    ),
                    (
                        "reflection",
                        {
                            "question": (
                                "Welche dieser Voraussetzungen sind in Ihrem Bereich bereits "
                                "erfüllt, und welche Entscheidung müssten Sie als Nächstes treffen?"
                            ),
                            "required": False,
                        },
                    ),
                ],
            },
            {
                "slug": "systemsteuerung-fuer-fuehrungskraefte",
                "title": "Systemsteuerung: vom Einzelfall zur Struktur",
                "ue": 0,
                "blocks": [
                    (
                        "text",
                        "<p>Der besondere Nutzen von Case Management liegt auf der Systemebene. "
                        "In den Fällen wird sichtbar, wo Angebote fehlen, wo Informationen "
                        "zwischen Stellen verloren gehen und welche Absprachen funktionieren. "
                        "Damit diese Erkenntnisse wirken, braucht es ein Produktionsnetzwerk: "
                        "eine verbindliche Kooperation der Leistungsträger und Leistungserbringer "
                        "mit schriftlicher Kooperationsvereinbarung, einer Steuerungsgruppe mit "
                        "Entscheidungsbefugnis und einer Netzwerkkoordination.</p>"
                        "<p>Führungskräfte vertreten ihre Stelle in der Steuerungsgruppe. Sie "
                        "sorgen dafür, dass fallübergreifende Erkenntnisse regelmäßig und ohne "
                        "Personenbezug berichtet, beraten und in Entscheidungen umgesetzt werden "
                        "– etwa eine abgestimmte Übergabe beim Wechsel vom AsylbLG in das SGB II "
                        "oder eine gemeinsame Übersicht über freie Integrationskursplätze. "
                        "Kennzahlen wie die Wartezeit bis zum Kursbeginn oder der Anteil "
                        "geplanter Abschlüsse machen Fortschritte sichtbar, ohne die Fallarbeit "
                        "auf Zahlen zu verkürzen.</p>",
                    ),
                    (
                        "reflection",
                        {
                            "question": (
                                "Welche wiederkehrende Schnittstelle zwischen Ihrer Stelle und "
                                "einer anderen Behörde würden Sie als Erstes in einem "
                                "Produktionsnetzwerk bearbeiten lassen, und wer müsste dafür am "
                                "Tisch sitzen?"
                            ),
                            "required": False,
                        },
                    ),
                ],
            },
        ],
    },
    {
        "slug": "basiskurs-case-management",
        "title": "Basiskurs Case Management: der Prozess auf Fall- und Systemebene",
        "kind": "basis",
        "component": "grundlagen",
        "ue_theory": 48,
        "ue_practice": 24,
        "ue_presence": 56,
        "prerequisites": [],
        "audience": (
            "Fachkräfte aus Kommunen, Jobcentern, Agenturen für Arbeit und freien Trägern, die im "
            "Einwanderungsmanagement Menschen mit Unterstützungsbedarf in mehreren Lebensbereichen "
            "begleiten."
        ),
        "summary": (
            "Der Basiskurs führt durch den vollständigen Case-Management-Prozess – von der Klärung "
            "über Assessment, Hilfeplanung, Leistungssteuerung und Monitoring bis zur Evaluation – "
            "und verbindet ihn mit der Systemsteuerung im kommunalen Netzwerk. "
            "Rechtskreisübergreifende Fragen aus SGB II, SGB III, SGB VIII, SGB XII, AsylbLG und "
            "Aufenthaltsrecht bearbeiten Sie an anonymisierten Fällen."
        ),
        "learning_objectives": [
            (
                "Die Teilnehmenden beschreiben die Phasen des Case-Management-Prozesses nach DGCC "
                "und benennen ihre Aufgaben in jeder Phase."
            ),
            (
                "Die Teilnehmenden begründen anhand von Kriterien, ob in einem Fall Case "
                "Management angezeigt ist, und schließen ein Arbeitsbündnis."
            ),
            (
                "Die Teilnehmenden führen ein ressourcenorientiertes Assessment durch und "
                "berücksichtigen dabei den Aufenthaltsstatus als Querschnittsthema."
            ),
            (
                "Die Teilnehmenden formulieren Ziele in einer Zielhierarchie aus Grundsatz-, "
                "Rahmen- und Ergebniszielen und halten sie in einem Hilfeplan fest."
            ),
            (
                "Die Teilnehmenden kennen Zuständigkeiten und zentrale Leistungen nach SGB II, SGB "
                "III, SGB VIII, SGB XII, AsylbLG und AufenthG und beachten den Sozialdatenschutz "
                "nach den §§ 67 ff. SGB X."
            ),
            (
                "Die Teilnehmenden bereiten fallübergreifende Erkenntnisse für die Systemsteuerung "
                "im Produktionsnetzwerk auf."
            ),
        ],
        "lessons": [
            {
                "slug": "grundlagen-und-klaerung",
                "title": "Grundlagen und Klärung (Intake)",
                "ue": 2,
                "blocks": [
                    (
                        "text",
                        "<h3>Case Management nach DGCC: Fallebene und Systemebene</h3>"
                        "<p>Case Management ist ein Verfahren, mit dem Unterstützungsleistungen "
                        "für Menschen in komplexen Lebenslagen geplant, koordiniert und überprüft "
                        "werden. Die Deutsche Gesellschaft für Care und Case Management (DGCC) "
                        "beschreibt es als Handlungskonzept auf zwei Ebenen. Auf der "
                        "<b>Fallebene</b> begleitet eine Case Managerin oder ein Case Manager "
                        "eine Person oder Familie durch einen strukturierten Prozess. Auf der "
                        "<b>Systemebene</b> werden die Erfahrungen aus vielen Fällen genutzt, um "
                        "Angebote, Zuständigkeiten und Abläufe im Versorgungssystem zu "
                        "verbessern. Beide Ebenen gehören zusammen: Ohne Systemsteuerung bleibt "
                        "Case Management eine aufwendige Einzelfallhilfe, die immer wieder an "
                        "denselben Schnittstellen scheitert.</p>"
                        "<p>Im kommunalen Einwanderungsmanagement ist diese Verbindung besonders "
                        "wichtig. Zugewanderte haben es je nach Aufenthaltsstatus, Alter und "
                        "Lebenslage mit Ausländerbehörde, Jobcenter, Agentur für Arbeit, "
                        "Sozialamt, Jugendamt, Schule, Integrationskursträgern und "
                        "Migrationsberatungen zu tun. Jede Stelle arbeitet nach ihrem eigenen "
                        "Recht und mit eigenen Fristen. Rechtskreisübergreifendes Case Management "
                        "ersetzt diese Zuständigkeiten nicht, sondern verbindet sie: Es sorgt "
                        "dafür, dass die Leistungen aufeinander abgestimmt sind und die Person "
                        "den Überblick behält.</p>"
                        "<p>Auf der Fallebene folgt der Prozess sechs Phasen, die dieser Kurs "
                        "durchgängig verwendet:</p><ol>"
                        "<li><b>Klärung (Intake):</b> Ist Case Management angezeigt, und kommt "
                        "ein Arbeitsbündnis zustande?</li>"
                        "<li><b>Assessment:</b> Welche Ressourcen und Bedarfe bestehen in den "
                        "verschiedenen Lebensbereichen?</li>"
                        "<li><b>Hilfeplanung und Zielvereinbarung:</b> Welche Ziele werden "
                        "vereinbart, und wer trägt wozu bei?</li>"
                        "<li><b>Leistungssteuerung (Linking):</b> Wie werden die passenden Hilfen "
                        "erschlossen und verbunden?</li>"
                        "<li><b>Monitoring:</b> Greifen die Hilfen, und muss nachgesteuert "
                        "werden?</li>"
                        "<li><b>Evaluation und Abschluss:</b> Was wurde erreicht, und wie wird "
                        "die Begleitung beendet?</li></ol>"
                        "<p>Die Phasen bauen aufeinander auf, verlaufen in der Praxis aber nicht "
                        "streng nacheinander. Zeigt das Monitoring neue Bedarfe, wird das "
                        "Assessment ergänzt und der Hilfeplan fortgeschrieben.</p>",
                    ),
                    (
                        "text",
                        "<h3>Die Klärungsphase: Zugang, Fallauswahl und Arbeitsbündnis</h3>"
                        "<p>Nicht jeder Fall braucht ein Case Management. Wer eine Auskunft, "
                        "einen Antrag oder eine einzelne Leistung benötigt, ist in der "
                        "Regelversorgung gut aufgehoben. Die Klärungsphase beantwortet deshalb "
                        "zuerst die Frage, ob ein Case Management angezeigt ist. Bewährt haben "
                        "sich diese Kriterien:</p><ul>"
                        "<li>Es bestehen Bedarfe in mehreren Lebensbereichen, die sich "
                        "gegenseitig beeinflussen, etwa bei Sprache, Arbeit, Wohnen und "
                        "Existenzsicherung.</li>"
                        "<li>Mehrere Stellen oder Rechtskreise sind beteiligt, und ihre "
                        "Leistungen müssen abgestimmt werden.</li>"
                        "<li>Die Person kann die Hilfen derzeit weder selbst noch mit ihrem "
                        "Umfeld koordinieren.</li>"
                        "<li>Die Person ist bereit mitzuwirken und stimmt dem Case Management "
                        "zu.</li>"
                        "<li>Es besteht eine begründete Aussicht, dass abgestimmte Hilfen die "
                        "Lage verbessern.</li></ul>"
                        "<p>Der Zugang entsteht auf unterschiedlichen Wegen: über die "
                        "Ausländerbehörde nach der Einreise, über das Jobcenter, über Schule oder "
                        "Kita, über Migrationsberatungen oder weil sich jemand selbst meldet. "
                        "Wichtig ist, dass die Aufnahmekriterien im Netzwerk bekannt und "
                        "einheitlich sind; sonst hängt es vom Zufall ab, wer ein Case Management "
                        "erhält.</p>"
                        "<p>Im Erstgespräch klären Sie Ihre Rolle und Ihren Auftrag. Die Person "
                        "soll verstehen, was Case Management ist, was sie erwarten kann, welche "
                        "Stellen beteiligt werden könnten und wo die Grenzen liegen – etwa, dass "
                        "Sie keine Entscheidung der Ausländerbehörde vorwegnehmen können. "
                        "Arbeiten Sie bei Bedarf mit qualifizierter Sprachmittlung; Kinder "
                        "sollten nicht für ihre Eltern dolmetschen. Am Ende der Klärung steht ein "
                        "<b>Arbeitsbündnis</b>: eine ausdrückliche Vereinbarung über die "
                        "Zusammenarbeit, ihre voraussichtliche Dauer, die Erreichbarkeit und die "
                        "nächsten Schritte. Ist Case Management nicht angezeigt, vermitteln Sie "
                        "gezielt an die passende Stelle und halten die Entscheidung kurz fest.</p>",
                    ),
                    (
                        "text",
                        "<h3>Einwilligung und Sozialdatenschutz von Anfang an</h3>"
                        "<p>Rechtskreisübergreifende Arbeit lebt vom Austausch von Informationen "
                        "– und ist gerade dabei an klare Regeln gebunden. Sozialdaten unterliegen "
                        "dem Sozialgeheimnis nach § 35 SGB I. Ihre Erhebung, Speicherung und "
                        "Übermittlung richtet sich nach den §§ 67 ff. SGB X in Verbindung mit der "
                        "Datenschutz-Grundverordnung. Eine Übermittlung an eine andere Stelle ist "
                        "nur zulässig, wenn eine gesetzliche Befugnis besteht, etwa nach § 69 SGB "
                        "X zur Erfüllung einer sozialen Aufgabe, oder wenn die betroffene Person "
                        "wirksam eingewilligt hat. Für die Einwilligung gilt:</p><ul>"
                        "<li>Sie ist freiwillig. Wer sie verweigert, darf bei Leistungen, auf die "
                        "ein Anspruch besteht, keine Nachteile haben.</li>"
                        "<li>Sie ist informiert und bestimmt: Die Person weiß, welche Daten zu "
                        "welchem Zweck an welche Stellen gehen.</li>"
                        "<li>Sie soll schriftlich oder elektronisch erteilt werden (§ 67b Abs. 2 "
                        "SGB X); für Gesundheitsdaten muss sie ausdrücklich erfolgen (Art. 9 Abs. "
                        "2 DSGVO).</li>"
                        "<li>Sie kann jederzeit mit Wirkung für die Zukunft widerrufen "
                        "werden.</li></ul>"
                        "<p>Für einzelne Stellen gelten zusätzliche Regeln. Das Jugendamt schützt "
                        "Daten, die ihm in der persönlichen und erzieherischen Hilfe anvertraut "
                        "wurden, besonders (§ 65 SGB VIII). Beschäftigte freier Träger können der "
                        "Schweigepflicht nach § 203 StGB unterliegen. Für Übermittlungen an die "
                        "Ausländerbehörde gelten die §§ 86 ff. AufenthG und für "
                        "Sozialleistungsträger § 71 Abs. 2 SGB X; Schulen sowie Bildungs- und "
                        "Erziehungseinrichtungen sind von den Mitteilungspflichten nach § 87 "
                        "AufenthG ausgenommen.</p>"
                        "<p>Erklären Sie die Einwilligung schon in der Klärungsphase, mit "
                        "Sprachmittlung und in einfacher Sprache. Eine pauschale "
                        "Schweigepflichtentbindung „gegenüber allen Behörden“ ist nicht "
                        "hinreichend bestimmt und beschädigt das Vertrauen. Besser ist eine Liste "
                        "der beteiligten Stellen und Datenarten, die mit dem Hilfeplan "
                        "fortgeschrieben wird.</p>",
                    ),
                    (
                        "case_study",
                        {
                            "slug": "datenaustausch-nach-der-zuweisung",
                            "task": (
                                "Lesen Sie die Fallrekonstruktion mit Blick auf die Klärungsphase. "
                                "Ab welchem Zeitpunkt waren die Kriterien für ein Case Management "
                                "erfüllt, und wer hätte den Bedarf erkennen können? Notieren Sie, "
                                "welche Angaben eine Einwilligungserklärung für diese Familie "
                                "enthalten muss, damit sie freiwillig, informiert und bestimmt ist."
                            ),
                        },
                    ),
                    (
                        "instrument",
                        {
                            "slug": "leitfaden-erstgespraech",
                            "note": (
                                "Nutzen Sie den Leitfaden, um ein Erstgespräch mit einer Kollegin "
                                "oder einem Kollegen im Rollenspiel zu führen. Welche Fragen "
                                "würden Sie für Ihre Stelle ergänzen?"
                            ),
                        },
                    ),
                    (
                        "instrument",
                        {
                            "slug": "vereinbarung-datenaustausch",
                            "note": (
                                "Vergleichen Sie das Muster mit der Einwilligungserklärung, die "
                                "Ihre Stelle heute verwendet: Sind Stellen, Daten, Zweck und Dauer "
                                "bestimmt genug?"
                            ),
                        },
                    ),
                    (
                        "reflection",
                        {
                            "question": (
                                "Wie gelangen Fälle in Ihrer Dienststelle heute in eine "
                                "intensivere Begleitung? Beschreiben Sie, welche der genannten "
                                "Kriterien dabei ausdrücklich oder stillschweigend angewendet "
                                "werden und wo Sie Zufall oder Lücken sehen."
                            ),
                            "required": True,
                        },
                    ),
                    (
                        "quiz",
                        {
                            "title": "Quiz: Grundlagen und Klärung",
                            "pass_mark": 80,
                            "questions": [
                                {
                                    "text": (
                                        "Was unterscheidet Case Management nach DGCC von einer "
                                        "intensiven Einzelfallberatung?"
                                    ),
                                    "choices": [
                                        (
                                            "Es verbindet die Steuerung des Einzelfalls mit der "
                                            "Systemsteuerung im Netzwerk.",
                                            True,
                                        ),
                                        (
                                            "Es wird ausschließlich von Fachkräften freier Träger "
                                            "erbracht.",
                                            False,
                                        ),
                                        (
                                            "Es ersetzt die Zuständigkeiten der beteiligten "
                                            "Behörden durch eine zentrale Stelle.",
                                            False,
                                        ),
                                    ],
                                    "explanation": (
                                        "Kennzeichnend ist die Verbindung von Fall- und "
                                        "Systemebene: Erkenntnisse aus den Fällen fließen in die "
                                        "Verbesserung von Angeboten und Abläufen ein. Die "
                                        "Zuständigkeiten der beteiligten Stellen bleiben bestehen; "
                                        "Case Management wird in Behörden ebenso erbracht wie bei "
                                        "freien Trägern."
                                    ),
                                },
                                {
                                    "text": (
                                        "Welche Situation spricht am ehesten für die Aufnahme in "
                                        "ein Case Management?"
                                    ),
                                    "choices": [
                                        (
                                            "Eine Person möchte wissen, wie weit ihr Antrag auf "
                                            "Verlängerung der Aufenthaltserlaubnis bearbeitet ist.",
                                            False,
                                        ),
                                        (
                                            "Eine Familie hat Bedarfe bei Wohnen, Sprache und "
                                            "Existenzsicherung, mehrere Stellen sind beteiligt, "
                                            "und sie wünscht Unterstützung.",
                                            True,
                                        ),
                                        (
                                            "Eine Person lehnt jede Zusammenarbeit ab, die Schule "
                                            "ihres Kindes hält eine Begleitung aber für sinnvoll.",
                                            False,
                                        ),
                                    ],
                                    "explanation": (
                                        "Case Management ist angezeigt, wenn mehrere miteinander "
                                        "verknüpfte Bedarfe, mehrere beteiligte Stellen und die "
                                        "Bereitschaft zur Mitwirkung zusammenkommen. Eine einzelne "
                                        "Auskunft gehört in die Regelversorgung; ohne Zustimmung "
                                        "der Person kommt kein Arbeitsbündnis zustande."
                                    ),
                                },
                                {
                                    "text": "Was steht am Ende einer gelungenen Klärungsphase?",
                                    "choices": [
                                        ("Ein vollständiger Hilfeplan mit allen Zielen", False),
                                        (
                                            "Ein Arbeitsbündnis über Zusammenarbeit, Rollen und "
                                            "nächste Schritte",
                                            True,
                                        ),
                                        ("Die Zuweisung der Person in eine Maßnahme", False),
                                    ],
                                    "explanation": (
                                        "Die Klärung endet mit einem Arbeitsbündnis. Ziele und "
                                        "Hilfeplan entstehen erst auf der Grundlage des "
                                        "Assessments."
                                    ),
                                },
                                {
                                    "text": (
                                        "Welche Aussage zur Einwilligung in die Übermittlung von "
                                        "Sozialdaten trifft zu?"
                                    ),
                                    "choices": [
                                        (
                                            "Eine einmal erteilte Einwilligung gilt gegenüber "
                                            "allen Behörden und kann nicht widerrufen werden.",
                                            False,
                                        ),
                                        (
                                            "Sie muss freiwillig, informiert und bestimmt sein "
                                            "und kann jederzeit mit Wirkung für die Zukunft "
                                            "widerrufen werden.",
                                            True,
                                        ),
                                        (
                                            "Sie ist entbehrlich, wenn die Person Bürgergeld "
                                            "bezieht.",
                                            False,
                                        ),
                                        (
                                            "Bei Zugewanderten kann die Ausländerbehörde sie an "
                                            "Stelle der Person erteilen.",
                                            False,
                                        ),
                                    ],
                                    "explanation": (
                                        "Nach den §§ 67 ff. SGB X und der DSGVO braucht jede "
                                        "Übermittlung eine gesetzliche Befugnis oder eine wirksame "
                                        "Einwilligung. Die Einwilligung erteilt nur die Person "
                                        "selbst; sie muss freiwillig, informiert und bestimmt sein "
                                        "und kann jederzeit für die Zukunft widerrufen werden."
                                    ),
                                },
                            ],
                        },
                    ),
                ],
            },
            {
                "slug": "assessment",
                "title": "Assessment: Ressourcen und Bedarfe erheben",
                "ue": 2,
                "blocks": [
                    (
                        "text",
                        "<h3>Ziel und Haltung des Assessments</h3>"
                        "<p>Im Assessment verschaffen Sie sich gemeinsam mit der Person ein "
                        "umfassendes Bild ihrer Lage. Es dient nicht der Prüfung von "
                        "Anspruchsvoraussetzungen – das leisten die zuständigen Stellen nach "
                        "ihrem jeweiligen Recht –, sondern der Frage, welche Ressourcen vorhanden "
                        "sind, wo Unterstützung gebraucht wird und wie die Lebensbereiche "
                        "zusammenhängen. Damit ist das Assessment die Grundlage für realistische "
                        "Ziele im Hilfeplan. Drei Grundsätze prägen ein gutes Assessment:</p><ul>"
                        "<li><b>Ressourcenorientierung:</b> Fragen Sie zuerst nach Fähigkeiten, "
                        "Erfahrungen, Abschlüssen, Beziehungen und bisherigen "
                        "Bewältigungsstrategien. Zugewanderte bringen oft Kompetenzen mit, die in "
                        "deutschen Unterlagen nicht sichtbar sind.</li>"
                        "<li><b>Mehrperspektivität:</b> Die Sicht der Person steht im "
                        "Mittelpunkt. Mit ihrer Einwilligung werden die Einschätzungen anderer "
                        "Stellen einbezogen, etwa der Migrationsberatung, der Schule oder des "
                        "Kursträgers.</li>"
                        "<li><b>Lebensweltbezug:</b> Betrachtet werden alle bedeutsamen "
                        "Handlungsfelder, nicht nur der Auftrag der eigenen "
                        "Dienststelle.</li></ul>"
                        "<p>Als Orientierung dienen die Handlungsfelder Sprache, Arbeit, "
                        "Ausbildung, Wohnen, Gesundheit, Bildung, Existenzsicherung und Teilhabe. "
                        "Bei Familien wird das Assessment für jedes Mitglied und für die Familie "
                        "als Ganzes geführt, denn die Lagen beeinflussen einander: Fehlende "
                        "Kinderbetreuung verhindert den Sprachkurs der Mutter, eine beengte "
                        "Wohnung das Lernen der Kinder. Halten Sie die Ergebnisse so fest, dass "
                        "die Person sie nachvollziehen kann, und trennen Sie Beobachtungen, "
                        "Aussagen der Person und Ihre eigenen Einschätzungen.</p>",
                    ),
                    (
                        "text",
                        "<h3>Der Aufenthaltsstatus als Querschnittsthema</h3>"
                        "<p>Im Einwanderungsmanagement entscheidet der aufenthaltsrechtliche "
                        "Status über viele Zugänge. Er gehört deshalb in jedes Assessment, ohne "
                        "dass Sie Entscheidungen der Ausländerbehörde vorwegnehmen. Klären Sie, "
                        "welches Dokument vorliegt, wie lange es gilt und welche "
                        "Nebenbestimmungen eingetragen sind, etwa zur Erwerbstätigkeit oder zum "
                        "Wohnsitz (§ 12a AufenthG).</p><ul>"
                        "<li><b>Aufenthaltserlaubnis oder Niederlassungserlaubnis:</b> Bei "
                        "Bedürftigkeit besteht in der Regel Zugang zu Leistungen nach dem SGB II "
                        "oder dem SGB XII. Ob und in welchem Umfang Erwerbstätigkeit erlaubt ist, "
                        "ergibt sich aus dem Titel (§ 4a AufenthG). Die Teilnahme an einem "
                        "Integrationskurs kann eine Berechtigung nach § 44 oder eine "
                        "Verpflichtung nach § 44a AufenthG sein.</li>"
                        "<li><b>Aufenthaltsgestattung während des Asylverfahrens:</b> "
                        "Existenzsicherung nach dem AsylbLG; Beschäftigung nur mit Erlaubnis der "
                        "Ausländerbehörde und nach Wartezeiten (§ 61 AsylG); Integrationskurse "
                        "nur eingeschränkt und im Rahmen verfügbarer Plätze (§ 44 Abs. 4 "
                        "AufenthG).</li>"
                        "<li><b>Duldung:</b> Die Abschiebung ist ausgesetzt, ein Aufenthaltsrecht "
                        "besteht nicht. Existenzsicherung nach dem AsylbLG; Beschäftigung nur mit "
                        "Erlaubnis, die bei fehlender Mitwirkung an der Identitätsklärung "
                        "ausgeschlossen sein kann (§ 60a Abs. 6, § 60b AufenthG). Perspektiven "
                        "können die Ausbildungsduldung (§ 60c), die Beschäftigungsduldung (§ 60d) "
                        "oder Bleiberechtsregelungen (§§ 25a, 25b AufenthG) eröffnen.</li>"
                        "<li><b>Unionsbürgerinnen und Unionsbürger und ihre "
                        "Familienangehörigen:</b> Freizügigkeit nach dem FreizügG/EU; "
                        "Leistungsansprüche nach dem SGB II hängen vor allem davon ab, ob ein "
                        "Arbeitnehmerstatus besteht (§ 7 Abs. 1 SGB II).</li></ul>"
                        "<p>Ändert sich der Status, etwa durch die Anerkennung im Asylverfahren, "
                        "wechseln oft auch die zuständigen Stellen, zum Beispiel vom Sozialamt "
                        "nach dem AsylbLG zum Jobcenter. Solche Rechtskreiswechsel sind typische "
                        "Bruchstellen und gehören im Assessment als Risiko vermerkt.</p>",
                    ),
                    (
                        "text",
                        "<h3>Instrumente und Gesprächsführung</h3>"
                        "<p>Strukturierte Instrumente helfen, komplexe Lagen sichtbar zu machen "
                        "und mit der Person darüber ins Gespräch zu kommen. Wählen Sie sie nach "
                        "dem Fall aus, nicht nach Vollständigkeit:</p><ul>"
                        "<li><b>Netzwerkkarte (Ecomap):</b> zeigt, mit welchen Personen und "
                        "Stellen die Person in Kontakt steht, wie tragfähig diese Beziehungen "
                        "sind und wo Konflikte bestehen.</li>"
                        "<li><b>Genogramm:</b> stellt Familienbeziehungen über Generationen dar, "
                        "auch Angehörige im Herkunftsland, die finanziell unterstützt werden oder "
                        "nachziehen möchten.</li>"
                        "<li><b>Zeitleiste:</b> ordnet Einreise, Statuswechsel, Umzüge, Schul- "
                        "und Berufsstationen und zeigt, an welchen Übergängen es schon einmal "
                        "gehakt hat.</li>"
                        "<li><b>Einschätzung nach Handlungsfeldern:</b> hält für jedes Feld "
                        "Stärken, Bedarfe und die Priorität aus Sicht der Person fest.</li></ul>"
                        "<p>Nehmen Sie sich für das Assessment Zeit und verteilen Sie es, wenn "
                        "nötig, auf mehrere Gespräche. Viele Zugewanderte haben Behörden erlebt, "
                        "bei denen jede Auskunft Folgen hatte. Erklären Sie deshalb, wozu Sie "
                        "fragen und was mit den Antworten geschieht. Themen wie Gesundheit, "
                        "Fluchterfahrungen oder Schulden kommen oft erst zur Sprache, wenn "
                        "Vertrauen gewachsen ist; drängen Sie nicht, aber bieten Sie Gelegenheit. "
                        "Bei Hinweisen auf psychische Belastungen oder Traumafolgen ist Ihre "
                        "Aufgabe nicht die Diagnose, sondern die Vermittlung an fachkundige "
                        "Stellen, etwa ein psychosoziales Zentrum.</p>"
                        "<p>Das Ergebnis des Assessments ist eine gemeinsame Einschätzung: Was "
                        "ist der Person am wichtigsten, was ist dringend, und welche Bereiche "
                        "hängen zusammen? Diese Prioritäten bilden die Brücke zur "
                        "Hilfeplanung.</p>",
                    ),
                    (
                        "case_study",
                        {
                            "slug": "sprache-und-arbeit-zugleich",
                            "task": (
                                "Arbeiten Sie aus der Fallanalyse heraus, welche Ressourcen und "
                                "Bedarfe die beiden Partner jeweils mitbringen und welche Zugänge "
                                "zur Sprachförderung sich aus ihrem unterschiedlichen Status "
                                "ergeben. Welche Wechselwirkungen zwischen Arbeit, Sprache und "
                                "Existenzsicherung hätten Sie im Assessment festgehalten?"
                            ),
                        },
                    ),
                    (
                        "reflection",
                        {
                            "question": (
                                "Denken Sie an einen Fall aus Ihrer Praxis: Welche Ressourcen der "
                                "Person haben Sie erst spät entdeckt? Was hätte Ihnen geholfen, "
                                "sie früher zu erkennen?"
                            ),
                            "required": True,
                        },
                    ),
                    (
                        "quiz",
                        {
                            "title": "Quiz: Assessment",
                            "pass_mark": 80,
                            "questions": [
                                {
                                    "text": "Welche Aufgabe hat das Assessment im Case Management?",
                                    "choices": [
                                        (
                                            "Es prüft abschließend, ob ein Anspruch auf "
                                            "Bürgergeld besteht.",
                                            False,
                                        ),
                                        (
                                            "Es erfasst gemeinsam mit der Person Ressourcen, "
                                            "Bedarfe und ihre Zusammenhänge als Grundlage für die "
                                            "Hilfeplanung.",
                                            True,
                                        ),
                                        (
                                            "Es legt fest, welche Maßnahmen die Person besuchen "
                                            "muss.",
                                            False,
                                        ),
                                    ],
                                    "explanation": (
                                        "Das Assessment ist eine gemeinsame, ressourcenorientierte "
                                        "Einschätzung der Lage. Über Ansprüche entscheiden die "
                                        "zuständigen Stellen nach ihrem Recht; Maßnahmen werden "
                                        "erst in der Hilfeplanung vereinbart."
                                    ),
                                },
                                {
                                    "text": (
                                        "Ein geduldeter junger Mann hat die Zusage für einen "
                                        "Ausbildungsplatz. Welche Frage gehört vorrangig in das "
                                        "Assessment?"
                                    ),
                                    "choices": [
                                        (
                                            "Ob seine Identität geklärt ist oder er die "
                                            "zumutbaren Schritte zur Klärung unternommen hat",
                                            True,
                                        ),
                                        (
                                            "Ob er bereits einen Integrationskurs abgeschlossen "
                                            "hat",
                                            False,
                                        ),
                                        (
                                            "Ob er Anspruch auf Bürgergeld während der Ausbildung "
                                            "hat",
                                            False,
                                        ),
                                    ],
                                    "explanation": (
                                        "Für die Beschäftigungserlaubnis und die "
                                        "Ausbildungsduldung nach § 60c AufenthG ist die "
                                        "Identitätsklärung zentral; bei fehlender Mitwirkung kann "
                                        "die Beschäftigung ausgeschlossen sein. Ein "
                                        "Integrationskurs ist keine Voraussetzung, und Geduldete "
                                        "erhalten Leistungen nach dem AsylbLG, nicht nach dem SGB "
                                        "II."
                                    ),
                                },
                                {
                                    "text": "Wozu dient eine Netzwerkkarte (Ecomap)?",
                                    "choices": [
                                        (
                                            "Sie dokumentiert die Aktenzeichen aller beteiligten "
                                            "Behörden.",
                                            False,
                                        ),
                                        (
                                            "Sie zeigt die Beziehungen der Person zu Menschen und "
                                            "Stellen und deren Tragfähigkeit.",
                                            True,
                                        ),
                                        ("Sie ersetzt das Gespräch mit der Person.", False),
                                    ],
                                    "explanation": (
                                        "Die Netzwerkkarte macht Beziehungen, Unterstützung und "
                                        "Konflikte sichtbar und ist ein Gesprächsanlass. "
                                        "Aktenzeichen gehören nicht hinein, und das Gespräch "
                                        "ersetzt sie nicht."
                                    ),
                                },
                                {
                                    "text": (
                                        "Wie gehen Sie mit Hinweisen auf Traumafolgen im "
                                        "Assessment um?"
                                    ),
                                    "choices": [
                                        (
                                            "Sie stellen eine Diagnose und passen den Hilfeplan "
                                            "daran an.",
                                            False,
                                        ),
                                        (
                                            "Sie klammern das Thema aus, weil es nicht zu Ihrem "
                                            "Auftrag gehört.",
                                            False,
                                        ),
                                        (
                                            "Sie nehmen die Hinweise ernst und vermitteln mit "
                                            "Einverständnis der Person an eine fachkundige Stelle.",
                                            True,
                                        ),
                                    ],
                                    "explanation": (
                                        "Case Managerinnen und Case Manager diagnostizieren nicht, "
                                        "übergehen Belastungen aber auch nicht. Ihre Aufgabe ist "
                                        "es, mit Einverständnis der Person an fachkundige Stellen "
                                        "wie ein psychosoziales Zentrum zu vermitteln und dies in "
                                        "der Planung zu berücksichtigen."
                                    ),
                                },
                            ],
                        },
                    ),
                ],
            },
            {
                "slug": "hilfeplanung-und-zielvereinbarung",
                "title": "Hilfeplanung und Zielvereinbarung",
                "ue": 2,
                "blocks": [
                    (
                        "text",
                        "<h3>Die Zielhierarchie</h3>"
                        "<p>In der Hilfeplanung werden aus den Ergebnissen des Assessments "
                        "gemeinsam Ziele entwickelt. Damit Ziele Orientierung geben und "
                        "überprüfbar sind, werden sie in einer Zielhierarchie geordnet:</p><ul>"
                        "<li><b>Grundsatzziele</b> beschreiben die langfristige Richtung, oft in "
                        "den Worten der Person: „Ich möchte mit meiner Familie unabhängig von "
                        "Sozialleistungen leben.“ Sie sind nicht unmittelbar überprüfbar, geben "
                        "aber allen weiteren Zielen ihren Sinn.</li>"
                        "<li><b>Rahmenziele</b> konkretisieren das Grundsatzziel für ein "
                        "Handlungsfeld und einen mittleren Zeitraum, etwa: „Die Klientin arbeitet "
                        "innerhalb von zwei Jahren in der Pflegehilfe.“</li>"
                        "<li><b>Ergebnisziele</b> benennen überprüfbare Zwischenergebnisse für "
                        "die nächsten Wochen oder Monate: „Die Klientin hat bis zum Ende des "
                        "Quartals den Einstufungstest abgelegt und einen Kursplatz mit "
                        "Kinderbetreuung.“</li></ul>"
                        "<p>Ergebnisziele werden nach den SMART-Kriterien formuliert: spezifisch, "
                        "messbar, attraktiv für die Person, realistisch und terminiert. Sie "
                        "beschreiben einen erreichten Zustand, keine Tätigkeit: „hat einen "
                        "Kita-Platz“ statt „kümmert sich um einen Kita-Platz“. Unterhalb der "
                        "Ergebnisziele stehen die <b>Handlungsschritte</b>: wer was bis wann "
                        "tut.</p>"
                        "<p>Die Hierarchie schützt vor zwei häufigen Fehlern. Ohne Grundsatzziel "
                        "werden Maßnahmen aneinandergereiht, deren Zusammenhang niemand mehr "
                        "erklären kann. Ohne Ergebnisziele bleibt offen, woran im Monitoring ein "
                        "Fortschritt erkennbar ist. Achten Sie außerdem darauf, dass Ziele in "
                        "verschiedenen Handlungsfeldern zueinander passen: Ein Integrationskurs "
                        "am Vormittag und eine Stelle im Frühdienst lassen sich nicht "
                        "gleichzeitig verfolgen.</p>",
                    ),
                    (
                        "text",
                        "<h3>Der Hilfeplan und die Pläne der Rechtskreise</h3>"
                        "<p>Der Hilfeplan des Case Managements hält die vereinbarten Ziele, die "
                        "Handlungsschritte, die Verantwortlichen, Fristen und die Termine für die "
                        "Überprüfung fest. Er macht sichtbar, was die Person selbst übernimmt, "
                        "was die Case Managerin oder der Case Manager tut und was von anderen "
                        "Stellen erwartet wird. Die Beteiligten erhalten – mit Einwilligung der "
                        "Person – den Teil, der sie betrifft.</p>"
                        "<p>In der rechtskreisübergreifenden Arbeit treffen Sie auf Pläne, die "
                        "das jeweilige Leistungsrecht vorschreibt:</p><ul>"
                        "<li>den <b>Kooperationsplan</b> nach § 15 SGB II, den das Jobcenter mit "
                        "erwerbsfähigen Leistungsberechtigten erstellt,</li>"
                        "<li>den <b>Hilfeplan</b> nach § 36 SGB VIII für Hilfen zur Erziehung, "
                        "die Eingliederungshilfe nach § 35a SGB VIII und die Hilfe für junge "
                        "Volljährige nach § 41 SGB VIII,</li>"
                        "<li>die <b>Leistungsabsprache</b> nach § 12 SGB XII,</li>"
                        "<li>den <b>Gesamtplan</b> in der Eingliederungshilfe nach § 121 SGB "
                        "IX.</li></ul>"
                        "<p>Diese Pläne haben eigene Verfahren und Rechtsfolgen; das Case "
                        "Management ersetzt sie nicht. Sein Hilfeplan bildet vielmehr die "
                        "Klammer: Er zeigt, wie die Ziele der einzelnen Pläne zusammenhängen, und "
                        "hilft, Widersprüche zu vermeiden – etwa wenn der Kooperationsplan eine "
                        "baldige Arbeitsaufnahme vorsieht, während der Hilfeplan des Jugendamts "
                        "gerade die Stabilisierung der Familie in den Mittelpunkt stellt. Wo "
                        "möglich, werden die Ziele in gemeinsamen Gesprächen abgestimmt, damit "
                        "die Person nicht mehrere Pläne mit unterschiedlichen Erwartungen "
                        "erhält.</p>",
                    ),
                    (
                        "text",
                        "<h3>Ziele aushandeln</h3>"
                        "<p>Ziele werden vereinbart, nicht verordnet. Zugleich arbeiten viele "
                        "Case Managerinnen und Case Manager in Behörden mit gesetzlichem Auftrag: "
                        "Das Jobcenter soll die Eingliederung in Arbeit fördern, die "
                        "Ausländerbehörde auf die Erfüllung aufenthaltsrechtlicher Pflichten "
                        "achten. Aus diesem doppelten Mandat – Unterstützung der Person und "
                        "Auftrag der Institution – entstehen Spannungen, die offen benannt werden "
                        "sollten.</p>"
                        "<p>Hilfreich ist es, in der Zielvereinbarung drei Bereiche zu "
                        "unterscheiden: Was ist verhandelbar, weil es vom Willen der Person "
                        "abhängt? Was ist gesetzlich vorgegeben, etwa eine Teilnahmepflicht am "
                        "Integrationskurs nach § 44a AufenthG oder die Mitwirkung bei der "
                        "Passbeschaffung? Und was liegt außerhalb des Einflusses aller "
                        "Beteiligten, etwa die Dauer eines Asylverfahrens? Transparenz über diese "
                        "Grenzen stärkt das Arbeitsbündnis mehr als Zusagen, die niemand halten "
                        "kann.</p>"
                        "<p>Planen Sie außerdem Übergänge mit: Wann wechselt die Zuständigkeit, "
                        "zum Beispiel mit dem Beginn einer Ausbildung oder mit einem "
                        "Statuswechsel? Welche Anträge müssen vorher gestellt sein? Viele "
                        "Abbrüche scheitern nicht an der Motivation der Person, sondern an "
                        "ungeplanten Übergängen, an denen Sprache, Geld und Aufenthalt "
                        "nacheinander statt zusammen bearbeitet werden.</p>",
                    ),
                    (
                        "case_study",
                        {
                            "slug": "zwei-anlaeufe-bis-zur-ausbildung",
                            "task": (
                                "Entwickeln Sie aus der Fallrekonstruktion eine Zielhierarchie: "
                                "ein Grundsatzziel aus Sicht des Klienten, zwei Rahmenziele und "
                                "mindestens drei Ergebnisziele nach den SMART-Kriterien. Welche "
                                "Vereinbarung im Hilfeplan hat den zweiten Anlauf gegenüber dem "
                                "ersten am stärksten abgesichert?"
                            ),
                        },
                    ),
                    (
                        "instrument",
                        {
                            "slug": "zielsystem-grundsatz-rahmen-ergebnisziele",
                            "note": (
                                "Tragen Sie die Zielhierarchie aus dem Fall in das Arbeitsblatt "
                                "ein und prüfen Sie jedes Ergebnisziel mit der SMART-Checkliste."
                            ),
                        },
                    ),
                    (
                        "reflection",
                        {
                            "question": (
                                "Wo erleben Sie in Ihrer Arbeit das doppelte Mandat zwischen "
                                "Unterstützung und institutionellem Auftrag am deutlichsten? Wie "
                                "machen Sie diese Spannung im Gespräch mit Klientinnen und "
                                "Klienten transparent?"
                            ),
                            "required": True,
                        },
                    ),
                    (
                        "quiz",
                        {
                            "title": "Quiz: Hilfeplanung und Zielvereinbarung",
                            "pass_mark": 80,
                            "questions": [
                                {
                                    "text": (
                                        "Welche Formulierung ist ein Ergebnisziel im Sinne der "
                                        "SMART-Kriterien?"
                                    ),
                                    "choices": [
                                        ("Die Familie soll in Deutschland gut ankommen.", False),
                                        (
                                            "Der Klient bemüht sich um einen Ausbildungsplatz.",
                                            False,
                                        ),
                                        (
                                            "Der Klient hat bis zum Ende des nächsten Monats "
                                            "einen vollständigen Antrag auf "
                                            "Berufsausbildungsbeihilfe gestellt.",
                                            True,
                                        ),
                                    ],
                                    "explanation": (
                                        "Ein Ergebnisziel beschreibt einen überprüfbaren, "
                                        "terminierten Zustand. „Gut ankommen“ ist ein "
                                        "Grundsatzziel, „bemüht sich“ beschreibt eine Tätigkeit "
                                        "ohne Maßstab und Termin."
                                    ),
                                },
                                {
                                    "text": (
                                        "Wie verhält sich der Hilfeplan des Case Managements zum "
                                        "Kooperationsplan nach § 15 SGB II?"
                                    ),
                                    "choices": [
                                        ("Er ersetzt den Kooperationsplan.", False),
                                        (
                                            "Er bildet eine Klammer und stimmt die Ziele der "
                                            "einzelnen Pläne aufeinander ab; der Kooperationsplan "
                                            "bleibt bestehen.",
                                            True,
                                        ),
                                        (
                                            "Er darf keine Ziele aus dem Handlungsfeld Arbeit "
                                            "enthalten.",
                                            False,
                                        ),
                                    ],
                                    "explanation": (
                                        "Die Pläne der Rechtskreise haben eigene Verfahren und "
                                        "Rechtsfolgen und bleiben bestehen. Der Hilfeplan des Case "
                                        "Managements verbindet sie und macht Widersprüche sichtbar."
                                    ),
                                },
                                {
                                    "text": (
                                        "Welcher Ebene der Zielhierarchie ordnen Sie zu: „Die "
                                        "Mutter arbeitet innerhalb von zwei Jahren wieder in ihrem "
                                        "erlernten Beruf im Einzelhandel.“?"
                                    ),
                                    "choices": [
                                        ("Grundsatzziel", False),
                                        ("Rahmenziel", True),
                                        ("Handlungsschritt", False),
                                    ],
                                    "explanation": (
                                        "Das Ziel konkretisiert die langfristige Richtung für ein "
                                        "Handlungsfeld (Arbeit) und einen mittleren Zeitraum. Das "
                                        "kennzeichnet ein Rahmenziel; die Ergebnisziele auf dem "
                                        "Weg dorthin wären zum Beispiel ein abgeschlossener "
                                        "Sprachkurs oder ein Praktikum."
                                    ),
                                },
                                {
                                    "text": (
                                        "Was sollte in der Zielvereinbarung transparent gemacht "
                                        "werden?"
                                    ),
                                    "choices": [
                                        (
                                            "Welche Punkte verhandelbar sind, welche gesetzlich "
                                            "vorgegeben sind und welche außerhalb des Einflusses "
                                            "der Beteiligten liegen",
                                            True,
                                        ),
                                        (
                                            "Nur die Ziele, die die Person selbst vorgeschlagen "
                                            "hat",
                                            False,
                                        ),
                                        (
                                            "Die internen Bewertungen der Behörden über die "
                                            "Mitwirkung der Person",
                                            False,
                                        ),
                                    ],
                                    "explanation": (
                                        "Transparenz über Spielräume und Grenzen stärkt das "
                                        "Arbeitsbündnis. Gesetzliche Vorgaben wie eine "
                                        "Teilnahmepflicht gehören ebenso auf den Tisch wie die "
                                        "Wünsche der Person."
                                    ),
                                },
                            ],
                        },
                    ),
                ],
            },
            {
                "slug": "leistungssteuerung-linking",
                "title": "Leistungssteuerung (Linking): Hilfen erschließen und verbinden",
                "ue": 2,
                "blocks": [
                    (
                        "text",
                        "<h3>Aufgaben in der Leistungssteuerung</h3>"
                        "<p>In der Leistungssteuerung, international als Linking bezeichnet, wird "
                        "der Hilfeplan umgesetzt. Die Case Managerin oder der Case Manager "
                        "erbringt die Hilfen meist nicht selbst, sondern erschließt sie, "
                        "verbindet sie miteinander und sorgt dafür, dass sie zur richtigen Zeit "
                        "bei der Person ankommen. Dabei lassen sich vier Funktionen "
                        "unterscheiden:</p><ul>"
                        "<li><b>Vermitteln (Broker):</b> passende Angebote finden, Kontakte "
                        "herstellen, Anmeldungen anstoßen – etwa beim Integrationskursträger, bei "
                        "der Berufsberatung oder einer Schuldnerberatung.</li>"
                        "<li><b>Koordinieren:</b> Leistungen verschiedener Stellen zeitlich und "
                        "inhaltlich abstimmen, damit Kurszeiten, Kinderbetreuung und "
                        "Arbeitszeiten zusammenpassen.</li>"
                        "<li><b>Fürsprechen (Advocacy):</b> die Interessen der Person gegenüber "
                        "Stellen vertreten, die ihre Lage nicht kennen, und auf einen Zugang "
                        "hinwirken, der ihr zusteht.</li>"
                        "<li><b>Auswählen (Gatekeeping):</b> knappe Angebote nach "
                        "nachvollziehbaren Kriterien zuteilen und dabei Bedarf und "
                        "Wirtschaftlichkeit abwägen.</li></ul>"
                        "<p>Neben den formellen Leistungen von Behörden und Trägern gehören "
                        "informelle Hilfen dazu: Familie, Freundeskreis, Ehrenamtliche, "
                        "Patenschaften, Communities und Vereine. Sie sind oft schneller verfügbar "
                        "und tragen länger als jede Maßnahme, dürfen aber nicht überfordert "
                        "werden und ersetzen keinen Rechtsanspruch.</p>"
                        "<p>Die Person bleibt dabei so selbstständig wie möglich. Wer einen "
                        "Antrag selbst stellen kann, soll es tun – mit Unterstützung, wo nötig. "
                        "Ein Case Management, das alles übernimmt, erzeugt Abhängigkeit und "
                        "bricht zusammen, sobald es endet.</p>",
                    ),
                    (
                        "text",
                        "<h3>Leistungen an den Schnittstellen</h3>"
                        "<p>Für eine gute Leistungssteuerung müssen Sie die wichtigsten "
                        "Leistungen der beteiligten Rechtskreise kennen – nicht in allen "
                        "Einzelheiten, aber so, dass Sie Zugänge erkennen und gezielt nachfragen "
                        "können. Im Einwanderungsmanagement sind besonders häufig:</p><ul>"
                        "<li><b>Sprache:</b> der Integrationskurs (§§ 43 ff. AufenthG) mit "
                        "Berechtigung nach § 44 oder Verpflichtung nach § 44a AufenthG und die "
                        "berufsbezogene Deutschsprachförderung nach § 45a AufenthG, auch für "
                        "Beschäftigte.</li>"
                        "<li><b>Kommunale Eingliederungsleistungen</b> nach § 16a SGB II: "
                        "Betreuung von Kindern und häusliche Pflege von Angehörigen, "
                        "Schuldnerberatung, psychosoziale Betreuung und Suchtberatung. Sie sind "
                        "häufig die Voraussetzung dafür, dass andere Eingliederungsleistungen "
                        "wirken.</li>"
                        "<li><b>Ausbildung:</b> Berufsberatung der Agentur für Arbeit, "
                        "Einstiegsqualifizierung (§ 54a SGB III), Assistierte Ausbildung (§ 74 "
                        "SGB III) und Berufsausbildungsbeihilfe (§ 56 SGB III); für Geduldete die "
                        "Ausbildungsduldung nach § 60c AufenthG.</li>"
                        "<li><b>Kinder, Jugendliche und Familien:</b> Kindertagesbetreuung, "
                        "Hilfen zur Erziehung (§§ 27 ff. SGB VIII), Eingliederungshilfe bei "
                        "seelischer Behinderung nach § 35a SGB VIII und Hilfen für junge "
                        "Volljährige (§ 41 SGB VIII).</li>"
                        "<li><b>Anerkennung:</b> Anerkennungsberatung und Verfahren nach dem "
                        "Berufsqualifikationsfeststellungsgesetz oder dem jeweiligen "
                        "Fachrecht.</li></ul>"
                        "<p>Wenn unklar ist, wer zuständig ist, hilft § 16 SGB I: Ein Antrag auf "
                        "Sozialleistungen, der bei einem unzuständigen Leistungsträger gestellt "
                        "wird, ist unverzüglich an den zuständigen weiterzuleiten und gilt als "
                        "zum Zeitpunkt des ersten Eingangs gestellt. Das entbindet nicht von "
                        "guter Beratung, verhindert aber, dass Ansprüche an Zuständigkeitsfragen "
                        "scheitern.</p>",
                    ),
                    (
                        "text",
                        "<h3>Übergaben gestalten</h3>"
                        "<p>Die meisten Probleme in der Leistungssteuerung entstehen nicht "
                        "innerhalb einer Stelle, sondern zwischen ihnen: Ein Bescheid kommt "
                        "später als der Kursbeginn, eine Beschäftigungserlaubnis liegt bei "
                        "Ausbildungsbeginn nicht vor, ein Antrag auf Berufsausbildungsbeihilfe "
                        "ist unvollständig. Planen Sie solche Übergänge deshalb ausdrücklich:</p>"
                        "<ul>"
                        "<li>Rechnen Sie Fristen vom Zieltermin rückwärts, zum Beispiel vom "
                        "Ausbildungsbeginn bis zum Antrag auf Beschäftigungserlaubnis.</li>"
                        "<li>Vereinbaren Sie feste Ansprechpersonen in den beteiligten Stellen "
                        "und klären Sie, wie sie erreichbar sind.</li>"
                        "<li>Nutzen Sie bei kritischen Übergängen eine kurze Übergabekonferenz "
                        "mit der Person und allen Beteiligten.</li>"
                        "<li>Dokumentieren Sie Mitwirkungsschritte der Person, etwa bei der "
                        "Passbeschaffung, damit andere Stellen sie nachvollziehen können.</li>"
                        "<li>Geben Sie der Person Kopien der wichtigsten Unterlagen und Bescheide "
                        "mit, damit sie bei der nächsten Stelle selbst belegen kann, was bereits "
                        "vorliegt.</li></ul>"
                        "<p>Stoßen Sie auf ein Hindernis, das sich im Einzelfall nicht lösen "
                        "lässt – weil ein Angebot fehlt oder zwei Stellen einander regelmäßig "
                        "widersprechen –, halten Sie es als fallübergreifende Erkenntnis fest. "
                        "Diese Rückmeldungen sind der Rohstoff der Systemsteuerung, um die es in "
                        "der letzten Lektion geht.</p>",
                    ),
                    (
                        "case_study",
                        {
                            "slug": "ausbildung-statt-warten",
                            "task": (
                                "Zeichnen Sie den Zeitplan des Falls als Rückwärtsplanung vom "
                                "Ausbildungsbeginn nach. Welche Funktionen der Leistungssteuerung "
                                "– Vermitteln, Koordinieren, Fürsprechen, Auswählen – hat die Case "
                                "Managerin wahrgenommen? An welcher Stelle hätte eine frühere "
                                "Abstimmung mit Agentur für Arbeit und Handwerkskammer Zeit "
                                "gespart?"
                            ),
                        },
                    ),
                    (
                        "reflection",
                        {
                            "question": (
                                "Welche informellen Hilfen – Familie, Ehrenamt, Communities – "
                                "beziehen Sie in Ihre Arbeit bereits ein? Wo liegt für Sie die "
                                "Grenze, ab der Sie diese Hilfen überfordern würden?"
                            ),
                            "required": True,
                        },
                    ),
                    (
                        "quiz",
                        {
                            "title": "Quiz: Leistungssteuerung",
                            "pass_mark": 80,
                            "questions": [
                                {
                                    "text": (
                                        "Welche Leistung gehört zu den kommunalen "
                                        "Eingliederungsleistungen nach § 16a SGB II?"
                                    ),
                                    "choices": [
                                        ("Schuldnerberatung", True),
                                        ("Berufsausbildungsbeihilfe", False),
                                        ("Integrationskurs", False),
                                        ("Einstiegsqualifizierung", False),
                                    ],
                                    "explanation": (
                                        "§ 16a SGB II nennt Kinderbetreuung und häusliche Pflege "
                                        "von Angehörigen, Schuldnerberatung, psychosoziale "
                                        "Betreuung und Suchtberatung. Berufsausbildungsbeihilfe "
                                        "und Einstiegsqualifizierung sind Leistungen nach dem SGB "
                                        "III, der Integrationskurs ist im Aufenthaltsgesetz "
                                        "geregelt."
                                    ),
                                },
                                {
                                    "text": "Was regelt § 60c AufenthG?",
                                    "choices": [
                                        (
                                            "Die Ausbildungsduldung für Geduldete, die eine "
                                            "qualifizierte Berufsausbildung aufnehmen",
                                            True,
                                        ),
                                        (
                                            "Die Pflicht zur Teilnahme an einem Integrationskurs",
                                            False,
                                        ),
                                        ("Die Beschäftigungsduldung", False),
                                    ],
                                    "explanation": (
                                        "§ 60c AufenthG regelt die Ausbildungsduldung. Die "
                                        "Verpflichtung zum Integrationskurs steht in § 44a "
                                        "AufenthG, die Beschäftigungsduldung in § 60d AufenthG."
                                    ),
                                },
                                {
                                    "text": (
                                        "Ein Antrag auf Sozialleistungen geht bei einer "
                                        "unzuständigen Stelle ein. Was gilt nach § 16 SGB I?"
                                    ),
                                    "choices": [
                                        (
                                            "Der Antrag ist unwirksam und muss neu gestellt "
                                            "werden.",
                                            False,
                                        ),
                                        (
                                            "Er ist unverzüglich an den zuständigen "
                                            "Leistungsträger weiterzuleiten und gilt als zum "
                                            "Zeitpunkt des ersten Eingangs gestellt.",
                                            True,
                                        ),
                                        (
                                            "Die unzuständige Stelle gibt den Antrag an die "
                                            "Person zurück.",
                                            False,
                                        ),
                                    ],
                                    "explanation": (
                                        "§ 16 Abs. 2 SGB I verpflichtet zur unverzüglichen "
                                        "Weiterleitung; maßgeblich ist der Eingang bei der ersten "
                                        "Stelle. So scheitern Ansprüche nicht an "
                                        "Zuständigkeitsfragen."
                                    ),
                                },
                                {
                                    "text": (
                                        "Die Case Managerin vertritt die Interessen einer Klientin "
                                        "gegenüber einer Stelle, die ihr einen Zugang verwehrt. "
                                        "Welche Funktion nimmt sie wahr?"
                                    ),
                                    "choices": [
                                        ("Vermitteln (Broker)", False),
                                        ("Fürsprechen (Advocacy)", True),
                                        ("Auswählen (Gatekeeping)", False),
                                    ],
                                    "explanation": (
                                        "Fürsprechen bedeutet, auf einen Zugang hinzuwirken, der "
                                        "der Person zusteht. Vermitteln stellt Kontakte her, "
                                        "Auswählen teilt knappe Angebote zu."
                                    ),
                                },
                            ],
                        },
                    ),
                ],
            },
            {
                "slug": "monitoring-evaluation-abschluss",
                "title": "Monitoring, Evaluation und Abschluss",
                "ue": 2,
                "blocks": [
                    (
                        "text",
                        "<h3>Monitoring: beobachten und nachsteuern</h3>"
                        "<p>Im Monitoring überprüfen Sie, ob die vereinbarten Hilfen tatsächlich "
                        "erbracht werden, ob sie wirken und ob die Ergebnisziele erreicht werden. "
                        "Monitoring ist keine Kontrolle der Person, sondern eine Überprüfung des "
                        "gemeinsamen Plans. Wenn eine Klientin einen Kurs nicht besucht, lautet "
                        "die erste Frage nicht, wer versagt hat, sondern was an der Planung nicht "
                        "passt: Kurszeiten, Kinderbetreuung, Schichtarbeit oder Überforderung.</p>"
                        "<p>Legen Sie schon im Hilfeplan fest, wann und wie das Monitoring "
                        "stattfindet: in welchen Abständen Gespräche geführt werden, welche "
                        "Stellen Rückmeldung geben und woran der Fortschritt erkennbar ist. "
                        "Quellen sind Gespräche mit der Person, Rückmeldungen von Kursträgern, "
                        "Betrieben und Beratungsstellen sowie Bescheide und Bescheinigungen. "
                        "Rückmeldungen anderer Stellen holen Sie nur im Rahmen der Einwilligung "
                        "ein. Das Monitoring kann zu drei Ergebnissen führen:</p><ul>"
                        "<li>Der Plan greift: Die Hilfen laufen weiter, der nächste "
                        "Überprüfungstermin wird bestätigt.</li>"
                        "<li>Der Plan muss angepasst werden: Handlungsschritte, Fristen oder "
                        "Anbieter werden geändert, der Hilfeplan wird fortgeschrieben.</li>"
                        "<li>Die Lage hat sich grundlegend verändert, etwa durch einen "
                        "Statuswechsel, eine Erkrankung oder eine Trennung: Dann folgt ein "
                        "Re-Assessment, und die Ziele werden neu vereinbart.</li></ul>"
                        "<p>Achten Sie auf Frühwarnzeichen: Termine werden nicht mehr "
                        "wahrgenommen, Post bleibt unbeantwortet, Fristen laufen ab. Vereinbaren "
                        "Sie mit der Person im Voraus, wie sie sich bei Schwierigkeiten meldet "
                        "und wie schnell Sie reagieren. Solche Absprachen verhindern, dass eine "
                        "Krise erst bemerkt wird, wenn eine Maßnahme bereits abgebrochen ist.</p>",
                    ),
                    (
                        "text",
                        "<h3>Evaluation: Was wurde erreicht?</h3>"
                        "<p>Die Evaluation bewertet den Fall rückblickend, meist zum Abschluss, "
                        "bei langen Verläufen auch in Zwischenschritten. Sie betrachtet mehrere "
                        "Dimensionen:</p><ul>"
                        "<li><b>Ergebnisqualität:</b> Welche Ergebnis- und Rahmenziele wurden "
                        "erreicht, teilweise erreicht oder nicht erreicht? Eine "
                        "Zielerreichungsskala, die für jedes Ziel vorab Stufen von „deutlich "
                        "schlechter“ bis „deutlich besser als erwartet“ festlegt (Goal Attainment "
                        "Scaling), macht auch Teilerfolge sichtbar.</li>"
                        "<li><b>Prozessqualität:</b> Wie verlief die Zusammenarbeit? Wurden "
                        "Fristen eingehalten, Übergaben geplant und Informationen rechtzeitig "
                        "weitergegeben?</li>"
                        "<li><b>Sicht der Person:</b> Wie bewertet sie die Unterstützung, was hat "
                        "geholfen, was nicht? Diese Einschätzung wird ausdrücklich erfragt und "
                        "festgehalten.</li>"
                        "<li><b>Fallübergreifende Erkenntnisse:</b> Welche Lücken, "
                        "Schnittstellenprobleme oder guten Lösungen zeigt der Fall für das "
                        "Netzwerk?</li></ul>"
                        "<p>Evaluation ist kein Zeugnis über die Klientin oder den Klienten. "
                        "Nicht erreichte Ziele können an unrealistischer Planung, an fehlenden "
                        "Angeboten oder an Veränderungen liegen, die niemand beeinflussen konnte. "
                        "Gerade diese Fälle liefern wichtige Hinweise für die Systemebene. Halten "
                        "Sie die Ergebnisse knapp und nachvollziehbar fest; zusammengefasst und "
                        "ohne Personenbezug fließen sie in die Berichte an die Steuerungsgruppe "
                        "des Netzwerks ein.</p>",
                    ),
                    (
                        "text",
                        "<h3>Abschluss und Entpflichtung</h3>"
                        "<p>Case Management ist auf Zeit angelegt. Der Abschluss sollte geplant "
                        "sein und nicht dadurch entstehen, dass Kontakte einschlafen. Gründe für "
                        "eine Beendigung sind erreichte Ziele, der Übergang in die "
                        "Regelversorgung oder in eine andere Begleitung, ein Umzug in eine andere "
                        "Kommune, der Wunsch der Person oder eine Lage, in der Case Management "
                        "nichts mehr beitragen kann. Zu einem guten Abschluss gehören:</p><ul>"
                        "<li>ein Abschlussgespräch, in dem Sie gemeinsam Bilanz ziehen und "
                        "klären, wer künftig Ansprechpartnerin oder Ansprechpartner ist,</li>"
                        "<li>die Entpflichtung: Alle Beteiligten erfahren, dass die Koordination "
                        "endet, damit sich niemand weiter auf sie verlässt,</li>"
                        "<li>eine geordnete Übergabe mit Einwilligung der Person, falls eine "
                        "andere Stelle die Begleitung fortsetzt,</li>"
                        "<li>ein datenschutzgerechter Abschluss der Akte: Der Austausch auf "
                        "Grundlage der Einwilligung endet, nicht mehr benötigte Daten werden nach "
                        "den Aufbewahrungs- und Löschregeln Ihrer Stelle gelöscht (§ 84 SGB "
                        "X).</li></ul>"
                        "<p>Bei einem Abbruch – etwa wenn die Person den Kontakt beendet – "
                        "dokumentieren Sie den Stand, informieren die Beteiligten im Rahmen der "
                        "Einwilligung und signalisieren, dass eine erneute Aufnahme möglich ist. "
                        "Ein offener Ausgang ist kein Scheitern, solange die Person weiß, an wen "
                        "sie sich wenden kann.</p>",
                    ),
                    (
                        "case_study",
                        {
                            "slug": "in-acht-wochen-im-integrationskurs",
                            "task": (
                                "Untersuchen Sie Monitoring und Evaluation in dieser "
                                "Fallrekonstruktion: In welchen Abständen und mit welchen Quellen "
                                "wurde der Verlauf überprüft? Wie wurde auf den Ausfall der "
                                "Kinderbetreuung reagiert? Formulieren Sie für das Ziel "
                                "„Integrationskurs abgeschlossen“ eine Zielerreichungsskala mit "
                                "fünf Stufen."
                            ),
                        },
                    ),
                    (
                        "reflection",
                        {
                            "question": (
                                "Wie enden Case-Management-Fälle in Ihrer Praxis heute? "
                                "Beschreiben Sie einen Abschluss, der gut gelungen ist, und einen, "
                                "der eher „eingeschlafen“ ist. Was hat den Unterschied ausgemacht?"
                            ),
                            "required": True,
                        },
                    ),
                    (
                        "quiz",
                        {
                            "title": "Quiz: Monitoring, Evaluation und Abschluss",
                            "pass_mark": 80,
                            "questions": [
                                {
                                    "text": (
                                        "Ein Klient besucht den vereinbarten Berufssprachkurs "
                                        "wiederholt nicht. Was ist im Monitoring der erste Schritt?"
                                    ),
                                    "choices": [
                                        ("Sofort eine Leistungsminderung veranlassen", False),
                                        (
                                            "Mit dem Klienten klären, was an der Planung nicht "
                                            "passt, und den Hilfeplan gegebenenfalls anpassen",
                                            True,
                                        ),
                                        (
                                            "Das Case Management wegen fehlender Mitwirkung "
                                            "beenden",
                                            False,
                                        ),
                                    ],
                                    "explanation": (
                                        "Monitoring überprüft den gemeinsamen Plan, nicht die "
                                        "Person. Häufig liegen die Gründe in Kurszeiten, "
                                        "Schichtarbeit oder Kinderbetreuung; dann wird der "
                                        "Hilfeplan angepasst. Rechtsfolgen nach dem jeweiligen "
                                        "Leistungsrecht sind davon getrennt zu prüfen."
                                    ),
                                },
                                {
                                    "text": "Wann ist ein Re-Assessment angezeigt?",
                                    "choices": [
                                        ("Bei jedem Monitoringgespräch", False),
                                        (
                                            "Wenn sich die Lage grundlegend verändert hat, etwa "
                                            "durch einen Statuswechsel",
                                            True,
                                        ),
                                        ("Nur zum Abschluss des Falls", False),
                                    ],
                                    "explanation": (
                                        "Ein Re-Assessment ist nötig, wenn die Grundlage der "
                                        "Planung nicht mehr stimmt, zum Beispiel nach einer "
                                        "Anerkennung im Asylverfahren, einer Erkrankung oder einer "
                                        "Trennung. Kleinere Anpassungen erfolgen im laufenden "
                                        "Monitoring."
                                    ),
                                },
                                {
                                    "text": (
                                        "Was leistet eine Zielerreichungsskala (Goal Attainment "
                                        "Scaling)?"
                                    ),
                                    "choices": [
                                        (
                                            "Sie legt vorab Stufen der Zielerreichung fest und "
                                            "macht so auch Teilerfolge sichtbar.",
                                            True,
                                        ),
                                        (
                                            "Sie misst die Zufriedenheit der beteiligten Behörden.",
                                            False,
                                        ),
                                        (
                                            "Sie ersetzt die Einschätzung der Person durch eine "
                                            "objektive Messung.",
                                            False,
                                        ),
                                    ],
                                    "explanation": (
                                        "Beim Goal Attainment Scaling werden für jedes Ziel vorab "
                                        "abgestufte Ergebnisse beschrieben. So lässt sich auch ein "
                                        "teilweise erreichtes Ziel bewerten; die Sicht der Person "
                                        "wird zusätzlich erfragt."
                                    ),
                                },
                                {
                                    "text": "Was gehört zur Entpflichtung beim Abschluss?",
                                    "choices": [
                                        (
                                            "Alle Beteiligten werden informiert, dass die "
                                            "Koordination durch das Case Management endet.",
                                            True,
                                        ),
                                        (
                                            "Die Akte wird unmittelbar nach dem Abschlussgespräch "
                                            "vollständig vernichtet.",
                                            False,
                                        ),
                                        (
                                            "Die Person verpflichtet sich, keine weiteren "
                                            "Leistungen zu beantragen.",
                                            False,
                                        ),
                                    ],
                                    "explanation": (
                                        "Mit der Entpflichtung wissen alle Beteiligten, dass sie "
                                        "sich nicht mehr auf die Koordination verlassen können. "
                                        "Daten werden nach den geltenden Aufbewahrungs- und "
                                        "Löschregeln gelöscht, nicht sofort; Leistungsansprüche "
                                        "bleiben unberührt."
                                    ),
                                },
                            ],
                        },
                    ),
                ],
            },
            {
                "slug": "systemsteuerung-und-rechtskreise",
                "title": "Systemebene: Systemsteuerung und rechtskreisübergreifende Zusammenarbeit",
                "ue": 2,
                "blocks": [
                    (
                        "text",
                        "<h3>Systemsteuerung: vom Einzelfall zur Struktur</h3>"
                        "<p>Auf der Systemebene geht es darum, die Bedingungen zu verbessern, "
                        "unter denen Fälle bearbeitet werden. Dafür sammeln Case Managerinnen und "
                        "Case Manager in jedem Fall Erkenntnisse: Wo fehlt ein Angebot? An "
                        "welcher Schnittstelle gehen regelmäßig Informationen verloren? Welche "
                        "Absprache hat sich bewährt? Diese Erkenntnisse werden fallübergreifend "
                        "ausgewertet und in ein Gremium getragen, das Entscheidungen treffen "
                        "kann. Zentral ist die Unterscheidung zweier Netzwerkformen:</p><ul>"
                        "<li>Das <b>Unterstützungsnetzwerk</b> entsteht auf der Fallebene rund um "
                        "eine Person: Familie, Ehrenamtliche, Beratungsstellen, Fachkräfte. Es "
                        "ist individuell und endet oft mit dem Fall.</li>"
                        "<li>Das <b>Produktionsnetzwerk</b> ist auf der Systemebene angesiedelt. "
                        "Darin vereinbaren Leistungsträger und Leistungserbringer – Jobcenter, "
                        "Agentur für Arbeit, Ausländerbehörde, Sozialamt, Jugendamt, Kommunales "
                        "Integrationszentrum, Migrationsberatungen und freie Träger – "
                        "verbindlich, wie sie ihre Leistungen gemeinsam „herstellen“: "
                        "Zugangswege, Ansprechpersonen, Fristen, Formulare, Fallkonferenzen und "
                        "Regeln für den Datenaustausch.</li></ul>"
                        "<p>Ein Produktionsnetzwerk unterscheidet sich von einem Arbeitskreis "
                        "durch seine Verbindlichkeit. Grundlage ist eine schriftliche "
                        "Kooperationsvereinbarung, die von den Leitungen der beteiligten Stellen "
                        "getragen wird. Eine Steuerungsgruppe mit Entscheidungsbefugnis wertet "
                        "regelmäßig die fallübergreifenden Erkenntnisse aus und beschließt "
                        "Änderungen; eine Netzwerkkoordination bereitet die Sitzungen vor und "
                        "hält die Vereinbarungen aktuell. Ohne diese Rückkopplung bleibt jede "
                        "Fachkraft mit denselben Lücken allein, und gute Einzellösungen werden "
                        "nie zum Standard.</p>"
                        "<p>Für Ihre Praxis heißt das: Dokumentieren Sie Systemerkenntnisse "
                        "getrennt von der Fallakte, ohne Personenbezug und so konkret, dass eine "
                        "Steuerungsgruppe damit arbeiten kann.</p>",
                    ),
                    (
                        "text",
                        "<h3>Die Rechtskreise im Überblick</h3>"
                        "<p>Rechtskreisübergreifendes Case Management setzt voraus, dass Sie die "
                        "Logik der beteiligten Rechtsgebiete kennen. Die Übersicht nennt die "
                        "wichtigsten Zuständigkeiten:</p><ul>"
                        "<li><b>SGB II – Bürgergeld, Grundsicherung für Arbeitsuchende:</b> Das "
                        "Jobcenter sichert den Lebensunterhalt erwerbsfähiger "
                        "Leistungsberechtigter und ihrer Bedarfsgemeinschaft und fördert die "
                        "Eingliederung in Arbeit, unter anderem mit dem Kooperationsplan (§ 15 "
                        "SGB II) und den kommunalen Eingliederungsleistungen (§ 16a SGB II).</li>"
                        "<li><b>SGB III – Arbeitsförderung:</b> Die Agentur für Arbeit ist "
                        "zuständig für Berufsberatung, Ausbildungsförderung und die "
                        "Arbeitsförderung von Personen ohne Leistungen nach dem SGB II; ihre "
                        "Berufsberatung steht allen jungen Menschen offen.</li>"
                        "<li><b>SGB VIII – Kinder- und Jugendhilfe:</b> Das Jugendamt "
                        "verantwortet Kindertagesbetreuung, Hilfen zur Erziehung, "
                        "Eingliederungshilfe nach § 35a, Hilfen für junge Volljährige, den "
                        "Schutzauftrag nach § 8a und die Inobhutnahme unbegleiteter "
                        "Minderjähriger (§§ 42, 42a SGB VIII).</li>"
                        "<li><b>SGB XII – Sozialhilfe:</b> Das Sozialamt leistet Hilfe zum "
                        "Lebensunterhalt sowie Grundsicherung im Alter und bei Erwerbsminderung "
                        "für Menschen, die nicht erwerbsfähig sind; für Ausländerinnen und "
                        "Ausländer gilt § 23 SGB XII.</li>"
                        "<li><b>AsylbLG – Asylbewerberleistungsgesetz:</b> Die Leistungsbehörde, "
                        "häufig das Sozialamt, sichert den Bedarf von Asylsuchenden, Geduldeten "
                        "und vollziehbar Ausreisepflichtigen. Gesundheitsleistungen richten sich "
                        "nach den §§ 4 und 6 AsylbLG; nach längerem Aufenthalt werden Leistungen "
                        "entsprechend dem SGB XII erbracht (§ 2 AsylbLG).</li>"
                        "<li><b>AufenthG und AsylG – Aufenthaltsrecht:</b> Die Ausländerbehörde "
                        "entscheidet über Aufenthaltstitel, Duldungen, Beschäftigungserlaubnisse "
                        "und Wohnsitzauflagen, stellt die Berechtigung zum Integrationskurs fest "
                        "und kann zur Teilnahme verpflichten (§ 44a AufenthG, bei Bürgergeldbezug "
                        "auch das Jobcenter). Über Asylanträge entscheidet das Bundesamt für "
                        "Migration und Flüchtlinge.</li></ul>"
                        "<p>Die Rechtskreise stehen nicht nebeneinander, sondern greifen "
                        "ineinander. Leistungsberechtigte nach dem AsylbLG sind von Leistungen "
                        "nach dem SGB II und der Sozialhilfe ausgeschlossen (§ 7 Abs. 1 SGB II, § "
                        "23 Abs. 2 SGB XII); das Verhältnis der Jugendhilfe zu anderen "
                        "Sozialleistungen regelt § 10 SGB VIII. Hinzu kommen das Schulrecht der "
                        "Länder und Bundesangebote wie Integrationskurse und "
                        "Migrationsberatung.</p>",
                    ),
                    (
                        "text",
                        "<h3>Schnittstellen, Rechtskreiswechsel und Datenaustausch</h3>"
                        "<p>Besonders anfällig sind die Übergänge zwischen den Rechtskreisen, zum "
                        "Beispiel:</p><ul>"
                        "<li>Nach der Anerkennung im Asylverfahren wechselt die Existenzsicherung "
                        "vom AsylbLG in das SGB II; Unterlagen werden erneut angefordert, "
                        "Zahlungen verzögern sich.</li>"
                        "<li>Mit Beginn einer Ausbildung ändert sich die Existenzsicherung, etwa "
                        "durch Berufsausbildungsbeihilfe nach dem SGB III.</li>"
                        "<li>Junge Menschen, die in der Jugendhilfe volljährig werden, wechseln "
                        "oft in andere Leistungssysteme; § 36b SGB VIII verlangt, den "
                        "Zuständigkeitsübergang rechtzeitig im Rahmen der Hilfeplanung "
                        "abzustimmen.</li>"
                        "<li>In einer Familie haben Mitglieder unterschiedliche Aufenthaltsstatus "
                        "und beziehen deshalb Leistungen aus verschiedenen "
                        "Rechtskreisen.</li></ul>"
                        "<p>Für solche Übergänge treffen die Stellen im Produktionsnetzwerk "
                        "Vereinbarungen: Übergabebögen, die auch die Person selbst erhält, feste "
                        "Ansprechpersonen, abgestimmte Berechnungen für Familien mit gemischten "
                        "Leistungsansprüchen und Fallkonferenzen für komplexe Lagen. Eine "
                        "Fallkonferenz wird häufig zweiphasig geführt: In der ersten Phase wird "
                        "mit der Person und den beteiligten Stellen der Fall bearbeitet, in der "
                        "zweiten Phase beraten die Fachkräfte ohne die Person über die sichtbar "
                        "gewordenen Lücken und Schnittstellen.</p>"
                        "<p>Auch im Netzwerk gelten die Datenschutzregeln aus der ersten Lektion. "
                        "Die Mitarbeit in einem Netzwerk begründet keine eigene "
                        "Übermittlungsbefugnis; erforderlich sind eine gesetzliche Grundlage, "
                        "etwa § 69 SGB X, oder eine wirksame Einwilligung. Die "
                        "Kooperationsvereinbarung sollte deshalb eine mit den "
                        "Datenschutzbeauftragten abgestimmte Einwilligungserklärung und klare "
                        "Regeln für Fallkonferenzen enthalten. Erkenntnisse für die Systemebene "
                        "werden anonymisiert weitergegeben.</p>",
                    ),
                    (
                        "case_study",
                        {
                            "slug": "eine-familie-drei-rechtskreise",
                            "task": (
                                "Ordnen Sie die Familienmitglieder den Rechtskreisen zu, aus denen "
                                "sie Leistungen beziehen, und benennen Sie die Schnittstelle, an "
                                "der die Familie ohne Geld dastand. Unterscheiden Sie dann: Welche "
                                "Ergebnisse der Fallkonferenz betreffen die Fallebene, welche die "
                                "Systemebene? Welche Vereinbarung würden Sie in die "
                                "Kooperationsvereinbarung Ihres Netzwerks übernehmen?"
                            ),
                        },
                    ),
                    (
                        "reflection",
                        {
                            "question": (
                                "Beschreiben Sie eine Schnittstelle zwischen zwei Rechtskreisen, "
                                "an der in Ihrer Kommune regelmäßig Probleme entstehen. "
                                "Formulieren Sie die Erkenntnis so, dass eine Steuerungsgruppe "
                                "ohne Kenntnis des Einzelfalls darüber entscheiden kann."
                            ),
                            "required": True,
                        },
                    ),
                    (
                        "quiz",
                        {
                            "title": "Quiz: Systemebene und Rechtskreise",
                            "pass_mark": 80,
                            "questions": [
                                {
                                    "text": (
                                        "Was kennzeichnet ein Produktionsnetzwerk im Unterschied "
                                        "zu einem Unterstützungsnetzwerk?"
                                    ),
                                    "choices": [
                                        (
                                            "Es besteht aus Familie und Freundeskreis der Person.",
                                            False,
                                        ),
                                        (
                                            "Es beruht auf verbindlichen Vereinbarungen zwischen "
                                            "Leistungsträgern und Leistungserbringern auf der "
                                            "Systemebene.",
                                            True,
                                        ),
                                        (
                                            "Es wird für jeden Fall neu gebildet und endet mit "
                                            "dem Fall.",
                                            False,
                                        ),
                                    ],
                                    "explanation": (
                                        "Das Produktionsnetzwerk ist fallübergreifend und "
                                        "verbindlich, meist mit Kooperationsvereinbarung und "
                                        "Steuerungsgruppe. Familie, Freundeskreis und die für "
                                        "einen Fall gebildeten Kontakte gehören zum "
                                        "Unterstützungsnetzwerk."
                                    ),
                                },
                                {
                                    "text": (
                                        "Welche Stelle ist in der Regel für die Existenzsicherung "
                                        "eines geduldeten Erwachsenen zuständig?"
                                    ),
                                    "choices": [
                                        ("Das Jobcenter nach dem SGB II", False),
                                        ("Die Leistungsbehörde nach dem AsylbLG", True),
                                        ("Die Agentur für Arbeit nach dem SGB III", False),
                                    ],
                                    "explanation": (
                                        "Geduldete sind nach § 1 AsylbLG leistungsberechtigt und "
                                        "deshalb vom Bürgergeld ausgeschlossen (§ 7 Abs. 1 SGB "
                                        "II). Zuständig ist die Leistungsbehörde nach dem AsylbLG, "
                                        "häufig das Sozialamt."
                                    ),
                                },
                                {
                                    "text": (
                                        "Was geschieht in der zweiten Phase einer zweiphasigen "
                                        "Fallkonferenz?"
                                    ),
                                    "choices": [
                                        (
                                            "Die Person stellt ihre Sicht auf die vereinbarten "
                                            "Ziele vor.",
                                            False,
                                        ),
                                        (
                                            "Die Fachkräfte beraten ohne die Person über Lücken, "
                                            "Schnittstellen und Optimierungsbedarfe im System.",
                                            True,
                                        ),
                                        (
                                            "Die beteiligten Behörden erlassen einen gemeinsamen "
                                            "Bescheid.",
                                            False,
                                        ),
                                    ],
                                    "explanation": (
                                        "Die erste Phase ist fallbezogen und findet mit der Person "
                                        "statt. Die zweite Phase dient der Systemebene: Die "
                                        "Fachkräfte werten aus, was der Fall über Lücken und "
                                        "Schnittstellen zeigt. Gemeinsame Bescheide verschiedener "
                                        "Rechtskreise gibt es nicht."
                                    ),
                                },
                                {
                                    "text": (
                                        "Dürfen die Mitglieder eines Produktionsnetzwerks "
                                        "Sozialdaten allein auf Grund der Kooperationsvereinbarung "
                                        "austauschen?"
                                    ),
                                    "choices": [
                                        (
                                            "Ja, die Kooperationsvereinbarung ist eine "
                                            "ausreichende Rechtsgrundlage.",
                                            False,
                                        ),
                                        (
                                            "Nein, erforderlich ist eine gesetzliche "
                                            "Übermittlungsbefugnis oder eine wirksame "
                                            "Einwilligung der Person.",
                                            True,
                                        ),
                                        (
                                            "Ja, sofern die Daten nur mündlich in einer "
                                            "Fallkonferenz fallen.",
                                            False,
                                        ),
                                    ],
                                    "explanation": (
                                        "Eine Vereinbarung zwischen Behörden schafft keine "
                                        "Übermittlungsbefugnis. Nach den §§ 67 ff. SGB X braucht "
                                        "es eine gesetzliche Grundlage oder eine Einwilligung – "
                                        "auch für mündliche Auskünfte in einer Fallkonferenz."
                                    ),
                                },
                                {
                                    "text": (
                                        "Welche Vorschrift regelt die vorläufige Inobhutnahme "
                                        "ausländischer Kinder und Jugendlicher nach unbegleiteter "
                                        "Einreise?"
                                    ),
                                    "choices": [
                                        ("§ 42a SGB VIII", True),
                                        ("§ 35a SGB VIII", False),
                                        ("§ 60c AufenthG", False),
                                    ],
                                    "explanation": (
                                        "§ 42a SGB VIII regelt die vorläufige Inobhutnahme "
                                        "unbegleitet eingereister Minderjähriger. § 35a SGB VIII "
                                        "betrifft die Eingliederungshilfe bei seelischer "
                                        "Behinderung, § 60c AufenthG die Ausbildungsduldung."
                                    ),
                                },
                            ],
                        },
                    ),
                ],
            },
        ],
    },
    {
        "slug": "aufbaukurs-case-management",
        "title": "Aufbaukurs Case Management: Fallkonferenzen, Netzwerke und Verankerung",
        "kind": "aufbau",
        "component": "grundlagen",
        "ue_theory": 48,
        "ue_practice": 24,
        "ue_presence": 56,
        "prerequisites": [
            "basiskurs-case-management",
        ],
        "audience": (
            "Fachkräfte, die den Basiskurs abgeschlossen haben und Case Management in ihrer "
            "Dienststelle bereits anwenden."
        ),
        "summary": (
            "Der Aufbaukurs vertieft Gesprächsführung, aufenthaltsrechtliche Perspektiven und den "
            "Umgang mit Krisen und Kinderschutz. Im Mittelpunkt stehen die zweiphasige "
            "Fallkonferenz, der Aufbau von Produktionsnetzwerken und die Verankerung von Case "
            "Management in der Kommune einschließlich Qualitätssicherung und Dokumentation."
        ),
        "learning_objectives": [
            (
                "Die Teilnehmenden moderieren eine zweiphasige Fallkonferenz und bereiten deren "
                "fallübergreifende Ergebnisse für die Steuerungsgruppe auf."
            ),
            (
                "Die Teilnehmenden setzen Methoden der motivierenden Gesprächsführung ein und "
                "arbeiten professionell mit Sprachmittlung."
            ),
            (
                "Die Teilnehmenden beziehen aufenthaltsrechtliche Perspektiven wie Ausbildungs- "
                "und Beschäftigungsduldung (§§ 60c, 60d AufenthG) und Bleiberechtsregelungen (§§ "
                "25a, 25b AufenthG) in die Hilfeplanung ein."
            ),
            (
                "Die Teilnehmenden erkennen gewichtige Anhaltspunkte für eine Kindeswohlgefährdung "
                "und kennen das Verfahren nach § 8a SGB VIII und § 4 KKG."
            ),
            (
                "Die Teilnehmenden entwerfen Regelungen für eine Kooperationsvereinbarung und "
                "Kennzahlen für die Qualitätssicherung."
            ),
        ],
        "lessons": [
            {
                "slug": "zweiphasige-fallkonferenz",
                "title": "Die zweiphasige Fallkonferenz",
                "ue": 0,
                "blocks": [
                    (
                        "text",
                        "<p>Die Fallkonferenz bringt die Person und die beteiligten Stellen an "
                        "einen Tisch, wenn sich ein Fall mit Einzelabsprachen nicht mehr steuern "
                        "lässt. Im Aufbaukurs üben Sie die zweiphasige Form:</p><ol>"
                        "<li><b>Erste Phase, fallbezogen:</b> Mit der Person – bei Bedarf mit "
                        "Sprachmittlung – werden Lage, Ziele und die Beiträge der Stellen "
                        "besprochen und im Hilfeplan festgehalten. Die Person entscheidet mit, "
                        "wer teilnimmt.</li>"
                        "<li><b>Zweite Phase, systembezogen:</b> Ohne die Person beraten die "
                        "Fachkräfte, welche Lücken, Schnittstellenprobleme und "
                        "Optimierungsbedarfe der Fall zeigt. Die Ergebnisse gehen anonymisiert an "
                        "die Steuerungsgruppe.</li></ol>"
                        "<p>Zur Moderation gehören eine Einladung mit Anlass und Fragestellung, "
                        "eine vorab geklärte Einwilligung zum Austausch, eine feste Zeitstruktur "
                        "und ein Ergebnisprotokoll mit Verantwortlichen und Fristen. Die "
                        "Fallkonferenz ist kein Tribunal: Die Person soll erleben, dass die "
                        "Stellen gemeinsam an ihrer Lage arbeiten, und nicht, dass über sie "
                        "verhandelt wird.</p>",
                    ),
                    (
                        "instrument",
                        {
                            "slug": "fallkonferenz-in-zwei-phasen",
                            "note": (
                                "Bereiten Sie mit der Vorlage eine Fallkonferenz zu einem eigenen, "
                                "anonymisierten Fall vor. Formulieren Sie die Leitfrage und "
                                "mindestens zwei Fragen für die zweite Phase."
                            ),
                        },
                    ),
                    (
                        "reflection",
                        {
                            "question": (
                                "Welche Erfahrungen haben Sie mit Fallkonferenzen gemacht? Was "
                                "würden Sie an Vorbereitung oder Moderation künftig anders "
                                "gestalten?"
                            ),
                            "required": True,
                        },
                    ),
                ],
            },
            {
                "slug": "aufenthaltsrechtliche-perspektiven",
                "title": "Aufenthaltsrechtliche Perspektiven in der Hilfeplanung",
                "ue": 0,
                "blocks": [
                    (
                        "text",
                        "<p>Für viele Zugewanderte hängt die Lebensplanung an ihrer "
                        "aufenthaltsrechtlichen Perspektive. Case Managerinnen und Case Manager "
                        "leisten keine Rechtsberatung – das ist Aufgabe der Ausländerbehörde, der "
                        "Migrationsberatung und der Rechtsberatung –, sie müssen die Wege aber "
                        "kennen, um rechtzeitig an die richtige Stelle zu vermitteln und Fristen "
                        "in den Hilfeplan aufzunehmen. Vertieft werden insbesondere:</p><ul>"
                        "<li>die Ausbildungsduldung (§ 60c AufenthG) und die "
                        "Beschäftigungsduldung (§ 60d AufenthG) mit ihren Voraussetzungen, vor "
                        "allem der Identitätsklärung,</li>"
                        "<li>die Aufenthaltserlaubnisse für gut integrierte Jugendliche und junge "
                        "Volljährige (§ 25a AufenthG) und bei nachhaltiger Integration (§ 25b "
                        "AufenthG),</li>"
                        "<li>die Aufenthaltserlaubnis für qualifizierte Geduldete nach einer "
                        "Ausbildung (§ 19d AufenthG),</li>"
                        "<li>die Wohnsitzregelung nach § 12a AufenthG und ihre Bedeutung für "
                        "Umzüge zur Arbeitsaufnahme.</li></ul>"
                        "<p>Im Hilfeplan werden aufenthaltsrechtliche Schritte wie andere Ziele "
                        "behandelt: mit Verantwortlichen, Fristen und dokumentierten "
                        "Mitwirkungshandlungen.</p>",
                    ),
                    (
                        "reflection",
                        {
                            "question": (
                                "In welchem Ihrer Fälle hätte eine frühere Klärung der "
                                "aufenthaltsrechtlichen Perspektive den Verlauf verändert? Welche "
                                "Stelle hätten Sie einbeziehen müssen?"
                            ),
                            "required": True,
                        },
                    ),
                ],
            },
            {
                "slug": "produktionsnetzwerke-aufbauen",
                "title": "Produktionsnetzwerke aufbauen und Qualität sichern",
                "ue": 0,
                "blocks": [
                    (
                        "text",
                        "<p>Im Basiskurs haben Sie das Produktionsnetzwerk als Ort der "
                        "Systemsteuerung kennengelernt. Der Aufbaukurs behandelt seinen Aufbau: "
                        "eine Bestandsaufnahme der beteiligten Stellen und Angebote, die Klärung "
                        "gemeinsamer Ziele und der Entwurf einer Kooperationsvereinbarung mit "
                        "Zugangswegen, Ansprechpersonen, Fristen, Datenschutzregeln und einem "
                        "Verfahren für Fallkonferenzen. Eine Steuerungsgruppe entscheidet, eine "
                        "Netzwerkkoordination hält die Arbeit zusammen.</p>"
                        "<p>Zur Qualitätssicherung gehören eine einheitliche Falldokumentation "
                        "entlang der Prozessphasen, wenige aussagekräftige Kennzahlen – etwa "
                        "Wartezeiten, die Zahl der Fallkonferenzen oder der Anteil geplanter "
                        "Abschlüsse – und ein regelmäßiger Bericht über fallübergreifende "
                        "Erkenntnisse. Kennzahlen dienen der Steuerung, nicht der Bewertung "
                        "einzelner Fachkräfte, und werden gemeinsam interpretiert.</p>",
                    ),
                    (
                        "reflection",
                        {
                            "question": (
                                "Entwerfen Sie in Stichworten drei Regelungen, die in der "
                                "Kooperationsvereinbarung Ihres Netzwerks stehen sollten, und "
                                "begründen Sie jeweils, welches wiederkehrende Problem sie lösen."
                            ),
                            "required": True,
                        },
                    ),
                ],
            },
        ],
    },
    {
        "slug": "kollegiale-beratung",
        "title": "Kollegiale Beratung in selbstorganisierten Arbeitsgruppen",
        "kind": "kollegiale_beratung",
        "component": "kollegiale_beratung",
        "ue_theory": 0,
        "ue_practice": 42,
        "ue_presence": 16,
        "prerequisites": [
            "basiskurs-case-management",
        ],
        "audience": (
            "Teilnehmende der Weiterbildung, die nach dem Basiskurs eigene Fälle in einer festen "
            "Arbeitsgruppe kollegial beraten."
        ),
        "summary": (
            "In festen Gruppen von vier bis sechs Personen beraten Sie sich nach einem "
            "strukturierten Ablauf zu Fällen aus Ihrer Praxis. Zwei Präsenztage rahmen die Arbeit: "
            "Zum Auftakt üben Sie Methode und Gruppenregeln, zum Abschluss werten Sie die "
            "Erfahrungen aus. Dazwischen treffen sich die Gruppen selbstorganisiert und "
            "protokollieren ihre Sitzungen."
        ),
        "learning_objectives": [
            (
                "Die Teilnehmenden beherrschen den Ablauf der Kollegialen Beratung mit festen "
                "Rollen und Phasen."
            ),
            (
                "Die Teilnehmenden bringen eigene Fälle anonymisiert und mit einer klaren "
                "Schlüsselfrage ein."
            ),
            (
                "Die Teilnehmenden wenden Beratungsmethoden wie Hypothesenbildung, "
                "Perspektivwechsel und Lösungssammlung an."
            ),
            (
                "Die Teilnehmenden organisieren ihre Arbeitsgruppe selbst und dokumentieren die "
                "Sitzungen nachvollziehbar."
            ),
            (
                "Die Teilnehmenden leiten aus wiederkehrenden Fallthemen Hinweise für die "
                "Systemebene ab."
            ),
        ],
        "lessons": [
            {
                "slug": "ablauf-der-kollegialen-beratung",
                "title": "Ablauf und Rollen der Kollegialen Beratung",
                "ue": 0,
                "blocks": [
                    (
                        "text",
                        "<p>Kollegiale Beratung ist ein strukturiertes Gespräch unter "
                        "Fachkräften: Eine Person bringt einen Fall oder eine Frage aus ihrer "
                        "Praxis ein, die Gruppe berät sie – ohne Leitung von außen. Die feste "
                        "Struktur schützt vor endlosen Fallerzählungen und vorschnellen "
                        "Ratschlägen. Bewährt hat sich ein Ablauf in sechs Schritten:</p><ol>"
                        "<li>Rollen verteilen: Fallgeberin oder Fallgeber, Moderation, Beratende, "
                        "gegebenenfalls Protokoll.</li>"
                        "<li>Fallbericht: Die fallgebende Person schildert den Fall anonymisiert, "
                        "die Gruppe hört zu.</li>"
                        "<li>Verständnisfragen: Die Beratenden fragen nach dem Sachverhalt, noch "
                        "nicht nach Lösungen.</li>"
                        "<li>Schlüsselfrage: Die fallgebende Person formuliert, worauf sie eine "
                        "Antwort sucht.</li>"
                        "<li>Beratung: Die Beratenden entwickeln Hypothesen und Lösungsideen, die "
                        "fallgebende Person hört zu.</li>"
                        "<li>Abschluss: Die fallgebende Person sagt, was sie mitnimmt; die Gruppe "
                        "hält fest, ob der Fall Hinweise für die Systemebene enthält.</li></ol>"
                        "<p>Ein Durchgang dauert etwa 45 bis 60 Minuten. Im Auftaktworkshop üben "
                        "Sie den Ablauf und verschiedene Methoden für die Beratungsphase.</p>",
                    ),
                    (
                        "reflection",
                        {
                            "question": (
                                "Welche Rolle fällt Ihnen in der Kollegialen Beratung leichter, "
                                "welche schwerer – und woran liegt das?"
                            ),
                            "required": True,
                        },
                    ),
                ],
            },
            {
                "slug": "selbstorganisierte-arbeitsgruppen",
                "title": "Selbstorganisierte Arbeitsgruppen: Organisation und Nachweis",
                "ue": 0,
                "blocks": [
                    (
                        "text",
                        "<p>Die 42 UE der Kollegialen Beratung setzen sich aus zwei Präsenztagen "
                        "mit je 8 UE und 26 UE in selbstorganisierten Arbeitsgruppen zusammen. "
                        "Die Gruppen aus vier bis sechs Teilnehmenden treffen sich in der Regel "
                        "dreizehnmal zu je 2 UE, in Präsenz oder online. Für die Anerkennung "
                        "gilt:</p><ul>"
                        "<li>Jedes Treffen wird mit Datum, Dauer, Teilnehmenden und Thema "
                        "protokolliert; Fallinhalte werden nur anonymisiert festgehalten.</li>"
                        "<li>Alle Teilnehmenden bringen im Verlauf mindestens einmal einen "
                        "eigenen Fall ein.</li>"
                        "<li>Vertraulichkeit wird zu Beginn vereinbart: Was in der Gruppe über "
                        "Fälle und Kolleginnen und Kollegen gesagt wird, bleibt in der "
                        "Gruppe.</li>"
                        "<li>Die Protokolle werden im Lernbereich hochgeladen und von der "
                        "Kursleitung bestätigt.</li></ul>"
                        "<p>Im Abschlussworkshop werten die Gruppen aus, welche Themen "
                        "wiederkehrten und welche davon an die Systemebene weitergegeben werden "
                        "sollten.</p>",
                    ),
                    (
                        "reflection",
                        {
                            "question": (
                                "Welche Vereinbarungen braucht Ihre Arbeitsgruppe, damit die "
                                "Treffen auch bei hoher Fallbelastung verlässlich stattfinden?"
                            ),
                            "required": True,
                        },
                    ),
                ],
            },
        ],
    },
    {
        "slug": "supervision",
        "title": "Supervision: Fallarbeit und professionelle Rolle reflektieren",
        "kind": "supervision",
        "component": "supervision",
        "ue_theory": 0,
        "ue_practice": 24,
        "ue_presence": 24,
        "prerequisites": [
            "basiskurs-case-management",
        ],
        "audience": (
            "Teilnehmende der Weiterbildung, die Case Management in ihrer Praxis umsetzen und "
            "Fälle und Rolle unter externer Anleitung reflektieren."
        ),
        "summary": (
            "Die Gruppensupervision begleitet die Umsetzung von Case Management in der eigenen "
            "Praxis. In sechs Sitzungen zu je 4 UE bearbeiten Sie Fälle, Rollenkonflikte und "
            "Kooperationsfragen unter Anleitung einer externen Supervisorin oder eines externen "
            "Supervisors. Die Teilnahme wird in einem Supervisionsnachweis festgehalten."
        ),
        "learning_objectives": [
            (
                "Die Teilnehmenden reflektieren eigene Fälle im Hinblick auf Prozessverlauf, "
                "Beziehungsgestaltung und Zielerreichung."
            ),
            (
                "Die Teilnehmenden erkennen Rollenkonflikte, etwa zwischen Unterstützung und "
                "Kontrolle im doppelten Mandat, und entwickeln Handlungsmöglichkeiten."
            ),
            (
                "Die Teilnehmenden bearbeiten Kooperationskonflikte zwischen Stellen und "
                "Rechtskreisen."
            ),
            (
                "Die Teilnehmenden achten auf eigene Belastungsgrenzen im Umgang mit Abschiebung, "
                "Armut und Fluchterfahrungen."
            ),
        ],
        "lessons": [
            {
                "slug": "rahmen-der-supervision",
                "title": "Rahmen und Vereinbarungen der Supervision",
                "ue": 0,
                "blocks": [
                    (
                        "text",
                        "<p>Supervision ist die von einer qualifizierten externen Fachkraft "
                        "geleitete Reflexion beruflichen Handelns. Von der Kollegialen Beratung "
                        "unterscheidet sie sich durch die Leitung, von der Fachaufsicht dadurch, "
                        "dass die Supervisorin oder der Supervisor weder Weisungen erteilt noch "
                        "beurteilt. In der Weiterbildung umfasst sie 24 UE in Präsenz, verteilt "
                        "auf sechs Sitzungen zu je 4 UE in Gruppen von höchstens acht Personen. "
                        "Themen sind:</p><ul>"
                        "<li>Fälle aus der eigenen Case-Management-Praxis, besonders solche, die "
                        "festgefahren sind,</li>"
                        "<li>Rollenkonflikte, etwa zwischen Unterstützung und Kontrolle im "
                        "doppelten Mandat,</li>"
                        "<li>Kooperationskonflikte zwischen Stellen und Rechtskreisen,</li>"
                        "<li>Belastungen durch Abschiebungen, Armut, Gewalt- und "
                        "Fluchterfahrungen der Klientinnen und Klienten.</li></ul>"
                        "<p>Zu Beginn werden Vertraulichkeit, Teilnahmeregeln und der Umgang mit "
                        "Fehlzeiten vereinbart. Die Supervisorin oder der Supervisor bestätigt "
                        "die Teilnahme im Supervisionsnachweis; Inhalte werden nicht an "
                        "Arbeitgeber weitergegeben.</p>",
                    ),
                    (
                        "reflection",
                        {
                            "question": (
                                "Welche Situation aus Ihrer Praxis hat Sie in letzter Zeit "
                                "besonders beschäftigt, und was würden Sie sich von einer "
                                "Supervision dazu wünschen?"
                            ),
                            "required": True,
                        },
                    ),
                ],
            },
            {
                "slug": "fall-fuer-die-supervision-vorbereiten",
                "title": "Einen Fall für die Supervision vorbereiten",
                "ue": 0,
                "blocks": [
                    (
                        "text",
                        "<p>Eine gute Fallvorstellung ist kurz und anonymisiert. Sie beginnt mit "
                        "dem Anliegen: Was möchten Sie klären? Danach schildern Sie in wenigen "
                        "Sätzen die Lage, den bisherigen Verlauf entlang der Prozessphasen, die "
                        "beteiligten Stellen und Ihre eigene Rolle. Eine Netzwerkkarte auf einem "
                        "Blatt macht Beziehungen sichtbar. Verzichten Sie auf Namen, genaue Daten "
                        "und Orte; für die Supervision genügen Altersspannen und Regionen.</p>"
                        "<p>Halten Sie nach der Sitzung fest, welche Einsicht Sie mitnehmen und "
                        "welchen nächsten Schritt Sie gehen wollen. Solche Notizen sind zugleich "
                        "eine gute Grundlage für die spätere Falldokumentation.</p>",
                    ),
                    (
                        "reflection",
                        {
                            "question": (
                                "Formulieren Sie für einen Ihrer laufenden Fälle in einem Satz ein "
                                "Anliegen für die Supervision."
                            ),
                            "required": True,
                        },
                    ),
                ],
            },
        ],
    },
    {
        "slug": "abschluss-falldokumentation-kolloquium",
        "title": "Abschluss: Falldokumentation und Kolloquium",
        "kind": "abschluss",
        "component": "",
        "ue_theory": 0,
        "ue_practice": 4,
        "ue_presence": 4,
        "prerequisites": [
            "aufbaukurs-case-management",
        ],
        "audience": (
            "Teilnehmende, die Basis- und Aufbaukurs abgeschlossen haben und das Zertifikat als "
            "Case Managerin oder Case Manager (DGCC) anstreben."
        ),
        "summary": (
            "Zum Abschluss dokumentieren Sie einen selbst geführten Fall entlang der Phasen des "
            "Case-Management-Prozesses und stellen ihn in einem Kolloquium vor. Die Dokumentation "
            "wird vor der Einreichung anonymisiert und auf personenbezogene Daten geprüft. Mit "
            "bestandener Dokumentation, bestandenem Kolloquium und allen nachgewiesenen UE "
            "erfüllen Sie die Voraussetzungen für das Zertifikat."
        ),
        "learning_objectives": [
            (
                "Die Teilnehmenden dokumentieren einen eigenen Fall nachvollziehbar entlang der "
                "Phasen Klärung, Assessment, Hilfeplanung, Leistungssteuerung, Monitoring und "
                "Evaluation."
            ),
            (
                "Die Teilnehmenden beziehen die Systemebene ein und benennen Schnittstellen, "
                "Lücken und Optimierungsbedarfe."
            ),
            (
                "Die Teilnehmenden anonymisieren ihre Dokumentation so, dass weder die begleiteten "
                "Personen noch Dritte erkennbar sind."
            ),
            (
                "Die Teilnehmenden begründen ihr Vorgehen im Kolloquium fachlich und reflektieren "
                "ihre Rolle kritisch."
            ),
        ],
        "lessons": [
            {
                "slug": "die-falldokumentation",
                "title": "Die Falldokumentation: Aufbau entlang der Prozessphasen",
                "ue": 0,
                "blocks": [
                    (
                        "text",
                        "<p>Mit der Falldokumentation weisen Sie nach, dass Sie einen Fall nach "
                        "den Standards des Case Managements geführt und reflektiert haben. "
                        "Dokumentiert wird ein Fall, den Sie während der Weiterbildung selbst "
                        "begleitet haben und der mindestens bis in das Monitoring fortgeschritten "
                        "ist. Der Umfang beträgt etwa 15 bis 20 Seiten ohne Anlagen. Die "
                        "Dokumentation folgt diesem Aufbau:</p><ol>"
                        "<li><b>Ausgangslage und Auftrag:</b> Ihre Stelle, Ihr Auftrag, der "
                        "Zugang zum Fall.</li>"
                        "<li><b>Klärung:</b> Kriterien für die Aufnahme, Arbeitsbündnis, "
                        "Einwilligung.</li>"
                        "<li><b>Assessment:</b> Ressourcen und Bedarfe nach Handlungsfeldern, "
                        "eingesetzte Instrumente, der Aufenthaltsstatus als "
                        "Querschnittsthema.</li>"
                        "<li><b>Hilfeplanung und Zielvereinbarung:</b> Zielhierarchie aus "
                        "Grundsatz-, Rahmen- und Ergebniszielen, Verhältnis zu den Plänen der "
                        "Rechtskreise.</li>"
                        "<li><b>Leistungssteuerung:</b> erschlossene Hilfen, Übergaben, "
                        "Schwierigkeiten.</li>"
                        "<li><b>Monitoring:</b> Überprüfungen und Anpassungen des Hilfeplans.</li>"
                        "<li><b>Evaluation und Abschluss:</b> Zielerreichung, Sicht der Person, "
                        "Abschluss oder Stand bei der Einreichung.</li>"
                        "<li><b>Systemebene:</b> fallübergreifende Erkenntnisse zu Lücken, "
                        "Schnittstellen und Optimierungsbedarfen.</li>"
                        "<li><b>Reflexion:</b> Ihre Rolle und was Sie heute anders machen "
                        "würden.</li></ol>"
                        "<p>Die Begutachtung endet mit „bestanden“ oder „Überarbeitung nötig“. Im "
                        "zweiten Fall erhalten Sie schriftliche Hinweise und reichen eine "
                        "überarbeitete Fassung ein.</p>",
                    ),
                    (
                        "reflection",
                        {
                            "question": (
                                "Welcher Ihrer Fälle eignet sich für die Falldokumentation? Prüfen "
                                "Sie, ob Sie zu jeder Prozessphase genügend Material haben, und "
                                "notieren Sie, was noch fehlt."
                            ),
                            "required": True,
                        },
                    ),
                ],
            },
            {
                "slug": "anonymisierung-der-falldokumentation",
                "title": "Anonymisierung: Was nicht in die Dokumentation gehört",
                "ue": 0,
                "blocks": [
                    (
                        "text",
                        "<p>Die Falldokumentation darf keine Rückschlüsse auf die begleiteten "
                        "Personen, ihre Angehörigen oder Dritte zulassen – auch nicht gegenüber "
                        "Prüfenden und anderen Teilnehmenden. Entfernen oder ersetzen Sie vor der "
                        "Einreichung:</p><ul>"
                        "<li>Namen, auch Vornamen und Initialen; verwenden Sie Rollen wie „die "
                        "Klientin“ oder „der älteste Sohn“,</li>"
                        "<li>genaue Daten; geben Sie Zeiträume relativ an, etwa „im dritten Monat "
                        "nach der Aufnahme“,</li>"
                        "<li>Anschriften, Telefonnummern, E-Mail-Adressen und "
                        "Bankverbindungen,</li>"
                        "<li>Steuer- und Sozialversicherungsnummern, Pass-, Ausweis- und "
                        "Aufenthaltstitelnummern,</li>"
                        "<li>Aktenzeichen von Ausländerbehörde, BAMF, Jobcenter und Gerichten "
                        "sowie AZR-Nummern.</li></ul>"
                        "<p>Achten Sie auch auf Angaben, die erst zusammen identifizieren: "
                        "genaues Alter, Staatsangehörigkeit und ein kleiner Ort, ein seltener "
                        "Beruf oder ein auffälliges Ereignis. Verwenden Sie Altersspannen "
                        "(„Anfang 30“), Regionen („aus Westafrika“) und grobe Ortsangaben („eine "
                        "kreisangehörige Gemeinde“). Beim Hochladen prüft die Plattform die "
                        "Dokumentation automatisch auf solche Angaben; was eine Identifizierung "
                        "ermöglicht, muss vor der Begutachtung entfernt werden.</p>",
                    ),
                    (
                        "reflection",
                        {
                            "question": (
                                "Welche Angaben in Ihrem Fall wären für sich genommen harmlos, "
                                "könnten aber in Kombination eine Person erkennbar machen?"
                            ),
                            "required": True,
                        },
                    ),
                ],
            },
            {
                "slug": "das-kolloquium",
                "title": "Das Kolloquium",
                "ue": 0,
                "blocks": [
                    (
                        "text",
                        "<p>Im Kolloquium stellen Sie Ihren dokumentierten Fall vor und führen "
                        "darüber ein Fachgespräch mit zwei Prüfenden. Voraussetzung ist eine "
                        "bestandene Falldokumentation. Die Kolloquien finden an einem Halbtag in "
                        "Präsenz in Gruppen von vier Teilnehmenden statt, die an den "
                        "Vorstellungen der anderen teilnehmen. Jedes Kolloquium dauert etwa 45 "
                        "Minuten:</p><ul>"
                        "<li>eine Präsentation von etwa 15 Minuten, die den Fall entlang der "
                        "Prozessphasen und die Erkenntnisse für die Systemebene darstellt,</li>"
                        "<li>ein Fachgespräch von etwa 30 Minuten, in dem die Prüfenden nach "
                        "Begründungen, Alternativen und Ihrer Rolle fragen.</li></ul>"
                        "<p>Bewertet wird, ob Sie Ihr Vorgehen mit den Konzepten des Case "
                        "Managements begründen, rechtskreisübergreifende Zusammenhänge erkennen "
                        "und Ihr Handeln kritisch reflektieren. Die Fallvorstellungen bleiben "
                        "vertraulich. Nach bestandenem Kolloquium und mit allen nachgewiesenen UE "
                        "kann das Zertifikat „zertifizierte Case Managerin / zertifizierter Case "
                        "Manager (DGCC)“ ausgestellt werden.</p>",
                    ),
                    (
                        "reflection",
                        {
                            "question": (
                                "Welche Frage zu Ihrem Fall würden Sie im Kolloquium am wenigsten "
                                "gern beantworten? Bereiten Sie eine Antwort darauf vor."
                            ),
                            "required": True,
                        },
                    ),
                ],
            },
        ],
    },
]

# Session offsets are days from today. Basiskurs: 60 UE in sessions (36 theory, 24 practice,
# 56 in presence) plus 12 UE of lessons. Aufbaukurs: 72 UE in sessions (48 theory, 56 in
# presence). A full day is 8 UE, a half day 4 UE.
COHORTS = [
    {
        "module": "basiskurs-case-management",
        "title": "Basiskurs Case Management, Durchgang A",
        "start_offset_days": -42,
        "place": "Fortbildungszentrum, Seminarraum 2",
        "online": False,
        "capacity": 20,
        "sessions": [
            {
                "offset_days": -42,
                "start": "09:00",
                "end": "16:30",
                "ue": 8,
                "in_presence": True,
                "kind": "theory",
                "topic": (
                    "Auftakt: Case Management nach DGCC, Fall- und Systemebene, Klärung (Intake)"
                ),
            },
            {
                "offset_days": -41,
                "start": "09:00",
                "end": "16:30",
                "ue": 8,
                "in_presence": True,
                "kind": "theory",
                "topic": (
                    "Assessment: Ressourcen, Bedarfe und Aufenthaltsstatus als Querschnittsthema"
                ),
            },
            {
                "offset_days": -35,
                "start": "09:00",
                "end": "12:15",
                "ue": 4,
                "in_presence": False,
                "kind": "theory",
                "topic": "Online: Sozialdatenschutz und Einwilligung nach den §§ 67 ff. SGB X",
            },
            {
                "offset_days": -28,
                "start": "09:00",
                "end": "16:30",
                "ue": 8,
                "in_presence": True,
                "kind": "practice",
                "topic": "Praxistag: Erstgespräch, Arbeitsbündnis und Assessment an Fallstudien",
            },
            {
                "offset_days": -21,
                "start": "09:00",
                "end": "16:30",
                "ue": 8,
                "in_presence": True,
                "kind": "theory",
                "topic": "Hilfeplanung, Zielhierarchie und Leistungssteuerung (Linking)",
            },
            {
                "offset_days": -14,
                "start": "09:00",
                "end": "16:30",
                "ue": 8,
                "in_presence": True,
                "kind": "practice",
                "topic": "Praxistag: Ziele formulieren, Hilfeplan erstellen, Übergaben planen",
            },
            {
                "offset_days": 3,
                "start": "09:00",
                "end": "12:15",
                "ue": 4,
                "in_presence": True,
                "kind": "theory",
                "topic": "Monitoring, Evaluation und Abschluss",
            },
            {
                "offset_days": 3,
                "start": "13:15",
                "end": "16:30",
                "ue": 4,
                "in_presence": True,
                "kind": "practice",
                "topic": "Fallwerkstatt: Monitoring und Zielerreichungsskalen",
            },
            {
                "offset_days": 10,
                "start": "09:00",
                "end": "12:15",
                "ue": 4,
                "in_presence": True,
                "kind": "theory",
                "topic": "Systemsteuerung, Produktionsnetzwerke und Rechtskreise",
            },
            {
                "offset_days": 10,
                "start": "13:15",
                "end": "16:30",
                "ue": 4,
                "in_presence": True,
                "kind": "practice",
                "topic": "Übung: zweiphasige Fallkonferenz, Transfer und Abschluss",
            },
        ],
    },
    {
        "module": "aufbaukurs-case-management",
        "title": "Aufbaukurs Case Management, Durchgang A",
        "start_offset_days": 21,
        "place": "Fortbildungszentrum, Seminarraum 1",
        "online": False,
        "capacity": 18,
        "sessions": [
            {
                "offset_days": 21,
                "start": "09:00",
                "end": "16:30",
                "ue": 8,
                "in_presence": True,
                "kind": "theory",
                "topic": "Auftakt: Rolle, Haltung und doppeltes Mandat im Case Management",
            },
            {
                "offset_days": 22,
                "start": "09:00",
                "end": "16:30",
                "ue": 8,
                "in_presence": True,
                "kind": "theory",
                "topic": "Motivierende Gesprächsführung und Arbeit mit Sprachmittlung",
            },
            {
                "offset_days": 28,
                "start": "09:00",
                "end": "12:15",
                "ue": 4,
                "in_presence": False,
                "kind": "theory",
                "topic": (
                    "Online: Aufenthaltsrechtliche Perspektiven (§§ 60c, 60d, 25a, 25b AufenthG)"
                ),
            },
            {
                "offset_days": 29,
                "start": "09:00",
                "end": "12:15",
                "ue": 4,
                "in_presence": False,
                "kind": "practice",
                "topic": "Online: Übung zu aufenthaltsrechtlichen Schritten im Hilfeplan",
            },
            {
                "offset_days": 35,
                "start": "09:00",
                "end": "16:30",
                "ue": 8,
                "in_presence": True,
                "kind": "theory",
                "topic": (
                    "Kinderschutz, Gesundheit und Krisen: § 8a SGB VIII, § 4 KKG, § 35a SGB VIII"
                ),
            },
            {
                "offset_days": 36,
                "start": "09:00",
                "end": "16:30",
                "ue": 8,
                "in_presence": True,
                "kind": "practice",
                "topic": "Übung: eine zweiphasige Fallkonferenz moderieren",
            },
            {
                "offset_days": 49,
                "start": "09:00",
                "end": "16:30",
                "ue": 8,
                "in_presence": True,
                "kind": "theory",
                "topic": (
                    "Produktionsnetzwerke aufbauen: Kooperationsvereinbarung und Steuerungsgruppe"
                ),
            },
            {
                "offset_days": 56,
                "start": "09:00",
                "end": "12:15",
                "ue": 4,
                "in_presence": False,
                "kind": "theory",
                "topic": "Online: Qualitätssicherung, Dokumentation und Kennzahlen",
            },
            {
                "offset_days": 57,
                "start": "09:00",
                "end": "12:15",
                "ue": 4,
                "in_presence": False,
                "kind": "practice",
                "topic": "Online: Werkstatt Falldokumentation",
            },
            {
                "offset_days": 63,
                "start": "09:00",
                "end": "16:30",
                "ue": 8,
                "in_presence": True,
                "kind": "theory",
                "topic": "Case Management in der Kommune verankern: Organisation und Berichtswesen",
            },
            {
                "offset_days": 64,
                "start": "09:00",
                "end": "16:30",
                "ue": 8,
                "in_presence": True,
                "kind": "practice",
                "topic": "Fallpräsentationen, Transfer und Abschluss",
            },
        ],
    },
]
