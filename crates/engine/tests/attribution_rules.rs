//! The rules of attribution, one invented case each (none is a sentence of the bundled articles
//! or of the development corpus): the quotation and who the engine says said it, or `None` where
//! the text does not single anyone out.

use rassegna_engine::{Corpus, Document, QuoteKind};

/// (text, quoted words, expected speaker name)
const CASES: &[(&str, &str, Option<&str>)] = &[
    // A role in apposition names an unknown person; the role alone later stands for them.
    (
        "Il direttore del parco, Osvaldo Tirelli, ha spiegato che i sentieri sono «sicuri». \
         Il direttore ha poi aggiunto: «Riapriremo a maggio».",
        "Riapriremo a maggio",
        Some("Osvaldo Tirelli"),
    ),
    // A role word that nobody was introduced with stands for the one person just met who can
    // bear it…
    (
        "Con due terzi dei voti, Daniela Paltrinieri è stata rieletta alla guida della cooperativa. \
         «Adesso si lavora», ha detto la presidente davanti ai soci.",
        "Adesso si lavora",
        Some("Daniela Paltrinieri"),
    ),
    // …but not when two people of that gender were just met,
    (
        "Marisa Conti ha incontrato Laura Ferri in municipio. «Un passo avanti», ha detto la \
         presidente all'uscita.",
        "Un passo avanti",
        None,
    ),
    // …nor when the one just met holds another office.
    (
        "Il questore Dario Menna ha visitato il cantiere. «I tempi saranno rispettati», ha detto \
         il sindaco.",
        "I tempi saranno rispettati",
        None,
    ),
    // A headline's surname before a quotation is the one person the article names in full with it,
    (
        "Lanfranchi: «Il reparto resta aperto»\n\nIl direttore sanitario, Oreste Lanfranchi, ha \
         presentato ieri il piano per l'estate.",
        "Il reparto resta aperto",
        Some("Oreste Lanfranchi"),
    ),
    // …and none when the article names two people with it.
    (
        "Scuola, Marchetti: «Nessun taglio»\n\nLa preside Anna Marchetti ha incontrato il \
         consigliere Paolo Marchetti, che ha promesso «risposte entro maggio».",
        "Nessun taglio",
        None,
    ),
    // A role and its country's adjective right before a capitalised run name a person whose
    // given name is not in the list…
    (
        "Il ministro dell'Interno sloveno Tilen Hrastnik ha detto che i controlli restano «temporanei».",
        "temporanei",
        Some("Tilen Hrastnik"),
    ),
    // …as does the role right before it.
    ("«Nessuna chiusura», ha assicurato la commissaria Ingrid Solberg.", "Nessuna chiusura", Some("Ingrid Solberg")),
    // A capitalised run, a comma and a role without an article: a person with that role, whose
    // surname then stands for them.
    (
        "Lo conferma Oddný Halldórsdóttir, ricercatrice dell'Università di Reykjavík, che da anni \
         studia i ghiacciai. Secondo Halldórsdóttir il ritiro è «ormai irreversibile».",
        "ormai irreversibile",
        Some("Oddný Halldórsdóttir"),
    ),
    // A surname two people of the article bear is the one whose full name its paragraph wrote…
    (
        "Laura Bentivoglio, presidente della cooperativa, non ha commentato.\n\nMarco Bentivoglio, \
         direttore della filiale, ha risposto in serata. Bentivoglio ha poi aggiunto: «Nessuna vendita».",
        "Nessuna vendita",
        Some("Marco Bentivoglio"),
    ),
    // …and neither when the paragraph wrote both.
    (
        "Laura Bentivoglio ha incontrato Marco Bentivoglio in sede. Bentivoglio ha poi aggiunto: \
         «Nessuna vendita».",
        "Nessuna vendita",
        None,
    ),
    // A verb of saying right after a quotation, with no subject of its own, carries the subject
    // of the sentence before: the quoted words are not its subject.
    (
        "Ottavia Ranieri ha presentato il bilancio della fondazione. «I conti tornano», ha spiegato.",
        "I conti tornano",
        Some("Ottavia Ranieri"),
    ),
    // A place noun swallows the name right after it ("piazza Kim Il Sung"), not one after a comma.
    (
        "«La mostra chiude a marzo», ha detto il direttore del museo, Ettore Giunchi.",
        "La mostra chiude a marzo",
        Some("Ettore Giunchi"),
    ),
    // A verb in a clause of its own takes its subject there, not the main clause's…
    (
        "Il prefetto Guido Sala ha firmato l'ordinanza, mentre la sindaca Ada Ronchi parla di \
         «una scelta tardiva».",
        "una scelta tardiva",
        Some("Ada Ronchi"),
    ),
    (
        "Dopo che il questore Bruno Lenzi aveva segnalato «rischi concreti», la partita è stata \
         rinviata.",
        "rischi concreti",
        Some("Bruno Lenzi"),
    ),
    (
        "La cooperativa Mani Unite, la cui presidente, Irene Valli, parla di «un segnale atteso», \
         ha firmato l'accordo.",
        "un segnale atteso",
        Some("Irene Valli"),
    ),
    // …and a quotation before a contrasting clause is not said by that clause's verb.
    (
        "Sui muri è comparsa la scritta «Giù le mani dal parco», mentre il consigliere Marco \
         Tini definiva il progetto «un errore».",
        "Giù le mani dal parco",
        None,
    ),
    // "ma ha detto": a coordinated verb without a subject shares the sentence's.
    (
        "L'assessore Pio Ferri non ha dato cifre, ma ha detto che i fondi sono «sufficienti».",
        "sufficienti",
        Some("Pio Ferri"),
    ),
    // Somebody, or nobody in particular, is no speaker to carry.
    (
        "La sindaca Nora Bassi ha inaugurato la piazza. Tra i residenti c'è chi parla di «un \
         regalo ai turisti».",
        "un regalo ai turisti",
        None,
    ),
    (
        "Il presidente Ugo Marra ha presentato il bilancio. Nella sala si parla di «conti \
         solidi».",
        "conti solidi",
        None,
    ),
    // …but a document in which it is said says it, never the subject before.
    (
        "Il presidente Ugo Marra ha presentato il bilancio. Nella relazione si parla di «conti \
         solidi».",
        "conti solidi",
        Some("relazione"),
    ),
    // (the bare "documento" takes up the plan just signed, the document named last)
    (
        "L'assessore Dino Pace ha firmato il piano. Nel documento si afferma che le corse saranno \
         «raddoppiate entro giugno».",
        "raddoppiate entro giugno",
        Some("piano"),
    ),
    // A document's name ends before its verb, past one complement ("il rapporto Censis rileva"),
    // and a communication is a document too.
    (
        "I salari tornano a crescere. Il rapporto Censis rileva una «ripresa timida ma diffusa».",
        "ripresa timida ma diffusa",
        Some("rapporto Censis"),
    ),
    (
        "La comunicazione inviata ai soci precisa che la quota sarà «invariata fino al 2027».",
        "invariata fino al 2027",
        Some("comunicazione"),
    ),
    // A short capitalised quotation alone between commas is a title in apposition, nobody's
    // words; a "che" inside it opens no clause, so the name before it is the verb's subject.
    (
        "Il regista Nino Ferraris ha vinto il premio.\n\nFerraris, autore di un film sulla valle, «Il \
         fiume che parla», ha spiegato al pubblico il senso del film: «Racconto chi resta».",
        "Racconto chi resta",
        Some("Nino Ferraris"),
    ),
    (
        "Il regista Nino Ferraris ha vinto il premio.\n\nFerraris, autore di un film sulla valle, «Il \
         fiume che parla», ha spiegato al pubblico il senso del film.",
        "Il fiume che parla",
        None,
    ),
    // A relative clause's antecedent speaks past one complement, even after "di".
    (
        "La Corte ha accolto le richieste dell'avvocata Irene Sala, che in aula aveva descritto un \
         «processo senza prove».",
        "processo senza prove",
        Some("Irene Sala"),
    ),
    // …but not when the clause has a subject of its own.
    (
        "La Corte ha accolto le richieste dell'avvocata Irene Sala, che i giudici avevano descritto \
         come «un osso duro».",
        "un osso duro",
        None,
    ),
    // Dismissing something as words is saying them.
    (
        "Il viceministro Aldo Rinaldi ha liquidato le proteste come «rumore di fondo».",
        "rumore di fondo",
        Some("Aldo Rinaldi"),
    ),
    // A comma right before the verb closes the subordinate clause: the verb is the main one, and
    // its dropped subject is the one carried.
    (
        "«È stato un lampo», ha raccontato la fotografa Lea Conti. Quando vide la cometa per la \
         prima volta, disse ai vicini che era «la notte più bella».",
        "la notte più bella",
        Some("Lea Conti"),
    ),
    // A document opening an absolute clause is not the sentence's subject, for a dropped one
    // after it.
    (
        "Approvata la delibera sui parcheggi, la sindaca Giuliana Neri ha lasciato l'aula. Ha \
         spiegato che il piano è «un primo passo».",
        "un primo passo",
        Some("Giuliana Neri"),
    ),
    // What governs the first of two names joined by "e" governs the second.
    (
        "Secondo quanto riferito dal portale Mare e Monti, la velista Marta Greco avrebbe definito \
         la regata «la più dura».",
        "la più dura",
        Some("Marta Greco"),
    ),
    // A verb of saying after a modal, and a body limited to saying something.
    (
        "Il ministro Ugo Fanti ha voluto ringraziare i volontari per un «lavoro straordinario».",
        "lavoro straordinario",
        Some("Ugo Fanti"),
    ),
    // An unnamed voice of a body the gazetteer knows speaks for it.
    (
        "Un portavoce della Commissione europea si è limitato a ricordare che gli aiuti sono \
         ammessi «solo in casi eccezionali».",
        "solo in casi eccezionali",
        Some("Commissione europea"),
    ),
    // An imperfect of accusing.
    (
        "A Napoli, intanto, la consigliera Rita Esposito accusava la giunta di «dormire».",
        "dormire",
        Some("Rita Esposito"),
    ),
    // A wire dateline does not hide that a subordinate clause opens the sentence: its subject
    // is not the main verb's.
    (
        "(AGIPRESS) - TORINO, 4 APR - Mentre il rettore parlava in aula, la studentessa Noemi \
         Ricci, che guida il collettivo, accusava l'ateneo di «ignorare gli affitti».",
        "ignorare gli affitti",
        Some("Noemi Ricci"),
    ),
    // A given name alone, with an age in apposition, is a person called by first name.
    (
        "«Ho visto l'acqua salire in pochi minuti», racconta Giada, 16 anni, che abita al piano terra.",
        "Ho visto l'acqua salire in pochi minuti",
        Some("Giada"),
    ),
    // "per bocca di X": X speaks for the subject.
    (
        "Il consorzio, per bocca del presidente Walter Gallo, ha fatto sapere di essere «pronto al \
         confronto».",
        "pronto al confronto",
        Some("Walter Gallo"),
    ),
    // A colon closing a clause whose subject is dropped: the subject carried from before.
    (
        "Il questore Paolo Serra ha incontrato i commercianti. Ha poi lanciato un appello ai \
         genitori: «Controllate i vostri figli».",
        "Controllate i vostri figli",
        Some("Paolo Serra"),
    ),
    // A place after "nella stessa" is governed: the clause's subject speaks before the colon.
    (
        "L'imputato non ha parlato. Lo ha fatto sua sorella Delia Marchi, assessora nella stessa \
         Valbruna: «Pagherà per colpe non sue».",
        "Pagherà per colpe non sue",
        Some("Delia Marchi"),
    ),
    // A document deems something so through a gerund, and keeps a modifier before its noun.
    (
        "La delibera della giunta approvata ieri ha sospeso il cantiere, ritenendolo «privo di \
         autorizzazioni».",
        "privo di autorizzazioni",
        Some("delibera della giunta"),
    ),
    (
        "L'ultimo rapporto della Caritas rileva che i nuovi poveri sono «quasi raddoppiati».",
        "quasi raddoppiati",
        Some("rapporto della Caritas"),
    ),
    // …but a clause coordinated after it with an impersonal "si" is nobody's.
    (
        "L'ultimo rapporto della Caritas rileva che i poveri aumentano, e in città si parla \
         apertamente di «emergenza».",
        "emergenza",
        None,
    ),
    // A headline's surname two people bear is the one whose words the headline repeats in part.
    (
        "Sanità, Rocchi: «Ospedale salvo, nessun taglio»\nIl sindaco Piero Rocchi ha incontrato i \
         sindacati. «L'ospedale è salvo e non ci sarà alcun taglio ai reparti», ha detto Piero \
         Rocchi.\nSuo fratello Dario Rocchi, consigliere di minoranza, ha parlato di «promesse da \
         campagna elettorale».",
        "Ospedale salvo, nessun taglio",
        Some("Piero Rocchi"),
    ),
    // A colon after linking words and a gerund goes on with the speaker just quoted.
    (
        "«Il libro è tutto inventato», ha detto lo scrittore Marco Levi.\nPoi, ridendo: «Ma qualcuno \
         si è riconosciuto».",
        "Ma qualcuno si è riconosciuto",
        Some("Marco Levi"),
    ),
    // A definite source with nothing to place it ("il ministero") is nobody for sure, and a verb
    // coordinated with its verb keeps that unknown subject rather than one from the clause between.
    (
        "Lisbona ha protestato. In una nota, il ministero sostiene che Madrid abbia «violato gli \
         impegni» e chiede il «ripristino dei flussi».",
        "ripristino dei flussi",
        None,
    ),
    // The document in which something is read says it, before "si legge" or through "nella quale".
    (
        "Il giudice ha respinto la richiesta: nell'ordinanza si legge che le prove sono «sufficienti».",
        "sufficienti",
        Some("ordinanza"),
    ),
    (
        "È stata depositata la perizia della Procura, nella quale si legge che il ponte era «già \
         lesionato».",
        "già lesionato",
        Some("perizia della Procura"),
    ),
    // A relative clause's antecedent after "a" speaks.
    (
        "Il servizio è affidato alla cooperativa Sole Nuovo, che in una nota esprime «rammarico».",
        "rammarico",
        Some("Sole Nuovo"),
    ),
    // A body line broken after a comma goes on in the next line, whatever its case.
    (
        "«Ci hanno tolto la partita», ha dichiarato ai microfoni di Radio Nord l'allenatore della squadra,\nLeo \
         Santi, a fine gara.",
        "Ci hanno tolto la partita",
        Some("Leo Santi"),
    ),
    // A sentence that brings someone in without a subject the rules find leaves none to carry.
    (
        "Il sindaco Ugo Bassi ha parlato. Sul caso è intervenuta anche la pediatra di base Rita \
         Moro, che segue molti dei bambini. Ha poi ricordato che i sintomi «passano in fretta».",
        "passano in fretta",
        None,
    ),
    // A headline's role after its article is the one person the article introduces with it.
    (
        "Mensa chiusa, la preside: «Servizio sospeso»\nLa preside dell'istituto, Carla Neri, ha \
         sospeso la mensa.",
        "Servizio sospeso",
        Some("Carla Neri"),
    ),
    // A document no complement names is nobody to name…
    ("Una nota diffusa in serata parla di «adesione bassa».", "adesione bassa", None),
    // …one with its author is its author's words.
    ("Una nota della Prefettura di Lecco parla di «adesione bassa».", "adesione bassa", Some("nota della Prefettura")),
    // A medium with an adjective before its name is whom the words were told.
    (
        "«Le scuole restano chiuse», ha detto all'agenzia locale Alpen Press il governatore della \
         provincia, Kurt Egger.",
        "Le scuole restano chiuse",
        Some("Kurt Egger"),
    ),
    // A relative clause's verb after whom the words were told is the antecedent's.
    (
        "Il ministero non ha risposto. A frenare è l'assessore alla Cultura, Piero Loi, che al \
         quotidiano La Nuova Voce ha promesso «massima trasparenza».",
        "massima trasparenza",
        Some("Piero Loi"),
    ),
    // A short capitalised quotation after a definite article and before a pause is a title.
    (
        "Con lui si è schierata l'attrice Vera Conti, protagonista del «Giardino», che parla di «una \
         decisione sbagliata».",
        "Giardino",
        None,
    ),
    // A country's adjective before a name with a given name in the list gives that person the
    // country, and the adjective alone later stands for them.
    (
        "Lo spagnolo Pedro Ruiz ha battuto l'olandese Bram de Vries. «Gara dura», ha detto lo spagnolo.",
        "Gara dura",
        Some("Pedro Ruiz"),
    ),
    // Of two met with a role, the portfolio the description names picks one…
    (
        "Il ministro dell'Interno, Paolo Serra, ha incontrato il ministro della Difesa, Gino Lai. \
         «Più controlli», ha detto il ministro dell'Interno.",
        "Più controlli",
        Some("Paolo Serra"),
    ),
    // …and without one, neither.
    (
        "Il ministro dell'Interno, Paolo Serra, ha incontrato il ministro della Difesa, Gino Lai. \
         «Più controlli», ha detto il ministro.",
        "Più controlli",
        None,
    ),
    // An article after a document's noun opens another phrase: here the subject, which the
    // rules do not resolve, so nobody is carried.
    ("Il presidente Aldo Bini ha parlato ieri. In una nota la giunta esprime «piena fiducia».", "piena fiducia", None),
    // A linking word opening a sentence is no part of the name after it ("Così Kovač, che…").
    (
        "Vince lo sloveno Matej Kovač davanti a Noah Frei. «Sto bene», ha detto Frei. «Mancano sei \
         gare». Così Kovač, che guida la classifica, ha chiuso ogni discorso.",
        "Mancano sei gare",
        Some("Matej Kovač"),
    ),
    // An indefinite description is someone not met before.
    (
        "Il sindaco Aldo Neri ha parlato in piazza. «Siamo stanchi», ha detto un sindaco della valle.",
        "Siamo stanchi",
        None,
    ),
    // A plural verb's dropped subject is no one person carried from before.
    (
        "La sindaca Ida Berti ha chiesto aiuto. «Arriviamo con due squadre», fanno sapere dal Cantone.",
        "Arriviamo con due squadre",
        None,
    ),
    // A known one-word name before a capitalised word it does not know is part of another name.
    (
        "Il presidente della cooperativa, Kim Dong-hyun, ha detto che «il mare è pane».",
        "il mare è pane",
        Some("Kim Dong-hyun"),
    ),
    // An elided particle opens a surname.
    ("«Serve prudenza», ha scritto l'analista Pietro Dall'Orso.", "Serve prudenza", Some("Pietro Dall'Orso")),
    // A colon closes the clause of a quotation inside it: the verb after is another's.
    (
        "Sul molo è già la «guerra delle reti»: il presidente Ugo Sarti ha detto che «si pesca meno».",
        "guerra delle reti",
        None,
    ),
    // A document the verb brings in with an indefinite article is its object, not its subject.
    (
        "La portavoce Nadia Ferro, raggiunta dai cronisti, annuncia un esposto in procura: «Non ci \
         fermeremo».",
        "Non ci fermeremo",
        Some("Nadia Ferro"),
    ),
    // A gerund says what follows it, never a quotation before it,
    (
        "Per mesi l'imprenditore Aldo Rissone si era presentato come il «risanatore», promettendo \
         utili a tutti.",
        "risanatore",
        None,
    ),
    // …and a name given ("battezzato «…»") is nobody's words.
    (
        "Il sindaco Carlo Pento ha presentato il progetto, battezzato «Borgo Vivo», spiegando che \
         costerà «meno del previsto».",
        "Borgo Vivo",
        None,
    ),
    // Judging is saying.
    ("La presidente Ada Sormani ha giudicato la proposta «irricevibile».", "irricevibile", Some("Ada Sormani")),
    // A locution of saying with an adverb inside it.
    (
        "La relazione della commissione parla comunque di «criticità gravi».",
        "criticità gravi",
        Some("relazione della commissione"),
    ),
    // Declaring oneself is saying.
    ("L'allenatore Piero Gualdi si è detto «orgoglioso dei ragazzi».", "orgoglioso dei ragazzi", Some("Piero Gualdi")),
    // A reply's source: "Da X la replica: «…»", and the next dropped subject is X's.
    (
        "Il sindaco Mauro Tessa ha criticato la scelta. Dal presidente del consorzio, Livio Barni, \
         la replica è arrivata in serata: «Decide l'assemblea». «Non prendo ordini», ha aggiunto.",
        "Non prendo ordini",
        Some("Livio Barni"),
    ),
    // …but a quotation elsewhere in a sentence with a noun of saying is not its source's.
    (
        "È la richiesta avanzata dalla pm Giada Rocca per il crollo di quella che tutti chiamavano \
         «la torre storta».",
        "la torre storta",
        None,
    ),
    // Wire copy wrapped by width: the slug and the dispatch under it are paragraphs of their own.
    (
        "LAVORO: VERTICE IN PREFETTURA, SINDACATI \"PRONTI A TUTTO\"\n\
         (NOVAPRESS) - BERGAMO, 4 APR - Dalla segretaria della Filca,\n\
         Ornella Basso, la replica è arrivata dopo il vertice in\n\
         prefettura: \"Siamo pronti a tutto, anche allo sciopero\".\n\
         Secondo la sindacalista la trattativa resta aperta. Il\n\
         tavolo sarà riconvocato a maggio.\n\
         RED/GF 04-APR-26 12:10",
        "PRONTI A TUTTO",
        Some("Ornella Basso"),
    ),
    // A later dispatch's slug in capitals heads its copy as a headline does: its role is the
    // one person introduced with it…
    (
        "(NOVAPRESS) - TRENTO, 3 FEB - La frana ha isolato due frazioni. (segue)\n\
         FRANE: VAL DI SOLE, SINDACA: \"SERVONO ELICOTTERI\" (2)\n\
         (NOVAPRESS) - TRENTO, 3 FEB - La sindaca di Pellizzano, Ilaria Zeni, ha chiesto aiuto \
         alla Provincia.",
        "SERVONO ELICOTTERI",
        Some("Ilaria Zeni"),
    ),
    // …and its surname before a comma the one person named in full with it,
    (
        "(NOVAPRESS) - TRENTO, 3 FEB - La frana ha isolato due frazioni. (segue)\n\
         FRANE: VAL DI SOLE, ZENI, \"SERVONO ELICOTTERI\" (2)\n\
         (NOVAPRESS) - TRENTO, 3 FEB - La sindaca di Pellizzano, Ilaria Zeni, ha chiesto aiuto \
         alla Provincia.",
        "SERVONO ELICOTTERI",
        Some("Ilaria Zeni"),
    ),
    // …but a line in capitals with no dispatch under it is no heading.
    (
        "La sindaca di Pellizzano, Ilaria Zeni, ha chiesto aiuto alla Provincia.\n\n\
         FRANE: VAL DI SOLE, ZENI, \"SERVONO ELICOTTERI\"\n\nLa frana ha isolato due frazioni.",
        "SERVONO ELICOTTERI",
        None,
    ),
    // A colon's clause runs past a relative clause between commas to its subject.
    (
        "Il presidente Angelo Riva, che ha seguito la gara in piedi, è stato ancora più duro: \
         «Consegneremo i video».",
        "Consegneremo i video",
        Some("Angelo Riva"),
    ),
    // "Per X" opening the sentence gives X's view: a person…
    (
        "Per Marta Gei, presidente dei commercianti, «gli incassi sono calati del trenta per cento».",
        "gli incassi sono calati del trenta per cento",
        Some("Marta Gei"),
    ),
    // …but not what a place is for.
    ("Per l'Italia la partita vale «una stagione intera».", "una stagione intera", None),
    // A role word right after a noun, without an article, is a participle ("una circolare inviata
    // alle famiglie"), not someone after the verb: the subject carried from before speaks.
    (
        "La preside Anna Riva ha chiuso la mensa. «Il servizio è sospeso», ha scritto in una \
         circolare inviata alle famiglie.",
        "Il servizio è sospeso",
        Some("Anna Riva"),
    ),
    // Copy wrapped by width: a paragraph broken once goes on past a line ending on a name, and a
    // name may run across the break.
    (
        "«Erano scrutatori, non manifestanti», ha raccontato\na Radio Nord la direttrice dell'Osservatorio, Nomvula\nDube. La stessa ha riferito che i fermati «non hanno visto un avvocato».",
        "non hanno visto un avvocato",
        Some("Nomvula Dube"),
    ),
    // The slug over a later dispatch, as agencies' sites write it in lower case, is its headline:
    // its surname is the person the dispatch names in full,
    (
        "Porti, via libera al piano\n(AGIPRESS) - GENOVA, 3 MAR - Il comitato ha approvato il piano. \
         (AGIPRESS).\nPorti: Ravazzoli, «il piano va riscritto»\n(AGIPRESS) - GENOVA, 3 MAR - Lo ha \
         detto la segretaria della Filt, Gemma Ravazzoli, che chiede «un tavolo».",
        "il piano va riscritto",
        Some("Gemma Ravazzoli"),
    ),
    // …also with the body in brackets after it.
    (
        "Porti, via libera al piano\n(AGIPRESS) - GENOVA, 3 MAR - Il comitato ha approvato il piano. \
         (AGIPRESS).\nPorti: Ravazzoli (Filt), «il piano va riscritto»\n(AGIPRESS) - GENOVA, 3 MAR - \
         Lo ha detto la segretaria della Filt, Gemma Ravazzoli, che chiede «un tavolo».",
        "il piano va riscritto",
        Some("Gemma Ravazzoli"),
    ),
    // A role and surname in the headline, before the article names its bearer in full with a
    // given name no list holds, is that person.
    (
        "Bilancio, il governatore Tallarigo: «Nessun esercizio provvisorio»\n\nIn aula il governatore \
         Eusebio Tallarigo ha assicurato che i conti «tengono».",
        "Nessun esercizio provvisorio",
        Some("Eusebio Tallarigo"),
    ),
    // A preposition opening the sentence before a body's common noun is no particle of a surname:
    // the words come from the body, and the person after the clause speaks.
    (
        "Dal Comune, che finanzia il premio, l'assessora Nadia Kurti fa sapere che chiederà \
         «un incontro urgente».",
        "un incontro urgente",
        Some("Nadia Kurti"),
    ),
    // "La donna" is nobody when the paragraph that named the one woman just met named another,
    // and the dropped subject after it is not carried from before.
    (
        "In aula ha parlato Rosaria Ingegnoli, la vedova. Alla sbarra ci sono il medico, Amedeo \
         Scrofani, e la cardiologa, Giuliana Tesch.\n\nLa donna ha ricostruito quelle ore. «Mio \
         marito sudava», ha spiegato.",
        "Mio marito sudava",
        None,
    ),
    // Nor is she the woman her own sentence governs, but the one the sentence before named.
    (
        "Lo ha detto ieri Graziella Pucci, segretaria della cooperativa.\n\nRispondendo alle domande \
         della pm Ernesta Dal Bosco, la donna ha raccontato di aver ricevuto «ordini precisi».",
        "ordini precisi",
        Some("Graziella Pucci"),
    ),
    // Words a crowd chants in a clause of their own are the crowd's, nobody the text names, not
    // the main clause's speaker.
    (
        "Mentre i tifosi gridavano «vergogna» sotto la tribuna, il presidente Aldo Neri ha detto che \
         la squadra è «in crisi».",
        "vergogna",
        None,
    ),
    // Someone the sentence presents without a name ("c'era anche un gruista") is the dropped
    // subject after it, and of the next sentence: not the one carried from before.
    (
        "Lo ha ribadito Osvaldo Pirrera, segretario del sindacato. Al presidio c'era anche un gruista \
         con vent'anni di banchina: «Ho due figli e un mutuo», ha detto ai cronisti. «Nessuno ci ha \
         spiegato niente», ha aggiunto.",
        "Nessuno ci ha spiegato niente",
        None,
    ),
    // What the role in apposition to a governed person names is governed too: the view is the
    // person's, not the research centre's.
    (
        "Per l'economista Ngozi Eze, ricercatrice del centro studi Kora Forum di Dakar, la disputa ha \
         radici antiche: «Il confine è sempre stato poroso».",
        "Il confine è sempre stato poroso",
        Some("Ngozi Eze"),
    ),
    // A description of age or sex stands first for the one of that sex its own sentence named
    // before it, over the man of the sentence before.
    (
        "A decidere è stato il mediano Filippo Sbrighi, che ridimensiona il proprio peso. L'uomo \
         copertina è però Tobenna Okafor Bertelli, autore del placcaggio: «Ho visto il numero 14 \
         partire», spiega il ventiduenne.",
        "Ho visto il numero 14 partire",
        Some("Tobenna Okafor Bertelli"),
    ),
    // "Lui" after a sentence whose subject is a full name no list tells is a person is that one
    // if anyone, never the man met before it.
    (
        "Filippo Mazzardo ha dedicato il successo ai tifosi. A decidere la sfida è stato Tobenna \
         Okafor. Lui ridimensiona però il proprio peso: «Io ho solo calciato».",
        "Io ho solo calciato",
        None,
    ),
    // A state in a headline is itself, not the start of a newspaper's name below it.
    (
        "Pesca, La Valletta: «Nessuna deroga»\n\nIl ministro ha parlato al Malta Courier. «Le regole \
         valgono per tutti», ha detto.",
        "Nessuna deroga",
        Some("Malta"),
    ),
    // A voice whose own complement places it ("un portavoce dell'assessorato…") is not the
    // place the sentence opens with.
    (
        "Da Torino, un portavoce dell'assessorato regionale alla Sanità fa sapere che il modello \
         «sarà esteso» ad altre valli.",
        "sarà esteso",
        None,
    ),
    // A name after the comma of a headline's label speaks, past the teams the label names.
    (
        "Italia-Galles 22-19 all'Olimpico, Mazzardo: «Vittoria dei piccoli dettagli»\n\nIl capitano \
         Filippo Mazzardo ha dedicato il successo ai tifosi.",
        "Vittoria dei piccoli dettagli",
        Some("Filippo Mazzardo"),
    ),
    // A clause joined by "e" that opens with a complement has a subject of its own, whose colon
    // gives the words.
    (
        "L'Italia piega il Galles 22-19 e nella pancia dello stadio il ct Tomás Echeverría Luján \
         arriva in conferenza stampa con la voce rotta: «Questa squadra ha imparato a soffrire».",
        "Questa squadra ha imparato a soffrire",
        Some("Tomás Echeverría Luján"),
    ),
    // A foundation or university the text named in full is the one "la Fondazione" means later.
    (
        "La Fondazione Teatro Lodrini ha accolto le dimissioni. «Resterà in carica», fanno sapere \
         dalla Fondazione.",
        "Resterà in carica",
        Some("Fondazione Teatro Lodrini"),
    ),
    // An impersonal plural from a body's offices speaks for the body; the singular after it is
    // what it said, not who.
    (
        "La Fondazione Teatro Lodrini ha accolto le dimissioni. Fino ad allora, fanno sapere dagli \
         uffici della Fondazione, Miriam Oberhofer resterà in carica «per garantire la continuità».",
        "per garantire la continuità",
        Some("Fondazione Teatro Lodrini"),
    ),
    // A relative clause in brackets is an aside: its speaker is not the sentence's, whose
    // subject nobody resolved, so the dropped subject after it is nobody's for sure.
    (
        "Lo ha detto ieri in aula Graziella Pucci, segretaria della cooperativa. La pm ha poi chiesto \
         chiarimenti.\n\nRispondendo alle domande della pm Ernesta Dal Bosco (che in apertura aveva \
         parlato di «un sistema»), la donna ha raccontato di aver ricevuto ordini. «Mi dicevano di \
         completare i fogli — ha spiegato — e io lo facevo».",
        "Mi dicevano di completare i fogli — ha spiegato — e io lo facevo",
        None,
    ),
    // Two words right after a role are a full name even with a given name no list holds, so a
    // headline's role and surname is that person; and a role its one bearer was introduced with
    // stands for them in a paragraph about someone else.
    (
        "La sindaca Gualzetti: «Nessuno rientra»\n\n«Abbiamo firmato l'ordinanza», spiega la sindaca \
         Nives Gualzetti, che ha coordinato lo sgombero.\nLidia Scaramellini, 41 anni, gestisce l'unico \
         bar: «Ho chiuso la serranda».\nPiù amaro Samuele Ciapponi, 23 anni: «Sono tre anni che \
         segnaliamo il canale». Alla critica la sindaca replica che «la pulizia del canale spetta al \
         consorzio».",
        "la pulizia del canale spetta al consorzio",
        Some("Nives Gualzetti"),
    ),
    // …but one that adds where its bearer is from ("la senatrice trevigiana") tells something new
    // of the subject of the sentence before: her, not the senator met before.
    (
        "Per la senatrice Teresa Abbondanza, membro della commissione, «il testo è scritto altrove».\n\
         Dalla maggioranza la relatrice Federica Pozzobon difende il provvedimento. «L'emendamento \
         resta sul tavolo», ha detto la senatrice trevigiana.",
        "L'emendamento resta sul tavolo",
        Some("Federica Pozzobon"),
    ),
    // A later dispatch of wire copy is a story of its own: its dropped subject is not the last
    // speaker of the dispatch before.
    (
        "(AGM) - MILANO, 14 APR - Il segretario della Cilp, Fabrizio Loschiavo, ha attaccato il \
         governo: «Hanno fatto i conti sulla pelle di chi lavora». (AGM).\n(AGM) - ROMA, 14 APR - \
         Replica a stretto giro dal governo. «Chi insulta non ha argomenti», ha detto ai microfoni \
         di Radio Capitolina.",
        "Chi insulta non ha argomenti",
        None,
    ),
    // A description after the comma of a headline's label speaks, adjectives and all.
    (
        "Crac Nubìa Labs, la direttrice finanziaria: «I conti li decideva solo lui»\n\nIeri è stata \
         sentita Irene Affinito, direttrice finanziaria della società.",
        "I conti li decideva solo lui",
        Some("Irene Affinito"),
    ),
    // A consortium named in full, lower-case words and all, is the one "del Consorzio" means.
    (
        "Si è costituito parte civile il Consorzio di tutela del Rosso di Poggio Ventaglio. «Il danno \
         è enorme», ha dichiarato un portavoce del Consorzio.",
        "Il danno è enorme",
        Some("Consorzio di tutela del Rosso di Poggio Ventaglio"),
    ),
    // A woman her own sentence governs through a role ("della pubblica ministera X") is not the
    // one "la donna" means.
    (
        "Lo ha confermato l'enologa Valentina Spezzaferri, sentita come testimone.\nRispondendo alle \
         domande della pubblica ministera Francesca Laudadio, la donna ha descritto le notti in \
         cantina: «Arrivavano autocisterne».",
        "Arrivavano autocisterne",
        Some("Valentina Spezzaferri"),
    ),
    // "Lui" right after the words of someone the rules do not resolve is that one, nobody for
    // sure, not the man met before.
    (
        "Il tennista Ludovico Sassanelli si dice estraneo. Di tutt'altro tenore le parole del compagno. \
         Lui, in un post, scrive che «è il momento di chiarire tutto».",
        "è il momento di chiarire tutto",
        None,
    ),
    // What the infinitive opening a cleft takes as its object is no subject.
    (
        "Il tennista Ludovico Sassanelli è indagato. A difendere Sassanelli c'è l'avvocata Chiara \
         Deidda: «Il mio assistito non ha mai scommesso».",
        "Il mio assistito non ha mai scommesso",
        Some("Chiara Deidda"),
    ),
    // A clause that opens with someone it does not name ("Un tecnico che…, a microfoni spenti,
    // ammette") has that one as its verb's subject: not the one carried from before.
    (
        "Nicolò Ferrandi, titolare di una ditta, ha detto di temere «un calo». Un tecnico che ha preso \
         parte ai sopralluoghi, a microfoni spenti, ammette: «Le relazioni sono rimaste nei cassetti».",
        "Le relazioni sono rimaste nei cassetti",
        None,
    ),
    // "«…»: così X": whom "così" names after the colon that follows the words.
    (
        "Un rigore dell'attaccante Chiara Ndiaye ha deciso la finale. «Ho calciato forte e centrale»: \
         così Ndiaye, 21 anni, autrice anche dell'assist.",
        "Ho calciato forte e centrale",
        Some("Chiara Ndiaye"),
    ),
    // Complements one after the other between a relative pronoun and its verb, each opened by its
    // preposition: the pronoun's antecedent speaks.
    (
        "Il dossier degli ispettori è severo. Lo ha letto per prima Graziella Montanucci, capogruppo dei \
         Verdi, che in una conferenza stampa alla Camera ha definito il sistema «un bancomat per pochi».",
        "un bancomat per pochi",
        Some("Graziella Montanucci"),
    ),
    (
        "Sergio Lavagnino, segretario del sindacato autonomo, che dal presidio sotto la sede di via Orti ha \
         parlato di «turni insostenibili».",
        "turni insostenibili",
        Some("Sergio Lavagnino"),
    ),
    // A noun phrase after the pronoun is the verb's own subject.
    ("Sergio Lavagnino ha letto il piano che in serata i sindacati hanno definito «una beffa».", "una beffa", None),
    // A subject after a verb interpolated between dashes, one no rule resolves: nobody, not the
    // speaker before.
    (
        "L'ingegnere Tobenna Okafor ha parlato di «un referendum». Il primo dossier sarà quello degli \
         alloggi. «Nei primi cento giorni — spiega la neoeletta — firmerò un accordo».",
        "Nei primi cento giorni — spiega la neoeletta — firmerò un accordo",
        None,
    ),
    // A source is the same whatever article the sentence gives it: "il ministero della Salute"
    // named before is the one the later "dicastero" stands for.
    (
        "Secondo l'associazione, il ministero della Salute avrebbe garantito che «non ci sarà alcuna \
         interruzione». Dal ministero della Salute arriva una conferma. «Le scorte bastano», fa sapere un \
         portavoce del dicastero.",
        "Le scorte bastano",
        Some("ministero della Salute"),
    ),
    // A body named after its kind ("l'associazione Vento di Ponente") is what the kind alone
    // names later, and a kind no body of the text was named after names nobody.
    (
        "Una ricostruzione che l'associazione Vento di Ponente respinge. In una nota l'associazione parla di \
         «scaricabarile».",
        "scaricabarile",
        Some("Vento di Ponente"),
    ),
    (
        "Il festival è saltato. «Scriveteci entro giugno», fanno sapere dalla segreteria dell'associazione.",
        "Scriveteci entro giugno",
        None,
    ),
    // An agency in brackets written as a name of two words opens the dispatch: it filed the
    // copy and says nothing.
    (
        "(Agenzia Tramontana) - LA PAZ, 9 MAR - La nota verbale della cancelleria, consegnata \
         all'incaricato d'affari, chiede «la restituzione immediata delle imbarcazioni». (Agenzia Tramontana)",
        "la restituzione immediata delle imbarcazioni",
        Some("nota verbale della cancelleria"),
    ),
    // A role's phrase ends at a verb of saying: in a headline "La pm chiede otto anni per X",
    // X is no pm.
    (
        "La pm chiede otto anni per Brambillaschi\n\nROMA — È la richiesta che la pm Ornella Sgroi ha \
         avanzato ieri contro Dario Brambillaschi.\n\n«L'imputato ha visto il ragazzo», ha detto la pm nella \
         requisitoria.",
        "L'imputato ha visto il ragazzo",
        Some("Ornella Sgroi"),
    ),
    // A country's body named with another country's adjective is not the gazetteer's one.
    (
        "Un portavoce della Guardia costiera ellenica ha confermato che «le ricerche proseguiranno».",
        "le ricerche proseguiranno",
        None,
    ),
    // A run of two capitalised words with an age in apposition is a person, even when its given
    // name is also a common word no list of names holds; the surname alone is then theirs.
    (
        "Costanza Merighi, 61 anni, guida il circolo da vent'anni. «Resteremo aperti», ha detto Merighi.",
        "Resteremo aperti",
        Some("Costanza Merighi"),
    ),
    (
        "Ne parliamo con Vittoria Alghisi, 44 anni, che da ieri presiede l'ordine. «Sono pronta», risponde lei.",
        "Sono pronta",
        Some("Vittoria Alghisi"),
    ),
    // Past a wire dateline, the sentence's first word is capitalised as any first word is: no
    // name, and so no subject that nobody resolves.
    (
        "BELLUNO, 4 GIU - Dal palco Teresa Olivotto ha ricordato che la valle si svuota: «Chiudono \
         le scuole, poi le poste».",
        "Chiudono le scuole, poi le poste",
        Some("Teresa Olivotto"),
    ),
    // A verb interpolated in a quotation that names nobody says the words of whom the frame
    // before the quotation names, not of the subject carried from the sentence before.
    (
        "Il sindaco Aurelio Fantin ha accusato la Provincia. Dura la replica del presidente \
         Gilberto Maschio: «Nessuno — ha detto — è stato lasciato solo».",
        "Nessuno — ha detto — è stato lasciato solo",
        Some("Gilberto Maschio"),
    ),
    // A country's body named with the adjective of a region or a town is a local one, not the
    // gazetteer's national body of that name: named as written, with its level.
    (
        "Con un comunicato la Protezione civile provinciale ha spiegato che «i sentieri restano chiusi».",
        "i sentieri restano chiusi",
        Some("Protezione civile provinciale"),
    ),
    // The verb of a "secondo quanto riferisce X" is the attribution's, whose source is X: it
    // takes no dropped subject carried from before.
    (
        "Il sindaco Ermes Casadio ha visitato la scuola. Secondo quanto riferisce il Corriere di \
         Lugo, le aule resteranno chiuse «almeno fino a Pasqua».",
        "almeno fino a Pasqua",
        Some("Corriere di Lugo"),
    ),
    // Sighing, murmuring, whispering and snapping are ways of saying.
    ("«È solo l'inizio», sospira il consigliere Dario Zanchetta.", "È solo l'inizio", Some("Dario Zanchetta")),
    ("«Non ci arrendiamo», sussurra la sindaca Carla Venturi.", "Non ci arrendiamo", Some("Carla Venturi")),
    // A sign's words after a colon are nobody's: "cartelli con lo slogan: «…»".
    (
        "Il ministro Aldo Brevi ha difeso la legge. In piazza un centinaio di persone, con \
         striscioni che ripetevano lo stesso motto: «Giù le mani dal parco».",
        "Giù le mani dal parco",
        None,
    ),
    // A clause after its last comma that is a copula and its adjective has a dropped subject,
    // the one carried; the object of a gerund closed by a comma is no subject.
    (
        "La sindaca Graziella Opizzi ha ricevuto i comitati. Più tardi, in consiglio, è stata ancora \
         più dura: «Non firmerò nulla».",
        "Non firmerò nulla",
        Some("Graziella Opizzi"),
    ),
    (
        "La sindaca Graziella Opizzi ha ricevuto i comitati. Più tardi, lasciando il Municipio, è \
         stata ancora più dura: «Non firmerò nulla».",
        "Non firmerò nulla",
        Some("Graziella Opizzi"),
    ),
    // A person in apposition right after a role's own complement is the role's bearer: "Il
    // comandante della compagnia, il capitano X," is one person; and a reading is a frame.
    (
        "Il comandante della stazione, il maresciallo Ilario Benassi, fa sapere che «le ricerche \
         proseguono».",
        "le ricerche proseguono",
        Some("Ilario Benassi"),
    ),
    (
        "Di segno opposto la lettura della difensora di Caputo, l'avvocata Nives Ortolan: «Nessun \
         ammanco».",
        "Nessun ammanco",
        Some("Nives Ortolan"),
    ),
    // An infinitive of saying after "si limita a" has the subject of its sentence.
    (
        "Il questore Franco Arcuri si limita a far sapere che «nessuna pista è esclusa».",
        "nessuna pista è esclusa",
        Some("Franco Arcuri"),
    ),
    // A body a headline names by its common noun speaks its quotation, even when the article
    // gives the same words to the councillor who speaks for it.
    (
        "Scuole chiuse per neve. La Provincia: «Riapriremo lunedì»\n\nIl maltempo ha bloccato le \
         strade. «Riapriremo lunedì», fa sapere l'assessore Dario Pellizzon.",
        "Riapriremo lunedì",
        Some("Provincia"),
    ),
    // A place after a preposition and a quantifier ("in mezza Italia") is governed: no speaker
    // for the colon after it.
    (
        "L'attore Bruno Zanella ha radunato i colleghi. Il suo appello è rimbalzato in mezza Italia: \
         «Riaprite i teatri».",
        "Riaprite i teatri",
        None,
    ),
    // A subject of its own between "che" and the verb makes "che" the object: the words are that
    // subject's, not the antecedent's.
    (
        "In aula la pm Donata Ferrini ha parlato per tre ore. Per l'imputato Saverio Landi, che la \
         pm ha definito «il regista del sistema», l'accusa ha chiesto sei anni.",
        "il regista del sistema",
        Some("Donata Ferrini"),
    ),
    // A copula right before the quotation, whose words then start inside it, is read without
    // reading past the quotation's opening.
    ("Il sindaco Carlo Neri ha parlato. Poi, è «stato un errore».", "stato un errore", None),
    // One capitalised word alone names nobody for sure, unless the kind of body it names comes
    // right before it.
    (
        "Il sindacato Fials ha proclamato lo stato di agitazione: «Turni massacranti, organici \
         all'osso».",
        "Turni massacranti, organici all'osso",
        Some("Fials"),
    ),
    ("Per Lorenzin l'ospedale «ha sbagliato tutto».", "ha sbagliato tutto", None),
    // "Per" and a description the text has resolved, with no comma after it, give that person's
    // view as "Per" and a name do.
    (
        "Ha parlato per tre ore la pm Giada Sorrentini. Per la pm l'ex assessore avrebbe \
         «piegato il bando agli amici».",
        "piegato il bando agli amici",
        Some("Giada Sorrentini"),
    ),
    // Cutting someone short is saying.
    (
        "La giudice Teresa Monforte ha ascoltato il teste per un'ora. «Risponda alla domanda», lo \
         ha interrotto la giudice.",
        "Risponda alla domanda",
        Some("Teresa Monforte"),
    ),
    // A document governed by a preposition is what a later relative clause reads, when the
    // relative agrees with it.
    (
        "L'accusa poggia sulla consulenza tecnica, depositata a marzo, nella quale si legge che \
         il muro era «privo di fondamenta».",
        "privo di fondamenta",
        Some("consulenza tecnica"),
    ),
    (
        "Lo conferma la relazione della giunta sul piano, nella quale si legge che i fondi sono \
         «fermi da due anni».",
        "fermi da due anni",
        Some("relazione della giunta"),
    ),
    // A role in a headline is no guess at the one person met so far: it is read against the
    // article's introductions, and here nobody is introduced with it.
    (
        "Mercato, Ferlini chiude: «Non è in vendita»\n\nIl procuratore: «Vuole andare via»\n\nIl \
         direttore sportivo Aldo Ferlini ha respinto l'offerta. Il giocatore tace.",
        "Vuole andare via",
        None,
    ),
    // A role the headline's verb of saying has for subject is the one person the article
    // introduces with it; not a role a pause parts from the quotation's own speaker.
    (
        "Cardiologia, tre mesi di attesa\n\nIl primario dell'ospedale promette: «Riapriamo entro \
         l'estate»\n\nFERRARA - Il primario del reparto, Ugo Marchi, ha incontrato i sindacati.",
        "Riapriamo entro l'estate",
        Some("Ugo Marchi"),
    ),
    (
        "Il primario chiude il reparto, l'azienda: «Nessun taglio»\n\nIl primario del reparto, Ugo \
         Marchi, ha incontrato i sindacati.",
        "Nessun taglio",
        None,
    ),
    // A subject after the verb that nobody resolves is somebody else, past an adverb too: not
    // the speaker before.
    (
        "Accanto a lei c'è il figlio, Marco Pinna. «Nessuno ci ha risposto», dice. «Non cerco \
         colpevoli», aggiunge però la madre.",
        "Non cerco colpevoli",
        None,
    ),
    // "Il titolare del dicastero" is the press's word for a minister.
    (
        "La ministra della Salute Carla Ruggeri ha incontrato i sindacati. Poi il presidente Enzo \
         Ralli ha parlato. «Nessun taglio», ha detto ieri la titolare del dicastero.",
        "Nessun taglio",
        Some("Carla Ruggeri"),
    ),
    // A bare generic document noun takes up the document the text named last; not one a clause
    // goes on to describe, which is new.
    (
        "La giunta ha approvato la delibera sui parcheggi. Il documento prevede «tariffe ridotte \
         per i residenti».",
        "tariffe ridotte per i residenti",
        Some("delibera"),
    ),
    (
        "La giunta ha approvato la delibera sui parcheggi. Il provvedimento con cui il Tar ha \
         sospeso la gara parla di «vizi evidenti».",
        "vizi evidenti",
        Some("provvedimento"),
    ),
    // A sign's words after a colon are nobody's, past a phrase that describes the sign.
    (
        "Il comitato Aria Nuova ha annunciato un presidio per sabato, con uno striscione preparato \
         dai ragazzi: «Respirare è un diritto».",
        "Respirare è un diritto",
        None,
    ),
    // A bare description is the paragraph's subject when its role opens with the description's
    // words, before another bearer of the bare role met earlier.
    (
        "Il sindaco ha chiesto al presidente della giunta, Aldo Merli, di riferire.\n\nIl \
         presidente del consiglio comunale, Gino Pace, ha sospeso la seduta. «Basta urla», ha detto \
         il presidente.",
        "Basta urla",
        Some("Gino Pace"),
    ),
    // "Nella relazione dei revisori, depositata a febbraio, si legge…": an aside between commas
    // may part the document from the verb of reading.
    (
        "Nella relazione del collegio dei revisori, depositata a febbraio, si legge che i conti \
         presentano «criticità non risolte».",
        "criticità non risolte",
        Some("relazione del collegio"),
    ),
    // "in" between capitalised words goes on with a department's name, unless a place the
    // gazetteer knows follows.
    (
        "Dal ministero delle Imprese e del Made in Italy fanno sapere che il tavolo sarà \
         convocato «a breve».",
        "a breve",
        Some("ministero delle Imprese e del Made in Italy"),
    ),
    // A company's legal form after its name makes it the one "l'azienda" takes up, in the
    // body and in a headline that names it by its kind alone.
    (
        "Il piano è stato presentato da Ferriere Anselmi spa. In una nota, l'azienda spiega che \
         «non ci sono alternative».",
        "non ci sono alternative",
        Some("Ferriere Anselmi"),
    ),
    (
        "Ferriere, 90 esuberi. L'azienda: «Nessuna alternativa»\n\nSAVONA - Il piano è stato \
         presentato ieri da Ferriere Anselmi spa ai sindacati.",
        "Nessuna alternativa",
        Some("Ferriere Anselmi"),
    ),
    // "la donna" of two women just met is the one the sentence before did not name only after a
    // preposition.
    (
        "Il processo a Mario Ferri, accusato di aver ucciso la moglie, Anna Sarti, è ripreso.\n\n\
         C'era la sorella di Anna, Lidia Conti, 70 anni. «Aveva paura», ha raccontato la donna.",
        "Aveva paura",
        Some("Lidia Conti"),
    ),
    // "lui" right after a sentence whose subject is a role nobody resolves is that subject,
    // nobody for sure, not the man met before it.
    (
        "La scuola è affidata al vicepreside Walter Sangiorgi, che ha incontrato i genitori.\n\n\
         Ieri il preside è passato davanti al liceo. «Tornerò a settembre», ha detto lui.",
        "Tornerò a settembre",
        None,
    ),
    // "Lo stesso documento" is the document named last, not "lo stesso" as "he".
    (
        "Il dirigente Carlo Neri è stato sospeso. «Ha omesso la vigilanza», si legge nel decreto \
         di sospensione. Lo stesso documento parla di una condotta «non compatibile con il ruolo».",
        "non compatibile con il ruolo",
        Some("decreto di sospensione"),
    ),
    // A complement between "che" and the verb is no subject of the relative clause: the
    // antecedent speaks.
    (
        "Dura la capogruppo Chiara Locatelli, che nella dichiarazione di voto ha parlato di «una \
         manovra scritta di notte».",
        "una manovra scritta di notte",
        Some("Chiara Locatelli"),
    ),
    // Two words after a role, an adjective between, are the bearer's full name, even with a
    // given name no list holds ("Rosa" is also a colour); not a surname of two words that a
    // longer name ends with.
    (
        "«Per chi vive con mille euro non c'è niente», ha detto al megafono la segretaria \
         nazionale Rosa Ianniello.",
        "Per chi vive con mille euro non c'è niente",
        Some("Rosa Ianniello"),
    ),
    (
        "Il sindaco Di Febo: «Nessun ferito»\n\nIl sindaco Massimo Di Febo ha visitato il \
         lungomare.",
        "Nessun ferito",
        Some("Massimo Di Febo"),
    ),
    // A public body's common noun, a lower-case qualifier, then its own name: all of it.
    (
        "«Le idrovore hanno lavorato tutta la notte», fa sapere in una nota il Consorzio di \
         bonifica Alto Corbera.",
        "Le idrovore hanno lavorato tutta la notte",
        Some("Consorzio di bonifica Alto Corbera"),
    ),
    // A body's kind in apposition right after a body the text names is that body's, and names
    // it from then on.
    (
        "Ieri Ferrovie Regionali Padane, la società che gestisce la linea, ha chiesto scusa ai \
         passeggeri. «Il binario era controllato», ha precisato la società.",
        "Il binario era controllato",
        Some("Ferrovie Regionali Padane"),
    ),
    // One capitalised word names a body, too, when its kind stands in apposition right after it.
    (
        "Secondo Northbridge, l'agenzia di rating che aveva rivisto le stime, «il percorso resta \
         credibile».",
        "il percorso resta credibile",
        Some("Northbridge"),
    ),
    // A headline's short name that spells the initials of the one body below whose name does.
    (
        "Deragliamento, Frp: «Binario controllato a gennaio»\n\nCASALVERDE - Ferrovie Regionali \
         Padane ha diffuso una nota in mattinata.",
        "Binario controllato a gennaio",
        Some("Ferrovie Regionali Padane"),
    ),
    // A name in apposition after a role's complement that is a role too names the head: the
    // spokesman, not the mayor; the lawyer, not the presenter.
    (
        "Il portavoce del sindaco, Marco Ventrella, ha parlato di «una scelta obbligata».",
        "una scelta obbligata",
        Some("Marco Ventrella"),
    ),
    (
        "All'uscita la legale della conduttrice, Federica Aloisi, ha parlato di «un clima teso».",
        "un clima teso",
        Some("Federica Aloisi"),
    ),
    // A headline that calls a state or an international body by its name keeps it as the speaker
    // of the words its spokesperson says below.
    (
        "L'Onu: «Evitare ogni escalation»\n\nIn serata la portavoce delle Nazioni Unite, Ingrid \
         Solberg, ha invitato le parti a «evitare ogni escalation e riaprire i canali».",
        "Evitare ogni escalation",
        Some("Nazioni Unite"),
    ),
    // In an interview the interviewer's questions, paragraphs of their own, stand between the
    // answers, which go on with the one interviewed.
    (
        "La cantante Elisa Montorsi ha risposto alle nostre domande.\n\nCome sta?\n\n«Bene, grazie.»\n\nE il \
         nuovo disco?\n\n«Esce a maggio, finalmente.»",
        "Esce a maggio, finalmente.",
        Some("Elisa Montorsi"),
    ),
    // A name after a preposition and a common noun ("alla collega Lanza") is whom the words
    // are addressed to, not who speaks: the subject goes on.
    (
        "L'avvocata Stefania Roccaforte ha scelto toni morbidi. Poi, rivolta alla collega Federica \
         Lanza: «La invito a non portare la vicenda in televisione».",
        "La invito a non portare la vicenda in televisione",
        Some("Stefania Roccaforte"),
    ),
    // A subordinate clause after the conjunction that opens the sentence ("E quando…,") is no
    // main clause; a "lui" said aloud after a man its own sentence made a subject is another man.
    (
        "In una telefonata il consigliere Sergio Manfredi rassicura l'imprenditore Walter Pizzi. E \
         quando Pizzi gli domanda se qualcuno se ne accorgerà, lui risponde: «Le carte non le legge nessuno».",
        "Le carte non le legge nessuno",
        Some("Sergio Manfredi"),
    ),
    (
        "In una telefonata il consigliere Sergio Manfredi rassicura l'imprenditore Walter Pizzi. \
         Pizzi gli domanda se qualcuno se ne accorgerà e lui risponde: «Le carte non le legge nessuno».",
        "Le carte non le legge nessuno",
        Some("Sergio Manfredi"),
    ),
    // One word right after its kind is a body's name that the kind later takes up, named even
    // inside a person's role; a kind in a list ("con azienda, Regione e sindacati") names nothing.
    (
        "Il sindacato Fials ha proclamato lo sciopero. «Siamo allo stremo», ha detto il sindacato.",
        "Siamo allo stremo",
        Some("Fials"),
    ),
    (
        "Il segretario del sindacato Fimmg, Antonio Lucarelli, ha protestato. In una nota, il \
         sindacato parla di «ambulatori in affanno».",
        "ambulatori in affanno",
        Some("Fimmg"),
    ),
    (
        "Le Cartiere Valsesto spa hanno annunciato 90 esuberi. La Fim chiede un tavolo con azienda, \
         Regione e sindacati. «Senza tagli si chiude», ha detto l'azienda.",
        "Senza tagli si chiude",
        Some("Cartiere Valsesto"),
    ),
    // The first answer of an interview is the one person the paragraph that introduces it names,
    // when no sentence there has them for subject.
    (
        "Per Jonas Wellner è la prima semifinale. Lo abbiamo incontrato a bordo campo.\n\nChe effetto fa?\n\n\
         «Non è il modo in cui volevo arrivarci.»",
        "Non è il modo in cui volevo arrivarci.",
        Some("Jonas Wellner"),
    ),
    // A body's acronym in brackets between a role and the name in apposition is part of the
    // role's phrase.
    (
        "Il macchinista Paolo Rinaldi ha parlato per primo. Il segretario regionale del Sindacato \
         Ferrovieri Uniti (Sfu), Luca Bonfanti, ha annunciato due ore di sciopero, dalle 10 alle 12: \
         «Fermiamo i treni».",
        "Fermiamo i treni",
        Some("Luca Bonfanti"),
    ),
    // "Dal ministero … si limitano a far sapere": an infinitive takes the number of the verb it
    // depends on, so the words come from "Da X" opening the sentence, past an aside; "dal
    // ministero" is as definite as "il ministero", the one ministry named before.
    (
        "Le Regioni hanno scritto al ministero della Salute. La ministra Ornella Pezzuoli era a Bruxelles. \
         Dal ministero, interpellato, si limitano a far sapere che «il tavolo resta aperto».",
        "il tavolo resta aperto",
        Some("ministero della Salute"),
    ),
    // A monograph's title after its noun is nobody's words.
    (
        "Lo sostiene la ricercatrice Silvia Orlandini, mettendo a confronto la monografia «Reti e \
         confini» del rettore con una tesi del 1998.",
        "Reti e confini",
        None,
    ),
    // The interviewer's questions may stand inline, each answer right after its question in
    // the same paragraph.
    (
        "Raggiunto al telefono, il rettore Ernesto Brunacci ha accettato di rispondere. Conosce la tesi \
         di Michele Ranucci? «Certo, l'ho seguita io.» Si dimetterà? «Neanche per sogno.»",
        "Neanche per sogno.",
        Some("Ernesto Brunacci"),
    ),
    // A description climbs the classes of roles step by step: "la dirigente" for a direttrice
    // sanitaria (direttore-sanitario < direttore < dirigente)…
    (
        "Ha preso la parola la direttrice sanitaria dell'Usl Umbria 2, Daniela Frascati. «Abbiamo \
         acquistato le dosi», ha spiegato la dirigente.",
        "Abbiamo acquistato le dosi",
        Some("Daniela Frascati"),
    ),
    // …and a headline's article tells the gender a role of both leaves open.
    (
        "Mensa, bambini in ospedale. La dirigente: «Servizio sospeso»\n\n«Nessuno è in pericolo», ha spiegato il \
         direttore sanitario dell'Ulss, Renato Menegazzo. La dirigente dell'istituto, Annalisa Bortolin, ha \
         sospeso la mensa: «Il servizio è sospeso».",
        "Servizio sospeso",
        Some("Annalisa Bortolin"),
    ),
    // A public body whose noun means nothing else speaks in lower case too ("la questura"); after
    // a preposition it is a place ("portato in questura").
    (
        "Un agente è rimasto ferito. La questura ha parlato di «una protesta degenerata».",
        "una protesta degenerata",
        Some("questura"),
    ),
    ("Un agente è rimasto ferito. Portato in questura, ha detto: «Sto bene».", "Sto bene", None),
    // A document's or a measure's name after its noun is nobody's words, even where the sentence
    // has a speaker.
    (
        "Il comitato Acqua Bene Comune, che chiede la chiusura dei pozzi, ricorda il proprio dossier \
         «Falde a secco», presentato in primavera.",
        "Falde a secco",
        None,
    ),
    (
        "Il ministero della Salute fa sapere che il decreto «Sanità vicina» arriverà in aula entro giugno.",
        "Sanità vicina",
        None,
    ),
    // A subjunctive clause may open a quotation with its own subject ("prima che… lo
    // interrompesse:"), who is not the speaker of the main clause.
    (
        "«Non ho mai preso un euro», ha detto Franco Ardenghi, prima che la giudice Elena Sarti lo \
         interrompesse: «Risponda alla domanda».",
        "Risponda alla domanda",
        Some("Elena Sarti"),
    ),
    // The one person met without a role is the object of the description's verb ("lo ha
    // interrotto"), not the description: nobody named speaks.
    (
        "Franco Ardenghi ha parlato per un'ora. Il presidente del collegio lo ha interrotto: «Risponda \
         alla domanda».",
        "Risponda alla domanda",
        None,
    ),
    // "poi", "infine", "allora" after a pause open a clause with its own subject, as "e" does.
    (
        "Il sindaco Paolo Terzi ha ascoltato in silenzio, poi l'assessora Carla Bini ha detto: «Il cantiere \
         riparte lunedì».",
        "Il cantiere riparte lunedì",
        Some("Carla Bini"),
    ),
    (
        "Il sindaco Paolo Terzi ha ascoltato in silenzio, poi ha detto: «Il cantiere riparte lunedì».",
        "Il cantiere riparte lunedì",
        Some("Paolo Terzi"),
    ),
    // English given names common in news abroad start a person's name too: the interview's
    // first answer is the one person its introduction names.
    (
        "Poco dopo è stata la volta di Ethan Mallory, nuovo proprietario del club. Abbiamo raccolto le \
         sue prime parole.\nPerché proprio questa città?\n«Perché qui c'è uno stadio pieno.»",
        "Perché qui c'è uno stadio pieno.",
        Some("Ethan Mallory"),
    ),
    // A movement named in full is "il movimento" later, as an association is "l'associazione".
    (
        "Il Movimento Acqua Pulita ha annunciato un presidio. «Saremo in piazza», fa sapere il movimento in \
         una nota.",
        "Saremo in piazza",
        Some("Movimento Acqua Pulita"),
    ),
    // "confida" after a quotation is a verb of saying, whose subject follows it.
    (
        "Il sindaco Paolo Terzi ha parlato a lungo. «Non ho mai visto nulla di simile», confida la \
         vicesindaca Anna Lodi.",
        "Non ho mai visto nulla di simile",
        Some("Anna Lodi"),
    ),
    // A relative clause without a comma has its antecedent for subject too: a verb of saying the
    // engine does not know leaves the quotation to the relative's subject, here nobody named.
    (
        "Il sindaco Paolo Terzi ha parlato a lungo. «Non ho mai visto nulla di simile», bisbiglia un \
         funzionario della Prefettura che chiede di restare anonimo.",
        "Non ho mai visto nulla di simile",
        None,
    ),
    (
        "Il sindaco Paolo Terzi ha parlato a lungo. «Non ho mai visto nulla di simile», bisbiglia \
         l'assessora Carla Bini che chiede di non essere fotografata.",
        "Non ho mai visto nulla di simile",
        Some("Carla Bini"),
    ),
    // A headline's role may go on with an elided complement ("La legale dell'imputato:").
    (
        "Truffa, chiesti sei anni. Il legale dell'imputata: «Nessun ammanco»\n\nIeri la requisitoria. L'avvocato \
         Marco Sellari ha chiesto l'assoluzione: «Ogni spesa è documentata».",
        "Nessun ammanco",
        Some("Marco Sellari"),
    ),
    // An adverb of time or a clitic may stand between a relative pronoun and its verb ("che oggi
    // si dice"): the antecedent is the subject.
    (
        "Ha testimoniato la presidente Lucia Danesi. «Mi fidavo di lui», ha spiegato Lucia Danesi, che oggi si \
         dice «tradita da un amico».",
        "tradita da un amico",
        Some("Lucia Danesi"),
    ),
    // Everyday nouns of who someone is describe the one person just met without a role ("dice il
    // pensionato", "secondo la titolare" of the hotel the text named as hers).
    (
        "In fila c'era anche Aldo Ferretti, 72 anni. «Non ho paura», dice il pensionato.",
        "Non ho paura",
        Some("Aldo Ferretti"),
    ),
    (
        "L'albergo di Marta Lodi ha perso metà delle prenotazioni. Secondo la titolare, «senza turisti si chiude».",
        "senza turisti si chiude",
        Some("Marta Lodi"),
    ),
    // A department's second half in lower case ends where a complement of the sentence opens
    // ("… e del made in Italy di convocare…"), and the ministry is named in full.
    (
        "I sindacati hanno chiesto al ministero delle Imprese e del made in Italy di convocare un tavolo. Dal \
         dicastero fanno sapere che il tavolo «sarà convocato a giorni».",
        "sarà convocato a giorni",
        Some("ministero delle Imprese e del made in Italy"),
    ),
    // A headline's label before a comma is no speaker when it names no person and a person is
    // named after it: the quotation is not the place's.
    (
        "Valle Ombrosa, impresa di Bertolini: «La partita della vita»\n\nIl tennista Marco Bertolini ha vinto \
         ieri in tre set.",
        "La partita della vita",
        None,
    ),
    // A description in a clause after "che" is not the subject its sentence gave before it, who
    // would go unsaid.
    (
        "Il tecnico Paolo Ferrante ha raccontato che il ragazzo gli aveva scritto un messaggio: «Domani mi \
         diverto».",
        "Domani mi diverto",
        None,
    ),
    // A verb after the comma that closes a name's apposition is the sentence's, not a role of
    // the name's: the "che" after it opens the reported clause, whose own subject speaks.
    (
        "Intanto l'assessore regionale al Lavoro, Marco Deidda, ha riferito che l'amministratore delegato \
         dell'azienda, Ruggero Malfatti, gli ha assicurato che «le chiusure saranno scaglionate».",
        "le chiusure saranno scaglionate",
        Some("Ruggero Malfatti"),
    ),
    // A public body's lower-case qualifier may run over a few words, "dei" too, before its place.
    (
        "Il Consorzio di tutela dei vini dei Colli di Valfredda ha chiesto alla Regione di «dichiarare lo stato \
         di calamità».",
        "dichiarare lo stato di calamità",
        Some("Consorzio di tutela dei vini dei Colli di Valfredda"),
    ),
    // A relative clause after an unnamed speaker ("racconta un operaio…, che chiede di non
    // comparire") is that speaker's: the next quotation, alone, is nobody named's, not the
    // subject carried from before.
    (
        "Il collega Marco Ferri, 29 anni, è stato ricoverato.\n«Un boato, poi il fumo», racconta un operaio del \
         turno di notte, che chiede di non comparire con il suo nome. «Lo abbiamo tirato fuori in due».",
        "Lo abbiamo tirato fuori in due",
        None,
    ),
    // A naming verb with its object before the quotation makes it a name ("chiamano i turni
    // «a fisarmonica»"); calling on someone to do something does not ("ha chiamato il governo a «…»").
    (
        "Il sindacato Fisc, che da mesi denuncia quelli che in fabbrica chiamano i turni «a fisarmonica», ha \
         protestato.",
        "a fisarmonica",
        None,
    ),
    (
        "La presidente dell'associazione, Giovanna Ruffini, ha chiamato il governo a «non firmare nulla» e ha \
         ringraziato i sindaci.",
        "non firmare nulla",
        Some("Giovanna Ruffini"),
    ),
    // "A chi le domandava se…," opens a clause of whom one answers: a body named inside it is
    // not the subject of the main verb.
    (
        "La sindaca Annalisa Deiana ha chiesto di «fare chiarezza». E a chi le domandava se il Comune sospenderà \
         l'autorizzazione, la sindaca ha risposto: «Decideremo dopo le perizie».",
        "Decideremo dopo le perizie",
        Some("Annalisa Deiana"),
    ),
    // A name that is no person's after a common noun that "nel", "sul"… govern is a complement
    // ("nel girone Est di A2"), not the subject of the clause the colon closes.
    (
        "Il club, penultimo nel girone Est di A2 dopo cinque sconfitte, ha ufficializzato l'esonero con una nota: \
         «La società ringrazia il coach».",
        "La società ringrazia il coach",
        None,
    ),
    // One capitalised word the text named before after its kind ("il sindacato Filda") names that
    // body alone later too ("La Filda ha chiesto…").
    (
        "Lo afferma il sindacato Filda. La Filda ha chiesto al governo di «convocare un tavolo».",
        "convocare un tavolo",
        Some("Filda"),
    ),
    // A headline's label that names a body ("La Fnal:", a word one body's name below goes on from;
    // "L'associazione degli inquilini:", its kind with a complement) is the speaker, not whoever
    // the article quotes saying the same words for it.
    (
        "Sfratti, la Fnal: «Basta con le proroghe»\n\nLa Fnal-Uil ha scritto al prefetto. «Basta con le \
         proroghe: servono case», ha detto il segretario Bruno Callegari.",
        "Basta con le proroghe",
        Some("Fnal-Uil"),
    ),
    (
        "Sfratti, l'associazione degli inquilini: «Nessuno ci ascolta»\n\nL'associazione Casa Comune ha \
         scritto al prefetto. «Nessuno ci ascolta», ha detto la presidente Ilaria Bosi.",
        "Nessuno ci ascolta",
        Some("Casa Comune"),
    ),
    // "Secondo il giudice," closes a fronted source: the name after the comma is the subject of
    // what follows, not the judge's in apposition, unless a comma closes it in turn.
    (
        "Secondo il giudice, Enrico Castaldi avrebbe ricevuto «somme in contanti e soggiorni».",
        "somme in contanti e soggiorni",
        None,
    ),
    ("Secondo il portavoce, Marco Lanza, la crisi è «ormai finita».", "ormai finita", Some("Marco Lanza")),
    // A description stands for no one the same sentence names: "il giudice" is not Castaldi,
    // the one person met so far without a role, when he is named in its clause.
    (
        "Enrico Castaldi è stato arrestato martedì. Ieri il giudice ha detto che Castaldi è «pericoloso».",
        "pericoloso",
        None,
    ),
    // "media" right after a noun is an adjective ("la scuola media di X"), not the press as an
    // unnamed source: a sign's words after the colon stay nobody's.
    (
        "Sul portone della scuola media di Corvara, trasformata in rifugio, è apparso un foglio scritto a mano: \
         «Qui solo coperte e acqua».",
        "Qui solo coperte e acqua",
        None,
    ),
    // A gerund after the verb's comma runs to the end of the sentence: whom it takes as object
    // ("invitando il consigliere") is not the subject of "ha detto".
    (
        "Il consigliere Ugo Farneti ha criticato il piano. Dai banchi della giunta ha replicato l'assessora ai Trasporti, Elisa \
         Grandi. «Le piante saranno sostituite», ha detto, invitando il consigliere a «leggere le carte».",
        "Le piante saranno sostituite",
        Some("Elisa Grandi"),
    ),
    // A verb joined by "ma" to a relative clause's own verb has the same antecedent.
    (
        "Il documento in questione, ribattezzato dagli uffici «Borgo si muove», prevede dodici fermate. Più \
         sfumata la posizione della consigliera di Alternativa Verde, Marta Oddi, che pure sostiene la \
         maggioranza ma ha chiesto alla collega di giunta di «spostare il capolinea».",
        "spostare il capolinea",
        Some("Marta Oddi"),
    ),
    // Relatives are roles ("il fratello della vittima, Fabio Orlandi"); a name after a comma that
    // closes a phrase a preposition governs ("con la sorella,") is the next clause's subject, not
    // in apposition to it, and one in apposition to a governed role is governed: not the speaker
    // of what a colon after it opens.
    (
        "L'imputato Davide Sarri ha ascoltato in piedi. Durante l'udienza aveva chiesto di parlare al fratello \
         della vittima, Fabio Orlandi: «So che non potete perdonarmi».",
        "So che non potete perdonarmi",
        Some("Davide Sarri"),
    ),
    (
        "Edoardo Salvi, amministratore delegato della banca, ha risposto. Alla domanda sui rapporti con la \
         sorella, Salvi ha sorriso: «A Natale parleremo d'altro».",
        "A Natale parleremo d'altro",
        Some("Edoardo Salvi"),
    ),
    // Named only inside a role's complement ("la madre di Lucia"), Lucia is not whom "la donna"
    // stands for in the next sentence.
    (
        "In prima fila c'era la madre di Lucia, Graziella Monti, 74 anni. «Aveva paura», ha raccontato la donna.",
        "Aveva paura",
        Some("Graziella Monti"),
    ),
    // An object pronoun before a verb that follows its quotation ("«…», le ha risposto la
    // presidente") leaves the subject after the verb, not the one carried.
    (
        "«Pronta a mediare», ha detto la presidente del porto, Valeria Sturla. Tra i lavoratori c'è Chiara \
         Bonomi, delegata sindacale, che ha chiesto «un incontro pubblico». «Ci sarò», le ha risposto la \
         presidente.",
        "Ci sarò",
        Some("Valeria Sturla"),
    ),
    // An indefinite pronoun right before the verb is its subject: nobody the text names.
    (
        "Secondo il consulente nominato dalla procura, l'architetta Ilaria Donnini, si tratta di «incuria durata anni», \
         e non di una «fatalità» come qualcuno aveva scritto sui social.",
        "fatalità",
        None,
    ),
    // A body's kind with its name in quotation marks right after it ("il gruppo della Curva Sud
    // “Vecchi Leoni”", "l'associazione «Libera Terra»") names that body: it speaks, and the
    // kind alone names it later; the name itself stays nobody's words.
    (
        "Il gruppo della Curva Sud “Vecchi Leoni” ha promesso in un comunicato «un tifo senza sosta».",
        "un tifo senza sosta",
        Some("Vecchi Leoni"),
    ),
    (
        "L'associazione «Libera Terra» ha denunciato il sindaco. L'associazione parla di «un silenzio colpevole».",
        "un silenzio colpevole",
        Some("Libera Terra"),
    ),
    ("L'associazione «Libera Terra» ha denunciato il sindaco.", "Libera Terra", None),
    // "Lui" said aloud after a sentence that named another man besides its subject is either:
    // nobody for sure, even when that sentence set the subject.
    (
        "L'imputato Davide Sarri ha ascoltato in piedi. Durante l'udienza aveva chiesto di parlare al fratello \
         della vittima, Fabio Orlandi: «So che non potete perdonarmi». Lui, fuori dal tribunale, è stato netto: \
         «Le sue scuse non mi restituiscono mio fratello».",
        "Le sue scuse non mi restituiscono mio fratello",
        None,
    ),
    // The speaker of a subordinate clause's verb ("Quando la pm X le ha chiesto…") is not the
    // sentence's subject when its main clause has one nobody resolved ("la commerciante"); and a
    // sentence wholly inside the quotation that follows keeps that voice unknown for "lei".
    (
        "Ha deposto Rosa Ferri, titolare di una ferramenta.\n\nQuando il pubblico ministero Elena Caruso le ha \
         chiesto perché non avesse denunciato prima, la commerciante ha abbassato lo sguardo. «Avevo paura per \
         i miei figli. In paese tutti sapevano», ha detto lei.",
        "Avevo paura per i miei figli. In paese tutti sapevano",
        None,
    ),
    // A name that is the complement of a description right before it ("la moglie di Salvatore,
    // che…") qualifies it: the description, nobody named, is the relative clause's antecedent.
    (
        "C'era anche il presunto boss Salvatore Mistretta. Poco distante, la moglie di Salvatore, che ha \
         chiesto di non essere nominata, ha scelto parole dure: «Mio marito paga per un cognome».",
        "Mio marito paga per un cognome",
        None,
    ),
    // After a body's kind, one capitalised word after "di" is where it is ("l'azienda di
    // Borgonure"), not a department that names a body of its own: the company just named.
    (
        "La Ferlatti Serramenti lascia il ciclismo. L'azienda di Borgonure lo ha comunicato ieri con poche righe: \
         «Il contesto di mercato non ci consente di rinnovare».",
        "Il contesto di mercato non ci consente di rinnovare",
        Some("Ferlatti Serramenti"),
    ),
    // A capital after a place noun names a street ("via Roma"), not its country.
    (
        "Un dipendente del negozio di via Roma, che chiede di restare anonimo, sostiene che si lavorava \
         «sempre di corsa».",
        "sempre di corsa",
        None,
    ),
    // A ministry's department of two, joined by "e", is one name: lower case up to the article
    // that opens the next noun phrase, capitalised while the words are.
    (
        "Dal ministero dell'Agricoltura e della sovranità alimentare un portavoce fa sapere che \
         la richiesta sarà esaminata «entro l'estate».",
        "entro l'estate",
        Some("ministero dell'Agricoltura e della sovranità alimentare"),
    ),
    (
        "Il Ministero dell'Economia e delle Finanze ha precisato che i fondi «sono già stati \
         stanziati».",
        "sono già stati stanziati",
        Some("Ministero dell'Economia e delle Finanze"),
    ),
    // What X holds follows "secondo cui": a title quoted before it is nobody's words.
    (
        "In apertura andrà in scena «Il giardino d'inverno», scritto e diretto da Carla Bessi, secondo cui \
         lo spettacolo «racconta una famiglia qualunque».",
        "Il giardino d'inverno",
        None,
    ),
    // Wire copy types the dashes of an aside as hyphens, the closing one glued to the
    // quotation's own full stop, and breaks lines inside it; a view the sentence after gives
    // ("Secondo l'azienda") is not the aside's speaker's.
    (
        "\"Non vogliamo chiudere nessun reparto - ha spiegato all'AGR la\ndirettrice dello \
         stabilimento, Carla Venturi -. Cerchiamo soluzioni condivise\ncon i sindacati\". Secondo \
         l'azienda, gli ordini sono calati del 30 per cento.",
        "Non vogliamo chiudere nessun reparto - ha spiegato all'AGR la\ndirettrice dello stabilimento, \
         Carla Venturi -. Cerchiamo soluzioni condivise\ncon i sindacati",
        Some("Carla Venturi"),
    ),
    // A term of a few words after its article, far past the verb of saying, is the narrator's
    // name for something; close to the verb it is the speaker's word.
    (
        "Il rapporto dell'osservatorio parla di «piogge intense fino a domenica», dopo quella che in \
         paese tutti chiamano ormai la «notte del gelo» di gennaio.",
        "notte del gelo",
        None,
    ),
    (
        "Il consigliere Walter Bissoli ha definito la variante al piano regolatore una «svendita».",
        "svendita",
        Some("Walter Bissoli"),
    ),
    // A name opening a headline before a comma is its topic when a person is named right after
    // the comma, even one the headline meets first.
    (
        "Tre Torri, Bortolazzi re di Pianella: «Una vittoria per la mia squadra»\n\nMarco \
         Bortolazzi, 24 anni, ha vinto ieri la terza tappa del trofeo Tre Torri.",
        "Una vittoria per la mia squadra",
        Some("Marco Bortolazzi"),
    ),
    // A headline's short name for a body named below only inside a person's role is that body,
    // as the text names it in full.
    (
        "Cartiera, arriva il fondo. Lega Operai: «Vogliamo garanzie»\n\n«Vogliamo garanzie scritte», ha \
         detto la segretaria della Lega Operai Carta, Paola Guidi.",
        "Vogliamo garanzie",
        Some("Lega Operai Carta"),
    ),
    // An infinitive after "nel" opens a clause of its own: its object is no speaker.
    (
        "Nel commentare l'ordinanza, la consigliera Rita Baldan ha insistito sui tempi: «Servono \
         almeno sei mesi».",
        "Servono almeno sei mesi",
        Some("Rita Baldan"),
    ),
    // "Ad" before a capital is where, as "a" is; "l'ad" is a managing director.
    ("Ad Ankara, l'Ecowas ha chiesto che il voto si ripeta «entro sei mesi».", "entro sei mesi", Some("Ecowas")),
    // "La denuncia è di X" after a quotation: the frame noun's owner says whose it is.
    (
        "«Abbiamo aspettato sei ore al freddo, con un bambino di due anni». La denuncia è di Sara \
         Pellizzari, madre di tre figli, che ha scritto al sindaco.",
        "Abbiamo aspettato sei ore al freddo, con un bambino di due anni",
        Some("Sara Pellizzari"),
    ),
    // An adverb may stand inside a locution of saying after its second word ("si è già detta").
    (
        "Il Marocco, tramite la sua ambasciata, si è già detto «pronto a ospitare i colloqui».",
        "pronto a ospitare i colloqui",
        Some("Marocco"),
    ),
    // "Il dt" is the technical director the text introduced.
    (
        "Il direttore tecnico della nazionale, Sergio Pellerano, è soddisfatto. Il dt ha però avvertito \
         che «la strada è lunga».",
        "la strada è lunga",
        Some("Sergio Pellerano"),
    ),
    // "accusa" after its subject is a verb of saying; after a preposition's article, the noun.
    (
        "Il presidente dei pescatori, Enzo Barile, accusa la Regione di aver «abbandonato il porto».",
        "abbandonato il porto",
        Some("Enzo Barile"),
    ),
    (
        "Agli atti c'è anche la perizia balistica, secondo cui i colpi sono partiti «da meno di tre metri», \
         circostanza che per l'accusa esclude un incidente.",
        "da meno di tre metri",
        Some("perizia balistica"),
    ),
    // The relative clause after a frame noun and its owner is the owner's.
    (
        "Opposta la posizione del governo di Lima, che in una nota parla di un danno «di almeno tre \
         milioni».",
        "di almeno tre milioni",
        Some("Perù"),
    ),
    // "Per lei «…»": a resolved pronoun gives whose view the sentence is, as a name does.
    (
        "La capogruppo Irene Scalzi ha lasciato l'aula. Per lei «questa maggioranza non esiste più».",
        "questa maggioranza non esiste più",
        Some("Irene Scalzi"),
    ),
    // A closing mark typed to open, after a space and before a letter, opens a quotation.
    (
        "La portavoce del comitato, Irene Valli, ha annunciato: »Presenteremo ricorso entro sessanta giorni».",
        "Presenteremo ricorso entro sessanta giorni",
        Some("Irene Valli"),
    ),
    // An initial's full stop joins it to the surname; "Al" opening a sentence is a preposition.
    (
        "«Restiamo qui», ha dichiarato ieri Robert J. Castellane, socio del fondo.",
        "Restiamo qui",
        Some("Robert J. Castellane"),
    ),
    (
        "Marta Soldani guida il fondo. Al Pontevalle Herald, quotidiano della sua città, Soldani aveva \
         spiegato che il piano è «solo all'inizio».",
        "solo all'inizio",
        Some("Marta Soldani"),
    ),
    // "la polizia" is the police as a body, in lower case too, with its place.
    (
        "La portavoce Sara Vinci ha parlato a lungo. «Nessun ferito grave», ha fatto sapere in serata \
         la polizia di Lione.",
        "Nessun ferito grave",
        Some("polizia di Lione"),
    ),
    // A subject after the verb past when it was said ("in serata") is the sentence's, unresolved,
    // not the speaker carried from before.
    (
        "La portavoce Sara Vinci ha parlato a lungo. «Nessun ferito grave», ha fatto sapere in serata \
         la guardia costiera.",
        "Nessun ferito grave",
        None,
    ),
    // "Sono le parole di X" after a quotation: the plural copula frames it as "È l'appello di X".
    (
        "«Non avremo pace finché non sapremo la verità». Sono le parole di Marta Zoppi, sorella della \
         vittima.",
        "Non avremo pace finché non sapremo la verità",
        Some("Marta Zoppi"),
    ),
    // The owner of a frame noun is reached through "di" and a source's noun, not through another
    // name's complement: "l'Unione tassisti del Nord-Est" is no "Nord-Est".
    (
        "«Così ci lasciano a piedi», è la denuncia dell'Unione tassisti del Nord-Est, che ha annunciato \
         una protesta per «sabato mattina».",
        "sabato mattina",
        None,
    ),
    // A given name after "San" is a saint's: the run is a place, and the person is the one after.
    (
        "Il presidente della Pro loco di San Michele Basso, Aldo Ferretti, ha scritto sui social: «La sagra si farà».",
        "La sagra si farà",
        Some("Aldo Ferretti"),
    ),
    // A court's operative part, a jury's citation: documents that speak.
    (
        "Per il terzo imputato il dispositivo parla di assoluzione «per non aver commesso il fatto».",
        "per non aver commesso il fatto",
        Some("dispositivo"),
    ),
    (
        "La motivazione della giuria parla di «un romanzo che non fa sconti».",
        "un romanzo che non fa sconti",
        Some("motivazione della giuria"),
    ),
    // What a document rules or estimates.
    ("Il decreto vieta «la vendita di alcolici dopo le 22».", "la vendita di alcolici dopo le 22", Some("decreto")),
    (
        "Il rapporto dell'Istituto stima che «i consumi caleranno dell'1 per cento».",
        "i consumi caleranno dell'1 per cento",
        Some("rapporto dell'Istituto"),
    ),
    // A name after a common noun "del" governs is what the noun is of, no subject.
    (
        "La responsabile del servizio Tributi, Carla Bensi, ha precisato: «Le cartelle partiranno a maggio».",
        "Le cartelle partiranno a maggio",
        Some("Carla Bensi"),
    ),
    // A bank's governor is "il governatore" later on.
    (
        "Lo ha detto il governatore della Banca d'Italia, Aldo Venturi.\n\nIl governatore ha poi definito il debito «un macigno».",
        "un macigno",
        Some("Aldo Venturi"),
    ),
    // A surname that is also a country's adjective ("Russo", "Greco", "Tedesco") is the person
    // the text named with it.
    (
        "Secondo il difensore, Paolo Russo, la madre dell'imputato, Lucia Serra, avrebbe pianto in aula. \
         «Nessuno ha chiesto scusa». Lo ha detto lo stesso Russo.",
        "Nessuno ha chiesto scusa",
        Some("Paolo Russo"),
    ),
    // The manner of the same speaker before a colon: "Poi, con la voce rotta: «…»".
    (
        "«È la vittoria di tutti», ha detto il tecnico Mauro Ferri. Poi, tra le lacrime: «La dedico a mio padre».",
        "La dedico a mio padre",
        Some("Mauro Ferri"),
    ),
    // "chiosa": the last word of someone after a quotation.
    ("«Ce la faremo anche stavolta», chiosa la sindaca Anna Verri.", "Ce la faremo anche stavolta", Some("Anna Verri")),
    // A headline drops the articles that show its verb: "La sindaca di Ortona batte Ferri" gives
    // Ferri no role of hers, and "la sindaca" below is not him.
    (
        "Elezioni, la sindaca di Ortona batte Ferri\n\nGiulia Ranieri ha vinto contro il consigliere Marco \
         Ferri. La sindaca ha promesso «un anno di ascolto».",
        "un anno di ascolto",
        Some("Giulia Ranieri"),
    ),
    // A gerund of saying with its pronoun attached ("accusandola", "ricordandogli").
    (
        "La sindaca Ada Ronchi se la prende con la società dei rifiuti, accusandola di «aver ignorato ogni richiamo».",
        "aver ignorato ogni richiamo",
        Some("Ada Ronchi"),
    ),
    // A relative clause whose first verb is quoted goes on with "e" and its second verb: the
    // antecedent says both, not the speaker of the sentence before.
    (
        "Il primario Luca Sarti parla di «un errore». In serata è arrivata una nota dell'Asl, che «conferma \
         i tagli» e annuncia «nuovi bandi entro l'estate».",
        "nuovi bandi entro l'estate",
        Some("nota dell'Asl"),
    ),
    // A description finds the one person introduced with its own class before those whose
    // narrower class it also covers: "la funzionaria" is the funzionaria, not the soprintendente.
    (
        "La soprintendente Beatrice Lanzi ha presentato i reperti. Sul posto lavora Marta Cioni, funzionaria \
         della Soprintendenza. Secondo la funzionaria, la villa era abitata «fino al IV secolo».",
        "fino al IV secolo",
        Some("Marta Cioni"),
    ),
    // A headline label that ends on the surname of one person named in full below is that person.
    (
        "Chiude il reparto\nIl direttore generale dell'Asl Rinaldi: «Misura temporanea»\n\n«Mancano \
         medici», spiega il direttore generale dell'Asl, Marco Rinaldi.",
        "Misura temporanea",
        Some("Marco Rinaldi"),
    ),
    // A document an indefinite article opens speaks when a participle and its "da" say whose it
    // is; "il testo" of an agreement and "il programma" of an evening are documents too.
    (
        "Una lettera firmata da trenta medici parla di «turni ormai insostenibili».",
        "turni ormai insostenibili",
        Some("lettera"),
    ),
    (
        "Il testo dell'intesa stabilisce che i controlli saranno svolti «da agenti europei».",
        "da agenti europei",
        Some("testo dell'intesa"),
    ),
    // "secondo la quale" after a document right before its comma: the document says it.
    (
        "Durissima era stata la relazione di primo livello, secondo la quale il ponte era «ormai irrecuperabile».",
        "ormai irrecuperabile",
        Some("relazione di primo livello"),
    ),
    // "Poi, più serio: «…»": the speaker's mood before a colon continues the speaker.
    (
        "«Oggi ha fatto bene», ha detto il tecnico Mauro Ferri. Poi, più cauto: «Ma la strada è lunga».",
        "Ma la strada è lunga",
        Some("Mauro Ferri"),
    ),
    // "ordinaria di Biochimica" is a professor, whom "la professoressa" later stands for.
    (
        "Carla Bensi, ordinaria di Biochimica, ha scritto alla rettrice Anna Moro. «Servono verifiche», assicura \
         la professoressa.",
        "Servono verifiche",
        Some("Carla Bensi"),
    ),
    // A cleft's subject after a long role and its apposition is the dropped subject after it.
    (
        "A guidare la delegazione è stato il mediatore dell'Unione europea per i Balcani, il diplomatico belga \
         Pieter Claes. «Serve una tregua subito», ha detto ai cronisti.",
        "Serve una tregua subito",
        Some("Pieter Claes"),
    ),
    // The person's own noun and adjective in apposition after a role: the role's bearer.
    (
        "Il mediatore dell'Unione europea per i Balcani, il diplomatico belga Pieter Claes, ha dichiarato: «Serve \
         una tregua».",
        "Serve una tregua",
        Some("Pieter Claes"),
    ),
    // An article no preposition leads into opens another noun phrase: the role governed before
    // it ("del nostro inviato") has no bearer in the apposition after it.
    (
        "«Il museo riaprirà a maggio», ha spiegato ai microfoni del nostro inviato la direttrice, l'architetta \
         Paola Serravalle.",
        "Il museo riaprirà a maggio",
        Some("Paola Serravalle"),
    ),
    // A contrast before a subject's article opens a clause of its own: the quotation after it is
    // not the verb's before it.
    (
        "I tedeschi chiedono «tempi certi», mentre i Paesi Bassi, secondo cui il piano è «scritto sulla sabbia», \
         frenano.",
        "scritto sulla sabbia",
        Some("Paesi Bassi"),
    ),
    // A relative clause opened by "cui" that names its subject, even inside a gerund's phrase.
    (
        "Il consigliere Bruno Casadei ha attaccato l'assessora Elena Ferri, ricordando un comizio in cui Ferri \
         parlava di «tasse da abbassare».",
        "tasse da abbassare",
        Some("Elena Ferri"),
    ),
    // Not one closed by another verb before the main clause's ("L'ordinanza con cui il gip
    // aveva disposto…, definiva"): the document speaks, not the prefect.
    (
        "Il decreto con cui il prefetto Aldo Nanni aveva chiuso il locale, nel 2021, definiva il gestore «un \
         pericolo pubblico».",
        "un pericolo pubblico",
        Some("decreto"),
    ),
    // A national body the gazetteer knows speaks by its acronym alone.
    ("La Figc, in una nota, ha fatto sapere che il campionato «ripartirà a marzo».", "ripartirà a marzo", Some("Figc")),
    // A verb of saying after the quotation takes its subject past a short complement of its own,
    // not the body the words are about.
    (
        "Il sindacato «non firmerà nulla», fa sapere in una nota il segretario provinciale Aldo Brambilla.",
        "non firmerà nulla",
        Some("Aldo Brambilla"),
    ),
    // A name right after a medium's noun is the medium's, not one of a person met in full.
    (
        "Ha vinto la slovena Petra Zupan. Dall'altra parte della rete Zupan, che aveva servito male, ha ammesso \
         di aver chiesto di «continuare a giocare».",
        "continuare a giocare",
        Some("Petra Zupan"),
    ),
    // A role capitalised because it opens the sentence, then its bearer's surname.
    (
        "Assessora Orlandini: «Audit ovunque». L'assessora regionale Silvia Orlandini ha convocato i direttori.",
        "Audit ovunque",
        Some("Silvia Orlandini"),
    ),
    // "A + infinitive + è stato X" gives X the words before only for a verb of saying.
    (
        "I documenti erano «accessibili a tutti» per mesi. A scoprirlo era stato un tecnico di Pesaro, Luca Neri.",
        "accessibili a tutti",
        None,
    ),
    (
        "Il sindaco ha parlato. «Non molliamo». A ribadirlo è stato il vicesindaco Marco Gallo.",
        "Non molliamo",
        Some("Marco Gallo"),
    ),
    // A generic document's noun with no document named before it is a document of its own.
    (
        "Secondo il provvedimento, i dati sono rimasti online per «almeno undici mesi».",
        "almeno undici mesi",
        Some("provvedimento"),
    ),
    // A state the gazetteer knows after a fronted complement is the subject, no part of its noun.
    (
        "Nel corso dell'indagine Madrid aveva sostenuto che il piano fosse «del tutto legittimo».",
        "del tutto legittimo",
        Some("Spagna"),
    ),
    // "l'esecutivo Ue" is the European Commission (an epithet in data/world.txt).
    (
        "Nella decisione l'esecutivo Ue scrive che il prestito ha dato «un vantaggio indebito».",
        "un vantaggio indebito",
        Some("Commissione europea"),
    ),
    // An indefinite document the sentence's subject has just issued is a document that speaks.
    (
        "La sindaca ha firmato un'ordinanza che vieta l'uso dell'acqua «per lavare le auto».",
        "per lavare le auto",
        Some("ordinanza"),
    ),
    // A document's participle and when it was issued are no part of its name; its authors past
    // them still sign it.
    (
        "Un'ordinanza firmata ieri mattina dalla sindaca vieta «l'uso dell'acqua per gli orti».",
        "l'uso dell'acqua per gli orti",
        Some("ordinanza"),
    ),
    // A word an article follows is a verb with its object, not an adjective of a document's name.
    (
        "La relazione annuale segnala i «ritardi cronici» dei cantieri e definisce il piano «irrealistico».",
        "ritardi cronici",
        Some("relazione annuale"),
    ),
    // Words quoted inside a relative clause's first verb phrase do not end it: a verb joined by
    // "e" after them has the same antecedent.
    (
        "A firmare il ricorso è stata la presidente Carla Venturi, che ha motivato la scelta con il «rischio di chiusura» e ha detto che la delibera «non regge».",
        "non regge",
        Some("Carla Venturi"),
    ),
    // A gerund's phrase that opens the sentence, set off by a comma, has the main clause's
    // subject after it.
    (
        "Dal Viminale, pur ammettendo i ritardi, la sottosegretaria Paola Lentini ha difeso il piano: «Entro marzo i centri saranno pronti».",
        "Entro marzo i centri saranno pronti",
        Some("Paola Lentini"),
    ),
    // A capitalised word after a body's kind that ends a role is the body's name, not the bearer's.
    (
        "«Le bollette sono raddoppiate», ha detto il portavoce del comitato Borgo in Comune, Walter Spada.",
        "Le bollette sono raddoppiate",
        Some("Walter Spada"),
    ),
    // "Secondo quanto raccontato da X" between commas after a subject relays the subject's words.
    (
        "La difesa ha parlato con i cronisti. La stessa Giovanna Ruffini, secondo quanto raccontato dal suo avvocato Pietro Lai, si considera «una vittima del sistema».",
        "una vittima del sistema",
        Some("Giovanna Ruffini"),
    ),
    // Of two people with a role of one class, a description stands for the one met in this
    // sentence or the one before.
    (
        "L'allenatore del Borgo, Sandro Melis, ha lodato i suoi. Il presidente ha parlato a lungo. Deluso invece Fabio Carta, allenatore dei Falchi. «Abbiamo regalato il primo tempo», ha detto il tecnico ospite.",
        "Abbiamo regalato il primo tempo",
        Some("Fabio Carta"),
    ),
    // A trial's defender is the lawyer a later "il legale" describes.
    (
        "Ha parlato anche Mauro Sestini, difensore dell'imputato. Il legale ha definito la sentenza «un errore da correggere in appello».",
        "un errore da correggere in appello",
        Some("Mauro Sestini"),
    ),
    // A role predicated of the sentence's subject is theirs, for a description later ("il
    // neopresidente": one just elected).
    (
        "Dopo tre scrutini Piero Calvani, 61 anni, notaio, è il nuovo presidente della Fondazione. Il neopresidente ha promesso «bilanci pubblici ogni sei mesi».",
        "bilanci pubblici ogni sei mesi",
        Some("Piero Calvani"),
    ),
    // A body's adjective after its capitalised noun is part of a document's name.
    (
        "Nel verbale della Commissione elettorale si legge che lo scrutinio si è svolto «senza irregolarità».",
        "senza irregolarità",
        Some("verbale della Commissione elettorale"),
    ),
    // A role in apposition to the name before its comma, right before a colon, is that person's.
    (
        "Scettica invece Marta Gorini, avvocata: «Le ricette elettroniche non arrivano mai in tempo».",
        "Le ricette elettroniche non arrivano mai in tempo",
        Some("Marta Gorini"),
    ),
    // The participle that says who issued a document and when may stand between it and "si
    // legge", with no pause; an adverb may stand between "si legge" and the document after it.
    ("Nel verbale firmato ieri dai revisori si legge che i conti sono «in ordine».", "in ordine", Some("verbale")),
    (
        "«Il cantiere riaprirà a maggio», si legge inoltre nella circolare.",
        "Il cantiere riaprirà a maggio",
        Some("circolare"),
    ),
    // Public bodies the press names by a capitalised common noun speak like the others.
    (
        "Il Collegio costruttori edili di Valmora esprime in una nota «piena fiducia nella magistratura».",
        "piena fiducia nella magistratura",
        Some("Collegio costruttori edili di Valmora"),
    ),
    (
        "Sul progetto del parcheggio la Soprintendenza ha chiesto di «conservare le mura».",
        "conservare le mura",
        Some("Soprintendenza"),
    ),
    // A preposition joined to its article that opens the sentence, then a capitalised word and
    // an auxiliary, is a surname's particle: that person is the subject, not the one of the
    // sentence before.
    (
        "Il sindaco Marco Rossi è arrivato in ritardo. Della Valle ha detto: «Così non si lavora».",
        "Così non si lavora",
        Some("Della Valle"),
    ),
    // A preposition joined to its article that opens the sentence is no surname's particle
    // before a name of two words with no given name: the body is where the words come from.
    (
        "Dal Volley Club Arenzano fanno sapere che la squadra «tornerà in finale».",
        "tornerà in finale",
        Some("Volley Club Arenzano"),
    ),
    // A temporal clause after the verb and its comma ("prima di lasciare il palazzo") holds no
    // subject of the verb: the dropped subject goes on.
    (
        "La ministra Carla Veronesi punta già alla guida del partito. «Serve un governo che duri», \
         ha detto, prima di lasciare il Quirinale.",
        "Serve un governo che duri",
        Some("Carla Veronesi"),
    ),
    // A one-word name after its kind and a qualifier or two is the body's, which the kind
    // later stands for.
    (
        "L'azienda farmaceutica Novelis ritira un lotto di sciroppo. In una nota l'azienda spiega \
         che il ritiro è «solo precauzionale».",
        "solo precauzionale",
        Some("Novelis"),
    ),
    // "Quest'ultimo" takes up a description the sentence before ended with, once resolved.
    (
        "Il sindaco di Valmora, Aldo Corvi, ha convocato i residenti. Il direttore del consorzio, \
         Ugo Bardi, ha risposto con una lettera. Il comitato replica a Bardi e al sindaco. \
         Quest'ultimo aveva parlato di «scelte obbligate».",
        "scelte obbligate",
        Some("Aldo Corvi"),
    ),
    // A relay's clause whose subject nobody resolved gives nobody's words to the relay,
    (
        "Secondo quanto riferisce l'agenzia Nova Press, durante il vertice il capo della \
         delegazione avrebbe messo sul tavolo «un piano in tre punti».",
        "un piano in tre punti",
        None,
    ),
    // and a kind of outlet before a name the gazetteer gives to a body of another kind is the
    // outlet's own name ("Anp" is also the Palestinian Authority's).
    ("Secondo l'agenzia Anp, il vertice dell'Aia è stato «molto teso».", "molto teso", Some("Anp")),
    // A quotation that goes on the clause of the sentence's subject is the subject's, the
    // document after "si legge" only where it is read; with no subject, the document says it.
    (
        "L'associazione Terra Viva ha diffuso un comunicato. L'associazione «non accetterà tagli \
         ai contributi», si legge nella nota.",
        "non accetterà tagli ai contributi",
        Some("Terra Viva"),
    ),
    (
        "La Sporting Valmora ha diffuso un comunicato. La società, si legge ancora nel testo, \
         «valuterà ogni offerta».",
        "valuterà ogni offerta",
        Some("Sporting Valmora"),
    ),
    ("Il sindaco ha parlato a lungo. «Nessun rincaro», si legge nella nota.", "Nessun rincaro", Some("nota")),
    // "Il collega" takes the office of the one met last with a role: a later description of
    // that office is no longer the other's alone (here the latest of the two, just met).
    (
        "Critico il sindaco di Borgo Alto, Aldo Neri. Più cauto il collega di Roccavalle, Ivo Sala. «Aspettiamo i dati», ha aggiunto il sindaco.",
        "Aspettiamo i dati",
        Some("Ivo Sala"),
    ),
    // "Il testo" takes up the document named last, as "il documento" does, also past a clitic
    // before its verb and in an interpolation between dashes.
    (
        "La relazione dell'Inps descrive una spesa «fuori controllo». Il testo lo bolla come «un buco senza fondo».",
        "un buco senza fondo",
        Some("relazione dell'Inps"),
    ),
    (
        "Il parere dell'Avvocatura è netto. «Il contratto — si legge nel documento — è nullo».",
        "Il contratto — si legge nel documento — è nullo",
        Some("parere dell'Avvocatura"),
    ),
    // A view named between a verb and a quotation ("che secondo X") gives the words after it.
    (
        "«Non ho mai firmato nulla», ha ripetuto Ardito, che secondo la sua legale, l'avvocata Maria Fumo, sarebbe «la vittima di un raggiro».",
        "la vittima di un raggiro",
        Some("Maria Fumo"),
    ),
    // A short aside between a contrasting clause's subject and its verb keeps the clause its own.
    (
        "Berlino ha espresso «pieno sostegno», mentre Vienna, più cauta, ha chiesto «tempi più lunghi».",
        "tempi più lunghi",
        Some("Austria"),
    ),
    // A country's adjective after a person's own common noun that is no role, before a given
    // name, gives that person the country, and the adjective alone later stands for them…
    (
        "Alla prima c'era anche la soprano svedese Karin Lund. «Un pubblico caldissimo», ha commentato la svedese.",
        "Un pubblico caldissimo",
        Some("Karin Lund"),
    ),
    // …not before a body's name.
    (
        "Lo scrive il quotidiano svedese Nordiska Posten. «Un pubblico caldissimo», ha commentato lo svedese.",
        "Un pubblico caldissimo",
        None,
    ),
    // A body named by its capitalised noun keeps the adjectives in lower case after it, and a
    // saint's name in its place ("di Santa Livia").
    (
        "La Federazione pugilistica italiana ha fatto sapere che chiederà «una squalifica esemplare».",
        "una squalifica esemplare",
        Some("Federazione pugilistica italiana"),
    ),
    (
        "L'Agenzia regionale di San Mauro ha assicurato: «I dati saranno pubblici».",
        "I dati saranno pubblici",
        Some("Agenzia regionale di San Mauro"),
    ),
    // A company named with its legal form is what "l'azienda" or "la società" later stands for.
    (
        "Il Comune ha scritto alla Ferramenta Bassi Srl. In serata l'azienda ha replicato di essere «in regola con ogni permesso».",
        "in regola con ogni permesso",
        Some("Ferramenta Bassi Srl"),
    ),
    // A colon after what the same speaker turns to ("E sulla nuova sede:"), or after a verb
    // whose subject is dropped past linking words ("Poi ha lanciato una frecciata a…:"), gives the
    // last speaker's words.
    (
        "«Abbiamo chiuso i conti in attivo», ha detto il presidente Paolo Mirri. E sulla nuova sede: «Apriremo a settembre».",
        "Apriremo a settembre",
        Some("Paolo Mirri"),
    ),
    (
        "Il presidente Paolo Mirri ha rivendicato i conti in attivo. Poi ha lanciato una frecciata alla Regione: «Da due anni aspettiamo i fondi».",
        "Da due anni aspettiamo i fondi",
        Some("Paolo Mirri"),
    ),
    // A view that opens the clause after a colon ("…: per il capogruppo X, …") gives its words,
    // not the verb before the colon; an unresolved one gives nobody's.
    (
        "La ministra Carla Bini ha difeso la riforma. L'opposizione ha subito attaccato la giunta: per il capogruppo Aldo Neri, la riforma sarebbe «un regalo ai costruttori».",
        "un regalo ai costruttori",
        Some("Aldo Neri"),
    ),
    (
        "La ministra Carla Bini ha definito la riforma «una svolta». In patria, però, l'opposizione di destra ha subito attaccato il governo: per il capogruppo del primo partito di minoranza, la riforma sarebbe «un regalo ai costruttori».",
        "un regalo ai costruttori",
        None,
    ),
    // A demonstrative after a role opens a noun phrase of its own: the name past it is not the
    // role's bearer.
    (
        "Il pm Carlo Neri ha chiesto la condanna del medico. Per la giudice quel ritardo nel trasferire Mario Bassi in reparto fu «inspiegabile».",
        "inspiegabile",
        None,
    ),
    (
        "La giudice Anna Rocca ha depositato le motivazioni. Per la giudice questa scelta fu «un errore grave».",
        "un errore grave",
        Some("Anna Rocca"),
    ),
    // An age right before a name introduces that person, as a role does; it describes nobody
    // met before.
    (
        "La scrittrice Ornella Vicenzi ha letto la motivazione. Poi la più giovane delle finaliste, la 27enne Irene Pozzobon, ha parlato di «una giuria coraggiosa».",
        "una giuria coraggiosa",
        Some("Irene Pozzobon"),
    ),
    // A contrasting clause whose subject is a description with a name in apposition between
    // commas: the name speaks, not the main clause's subject.
    (
        "La scrittrice Ornella Vicenzi ha letto la motivazione. «È già un regalo», ha commentato la scrittrice, mentre la più giovane delle finaliste, Irene Pozzobon, ha parlato di «una giuria coraggiosa».",
        "una giuria coraggiosa",
        Some("Irene Pozzobon"),
    ),
    // A short capitalised quotation after a noun that takes a name and a comma, ending the
    // sentence, is that name: nobody's words.
    (
        "Il sindaco Piero Landi ha parlato dal palco, davanti allo striscione con il motto della lista, «Avanti insieme».",
        "Avanti insieme",
        None,
    ),
    // A relative clause joined to one before it ("…, ma che…") shares that clause's subject,
    // never the one carried from before.
    (
        "Il pm Davide Orsi aveva chiesto due anni. La difesa ha parlato di turni pesanti. Argomenti che la sentenza non ignora, ma che giudica insufficienti: «Le carenze non esonerano il medico».",
        "Le carenze non esonerano il medico",
        Some("sentenza"),
    ),
    (
        "Il pm Davide Orsi aveva chiesto due anni. Ragioni che nessuno ha contestato, e che definisce «evidenti».",
        "evidenti",
        None,
    ),
    // An age stands for the one person of that gender the last two sentences named, though the
    // paragraph long before that named them in full named another too.
    (
        "Il club ha esonerato Massimo Ferraresi e ha scelto Tiago Mourelos.\nLa squadra è penultima.\n«Lascio un gruppo di uomini veri», ha scritto Ferraresi. Il 55enne ha aggiunto: «Parlerò più avanti».",
        "Parlerò più avanti",
        Some("Massimo Ferraresi"),
    ),
    // A nationality stands for its one bearer though a headline named them by surname alone
    // before the body gave the full name.
    (
        "Lo sloveno Kranjc beffato in volata\nIl belga Jens Vercauteren ha battuto lo sloveno Matej Kranjc e l'italiano Nicolò Bertelli. «Mi ha passato come fossi fermo», ha ammesso lo sloveno.",
        "Mi ha passato come fossi fermo",
        Some("Matej Kranjc"),
    ),
    // An indefinite subject past an adverb is nobody the text names.
    (
        "Il leader Tommaso Galli ha attaccato la maggioranza. Dal centro, qualcuno già parla di nuovi «responsabili» pronti a sostenere il governo.",
        "responsabili",
        None,
    ),
    // A definite description after the verb that follows the words, which nothing else resolves,
    // stands for the person the sentence before was about; not a relation of someone's, nor a
    // role that person's own role rules out.
    (
        "Il direttore uscente, Federico Alberici, ha accolto la notizia con eleganza. «Lascio un museo in salute», ha detto lo storico dell'arte fiorentino.",
        "Lascio un museo in salute",
        Some("Federico Alberici"),
    ),
    (
        "Il direttore uscente, Federico Alberici, ha accolto la notizia con eleganza. «Lascio un museo in salute», ha detto la madre.",
        "Lascio un museo in salute",
        None,
    ),
    (
        "La giornalista Sabrina Oddi ha chiesto conto dei treni soppressi. «Il contratto è stato firmato tardi», ha ammesso la governatrice.",
        "Il contratto è stato firmato tardi",
        None,
    ),
    // A view that opens a sentence makes it its holder's: the next dropped subject goes on with
    // them, not with the subject of the words the view gives.
    (
        "Il ministero della Cultura ha nominato la nuova direttrice. Il critico Lorenzo Bellandi ha definito la nomina «coraggiosa». Secondo lui, però, il ministero «ha ignorato gli storici italiani». Ha poi bollato la selezione come «un concorso di bellezza».",
        "un concorso di bellezza",
        Some("Lorenzo Bellandi"),
    ),
    // A person a headline names by surname is of the gender their given name tells, and a noun
    // after an article of the other gender ("del centrosinistra") is not theirs.
    (
        "Montanucci all'attacco\nIn studio c'erano la sfidante del centrosinistra Chiara Montanucci e il civico Giorgio Lattanzi.\nLa giornalista Sabrina Oddi ha chiesto dei treni. Un'ammissione che non è bastata a Montanucci. Quest'ultima ha affondato il colpo: «Cinque anni sono tanti».",
        "Cinque anni sono tanti",
        Some("Chiara Montanucci"),
    ),
    // A source's aside between a relative pronoun and its verb keeps the clause relative: its
    // subject is the antecedent, whose tone the sentence frames, not the speaker before.
    (
        "In sala stampa si è presentato il vice Luca Berselli: «Abbiamo smesso di passarci la palla». Ben diverso il tono del presidente Aldo Ferrandi, che secondo quanto riporta La Gazzetta del Trebbia avrebbe definito l'arbitraggio «uno scandalo».",
        "uno scandalo",
        Some("Aldo Ferrandi"),
    ),
    // A capitalised portfolio in such a description is no place or body that would make it
    // someone new.
    (
        "Ha vinto Carla Neri con il 49 per cento. Marisa Sansone si è fermata al 42 per cento. «Il risultato è netto», ha detto l'ex assessora regionale ai Trasporti.",
        "Il risultato è netto",
        Some("Marisa Sansone"),
    ),
    (
        "Il ministro della Salute, Renato Colli, ha firmato il decreto. «Le scorte bastano», ha detto l'ex ministro ai Trasporti.",
        "Le scorte bastano",
        None,
    ),
    // The agent of a participle right before a relative pronoun qualifies the noun before the
    // participle: the relative clause is that noun's.
    (
        "Il pm Carlo Neri ha chiesto la conferma. Secondo la perizia disposta dalla Procura, che definiva quel calcestruzzo «gravemente carente», l'edificio non avrebbe retto.",
        "gravemente carente",
        Some("perizia"),
    ),
    // An age with a role in apposition after its comma ("La 52enne, insegnante in pensione,")
    // is the person of that age: the role does not swallow the age and look for its own bearer.
    (
        "«Il tram passerà sotto le finestre», attacca la portavoce del comitato, Laura Gatti. La 52enne, insegnante in pensione, ha già pronta la prossima mossa: «Andremo al Tar».",
        "Andremo al Tar",
        Some("Laura Gatti"),
    ),
    // "Per X" opening a sentence gives X's view without a comma when X is a capital standing
    // for its country or a body; a country by its own name may be whom something is for.
    (
        "Il vertice si chiude senza intesa. Per Madrid la proposta resta «irricevibile e tardiva».",
        "irricevibile e tardiva",
        Some("Spagna"),
    ),
    (
        "Il fiume è ancora inquinato. Per Legambiente serviranno «almeno due anni di bonifiche» prima di riaprire.",
        "almeno due anni di bonifiche",
        Some("Legambiente"),
    ),
    (
        "La finale è persa. Per la Spagna resta «una notte da dimenticare in fretta».",
        "una notte da dimenticare in fretta",
        None,
    ),
    // What a report, a ruling or a motion finds, cites or binds to gives its words.
    (
        "Il consiglio comunale di Valdirana ha votato ieri sera. La mozione approvata impegna la giunta a «riaprire il bando entro ottobre».",
        "riaprire il bando entro ottobre",
        Some("mozione"),
    ),
    (
        "Il processo si è chiuso a Orvena. La sentenza riconosce all'imputato le attenuanti «per la giovane età e la piena confessione».",
        "per la giovane età e la piena confessione",
        Some("sentenza"),
    ),
    // A verb joined by "e" to a relative clause's verb shares the relative's subject, never the
    // one carried from before.
    (
        "La sindaca Irene Valli ha taciuto. Pesa anche il dossier di un osservatorio indipendente, che conta trenta discariche abusive e definisce la valle «una bomba ecologica».",
        "una bomba ecologica",
        None,
    ),
    // A view opened by a contrast after a comma ("…, ma per X …") is its own clause's: the verb
    // before does not reach past it.
    (
        "Il rapporto dell'Istituto quantifica i danni in «quattro milioni di euro», ma per i commercianti della zona la stima sarebbe «largamente per difetto».",
        "largamente per difetto",
        None,
    ),
    // A description after the verb that follows the words, which stands as well for the person
    // the sentence before was about as for someone met earlier, singles out nobody: neither
    // there nor in the relative clause that takes it up.
    (
        "Il club ha esonerato Marco Tosi e ha sentito Paolo Neri, il tecnico della promozione. Tosi ha salutato i tifosi con un messaggio. «Lascio una squadra viva», ha scritto l'ex tecnico, che ha definito i suoi giocatori «un gruppo sano».",
        "Lascio una squadra viva",
        None,
    ),
    (
        "Il club ha esonerato Marco Tosi e ha sentito Paolo Neri, il tecnico della promozione. Tosi ha salutato i tifosi con un messaggio. «Lascio una squadra viva», ha scritto l'ex tecnico, che ha definito i suoi giocatori «un gruppo sano».",
        "un gruppo sano",
        None,
    ),
    // A clause joined after a comma by "e" with a subject of its own closes the verb before it:
    // the words after its colon are its subject's.
    (
        "La deputata Sara Conti ha parlato per prima. Il sindaco Carlo Bruni ha poi sfidato la deputata a un dibattito pubblico, e quest'ultima ha accettato: «Ci sarò, con i numeri in mano».",
        "Ci sarò, con i numeri in mano",
        Some("Sara Conti"),
    ),
    // An indefinite pronoun inside the quotation is no subject of the verb after it.
    (
        "Marco Ferri ha accolto il risultato con calma. «Non siamo la stampella di nessuno», ha detto il leader.",
        "Non siamo la stampella di nessuno",
        Some("Marco Ferri"),
    ),
    (
        "Il candidato Marco Ferri ha accolto il risultato con calma. «Qui non decide nessuno», ha aggiunto.",
        "Qui non decide nessuno",
        Some("Marco Ferri"),
    ),
    // A verb that takes a person as object puts its subject after it when it opens the sentence.
    (
        "Il presidente Walter Neri ha protestato a lungo. Attacca anche l'ex sindaca Rosa Cillo: «Una gestione imbarazzante».",
        "Una gestione imbarazzante",
        Some("Rosa Cillo"),
    ),
    // A semicolon closes a clause: a subject after it opens the next, whose colon gives its words.
    (
        "Il portiere Carlo Neri ha parlato di una difesa «cresciuta partita dopo partita»; il suo compagno Marco Gatti, invece, ha scelto l'ironia: «Stanotte non dorme nessuno».",
        "Stanotte non dorme nessuno",
        Some("Marco Gatti"),
    ),
    // "Sono le prime parole di X" after the words: an adjective of order may precede the noun.
    (
        "La squadra ha vinto la coppa a Spalato. «Una notte che non dimenticheremo mai». Sono le prime parole di Fabio Dardi, portato in trionfo dai suoi.",
        "Una notte che non dimenticheremo mai",
        Some("Fabio Dardi"),
    ),
    // "il tribunale", "la procura" in lower case after their article are the bodies.
    (
        "L'udienza è stata rinviata a maggio; la decisione, ha fatto sapere il tribunale di Valdorno in una nota, «è attesa entro giugno».",
        "è attesa entro giugno",
        Some("tribunale di Valdorno"),
    ),
    // A body named again with its place cut short is the one named in full before.
    (
        "La richiesta era partita dalla procura di Monaco di Baviera. Dopo che la procura di Monaco aveva definito il caso «prioritario», Berlino ha taciuto.",
        "prioritario",
        Some("procura di Monaco di Baviera"),
    ),
    // Past a noun phrase after the verb, a gerund opens a clause whose object is no subject.
    (
        "Davide Lorenzi continua a proclamarsi innocente. «Ho corso pulito», ha detto il corridore lasciando il tribunale.",
        "Ho corso pulito",
        Some("Davide Lorenzi"),
    ),
    // An adverb right after the verb is no contrast before another subject.
    (
        "Il pm ha chiesto la condanna. Bruno Tassi, difensore di Astolfi, accusa invece la procura di aver «trasformato rapporti commerciali in un reato».",
        "trasformato rapporti commerciali in un reato",
        Some("Bruno Tassi"),
    ),
    // A view that opens the sentence gives its words, not the document its clause is about.
    (
        "L'assessore alla Sanità Paolo Ferri ha parlato in commissione. Secondo l'assessore, la delibera «non toglie nulla a nessuno» e garantisce ai cittadini «un presidio aperto dodici ore».",
        "non toglie nulla a nessuno",
        Some("Paolo Ferri"),
    ),
    (
        "L'assessore alla Sanità Paolo Ferri ha parlato in commissione. Secondo l'assessore, la delibera «non toglie nulla a nessuno» e garantisce ai cittadini «un presidio aperto dodici ore».",
        "un presidio aperto dodici ore",
        Some("Paolo Ferri"),
    ),
    // A trial's defendant is a role: a sentence about "l'imputato" nobody resolved leaves the
    // next dropped subject unknown, not the person met before.
    (
        "In aula c'era anche Carla Setti. La vedova ha detto: «Voglio la verità». L'imputato, che ha sempre respinto le accuse, ha ascoltato in silenzio. Nelle dichiarazioni spontanee aveva detto: «Era il mio migliore amico».",
        "Era il mio migliore amico",
        None,
    ),
    // "Rsu", the works council, is a body: "la delegata Rsu" is a role, not a person named Rsu.
    (
        "In fabbrica parla Giovanna Pedrotti, delegata Rsu, da trent'anni in reparto. Il presidio continua. «Andremo a Roma in pullman, tutti», assicura la delegata Rsu.",
        "Andremo a Roma in pullman, tutti",
        Some("Giovanna Pedrotti"),
    ),
    // A comma that closes a relative clause before the verb does not put its subject after it:
    // the antecedent before "che" is the subject, and the document after the verb its object.
    (
        "La partita si annuncia lunga. L'avvocato Paolo Rinaldi, che assiste venti candidati esclusi, annuncia il ricorso al Tar: «Chiederemo l'annullamento della graduatoria».",
        "Chiederemo l'annullamento della graduatoria",
        Some("Paolo Rinaldi"),
    ),
    // A bare generic noun takes up the document named last: past "si" ("Nel documento si parla
    // di"), and after one named as a source ("emerge dall'esposto").
    (
        "Un gruppo di candidati ha presentato un esposto alla Procura. Nel documento si parla di «un sistema rodato».",
        "un sistema rodato",
        Some("esposto"),
    ),
    (
        "È quanto emerge dall'esposto presentato da un gruppo di candidati esclusi. Nel documento si parla di «un sistema collaudato».",
        "un sistema collaudato",
        Some("esposto"),
    ),
    // A colon after a dropped subject's auxiliary that follows a fronted complement between
    // commas continues the speaker.
    (
        "Il ministro Marco Hollweg ha annunciato le dimissioni. Poi, in un'intervista al quotidiano pubblicata stamattina, ha rincarato la dose: «Questa coalizione ha smesso di governare».",
        "Questa coalizione ha smesso di governare",
        Some("Marco Hollweg"),
    ),
    // A possessive relative between commas ("il cui partito…") opens no clause of the colon's.
    (
        "Il premier uscente, Marco Bosmani, il cui partito perde undici seggi, ha riconosciuto la sconfitta con un breve discorso: «Gli elettori hanno parlato chiaro».",
        "Gli elettori hanno parlato chiaro",
        Some("Marco Bosmani"),
    ),
    // What one did no more than, quoted, is one's words.
    (
        "Berlino ha parlato di un partner affidabile. Parigi, invece, si è limitata a «prendere atto» del risultato.",
        "prendere atto",
        Some("Francia"),
    ),
    // "«…», è il messaggio che X ha affidato ai social": the subject of the relative clause that
    // the copula's noun of saying opens.
    (
        "I comitati torneranno a riunirsi in parrocchia. «Siamo solo all'inizio», è il messaggio che Rosaria Dell'Orto ha affidato ai social.",
        "Siamo solo all'inizio",
        Some("Rosaria Dell'Orto"),
    ),
    // A cleft that opens with an infinitive of saying and its "che" clause puts the speaker
    // after the copula.
    (
        "Il teatro resta chiuso. Ad assicurare che il Brunelli riaprirà «entro l'autunno del 2027» è stato, ancora una volta, l'assessore Marco Tedeschi.",
        "entro l'autunno del 2027",
        Some("Marco Tedeschi"),
    ),
    // A nationality after the words stands for the person the sentence before was about when
    // the text gave them no country and met nobody of that one.
    (
        "A trascinare il Vallescura è stato Tomas Brazaitis, autore di ventidue punti. Brazaitis, arrivato in estate, è rimasto a lungo in campo a firmare autografi. «Qui mi sento a casa», ha detto il lituano.",
        "Qui mi sento a casa",
        Some("Tomas Brazaitis"),
    ),
    // …and nobody when the text met someone else of that country: the adjective describes them.
    (
        "Ha vinto Tomas Brazaitis davanti al lituano Darius Kairys. Brazaitis ha alzato la coppa. «Qui mi sento a casa», ha detto il lituano.",
        "Qui mi sento a casa",
        Some("Darius Kairys"),
    ),
    // A sentence wholly inside the quotation keeps the sentence before its words the one the
    // description after them goes on from.
    (
        "A trascinare il Vallescura è stato Tomas Brazaitis, autore di ventidue punti. Brazaitis, arrivato in estate, è rimasto a lungo in campo a firmare autografi. «Qui mi sento a casa. La gente mi ferma per strada», ha detto il cestista.",
        "Qui mi sento a casa. La gente mi ferma per strada",
        Some("Tomas Brazaitis"),
    ),
    // Putting a figure on something is saying it, for a body as for a document.
    (
        "Nessun ferito, ma danni che la Provincia stima già «oltre il milione di euro».",
        "oltre il milione di euro",
        Some("Provincia"),
    ),
    // A body's kind, an adjective and a place are one name…
    (
        "Il Movimento civico Borgonuovo, infine, stima «perdite per almeno due milioni» nel solo centro storico.",
        "perdite per almeno due milioni",
        Some("Movimento civico Borgonuovo"),
    ),
    // …but not a person named after the body.
    (
        "Secondo il presidente dell'Autorità portuale Alfredo Marzano i lavori sono «in ritardo».",
        "in ritardo",
        Some("Alfredo Marzano"),
    ),
    // A plural noun is no subject of a singular auxiliary, nor an infinitive's object: the
    // fronted complement leaves the subject dropped, the speaker's before.
    (
        "La ct Anna Ferri ha difeso le sue scelte: «Rifarei tutto». Sull'ipotesi di cambiare i titolari ha tagliato corto: «Decido io».",
        "Decido io",
        Some("Anna Ferri"),
    ),
    (
        "La ct Anna Ferri ha difeso le sue scelte: «Rifarei tutto». Sulle voci di mercato che riguardano le titolari ha tagliato corto: «Decido io».",
        "Decido io",
        Some("Anna Ferri"),
    ),
    // Someone turning to the speaker just introduced, before a colon, leaves the words theirs.
    (
        "«Il campo ha detto la verità», ha commentato l'allenatore Piero Santucci uscendo dagli spogliatoi. Poi, incalzato sul futuro della squadra: «Resto, se la società lo vuole».",
        "Resto, se la società lo vuole",
        Some("Piero Santucci"),
    ),
    // A role's capitalised portfolio does not join the name after it, given names no list holds.
    (
        "«L'acqua è un diritto di ogni Stato rivierasco», ha replicato il ministro dell'Acqua Tjiuee Hamutenya.",
        "L'acqua è un diritto di ogni Stato rivierasco",
        Some("Tjiuee Hamutenya"),
    ),
    // …nor a body's name after an article ("la presidente della Fondazione Arte Viva").
    (
        "Ha parlato la presidente della Fondazione Arte Viva, che ha definito la mostra «un successo».",
        "un successo",
        None,
    ),
    // …but a body after a bare "di" is the body's name, not a portfolio before a name.
    ("«Il piano va ritirato», ha detto la capogruppo di Valdora Bene Comune.", "Il piano va ritirato", None),
    // An auxiliary that opens the sentence drops its subject: the name after an object verb is
    // its object, not a subject put after it.
    (
        "«Questo premio è di mia madre», ha detto la scrittrice Agnese Trovato. Ha poi ringraziato l'editore Matteo Ghiaia, «l'unico che ha creduto in me».",
        "l'unico che ha creduto in me",
        Some("Agnese Trovato"),
    ),
    // A relative clause after a comma, with an auxiliary of its own and no comma closing it
    // before the colon, owns the colon: its antecedent speaks, not the verb before it.
    (
        "Il consigliere Piero Santilli ha chiesto le dimissioni del direttore generale, Gianfranco Pace, che ha respinto le accuse: «Abbiamo ridotto le liste d'attesa».",
        "Abbiamo ridotto le liste d'attesa",
        Some("Gianfranco Pace"),
    ),
    (
        "La consigliera Marta Celli ha chiesto conto all'assessore Bruno Lodi, il quale ha replicato a muso duro: «I conti sono in ordine».",
        "I conti sono in ordine",
        Some("Bruno Lodi"),
    ),
    // A gerund's phrase that opens the sentence, the words it gives inside it, has the main
    // clause's subject after its comma.
    (
        "La Provincia ha fatto sapere di voler «andare fino in fondo». Pur ammettendo che «gli uffici hanno sbagliato», il presidente Aldo Ferri ha difeso i tecnici.",
        "gli uffici hanno sbagliato",
        Some("Aldo Ferri"),
    ),
    // A nationality's article tells the gender: "la norvegese" is not the Norwegian man met.
    (
        "Il direttore sportivo, il norvegese Lars Eriksen, ha parlato a lungo. Secondo lui la norvegese «può vincere il Giro».",
        "può vincere il Giro",
        Some("Lars Eriksen"),
    ),
    // A body in the genitive after a person's description qualifies it: "la quale" takes up the
    // description, resolved or not, never the body.
    (
        "«Ho sbagliato» ha ammesso la capitana della Virtus Lessona, la quale ha però definito la classifica «ancora apertissima».",
        "ancora apertissima",
        None,
    ),
    (
        "La capitana della Virtus Lessona, Anna Neri, ha parlato a lungo. «Ho sbagliato» ha ammesso la capitana della Virtus Lessona, la quale ha però definito la classifica «ancora apertissima».",
        "ancora apertissima",
        Some("Anna Neri"),
    ),
    // A participle's aside after the subject, closed by a comma before the verb, does not put
    // the subject after the verb.
    (
        "La bozza del regolamento, circolata ieri tra le commissioni, impegna la Regione a presentare un piano «entro l'estate».",
        "entro l'estate",
        Some("bozza del regolamento"),
    ),
    // A memorandum is a document that speaks.
    (
        "Il memorandum firmato a Lima, al punto 4, impegna le parti a «consultare le comunità locali».",
        "consultare le comunità locali",
        Some("memorandum"),
    ),
    // A given name opening the sentence before a capital's name is a person's full name, not
    // the given name alone and a country's government.
    (
        "Andrea Colombo ha diretto la seduta. «Non mi sento un traghettatore», ha detto.",
        "Non mi sento un traghettatore",
        Some("Andrea Colombo"),
    ),
    // A role noun of one deed in apposition ("autore di una doppietta") is no office that
    // another role after the words would contradict.
    (
        "Il migliore in campo è stato Luca Pagnotta, autore di una tripletta. «Dedico i gol a mio padre», ha detto l'attaccante.",
        "Dedico i gol a mio padre",
        Some("Luca Pagnotta"),
    ),
    // A title's noun with its complement before the comma still names the quotation that ends
    // the sentence.
    (
        "«È una festa per tutto il paese» ha detto il sindaco Carlo Ferri, sotto lo striscione con il motto della sagra, «Forza Valtorta».",
        "Forza Valtorta",
        None,
    ),
    // A contrast that opens with where the words come from ("mentre dall'Aia…") is a clause of
    // its own: the verb before it does not reach its words.
    (
        "Roma auspica «una soluzione rapida», ha fatto sapere ieri la Farnesina, mentre da Madrid è arrivato soltanto un laconico «nessun commento».",
        "nessun commento",
        None,
    ),
    // A captain is also a player of some position: a position after the words continues them.
    (
        "Negli spogliatoi il capitano Marco Fedeli ha parlato di «una rivincita». «Quella sconfitta ce la siamo portata dentro», ha ammesso il palleggiatore.",
        "Quella sconfitta ce la siamo portata dentro",
        Some("Marco Fedeli"),
    ),
    // A place after "di" and a person's full name after it are two names, though no comma
    // parts them; and after a place noun only a capitalised word right after it is the place's.
    (
        "Per il politologo dell'Università di Coimbra Javier Montoro, la partita è aperta. «Ha vinto nelle città», spiega.",
        "Ha vinto nelle città",
        Some("Javier Montoro"),
    ),
    (
        "Per la segretaria della Camera del lavoro di Valdora Giovanna Ricci, la partita è aperta. «Ha vinto nelle città», spiega.",
        "Ha vinto nelle città",
        Some("Giovanna Ricci"),
    ),
    // A name a preposition governs, then a comma and "e", opens a clause of its own; and
    // "quest'ultimo" after one person alone whom a preposition governs takes that person up.
    (
        "L'ex tecnico Davide Ruggeri ha salutato la squadra. Nel messaggio c'è un pensiero per il capitano Lorenzo Fabbri, e quest'ultimo ha ricambiato: «Il mister ci ha dato tutto».",
        "Il mister ci ha dato tutto",
        Some("Lorenzo Fabbri"),
    ),
    // A body's kind after the words ("ha fatto sapere il gruppo") is no description of the
    // person the sentence before was about.
    (
        "Il rapper Marco Vela ha confermato il concerto. Intanto ha annunciato il ritiro la band che doveva aprire la serata. «Non ce la sentiamo», ha fatto sapere il gruppo.",
        "Non ce la sentiamo",
        None,
    ),
    // A document in a relative clause of the sentence ("un piano che prevede…") is not whom the
    // next dropped subject goes on with: the sentence's subject is.
    (
        "La prefetta Antonella Crespi ha illustrato un piano di viabilità che prevede il potenziamento dei bus. Poi ha assicurato: «Nessun cittadino resterà solo».",
        "Nessun cittadino resterà solo",
        Some("Antonella Crespi"),
    ),
    // "La donna" is the one woman the sentence before named as its subject, though the paragraph
    // named another earlier.
    (
        "Al processo ha testimoniato anche la giudice Marta Pellegri. L'avvocata Franca Oldani ha \
         lasciato l'aula in silenzio. «Non è finita qui», ha detto la donna.",
        "Non è finita qui",
        Some("Franca Oldani"),
    ),
    // A subject after the verb and a phrase of where it was said is given, only not known: the
    // words are not the report's of the sentence before.
    (
        "Il verbale della polizia municipale parla di «condotta pericolosa» in centro. «Andavo \
         pianissimo», ha spiegato a Radio Valle il conducente.",
        "Andavo pianissimo",
        None,
    ),
    // Admitting is saying.
    (
        "L'allenatore Marco Sterzi ha perso la finale. «Abbiamo sbagliato troppo», ha riconosciuto \
         il tecnico.",
        "Abbiamo sbagliato troppo",
        Some("Marco Sterzi"),
    ),
    // A description after the verb goes on with the subject of two sentences before when the
    // sentence between met nobody.
    (
        "Carla Dossena, 41 anni, ha vinto il premio Lanterna con il suo terzo romanzo. La \
         cerimonia si è svolta in piazza davanti a mille persone. «Non me lo aspettavo», ha detto \
         la vincitrice.",
        "Non me lo aspettavo",
        Some("Carla Dossena"),
    ),
    // Not a role, which the sentence between may have been about without naming them.
    (
        "Al tavolo sedevano gli assessori allo Sport, Luca Ferri, e al Bilancio, Aldo Rota. Il \
         primo ha promesso nuovi impianti. «Entro l'anno», ha aggiunto. Il secondo ha chiesto \
         prudenza. «I conti sono stretti», ha spiegato l'assessore.",
        "I conti sono stretti",
        None,
    ),
    // A view opened by "per" and a body's kind before its name is the body's; two single words
    // joined by "e" after the kind are its name.
    (
        "Per il comitato Aria Pulita il nuovo piano del traffico è «un passo indietro».",
        "un passo indietro",
        Some("Aria Pulita"),
    ),
    (
        "Per l'associazione Pane e Rose, le mense scolastiche restano «un servizio da difendere».",
        "un servizio da difendere",
        Some("Pane e Rose"),
    ),
    // A role held in a union makes its bearer the one "la sindacalista" stands for
    // (`KIND @ WORD` in data/roles.txt); an engineer is none.
    (
        "«I salari sono fermi da anni», ha dichiarato la segretaria regionale della Cisl, Lucia \
         Bramante. Secondo la sindacalista, il contratto è «una presa in giro».",
        "una presa in giro",
        Some("Lucia Bramante"),
    ),
    (
        "L'ingegnere Paolo Resta ha presentato il progetto. «Ci vorranno due anni», ha aggiunto il \
         sindacalista.",
        "Ci vorranno due anni",
        None,
    ),
    // A description after a colon finds the one person its own sentence gave such a role in
    // apposition.
    (
        "Più cauto Ettore Mainardi, direttore del museo civico di Valsorda: per il dirigente la \
         nuova legge è «un salto nel buio».",
        "un salto nel buio",
        Some("Ettore Mainardi"),
    ),
    // After a body's kind, two words joined by a preposition of place or belonging are its name.
    (
        "«Vogliamo risposte sul cantiere», avverte in una nota l'associazione Genitori in Rete, che \
         riunisce le famiglie del quartiere.",
        "Vogliamo risposte sul cantiere",
        Some("Genitori in Rete"),
    ),
    // A noun of saying right after the quotation names its owner before any verb later in the
    // sentence: past a body's kind, or a word or two that qualify the noun.
    (
        "«Siamo stanchi di aspettare», è lo sfogo del comitato Genitori Attivi, che chiede un \
         incontro al sindaco.",
        "Siamo stanchi di aspettare",
        Some("Genitori Attivi"),
    ),
    (
        "«Prendiamo atto della sentenza», e' il commento a caldo dell'avvocata Lisa Ferretti, che \
         valuta il ricorso.",
        "Prendiamo atto della sentenza",
        Some("Lisa Ferretti"),
    ),
    // Past an article, the name is another noun's, not the owner of the noun of saying: the
    // judgement is not the minister's, her reform is.
    (
        "Il sindacato Fiom ha letto il testo. Severo il giudizio sulla riforma della ministra Carla \
         Fonti: «Un pasticcio senza coperture».",
        "Un pasticcio senza coperture",
        None,
    ),
    // A capital after "a" is where the antecedent of "che" is, not who speaks: the noun it
    // places is.
    (
        "Di tutt'altro tono la nota dell'ambasciata di Francia a Roma, che definisce l'accordo «un \
         passo avanti».",
        "un passo avanti",
        Some("Francia"),
    ),
    (
        "Nel pomeriggio è intervenuta l'ambasciata cinese ad Accra, che in una nota definisce la \
         moratoria «discriminatoria».",
        "discriminatoria",
        Some("ambasciata cinese"),
    ),
    // A role after the verb continues the subject of the sentence before though another woman
    // was met there, when she was met only after a preposition.
    (
        "La sindaca Carla Rinaldi ha perso la maggioranza. Anche l'assessore al Bilancio Piero Conti \
         ha chiesto il voto. La vicesindaca, Marta Gelli, avrebbe telefonato a Rinaldi già in \
         mattinata. «La giunta non è finita», ha detto poi la vicesindaca a Radio Valle.",
        "La giunta non è finita",
        Some("Marta Gelli"),
    ),
    // A headline's label is a surname of more than one word, "Dell'Orto", "Van Hoeck", when the
    // article names its bearer in full.
    (
        "Scuola, passa la riforma. Dell'Acqua: «Un regalo ai privati»\n\nIl deputato Franco \
         Dell'Acqua ha annunciato un referendum. «Raccoglieremo le firme», ha detto Dell'Acqua.",
        "Un regalo ai privati",
        Some("Franco Dell'Acqua"),
    ),
    // A department of a state named in full is what a later bare "il ministero" stands for.
    (
        "Il ministero degli Esteri cileno ha convocato l'ambasciatore argentino. In una nota diffusa \
         in serata, il ministero sostiene che Buenos Aires abbia «violato gli accordi».",
        "violato gli accordi",
        Some("ministero degli Esteri cileno"),
    ),
    // An age the text never gave is no one the sentence before made its subject for sure.
    (
        "Sul tornante Luca Ferrero è scivolato trascinando a terra due corridori. Davanti, intanto, \
         Jonas Lindqvist scendeva a tutta verso il traguardo. «Ho sentito la ruota partire», ha \
         raccontato il 26enne di Borgorosso dall'ambulanza.",
        "Ho sentito la ruota partire",
        None,
    ),
    // "e secondo cui" joins a second relative clause to the first one's antecedent.
    (
        "Di parere opposto la pm Carla Ferri, che ha seguito l'indagine con il collega Marco Testa e \
         secondo cui la perizia è «del tutto inattendibile».",
        "del tutto inattendibile",
        Some("Carla Ferri"),
    ),
    // "…, mentre" opens a clause with a subject of its own, which the colon closing it names;
    // "Mentre" opening the sentence is a clause before the main one.
    (
        "Il relatore Piero Galli ha parlato di «un passaggio rapido», mentre il presidente della \
         Camera, Ada Rinaldi, chiudendo la seduta ha richiamato i gruppi: «L'Aula è di tutti».",
        "L'Aula è di tutti",
        Some("Ada Rinaldi"),
    ),
    (
        "Mentre l'assessore Piero Galli sfogliava le carte, la sindaca Ada Rinaldi ha preso il \
         microfono: «Nessuno ha nascosto niente».",
        "Nessuno ha nascosto niente",
        Some("Ada Rinaldi"),
    ),
    // An acronym the text spelled out stands for its words: the secretary "del Siu", after "il
    // Sindacato infermieri uniti (Siu)", is a sindacalista.
    (
        "Davanti all'ospedale c'era il Sindacato autonomi tranvieri (Sat). «Turni da sedici ore», ha \
         gridato la segretaria provinciale del Sat, Ornella Pizzuti. Secondo la sindacalista \
         l'adesione ha toccato «l'ottanta per cento».",
        "l'ottanta per cento",
        Some("Ornella Pizzuti"),
    ),
    // "Quest'ultima" right after a sentence that named someone and then a description nobody
    // resolved is that description's bearer: nobody for sure, not the one named first.
    (
        "La consigliera Nuria Gállego resta al fianco del presidente. Gállego ha poi criticato in \
         aula la collega dimissionaria. Quest'ultima ha risposto sui social, accusandola di «fare \
         propaganda».",
        "fare propaganda",
        None,
    ),
    // "Dopo" before an article is a preposition of time, not a clause between the verb and its
    // subject.
    (
        "La riunione è finita tardi. «Abbiamo un accordo, non è perfetto». Lo ha annunciato poco \
         dopo le due di notte la presidente della Commissione, Ada Lindqvist.",
        "Abbiamo un accordo, non è perfetto",
        Some("Ada Lindqvist"),
    ),
    // A single word the text writes as a name inside a sentence is a name where it opens one.
    (
        "Al presidio c'è anche Ferronord, la società che gestisce la linea. Ferronord, in una nota, \
         parla di «polemiche strumentali».",
        "polemiche strumentali",
        Some("Ferronord"),
    ),
    // A nationality as a subject stands for the one person just named whose country the text
    // never gave…
    (
        "A fine gara il migliore in campo è stato Jonas Verbruggen, autore di 24 punti. Il belga, \
         visibilmente commosso, ha detto: «Questa vittoria è per la mia città».",
        "Questa vittoria è per la mia città",
        Some("Jonas Verbruggen"),
    ),
    // …not when two of that gender were just named,
    (
        "Mario Testa ha premiato Jonas Verbruggen, autore di 24 punti. Il belga ha detto: «Non me \
         lo aspettavo».",
        "Non me lo aspettavo",
        None,
    ),
    // …nor when the text gave the one just named another country.
    ("Ha vinto lo svedese Lars Holm, autore di 24 punti. Il belga ha detto: «Gara durissima».", "Gara durissima", None),
    // A colon after what the same speaker answers or does it for continues them.
    (
        "Luca Ferrandi si è presentato in sala stampa. «Non volevo colpire nessuno», ha detto. \
         Poi, quasi a chiudere il discorso: «Ho sbagliato io».",
        "Ho sbagliato io",
        Some("Luca Ferrandi"),
    ),
    (
        "La sindaca Ilaria Botta ha visitato la scuola. «I lavori finiranno in estate», ha detto. \
         E ancora, a chi le chiedeva dei costi: «Li copre la Regione».",
        "Li copre la Regione",
        Some("Ilaria Botta"),
    ),
    // "La rappresentante del governo" in a province is the prefect the text named.
    (
        "La prefetta di Borgo Lieto, Anna Rizzi, ha chiuso lo stadio per due turni. L'ordinanza \
         vieta anche la vendita di alcolici. «Non potevo aspettare un altro scontro», ha aggiunto \
         la rappresentante del governo.",
        "Non potevo aspettare un altro scontro",
        Some("Anna Rizzi"),
    ),
    // A body's name after its kind and a lower-case qualifier is the kind's, and names it later.
    (
        "L'associazione antiracket Mani Libere, costituita parte civile, in una nota parla di \
         «una giornata che restituisce dignità al paese».",
        "una giornata che restituisce dignità al paese",
        Some("Mani Libere"),
    ),
    // A year right after a club's name is the year it was founded, part of its name.
    (
        "Il gruppo organizzato Curva Granata 1974, in una nota, ha chiesto «rispetto per chi ha \
         dato tutto».",
        "rispetto per chi ha dato tutto",
        Some("Curva Granata 1974"),
    ),
    // A description after the verb takes up the one person the sentence before named when that
    // sentence had no subject of its own the rules resolved…
    (
        "Il mattatore della serata è stato Samuele Darnis, autore di una doppietta. «Dedico i gol \
         a mia nonna», ha detto l'attaccante ai nostri microfoni.",
        "Dedico i gol a mia nonna",
        Some("Samuele Darnis"),
    ),
    // …not when it named two.
    (
        "I migliori in campo sono stati Samuele Darnis e Marco Pieri. «Dedico i gol a mia \
         nonna», ha detto l'attaccante ai nostri microfoni.",
        "Dedico i gol a mia nonna",
        None,
    ),
    // The article before a nationality and a full name says the gender a given name borne by
    // both may guess wrong, and a surname alone met before is that full name's.
    (
        "Roma, vince la ceca. Battuta la statunitense Whitcombe\n\nMilena Strašková ha battuto in \
         finale la statunitense Jordan Whitcombe. «Ho pagato il secondo set», ha ammesso la \
         statunitense.",
        "Ho pagato il secondo set",
        Some("Jordan Whitcombe"),
    ),
    // Past a gerund, a noun phrase that stands for nobody is its object, not the subject.
    (
        "Il ministro Carlo Bertagna ha seguito la seduta. «È una giornata storica», ha detto \
         lasciando l'Aula.",
        "È una giornata storica",
        Some("Carlo Bertagna"),
    ),
    // "Il primo" and "il secondo" alone take up the two people a sentence just named…
    (
        "Protestano i consiglieri di opposizione Paola Ferri e Matteo Guarneri. «I titoli sono \
         gonfiati», sostiene la prima. Il secondo va oltre: «Andremo in procura».",
        "Andremo in procura",
        Some("Matteo Guarneri"),
    ),
    (
        "Protestano i consiglieri di opposizione Paola Ferri e Matteo Guarneri. «I titoli sono \
         gonfiati», sostiene la prima. Il secondo va oltre: «Andremo in procura».",
        "I titoli sono gonfiati",
        Some("Paola Ferri"),
    ),
    (
        "Il premier Tomasz Wilczek è comparso accanto al suo vice, Jan Sokolik. Il primo ha \
         invitato alla calma: «Aspettiamo i voti veri».",
        "Aspettiamo i voti veri",
        Some("Tomasz Wilczek"),
    ),
    // …not one of a pair whose gender the ordinal denies.
    (
        "Protestano i consiglieri Paolo Fabbri e Matteo Guarneri. «Andremo in procura», ha detto la \
         prima.",
        "Andremo in procura",
        None,
    ),
    // A body after a preposition and its article is a relative clause's antecedent too.
    (
        "Le opere erano assicurate con la Mutua Tirrena Assicurazioni, che in una nota fa sapere \
         di aver «già avviato le verifiche».",
        "già avviato le verifiche",
        Some("Mutua Tirrena Assicurazioni"),
    ),
    // A gesture frames words as a verb of saying does.
    (
        "Preoccupati gli albergatori. «Agosto è finito qui», allarga le braccia Salvatore \
         Cusumano, titolare dell'hotel Belvedere.",
        "Agosto è finito qui",
        Some("Salvatore Cusumano"),
    ),
    // "Così" names the words' owner past a complement between commas.
    (
        "La prefetta Annamaria Vitale ha coordinato i soccorsi. I vigili del fuoco lavorano ancora. \
         «Nessuno rientri prima di domani». Così, poco prima di mezzanotte, la prefetta.",
        "Nessuno rientri prima di domani",
        Some("Annamaria Vitale"),
    ),
    // A chancellor heads the government: "il capo del governo" takes them up.
    (
        "Secca la risposta del cancelliere Lukas Weißenbacher. «Nessun ricatto», ha replicato il \
         capo del governo in conferenza stampa.",
        "Nessun ricatto",
        Some("Lukas Weißenbacher"),
    ),
    // "La giovane" alone stands for the young woman just named, as "la donna" does.
    (
        "«Resteremo qui», spiega Giulia Arcangeli, 22 anni, studentessa di Filosofia. Secondo la \
         giovane, l'aumento delle tasse «colpisce la fascia media».",
        "colpisce la fascia media",
        Some("Giulia Arcangeli"),
    ),
    // "Quanto a X," before the words continues the speaker, as a colon after it does.
    (
        "La rettrice Maria Grazia Solmi ha ricevuto gli studenti. «Gli aumenti riguardano solo le \
         fasce alte», ha detto. Quanto alla biblioteca, «la chiusura serale è temporanea».",
        "la chiusura serale è temporanea",
        Some("Maria Grazia Solmi"),
    ),
    // An age in words is the one the text gave in figures: "il cinquantunenne" is 51.
    (
        "Al presidio ci sono Marco Ferlini, 38 anni, e Luca Bortone, 51 anni. «Resteremo qui \
         finché serve», ha detto il cinquantunenne. «Abbiamo famiglie», ha aggiunto il trentottenne.",
        "Resteremo qui finché serve",
        Some("Luca Bortone"),
    ),
    (
        "Al presidio ci sono Marco Ferlini, 38 anni, e Luca Bortone, 51 anni. «Resteremo qui \
         finché serve», ha detto il cinquantunenne. «Abbiamo famiglie», ha aggiunto il trentottenne.",
        "Abbiamo famiglie",
        Some("Marco Ferlini"),
    ),
    (
        "Parlano Sara Lenti, 23 anni, e Irene Dossi, 36 anni. «Non ci fermiamo», dice la \
         trentaseienne.",
        "Non ci fermiamo",
        Some("Irene Dossi"),
    ),
    // "Lui" with no subject of its gender to take up and two men met in the sentence before:
    // either, so nobody for sure (not the one met last).
    (
        "La pm Anna Russo ha lasciato l'aula. Sulle scale ha incrociato l'avvocato Piero Sala, \
         che difende Mario Conti. Lui ha parlato di «un esito che non condividiamo».",
        "un esito che non condividiamo",
        None,
    ),
    // A noun of saying's participle with its complements before the agent.
    (
        "Il partito ha perso tre seggi. «Un risultato sotto le attese» è il commento affidato a \
         una nota da Stefano Guidotti, segretario del partito.",
        "Un risultato sotto le attese",
        Some("Stefano Guidotti"),
    ),
    // A run of capitalised words after "la" is a company's name, which "l'azienda" takes up when
    // the text named no company by its kind or legal form.
    (
        "Sciopero al magazzino. La Rapidex Italia ha diffuso una nota nel pomeriggio. «Applichiamo il \
         contratto nazionale», precisa l'azienda.",
        "Applichiamo il contratto nazionale",
        Some("Rapidex Italia"),
    ),
    (
        "Le opere erano assicurate con la Mutua Tirrena Assicurazioni. «Restiamo a disposizione \
         del Comune», precisa la compagnia.",
        "Restiamo a disposizione del Comune",
        Some("Mutua Tirrena Assicurazioni"),
    ),
    // A union's name after "della" is no company's ("della Filt Cgil"): its officers are
    // sindacalisti (data/roles.txt).
    (
        "Il delegato della Filt Cgil ha protestato. La Rapidex Italia ha risposto con una nota. \
         «I numeri sono falsi», precisa l'azienda.",
        "I numeri sono falsi",
        Some("Rapidex Italia"),
    ),
    // Not after "il" (an event, a club), nor one a place's word opens.
    (
        "Il Rocca Sound Festival ha cancellato il concerto. «Non ce la sentiamo», ha fatto sapere la \
         società.",
        "Non ce la sentiamo",
        None,
    ),
    ("La Curva Nord ha esposto uno striscione. «Vogliamo chiarezza», ha detto la società.", "Vogliamo chiarezza", None),
    // Several of a kind are no one body.
    (
        "La Ferrotecnica Lariana passa al gruppo tedesco Kessler-Brandt. Nel comunicato, le due \
         società parlano di «un'operazione che rafforza la presenza industriale».",
        "un'operazione che rafforza la presenza industriale",
        None,
    ),
    // A verb of saying with an adverb inside its locution ("parla anche di") ends a document's
    // name: the document is its subject, not someone before it.
    (
        "«Ogni euro è documentato», ha assicurato l'assessora Claudia Brivio. Il rapporto parla \
         anche di «una progettazione carente».",
        "una progettazione carente",
        Some("rapporto"),
    ),
    // In a sentence all in capitals, a capitalised run is no name for sure.
    ("INCENDI: VALLONE, COMANDANTE VVF: «ORE DECISIVE»\nIl fuoco avanza.", "ORE DECISIVE", None),
    // A person right after "di" is not the role's bearer: "il difensore di X" is someone else.
    (
        "Di tutt'altro avviso il difensore di Renzo Galli, l'avvocato Piero Sassi: «Sono solo indizi».",
        "Sono solo indizi",
        Some("Piero Sassi"),
    ),
    // A verb after a complement it fronts, or opening the sentence, puts its subject after it.
    (
        "Ai sindaci ha risposto in serata l'assessora al Bilancio, Lucia Merlo, assicurando che \
         l'incontro «si farà».",
        "si farà",
        Some("Lucia Merlo"),
    ),
    // A name right before the colon, after the clause's own subject, is the verb's object.
    (
        "Il presidente Gianni Rota ha confermato l'allenatore Ivo Sala: «Non cambio tecnico».",
        "Non cambio tecnico",
        Some("Gianni Rota"),
    ),
    // A gerund's subject comes before the main verb; a dropped one is carried.
    (
        "L'allenatore Ivo Sala ha parlato in sala stampa. Ha poi difeso la scelta di lasciare fuori \
         il capitano Mirco Bassi, definendola «tecnica».",
        "tecnica",
        Some("Ivo Sala"),
    ),
    // A relative clause after an apposition between commas is the person's…
    (
        "Più duro Aldo Neri, presidente del comitato Vivere Borgo, che parla di «porte chiuse».",
        "porte chiuse",
        Some("Aldo Neri"),
    ),
    // …and so is one whose verb comes after a gerund's phrase.
    (
        "Più prudente Sara Bini, rappresentante degli studenti, che pur condividendo la protesta \
         invita a «non esagerare».",
        "non esagerare",
        Some("Sara Bini"),
    ),
    // "Dirsi": a government declares itself, and speaks for its country.
    (
        "Il governo portoghese si è detto «pronto a collaborare» sul corridoio atlantico.",
        "pronto a collaborare",
        Some("Portogallo"),
    ),
    // A noun right after a subordinate clause's verb is its object, not another subject…
    (
        "Il sindaco scherzava, mentre l'assessora Bice Orlandi definiva il bando «un pasticcio».",
        "un pasticcio",
        Some("Bice Orlandi"),
    ),
    // "secondo cui" points back to a person after "a" ("affidata alla portavoce X, secondo cui"),
    (
        "La replica è stata affidata al portavoce Ruben Sala, secondo cui la gara è «regolare».",
        "regolare",
        Some("Ruben Sala"),
    ),
    // …not to a place after "a", which is where, nor to a "di" complement, which qualifies the
    // noun before it,
    (
        "È arrivata una nota del consolato a Lione, secondo cui i visti sono «in ritardo».",
        "in ritardo",
        Some("nota del consolato"),
    ),
    // …and past an apposition between commas to the person it describes.
    (
        "Di parere opposto Carla Mori, docente di Statistica a Pavia e tra i firmatari dell'appello, \
         secondo cui i numeri sono «sottostimati».",
        "sottostimati",
        Some("Carla Mori"),
    ),
    // A subject after the verb that nobody resolved is not the one before.
    (
        "La sindaca Nora Bassi ha chiuso il parco. «Era inevitabile», ha aggiunto la responsabile \
         della sicurezza.",
        "Era inevitabile",
        None,
    ),
    // A document speaks through a verb of its own, not one its name swallows.
    (
        "La sentenza rileva che il contratto conteneva «clausole vessatorie» e che Rino Fabbri \
         lo sapeva.",
        "clausole vessatorie",
        Some("sentenza"),
    ),
    // A broader role word stands for someone introduced with a narrower one ("il manager" for
    // the managing director), never the reverse.
    (
        "L'amministratore delegato di Ferrotech, Ivo Barsanti, ha presentato il piano. «I numeri \
         parlano da soli», ha detto il manager.",
        "I numeri parlano da soli",
        Some("Ivo Barsanti"),
    ),
    (
        "Il manager di Ferrotech, Ivo Barsanti, ha presentato il piano. «I numeri parlano da \
         soli», ha detto l'amministratore delegato.",
        "I numeri parlano da soli",
        None,
    ),
    // An age before a role ("il trentottenne consigliere") is part of the description.
    (
        "Lo sfidante, Elio Marangoni, si è fermato al 40 per cento. Il trentottenne consigliere \
         ha però avvertito che la partita è «appena cominciata».",
        "appena cominciata",
        Some("Elio Marangoni"),
    ),
    // A body spelled out before its acronym in brackets speaks, and the acronym names it later.
    (
        "L'Unione italiana gestori di rifugi (Uigr) ha scritto al ministero. Più tardi l'Uigr ha \
         ribadito che le tariffe sono «ferme da dieci anni».",
        "ferme da dieci anni",
        Some("Unione italiana gestori di rifugi"),
    ),
    // A name, a title or a term in quotation marks is nobody's words.
    ("L'assessora Lia Bottoni ha presentato l'app «Parcheggia facile», che sarà gratuita.", "Parcheggia facile", None),
    ("Il sindaco Nino Arcuri ha spiegato che il cosiddetto «bonus facciate» resterà fermo.", "bonus facciate", None),
    // Somebody in particular is no speaker to carry.
    ("Il preside Elio Raso ha chiuso l'aula. Sulla porta qualcuno ha scritto «Vergogna».", "Vergogna", None),
    // A cleft puts the subject after the copula, a role in apposition before the name.
    (
        "A chiudere il convegno è stato il decano, Alvise Tognon. «Ripartiamo dai giovani», ha \
         commentato.",
        "Ripartiamo dai giovani",
        Some("Alvise Tognon"),
    ),
    // Agency copy breaks a line inside a sentence; the next line goes on with the speaker.
    (
        "(NORDPRESS) - TORINO, 5 GIU - \"I cantieri ripartono lunedì, come previsto dal \
         cronoprogramma concordato con le imprese\". Lo ha detto il\nsindaco Lino Ferraris.",
        "I cantieri ripartono lunedì, come previsto dal cronoprogramma concordato con le imprese",
        Some("Lino Ferraris"),
    ),
    // An agency's sign-off is nobody's subject, and "È quanto sostiene X" puts X after.
    (
        "Il treno è ripartito alle 9. (NORDPRESS).\n\"Serve un piano\". E' quanto sostiene il \
         comitato Pendolari Uniti.",
        "Serve un piano",
        Some("Pendolari Uniti"),
    ),
    // Words interpolated between dashes inside a quotation name its speaker.
    (
        "«Il bilancio — spiega l'assessore Bruno Zanin — è in ordine, nonostante i tagli».",
        "Il bilancio — spiega l'assessore Bruno Zanin — è in ordine, nonostante i tagli",
        Some("Bruno Zanin"),
    ),
    // A quotation alone continues the one the sentence before is about, even without a verb of
    // saying there.
    (
        "Il capitano Dario Ferri si è preso la sua parte di colpa. «Abbiamo sbagliato tutti».",
        "Abbiamo sbagliato tutti",
        Some("Dario Ferri"),
    ),
    // A pronoun: quest'ultima is the person named last.
    (
        "Il rettore Mario Bellocchi ha ricevuto la preside Gianna Morello. Quest'ultima ha \
         assicurato che la scuola «non chiuderà».",
        "non chiuderà",
        Some("Gianna Morello"),
    ),
    // A dropped subject is the previous sentence's subject, not the last name in it.
    (
        "La presidente Carla Vinci ha sostituito il tesoriere Aldo Renzi. Ha poi detto che la \
         decisione è stata «inevitabile».",
        "inevitabile",
        Some("Carla Vinci"),
    ),
    // A subordinate clause before the subject names someone else.
    (
        "Mentre il Consorzio rinviava la gara, il sindaco Pietro Lanza ha dichiarato che i lavori \
         saranno «pagati dal Comune».",
        "pagati dal Comune",
        Some("Pietro Lanza"),
    ),
    // A relay is not the speaker.
    (
        "Secondo quanto riportato dall'agenzia Italnotizie, la ministra Rita Colonna avrebbe \
         definito la norma «provvisoria».",
        "provvisoria",
        Some("Rita Colonna"),
    ),
    // The medium a speaker talked to is not the speaker.
    (
        "«Non mi ricandido», ha detto al quotidiano La Sentinella il senatore Ugo Ferrini.",
        "Non mi ricandido",
        Some("Ugo Ferrini"),
    ),
    // A wire dateline names where the copy was filed.
    (
        "(NORDPRESS) - VIENNA, 4 APR - Il sindaco di Lerzo, Franco Albani, ha chiesto «più treni».",
        "più treni",
        Some("Franco Albani"),
    ),
    // A relative clause: la quale refers back.
    (
        "È intervenuta la questora Marta Silvestri, la quale ha definito la piazza «tranquilla».",
        "tranquilla",
        Some("Marta Silvestri"),
    ),
    // The speaker after the quotation.
    (
        "I posti letto sono «raddoppiati». Lo ha annunciato ieri l'assessore Enzo Pagliari.",
        "raddoppiati",
        Some("Enzo Pagliari"),
    ),
    // A quotation alone continues the speaker just introduced.
    (
        "Il capitano Dario Mele ha parlato dopo la partita. «Abbiamo meritato di perdere».",
        "Abbiamo meritato di perdere",
        Some("Dario Mele"),
    ),
    // A headline's surname, resolved through the quotation the body repeats.
    (
        "Ruggeri: «Il teatro riapre»\n\n«Il teatro riapre a ottobre», ha annunciato la direttrice \
         Paola Ruggeri.",
        "Il teatro riapre",
        Some("Paola Ruggeri"),
    ),
    // A colon closes its clause's subject's words.
    ("La pilota Irene Sala ha preferito sorridere: «Domani si vince».", "Domani si vince", Some("Irene Sala")),
    // A document states.
    (
        "Il bando pubblicato ieri stabilisce che le domande arrivino «entro il 30 giugno».",
        "entro il 30 giugno",
        Some("bando"),
    ),
    // An object is not the subject of a verb that takes one.
    ("Il presidente Lino Carrara ha elogiato il portiere Sandro Vitti, «un muro».", "un muro", Some("Lino Carrara")),
    // A country's adjective as a noun introduces a person.
    (
        "Ha vinto l'olandese Joris Beekman. «Una giornata perfetta», ha detto Beekman.",
        "Una giornata perfetta",
        Some("Joris Beekman"),
    ),
    // A country's adjective as a noun after a singular article describes the one person the
    // text gave that country, here by introducing them with it after a preposition's article…
    (
        "Il francese Hugo Marchand ha chiuso davanti allo spagnolo Iñigo Larrea. «Le gambe non \
         giravano», ha detto lo spagnolo.",
        "Le gambe non giravano",
        Some("Iñigo Larrea"),
    ),
    // …nobody when the text gave it to two people (not the last one met, nor the subject before),
    (
        "Lo spagnolo Iñigo Larrea ha preceduto lo spagnolo Pau Serra e il francese Hugo Marchand. \
         «Abbiamo corso bene», ha detto lo spagnolo.",
        "Abbiamo corso bene",
        None,
    ),
    // …and nobody when it gave it to none.
    (
        "Il francese Hugo Marchand ha vinto la tappa. «Una vittoria meritata», ha commentato il tedesco.",
        "Una vittoria meritata",
        None,
    ),
    // A colon or a semicolon ends a clause: the subject after it is the verb's…
    (
        "Lisbona non è sola: anche Atene ha parlato di «una scelta miope» e chiede tempo.",
        "una scelta miope",
        Some("Grecia"),
    ),
    // …as is the subject of a clause coordinated after a comma,
    (
        "L'assessora Nadia Ferro ha lasciato la sala, e il consigliere Ugo Salvi ha definito la seduta \
         «una farsa».",
        "una farsa",
        Some("Ugo Salvi"),
    ),
    // …while a coordinated verb without a subject of its own keeps the sentence's.
    (
        "L'assessora Nadia Ferro ha lasciato la sala, e ha definito la seduta «una farsa».",
        "una farsa",
        Some("Nadia Ferro"),
    ),
    // A government "of" a country is that country,
    (
        "Il governo dei Paesi Bassi ha chiesto di «rinviare il voto» sul bilancio.",
        "rinviare il voto",
        Some("Paesi Bassi"),
    ),
    // …but not a government of something else, which is named in full,
    ("Il governo della Regione ha parlato di «un errore».", "un errore", Some("governo della Regione")),
    // …as is a ministry by its department and its country.
    (
        "Il ministero degli Esteri cileno ha ribadito il «pieno sostegno» alla missione.",
        "pieno sostegno",
        Some("ministero degli Esteri cileno"),
    ),
    // A report relays the words of the subject of the clause it attributes…
    (
        "Secondo quanto riportato dall'agenzia NORDPRESS, il governo austriaco starebbe valutando di \
         «ricorrere alla Corte».",
        "ricorrere alla Corte",
        Some("Austria"),
    ),
    // …and is the source itself when that clause names nobody,
    (
        "Secondo quanto riferito dall'agenzia NORDPRESS, la trattativa sarebbe «a un passo dalla firma».",
        "a un passo dalla firma",
        Some("NORDPRESS"),
    ),
    // …while what someone declared is theirs.
    (
        "Secondo quanto dichiarato dall'assessore Franco Dalmasso, il cantiere chiuderà «entro giugno».",
        "entro giugno",
        Some("Franco Dalmasso"),
    ),
    // Precision first: a subject nobody resolved right before the verb is not the one carried
    // from the sentence before…
    (
        "Il ministro Aldo Ferretti ha lasciato il vertice. In serata la cancelleria ha fatto sapere \
         che l'intesa «non è in discussione».",
        "non è in discussione",
        None,
    ),
    // …but a preposition's noun is no subject.
    (
        "Il ministro Aldo Ferretti ha lasciato il vertice. Al termine della riunione ha detto che l'intesa \
         «non è in discussione».",
        "non è in discussione",
        Some("Aldo Ferretti"),
    ),
    // A noun that is also a verb of saying ("la replica", "una risposta") says nothing: the
    // speaker is the one "secondo il quale" points back to, not the subject before.
    (
        "Il presidente del comitato, Sergio Bellandi, ha chiesto di «fermare i lavori». La replica è \
         arrivata in serata dall'assessore regionale alla Montagna, Paolo Ricci, secondo il quale \
         «nessuno nega il problema».",
        "nessuno nega il problema",
        Some("Paolo Ricci"),
    ),
    // A public body by its common noun, capitalised (`data/bodies.txt`), even opening the sentence,
    (
        "Il viadotto resta chiuso. La Provincia, proprietaria della strada, ha fatto sapere che i lavori \
         costeranno «circa due milioni».",
        "circa due milioni",
        Some("Provincia"),
    ),
    // …with its place,
    ("Ieri la Procura di Vercelli ha definito il caso «complesso».", "complesso", Some("Procura di Vercelli")),
    // …but not in lower case.
    ("La provincia ha definito il caso «complesso».", "complesso", None),
    // A gerund's subject is the main clause's, not the subject of the clause it introduces.
    (
        "L'assessore Piero Gallo ha difeso la manovra, ricordando come la Regione abbia «tagliato i fondi».",
        "tagliato i fondi",
        Some("Piero Gallo"),
    ),
    // A verb of saying in a subordinate clause before the main one is not the quotation's: the
    // main clause's subject, whose clause the colon closes, speaks.
    (
        "Dopo che la Regione aveva chiesto un tetto ai prezzi, il portavoce della compagnia, Fabio \
         Sanna, ha respinto le accuse: «Nessun cartello».",
        "Nessun cartello",
        Some("Fabio Sanna"),
    ),
    // Precision first: a surname two people share means neither.
    (
        "Il sindaco Carlo Pini ha incontrato il fratello Luca Pini. «Serve pazienza», ha detto Pini.",
        "Serve pazienza",
        None,
    ),
    // Precision first: one capitalised word that is no person names nobody.
    ("«Il ponte resterà chiuso», ha fatto sapere Valmarina.", "Il ponte resterà chiuso", None),
    // A scare quote with no one to say it.
    ("Il cosiddetto «tesoretto» è finito nel bilancio.", "tesoretto", None),
    // A role's complements joined by "e" are still its phrase.
    (
        "«Il piano è pronto», ha detto il ministro delle Infrastrutture e dei Trasporti, Ruggero Fantin.",
        "Il piano è pronto",
        Some("Ruggero Fantin"),
    ),
    // A description that names a country is nobody met with another country's role.
    (
        "Il portavoce del governo greco, Nikos Vlachos, ha ribadito la linea. Il portavoce del ministero \
         degli Esteri turco ha replicato: «Nessuna concessione».",
        "Nessuna concessione",
        None,
    ),
    // A relative clause's antecedent speaks, even after a preposition; never the main subject.
    (
        "Il sindaco Aldo Rota ha telefonato al collega Piero Sanna, che ha definito la situazione \
         «sotto controllo».",
        "sotto controllo",
        Some("Piero Sanna"),
    ),
    // …and nobody when the antecedent is a description nobody introduced.
    (
        "Il presidente americano ha telefonato al premier canadese, che ha definito le sanzioni «necessarie».",
        "necessarie",
        None,
    ),
    // Welcoming something "come «…»" is saying it.
    (
        "Il portavoce del club, Ivo Sanna, ha salutato la promozione come «un giorno storico».",
        "un giorno storico",
        Some("Ivo Sanna"),
    ),
    // What is read in a document is the document's…
    (
        "«Il piano è pronto», si legge in una nota del consorzio Acque Chiare.",
        "Il piano è pronto",
        Some("nota del consorzio Acque Chiare"),
    ),
    (
        "«Nessun rischio», si legge nel comunicato della Prefettura.",
        "Nessun rischio",
        Some("comunicato della Prefettura"),
    ),
    // …and nobody's when read on a banner, whoever spoke before.
    ("Il sindaco Aldo Rota ha parlato in piazza. Su uno striscione si leggeva «Qui si resta».", "Qui si resta", None),
    // A description that names another portfolio is nobody met with a role of their own.
    (
        "Il ministro della Salute, Renato Colli, ha firmato il decreto. «Le scorte bastano», ha \
         dichiarato il ministro delegato all'Agricoltura.",
        "Le scorte bastano",
        None,
    ),
    // A portfolio the description shares with the role it was met with still stands for them.
    (
        "Il ministro dell'Agricoltura, Tullio Bregant, ha firmato il decreto. «Le scorte bastano», ha \
         dichiarato il ministro dell'Agricoltura.",
        "Le scorte bastano",
        Some("Tullio Bregant"),
    ),
    // A bare role in a paragraph that has another subject is not someone named paragraphs before…
    (
        "Il portavoce del comune, Ettore Lasagni, ha confermato la chiusura.\n\nDalla Regione la \
         risposta è arrivata in serata. La Protezione civile ha diffuso una nota. «Nessun rischio», ha \
         detto il portavoce.",
        "Nessun rischio",
        None,
    ),
    // …but still the one named there, when the paragraph has no other subject.
    (
        "Il portavoce del comune, Ettore Lasagni, ha confermato la chiusura.\n\nNel pomeriggio il \
         cantiere è stato chiuso. «Nessun rischio», ha detto il portavoce.",
        "Nessun rischio",
        Some("Ettore Lasagni"),
    ),
    // "Quest'ultimo" after two people named in its sentence is the latter,
    (
        "Il rettore Piero Valsecchi ha sentito al telefono il collega Mario Ferrini: quest'ultimo, \
         secondo fonti dell'ateneo, gli avrebbe detto che la sede resterà «aperta tutto l'anno».",
        "aperta tutto l'anno",
        Some("Mario Ferrini"),
    ),
    // …and the first surname of a Spanish name names its bearer alone.
    (
        "La ministra della Salute, Carmen Ruiz Otero, ha visitato l'ospedale. In serata Ruiz ha \
         detto che i posti letto sono «sufficienti».",
        "sufficienti",
        Some("Carmen Ruiz Otero"),
    ),
    // Two capitalised words or more in quotation marks right after a word that is no verb of
    // saying are a name, nobody's words,
    ("Il consigliere di «Lago Vivo» Aldo Pezzana attacca: «Il bilancio è un libro dei sogni».", "Lago Vivo", None),
    // …as is a quotation right after a petition.
    (
        "La presidente Irma Callegari ha annunciato la petizione «Salviamo il torrente», che ha già \
         raccolto mille firme.",
        "Salviamo il torrente",
        None,
    ),
    // A clause opened by an indefinite noun phrase has a subject, unnamed: not the one before,
    (
        "Il direttore Renato Spina ha difeso il piano. Uno dei dipendenti, in fabbrica da trent'anni, \
         ha raccontato di averlo saputo «dalla radio».",
        "dalla radio",
        None,
    ),
    // …and a quotation standing alone after a document's words is nobody's the text names.
    (
        "La delibera approvata ieri dalla giunta stabilisce che i lavori partano «entro giugno». \
         «Vigileremo giorno per giorno». Firmato, il comitato di quartiere.",
        "Vigileremo giorno per giorno",
        None,
    ),
    // A name before a colon is the speaker, not an object, when a line break or a colon parts it
    // from the name before: two headline lines of wire copy.
    (
        "Spagna: incendio in un deposito, due feriti lievi\nViminale: «Nessun pericolo per i residenti»\n\
         (AGN) - ROMA, 3 MAR - Un incendio è scoppiato in un deposito\nalla periferia di Siviglia.",
        "Nessun pericolo per i residenti",
        Some("Italia"),
    ),
    // "La quale" takes up the nearest name before it whose gender agrees: not "al Comune".
    (
        "A chiarire i tempi è la nota tecnica della Provincia inviata ieri al Comune, secondo la \
         quale il tetto era «già lesionato».",
        "già lesionato",
        Some("nota tecnica della Provincia"),
    ),
    // "Rendere noto" is a verb of saying: "«…». Lo rende noto X".
    (
        "«Il servizio riprenderà lunedì». Lo rende noto l'assessora Giulia Ferretti in una nota.",
        "Il servizio riprenderà lunedì",
        Some("Giulia Ferretti"),
    ),
    // An unnamed voice "di" a body or state the gazetteer knows speaks for it.
    ("«Nessun rinvio», fa sapere un portavoce di Palazzo Chigi.", "Nessun rinvio", Some("Italia")),
    // A headline's short name of a body is the one body below whose name goes on from it.
    (
        "L'Asl: «Nessun rischio per la salute»\n\nIn serata è arrivata una nota dell'Asl Valle \
         Orba, secondo cui i valori sono «nella norma».",
        "Nessun rischio per la salute",
        Some("Asl Valle Orba"),
    ),
    // A given name alone is the one person met by their full name who bears it.
    (
        "«Non chiediamo favori», dice Giulia Ferrante, rappresentante degli studenti. La preside \
         Anna Conti ha risposto con una circolare. «Domani torniamo qui», promette Giulia.",
        "Domani torniamo qui",
        Some("Giulia Ferrante"),
    ),
    // …and nobody when two bear it.
    (
        "«Non chiediamo favori», dice Giulia Ferrante.\n\nGiulia Moretti, sua compagna di classe, \
         annuisce.\n\n«Domani torniamo qui», promette Giulia.",
        "Domani torniamo qui",
        None,
    ),
    // Granting the reporters a few words is saying them.
    (
        "Il sindaco Aldo Ferretti ha lasciato l'aula senza fermarsi, concedendo ai cronisti soltanto \
         un «ne parleremo domani».",
        "ne parleremo domani",
        Some("Aldo Ferretti"),
    ),
    // An age as a noun ("il diciassettenne") is the one person of that gender named since the
    // sentence before began,
    (
        "«Vogliamo lezioni normali», dice Matteo Girardi, rappresentante d'istituto. Il \
         diciassettenne racconta che una compagna «si è sentita male».",
        "si è sentita male",
        Some("Matteo Girardi"),
    ),
    // …and nobody when there were several.
    (
        "Bronzo anche per Paolo Serra, alle spalle del britannico Tom Reed e dell'olandese Bram \
         Vink. «Un terzo posto che vale oro», taglia corto il ventenne.",
        "Un terzo posto che vale oro",
        None,
    ),
    // A common noun the lexicon has no role for, written before a person's name, stands for
    // them when it comes back with a definite article,
    (
        "La viticoltrice Anna Berti ha perso l'intero raccolto. Il sindaco ha chiesto lo stato di \
         calamità. «Non è rimasto nulla», racconta la viticoltrice.",
        "Non è rimasto nulla",
        Some("Anna Berti"),
    ),
    // …as does one in apposition after the name,
    (
        "Anna Berti, viticoltrice, ha perso l'intero raccolto. «Non è rimasto nulla», racconta la \
         viticoltrice.",
        "Non è rimasto nulla",
        Some("Anna Berti"),
    ),
    // …but not when two people were introduced with it,
    (
        "La viticoltrice Anna Berti e la viticoltrice Carla Mei hanno perso il raccolto. «Non è \
         rimasto nulla», racconta la viticoltrice.",
        "Non è rimasto nulla",
        None,
    ),
    // …nor when it introduces a name of its own.
    (
        "La viticoltrice Anna Berti ha perso il raccolto. «Non è rimasto nulla», racconta la \
         viticoltrice Carla Mei.",
        "Non è rimasto nulla",
        Some("Carla Mei"),
    ),
    // A relative clause's subject is its antecedent: one nobody resolved is nobody, not the
    // speaker carried from before.
    (
        "La sindaca Carla Benassi ha parlato di «una giornata storica». Più cauto il comitato dei \
         residenti, che in una nota fa sapere di considerare la sentenza «solo un primo passo».",
        "solo un primo passo",
        None,
    ),
    // A headline's topic before a comma is a label, not the subject of the name before the colon.
    (
        "Discarica Tresinaro, Marchetto: «Riapriremo entro lunedì»\n\nIl geometra Livio Marchetto ha \
         seguito i lavori per tutta la notte.",
        "Riapriremo entro lunedì",
        Some("Livio Marchetto"),
    ),
    // "lo stesso" before a name is "himself": the name's (here one the text never gave in full,
    // so nobody for sure), not the last man met.
    (
        "Paolo Serra ha vinto la discesa. «Sto bene». Ad assicurarlo è stato lo stesso Bellini in \
         serata.",
        "Sto bene",
        None,
    ),
    // So is a name that opens with a particle.
    (
        "Il ministro delle Finanze, Joost van Dalen, ha definito la proposta «un libro dei sogni». \
         Il commissario Lorenzo Ferrandi l'ha difesa. Secondo quanto riferisce l'agenzia \
         fiamminga Vlaams Persbureau, lo stesso van Dalen avrebbe confidato ai colleghi che «un \
         accordo non è realistico».",
        "un accordo non è realistico",
        Some("Joost van Dalen"),
    ),
    // An unnamed voice of a government speaks for its country,
    (
        "Un portavoce del governo keniano, citato da una radio locale, ha definito gli aiuti \
         «indispensabili ma lenti».",
        "indispensabili ma lenti",
        Some("Kenya"),
    ),
    // …and one of a body the text names in two words or more, for that body.
    (
        "Un portavoce della Fondazione Ripamonti ha assicurato che il museo «riaprirà a maggio».",
        "riaprirà a maggio",
        Some("Fondazione Ripamonti"),
    ),
    // A sentence that gives someone's view ("secondo X") or words ("le parole di X") is about
    // them: a dropped subject after it is theirs,
    (
        "«Serve aiuto», ha detto la prefetta Laura Conti. Secondo il sindaco Aldo Ferretti, i \
         danni sarebbero ingenti, soprattutto in collina. «Tre ponti e la scuola».",
        "Tre ponti e la scuola",
        Some("Aldo Ferretti"),
    ),
    (
        "Kevin Adjei ha segnato due gol. «È un sogno», ha detto. In chiusura le parole del \
         capitano Simone Ferri: «Lo spogliatoio è con il mister». «Dipende solo da noi», ha concluso.",
        "Dipende solo da noi",
        Some("Simone Ferri"),
    ),
    // "quest'ultimo" is never someone its own sentence names after it.
    (
        "Il capogruppo Davide Ruggeri ha attaccato il governo. A difendere il testo è stato il \
         relatore, il senatore Franco Lattanzi. Quest'ultimo ha poi replicato a Ruggeri: «Avete \
         governato dieci anni».",
        "Avete governato dieci anni",
        Some("Franco Lattanzi"),
    ),
    // A relative clause inside the subject's apposition, closed by a comma, does not open the
    // verb's clause: the subject before it speaks…
    (
        "«Il cantiere è necessario», ha detto l'assessore Andrea Borzone. Acque Valtrebbia, la \
         società che gestisce la rete, in una nota precisa che le forniture «riprenderanno domani».",
        "riprenderanno domani",
        Some("Acque Valtrebbia"),
    ),
    // …but a "che" after a verb of saying opens its complement, whatever commas follow.
    (
        "«Serve pazienza», ha detto il portavoce Pieter Claes. Claes ha ricordato che le linee guida \
         della Commissione, pubblicate a maggio, raccomandano di «coordinare i bacini».",
        "coordinare i bacini",
        None,
    ),
    // A person in apposition to a description a preposition governs is no subject,
    (
        "Attraverso il suo legale, l'avvocato Marco Jelmini, la cantante Anna Bruni ha fatto sapere \
         di essere «serena».",
        "serena",
        Some("Anna Bruni"),
    ),
    // and a sentence that gives the words of someone the rules do not resolve leaves nobody to
    // carry.
    (
        "«Il restauro è pagato», ha annunciato l'assessora Paola Santoni. Più sobrio il commento del \
         collezionista che aveva acquistato il quadro. «Sono sollevato», ha detto.",
        "Sono sollevato",
        None,
    ),
    // A noun that names takes a quotation written as a name for that name, nobody's words…
    (
        "La presidente Marta Zanchi ha lanciato la campagna «Un tetto per tutti» e ha ringraziato \
         chi ha donato.",
        "Un tetto per tutti",
        None,
    ),
    // …and one written as words for a judgement of it.
    (
        "La ministra degli Esteri Maria Cevallos ha definito l'operazione «un atto ostile».",
        "un atto ostile",
        Some("Maria Cevallos"),
    ),
    // A country in the clause a description's verb governs is no country of the description's.
    (
        "«La base è essenziale», ha detto l'ambasciatrice statunitense a Copenaghen, Rebecca \
         Holloway. L'ambasciatrice ha anche ribadito che la Cina «non ha alcun titolo».",
        "non ha alcun titolo",
        Some("Rebecca Holloway"),
    ),
    // A public body by its bare noun is the one the text named in full with it,
    (
        "La Regione Marche ha confermato la chiusura del reparto. Il sindaco Paolo Neri ha \
         protestato. Un portavoce della Regione ha fatto sapere che «il confronto resterà aperto».",
        "il confronto resterà aperto",
        Some("Regione Marche"),
    ),
    // An article joined to a preposition that opens a sentence is no part of a name, and an
    // impersonal plural speaks for where it comes from.
    (
        "Dalla Regione Veneto fanno sapere che la giunta «seguirà la vicenda».",
        "seguirà la vicenda",
        Some("Regione Veneto"),
    ),
    (
        "La frana ha travolto la strada provinciale. «Riapriremo entro mercoledì», fanno sapere \
         dalla Provincia di Trento.",
        "Riapriremo entro mercoledì",
        Some("Provincia di Trento"),
    ),
    // A court's nouns of speech frame words like any other ("l'arringa dell'avvocato X: «…»").
    (
        "Di tutt'altro tenore l'arringa dell'avvocato Paolo Benvenuti, che assiste l'imputato \
         insieme al collega Marco Rinaldi: «Qui si processano le intenzioni».",
        "Qui si processano le intenzioni",
        Some("Paolo Benvenuti"),
    ),
    // A name after "da" in a role's phrase is not the role's bearer: here an unnamed voice speaks,
    // someone the text does not identify, so no one is named.
    (
        "«Il tribunale ha riconosciuto l'impianto accusatorio», fa sapere un portavoce dell'ufficio \
         guidato da Luisa Ferrante.",
        "Il tribunale ha riconosciuto l'impianto accusatorio",
        None,
    ),
    // "che fino all'ultimo aveva minacciato…": a relative clause past "fino a" is its
    // antecedent's, and the sentence is about them.
    (
        "Durissimo il capogruppo Roberto Genovese, che ha definito la manovra «lacrime e sangue». A \
         tenere col fiato sospeso la maggioranza è stato Simone Ferri, consigliere della lista \
         civica, che fino all'ultimo aveva minacciato di votare contro. Lui stesso ha spiegato di \
         aver «chiesto garanzie».",
        "chiesto garanzie",
        Some("Simone Ferri"),
    ),
    // A capitalised word nobody resolved, then a comma, opening the sentence is its subject, not
    // the speaker before.
    (
        "Un portavoce della Commissione europea ha ricordato che gli Stati «hanno ampia libertà». \
         Assoimprese, in una nota, giudica il testo «equilibrato ma migliorabile».",
        "equilibrato ma migliorabile",
        None,
    ),
    // A role with a complement ("direttrice artistica") is found by its head alone.
    (
        "Il festival è stato aperto dalla direttrice artistica Lucia Brambilla. Il sindaco Marco \
         Neri ha ringraziato gli sponsor. «Porteremo il cinema nelle piazze»: è l'impegno della \
         direttrice per la prossima edizione.",
        "Porteremo il cinema nelle piazze",
        Some("Lucia Brambilla"),
    ),
    // The subject after a verb of saying stops at a clause that opens after it: past "secondo
    // cui" or "mentre", a name or a document is that clause's, and an unresolved subject is nobody.
    (
        "«Le piste resteranno chiuse», ha annunciato il gestore degli impianti, secondo cui il \
         bollettino va letto «con prudenza».",
        "Le piste resteranno chiuse",
        None,
    ),
    (
        "«Non firmeremo», ha ribadito il capodelegazione dei pescatori, mentre la Grecia chiede \
         tempo.",
        "Non firmeremo",
        None,
    ),
    // A sentence whose subject is a description or an unnamed voice nobody resolved leaves its
    // dropped subjects to that person, not to whoever spoke before.
    (
        "Il sindaco Piero Valli ha parlato a lungo. Il prefetto ha respinto le accuse. «Siamo \
         pronti», ha dichiarato.",
        "Siamo pronti",
        None,
    ),
    (
        "Il sindaco Piero Valli ha parlato a lungo. Il portavoce ha respinto le accuse. «Siamo \
         pronti», ha dichiarato.",
        "Siamo pronti",
        None,
    ),
    // Protesting is saying.
    ("«Ci legano le mani», ha protestato il sindaco Aldo Neri.", "Ci legano le mani", Some("Aldo Neri")),
    // An indefinite subject after the verb is somebody unnamed, not the one carried from before.
    (
        "Il sindaco Piero Galli ha parlato di «vergogna». «Non ci arrendiamo», ha aggiunto un \
         residente del centro.",
        "Non ci arrendiamo",
        None,
    ),
    // So is one right before the verb, even after a clause with a name of its own,
    (
        "Il direttore Aldo Bassi ha lodato gli operai. Nei giorni scorsi un magazziniere avrebbe \
         detto ai colleghi che il muletto «non frenava».",
        "non frenava",
        None,
    ),
    (
        "La procuratrice Ada Rinaldi ha aperto un fascicolo, e un investigatore avrebbe confidato \
         che la pista è «concreta».",
        "concreta",
        None,
    ),
    // …while "la scorsa settimana" before the verb is when, not who.
    (
        "Il rapporto dell'Istat pubblicato la scorsa settimana rileva che i salari sono «fermi».",
        "fermi",
        Some("rapporto dell'Istat"),
    ),
    // A ministry of two departments keeps both.
    (
        "In una nota, il ministero dell'Economia e delle Finanze ha precisato che «i conti tengono».",
        "i conti tengono",
        Some("ministero dell'Economia e delle Finanze"),
    ),
    // An embassy "d'Italia" is Italy's voice, not "l'ambasciata d".
    (
        "L'ambasciata d'Italia a Lima ricorda che i connazionali sono «tutti rintracciati».",
        "tutti rintracciati",
        Some("Italia"),
    ),
    // A sentence that opens with where the words come from places the unnamed voice after it:
    // an elided preposition is no surname's,
    (
        "Il sindaco Piero Galli ha parlato di «vergogna». Dall'Ente Parco un portavoce fa sapere \
         che «i sentieri riapriranno lunedì».",
        "i sentieri riapriranno lunedì",
        Some("Ente Parco"),
    ),
    // …one capitalised word there is a body,
    (
        "Il sindaco Piero Galli ha parlato di «vergogna». Dall'Anas un portavoce fa sapere che «la \
         statale riaprirà lunedì».",
        "la statale riaprirà lunedì",
        Some("Anas"),
    ),
    // …and a place a preposition governs stands between.
    (
        "Il sindaco Piero Galli ha parlato di «vergogna». Dalla sede della Nato, a Bruxelles, un \
         portavoce ha spiegato che «le verifiche proseguono».",
        "le verifiche proseguono",
        Some("Nato"),
    ),
    // A pause ends what a medium governs: the voice after "Secondo l'agenzia locale," speaks,
    // and "lo stesso funzionario" is that one again, not "he": an official the text does not
    // identify (by no body, department or country), no speaker, and not the mayor.
    (
        "Il sindaco Marco Lenti ha visitato la zona. Secondo l'agenzia locale, un funzionario del \
         porto avrebbe definito i danni «ingenti».",
        "ingenti",
        None,
    ),
    (
        "Il sindaco Marco Lenti ha visitato la zona. Un funzionario del porto ha definito i danni \
         «ingenti». Lo stesso funzionario ha precisato che «le gru sono ferme».",
        "le gru sono ferme",
        None,
    ),
    // An unnamed person of a body the text names speaks for it; the body is a name of its own.
    (
        "Il furto risale a martedì. Una fonte della Questura di Valdelsa, che chiede l'anonimato, ha \
         confermato che le indagini sono «a buon punto».",
        "a buon punto",
        Some("Questura di Valdelsa"),
    ),
    // A dropped subject before a colon goes on with the speaker before; a name a preposition
    // governs there ("un ricorso al Tar") is a complement, not a subject.
    (
        "Il sindaco Aldo Ferretti ha definito la delibera «un errore». Ha quindi annunciato un ricorso \
         al Tar: «I legali sono già al lavoro».",
        "I legali sono già al lavoro",
        Some("Aldo Ferretti"),
    ),
    // Ruling out is saying: "ha escluso … «…»", here by "lo stesso", the one just quoted.
    (
        "«Il guasto non era prevedibile», ha spiegato l'amministratore delegato Paolo Gherardi. Lo \
         stesso ha però escluso un ritorno alla normalità «prima di giovedì».",
        "prima di giovedì",
        Some("Paolo Gherardi"),
    ),
    // "Per X …" makes X whom the sentence is about, for a dropped subject after it; not a
    // document the paragraph before was about.
    (
        "La delibera approvata dalla giunta prevede «la chiusura del reparto».\n\nPer la consigliera \
         Marta Ghezzi quella di ieri è stata «una vittoria di Pirro». «I numeri li avete – ha detto – \
         ma la fiducia l'avete persa».",
        "I numeri li avete – ha detto – ma la fiducia l'avete persa",
        Some("Marta Ghezzi"),
    ),
    // Past a place the sentence opens with, an unnamed subject is not the one carried.
    (
        "Il geologo Aldo Massara ha parlato di una piena «annunciata».\n\nDa Torino, il grattacielo \
         di via Nizza fa sapere di aver stanziato «un primo milione per le somme urgenti».",
        "un primo milione per le somme urgenti",
        None,
    ),
    // Someone the text does not identify is no speaker: "un funzionario" of one story is not
    // "un funzionario" of another, and a filter by those words would put them together.
    (
        "Il ponte resta chiuso. «Le verifiche dureranno settimane», ha spiegato un funzionario.",
        "Le verifiche dureranno settimane",
        None,
    ),
    // A subject after the verb that nobody resolved is its sentence's: the next dropped
    // subject does not go back to the one named before it.
    (
        "Argento per Marco Landi, dietro al britannico Tom Hale. «Un secondo posto che vale oro», \
         taglia corto il velocista pisano. «Con questi tempi - ha aggiunto - si può sognare».",
        "Con questi tempi - ha aggiunto - si può sognare",
        None,
    ),
    // The first of two surnames opening a sentence names its bearer ("Quispe" for Ettore
    // Quispe Mamani); a particle there ("Lo", "Di") is no surname.
    (
        "La replica di Ettore Quispe Mamani, segretario della Federazione: «Ci chiamano solo \
         quando i turisti non passano». Quispe ha aggiunto che il presidio resterà «finché non \
         vedremo le firme».",
        "finché non vedremo le firme",
        Some("Ettore Quispe Mamani"),
    ),
    // A capital that is also a given name, before a surname, is a person: "Sofia Marangoni", not
    // Bulgaria.
    (
        "La capitana Sofia Marangoni ha salutato i tifosi: «Abbiamo perso senza giocare». E poi: \
         «Questa città non ha finito con il basket».",
        "Questa città non ha finito con il basket",
        Some("Sofia Marangoni"),
    ),
    // A verb that can take a person as object, interrupting the quotation, has its subject
    // after it, as after a quotation.
    (
        "A pagare saranno i marittimi. «Venti marinai resteranno a terra — attacca Rocco Vinciguerra, \
         segretario del sindacato — e di loro non parla nessuno».",
        "Venti marinai resteranno a terra — attacca Rocco Vinciguerra, segretario del sindacato — e di \
         loro non parla nessuno",
        Some("Rocco Vinciguerra"),
    ),
    // A title of address before the name ("monsignor", "don") and two places joined by "e" in the
    // role's complement keep the apposition: the role is the bearer's, found again by it.
    (
        "Lo ha deciso il vescovo di Lamola e Vescine, monsignor Aurelio Castagnoli.\n\nNando Ruggeri \
         guida la protesta.\n\nIl presule ha voluto rispondere: «Capisco il dolore della comunità».",
        "Capisco il dolore della comunità",
        Some("Aurelio Castagnoli"),
    ),
    (
        "Accanto al sindaco Marco Neri c'era il parroco, don Emilio Fabbri. «Nessuno resterà solo», \
         ha assicurato il sacerdote.",
        "Nessuno resterà solo",
        Some("Emilio Fabbri"),
    ),
    // A country opening a headline before a comma is its label, not whose words follow.
    (
        "Perù, il legale dei manager: «Ricorreremo in appello»\n\nLIMA - Il tribunale ha condannato \
         i dirigenti della società.",
        "Ricorreremo in appello",
        None,
    ),
    // Whom the headlines named is not just met when the body begins: the body's first
    // description is the one person the body has named.
    (
        "Ferri: «Non scappo»\nIl presidente Bassi: «Decido lunedì»\n\nIl giorno dopo il ko, Ettore \
         Ferri non ha cercato alibi. «La colpa è mia», ha ammesso l'allenatore della Rari Nantes.",
        "La colpa è mia",
        Some("Ettore Ferri"),
    ),
    // After a role that ends with a noun a name is given to ("portavoce del comitato"), the name
    // is the committee's, and a relative after the apposition is the person's.
    (
        "Non la pensa così Sara Bellotti, portavoce del comitato Pendolari Val Corbera, secondo la \
         quale «la frana era annunciata».",
        "la frana era annunciata",
        Some("Sara Bellotti"),
    ),
    (
        "Non la pensa così Sara Bellotti, portavoce del comitato Pendolari Val Corbera, secondo cui \
         «la frana era annunciata».",
        "la frana era annunciata",
        Some("Sara Bellotti"),
    ),
    // A title between commas after a noun that takes one, its own full stop inside.
    (
        "La sindaca Daniela Corsetti ha ringraziato la fondazione. Ha anche annunciato una mostra, \
         «Ritorni. Bronzi e memorie della valle», che aprirà a settembre.",
        "Ritorni. Bronzi e memorie della valle",
        None,
    ),
    // "il numero uno del club" is its president.
    (
        "Più cauto il presidente Gianni Ferro, raggiunto a margine di un incontro con gli sponsor. \
         «Decidiamo lunedì», ha detto il numero uno del club.",
        "Decidiamo lunedì",
        Some("Gianni Ferro"),
    ),
    // "Poi, rivolto a X: «…»": whom the same speaker turns to, not a new speaker.
    (
        "«Sono stati sei anni d'inferno», ha detto l'ex sindaco Renato Gualtieri. Poi, rivolto alla \
         moglie che lo aspettava in fondo alle scale: «Adesso andiamo a casa».",
        "Adesso andiamo a casa",
        Some("Renato Gualtieri"),
    ),
    // A role's apposition may give the person's own noun after its comma ("il consulente della
    // procura, il grafologo X"); and after a semicolon, "per Y" gives the next clause's words to
    // Y, not to the "secondo X" before it.
    (
        "Secondo il consulente della procura, il grafologo Dario Menichetti, le firme sarebbero \
         «compatibili con la grafia dell'imputato»; per il perito della difesa, Sergio Landolfi, si \
         tratterebbe invece di «un'imitazione grossolana».",
        "compatibili con la grafia dell'imputato",
        Some("Dario Menichetti"),
    ),
    (
        "Secondo il consulente della procura, il grafologo Dario Menichetti, le firme sarebbero \
         «compatibili con la grafia dell'imputato»; per il perito della difesa, Sergio Landolfi, si \
         tratterebbe invece di «un'imitazione grossolana».",
        "un'imitazione grossolana",
        Some("Sergio Landolfi"),
    ),
    // "attesta" is what a document says: not the speaker of the sentence before.
    (
        "La presidente Anna Maria Ferretti respinge ogni addebito. Il verbale delle votazioni attesta \
         che la scelta è avvenuta «con quattro voti favorevoli e un'astensione».",
        "con quattro voti favorevoli e un'astensione",
        Some("verbale delle votazioni"),
    ),
    // Where the words come from does not override a department the voice's own words name.
    (
        "Da Roma, un portavoce del ministero della Salute ha spiegato che il dicastero «segue con \
         attenzione la situazione».",
        "segue con attenzione la situazione",
        Some("ministero della Salute"),
    ),
    // "«…». È l'appello lanciato da X": the frame noun's owner said the words just quoted.
    (
        "«Il ministero ci convochi entro la settimana». È l'appello lanciato da Franco Bertolini, \
         segretario generale della Fla, dal presidio davanti allo scalo.",
        "Il ministero ci convochi entro la settimana",
        Some("Franco Bertolini"),
    ),
    // A voice of a body the text named in full before speaks for it: by a noun that stands for
    // the body ("il dicastero"), by the word that opened its name ("Brevik"), or by a one-word
    // name of its own.
    (
        "Il ministero del Turismo ha aperto un'istruttoria. «Le verifiche dureranno un mese», \
         precisa un funzionario del dicastero.",
        "Le verifiche dureranno un mese",
        Some("ministero del Turismo"),
    ),
    (
        "Il gruppo svedese Brevik Holding ha rilevato lo stabilimento. Il piano industriale «sarà \
         presentato a settembre», ha assicurato un portavoce di Brevik.",
        "sarà presentato a settembre",
        Some("Brevik Holding"),
    ),
    (
        "Treni fermi per ore. Un portavoce di Ferrolinea ha detto che il servizio «riprenderà \
         domattina».",
        "riprenderà domattina",
        Some("Ferrolinea"),
    ),
    // "X, per il quale «…»" after a pause is "secondo il quale".
    (
        "Critico anche il presidente dell'ordine dei medici, Ruggero Santambrogio, per il quale la \
         chiusura è «un errore che pagheranno i pazienti».",
        "un errore che pagheranno i pazienti",
        Some("Ruggero Santambrogio"),
    ),
    // A title noun in apposition after the quotation makes it a title, nobody's words.
    (
        "L'autrice ha risposto alle critiche. Il riferimento è a «La casa dei venti», il romanzo in \
         cui la stessa Gemma Ottolenghi raccontava l'infanzia.",
        "La casa dei venti",
        None,
    ),
    // Who stands in a relative clause ("il dirigente che segue il dossier") is that clause's; "il
    // quale" after it takes up the one the clause describes.
    (
        "Più cauto Tiberio Canossa, il funzionario che in Regione segue il piano dei trasporti, il \
         quale ha definito la proposta «prematura».",
        "prematura",
        Some("Tiberio Canossa"),
    ),
    // A verb of saying alone between commas is an aside that goes on with the speaker, in the
    // sentence ("ha spiegato che «…»: le prove, ha aggiunto, sono «…»") or after it.
    (
        "L'allenatore Michele Sartorio ha spiegato che la squadra «ha reagito bene»: gli infortuni, \
         ha aggiunto, sono «ormai alle spalle».",
        "ormai alle spalle",
        Some("Michele Sartorio"),
    ),
    (
        "La rettrice Ilaria Benvenuti ha presentato il bilancio. I conti, ha precisato, sono «in \
         ordine da tre anni».",
        "in ordine da tre anni",
        Some("Ilaria Benvenuti"),
    ),
    // "«…». È durissima la reazione di X": a word that judges the frame noun may stand before it.
    (
        "La linea del bus sarà soppressa. «Ci lasciano isolati». È netta la reazione del sindaco di \
         Pietrarsa, Gaspare Lodigiani, che ha scritto alla Provincia.",
        "Ci lasciano isolati",
        Some("Gaspare Lodigiani"),
    ),
    // A body named by its common noun may have lower-case words before its place: "la
    // Provincia autonoma di Trento" is that body, not "Provincia".
    (
        "La frana ha chiuso la strada. La Provincia autonoma di Bolzano ha fatto sapere che i lavori \
         «partiranno a giugno».",
        "partiranno a giugno",
        Some("Provincia autonoma di Bolzano"),
    ),
    // A dateline whose agency is written as a name, "(Adi) - CAGLIARI, 14 OTT -", is no speaker;
    // and a relative after a noun of saying takes up its owner ("la reazione della Regione X, che").
    (
        "(Npa) - PALERMO, 3 GIU - Dura la reazione della Regione Siciliana, che in una nota parla di \
         «scelta imposta dall'alto». (Npa)",
        "scelta imposta dall'alto",
        Some("Regione Siciliana"),
    ),
    // "il dicastero", "il ministero" alone: the one ministry the text named in full before.
    (
        "Il ministero della Cultura ha avviato un'indagine. Il sindaco Aldo Ferri ha protestato. In \
         serata, secondo quanto riferiscono fonti vicine al governo, il dicastero sarebbe pronto a \
         «rivedere il bando».",
        "rivedere il bando",
        Some("ministero della Cultura"),
    ),
    // A body's name does not run past a colon into the next clause, and a place keeps its own
    // name ("di Sesto San Giovanni", "di Fossalta di Piave").
    (
        "Più cauta la Regione: un portavoce della Regione Molise fa sapere che il piano «sarà \
         rivisto».",
        "sarà rivisto",
        Some("Regione Molise"),
    ),
    (
        "Il Comune di San Donà di Piave fa sapere che la scuola «riaprirà a settembre».",
        "riaprirà a settembre",
        Some("Comune di San Donà di Piave"),
    ),
    // "per via diplomatica": an adjective, not an unnamed diplomat.
    (
        "La Slovenia, che teme danni al fiume, ha chiesto per via diplomatica lo «stop dei lavori».",
        "stop dei lavori",
        Some("Slovenia"),
    ),
    // A verb joined by "e" to a relative clause's verb has the clause's antecedent ("il sindaco
    // X, che ha portato… e ha annunciato"), so "lui" after it is the mayor, not the worker before.
    (
        "Il saldatore Karim Bensaid ha raccontato la sua paura: «Dove vado alla mia età?». Al \
         presidio è arrivato anche il sindaco Osvaldo Merlino, che ha portato la solidarietà della \
         giunta e ha annunciato un consiglio aperto. «Questa fabbrica è il paese», ha detto lui.",
        "Questa fabbrica è il paese",
        Some("Osvaldo Merlino"),
    ),
    // "il 34enne" is the one the text gave that age, not the last man named.
    (
        "È stato fermato il genero, Davide Orlandini, 41 anni. Le indagini sono coordinate dal pm \
         Franco Zanetti, il quale ha definito il quadro «solido». Secondo fonti investigative, il \
         41enne avrebbe respinto le accuse: «Non ero in casa», sarebbe la sua versione.",
        "Non ero in casa",
        Some("Davide Orlandini"),
    ),
    // A relative clause inside a role's apposition ("X, presidente della fondazione che custodisce
    // la statua, parla di…") does not open the verb's clause.
    (
        "Il Tar ha respinto il ricorso. Loretta Cavazzuti, presidente della cooperativa che gestisce \
         il rifugio, parla di «una sentenza giusta».",
        "una sentenza giusta",
        Some("Loretta Cavazzuti"),
    ),
    // "secondo il quale" past a place in the person's apposition takes up the person.
    (
        "A preoccupare è il geologo Fulvio Tamburini, dell'osservatorio di Roccalba, secondo il \
         quale «il versante si muove ancora».",
        "il versante si muove ancora",
        Some("Fulvio Tamburini"),
    ),
    // "la consigliera" can stand for a group leader of the council ("la capogruppo X").
    (
        "Contraria la capogruppo della lista civica, Graziella Tonon. La consigliera ha accusato la \
         giunta di aver «svenduto il patrimonio».",
        "svenduto il patrimonio",
        Some("Graziella Tonon"),
    ),
    // A department's second half may be written in lower case ("e del made in Italy").
    (
        "Un portavoce del ministero delle Imprese e del made in Italy ha fatto sapere che il tavolo \
         sarà convocato «entro venerdì».",
        "entro venerdì",
        Some("ministero delle Imprese e del made in Italy"),
    ),
    // "…, la quale ha definito": the relative pronoun is the verb's subject, and past an
    // apposition it takes up the name, even one no list of given names knows.
    (
        "Ettore Vallisneri guiderà la cantina. Lui stesso siederà nel consiglio insieme a Sunmi Ko, \
         responsabile del fondo per l'Asia, la quale ha definito il Giappone «il mercato del \
         futuro».",
        "il mercato del futuro",
        Some("Sunmi Ko"),
    ),
    // "che tutti chiamano «…»": a name given, nobody's words.
    (
        "Il biologo Aurelio Sfondrini ha presentato lo studio. Secondo il biologo, il fungo, che in \
         laboratorio tutti chiamano «il divoratore», cresce al buio.",
        "il divoratore",
        None,
    ),
    // "Gli esperti:" are experts in general, nobody a reader can filter by.
    (
        "Vaccino antinfluenzale, gli esperti: «Serve una dose in più»\nIl ministero ha avviato la \
         campagna.",
        "Serve una dose in più",
        None,
    ),
    // So are "molti analisti".
    ("Secondo molti analisti il piano di rientro è «irrealistico».", "irrealistico", None),
    // "«…». Così, in una nota, il comitato elettorale di X.": whose words they are, unresolved, is
    // not the speaker before.
    (
        "L'avvocato Guido Ranieri ha presentato un esposto. «Nessuna irregolarità, abbiamo fiducia \
         nei giudici». Così, in una nota, il comitato elettorale della lista civica.",
        "Nessuna irregolarità, abbiamo fiducia nei giudici",
        None,
    ),
    // "Poi l'affondo: «…»": a noun of saying with no owner goes on with the speaker.
    (
        "La candidata Ornella Fabbrocini ha criticato il programma. Poi l'affondo: «Chi ha \
         governato dieci anni non è il nuovo».",
        "Chi ha governato dieci anni non è il nuovo",
        Some("Ornella Fabbrocini"),
    ),
    // Whom the words were told, in apposition past the description's own complement ("con la
    // giudice di sedia, la svizzera X, la quale…"), is not the speaker; nor is the relative
    // pronoun after the verb, the subject of its own clause.
    (
        "Di tutt'altro umore l'argentino Facundo Irazábal. «La palla era dentro», ha protestato con \
         la giudice di sedia, la svizzera Corinne Aebischer, la quale gli ha inflitto un warning.",
        "La palla era dentro",
        Some("Facundo Irazábal"),
    ),
    // "lui" after a sentence that named another man in full, and did not make him the subject,
    // could be either: nobody for sure.
    (
        "Il tennista Bruno Ferrandina ha vinto in tre set. «Ho servito bene», ha detto. Parole che \
         non sono piaciute al direttore del torneo, Ottavio Meneghin. «Il campo era perfetto», ha \
         spiegato lui.",
        "Il campo era perfetto",
        None,
    ),
    // National bodies whose names go on in lower case are read whole (data/world.txt).
    (
        "L'incendio è sotto controllo. Secondo i Vigili del fuoco, le fiamme hanno distrutto «tre \
         capannoni».",
        "tre capannoni",
        Some("Vigili del fuoco"),
    ),
    // "Fonti diplomatiche": a plural source with no article is as unidentified as "alcune fonti".
    (
        "La trattativa prosegue. Fonti diplomatiche a Bruxelles invitano alla cautela: «Nulla è \
         deciso».",
        "Nulla è deciso",
        None,
    ),
    // "Con queste parole X…": the words just quoted are the next sentence's subject's.
    (
        "«Questa valle non è in vendita». Con queste parole la sindaca Anna Ruffini ha aperto ieri \
         il consiglio comunale.",
        "Questa valle non è in vendita",
        Some("Anna Ruffini"),
    ),
    // Names, not words: a newspaper's title, and a nickname given where no one says it.
    (
        "La sindaca Rita Onesti ha scritto al prefetto. Secondo quanto riporta il settimanale «La \
         Gazzetta di Capraia», la lettera chiede più agenti.",
        "La Gazzetta di Capraia",
        None,
    ),
    // …its adjective between ("la rivista scientifica «…»").
    (
        "Il rettore Paolo Gessi ha lasciato l'incarico. Lo scrive il mensile universitario «La voce \
         dei corridoi», secondo cui le dimissioni erano attese.",
        "La voce dei corridoi",
        None,
    ),
    (
        "La ministra Ada Ferri ha assicurato che la riforma, già ribattezzata nei palazzi romani \
         «legge mannaia», non toccherà i comuni.",
        "legge mannaia",
        None,
    ),
    // "la donna", "l'uomo" say only that someone is a person: the one of that gender just met,
    (
        "Davanti al tribunale c'era Lucia Ferrante, madre della vittima. «Ora posso respirare», ha \
         detto la donna.",
        "Ora posso respirare",
        Some("Lucia Ferrante"),
    ),
    // …nobody when two were.
    (
        "Lucia Ferrante e Marta Bini aspettavano fuori. «Ora posso respirare», ha detto la donna.",
        "Ora posso respirare",
        None,
    ),
    // Joking is saying.
    ("«Torneremo d'inverno», scherza Paolo Arcuri.", "Torneremo d'inverno", Some("Paolo Arcuri")),
    // "lo stesso" with nobody named before it in its sentence is the one the text was about,
    // not the last name met ("Gatti", whom the lawyer defends).
    (
        "L'avvocato Bruno Ferraris, che difende Luca Gatti, ha parlato di «indizi fragili». «Manca \
         l'arma», ha detto lo stesso ai cronisti.",
        "Manca l'arma",
        Some("Bruno Ferraris"),
    ),
    // Whom "c'è" presents is whom the next dropped subject is about.
    (
        "«Il bosco è perduto», dice Anna Serra, presidente del parco. Tra chi ha perso tutto c'è \
         Bachisio Pinna, allevatore di 58 anni: le fiamme hanno raggiunto il suo ovile in località \
         Su Pranu. «Ho salvato le pecore», racconta.",
        "Ho salvato le pecore",
        Some("Bachisio Pinna"),
    ),
    // A role with a possessive speaks for the body or state the text was about,
    (
        "Il Canada ha votato a favore della risoluzione. Il suo rappresentante ha però chiesto di \
         andare oltre: «Serve un embargo totale».",
        "Serve un embargo totale",
        Some("Canada"),
    ),
    // …not for a person, whose spokesperson is someone else.
    (
        "Il sindaco Aldo Neri ha lasciato il municipio in silenzio. Il suo portavoce ha poi detto \
         che «non ci saranno dimissioni».",
        "non ci saranno dimissioni",
        None,
    ),
    // A spokesperson of a department the text names speaks for it, "di" it or "da" it,
    (
        "«Seguiamo la vicenda», fa sapere un portavoce del ministero degli Esteri.",
        "Seguiamo la vicenda",
        Some("ministero degli Esteri"),
    ),
    (
        "Il sindaco Aldo Neri ha parlato di «beffa». Dal ministero dell'Ambiente un portavoce fa \
         sapere che «i fondi arriveranno».",
        "i fondi arriveranno",
        Some("ministero dell'Ambiente"),
    ),
    // …and one no one places, right after a sentence about a body, is that body's.
    (
        "Della vicenda si occupa ora anche il ministero dei Trasporti. Un portavoce ha confermato \
         che «le verifiche sono in corso».",
        "le verifiche sono in corso",
        Some("ministero dei Trasporti"),
    ),
    // One "di" another body is that body's voice, whoever the text was about: not the ministry
    // (a one-word name after a spokesperson's "di" is the body's, even if the text names it
    // nowhere else).
    (
        "Della vertenza si occupa ora il ministero dei Trasporti. Un portavoce di Trenordia, \
         raggiunto al telefono, ha ribadito che «l'offerta è seria».",
        "l'offerta è seria",
        Some("Trenordia"),
    ),
    // "lo stesso" after a name in its own sentence is that one, not the last name met.
    (
        "Il giudice Carlo Ferri ha respinto il ricorso di Marta Gatti. Il presidente della Regione, \
         Fabio Lucarelli, ha detto di non voler «anticipare giudizi»; lo stesso ha però ammesso che \
         «chi ha sbagliato pagherà».",
        "chi ha sbagliato pagherà",
        Some("Fabio Lucarelli"),
    ),
    // Words judged ("definendo le parole di X «…»") do not make X the sentence's subject when its
    // own subject is someone nobody resolved: the next dropped subject is not X's.
    (
        "Il consigliere Luca Serra ha parlato di «disastro annunciato». La presidente ha replicato \
         subito, definendo le parole di Serra «sciacallaggio».\n\nHa poi invitato i residenti a «non \
         avvicinarsi alla zona rossa».",
        "non avvicinarsi alla zona rossa",
        None,
    ),
    // A head teacher is a manager.
    (
        "La circolare è firmata dalla preside Ornella Galli. «Non è una punizione», ha spiegato la \
         dirigente.",
        "Non è una punizione",
        Some("Ornella Galli"),
    ),
];

#[test]
fn each_rule_on_a_case_of_its_own() {
    let gazetteer = rassegna_testdata::gazetteer();
    let mut failures = Vec::new();
    for (text, quoted, expected) in CASES {
        let corpus = Corpus::new(vec![Document::parse("t", text.to_string())], gazetteer.clone());
        let text = &corpus.documents[0].text;
        let quote = corpus.quotes.iter().find(|q| q.kind != QuoteKind::Reported && q.text.of(text) == *quoted);
        let said = quote.and_then(|q| q.speaker.as_ref()).map(|s| s.name.as_str());
        if quote.is_none() || said != *expected {
            failures.push(format!(
                "{quoted:?}: expected {expected:?}, found {said:?} (quotation found: {})",
                quote.is_some()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Sentences that report nobody's words: no quotation, reported or marked, may come out of them.
const NOTHING_SAID: &[&str] = &[
    // The comma closes the subject's apposition, not a clause said by what follows the verb.
    "Il direttore sanitario, Oreste Lanfranchi, ha confermato il piano.",
];

#[test]
fn a_sentence_that_reports_no_words_gives_no_quotation() {
    let gazetteer = rassegna_testdata::gazetteer();
    for text in NOTHING_SAID {
        let corpus = Corpus::new(vec![Document::parse("t", text.to_string())], gazetteer.clone());
        let found: Vec<&str> = corpus.quotes.iter().map(|q| q.text.of(&corpus.documents[0].text)).collect();
        assert!(found.is_empty(), "{text:?}: found {found:?}");
    }
}

/// A wire dateline that opens a sentence is no part of what anyone said, whether the agency is
/// written in capitals or as a name.
#[test]
fn a_dateline_is_never_part_of_a_quotation() {
    for dateline in ["(NORDPRESS) - BORGO TAVELLA, 12 marzo 2024 -", "(Adi) - CAGLIARI, 14 OTT -"] {
        let text = format!(
            "{dateline} Il ponte riaprirà entro l'estate, ha dichiarato l'assessora ai Lavori pubblici, \
             Chiara Montieri."
        );
        let corpus = Corpus::new(vec![Document::parse("t", text)], rassegna_testdata::gazetteer());
        let said: Vec<&str> = corpus.quotes.iter().map(|q| q.text.of(&corpus.documents[0].text)).collect();
        assert_eq!(said, ["Il ponte riaprirà entro l'estate"], "{dateline}: {said:?}");
    }
}

#[test]
fn what_secondo_il_quale_attributes_is_the_clause_after_it() {
    let text = "La replica è arrivata dall'assessore Paolo Ricci, secondo il quale il piano va rivisto. \
                Il comitato Aria Pulita, secondo cui «i livelli sono da record», chiede il blocco.";
    let corpus = Corpus::new(vec![Document::parse("t", text)], rassegna_testdata::gazetteer());
    let text = &corpus.documents[0].text;
    let reported: Vec<(&str, Option<&str>)> = corpus
        .quotes
        .iter()
        .filter(|q| q.kind == QuoteKind::Reported)
        .map(|q| (q.text.of(text), q.speaker.as_ref().map(|s| s.name.as_str())))
        .collect();
    // Not the sentence before the pronoun; not again what the quotation marks already hold.
    assert_eq!(reported, [("il piano va rivisto", Some("Paolo Ricci"))]);
}
