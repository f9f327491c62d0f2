"""Texts of the demo case studies (loaded by `casestudies.demo`).

Twelve fictional, anonymised teaching cases, one for the focus of each model municipality, and
one draft with planted identifiers that waits in the review workflow. Any resemblance to real
persons is unintended. Long texts are wrapped for the source file; `demo.text()` joins the lines.
Slugs of target groups, Rechtskreise and Handlungsfelder: academy/migrations/0007_taxonomy_terms.py.
"""

# Published through the review workflow, in this order.
CASES = [
    {
        "slug": "sprache-und-arbeit-zugleich",
        "instruments": ["leitfaden-erstgespraech", "zielsystem-grundsatz-rahmen-ergebnisziele"],
        "title": "Sprache und Arbeit zugleich: ein neu zugewandertes Paar aus EU und Drittstaat",
        "kind": "fallanalyse",
        "region": "ostwestfalen-lippe",
        "target_groups": ["neuzugewanderte-eu", "neuzugewanderte-drittstaaten"],
        "legal_domains": ["sgb-ii", "sgb-iii", "aufenthg-asylg"],
        "fields_of_action": ["sprache", "arbeit", "existenzsicherung"],
        "summary": """
            Ein Paar Anfang 30 – er Staatsangehöriger eines EU-Mitgliedstaats in Südosteuropa, sie
            aus einem Drittstaat nachgezogen – sucht Unterstützung, weil das Einkommen aus einer
            Helfertätigkeit nicht reicht und beide Deutsch lernen wollen. Die Fallanalyse zeigt, wie
            unterschiedliche Zugänge zu Sprachförderung, Anerkennung und Arbeitsmarkt innerhalb
            einer Bedarfsgemeinschaft zusammengeführt werden können.
        """,
        "body": {
            "klaerung": """
                Der Kontakt entstand über die Migrationsberatung für erwachsene Zugewanderte, die
                das Paar an das Jobcenter verwies. Der Mann arbeitet seit einigen Monaten über eine
                Zeitarbeitsfirma als Helfer in der Lagerlogistik, zunächst in Teilzeit. Seine Frau
                ist ihm aus einem Drittstaat in Westasien nachgezogen und besitzt als
                Familienangehörige eines Unionsbürgers eine Aufenthaltskarte nach dem FreizügG/EU.
                Das Einkommen reicht nicht für den Lebensunterhalt; das Jobcenter prüfte ergänzende
                Leistungen nach dem SGB II. Weil der Mann als Arbeitnehmer gilt, greift der
                Leistungsausschluss für arbeitsuchende Unionsbürger nicht. In der Klärungsphase ging
                es vor allem darum, ob ein Case Management angezeigt ist: Beide wünschten
                ausdrücklich Unterstützung, mehrere Stellen sind beteiligt, und die Fragen zu
                Sprache, Arbeit und Existenzsicherung hängen eng zusammen. Das Paar stimmte der
                Aufnahme zu und willigte in den Austausch mit der Migrationsberatung ein.
            """,
            "assessment": """
                Im Assessment wurden Ressourcen und Bedarfe beider Partner erst getrennt und dann
                gemeinsam betrachtet. Der Mann hat im Herkunftsland eine Berufsausbildung im
                Metallbereich abgeschlossen, spricht Deutsch auf einfachem Niveau und möchte in
                seinem Beruf arbeiten. Die Frau hat ein kaufmännisches Studium abgeschlossen,
                spricht sehr gut Englisch und kaum Deutsch. Beide hatten angenommen, als Familie
                eines Unionsbürgers keinen Zugang zu einem Integrationskurs zu haben. Die
                Fallmanagerin klärte, dass beide im Rahmen verfügbarer Kursplätze nach § 44 Abs. 4
                AufenthG zugelassen werden können und dass der Mann als Beschäftigter einen
                berufsbezogenen Deutschkurs nach § 45a AufenthG besuchen kann. Als Belastungen
                nannte das Paar die wechselnden Schichten, die einen Kurs am Vormittag erschweren,
                und die Sorge, durch einen Kurs Einkommen zu verlieren.
            """,
            "hilfeplanung": """
                Im Kooperationsplan nach § 15 SGB II hielten Paar und Fallmanagerin vier Ziele fest.
                Die Frau beginnt möglichst bald einen Integrationskurs am Vormittag. Der Mann
                besucht einen Berufssprachkurs, der abends oder in Teilzeit stattfindet, damit er
                seine Arbeit behalten kann. Der Berufsabschluss des Mannes wird auf Gleichwertigkeit
                geprüft, der Studienabschluss der Frau bewertet. Die Fallmanagerin machte
                transparent, welche Schritte das Paar selbst übernimmt – etwa Zeugnisse und
                Übersetzungen beschaffen – und welche sie übernimmt. Offen blieb zunächst, wie sich
                die Schichtarbeit mit einem Kurs vereinbaren lässt; der Mann wollte dazu selbst mit
                seinem Disponenten sprechen.
            """,
            "leistungssteuerung": """
                Für den Integrationskurs beantragte die Frau mit Unterstützung der
                Migrationsberatung die Zulassung beim Bundesamt für Migration und Flüchtlinge; die
                Fallmanagerin suchte mit ihr einen Kursträger mit freien Plätzen. Den
                Berufssprachkurs für den Mann meldete das Jobcenter an. Für die Anerkennung verwies
                die Fallmanagerin an eine Beratungsstelle des Förderprogramms „Integration durch
                Qualifizierung“, die den Antrag bei der zuständigen Kammer vorbereitete; die
                Übersetzungskosten übernahm das Jobcenter aus dem Vermittlungsbudget. An einer
                Stelle wurde es schwierig: Der Abendkurs begann erst nach mehreren Monaten, weil
                sich nicht genügend Teilnehmende fanden. Bis dahin vermittelte die Fallmanagerin ein
                ehrenamtliches Sprachcafé, damit der Mann den Anschluss nicht verlor.
            """,
            "monitoring": """
                Die Fallmanagerin vereinbarte Gespräche im Abstand von etwa sechs Wochen, eines
                davon gemeinsam mit der Migrationsberatung. Nach etwa drei Monaten hatte die Frau
                den Integrationskurs begonnen und kam gut voran. Der Mann verpasste mehrfach
                Kurstermine, weil die Zeitarbeitsfirma ihn kurzfristig in andere Schichten
                einteilte. Das Monitoring machte daraus kein Versäumnis des Klienten, sondern passte
                die Planung an: Gemeinsam mit dem Arbeitgeberservice sprach die Fallmanagerin mit
                der Zeitarbeitsfirma über feste Schichten an Kurstagen, was nach einigen Wochen
                gelang. Zugleich zeichnete sich ab, dass der Berufsabschluss nur als teilweise
                gleichwertig anerkannt würde; für die volle Anerkennung wäre eine
                Anpassungsqualifizierung nötig.
            """,
            "evaluation": """
                Nach gut einem Jahr zogen alle Beteiligten Bilanz. Die Frau hatte den
                Integrationskurs auf dem Niveau B1 abgeschlossen und begann einen Berufssprachkurs
                auf B2-Niveau, um sich danach auf kaufmännische Stellen zu bewerben. Der Mann hatte
                eine Anpassungsqualifizierung begonnen und arbeitete inzwischen in Vollzeit, sodass
                die Bedarfsgemeinschaft nur noch geringe ergänzende Leistungen erhielt. Beide
                bewerteten es als hilfreich, dass ihre Wege getrennt geplant, aber in gemeinsamen
                Gesprächen abgestimmt wurden. Das Case Management endete mit einem
                Abschlussgespräch; die Migrationsberatung blieb Ansprechpartnerin für
                aufenthaltsrechtliche Fragen.
            """,
        },
        "system_level": [
            (
                "schnittstelle",
                """
                    Die Zugänge zur Sprachförderung unterscheiden sich für Unionsbürger, ihre
                    Familienangehörigen aus Drittstaaten und andere Drittstaatsangehörige deutlich.
                    Weder das Paar noch alle beteiligten Fachkräfte kannten die Regeln; eine
                    gemeinsame Übersicht von Jobcenter, Migrationsberatung und Kommunalem
                    Integrationszentrum fehlte.
                """,
            ),
            (
                "luecke",
                """
                    Berufssprachkurse am Abend oder am Wochenende kommen nur zustande, wenn genügend
                    Teilnehmende angemeldet sind. Für Beschäftigte im Schichtdienst entstehen
                    dadurch lange Wartezeiten.
                """,
            ),
        ],
        "discussion_questions": [
            (
                "Welche Vor- und Nachteile hat es, die Ziele beider Partner in einer gemeinsamen "
                "Hilfeplanung festzuhalten?"
            ),
            (
                "Wie kann das Case Management mit Arbeitgebern, besonders mit Zeitarbeitsfirmen, "
                "Absprachen zu Kurszeiten treffen, ohne die Stelle des Klienten zu gefährden?"
            ),
            (
                "Welche Informationen zu Sprachkurszugängen sollten in Ihrer Kommune allen "
                "beteiligten Stellen vorliegen?"
            ),
        ],
    },
    {
        "slug": "datenaustausch-nach-der-zuweisung",
        "instruments": ["vereinbarung-datenaustausch", "leichte-sprache-ihre-daten"],
        "title": (
            "Dieselben Unterlagen, immer wieder: Datenaustausch bei einer Familie nach der "
            "Zuweisung"
        ),
        "kind": "fallrekonstruktion",
        "region": "rheinland",
        "target_groups": ["gefluechtete-familien"],
        "legal_domains": ["asylblg", "sgb-ii", "aufenthg-asylg"],
        "fields_of_action": ["existenzsicherung", "wohnen", "arbeit"],
        "summary": """
            Eine Familie mit drei Kindern wurde Ende 2015 der Kommune zugewiesen und hat seitdem mit
            Sozialamt, Ausländerbehörde, Jobcenter, Familienkasse und Wohnungsamt zu tun. Die
            Fallrekonstruktion zeichnet nach, an welchen Übergängen Informationen verloren gingen
            und Unterlagen immer wieder neu angefordert wurden. Sie zeigt, was eine erklärte,
            einwilligungsbasierte Fallübergabe verändert hat.
        """,
        "body": {
            "klaerung": """
                Die Rekonstruktion beginnt mit der Zuweisung: Die Familie – die Eltern Anfang 30,
                drei Kinder im Kita- und Grundschulalter – kam Ende 2015 aus einer Landeseinrichtung
                in eine kommunale Unterkunft. Zuständig waren zunächst das Sozialamt für Leistungen
                nach dem AsylbLG und die Ausländerbehörde für die Aufenthaltsgestattung. Nach der
                Anerkennung als Flüchtlinge im Folgejahr wechselte die Familie in das SGB II. Ein
                Case Management wurde erst gut zwei Jahre später eingerichtet, als das Jobcenter die
                Leistungen wegen fehlender Unterlagen vorläufig eingestellt hatte, obwohl die Eltern
                nach eigener Aussage alles abgegeben hatten. In der Klärung stellte die Case
                Managerin fest, dass die Familie bis dahin mit mindestens sechs Stellen Kontakt
                hatte und keine davon einen Überblick besaß. Die Eltern stimmten einer gemeinsamen
                Rekonstruktion des bisherigen Verlaufs zu.
            """,
            "assessment": """
                Gemeinsam mit den Eltern legte die Case Managerin eine Zeitleiste an. Sie zeigte ein
                Muster: Bei jedem Zuständigkeitswechsel – vom Sozialamt zum Jobcenter, bei der
                Verlängerung der Aufenthaltserlaubnis, beim Umzug in eine eigene Wohnung – wurden
                Geburtsurkunden, Mietvertrag, Kontoauszüge und Bescheide erneut verlangt. Die Eltern
                hatten teils Originale abgegeben und keine Kopien behalten. Sie erlebten die
                Behörden als eine einzige Verwaltung und verstanden nicht, warum Unterlagen nicht
                weitergegeben wurden. Die Stärken der Familie lagen in einem guten Zusammenhalt, in
                den Deutschkenntnissen des Vaters auf B1-Niveau und im Wunsch der Mutter, in der
                Kinderbetreuung zu arbeiten. Belastend waren die Angst vor weiteren
                Leistungsunterbrechungen, Mietrückstände aus der Zeit der Einstellung und eine
                beengte Wohnung.
            """,
            "hilfeplanung": """
                Vereinbart wurden drei Ziele: die Leistungen lückenlos zu sichern, die
                Mietrückstände zu klären und eine Ordnung für die Unterlagen der Familie zu
                schaffen. Kern der Planung war eine schriftliche Einwilligung der Eltern, mit der
                sie die beteiligten Stellen für einzeln benannte Daten untereinander von der
                Schweigepflicht entbanden. Die Case Managerin erläuterte mit Sprachmittlung, welche
                Stelle welche Daten erhalten würde, wofür, und dass die Einwilligung freiwillig ist
                und jederzeit widerrufen werden kann. Ergänzend legte die Familie mit Unterstützung
                einer Ehrenamtlichen einen Ordner mit Kopien aller wichtigen Dokumente an. Für den
                Vater wurde ein Berufssprachkurs eingeplant, für die Mutter ein Beratungsgespräch
                zur Qualifizierung in der Kindertagespflege.
            """,
            "leistungssteuerung": """
                Auf Grundlage der Einwilligung stimmte die Case Managerin die Übergaben mit
                Jobcenter, Ausländerbehörde und Wohnungsamt ab. Die Rechtsgrundlagen der Stellen
                sind verschieden: Das Jobcenter darf Sozialdaten nach den §§ 67 ff. SGB X nur
                übermitteln, wenn eine gesetzliche Befugnis oder eine Einwilligung vorliegt; für die
                Ausländerbehörde gelten die Übermittlungsregeln des Aufenthaltsgesetzes. Deshalb
                wurden keine Akten ausgetauscht, sondern gezielt einzelne Nachweise, etwa die
                Bestätigung, dass bestimmte Urkunden bereits vorgelegen hatten. Das Jobcenter
                bewilligte die Leistungen rückwirkend und übernahm die Mietrückstände als Darlehen
                nach § 22 Abs. 8 SGB II. Eine Schwachstelle blieb: Das Wohnungsamt arbeitete mit
                eigenen Formularen und verlangte erneut Einkommensnachweise, die dem Jobcenter
                längst vorlagen.
            """,
            "monitoring": """
                Im Monitoring prüfte die Case Managerin in kurzen Abständen, ob die Leistungen ohne
                Unterbrechung liefen und ob erneut Unterlagen angefordert wurden. Beim nächsten
                Weiterbewilligungsantrag zeigte sich der Nutzen des Ordners: Die Familie reichte
                alles vollständig und rechtzeitig ein. Bei der Verlängerung der Aufenthaltserlaubnis
                kam es dagegen wieder zu Verzögerungen, weil die Ausländerbehörde einen aktuellen
                Leistungsbescheid verlangte, den das Jobcenter wegen der laufenden Weiterbewilligung
                noch nicht erlassen hatte. Die Case Managerin klärte das in einem Telefonat zwischen
                beiden Stellen, das die Einwilligung der Familie ausdrücklich abdeckte; das
                Jobcenter stellte eine Bescheinigung über den laufenden Antrag aus.
            """,
            "evaluation": """
                Nach etwa einem Jahr wurde das Case Management abgeschlossen. Die Leistungen waren
                seit der Aufnahme nicht mehr unterbrochen worden, das Darlehen wurde in kleinen
                Raten zurückgezahlt. Der Vater hatte den Berufssprachkurs begonnen, die Mutter nahm
                an einem Qualifizierungskurs für die Kindertagespflege teil. In der Rekonstruktion
                bewerteten die Eltern vor allem die Erklärung der Einwilligung als wichtig: Zum
                ersten Mal hätten sie verstanden, welche Stelle was über sie weiß. Die Fachkräfte
                hielten fest, dass das Problem nicht in fehlender Mitwirkung der Familie lag,
                sondern in fehlenden Verfahren für Übergaben zwischen den Rechtskreisen.
            """,
        },
        "system_level": [
            (
                "schnittstelle",
                """
                    Für den Wechsel vom AsylbLG in das SGB II gibt es kein geregeltes
                    Übergabeverfahren. Unterlagen und Erkenntnisse gehen verloren, Familien werden
                    mehrfach zur Vorlage derselben Nachweise aufgefordert.
                """,
            ),
            (
                "optimierung",
                """
                    Gebraucht wird eine standardisierte, mit Sprachmittlung erklärte
                    Einwilligungserklärung mit abschließender Liste der Stellen und Datenarten, dazu
                    ein Übergabebogen, den die Familie selbst erhält. Beides ist mit den
                    Datenschutzbeauftragten aller beteiligten Behörden abzustimmen.
                """,
            ),
        ],
        "discussion_questions": [
            (
                "An welchen Übergängen hätte ein Case Management früher ansetzen können, und wer "
                "hätte den Bedarf erkennen müssen?"
            ),
            (
                "Welche Daten dürfen die beteiligten Stellen auch ohne Einwilligung austauschen, "
                "und wo ist eine Einwilligung unverzichtbar?"
            ),
            (
                "Wie erklären Sie einer Familie mit Sprachmittlung verständlich, was eine "
                "Schweigepflichtentbindung bedeutet und dass sie freiwillig ist?"
            ),
        ],
    },
    {
        "slug": "teilhabebarrieren-eine-anlaufstelle",
        "title": (
            "Sieben Anlaufstellen, ein Schalter: Teilhabebarrieren einer alleinerziehenden Mutter"
        ),
        "kind": "fallkonferenz",
        "region": "ruhrgebiet",
        "target_groups": ["neuzugewanderte-drittstaaten"],
        "legal_domains": ["sgb-ii", "sgb-viii", "aufenthg-asylg"],
        "fields_of_action": ["teilhabe", "existenzsicherung", "sprache", "bildung"],
        "summary": """
            Nach der Trennung von ihrem Ehemann steht eine nachgezogene Mutter mit zwei kleinen
            Kindern vor Fragen aus vier Rechtskreisen und wird von Stelle zu Stelle geschickt. Eine
            Fallkonferenz in der Servicestelle ihres Stadtteils bündelt Aufenthalt,
            Existenzsicherung, Kinderbetreuung und Sprachkurs. Der Fall zeigt, was eine gemeinsame
            Anlaufstelle nach dem One-Stop-Prinzip leisten kann und wo sie an Grenzen stößt.
        """,
        "body": {
            "klaerung": """
                Die Klientin, Ende 20 und aus Westafrika zugewandert, kam über die Sprechstunde
                einer Migrantenselbstorganisation in die neu eingerichtete Servicestelle ihres
                Stadtteils. Sie lebt seit einigen Jahren in Deutschland, hat sich vor kurzem von
                ihrem Ehemann getrennt und ist mit zwei Kindern im Kita- und Grundschulalter allein.
                In den Wochen nach der Trennung hatte sie sieben Stellen aufgesucht, die ihr jeweils
                nur eine Teilauskunft gaben: Jobcenter, Ausländerbehörde, Familienkasse,
                Unterhaltsvorschussstelle, Kita-Vergabe, Schulsekretariat und Wohngeldstelle. Weil
                Fragen aus mindestens vier Rechtskreisen ineinandergriffen und die Klientin
                ausdrücklich um Begleitung bat, schlug die Case Managerin der Servicestelle eine
                Fallkonferenz vor. Die Klientin stimmte zu und entschied selbst, welche Stellen
                eingeladen werden.
            """,
            "assessment": """
                In der ersten Phase der Fallkonferenz schilderte die Klientin ihre Lage mit
                Unterstützung einer Sprachmittlerin; anwesend waren Jobcenter, Ausländerbehörde,
                Jugendamt und Kommunales Integrationszentrum. Gemeinsam wurden die Barrieren
                sortiert. Aufenthaltsrechtlich war zu klären, ob ihr nach mehr als drei Jahren
                ehelicher Lebensgemeinschaft im Bundesgebiet ein eigenständiges Aufenthaltsrecht
                nach § 31 AufenthG zusteht. Das Jobcenter musste eine eigene Bedarfsgemeinschaft
                anlegen; Unterhaltsvorschuss war nicht beantragt. Das jüngere Kind hatte keinen
                Kita-Platz, was einen Integrationskurs praktisch ausschloss. Als Ressourcen zeigten
                sich ein Sekundarschulabschluss, gute Französisch- und Englischkenntnisse, Deutsch
                auf A2-Niveau und ein stabiles Netz in der eigenen Community. Ihr wichtigstes
                Anliegen formulierte die Klientin selbst: nicht wieder von Tür zu Tür geschickt zu
                werden.
            """,
            "hilfeplanung": """
                Die Zielvereinbarung wurde noch in der Konferenz festgehalten und von allen
                Beteiligten unterschrieben. Die Ausländerbehörde sagte zu, über die Verlängerung
                nach § 31 AufenthG innerhalb weniger Wochen zu entscheiden, und stellte bis dahin
                eine Fiktionsbescheinigung aus. Das Jobcenter verpflichtete sich, den Antrag für die
                neue Bedarfsgemeinschaft vorrangig zu bearbeiten und eine Verpflichtung zum
                Integrationskurs nach § 44a AufenthG erst auszusprechen, wenn die Kinderbetreuung
                gesichert ist. Das Jugendamt übernahm die Prüfung des Unterhaltsvorschusses und die
                Suche nach einem Betreuungsplatz auf Grundlage des Rechtsanspruchs nach § 24 SGB
                VIII. Als eigenes Ziel vereinbarte die Klientin, innerhalb eines halben Jahres einen
                Integrationskurs zu beginnen. Die Case Managerin blieb einzige Ansprechpartnerin und
                führte die Unterlagen an einer Stelle zusammen.
            """,
            "leistungssteuerung": """
                Die Servicestelle machte die Vereinbarungen praktisch einlösbar: Jobcenter,
                Ausländerbehörde und Familienkasse bieten dort an festen Tagen Sprechzeiten an,
                sodass die Klientin mehrere Anliegen an einem Vormittag erledigen konnte. Die Case
                Managerin vermittelte einen Integrationskurs mit kursbegleitender Kinderbetreuung
                und beantragte Leistungen für Bildung und Teilhabe nach § 28 SGB II, damit das
                ältere Kind am Mittagessen und an Ausflügen teilnehmen konnte. Eine Hürde entstand
                bei der Kita: Der Rechtsanspruch war unstrittig, ein freier Platz in erreichbarer
                Nähe aber nicht vorhanden. Das Jugendamt vermittelte übergangsweise eine
                Kindertagespflegestelle, deren Betreuungszeiten nur teilweise zum Kursplan passten.
            """,
            "monitoring": """
                Nach etwa drei Monaten trafen sich die Beteiligten zu einer kurzen Folgekonferenz.
                Die Aufenthaltserlaubnis nach § 31 AufenthG war erteilt, Unterhaltsvorschuss und
                Bürgergeld wurden gezahlt. Der Integrationskurs lief, allerdings fehlte die Klientin
                an Tagen, an denen die Tagespflege geschlossen hatte. Das Jobcenter hielt diese
                Fehlzeiten als begründet fest, statt sie als Pflichtverletzung zu werten. Die
                Klientin berichtete, dass sie Briefe inzwischen mitbringe und mit der Case Managerin
                bespreche; bis zum Ende des Kurses wolle sie das selbst können. Die Case Managerin
                nutzte die Folgekonferenz auch, um mit ihr zu prüfen, welche Aufgaben sie inzwischen
                allein übernimmt.
            """,
            "evaluation": """
                Nach einem Jahr endete das Case Management. Die Klientin schloss den
                Integrationskurs auf B1-Niveau ab, das jüngere Kind hatte einen regulären
                Kita-Platz, und sie begann eine Qualifizierung in Teilzeit im Gesundheitswesen. In
                der Abschlussrunde sagte sie, der größte Unterschied sei gewesen, dass die Stellen
                miteinander statt über sie gesprochen hätten. Die Fachkräfte sahen den Erfolg
                weniger in einem einzelnen Angebot als darin, dass alle Zusagen an einem Ort
                verbindlich festgehalten und nachgehalten wurden. Offen blieb der Wunsch nach einer
                größeren Wohnung; dafür wurde die Klientin an die Wohnberatung vermittelt.
            """,
        },
        "system_level": [
            (
                "optimierung",
                """
                    Die zweite Phase der Fallkonferenz bestätigte den Ansatz der Servicestelle:
                    Feste gemeinsame Sprechzeiten der Behörden verkürzen Wege erheblich. Sie sollten
                    um die Kita-Vergabe und die Unterhaltsvorschussstelle erweitert werden.
                """,
            ),
            (
                "luecke",
                """
                    Integrationskurse mit Kinderbetreuung gibt es zu wenige, und die
                    Kindertagespflege deckt Kurszeiten oft nicht ab. Für Alleinerziehende bleibt der
                    Kurs ohne Betreuung faktisch unerreichbar.
                """,
            ),
            (
                "schnittstelle",
                """
                    Trennen sich nachgezogene Ehegatten, fallen Aufenthaltsrecht, Existenzsicherung
                    und Unterhalt gleichzeitig an. Ein abgestimmter Ablauf zwischen
                    Ausländerbehörde, Jobcenter und Jugendamt fehlt bisher.
                """,
            ),
        ],
        "discussion_questions": [
            (
                "Welche Voraussetzungen braucht eine gemeinsame Anlaufstelle, damit sie mehr ist "
                "als ein gemeinsamer Flur?"
            ),
            (
                "Wie stellen Sie sicher, dass die Klientin in der Fallkonferenz Beteiligte und "
                "nicht Gegenstand der Besprechung ist?"
            ),
            (
                "Wo lag in diesem Fall die Grenze zwischen Unterstützung und Übernahme von "
                "Verantwortung durch die Case Managerin?"
            ),
        ],
    },
    {
        "slug": "seiteneinstieg-und-schulpsychologie",
        "title": "Seiteneinstieg mit Sorgen: Schulpsychologie und eine Familie aus Südosteuropa",
        "kind": "fallanalyse",
        "region": "ruhrgebiet",
        "target_groups": ["neuzugewanderte-eu"],
        "legal_domains": ["schulrecht", "sgb-ii", "sgb-viii"],
        "fields_of_action": ["bildung", "teilhabe", "existenzsicherung", "wohnen"],
        "summary": """
            Ein Mädchen in einer Seiteneinsteigerklasse spricht seit Monaten kaum, ihr älterer
            Bruder fehlt häufig in der Schule. Hinter beidem stehen die Belastungen einer neu
            zugewanderten Familie aus Südosteuropa, die keine ergänzenden Leistungen bezieht und in
            einer zu kleinen Wohnung lebt. Die Fallanalyse zeigt, wie Schulpsychologie, Kommunales
            Integrationszentrum, Jugendamt und Jobcenter zusammenwirken, wie es ein kommunales
            Integrationskonzept vorsieht.
        """,
        "body": {
            "klaerung": """
                Die Klassenlehrerin einer Seiteneinsteigerklasse wandte sich an die
                Schulpsychologische Beratungsstelle, weil ein Mädchen im Grundschulalter seit
                Monaten kaum spricht und sich in den Pausen zurückzieht. Der ältere Bruder, ein
                Jugendlicher, fehlte an einer anderen Schule häufig. Die Familie – die Eltern Mitte
                30, drei Kinder – war etwa ein Jahr zuvor aus einem EU-Mitgliedstaat in Südosteuropa
                zugezogen. Die Schulpsychologin nahm Kontakt zum Kommunalen Integrationszentrum auf,
                das nach dem kommunalen Integrationskonzept die Erstberatung neu zugewanderter
                Familien koordiniert. Dort wurde ein Case Management angeboten, weil Schule,
                Jugendhilfe und Existenzsicherung berührt waren. Die Eltern stimmten nach einem
                Hausbesuch mit Sprachmittlung zu; sie selbst sahen das Hauptproblem zunächst in der
                Wohnsituation.
            """,
            "assessment": """
                Das Assessment führten Case Managerin und Schulpsychologin gemeinsam, jede mit ihrem
                eigenen Blick. Die Familie lebt zu fünft in einer kleinen, feuchten Wohnung; der
                Vater arbeitet in einem Minijob auf Abruf, die Mutter versorgt die jüngste Tochter
                zu Hause. Ergänzende Leistungen bezog die Familie nicht, weil der Vater annahm, als
                Unionsbürger keinen Anspruch zu haben. Das Mädchen hatte im Herkunftsland kaum
                regelmäßig eine Schule besucht; ihr Schweigen verstand die Schulpsychologin als
                Reaktion auf Überforderung und Unsicherheit in einer fremden Umgebung. Der Sohn
                fehlte, weil er Behördengänge für die Eltern übernahm und die jüngste Schwester
                betreute. Als Ressourcen zeigten sich ein enger Familienzusammenhalt, die
                Bereitschaft der Eltern, Deutsch zu lernen, und eine engagierte Klassenlehrerin.
            """,
            "hilfeplanung": """
                Mit der Familie wurden Ziele für einzelne Familienmitglieder und für die Familie als
                Ganzes vereinbart. Das Mädchen sollte in der Schule ankommen: Die Schulpsychologin
                beriet die Lehrkraft zu einem schrittweisen Vorgehen ohne Druck zum Sprechen, die
                Schule richtete eine Patenschaft mit einem Kind gleicher Herkunftssprache ein. Der
                Sohn sollte regelmäßig zur Schule gehen; dafür musste er von den Behördengängen
                entlastet werden. Für die Eltern wurden die Prüfung ergänzender Leistungen nach dem
                SGB II, ein Integrationskurs für die Mutter und die Anmeldung der jüngsten Tochter
                in einer Kita vereinbart. Die Schulpflicht wurde den Eltern mit Sprachmittlung
                erklärt, ohne mit Bußgeldern zu drohen. Außerdem verabredeten alle, dass die Case
                Managerin die Schulen vor Gesprächen informiert, damit die Familie nicht doppelt
                befragt wird.
            """,
            "leistungssteuerung": """
                Die Case Managerin begleitete den Vater ins Jobcenter. Dort wurde geprüft, ob der
                Minijob nach Umfang und Dauer eine Arbeitnehmereigenschaft begründet, sodass der
                Leistungsausschluss nach § 7 Abs. 1 Satz 2 SGB II nicht greift. Nach Vorlage von
                Arbeitsvertrag und Lohnabrechnungen wurden ergänzende Leistungen bewilligt, darunter
                Leistungen für Bildung und Teilhabe. Das Jugendamt bot eine sozialpädagogische
                Familienhilfe nach § 31 SGB VIII an, die die Eltern nach anfänglichem Zögern
                annahmen; die Familienhelferin übernahm einen Teil der Begleitung zu Ämtern, die
                bisher der Sohn geleistet hatte. Der Integrationskurs für die Mutter scheiterte
                zunächst an fehlender Kinderbetreuung. Die Wohnungssuche blieb schwierig, weil
                Vermieter die Familie trotz Leistungsbescheid ablehnten.
            """,
            "monitoring": """
                Case Managerin, Schulpsychologin und Familienhelferin tauschten sich monatlich kurz
                aus; die Eltern wussten vorher jeweils, worüber gesprochen wird. Nach etwa einem
                halben Jahr beteiligte sich das Mädchen in kleinen Gruppen mündlich am Unterricht,
                die Lehrkraft berichtete von ersten ganzen Sätzen auf Deutsch. Die Fehlzeiten des
                Sohnes gingen deutlich zurück, stiegen aber wieder an, als die Familienhilfe für
                einige Wochen ohne Vertretung ausfiel. Daraufhin vereinbarten Jugendamt und Träger
                eine feste Vertretungsregel. Als die jüngste Tochter einen Kita-Platz erhielt,
                konnte die Mutter den Integrationskurs beginnen.
            """,
            "evaluation": """
                Nach etwa anderthalb Jahren wurde das Case Management beendet, die Familienhilfe
                lief noch einige Monate weiter. Beide schulpflichtigen Kinder besuchten regelmäßig
                die Schule, das Mädchen wechselte in eine Regelklasse mit zusätzlicher
                Sprachförderung. Die Familie bezog über eine kommunale Wohnungsgesellschaft eine
                größere Wohnung. Die Eltern nannten die Entlastung des Sohnes als wichtigste
                Veränderung. Die Schulpsychologin hielt fest, dass ihre Beratung erst wirksam wurde,
                als die sozialen Belastungen der Familie parallel bearbeitet wurden. Offen blieb,
                wie die Mutter nach dem Integrationskurs beruflich Fuß fassen kann; dafür wurde eine
                Übergabe an die Beratung des Jobcenters vereinbart.
            """,
        },
        "system_level": [
            (
                "schnittstelle",
                """
                    Schulpsychologie, Schule und Case Management arbeiten mit unterschiedlichen
                    Aufträgen und Schweigepflichten. Ohne eine früh eingeholte Einwilligung der
                    Eltern gibt es keinen Weg, Beobachtungen aus der Schule in die Hilfeplanung
                    einzubringen.
                """,
            ),
            (
                "optimierung",
                """
                    Das kommunale Integrationskonzept sollte die Schulpsychologie ausdrücklich in
                    die Erstberatung neu zugewanderter Familien einbinden, etwa durch feste
                    Sprechstunden an Schulen mit Seiteneinsteigerklassen.
                """,
            ),
            (
                "luecke",
                """
                    Für neu zugewanderte Unionsbürger fehlt eine frühe, verlässliche Beratung zu
                    ihren Leistungsansprüchen. Kinder übernehmen dadurch Aufgaben, die nicht ihre
                    sind.
                """,
            ),
        ],
        "discussion_questions": [
            (
                "Welche Rolle sollte die Schulpsychologie in einem rechtskreisübergreifenden Case "
                "Management übernehmen, und welche nicht?"
            ),
            (
                "Wie lässt sich die Schulpflicht einer neu zugewanderten Familie vermitteln, ohne "
                "Vertrauen zu verspielen?"
            ),
            (
                "Welche Hinweise auf eine Überforderung des Sohnes durch Aufgaben der Eltern gab "
                "es, und wer hätte sie früher erkennen können?"
            ),
        ],
    },
    {
        "slug": "zwei-anlaeufe-bis-zur-ausbildung",
        "instruments": [
            "zielsystem-grundsatz-rahmen-ergebnisziele",
            "ressourcen-und-netzwerkkarte",
        ],
        "title": "Zwei Anläufe bis zur Ausbildung: ein junger Geflüchteter am Übergang",
        "kind": "fallrekonstruktion",
        "region": "rheinland",
        "target_groups": ["junge-gefluechtete"],
        "legal_domains": ["sgb-ii", "sgb-iii", "aufenthg-asylg"],
        "fields_of_action": ["ausbildung", "sprache", "existenzsicherung"],
        "summary": """
            Ein junger Mann Anfang 20 bricht eine erste Ausbildung nach wenigen Monaten ab und ist
            danach für das Jobcenter kaum erreichbar. Die Fallrekonstruktion arbeitet mit ihm auf,
            warum der erste Anlauf scheiterte, und verfolgt, wie der zweite über Berufssprachkurs,
            Einstiegsqualifizierung und Assistierte Ausbildung gelang. Im Mittelpunkt steht der
            Übergang zwischen Jobcenter, Berufsberatung, Betrieb und Ausländerbehörde.
        """,
        "body": {
            "klaerung": """
                Die Rekonstruktion setzt ein, als der Klient Anfang 20 war und vom Team für unter
                25-Jährige des Jobcenters betreut wurde, das mit Agentur für Arbeit und Jugendhilfe
                in einer Jugendberufsagentur zusammenarbeitet. Er stammt aus Ostafrika, kam als
                junger Erwachsener allein nach Deutschland und besitzt als subsidiär
                Schutzberechtigter eine Aufenthaltserlaubnis nach § 25 Abs. 2 AufenthG. Eine erste
                Ausbildung im Handwerk hatte er nach wenigen Monaten ohne Rücksprache abgebrochen;
                danach war er kaum erreichbar. Als er sich nach einiger Zeit selbst wieder meldete,
                bot die Fallmanagerin ein Case Management an. In der Klärung wurde vereinbart, den
                bisherigen Verlauf gemeinsam aufzuarbeiten, weil der Klient selbst nicht sagen
                konnte, warum der erste Anlauf gescheitert war.
            """,
            "assessment": """
                Die gemeinsame Rückschau ergab drei Gründe für den Abbruch. Erstens hatte der Klient
                die Ausbildung mit Deutschkenntnissen auf A2-Niveau begonnen; den Fachunterricht der
                Berufsschule verstand er kaum, traute sich aber nicht, das im Betrieb anzusprechen.
                Zweitens war mit dem Ausbildungsbeginn die Zuständigkeit für die Existenzsicherung
                gewechselt: Der Antrag auf Berufsausbildungsbeihilfe nach § 56 SGB III war
                unvollständig, mehrere Wochen lang fehlte Geld für die Miete. Drittens hatte niemand
                die Übergabe zwischen Jobcenter, Berufsberatung und Betrieb koordiniert. Als Stärken
                zeigten sich handwerkliches Geschick, gute Rückmeldungen des Betriebs zur
                praktischen Arbeit, Pünktlichkeit und ein unterstützender Freundeskreis. Der Klient
                wünschte sich einen zweiten Versuch, diesmal in der Elektrotechnik.
            """,
            "hilfeplanung": """
                Die Zielvereinbarung zerlegte den Weg in kleine Schritte. Zunächst besucht der
                Klient einen Berufssprachkurs nach § 45a AufenthG, parallel dazu ein Praktikum.
                Danach folgt eine Einstiegsqualifizierung nach § 54a SGB III in einem Elektrobetrieb
                als Brücke in die Ausbildung. Für die Ausbildung selbst ist Assistierte Ausbildung
                nach § 74 SGB III mit Förderunterricht in Fachsprache und sozialpädagogischer
                Begleitung vorgesehen. Ausdrücklich vereinbart wurde, den Antrag auf
                Berufsausbildungsbeihilfe schon vor Ausbildungsbeginn vollständig vorzubereiten. Der
                Klient sagte zu, sich bei Problemen im Betrieb oder in der Schule innerhalb einer
                Woche bei der Fallmanagerin zu melden; sie sagte zu, dann innerhalb weniger Tage
                einen Termin anzubieten.
            """,
            "leistungssteuerung": """
                Die Fallmanagerin meldete den Berufssprachkurs an und stellte über den
                Arbeitgeberservice den Kontakt zu einem Elektrobetrieb her, der eine
                Einstiegsqualifizierung anbot. Die Berufsberatung der Agentur für Arbeit förderte
                die Einstiegsqualifizierung und später die Assistierte Ausbildung. Den Antrag auf
                Berufsausbildungsbeihilfe füllte der Klient mit Unterstützung der
                Jugendberufsagentur rechtzeitig aus; das Jobcenter prüfte ergänzende Leistungen für
                die Wohnkosten. Vor Ausbildungsbeginn fand eine Übergabekonferenz mit Jobcenter,
                Berufsberatung, Betrieb und dem Träger der Assistierten Ausbildung statt. Holprig
                blieb die Verlängerung der Aufenthaltserlaubnis: Der Betrieb verlangte einen
                gültigen Titel, die Ausländerbehörde vergab Termine erst nach mehreren Wochen.
            """,
            "monitoring": """
                Im ersten Ausbildungsjahr hielt die Fallmanagerin etwa alle sechs Wochen Kontakt,
                der Träger der Assistierten Ausbildung berichtete einmal im Quartal. Kritisch wurde
                es vor der ersten Klassenarbeit in Mathematik: Der Klient zog sich zurück und
                meldete sich nicht. Anders als beim ersten Anlauf griff nun das vereinbarte
                Verfahren – die sozialpädagogische Begleitung sprach ihn an, der Förderunterricht
                wurde verstärkt. Für die Verlängerung der Aufenthaltserlaubnis bat die Fallmanagerin
                mit Einwilligung des Klienten die Ausländerbehörde um einen Termin vor Ablauf des
                Titels; bis zur Entscheidung erhielt er eine Fiktionsbescheinigung, die der Betrieb
                akzeptierte.
            """,
            "evaluation": """
                Das Case Management endete nach dem ersten Ausbildungsjahr, die Assistierte
                Ausbildung lief weiter. Der Klient hatte die Probezeit bestanden und bereitete sich
                auf die Zwischenprüfung vor. In der Rekonstruktion benannte er selbst den
                Unterschied zum ersten Anlauf: Er habe gewusst, an wen er sich wenden kann. Die
                Fachkräfte hielten fest, dass der erste Abbruch weniger an fehlender Motivation lag
                als an einem ungeplanten Übergang, bei dem Sprache, Geld und Aufenthalt nacheinander
                statt zusammen bearbeitet worden waren. Der Betrieb regte an, künftig schon bei der
                Bewerbung zu erfahren, welche Unterstützung während der Ausbildung möglich ist.
            """,
        },
        "system_level": [
            (
                "schnittstelle",
                """
                    Beim Übergang von Leistungen des Jobcenters zur Berufsausbildungsbeihilfe
                    entstehen Lücken, wenn Anträge erst mit Ausbildungsbeginn gestellt werden. Eine
                    verbindliche Übergabe vor Ausbildungsbeginn fehlte.
                """,
            ),
            (
                "optimierung",
                """
                    Die Jugendberufsagentur sollte für junge Geflüchtete vor jedem Ausbildungsbeginn
                    eine Übergabekonferenz als Standard vorsehen, einschließlich der Frage, wann der
                    Aufenthaltstitel verlängert werden muss.
                """,
            ),
        ],
        "discussion_questions": [
            (
                "Welche Signale für einen drohenden Ausbildungsabbruch gab es beim ersten Anlauf, "
                "und wer hätte sie sehen können?"
            ),
            (
                "Welche Vor- und Nachteile hat es, eine Ausbildung erst nach einem Sprachkurs auf "
                "B2-Niveau zu beginnen?"
            ),
            (
                "Wie würden Sie eine Übergabekonferenz vor Ausbildungsbeginn aufbauen, und wer "
                "muss daran teilnehmen?"
            ),
        ],
    },
    {
        "slug": "zweiphasige-fallkonferenz-unbegleiteter-jugendlicher",
        "instruments": ["fallkonferenz-in-zwei-phasen", "checkliste-rechtskreiswechsel"],
        "title": "Zweiphasige Fallkonferenz: ein unbegleiteter Jugendlicher aus einem EU-Staat",
        "kind": "fallkonferenz",
        "region": "ostwestfalen-lippe",
        "target_groups": ["uma", "neuzugewanderte-eu"],
        "legal_domains": ["sgb-viii", "schulrecht"],
        "fields_of_action": ["bildung", "wohnen", "teilhabe", "arbeit"],
        "summary": """
            Bei einer Kontrolle auf einer Baustelle wird ein Jugendlicher aus einem EU-Mitgliedstaat
            angetroffen, der ohne Sorgeberechtigte in Deutschland lebt und arbeitet. Das Jugendamt
            nimmt ihn in Obhut und beruft eine zweiphasige Fallkonferenz ein: erst fallbezogen mit
            dem Jugendlichen, dann ohne ihn zu den Lücken im System. Der Fall zeigt, warum
            unbegleitete Minderjährige aus EU-Staaten leicht durch das Raster fallen.
        """,
        "body": {
            "klaerung": """
                Bei einer Kontrolle auf einer Baustelle trafen die Behörden einen Jugendlichen an,
                der dort ohne Vertrag arbeitete. Er stammt aus einem EU-Mitgliedstaat in
                Südosteuropa, war etwa zwei Jahre vor der Volljährigkeit mit einem volljährigen
                Cousin eingereist und lebte mit mehreren erwachsenen Arbeitern in einer
                Sammelunterkunft. Da kein Sorgeberechtigter in Deutschland war, nahm das Jugendamt
                ihn in Obhut; das Familiengericht bestellte eine Amtsvormundschaft. Weil neben der
                Jugendhilfe die Schulpflicht, die ungeklärte Beschäftigung und der Kontakt zu den
                Eltern im Herkunftsland zu klären waren, berief die Fachkraft des Jugendamts eine
                zweiphasige Fallkonferenz ein. Der Jugendliche wurde vorab mit Sprachmittlung über
                Ablauf und Ziel informiert und nahm an der ersten Phase teil.
            """,
            "assessment": """
                An der ersten, fallbezogenen Phase nahmen der Jugendliche, der Amtsvormund, die
                Fachkraft des Jugendamts, eine Lehrkraft des Berufskollegs, das Kommunale
                Integrationszentrum und eine Beraterin für mobile Beschäftigte teil. Der Jugendliche
                schilderte, dass er Geld für seine Familie verdienen wollte und die Schule im
                Herkunftsland früh verlassen hatte. Er kann lesen und schreiben, spricht neben
                seiner Herkunftssprache etwas Englisch und kaum Deutsch. Telefonischer Kontakt zu
                den Eltern bestand; sie waren mit einem Verbleib in Deutschland einverstanden, wenn
                er zur Schule gehe. Die Beraterin ordnete die Arbeit auf der Baustelle als
                unzulässige Beschäftigung eines Jugendlichen ohne Vertrag ein; ausstehender Lohn sei
                möglicherweise durchsetzbar. Als Ressourcen galten seine Zuverlässigkeit und sein
                Wunsch, einen Beruf zu lernen.
            """,
            "hilfeplanung": """
                Noch in der ersten Phase wurde ein vorläufiger Hilfeplan nach § 36 SGB VIII
                vereinbart. Der Jugendliche zieht in eine Wohngruppe für junge Menschen ohne
                Begleitung, besucht sofort eine internationale Förderklasse am Berufskolleg und
                erhält zusätzliche Deutschförderung. Der Vormund klärt mit den Eltern Fragen der
                Sorge und die Beschaffung von Schulzeugnissen aus dem Herkunftsland. Die
                Beratungsstelle für mobile Beschäftigte unterstützt bei der Durchsetzung des
                ausstehenden Lohns. Der Jugendliche wünschte sich praktische Erfahrung im Handwerk;
                vereinbart wurde ein Praktikum in den Schulferien. Für die Zeit nach der
                Volljährigkeit wurde festgehalten, dass rechtzeitig Hilfe für junge Volljährige nach
                § 41 SGB VIII geprüft wird.
            """,
            "leistungssteuerung": """
                Das Jugendamt fand innerhalb weniger Tage einen Platz in einer Wohngruppe, das
                Schulamt wies den Schulplatz zu. Schwieriger war der Umgang mit dem früheren
                Arbeitgeber: Er bestritt, den Jugendlichen beschäftigt zu haben; die Beratungsstelle
                schaltete mit Einverständnis des Vormunds die zuständigen Kontrollbehörden ein. Den
                Kontakt zu den Eltern hielt der Vormund über Videotelefonate mit Sprachmittlung. Der
                volljährige Cousin wurde auf eigenen Wunsch an die Beratungsstelle verwiesen, weil
                auch seine Beschäftigung ungeklärt war. Das Kommunale Integrationszentrum
                vermittelte den Jugendlichen in einen Sportverein.
            """,
            "monitoring": """
                In den Hilfeplangesprächen etwa alle drei Monate zeigte sich, dass der Jugendliche
                in der Schule gut ankam, an Wochenenden aber von früheren Bekannten zur Arbeit auf
                Baustellen gedrängt wurde. Die Wohngruppe sprach das offen mit ihm an; er entschied
                sich, diese Kontakte zu beenden, nachdem ein Teil des ausstehenden Lohns gezahlt
                worden war. Nach etwa einem Jahr erreichte er Deutsch auf A2-Niveau und bewarb sich
                für eine Ausbildungsvorbereitung. Der Vormund hielt die Eltern über die Fortschritte
                auf dem Laufenden; sie bestärkten den Jugendlichen darin, in der Schule zu bleiben.
                Die Beratungsstelle berichtete in den Hilfeplangesprächen über den Stand der
                Lohnforderung.
            """,
            "evaluation": """
                Bei der Auswertung nach gut einem Jahr bewerteten alle Beteiligten die Trennung der
                beiden Phasen als hilfreich. In der ersten Phase stand der Jugendliche mit seinen
                Anliegen im Mittelpunkt, und die Stellen sprachen verbindliche Zuständigkeiten ab.
                Die zweite Phase fand einige Wochen später ohne den Jugendlichen und mit
                anonymisierten Angaben statt; dort konnten die Fachkräfte offen über Lücken ihrer
                eigenen Einrichtungen sprechen, ohne dass der Einzelfall zur Bühne für Kritik wurde.
                Der Jugendliche besucht weiter das Berufskolleg, lebt in der Wohngruppe und hat
                einen Platz in einer Ausbildungsvorbereitung in Aussicht.
            """,
        },
        "system_level": [
            (
                "luecke",
                """
                    Unbegleitete Jugendliche aus EU-Staaten fallen durch das Raster: Weil sie kein
                    Asylverfahren durchlaufen, werden sie später erkannt, und viele Angebote für
                    unbegleitete Minderjährige sind auf Geflüchtete zugeschnitten.
                """,
            ),
            (
                "schnittstelle",
                """
                    Zwischen Jugendamt, Kontrollbehörden und Beratungsstellen für mobile
                    Beschäftigte gibt es kein vereinbartes Verfahren für den Fall, dass bei
                    Kontrollen Minderjährige angetroffen werden.
                """,
            ),
            (
                "optimierung",
                """
                    Die zweiphasige Fallkonferenz soll als Standard in das kommunale
                    Handlungskonzept aufgenommen werden; die Ergebnisse der zweiten Phase werden
                    anonymisiert dokumentiert und der Steuerungsgruppe berichtet.
                """,
            ),
        ],
        "discussion_questions": [
            (
                "Warum ist es sinnvoll, fallbezogene Beratung und Systembetrachtung in zwei "
                "Phasen zu trennen? Was ginge verloren, wenn beides in einer Sitzung geschähe?"
            ),
            (
                "Wie bereiten Sie einen Jugendlichen auf die Teilnahme an der ersten Phase einer "
                "Fallkonferenz vor?"
            ),
            (
                "Worin unterscheidet sich die rechtliche Lage eines unbegleiteten Jugendlichen "
                "aus einem EU-Staat von der eines unbegleiteten Geflüchteten?"
            ),
        ],
    },
    {
        "slug": "ausbildung-statt-warten",
        "title": "Ausbildung statt Warten: ein alleinstehender Mann mit Duldung",
        "kind": "fallanalyse",
        "region": "niederrhein",
        "target_groups": ["alleinstehende-asylverfahren", "junge-gefluechtete"],
        "legal_domains": ["aufenthg-asylg", "asylblg", "sgb-iii"],
        "fields_of_action": ["ausbildung", "arbeit", "existenzsicherung", "wohnen"],
        "summary": """
            Ein alleinstehender Mann Mitte 20 hat nach dem abgelehnten Asylantrag eine Duldung und
            die Zusage für einen Ausbildungsplatz. Ob er die Ausbildung antreten kann, hängt an
            Identitätsklärung, Beschäftigungserlaubnis und Existenzsicherung, die in wenigen Monaten
            geklärt sein müssen. Die Fallanalyse zeigt, was eine Servicestelle Zuwanderung mit
            Ausländerbehörde und Sozialamt unter einem Dach leisten kann und wo Schnittstellen nach
            außen bleiben.
        """,
        "body": {
            "klaerung": """
                Der Klient, ein alleinstehender Mann Mitte 20 aus Westafrika, lebt seit mehreren
                Jahren in einer kommunalen Gemeinschaftsunterkunft. Sein Asylantrag wurde abgelehnt,
                die Klage blieb erfolglos; seitdem besitzt er eine Duldung nach § 60a AufenthG und
                erhält Leistungen nach dem AsylbLG. Er kam in die Servicestelle Zuwanderung, in der
                Ausländerbehörde, Sozialamt und Integrationsberatung unter einem Dach arbeiten, mit
                der Zusage für einen Ausbildungsplatz im Malerhandwerk. Der Betrieb kannte ihn aus
                einem Praktikum. Die Beraterin der Servicestelle sah einen Bedarf für Case
                Management, weil der Ausbildungsbeginn nur gelingen konnte, wenn Aufenthalt,
                Beschäftigungserlaubnis, Existenzsicherung und Wohnen zugleich geklärt würden. Die
                Ausbildung sollte in etwa vier Monaten beginnen.
            """,
            "assessment": """
                Im Assessment wurde zuerst die aufenthaltsrechtliche Lage geordnet. Eine
                Ausbildungsduldung nach § 60c AufenthG setzt unter anderem voraus, dass die
                Identität geklärt ist oder der Klient alle erforderlichen und zumutbaren Schritte
                dafür unternommen hat. Der Klient besaß keinen Pass; frühere Termine bei der
                Botschaft hatte er nicht wahrgenommen, weil er die Reisekosten nicht aufbringen
                konnte und die Bedeutung nicht verstand. Ohne Identitätsklärung drohte ein
                Beschäftigungsverbot nach § 60a Abs. 6 AufenthG. Als Ressourcen zeigten sich Deutsch
                auf B1-Niveau, ein in Deutschland erworbener Hauptschulabschluss, ein verlässlich
                absolviertes Praktikum, ein engagierter Betrieb und ein ehrenamtlicher Pate.
                Belastend waren die Unsicherheit über den Aufenthalt, Schulden aus der Zeit der
                Flucht und die Enge der Unterkunft, die das Lernen erschwerte.
            """,
            "hilfeplanung": """
                Klient und Case Managerin vereinbarten einen Zeitplan, der vom Ausbildungsbeginn
                rückwärts gerechnet war. Innerhalb von sechs Wochen beantragt der Klient bei der
                Botschaft einen Pass; die Servicestelle klärt die Übernahme der Reisekosten.
                Parallel bereitet die Ausländerbehörde die Entscheidung über die
                Beschäftigungserlaubnis vor, damit sie nach Vorlage des Ausbildungsvertrags rasch
                entscheiden kann. Das Sozialamt prüft, wie sich die Ausbildungsvergütung auf die
                Leistungen nach dem AsylbLG auswirkt und ob Berufsausbildungsbeihilfe in Frage
                kommt. Zum Lernen wird ein ruhiger Platz in einem Stadtteilzentrum organisiert;
                mittelfristig soll ein Umzug in eine Wohngemeinschaft geprüft werden. Die
                Verantwortlichkeiten hielt die Case Managerin in einem Hilfeplan fest, den alle
                Beteiligten erhielten.
            """,
            "leistungssteuerung": """
                Das Sozialamt übernahm die Reisekosten zur Botschaft als sonstige Leistung nach § 6
                AsylbLG, der Pate begleitete den Klienten. Die Passbeschaffung zog sich hin, weil
                die Botschaft eine Geburtsurkunde verlangte, die über Angehörige beschafft werden
                musste. Die Case Managerin dokumentierte jeden Schritt, damit die Ausländerbehörde
                die Mitwirkung nachvollziehen konnte. Hier zeigte sich der Vorteil kurzer Wege: Die
                in der Servicestelle ansässige Sachbearbeitung der Ausländerbehörde bestätigte, dass
                der Klient alle zumutbaren Schritte unternommen hatte, und erteilte die
                Beschäftigungserlaubnis für die Ausbildung. Der Beginn verschob sich dennoch um
                einige Wochen, weil die Handwerkskammer den Vertrag erst nach Vorlage der Erlaubnis
                eintrug. Die Agentur für Arbeit lehnte Berufsausbildungsbeihilfe zunächst ab; das
                Sozialamt zahlte ergänzende Leistungen weiter.
            """,
            "monitoring": """
                In den ersten Ausbildungsmonaten sprach die Case Managerin alle vier Wochen mit dem
                Klienten und, mit seiner Zustimmung, auch mit dem Ausbilder. Nach etwa drei Monaten
                lag der Pass vor, die Ausländerbehörde erteilte die Ausbildungsduldung nach § 60c
                AufenthG für die Dauer der Ausbildung. In der Berufsschule hatte der Klient
                Schwierigkeiten im Fachrechnen; die Agentur für Arbeit bewilligte Assistierte
                Ausbildung nach § 74 SGB III. Der Umzug in eine Wohngemeinschaft scheiterte
                zunächst, weil Vermieter die Duldung als unsicher ansahen. Über einen freien Träger
                fand sich schließlich ein Zimmer in einer betreuten Wohngemeinschaft, das zum Ende
                des ersten Ausbildungsjahres frei wurde.
            """,
            "evaluation": """
                Nach dem ersten Ausbildungsjahr wurde das Case Management beendet; die Servicestelle
                blieb Anlaufstelle. Der Klient war in der Ausbildung stabil, die Ausbildungsduldung
                gab ihm und dem Betrieb Planungssicherheit. Er selbst nannte den festen Zeitplan als
                entscheidend: Erstmals habe er gewusst, was bis wann zu tun sei. Die Fachkräfte
                werteten aus, dass die Servicestelle die Schnittstelle zwischen Ausländerbehörde und
                Sozialamt spürbar verkürzt hatte, während die Wege zur Agentur für Arbeit und zur
                Kammer weiter Zeit kosteten. Nach erfolgreichem Abschluss und anschließender
                Beschäftigung kommt eine Aufenthaltserlaubnis nach § 19d AufenthG in Betracht.
            """,
        },
        "system_level": [
            (
                "optimierung",
                """
                    Die Servicestelle Zuwanderung verkürzt die Wege zwischen Ausländerbehörde,
                    Sozialamt und Beratung. Agentur für Arbeit und Handwerkskammer sollten über
                    feste Ansprechpersonen angebunden werden.
                """,
            ),
            (
                "luecke",
                """
                    Für Geduldete auf dem Weg in eine Ausbildung gibt es keine verlässliche Regel,
                    wer die Kosten der Identitätsklärung trägt und wie Mitwirkungsschritte
                    dokumentiert werden. Die Folge sind Verzögerungen, die Ausbildungsplätze
                    gefährden.
                """,
            ),
            (
                "schnittstelle",
                """
                    Auszubildende mit Duldung finden kaum Wohnraum außerhalb der
                    Gemeinschaftsunterkunft, obwohl die Unterkunft das Lernen erschwert.
                """,
            ),
        ],
        "discussion_questions": [
            (
                "Welche Rolle spielt die Dokumentation der Mitwirkung im Case Management mit "
                "Geduldeten, und wo liegen ihre Grenzen?"
            ),
            (
                "Wie gehen Sie damit um, wenn das Ziel des Klienten und der Auftrag einer "
                "beteiligten Behörde in Spannung stehen?"
            ),
            (
                "Was müsste eine Servicestelle leisten, damit auch Agentur für Arbeit und Kammern "
                "schneller entscheiden?"
            ),
        ],
    },
    {
        "slug": "nach-vielen-jahren-mit-duldung",
        "title": (
            "Nach vielen Jahren mit Duldung: eine Familie aus dem Westbalkan zwischen Schule und "
            "Lebensunterhalt"
        ),
        "kind": "fallrekonstruktion",
        "region": "muensterland",
        "target_groups": ["geduldete-familien"],
        "legal_domains": ["aufenthg-asylg", "asylblg", "sgb-ii", "schulrecht"],
        "fields_of_action": ["existenzsicherung", "bildung", "arbeit"],
        "summary": """
            Eine Familie aus dem Westbalkan lebt seit Mitte der 2010er-Jahre mit Kettenduldungen und
            einem Beschäftigungsverbot. Erst als der mittlere Sohn nach einer angekündigten
            Abschiebung wochenlang der Schule fernbleibt, entsteht ein Case Management. Die
            Fallrekonstruktion zeigt den Kreislauf aus Arbeitsverbot und fehlender
            Lebensunterhaltssicherung und wie Bleiberechtsregelungen für Jugendliche und Familien
            ihn durchbrechen können.
        """,
        "body": {
            "klaerung": """
                Die Rekonstruktion betrachtet einen Verlauf über mehrere Jahre. Die Familie – die
                Eltern heute Anfang 40, drei Kinder, von denen die älteste Tochter inzwischen
                Jugendliche ist – kam Mitte der 2010er-Jahre aus dem Westbalkan. Der Asylantrag
                wurde als offensichtlich unbegründet abgelehnt, weil das Herkunftsland als sicherer
                Herkunftsstaat gilt. Seitdem lebte die Familie mit Duldungen, die meist für drei
                oder sechs Monate verlängert wurden, und mit Leistungen nach dem AsylbLG. Ein Case
                Management entstand erst, als die Schule sich an das Jugendamt wandte: Der mittlere
                Sohn fehlte wochenlang, nachdem eine Abschiebung angekündigt und dann ausgesetzt
                worden war. Die Fachkraft des Jugendamts bat die kommunale Case Managerin um
                Übernahme, weil Aufenthalt, Schule und Existenzsicherung nicht getrennt zu lösen
                waren.
            """,
            "assessment": """
                Die Case Managerin rekonstruierte mit der Familie deren Weg. Dabei wurde ein
                Kreislauf sichtbar: Als Staatsangehörige eines sicheren Herkunftsstaats, deren
                Asylantrag nach dem gesetzlichen Stichtag gestellt worden war, unterlagen die Eltern
                einem Beschäftigungsverbot nach § 60a Abs. 6 AufenthG. Ohne Arbeit konnten sie ihren
                Lebensunterhalt nicht sichern; ohne gesicherten Lebensunterhalt fehlte eine
                Voraussetzung für ein Bleiberecht nach § 25b AufenthG. Die Kinder waren in
                Deutschland aufgewachsen. Die älteste Tochter hatte gute Noten und engagierte sich
                in der Schule; der mittlere Sohn hatte seit der angekündigten Abschiebung Angst, die
                Wohnung zu verlassen. Der Vater hatte früher im Baugewerbe gearbeitet, die Mutter in
                der Gastronomie. Beide sprachen alltagstauglich Deutsch, hatten dafür aber keinen
                Nachweis.
            """,
            "hilfeplanung": """
                Die Hilfeplanung setzte dort an, wo sich der Kreislauf durchbrechen ließ. Für die
                älteste Tochter wurde eine Aufenthaltserlaubnis nach § 25a AufenthG für gut
                integrierte Jugendliche vorbereitet; unter bestimmten Voraussetzungen können davon
                auch Eltern und Geschwister profitieren. Für die Eltern sollte geprüft werden, ob
                das Chancen-Aufenthaltsrecht nach § 104c AufenthG in Frage kommt, das eine
                Beschäftigung ermöglicht und Zeit verschafft, die übrigen Voraussetzungen für ein
                dauerhaftes Bleiberecht zu erfüllen. Für den Sohn vereinbarten Familie und Schule
                einen behutsamen Wiedereinstieg mit zunächst verkürztem Stundenplan und Gesprächen
                bei der Schulsozialarbeit. Die Eltern wollten Deutschprüfungen ablegen, um ihre
                Sprachkenntnisse später nachweisen zu können.
            """,
            "leistungssteuerung": """
                Eine Migrationsberatung mit aufenthaltsrechtlicher Expertise übernahm die Anträge;
                die Case Managerin koordinierte die Nachweise wie Schulbescheinigungen, Zeugnisse
                und Bestätigungen über ehrenamtliches Engagement. Die Ausländerbehörde erteilte nach
                einigen Monaten das Chancen-Aufenthaltsrecht für die Eltern und die jüngeren Kinder,
                die älteste Tochter erhielt die Aufenthaltserlaubnis nach § 25a AufenthG. Damit
                endete das Beschäftigungsverbot. Mit dem Statuswechsel wechselte die Familie vom
                AsylbLG in das SGB II. An dieser Stelle hakte es: Sozialamt und Jobcenter hatten
                keine geregelte Übergabe, die Familie musste sämtliche Unterlagen neu einreichen,
                und einige Wochen lang war unklar, wer die Miete zahlt.
            """,
            "monitoring": """
                Im Monitoring standen zwei Fragen im Vordergrund: Gelingt die Arbeitsaufnahme, und
                kommt der Sohn wieder in der Schule an? Der Vater fand über das Jobcenter nach
                wenigen Monaten eine Vollzeitstelle im Baugewerbe, die Mutter eine Teilzeitstelle in
                einer Großküche. Beide legten erfolgreich eine Deutschprüfung ab. Der Sohn besuchte
                nach einigen Wochen wieder den vollen Unterricht; die Schulsozialarbeit berichtete,
                dass er mit der Sicherheit des neuen Aufenthaltsstatus sichtbar ruhiger geworden
                sei. Offen blieb, ob das Einkommen ausreicht, um den Lebensunterhalt der Familie
                überwiegend selbst zu sichern.
            """,
            "evaluation": """
                In der abschließenden Rekonstruktion wurde deutlich, dass die Familie viele Jahre in
                einem Zustand verbracht hatte, in dem keine Stelle für das Ganze zuständig war. Die
                Ausländerbehörde verwaltete den Aufenthalt, das Sozialamt die Leistungen, die Schule
                den Schulbesuch. Erst die Meldung wegen der Fehlzeiten führte zu einem Case
                Management. Nach etwa anderthalb Jahren erfüllte die Familie die Voraussetzungen für
                den Übergang in eine Aufenthaltserlaubnis nach § 25b AufenthG. Die Eltern sagten, am
                meisten habe ihnen geholfen, dass jemand die Zusammenhänge erklärt habe.
            """,
        },
        "system_level": [
            (
                "luecke",
                """
                    Langjährig Geduldete erhalten oft erst in einer Krise ein Case Management. Es
                    fehlt eine Stelle, die Bleiberechtsperspektiven vorausschauend prüft.
                """,
            ),
            (
                "schnittstelle",
                """
                    Beim Wechsel vom AsylbLG in das SGB II gibt es keine abgestimmte Übergabe
                    zwischen Sozialamt und Jobcenter; Familien geraten in Versorgungslücken.
                """,
            ),
            (
                "optimierung",
                """
                    Schulen sollten Fehlzeiten im Zusammenhang mit angekündigten Abschiebungen als
                    Signal verstehen und mit Einwilligung der Eltern frühzeitig Jugendhilfe und Case
                    Management einbeziehen können.
                """,
            ),
        ],
        "discussion_questions": [
            (
                "Welche Rolle spielt das Kindeswohl in einem Fall, in dem der Aufenthalt der "
                "Familie ungesichert ist?"
            ),
            (
                "Wie hätte ein früheres Case Management den Kreislauf aus Beschäftigungsverbot "
                "und fehlender Lebensunterhaltssicherung beeinflussen können?"
            ),
            (
                "Welche Informationen braucht eine Familie, um Chancen und Risiken eines Antrags "
                "auf das Chancen-Aufenthaltsrecht abzuwägen?"
            ),
        ],
    },
    {
        "slug": "auf-dem-land-angekommen",
        "title": (
            "Auf dem Land angekommen: Wohnen, Arbeit, Gesundheit und Bildung einer geflüchteten "
            "Familie"
        ),
        "kind": "fallanalyse",
        "region": "bergisches-land",
        "target_groups": ["gefluechtete-familien"],
        "legal_domains": ["sgb-ii", "aufenthg-asylg", "schulrecht"],
        "fields_of_action": ["wohnen", "arbeit", "gesundheit", "bildung"],
        "summary": """
            Eine anerkannte Flüchtlingsfamilie lebt seit Jahren in der Übergangsunterkunft einer
            kleinen Gemeinde; Arbeitsangebote scheitern an Bus und Bahn. Das Assessment zeigt, wie
            eng Wohnen, Arbeit, Gesundheit und Bildung im ländlichen Raum zusammenhängen. Die
            Fallanalyse macht die geteilten Zuständigkeiten von Kreis und kreisangehöriger Gemeinde
            sichtbar.
        """,
        "body": {
            "klaerung": """
                Eine Familie aus dem Nahen Osten – die Eltern Ende 30, vier Kinder zwischen Kita-
                und Jugendalter – lebte seit ihrer Anerkennung als Flüchtlinge in einer kleinen
                kreisangehörigen Gemeinde, der sie nach der Wohnsitzregelung des § 12a AufenthG
                zugewiesen war. Seit mehr als zwei Jahren wohnte sie in einer Übergangsunterkunft
                der Gemeinde, weil keine passende Wohnung zu finden war. Das Jobcenter des Kreises
                schlug ein Case Management vor, nachdem der Vater zwei Arbeitsangebote abgelehnt
                hatte, deren Arbeitsorte mit Bus und Bahn nicht erreichbar waren. Im Erstgespräch
                wurde deutlich, dass nicht nur die Arbeit ein Problem war, sondern dass Wohnen,
                Gesundheit, Mobilität und Schule zusammenhingen. Beide Eltern stimmten der Aufnahme
                zu.
            """,
            "assessment": """
                Das Assessment nutzte ein Ressourcen- und Bedarfsprofil für vier Lebensbereiche.
                Wohnen: Die Unterkunft bot zwei Zimmer für sechs Personen, die Kinder hatten keinen
                ruhigen Platz zum Lernen. Arbeit: Der Vater hatte im Herkunftsland als Kraftfahrer
                gearbeitet, besaß aber keine in Deutschland gültige Fahrerlaubnis. Die Mutter war
                Grundschullehrerin und wünschte sich eine Tätigkeit in Schule oder Kita. Gesundheit:
                Eine ältere Verletzung schränkte den Vater beim schweren Heben ein; die Familie
                hatte keine hausärztliche Praxis, weil Praxen mit freien Plätzen nur in
                Nachbarstädten lagen. Bildung: Die älteste Tochter wollte das Abitur machen, die
                nächste Schule mit gymnasialer Oberstufe war nur schwer erreichbar. Ressourcen: gute
                Deutschkenntnisse der Kinder, die Motivation der Eltern und eine aktive
                Flüchtlingsinitiative im Ort.
            """,
            "hilfeplanung": """
                In der Hilfeplanung setzte die Familie selbst die Prioritäten: Zuerst sollte eine
                Wohnung gefunden werden, weil alles andere davon abhing. Vereinbart wurden die Suche
                nach einer Wohnung mit Anschluss an den Nahverkehr, notfalls in einer
                Nachbargemeinde und verbunden mit einem Antrag auf Änderung der Wohnsitzauflage; der
                Erwerb der Fahrerlaubnis und eine Qualifizierung zum Berufskraftfahrer; die
                Anerkennung des Lehramtsstudiums der Mutter und ein Sprachkurs auf C1-Niveau; eine
                hausärztliche Anbindung für die Familie; und die Anmeldung der ältesten Tochter an
                einer Schule mit Oberstufe. Die Case Managerin hielt fest, welche Stelle wofür
                zuständig ist: die Gemeinde für die Unterkunft, der Kreis für Jobcenter und
                Ausländerbehörde, die Bezirksregierung für die Anerkennung.
            """,
            "leistungssteuerung": """
                Die Case Managerin brachte Jobcenter, Ausländerbehörde des Kreises, das Sozialamt
                der Gemeinde und die Flüchtlingsinitiative an einen Tisch. Die Initiative
                vermittelte eine Wohnung in einer Nachbargemeinde mit Bahnanschluss; die
                Ausländerbehörde änderte die Wohnsitzauflage ohne Verzögerung, das Jobcenter
                sicherte vor Unterzeichnung des Mietvertrags die Übernahme der Unterkunftskosten
                nach § 22 SGB II zu. Beim Vater zeigte sich eine Hürde: Die ausländische
                Fahrerlaubnis konnte nicht mehr einfach umgeschrieben werden, weil die Frist dafür
                abgelaufen war. Das Jobcenter förderte deshalb die Fahrerlaubnis aus dem
                Vermittlungsbudget und anschließend die Qualifizierung zum Berufskraftfahrer mit
                einem Bildungsgutschein. Die Mutter stellte den Antrag auf Anerkennung; eine
                hausärztliche Praxis fand die Familie über die Terminservicestelle.
            """,
            "monitoring": """
                Die Case Managerin traf die Familie etwa alle zwei Monate. Der Umzug gelang nach
                einem knappen halben Jahr; die älteste Tochter konnte nun ohne lange Fahrzeiten eine
                Oberstufe besuchen. Die Fahrprüfung bestand der Vater im zweiten Anlauf. Die
                Anerkennung der Mutter zog sich hin: Die Bezirksregierung erkannte das Studium nur
                teilweise an und verlangte einen Anpassungslehrgang sowie Deutschkenntnisse auf sehr
                hohem Niveau. Die Case Managerin besprach mit ihr Zwischenschritte, etwa eine
                Tätigkeit im Offenen Ganztag oder eine Qualifizierung zur Erzieherin.
            """,
            "evaluation": """
                Nach etwa anderthalb Jahren endete das Case Management. Der Vater arbeitete als
                Berufskraftfahrer in einem Verkehrsbetrieb, die Familie war nur noch ergänzend auf
                Leistungen angewiesen. Die Mutter arbeitete in Teilzeit im Offenen Ganztag und hielt
                am Ziel fest, als Lehrerin anerkannt zu werden. Die Familie bewertete den Umzug als
                Wendepunkt. Für die Fachkräfte zeigte der Fall, dass Mobilität im ländlichen Raum
                eine eigene Dimension jeder Hilfeplanung ist und dass die Verteilung der
                Zuständigkeiten zwischen Kreis und Gemeinde für Familien kaum durchschaubar ist.
            """,
        },
        "system_level": [
            (
                "schnittstelle",
                """
                    Zwischen dem Kreis mit Jobcenter und Ausländerbehörde und den kreisangehörigen
                    Gemeinden, die für Unterbringung und Wohnraumversorgung zuständig sind, fehlt
                    eine abgestimmte Strategie für den Auszug aus Übergangsunterkünften.
                """,
            ),
            (
                "luecke",
                """
                    Im ländlichen Raum sind Arbeitsorte, Arztpraxen und weiterführende Schulen oft
                    schwer erreichbar. Mobilität wird in der Hilfeplanung zu selten als eigener
                    Bedarf erfasst.
                """,
            ),
        ],
        "discussion_questions": [
            (
                "Welche Instrumente eignen sich, um im Assessment mehrere Lebensbereiche "
                "gleichzeitig abzubilden, ohne die Familie zu überfordern?"
            ),
            (
                "Wie gehen Sie damit um, wenn die Familie andere Prioritäten setzt als die "
                "Stelle, die den Fall eingebracht hat?"
            ),
            (
                "Welche Zuständigkeiten zwischen Kreis und Gemeinde sollten Familien in Ihrer "
                "Region schriftlich erklärt bekommen?"
            ),
        ],
    },
    {
        "slug": "in-acht-wochen-im-integrationskurs",
        "title": "In acht Wochen im Integrationskurs: ein gelungener Start und seine Stolpersteine",
        "kind": "fallrekonstruktion",
        "region": "muensterland",
        "target_groups": ["neuzugewanderte-drittstaaten"],
        "legal_domains": ["aufenthg-asylg", "sgb-ii", "sgb-viii"],
        "fields_of_action": ["sprache", "arbeit", "bildung"],
        "summary": """
            Eine Frau Mitte 30 reist im Familiennachzug mit zwei Kindern ein; die Kommune hat sich
            vorgenommen, dass Neuzugewanderte binnen acht Wochen nach der Anmeldung im
            Integrationskurs sitzen. Die Fallrekonstruktion verfolgt, wie Ausländerbehörde,
            Jobcenter, Kurskoordination, Kursträger und Jugendamt das Ziel erreichten und wo es
            beinahe scheiterte. Sie endet mit dem Übergang in eine Qualifizierung und in Arbeit.
        """,
        "body": {
            "klaerung": """
                Die Rekonstruktion verfolgt den Weg einer Frau Mitte 30, die im Familiennachzug zu
                ihrem als Flüchtling anerkannten Ehemann mit zwei Kindern im Kita- und
                Grundschulalter einreiste. Die Kommune hat sich zum Ziel gesetzt, dass
                Neuzugewanderte mit Anspruch auf einen Integrationskurs innerhalb von acht Wochen
                nach ihrer Anmeldung im Kurs sitzen. Dafür stimmen Ausländerbehörde, Jobcenter,
                Kommunales Integrationszentrum und Kursträger ihre Kursplanung gemeinsam ab. Die
                Klientin sprach wenige Tage nach der Einreise bei der Ausländerbehörde vor; dort
                wurde sie mit ihrem Einverständnis an die Kurskoordination im Integrationszentrum
                vermittelt, die in solchen Fällen auch das Case Management übernimmt.
            """,
            "assessment": """
                Im Erstgespräch mit einer Sprachmittlerin wurden Bildungsweg, Sprachkenntnisse und
                familiäre Lage erfasst. Die Klientin hatte im Herkunftsland die Schule mit einem
                Abschluss beendet, der einer Fachoberschulreife ähnelt, und mehrere Jahre als
                Verkäuferin gearbeitet; sie kannte das lateinische Alphabet, sprach aber kein
                Deutsch. Mit der Aufenthaltserlaubnis hatte die Ausländerbehörde ihre Berechtigung
                zur Teilnahme an einem Integrationskurs nach § 44 AufenthG festgestellt; weil die
                Familie Bürgergeld bezog, kam eine Verpflichtung durch das Jobcenter nach § 44a
                AufenthG hinzu. Die größte Hürde lag bei der Kinderbetreuung: Für das jüngere Kind
                gab es keinen Kita-Platz, der ältere Sohn brauchte nach der Schule Betreuung. Die
                Klientin wollte schnell Deutsch lernen, um wieder im Verkauf oder in der Pflege zu
                arbeiten.
            """,
            "hilfeplanung": """
                Gemeinsam wurde ein Plan für die ersten acht Wochen erstellt. Innerhalb von zwei
                Wochen sollte die Klientin den Einstufungstest bei einem Kursträger ablegen, der
                einen Integrationskurs mit Kinderbetreuung anbietet. Das Jobcenter sollte
                Verpflichtung und Kurszuweisung so abstimmen, dass nicht zwei Schreiben mit
                verschiedenen Kursträgern entstehen. Das Jugendamt sollte bis zur Vergabe eines
                Kita-Platzes einen Platz in der Kindertagespflege prüfen, die Schule einen Platz im
                Offenen Ganztag für den Sohn. Als Ziel für die Zeit nach dem Kurs vereinbarte die
                Klientin eine berufliche Orientierung in Verkauf und Pflege.
            """,
            "leistungssteuerung": """
                Der Einstufungstest fand nach zehn Tagen statt; der Kursträger ordnete die Klientin
                einem allgemeinen Integrationskurs zu, der vier Wochen später begann. An zwei
                Stellen drohte der Zeitplan zu kippen. Erstens hatte das Jobcenter die Klientin
                parallel einem anderen Kursträger zugewiesen, weil die Information über den bereits
                abgelegten Einstufungstest nicht angekommen war; die Kurskoordination klärte das mit
                einem Anruf. Zweitens fand sich zunächst keine Tagespflege. Der Kursträger bot einen
                Platz in der kursbegleitenden Kinderbetreuung an, die das Bundesamt für Migration
                und Flüchtlinge fördert. Für den Sohn sagte die Schule einen Platz im Offenen
                Ganztag zu. Die Klientin begann den Kurs knapp sieben Wochen nach ihrer Vorsprache
                bei der Ausländerbehörde.
            """,
            "monitoring": """
                Die Kurskoordination fragte nach vier Wochen und danach vierteljährlich bei
                Kursträger und Klientin nach. Die Klientin fehlte kaum und wechselte nach dem ersten
                Kursabschnitt in eine schnellere Gruppe. Eine Unterbrechung drohte, als die
                Kinderbetreuung des Kursträgers wegen Personalmangels einige Wochen ausfiel; das
                Jobcenter wertete die Fehlzeiten als entschuldigt, und die Kurskoordination
                vermittelte in dieser Zeit eine ehrenamtliche Betreuung. Gegen Ende des Kurses nahm
                die Klientin an einem Orientierungstag zu Pflegeberufen teil und absolvierte ein
                Praktikum in einer Pflegeeinrichtung. Sie berichtete, dass ihr vor allem die feste
                Lerngruppe im Kurs Halt gegeben habe.
            """,
            "evaluation": """
                Die Klientin schloss den Integrationskurs nach gut einem Jahr mit dem Deutsch-Test
                für Zuwanderer auf B1-Niveau und dem Test „Leben in Deutschland“ ab. Anschließend
                begann sie einen Berufssprachkurs und eine Qualifizierung in der Pflegehilfe, die
                das Jobcenter mit einem Bildungsgutschein förderte; inzwischen arbeitet sie in
                Teilzeit in der ambulanten Pflege. Die Rekonstruktion zeigte, dass das
                Acht-Wochen-Ziel nicht durch einen einzelnen Akteur erreicht wurde, sondern durch
                eine gemeinsame Kursübersicht, verbindliche Zuständigkeiten und die frühe Klärung
                der Kinderbetreuung. Wo Informationen nicht weitergegeben wurden, entstanden sofort
                Doppelarbeit und Verzögerungen.
            """,
        },
        "system_level": [
            (
                "optimierung",
                """
                    Eine gemeinsame, laufend aktualisierte Übersicht über freie Kursplätze und
                    Einstufungstests für Ausländerbehörde, Jobcenter und Kurskoordination verhindert
                    Doppelzuweisungen.
                """,
            ),
            (
                "luecke",
                """
                    Fehlende Kinderbetreuung während des Integrationskurses ist der häufigste Grund
                    für Verzögerungen; die Kindertagespflege ist auf Kurszeiten nicht eingestellt.
                """,
            ),
        ],
        "discussion_questions": [
            (
                "Welche Vereinbarungen zwischen Ausländerbehörde, Jobcenter und Kursträgern "
                "braucht es, damit ein Acht-Wochen-Ziel erreichbar ist?"
            ),
            (
                "Wie können Sie den Übergang vom Integrationskurs in Arbeit schon während des "
                "Kurses vorbereiten?"
            ),
            (
                "Welche Risiken birgt ein ehrgeiziges Zeitziel für die Qualität der Beratung im "
                "Einzelfall?"
            ),
        ],
    },
    {
        "slug": "raeumung-droht-jugendamt-und-jobcenter",
        "title": (
            "Räumung droht: Jugendamt und Jobcenter in einer Fallkonferenz für eine geflüchtete "
            "Familie"
        ),
        "kind": "fallkonferenz",
        "region": "bergisches-land",
        "target_groups": ["gefluechtete-familien"],
        "legal_domains": ["sgb-ii", "sgb-viii"],
        "fields_of_action": ["wohnen", "existenzsicherung", "teilhabe", "bildung"],
        "summary": """
            Gegen eine geflüchtete Familie mit fünf Kindern läuft eine Räumungsklage, zugleich
            begleitet das Jugendamt die Familie, weil der älteste Sohn kaum noch zur Schule geht.
            Beide Stellen wissen nichts voneinander, bis die Schulsozialarbeit sie zusammenbringt.
            Die Fallkonferenz sichert unter Zeitdruck die Wohnung und entlastet den Sohn; sie legt
            offen, wie Jobcenter und Jugendhilfe nebeneinanderher arbeiten.
        """,
        "body": {
            "klaerung": """
                Die Fachstelle für Wohnungsnotfälle erhielt vom Amtsgericht die Mitteilung über eine
                Räumungsklage gegen eine geflüchtete Familie, die seit einigen Jahren in einer
                Mietwohnung lebt. Die Eltern sind Anfang 40, fünf Kinder zwischen Kita- und
                Jugendalter leben im Haushalt; die Familie bezieht Bürgergeld, der Vater arbeitet in
                Teilzeit. Zugleich betreute der Allgemeine Soziale Dienst des Jugendamts die
                Familie, weil der älteste Sohn die Schule kaum noch besuchte und es zu Hause heftige
                Konflikte gab. Keine der beiden Stellen wusste von der anderen; erst die
                Schulsozialarbeit stellte die Verbindung her. Weil die Zeit bis zum Ablauf der
                Schonfrist knapp war, lud die Fachstelle mit Einverständnis der Eltern binnen zehn
                Tagen zu einer Fallkonferenz ein.
            """,
            "assessment": """
                An der ersten Phase nahmen die Eltern, der älteste Sohn, das Jobcenter, der
                Allgemeine Soziale Dienst, die Fachstelle, die Schulsozialarbeit und eine
                Sprachmittlerin teil. Die Lage wurde Schritt für Schritt nachgezeichnet: Das
                Jobcenter hatte die Familie vor längerer Zeit aufgefordert, die Unterkunftskosten zu
                senken, und übernahm seitdem nur noch die als angemessen geltende Miete. Die Eltern
                hatten das Schreiben nicht verstanden und die Differenz nicht gezahlt; hinzu kam
                eine Nachforderung aus der Nebenkostenabrechnung. Der Sohn berichtete, dass er sich
                für die Familie verantwortlich fühle, Briefe übersetze und sich in der Schule als
                Versager erlebe. Als Ressourcen zeigten sich die enge Bindung der Eltern an ihre
                Kinder, die Arbeitsstelle des Vaters und die Bereitschaft aller, sofort zu handeln.
            """,
            "hilfeplanung": """
                Die Konferenz vereinbarte Ziele auf zwei Zeitachsen. Kurzfristig wird die Wohnung
                gesichert: Das Jobcenter prüft die Übernahme der Mietschulden als Darlehen nach § 22
                Abs. 8 SGB II so rasch, dass die Zahlung innerhalb der Schonfrist beim Vermieter
                eingeht; die Fachstelle verhandelt mit dem Vermieter über die Fortsetzung des
                Mietverhältnisses. Das Jobcenter sagte außerdem zu, die Angemessenheit der Miete für
                die tatsächliche Haushaltsgröße neu zu prüfen. Mittelfristig entlastet eine
                sozialpädagogische Familienhilfe nach § 31 SGB VIII die Familie, unterstützt bei
                Post und Behörden und arbeitet mit den Eltern an Erziehungsfragen. Der Sohn wird von
                der Rolle des Übersetzers entbunden; mit der Schule wird ein Plan für den
                Wiedereinstieg vereinbart. Die Mutter wünschte sich einen Sprachkurs, um Briefe
                selbst lesen zu können.
            """,
            "leistungssteuerung": """
                Das Jobcenter bewilligte das Darlehen innerhalb einer Woche; nach Eingang der
                Zahlung setzte der Vermieter das Mietverhältnis fort, die Räumungsklage wurde
                erledigt. Die Neuberechnung ergab, dass die Angemessenheitsgrenze noch für eine
                kleinere Familie angesetzt war: Die Geburt des jüngsten Kindes war beim Regelbedarf
                berücksichtigt worden, nicht aber bei der Prüfung der Unterkunftskosten. Das
                Jobcenter übernahm daraufhin die tatsächliche Miete. Das Jugendamt setzte die
                Familienhilfe ein; die Familienhelferin ging mit den Eltern die offenen Schreiben
                durch. Schwierig blieb die Abstimmung der Termine: Jobcenter und Jugendamt luden die
                Eltern in derselben Woche zu mehreren Gesprächen ein, teils mit widersprüchlichen
                Anforderungen.
            """,
            "monitoring": """
                Die Beteiligten trafen sich nach etwa sechs Wochen und nach drei Monaten zu kurzen
                Folgekonferenzen, in denen die Familie den Stand jeweils selbst berichtete. Die
                Wohnung war gesichert, das Darlehen wurde in kleinen Raten mit den laufenden
                Leistungen verrechnet. Der Sohn besuchte die Schule wieder an den meisten Tagen und
                nahm Kontakt zur Jugendberufshilfe auf. Die Mutter besuchte einen Integrationskurs
                am Vormittag. Um widersprüchliche Termine zu vermeiden, benannten Jobcenter und
                Jugendamt je eine feste Ansprechperson und führten eine gemeinsame Terminübersicht
                ein, die die Familienhelferin mit den Eltern pflegte.
            """,
        },
        "system_level": [
            (
                "schnittstelle",
                """
                    Jobcenter und Jugendamt arbeiteten parallel mit derselben Familie, ohne
                    voneinander zu wissen. Es fehlte ein Verfahren, mit dem sich beide Stellen mit
                    Einwilligung der Familie frühzeitig informieren.
                """,
            ),
            (
                "optimierung",
                """
                    Mitteilungen über Räumungsklagen gegen Familien mit Kindern sollten regelhaft
                    zum Angebot einer Fallkonferenz mit Fachstelle, Jobcenter und Jugendamt führen.
                """,
            ),
            (
                "luecke",
                """
                    Aufforderungen zur Senkung der Unterkunftskosten werden von vielen Familien
                    nicht verstanden. Eine Erläuterung in einfacher Sprache oder mit Sprachmittlung
                    fehlt.
                """,
            ),
        ],
        "discussion_questions": [
            (
                "Wie lassen sich in einer Fallkonferenz unter Zeitdruck Beteiligung und Würde der "
                "Familie wahren?"
            ),
            (
                "Welche Rolle sollte der älteste Sohn in der Fallkonferenz haben, und wie "
                "schützen Sie ihn vor weiterer Überforderung?"
            ),
            (
                "Welche Informationen dürfen Jobcenter und Jugendamt ohne Einwilligung "
                "austauschen, etwa bei einer Gefährdung des Kindeswohls?"
            ),
        ],
    },
    {
        "slug": "eine-familie-drei-rechtskreise",
        "instruments": ["checkliste-rechtskreiswechsel", "hilfeplan-vorlage"],
        "title": "Eine Familie, drei Rechtskreise: Fallkonferenz im Produktionsnetzwerk",
        "kind": "fallkonferenz",
        "region": "ruhrgebiet",
        "target_groups": ["geduldete-familien", "gefluechtete-familien"],
        "legal_domains": ["sgb-ii", "asylblg", "aufenthg-asylg", "sgb-viii"],
        "fields_of_action": ["existenzsicherung", "arbeit", "ausbildung", "teilhabe"],
        "summary": """
            In einer Familie haben die Mitglieder unterschiedliche Aufenthaltsstatus: Die Mutter und
            die minderjährigen Kinder beziehen Bürgergeld, der Vater und der volljährige Sohn
            Leistungen nach dem AsylbLG. Widersprüchliche Bescheide lassen die Familie mehrfach ohne
            Geld dastehen. Die Fallkonferenz im kommunalen Produktionsnetzwerk zeigt, wie
            vereinbarte Abläufe zwischen den Rechtskreisen wirken.
        """,
        "body": {
            "klaerung": """
                Die Familie wurde über das Produktionsnetzwerk der Kommune in die Fallkonferenz
                eingebracht. In diesem Netzwerk haben Jobcenter, Sozialamt, Ausländerbehörde,
                Jugendamt, Kommunales Integrationszentrum, Migrationsberatungen und freie Träger
                verbindliche Abläufe vereinbart, darunter eine monatliche Fallkonferenz für
                Familien, deren Mitglieder unterschiedliche Aufenthaltsstatus haben. Die Familie
                besteht aus den Eltern Mitte 40, einem volljährigen Sohn Anfang 20 und drei
                minderjährigen Kindern. Die Mutter und die minderjährigen Kinder besitzen eine
                Aufenthaltserlaubnis und beziehen Bürgergeld; der Vater ist geduldet, der älteste
                Sohn hat nach einem eigenen Asylantrag eine Aufenthaltsgestattung, beide erhalten
                Leistungen nach dem AsylbLG. Eingebracht hatte den Fall das Jobcenter, weil
                Bescheide von Jobcenter und Sozialamt einander widersprachen und die Familie
                mehrfach ohne Geld dastand.
            """,
            "assessment": """
                In der ersten Phase der Konferenz waren die Eltern, der älteste Sohn, Jobcenter,
                Sozialamt, Ausländerbehörde, die Migrationsberatung und das Kommunale
                Integrationszentrum beteiligt; eine Sprachmittlerin übersetzte. Die Bescheide wurden
                nebeneinandergelegt. Dabei zeigte sich, dass beide Stellen das Einkommen des Vaters
                aus einem Minijob berücksichtigt hatten – das Jobcenter bei der Bedarfsgemeinschaft
                der Mutter, das Sozialamt beim Vater selbst –, teilweise doppelt. Die Miete war
                zwischen den Stellen nicht aufgeteilt worden. Aufenthaltsrechtlich wurde deutlich,
                dass der Vater seit vielen Jahren geduldet ist, gut Deutsch spricht und einen
                Arbeitgeber hat, der ihn in Vollzeit beschäftigen würde. Der älteste Sohn hatte die
                Schule in Deutschland mit einem mittleren Abschluss beendet und suchte einen
                Ausbildungsplatz.
            """,
            "hilfeplanung": """
                Die Konferenz vereinbarte ein gemeinsames Berechnungsblatt, das Jobcenter und
                Sozialamt miteinander abstimmen, und eine feste Aufteilung der Unterkunftskosten
                nach Köpfen. Für den Vater prüft die Ausländerbehörde eine Beschäftigungserlaubnis
                für die Vollzeitstelle; die Migrationsberatung klärt parallel, ob eine
                Beschäftigungsduldung nach § 60d AufenthG oder später eine Aufenthaltserlaubnis nach
                § 25b AufenthG erreichbar ist. Für den ältesten Sohn wurde die Suche nach einem
                Ausbildungsplatz mit der Berufsberatung der Agentur für Arbeit vereinbart;
                Ausländerbehörde und Migrationsberatung klären, unter welchen Voraussetzungen er
                während des Asylverfahrens eine Ausbildung aufnehmen darf. Das Jugendamt unterstützt
                bei der Suche nach einem Kita-Platz für das jüngste Kind. Als wichtigstes Ziel
                nannten die Eltern, dass das Geld pünktlich kommt.
            """,
            "leistungssteuerung": """
                Die Netzwerkkoordination im Kommunalen Integrationszentrum verteilte die Aufgaben
                mit Fristen und hielt sie im gemeinsamen Hilfeplan fest. Jobcenter und Sozialamt
                korrigierten ihre Bescheide innerhalb eines Monats; das Sozialamt verzichtete auf
                eine Rückforderung, weil die Eltern auf die fehlerhaften Bescheide vertrauen
                durften. Die Ausländerbehörde erteilte dem Vater die Beschäftigungserlaubnis für die
                Vollzeitstelle, sodass er weitgehend unabhängig von Leistungen wurde. Beim ältesten
                Sohn hakte es: Ein Ausbildungsbetrieb sagte zu, zog die Zusage aber zurück, weil die
                Beschäftigungserlaubnis nicht vor Ausbildungsbeginn vorlag. Die Migrationsberatung
                unterstützte einen zweiten Anlauf, diesmal mit frühzeitig gestelltem Antrag.
            """,
            "monitoring": """
                Der Fall kam nach drei Monaten erneut in die Konferenz. Die Leistungen liefen ohne
                Unterbrechung, das Berechnungsblatt hatte sich bewährt. Weil der Vater nun in
                Vollzeit verdiente, sank der Leistungsanspruch der Bedarfsgemeinschaft der Mutter;
                die Familie verstand die neuen Bescheide dank einer gemeinsamen Erläuterung beider
                Stellen. Der älteste Sohn hatte einen neuen Ausbildungsvertrag, die Erlaubnis lag
                rechtzeitig vor. Das jüngste Kind hatte einen Kita-Platz, die Mutter begann einen
                Berufssprachkurs. Die Netzwerkkoordination hielt fest, welche Absprachen aus diesem
                Fall in die Kooperationsvereinbarung übernommen werden sollten. Danach wurde der
                Fall aus der monatlichen Konferenz entlassen und nur noch von der Migrationsberatung
                begleitet.
            """,
            "evaluation": """
                Nach einem Jahr wertete das Produktionsnetzwerk den Fall aus. Die Familie bezog nur
                noch geringe ergänzende Leistungen, für den Vater rückte eine Beschäftigungsduldung
                nach § 60d AufenthG in Reichweite, der Sohn war im ersten Ausbildungsjahr. Die
                Beteiligten hielten fest, dass der Fall ohne das Netzwerk in drei getrennten
                Verfahren bearbeitet worden wäre. Der Nutzen lag nicht in einem neuen Angebot,
                sondern in abgestimmten Abläufen: gemeinsames Berechnungsblatt, feste
                Ansprechpersonen, verbindliche Fristen und eine Konferenz, die Familien mit
                unterschiedlichen Aufenthaltsstatus ausdrücklich vorsieht.
            """,
        },
        "system_level": [
            (
                "optimierung",
                """
                    Das gemeinsame Berechnungsblatt für Familien mit Leistungen nach SGB II und
                    AsylbLG soll als Standard in die Kooperationsvereinbarung des
                    Produktionsnetzwerks aufgenommen werden.
                """,
            ),
            (
                "schnittstelle",
                """
                    Beschäftigungserlaubnisse für eine Ausbildung werden oft erst nach
                    Vertragsschluss beantragt, und Betriebe ziehen Zusagen zurück. Eine frühzeitige
                    Vorabprüfung durch die Ausländerbehörde fehlt.
                """,
            ),
        ],
        "discussion_questions": [
            (
                "Was unterscheidet ein Produktionsnetzwerk von einem losen Arbeitskreis, und "
                "woran erkennen Sie das in diesem Fall?"
            ),
            (
                "Welche Probleme entstehen, wenn Mitglieder einer Familie in verschiedenen "
                "Rechtskreisen leistungsberechtigt sind?"
            ),
            (
                "Wie erklären Sie einer Familie, warum ein höheres Einkommen des Vaters die "
                "Leistungen für Mutter und Kinder verringert?"
            ),
        ],
    },
]

# Deliberately NOT anonymised: shows reviewers what the anonymisation check blocks.
DRAFT_WITH_IDENTIFIERS = {
    "slug": "entwurf-schulbesuch-und-duldung",
    "title": "Entwurf: Schulbesuch und Duldung – Fallanalyse aus der Praxis",
    "kind": "fallanalyse",
    "region": "ruhrgebiet",
    "target_groups": ["geduldete-familien"],
    "legal_domains": ["aufenthg-asylg", "asylblg", "schulrecht"],
    "fields_of_action": ["bildung", "existenzsicherung"],
    "summary": """
        Frau Ayşe Demir lebt mit ihren beiden Kindern seit mehreren Jahren mit einer Duldung in der
        Stadt. Die Schule meldete, dass die Tochter häufig fehlt. Die Fallanalyse beschreibt die
        Zusammenarbeit von Schule, Sozialamt und Ausländerbehörde.
    """,
    "body": {
        "klaerung": """
            Frau Ayşe Demir, geb. 14.03.1987, wohnt mit ihren Kindern Elif und Emre in der
            Lindenstraße 12, 58095 Hagen. Die Schulsozialarbeit der Grundschule am Lindenplatz
            meldete uns am 12.09.2023, dass die 9-jährige Elif seit den Sommerferien häufig fehlt.
            Frau Demir kam zum Erstgespräch, weil sie Angst hatte, dass die Fehlzeiten ihrem
            Aufenthalt schaden. Sie lebt seit 2017 in Deutschland, zunächst in der Notunterkunft
            Turnhalle Ost, seit 2019 in der jetzigen Wohnung. Der Vater der Kinder lebt nicht mehr
            bei der Familie. Frau Demir stimmte einem Case Management zu und unterschrieb eine
            Schweigepflichtentbindung für Schule, Sozialamt und Ausländerbehörde.
        """,
        "assessment": """
            Frau Demir ist telefonisch unter 0176 43218765 oder per E-Mail an
            ayse.demir87@example.com erreichbar. Ihr Asylverfahren wurde beim BAMF unter dem
            Aktenzeichen 8123456-163 geführt und ist abgelehnt; die Duldung wird alle drei Monate
            verlängert. Leistungen erhält die Familie nach dem AsylbLG. Im Gespräch wurde deutlich,
            dass Elif morgens die Betreuung ihres jüngeren Bruders übernimmt, wenn die Mutter
            Termine bei Behörden hat. Frau Demir hat in der Türkei als Friseurin gearbeitet und
            spricht Deutsch auf A2-Niveau. Sie möchte arbeiten, hat aber bisher keine
            Beschäftigungserlaubnis beantragt, weil sie nicht wusste, dass das möglich ist.
        """,
        "hilfeplanung": """
            Im Gespräch am 02.10.2023 mit Herrn Krüger vom Sozialamt wurde vereinbart: Emre erhält
            einen Platz in der Kita Regenbogen, damit Elif morgens nicht mehr auf ihn aufpassen
            muss. Elif bekommt in der Schule eine Förderung in Deutsch als Zweitsprache. Frau Demir
            erhält einen Termin bei der Migrationsberatung, um die Bleibeperspektive nach § 25b
            AufenthG und eine Beschäftigungserlaubnis zu prüfen. Die Case Managerin informiert die
            Schule über die Vereinbarungen und meldet sich nach vier Wochen wieder bei der Familie.
        """,
        "leistungssteuerung": """
            Die Case Managerin begleitete Frau Demir zur Ausländerbehörde, wo Frau Schneider eine
            Verlängerung der Duldung um sechs Monate zusagte. Die Kita meldete, dass ein Platz erst
            im Frühjahr frei wird; bis dahin betreut eine Nachbarin Emre an Terminen. Die
            Migrationsberatung vereinbarte einen Termin für Anfang November. Die Schule bestätigte,
            dass Elif seit Mitte Oktober regelmäßig kommt. Offen ist noch die
            Beschäftigungserlaubnis, weil die Ausländerbehörde auf einen Nachweis zur
            Passbeschaffung wartet.
        """,
    },
    "system_level": [
        (
            "schnittstelle",
            """
                Schule und Ausländerbehörde tauschen sich über Fehlzeiten nicht aus; Familien
                befürchten Nachteile, wenn sie Probleme offenlegen.
            """,
        ),
    ],
    "discussion_questions": [
        (
            "Welche Angaben in diesem Entwurf müssten vor einer Veröffentlichung entfernt oder "
            "vergröbert werden?"
        ),
        (
            "Wie hätte die Schule die Fehlzeiten ansprechen können, ohne die Angst der Mutter zu "
            "verstärken?"
        ),
    ],
}
